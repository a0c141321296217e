"""Programmes and projects."""
