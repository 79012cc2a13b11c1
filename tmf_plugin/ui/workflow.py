"""What one job hands to the next in the panel: the layers each section produced or picked."""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject, pyqtSignal


class Workflow(QObject):
    """Shared state of the dock; sections publish their results here and listen for earlier ones.

    Keys in use: "facilities" (imported or scored inventory), "rivers" (a routable network), "lakes",
    "paths", "corridors", "receptors", "summary" (downstream results), "receptors_input" (the receptors layer the
    downstream trace read, e.g. the bundled settlements), "flagged" (transboundary output).
    """

    changed = pyqtSignal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._layers: dict = {}

    def publish(self, key: str, layer) -> None:
        """Record a layer for a key and tell the later sections."""
        self._layers[key] = layer
        self.changed.emit(key)

    def layer(self, key: str):
        """The layer published for a key, or None (also when it was removed from the project)."""
        layer = self._layers.get(key)
        try:
            if layer is not None and layer.isValid():
                return layer
        except RuntimeError:  # the C++ layer was deleted with the project
            self._layers.pop(key, None)
        return None
