"""The receptor parameters two algorithms share: declared once, read once into a ReceptorLayer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core import parameters as param
from ..downstream.receptors import DEFAULT_DISTANCE_M, ReceptorLayer
from ..i18n import tr


def add_receptor_parameters(algorithm: QgsProcessingAlgorithm, population: bool) -> None:
    """RECEPTORS, RECEPTOR_DISTANCE_M, RECEPTOR_NAME_FIELD and, with `population`, POPULATION_FIELD."""
    algorithm.addParameter(QgsProcessingParameterFeatureSource(
        param.RECEPTORS, tr("Receptors downstream (settlements, water intakes, protected areas)"),
        # Any vector layer: a table without geometry gives a warning and no receptors, not a refusal.
        [QgsProcessing.SourceType.TypeVector], optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        param.RECEPTOR_DISTANCE_M, tr("Receptors within (m) of the path"),
        QgsProcessingParameterNumber.Type.Double, DEFAULT_DISTANCE_M, minValue=0.0))
    algorithm.addParameter(QgsProcessingParameterField(
        param.RECEPTOR_NAME_FIELD, tr("Receptor name field"), parentLayerParameterName=param.RECEPTORS,
        optional=True))
    if population:
        algorithm.addParameter(QgsProcessingParameterField(
            param.POPULATION_FIELD, tr("Population field"), parentLayerParameterName=param.RECEPTORS,
            optional=True))


def read_receptors(algorithm: QgsProcessingAlgorithm, parameters, context, feedback) -> ReceptorLayer | None:
    """The RECEPTORS layer read once, its problems (empty layer, NULL populations) in the log; None when unset."""
    source = algorithm.parameterAsSource(parameters, param.RECEPTORS, context)
    if source is None:
        return None
    name_field = algorithm.parameterAsString(parameters, param.RECEPTOR_NAME_FIELD, context) or None
    population_field = None
    if algorithm.parameterDefinition(param.POPULATION_FIELD) is not None:
        population_field = algorithm.parameterAsString(parameters, param.POPULATION_FIELD, context) or None
    layer = ReceptorLayer.from_source(source, name_field, population_field, feedback)
    for problem in layer.problems:
        feedback.pushWarning(problem)
    return layer
