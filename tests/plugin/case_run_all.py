""""Run all on the sample data" carries the sample through the four jobs in the dock, offscreen."""

from __future__ import annotations

import subprocess

from qgis.core import QgsProject

from tests.helpers import wait_for


def test_run_all_produces_every_result_and_an_overview_pdf(qgis_app, qgis_iface, tmf_processing, tmp_path):
    from tmf_plugin.ui.dock import TmfSafetyDock
    from tmf_plugin.ui.results import KEY_PROPERTY

    QgsProject.instance().clear()
    dock = TmfSafetyDock(qgis_iface, qgis_iface.mainWindow())
    outcome = []
    steps = []
    dock.run_all(str(tmp_path / "sheets"))
    dock.run_all_job.step.connect(lambda n, count, label: steps.append(n))
    dock.run_all_job.finished.connect(lambda ok, message: outcome.append((ok, message)))
    wait_for(lambda: outcome, 600)
    try:
        assert outcome and outcome[0][0], outcome
        results = {layer.customProperty(KEY_PROPERTY): layer for layer in QgsProject.instance().mapLayers().values()
                   if layer.customProperty(KEY_PROPERTY)}
        facilities = dock.workflow.layer("facilities")
        assert facilities.featureCount() == 121  # the messy sample: 124 rows, 3 cannot be placed
        assert "thi" in facilities.fields().names()
        network = dock.workflow.layer("rivers")
        assert {"HYRIV_ID", "NEXT_DOWN"} <= set(network.fields().names())
        summary = dock.workflow.layer("summary")
        assert summary.featureCount() == facilities.featureCount()
        flagged = dock.workflow.layer("flagged")
        flags = [f["tb_flag"] for f in flagged.getFeatures()]
        assert len(flags) == 121 and flags.count("high") > 0 and flags.count("medium") > 0
        assert set(results) >= {"facilities", "rivers", "summary", "flagged"}
        pdfs = list((tmp_path / "sheets").glob("*.pdf"))
        assert len(pdfs) == 1
        text = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True, check=True).stdout
        assert "Natural Earth" in text
        # running it again replaces the results rather than adding a second copy of each
        outcome.clear()
        dock.run_all(str(tmp_path / "sheets2"))
        dock.run_all_job.finished.connect(lambda ok, message: outcome.append((ok, message)))
        wait_for(lambda: outcome, 600)
        keys = [layer.customProperty(KEY_PROPERTY) for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty(KEY_PROPERTY)]
        assert outcome[0][0] and len(keys) == len(set(keys))
    finally:
        dock.shutdown()
        dock.deleteLater()
        QgsProject.instance().clear()
