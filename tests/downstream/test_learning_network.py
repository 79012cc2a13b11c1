"""The network learnt on the way traces as the whole topology read first does, also where HYRIV_ID is repeated."""

from __future__ import annotations

import sys

from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.helpers import RecordingFeedback
from tests.identity import ROOT, layer_rows


def _trace(facilities, rivers: str) -> tuple[dict, list[str]]:
    import processing

    feedback = RecordingFeedback()
    result = processing.run("tmf:tracedownstream", {
        "INPUT": facilities, "RIVERS": rivers, "OUTPUT_SUMMARY": "memory:", "OUTPUT_PATHS": "memory:",
        "OUTPUT_CORRIDORS": "memory:"}, feedback=feedback)
    rows = {name: layer_rows(result[f"OUTPUT_{name.upper()}"]) for name in ("summary", "paths", "corridors")}
    return rows, feedback.warnings


def test_a_repeated_id_met_on_the_way_gives_the_paths_and_warning_of_the_full_read(tmf_processing, tmp_path,
                                                                                   monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic

    from tmf_plugin.downstream import learning

    path = tmp_path / "rivers.gpkg"
    synthetic.write_network(path, 3_000, seed=21, basin_size=3_000)
    dataset = ogr.Open(str(path), 1)
    layer = dataset.GetLayer("rivers")
    # Reach 1200 and the reach just above it get the same HYRIV_ID: the snap box of a facility on reach 1200 meets both,
    # in whatever order the spatial index gives them.
    above = next(f for f in layer if f.GetField("NEXT_DOWN") == 1200)
    above_fid = above.GetFID()
    above.SetField("HYRIV_ID", 1200)
    layer.SetFeature(above)
    below = layer.GetFeature(1200)  # kept in a name: OGR frees a geometry with its feature
    x, y = below.GetGeometryRef().GetPoint_2D(2)
    below = None
    dataset = None
    facilities = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string", "facilities", "memory")
    feature = QgsFeature(facilities.fields())
    feature.setAttributes(["D-1"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + 0.003, y)))
    facilities.dataProvider().addFeatures([feature])

    rivers = f"{path}|layername=rivers"
    learnt, learnt_warnings = _trace(facilities, rivers)
    monkeypatch.setattr(learning, "boxes_are_cheap", lambda source: False)
    full, full_warnings = _trace(facilities, rivers)
    assert full["summary"][0]["status"] == "ok" and len(full["paths"]) > 10  # a full 100 km walked
    assert learnt == full
    repeated = [w for w in full_warnings if "1200" in w and "more than once" in w]
    assert len(repeated) == 1 and repeated == [w for w in learnt_warnings if "more than once" in w]
    assert above_fid != 1200
