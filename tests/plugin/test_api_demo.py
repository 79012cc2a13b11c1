"""The demo reports a job that fails plainly, and goes on with the rest."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingProvider

from tmf_plugin.api.demo import DemoRun, _finish
from tmf_plugin.api.engine import run_algorithm
from tmf_plugin.processing.base import TmfAlgorithm


class _Broken(TmfAlgorithm):
    ID = "broken"

    def displayName(self) -> str:
        return "Broken"

    def initAlgorithm(self, config=None):
        pass

    def processAlgorithm(self, parameters, context, feedback):
        feedback.pushWarning("a warning the summary counts")
        raise QgsProcessingException("row 3 of the inventory has no coordinates")


class _Works(_Broken):
    ID = "works"

    def displayName(self) -> str:
        return "Works"

    def processAlgorithm(self, parameters, context, feedback):
        return {"ANSWER": 42}


class _DemoTestProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "tmfdemotest"

    def name(self) -> str:
        return "TMF demo test"

    def loadAlgorithms(self) -> None:
        for cls in (_Broken, _Works):
            self.addAlgorithm(cls())


@pytest.fixture()
def demo_provider(tmf_processing):
    provider = _DemoTestProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_a_failing_job_is_reported_and_the_run_goes_on(demo_provider, tmp_path, capsys):
    run = DemoRun(tmp_path)
    assert run.step("tmfdemotest:broken", lambda fb: run_algorithm("tmfdemotest:broken", {}, feedback=fb)) is None
    worked = run.step("tmfdemotest:works", lambda fb: run_algorithm("tmfdemotest:works", {}, feedback=fb))
    assert worked == {"ANSWER": 42}
    assert run.failed == [("tmfdemotest:broken", "row 3 of the inventory has no coordinates")]
    assert run.warnings == {"tmfdemotest:broken": 1}
    assert _finish(run) == 1
    printed = capsys.readouterr().out
    assert "Not built" not in printed
    assert "Failed: tmfdemotest:broken: row 3 of the inventory has no coordinates" in printed
    assert "tmfdemotest:broken: 1 warnings" in printed
