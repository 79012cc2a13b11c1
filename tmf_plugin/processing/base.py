"""Base classes of the `tmf` algorithms: ids, groups, icon, translated help, named enum parameters, and the one
place TmfError becomes a Processing error."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureBasedAlgorithm,
    QgsProcessingParameterEnum,
    QgsProperty,
)
from qgis.PyQt.QtGui import QIcon

from ..core.collector import older_objects_frozen
from ..core.errors import TmfError
from ..i18n import interface_language, tr
from ..paths import icon_path, resource


@contextmanager
def processing_errors():
    """Report the plugin's own errors (TmfError) to Processing as QgsProcessingException, with the same message;
    the cycle collector leaves the objects older than the algorithm alone while it runs."""
    try:
        with older_objects_frozen():
            yield
    except TmfError as error:
        raise QgsProcessingException(str(error)) from error
class NamedEnumParameter(QgsProcessingParameterEnum):
    """An enum parameter that takes each option by its index or by its name (ORIENTATION=1 or ORIENTATION=outlets).

    The names are fixed English words (the same in every language); the options shown are the labels. qgis_process,
    models, processing.run and the API all pass through checkValueIsAcceptable and TmfAlgorithm.enum_name.
    """

    def __init__(self, name: str, description: str, names: Sequence[str], default: str,
                 labels: Sequence[str] | None = None, optional: bool = False) -> None:
        self.names = tuple(names)
        super().__init__(name, description, options=list(labels if labels is not None else names),
                         allowMultiple=False, defaultValue=self.names.index(default), optional=optional)

    def clone(self) -> NamedEnumParameter:
        copy = NamedEnumParameter(self.name(), self.description(), self.names, self.names[self.defaultValue()],
                                  self.options(), optional=False)
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        copy.setMetadata(self.metadata())
        return copy

    def index_of(self, value) -> int | None:
        """The option index a value names: an index (number or digits), a name (any case) or a label; else None."""
        if isinstance(value, bool) or value is None:
            return None
        if isinstance(value, (list, tuple)) and len(value) == 1:
            value = value[0]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            text = value.strip()
            if text.lstrip("-").isdigit():
                value = int(text)
            else:
                lowered = text.casefold()
                for index, name in enumerate(self.names):
                    if name.casefold() == lowered or self.options()[index].casefold() == lowered:
                        return index
                return None
        if isinstance(value, int) and 0 <= value < len(self.names):
            return value
        return None

    def checkValueIsAcceptable(self, value, context=None) -> bool:
        if isinstance(value, str) and self.index_of(value) is not None:
            return True
        return super().checkValueIsAcceptable(value, context)


def _plain_value(value, context):
    if isinstance(value, QgsProperty):
        return value.valueAsString(context.expressionContext())
    return value


def _enum_problem(definition: NamedEnumParameter, value, context) -> str | None:
    """Why a value names no option of the parameter, or None when it names one (or is unset)."""
    value = _plain_value(value, context)
    if value is None or value == "" or definition.index_of(value) is not None:
        return None
    return tr("{parameter} = {value} is not one of: {names} (or their numbers 0 to {last}).").format(
        parameter=definition.name(), value=value, names=", ".join(definition.names), last=len(definition.names) - 1)


class _TmfShared:
    """What every `tmf` algorithm shares, whichever Processing base class it runs on."""

    ID = ""
    GROUP_ID = ""
    # Provided by the Processing base class the algorithm also derives from.
    parameterDefinition: Callable[..., Any]
    parameterDefinitions: Callable[..., Any]

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

    def checkParameterValues(self, parameters, context):
        # A wrong option name is reported with the names to choose from, before QGIS's generic message.
        for definition in self.parameterDefinitions():
            if isinstance(definition, NamedEnumParameter):
                problem = _enum_problem(definition, parameters.get(definition.name()), context)
                if problem:
                    return False, problem
        return super().checkParameterValues(parameters, context)

    def enum_name(self, parameters: dict, name: str, context) -> str:
        """The option name of a NamedEnumParameter, whether it was given by index or by name (default if unset)."""
        definition = self.parameterDefinition(name)
        value = _plain_value(parameters.get(name), context)
        problem = _enum_problem(definition, value, context)
        if problem:
            raise QgsProcessingException(problem)
        index = definition.index_of(value)
        return definition.names[definition.defaultValue() if index is None else index]


class TmfAlgorithm(_TmfShared, QgsProcessingAlgorithm):
    """Shared behaviour; a subclass sets ID and GROUP_ID, writes displayName/group/shortHelpString and `process`."""

    def processAlgorithm(self, parameters, context, feedback):
        with processing_errors():
            return self.process(parameters, context, feedback)

    def process(self, parameters, context, feedback) -> dict:
        """The algorithm's work; raise TmfError (or a subclass) for what the user can fix."""
        raise NotImplementedError(self.ID)


class TmfFeatureAlgorithm(_TmfShared, QgsProcessingFeatureBasedAlgorithm):
    """A `tmf` algorithm that turns each input feature into output features: Processing reads the source, writes the
    sink and reports progress; a subclass writes `prepare` and processFeature (and outputFields)."""

    def prepare(self, parameters, context, feedback) -> None:
        """Read the parameters other than INPUT and OUTPUT; raise TmfError for what the user can fix."""

    def processAlgorithm(self, parameters, context, feedback):
        # prepare() runs here, not in prepareAlgorithm, where Processing would replace its message with a generic one.
        with processing_errors():
            self.prepare(parameters, context, feedback)
            return QgsProcessingFeatureBasedAlgorithm.processAlgorithm(self, parameters, context, feedback)
