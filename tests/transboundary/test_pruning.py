"""Indexing only the segments that can be nearest to the facilities gives exactly the answers of indexing all."""

from __future__ import annotations

import random

import pytest


def _reaches(rng: random.Random, count: int):
    """HydroRIVERS-like short lines: 2-12 vertices about 500 m apart in a box of Kazakhstan's size."""
    lines = []
    for _ in range(count):
        x, y = rng.uniform(50, 80), rng.uniform(42, 54)
        line = [(x, y)]
        for _ in range(rng.randint(1, 11)):
            x, y = x + rng.uniform(-0.006, 0.006), y + rng.uniform(-0.0045, 0.0045)
            line.append((x, y))
        lines.append(line)
    return lines


def _wkb(parts) -> bytes:
    from qgis.core import QgsGeometry, QgsPointXY

    if len(parts) == 1:
        return QgsGeometry.fromPolylineXY([QgsPointXY(*p) for p in parts[0]]).asWkb().data()
    return QgsGeometry.fromMultiPolylineXY([[QgsPointXY(*p) for p in part] for part in parts]).asWkb().data()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_pruned_index_answers_exactly_as_the_full_one(qgis_app, seed):
    import numpy as np
    from qgis.core import QgsPointXY

    from tmf_plugin.transboundary.nearest import NearestLine, facilities_extent

    rng = random.Random(seed)
    lines = _reaches(rng, 6000)
    records = [[line] for line in lines[:5990]]
    records.append([lines[5990], lines[5991]])  # a multi-part reach
    broken = list(lines[5992])
    broken.insert(1, (float("nan"), float("nan")))  # a vertex without coordinates splits the line
    records.append([broken])
    labels = np.array([rng.randrange(40) for _ in records], dtype=np.int64)
    names = [f"basin {n}" for n in range(40)]
    # Beside a line, between lines, far outside the lines, and a facility without a location.
    points: list = [QgsPointXY(x + 0.002, y - 0.001) for x, y in (line[0] for line in lines[:8])]
    points += [QgsPointXY(rng.uniform(50, 80), rng.uniform(42, 54)) for _ in range(8)]
    points += [QgsPointXY(47.5, 41.0), QgsPointXY(82.5, 55.5), None]
    wkbs = [_wkb(parts) for parts in records]
    extent = facilities_extent(points)

    full, pruned = NearestLine([]), NearestLine([])
    full._build(wkbs, labels, names, extent)
    pruned._build(wkbs, labels, names, extent, points)
    assert pruned.points is points and full.points is None
    assert 0 < pruned.count < full.count / 5  # the pruning took place
    assert pruned.nearest_all(points) == full.nearest_all(points)
    assert pruned.nearest_all(points)[-1] is None
    with pytest.raises(ValueError):
        pruned.nearest_all(list(points))  # indexed for those points only


def test_many_points_or_long_segments_keep_every_segment(qgis_app):
    import numpy as np
    from qgis.core import QgsPointXY

    from tmf_plugin.transboundary.nearest import NearestLine

    rng = random.Random(4)
    wkbs = [_wkb([line]) for line in _reaches(rng, 200)]
    labels = np.zeros(len(wkbs), dtype=np.int64)
    many = [QgsPointXY(rng.uniform(50, 80), rng.uniform(42, 54)) for _ in range(100)]
    index = NearestLine([])
    index._build(wkbs, labels, ["a"], None, many)
    assert index.points is None  # 100 facilities on ~1,300 segments: judging them would cost more
    long_line = [_wkb([[(50.0, 42.0), (51.0, 43.0)]])]
    index._build(wkbs + long_line, np.zeros(len(wkbs) + 1, dtype=np.int64), ["a"], None, many[:1])
    assert index.points is None  # a one-degree chord bends too far from its lon/lat line
