"""The test that lets snapping skip a reach never skips one that could be within the distance."""

from __future__ import annotations

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")


def test_a_box_is_called_farther_only_when_every_point_of_it_is(qgis_app):
    from qgis.core import QgsPointXY, QgsRectangle

    from tmf_plugin.downstream.trace import farther_than

    rng = np.random.default_rng(7)
    skipped = 0
    for _ in range(3000):
        lat = rng.uniform(-80, 80)
        lon = rng.uniform(-170, 170)
        metres = rng.choice([500.0, 5000.0, 50_000.0])
        spread = metres / 111_000 * rng.uniform(0.2, 3.0)
        x0, y0 = lon + rng.uniform(-2, 2) * spread, lat + rng.uniform(-2, 2) * spread
        box = QgsRectangle(x0, y0, x0 + rng.uniform(0, spread), y0 + rng.uniform(0, spread))
        if not farther_than(QgsPointXY(lon, lat), box, metres):
            continue
        skipped += 1
        # The nearest point of the box on the ellipsoid, searched on a fine grid of the box.
        xs, ys = np.meshgrid(np.linspace(box.xMinimum(), box.xMaximum(), 41),
                             np.linspace(box.yMinimum(), box.yMaximum(), 41))
        n = xs.size
        nearest = GEOD.inv(np.full(n, lon), np.full(n, lat), xs.ravel(), ys.ravel())[2].min()
        assert nearest > metres, (lon, lat, box.toString(), metres)
    assert skipped > 500  # the test skips often enough to matter
    assert not farther_than(QgsPointXY(10, 10), None, 1.0)
    assert not farther_than(QgsPointXY(10, 10), QgsRectangle(9, 9, 11, 11), 1.0)  # the point is inside


def test_snapping_keeps_only_the_reaches_that_can_be_nearest(qgis_app, tmp_path):
    import sys

    from qgis.core import QgsFeatureRequest, QgsPointXY, QgsRectangle, QgsVectorLayer

    from tests.conftest import ROOT
    from tmf_plugin.downstream.learning import LearningRiverNetwork
    from tmf_plugin.downstream.trace import RiverNetwork

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic

    rivers = tmp_path / "rivers.gpkg"
    synthetic.write_network(rivers, 9_000, seed=3, basin_size=3_000)
    layer = QgsVectorLayer(f"{rivers}|layername=rivers", "rivers", "ogr")
    reach = next(layer.getFeatures(QgsFeatureRequest().setFilterFid(4_000))).geometry().asPolyline()
    point = QgsPointXY(reach[0].x() + 0.01, reach[0].y() + 0.005)
    learning, whole = LearningRiverNetwork(layer), RiverNetwork.from_source(layer)
    snapped = learning.snap(point, 5000.0)
    assert snapped is not None and snapped == whole.snap(point, 5000.0)
    box = QgsRectangle(point.x() - 0.07, point.y() - 0.05, point.x() + 0.07, point.y() + 0.05)
    in_box = sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterRect(box).setNoAttributes()))
    assert in_box > 10
    assert len(learning._reaches) < in_box / 2  # the far ones were judged by their box and never kept
    assert snapped[0] in learning._reaches
