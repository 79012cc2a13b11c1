"""The nearest line on the ellipsoid, through the conic index, against brute force with pyproj's geodesic."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from tests.transboundary.conftest import GEOD, densify


def _brute_km(lon, lat, line):
    points = np.array(densify(line, 0.002))
    n = len(points)
    return GEOD.inv(np.full(n, lon), np.full(n, lat), points[:, 0], points[:, 1])[2].min() / 1000.0


@pytest.mark.parametrize("seed, lat_range", [(1, (40.0, 56.0)), (2, (-45.0, 5.0)), (3, (60.0, 72.0))])
def test_nearest_line_matches_brute_force(qgis_app, seed, lat_range):
    from qgis.core import QgsGeometry, QgsPointXY

    from tmf_plugin.transboundary.nearest import NearestLine

    rng = random.Random(seed)
    lines = []
    for number in range(40):
        x, y = rng.uniform(40, 90), rng.uniform(*lat_range)
        line = [(x, y)]
        for _ in range(rng.randint(1, 30)):
            x, y = x + rng.uniform(-0.15, 0.15), y + rng.uniform(-0.1, 0.1)
            line.append((x, y))
        lines.append((f"L{number}", line))
    index = NearestLine([(name, QgsGeometry.fromPolylineXY([QgsPointXY(*p) for p in line])) for name, line in lines])
    for _ in range(25):
        lon, lat = rng.uniform(38, 92), rng.uniform(lat_range[0] - 2, lat_range[1] + 2)
        truth = {name: _brute_km(lon, lat, line) for name, line in lines}
        best = min(truth.values())
        name, km = index.nearest(QgsPointXY(lon, lat))
        assert km == pytest.approx(best, rel=0.002, abs=0.01), (lon, lat)
        assert truth[name] <= best * 1.002 + 0.01
    assert NearestLine([]).nearest(QgsPointXY(0, 0)) is None
    assert math.isfinite(km)


@pytest.mark.parametrize("lat_low, lat_high", [(40.0, 56.0), (-45.0, 5.0), (-10.0, 10.0), (48.0, 48.0), (60.0, 72.0)])
def test_the_conic_never_stretches_more_than_its_table_says(qgis_app, lat_low, lat_high):
    """A geodesic of length t between points of the fitted range is at most highest_scale * t long in the plane."""
    from tmf_plugin.transboundary.nearest import Conic

    conic = Conic(65.0, lat_low, lat_high)
    rng = np.random.default_rng(int(lat_high * 10))
    n = 4000
    lon1, lat1 = rng.uniform(45, 85, n), rng.uniform(lat_low - 1, lat_high + 1, n)
    lon2, lat2, _ = GEOD.fwd(lon1, lat1, rng.uniform(0, 360, n), rng.uniform(1, 400_000, n))
    km = GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0
    x1, y1 = conic.project(lon1, lat1)
    x2, y2 = conic.project(lon2, lat2)
    plane_km = np.hypot(x2 - x1, y2 - y1) / 1000.0
    high = conic.highest_scale(lat1, km)
    assert np.all(plane_km <= high * km + 1e-9)
    low, high_too = conic.scale_range(lat1, km)
    assert np.all(plane_km >= low * km - 1e-9) and np.array_equal(high_too, high)
    assert np.median(plane_km / km) == pytest.approx(1.0, abs=0.05)  # a projection, not a loose bound


def test_lamberts_formula_agrees_with_the_geodesic(qgis_app):
    from tmf_plugin.transboundary.nearest import quick_km

    rng = np.random.default_rng(4)
    n = 20000
    lon1, lat1 = rng.uniform(-180, 180, n), rng.uniform(-80, 80, n)
    metres = 10 ** rng.uniform(-1, 6.5, n)
    lon2, lat2, _ = GEOD.fwd(lon1, lat1, rng.uniform(0, 360, n), metres)
    assert np.max(np.abs(quick_km(lon1, lat1, lon2, lat2) * 1000 - metres) / metres) < 1e-5


def _line(points, kind="LineString"):
    from qgis.core import QgsGeometry

    if kind == "MultiLineStringZM":
        parts = ",".join("(" + ",".join(f"{x} {y} 100 7" for x, y in part) + ")" for part in points)
        return QgsGeometry.fromWkt(f"MultiLineString ZM ({parts})")
    if kind == "LineStringZ":
        return QgsGeometry.fromWkt("LineString Z (" + ",".join(f"{x} {y} 250" for x, y in points) + ")")
    return QgsGeometry.fromWkt("LineString (" + ",".join(f"{x} {y}" for x, y in points) + ")")


def test_parts_of_a_line_are_not_joined_and_z_m_are_ignored(qgis_app):
    """The gap between the two parts of a multi-line is not a line: a point in it is measured to the parts."""
    from qgis.core import QgsPointXY

    from tmf_plugin.transboundary.nearest import NearestLine

    parts = [[(60.0, 45.0), (60.5, 45.0)], [(61.5, 45.0), (62.0, 45.0)]]
    index = NearestLine([("Gap", _line(parts, "MultiLineStringZM")), ("Far", _line([(61.0, 46.0), (61.1, 46.0)],
                                                                                    "LineStringZ"))])
    name, km = index.nearest(QgsPointXY(61.0, 45.0))
    expected = GEOD.inv(61.0, 45.0, 60.5, 45.0)[2] / 1000.0
    assert name == "Gap" and km == pytest.approx(expected, rel=1e-4)
    name, km = index.nearest(QgsPointXY(61.05, 45.9))
    assert name == "Far" and km == pytest.approx(GEOD.inv(61.05, 45.9, 61.05, 46.0)[2] / 1000.0, rel=1e-3)


def test_long_segments_are_measured_along_their_whole_length(qgis_app):
    """A 700 km segment (as generalised borders have) is found near its middle, not only near its ends."""
    from qgis.core import QgsPointXY

    from tmf_plugin.transboundary.nearest import NearestLine

    line = [(50.0, 44.0), (59.0, 46.0)]
    index = NearestLine([("Long", _line(line)), ("Short", _line([(54.0, 47.5), (54.2, 47.6)]))])
    points = [(54.5, 45.2), (51.0, 43.0), (57.0, 46.4), (54.1, 47.0)]
    found = index.nearest_all([QgsPointXY(*p) for p in points] + [None])
    assert found[-1] is None
    for (lon, lat), (name, km) in zip(points, found):
        truth = {"Long": _brute_km(lon, lat, line), "Short": _brute_km(lon, lat, [(54.0, 47.5), (54.2, 47.6)])}
        assert name == min(truth, key=truth.get)
        assert km == pytest.approx(truth[name], rel=0.002, abs=0.01)


def test_curved_lines_from_a_file_are_measured_along_the_curve(qgis_app):
    """A CompoundCurve (GeoPackage allows them) comes in as WKB the arrays cannot cut; QGIS segmentises it."""
    from qgis.core import QgsGeometry

    from tmf_plugin.transboundary.nearest import _wkb_vertices

    curve = QgsGeometry.fromWkt("CompoundCurve(CircularString(60 45, 61 46, 62 45), (62 45, 63 45))")
    straight = QgsGeometry.fromWkt("LineString(70 40, 71 41)")
    vertices, parts, records = _wkb_vertices([curve.asWkb().data(), straight.asWkb().data()])
    assert records.tolist() == [0, 1]
    on_arc = vertices[parts == 0][:-1]  # the last vertex ends the straight piece at (63, 45)
    assert len(on_arc) > 20
    assert np.allclose(np.hypot(on_arc[:, 0] - 61.0, on_arc[:, 1] - 45.0), 1.0, atol=1e-6)
    assert vertices[parts == 1].tolist() == [[70.0, 40.0], [71.0, 41.0]]


@pytest.mark.parametrize("batch", [1, 2, 3, 32768])
def test_linestrings_are_cut_from_their_headers_in_batches(qgis_app, monkeypatch, batch):
    """2D LineStrings joined a batch at a time give every vertex in order, whatever the batch; a record of
    another type anywhere sends the whole list to the part-by-part reading, with the same vertices."""
    from qgis.core import QgsGeometry

    from tmf_plugin.transboundary import nearest

    monkeypatch.setattr(nearest, "WKB_BATCH", batch)
    lines = [[(60 + i, 40.0), (60.5 + i, 40.25 + i / 8)] + [(61 + i, 41.0)] * (i % 3) for i in range(7)]
    wkbs = [QgsGeometry.fromWkt("LineString(" + ", ".join(f"{x} {y}" for x, y in line) + ")").asWkb().data()
            for line in lines]
    vertices, parts, records = nearest._wkb_vertices(wkbs)
    assert vertices.tolist() == [list(point) for line in lines for point in line]
    assert parts.tolist() == [n for n, line in enumerate(lines) for _ in line]
    assert records.tolist() == list(range(7))
    multi = QgsGeometry.fromWkt("MultiLineString((70 40, 71 41), (72 42, 73 43))").asWkb().data()
    vertices, parts, records = nearest._wkb_vertices(wkbs + [multi])
    assert vertices.tolist()[-4:] == [[70.0, 40.0], [71.0, 41.0], [72.0, 42.0], [73.0, 43.0]]
    assert vertices.tolist()[:-4] == [list(point) for line in lines for point in line]
    assert records.tolist() == list(range(7)) + [7, 7]
