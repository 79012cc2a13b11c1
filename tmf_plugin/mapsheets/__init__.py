"""Job 4: map sheets for the working group's meetings, from print layout templates."""
