"""The plugin object QGIS loads: toolbar button, menu entry, the TMF Safety dock and the Processing provider."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

from .core.compat import QAction
from .i18n import install_translator, remove_translator, tr
from .paths import icon_path

MENU = "&TMF Safety"


class TmfSafetyPlugin:
    """Owns everything the plugin adds to QGIS and removes all of it again on unload."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: Any = None
        self.action: QAction | None = None
        self.dock: Any = None

    def initProcessing(self) -> None:
        """Register the `tmf` Processing provider (also called by qgis_process without a GUI)."""
        from .processing.provider import TmfProvider

        registry = QgsApplication.processingRegistry()
        # Another copy of the plugin (or a script) may have registered `tmf` already; the registry would delete a
        # duplicate, so only a provider this plugin really added is kept and removed on unload.
        if self.provider is None and registry.providerById("tmf") is None:
            install_translator()
            provider = TmfProvider()
            if registry.addProvider(provider):
                self.provider = provider

    def initGui(self) -> None:
        """Add the toolbar button and menu entry that show the dock."""
        install_translator()
        self.initProcessing()
        self.action = QAction(QIcon(icon_path()), tr("TMF Safety"), self.iface.mainWindow())
        self.action.setObjectName("TmfSafetyAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show the TMF Safety panel: inventory, downstream water bodies, "
                                  "transboundary flags and map sheets"))
        self.action.toggled.connect(self.show_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(MENU, self.action)

    def show_dock(self, visible: bool = True) -> None:
        """Create the dock on first use, then show or hide it."""
        if self.dock is None:
            if not visible:
                return
            from .ui.dock import TmfSafetyDock

            self.dock = TmfSafetyDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self._sync_action)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            # Wide enough for the forms and the result tables; the user can still drag it narrower.
            self.iface.mainWindow().resizeDocks([self.dock], [440], Qt.Orientation.Horizontal)
        if visible:
            self.dock.setUserVisible(True)  # also raises it when tabbed behind another dock
        else:
            self.dock.hide()

    def _sync_action(self, visible: bool) -> None:
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self) -> None:
        """Remove the dock, the action and the provider so nothing of the plugin stays behind."""
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._sync_action)
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.setParent(None)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
