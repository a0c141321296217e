"""Partners and funders."""
