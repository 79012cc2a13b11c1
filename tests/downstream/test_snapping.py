"""Snapping many facilities from a GeoPackage's R-tree gives exactly the snaps of box requests."""

from __future__ import annotations

import random
import sys

from tests.conftest import ROOT


def _network(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic
    from qgis.core import QgsVectorLayer

    rivers = tmp_path / "rivers.gpkg"
    synthetic.write_network(rivers, 9_000, seed=11, basin_size=3_000)
    return rivers, QgsVectorLayer(f"{rivers}|layername=rivers", "rivers", "ogr")


def test_the_r_tree_snaps_as_box_requests_do(qgis_app, tmp_path):
    from qgis.core import QgsFeatureRequest, QgsPointXY

    from tmf_plugin.core.layer_file import whole_file
    from tmf_plugin.downstream.learning import LearningRiverNetwork
    from tmf_plugin.downstream.snapping import snap_all
    from tmf_plugin.downstream.trace import RiverNetwork

    rivers, layer = _network(tmp_path)
    rng = random.Random(4)
    starts = [f.geometry().asPolyline()[0] for f in layer.getFeatures(QgsFeatureRequest().setLimit(3000))]
    points = [QgsPointXY(p.x() + rng.uniform(-0.05, 0.05), p.y() + rng.uniform(-0.05, 0.05))
              for p in rng.sample(starts, 150)]
    points.append(QgsPointXY(starts[0].x() + 3.0, starts[0].y() + 3.0))  # far from every reach
    network = LearningRiverNetwork(layer, file=whole_file(str(rivers), layer))
    snaps = snap_all(network, network.file, points, 2000.0)
    by_requests = RiverNetwork.from_source(layer)
    expected = [by_requests.snap(point, 2000.0) for point in points]
    assert snaps is not None and len(snaps) == len(points)
    left = [number for number, snap in enumerate(snaps) if snap is False]  # equally near reaches (a junction)
    assert len(left) < 5
    assert [snap for snap in snaps if snap is not False] == [e for n, e in enumerate(expected) if n not in left]
    assert sum(snap is not None for snap in snaps) > 50 and snaps[-1] is None
    assert len(network._reaches) < 6 * len(points)  # far candidates were never read


def test_equally_near_reaches_are_left_to_box_requests(qgis_app, tmp_path):
    import math

    from qgis.core import QgsPointXY

    from tmf_plugin.core.geodesy import metres_per_degree
    from tmf_plugin.core.layer_file import whole_file
    from tmf_plugin.downstream.learning import LearningRiverNetwork
    from tmf_plugin.downstream.snapping import snap_all
    from tmf_plugin.downstream.trace import RiverNetwork

    rivers, layer = _network(tmp_path)
    # A junction: the end of one reach is the start of the next. A point beyond the end and before the start is
    # nearest to both at the junction itself, at exactly the same distance.
    by_id = {f["HYRIV_ID"]: f for f in layer.getFeatures()}
    above: dict[int, int] = {}
    for f in by_id.values():
        above[f["NEXT_DOWN"]] = above.get(f["NEXT_DOWN"], 0) + 1
    upper = next(f for f in by_id.values() if f["NEXT_DOWN"] in by_id and above[f["NEXT_DOWN"]] == 1)
    a, junction = upper.geometry().asPolyline()[-2:]
    b = by_id[upper["NEXT_DOWN"]].geometry().asPolyline()[1]
    kx, ky = metres_per_degree(junction.y())  # snapping's plane, in metres

    def unit(dx, dy):
        length = math.hypot(dx * kx, dy * ky)
        return dx * kx / length, dy * ky / length

    d1, d2 = unit(junction.x() - a.x(), junction.y() - a.y()), unit(b.x() - junction.x(), b.y() - junction.y())
    u = unit((d1[0] - d2[0]) / kx, (d1[1] - d2[1]) / ky)  # along the first, against the second
    point = QgsPointXY(junction.x() + 2.0 * u[0] / kx, junction.y() + 2.0 * u[1] / ky)  # 2 m away
    network = LearningRiverNetwork(layer, file=whole_file(str(rivers), layer))
    snaps = snap_all(network, network.file, [point], 5000.0)
    assert snaps == [False]
    whole = RiverNetwork.from_source(layer)
    expected = whole.snap(point, 5000.0)
    assert expected is not None and expected[2] == junction
    facilities = [("tie", point), ("other", QgsPointXY(junction.x() + 0.01, junction.y()))]
    network.read_ahead(facilities, [10.0, 10.0], 5000.0)
    assert network.snap(point, 5000.0) == expected  # snapped by a box request, in the provider's order
