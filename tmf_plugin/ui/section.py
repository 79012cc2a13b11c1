"""Base widget of a dock section: its title, access to the workflow, and a clean shutdown."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..i18n import tr


class Section(QWidget):
    """One job in the dock. Subclasses build their widgets in `build()`."""

    TITLE = ""

    def __init__(self, iface, workflow, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.workflow = workflow
        self.setObjectName(type(self).__name__)
        self.build()

    def title(self) -> str:
        """Translated title of the section."""
        return tr(self.TITLE)

    def build(self) -> None:
        """Create the widgets; the base shows that the job is not built yet."""
        layout = QVBoxLayout(self)
        label = QLabel(tr("This job is not built yet."), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)

    def shutdown(self) -> None:
        """Stop background work started by this section."""
