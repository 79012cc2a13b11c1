"""Base class of the `tmf` algorithms: ids, groups, icon, translated help, and the one place TmfError becomes a
Processing error."""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..core.errors import TmfError
from ..i18n import interface_language
from ..paths import icon_path, resource


@contextmanager
def processing_errors():
    """Report the plugin's own errors (TmfError) to Processing as QgsProcessingException, with the same message."""
    try:
        yield
    except TmfError as error:
        raise QgsProcessingException(str(error)) from error


class TmfAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour; a subclass sets ID and GROUP_ID, writes displayName/group/shortHelpString and `process`."""

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

    def processAlgorithm(self, parameters, context, feedback):
        with processing_errors():
            return self.process(parameters, context, feedback)

    def process(self, parameters, context, feedback) -> dict:
        """The algorithm's work; raise TmfError (or a subclass) for what the user can fix."""
        raise NotImplementedError(self.ID)
