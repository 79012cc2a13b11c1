"""TMF Safety: tailings facility inventory, downstream buffers, transboundary flags and map sheets for QGIS."""

from __future__ import annotations


def classFactory(iface):
    """Return the plugin instance QGIS asks for when it loads the plugin."""
    from .plugin import TmfSafetyPlugin

    return TmfSafetyPlugin(iface)
