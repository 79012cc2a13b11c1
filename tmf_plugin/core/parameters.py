"""Names of the Processing parameters that algorithms, panels and the Python API pass between them."""

from __future__ import annotations

# Shared by several jobs.
INPUT = "INPUT"  # the facilities (or the inventory file or the river lines to build from)
OUTPUT = "OUTPUT"
RIVERS = "RIVERS"
LAKES = "LAKES"
SNAP_DISTANCE_M = "SNAP_DISTANCE_M"
MAX_DISTANCE_KM = "MAX_DISTANCE_KM"

# The transboundary check.
COUNTRIES = "COUNTRIES"
COUNTRY = "COUNTRY"
TRANSBOUNDARY_NAMES = "TRANSBOUNDARY_NAMES"
NEAR_DISTANCE_KM = "NEAR_DISTANCE_KM"

# Who is downstream (tmf:tracedownstream, and tmf:flagtransboundary for the first receptor across the border).
RECEPTORS = "RECEPTORS"
RECEPTOR_DISTANCE_M = "RECEPTOR_DISTANCE_M"
RECEPTOR_NAME_FIELD = "RECEPTOR_NAME_FIELD"
POPULATION_FIELD = "POPULATION_FIELD"
