"""River layers as both the downstream and the transboundary jobs read them: the HydroRIVERS topology fields."""

from __future__ import annotations

from ..i18n import tr
from .errors import InputError

ID_FIELD = "HYRIV_ID"
NEXT_FIELD = "NEXT_DOWN"
MAIN_FIELD = "MAIN_RIV"


def has_topology(source) -> bool:
    """True when the layer has the HydroRIVERS topology fields HYRIV_ID and NEXT_DOWN (any case)."""
    names = {f.name().upper() for f in source.fields()}
    return ID_FIELD in names and NEXT_FIELD in names


def require_topology(source) -> None:
    """Stop with one message, the same in every job, when a river layer cannot be routed."""
    if not has_topology(source):
        raise InputError(tr("The river layer {name} has no HYRIV_ID and NEXT_DOWN fields. Run 'Build river network' "
                            "(tmf:buildrivernetwork) on it first.").format(name=source.sourceName()))
