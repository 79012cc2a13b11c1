"""The `tmf` Processing provider and what its algorithms share."""
