"""Surveys and assessments."""
