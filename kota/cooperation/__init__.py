"""City-to-city cooperation."""
