"""The nearest line on the ellipsoid, through the conic index, against brute force with pyproj's geodesic."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from tests.test_transboundary_support import GEOD, densify


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
