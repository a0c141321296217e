"""Forms of the events domain, one module per part (registration, attendance, after)."""
