"""Job 1: read the TMF inventory from the files people have, validate it and score its hazard."""
