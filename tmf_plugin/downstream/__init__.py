"""Job 2: follow each facility's runoff down the river network and buffer the water bodies it reaches."""
