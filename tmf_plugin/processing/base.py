"""Base class of the `tmf` algorithms: ids, groups, icon and translated help."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..i18n import interface_language
from ..paths import icon_path, resource


class TmfAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour; a subclass sets ID and GROUP_ID and writes displayName/group/shortHelpString."""

    ID = ""
    GROUP_ID = ""

    def name(self) -> str:
        return self.ID

    def groupId(self) -> str:
        return self.GROUP_ID

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def createInstance(self):
        return type(self)()

    def helpUrl(self) -> str:
        return ""

    def help_file(self) -> str | None:
        """Help text from resources/help/<id>.<language>.html when the file exists."""
        for language in (interface_language(), "en"):
            path = resource("help", f"{self.ID}.{language}.html")
            if path.exists():
                return path.read_text(encoding="utf-8")
        return None
