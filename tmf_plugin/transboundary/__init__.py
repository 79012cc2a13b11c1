"""Job 3: flag facilities near transboundary rivers, or whose runoff reaches one or leaves the country."""
