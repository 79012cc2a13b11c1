"""tmf:flagtransboundary as a new user meets it: unseen facilities against the shared Natural Earth rivers and borders.

Every distance is checked against an independent computation: pyproj's geodesic on WGS 84 over the river lines
densified to about 20 m, never the plugin's own code.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from tests.conftest import SAMPLE
from tests.transboundary.conftest import (
    GEOD,
    densify,
    facility_layer,
    first_exit_truth,
    inside_test,
    kazakhstan_geometry,
    natural_earth_layer,
    network_layer,
    outlet_id,
    point_along,
    run_flags,
    tobol_vertices,
)

# Natural Earth features that are transboundary for Kazakhstan: they cross its border or are on the default list.
TRANSBOUNDARY = {"Ural", "Syr Darya", "Tobol", "Ertis", "Ertix", "Irtysh", "Ile", "Esil", "Ishim"}


def _river_segments():
    """(name, [(x0, y0, x1, y1), ...]) of every transboundary Natural Earth feature."""
    segments = []
    for feature in natural_earth_layer("rivers").getFeatures():
        name = " ".join(str(feature["name"]).split())
        if name not in TRANSBOUNDARY:
            continue
        geometry = feature.geometry()
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for part in parts:
            for a, b in zip(part, part[1:]):
                segments.append((name, (a.x(), a.y(), b.x(), b.y())))
    return segments


class Truth:
    """Nearest transboundary river by brute force: coarse points first, then the nearby segments at ~20 m."""

    def __init__(self):
        self.segments = _river_segments()
        xs, ys, owner = [], [], []
        for i, (_, (x0, y0, x1, y1)) in enumerate(self.segments):
            for x, y in densify([(x0, y0), (x1, y1)], 0.02):
                xs.append(x)
                ys.append(y)
                owner.append(i)
        self.x, self.y, self.owner = np.array(xs), np.array(ys), np.array(owner)

    def nearest(self, lon, lat):
        n = len(self.x)
        coarse = GEOD.inv(np.full(n, lon), np.full(n, lat), self.x, self.y)[2] / 1000.0
        near = set(self.owner[coarse <= coarse.min() + 3.0].tolist())
        best = {}
        for i in near:
            name, (x0, y0, x1, y1) = self.segments[i]
            points = np.array(densify([(x0, y0), (x1, y1)], 0.0002))
            km = (GEOD.inv(np.full(len(points), lon), np.full(len(points), lat), points[:, 0], points[:, 1])[2]
                  / 1000.0).min()
            best[name] = min(best.get(name, math.inf), km)
        return best


def _unseen_facilities(kazakhstan, segments, seed=20261122):
    """Random places in Kazakhstan, half anywhere and half within 10 km of a transboundary river."""
    rng = random.Random(seed)
    inside = inside_test(kazakhstan)
    rows = []
    while len(rows) < 25:
        x, y = rng.uniform(46.5, 87.0), rng.uniform(40.6, 55.4)
        if inside(x, y):
            rows.append((f"R{len(rows)}", round(x, 5), round(y, 5)))
    while len(rows) < 50:
        _, (x0, y0, x1, y1) = rng.choice(segments)
        t = rng.random()
        x, y, _ = GEOD.fwd(x0 + t * (x1 - x0), y0 + t * (y1 - y0), rng.uniform(0, 360), rng.uniform(200, 10000))
        if inside(x, y):
            rows.append((f"N{len(rows)}", round(x, 5), round(y, 5)))
    return rows


def test_straight_line_distances_agree_with_an_independent_geodesic(tmf_processing):
    truth = Truth()
    kazakhstan = kazakhstan_geometry()
    rows = _unseen_facilities(kazakhstan, truth.segments)
    # In a projected CRS, as many inventories are: the plugin must measure on the ellipsoid whatever the input CRS.
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    utm = QgsCoordinateReferenceSystem("EPSG:32642")
    to_utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), utm, QgsProject.instance())
    projected = [(i, *(lambda p: (p.x(), p.y()))(to_utm.transform(x, y))) for i, x, y in rows]
    result, _ = run_flags(facility_layer(projected, crs="EPSG:32642"), str(SAMPLE / "rivers.gpkg"))
    assert len(result) == len(rows)
    worst = 0.0
    for tmf_id, x, y in rows:
        expected = truth.nearest(x, y)
        river, km = min(expected.items(), key=lambda item: item[1])
        got = result[tmf_id]
        assert abs(got["tb_dist_km"] - km) <= max(0.01 * km, 0.5), (tmf_id, x, y, got["tb_dist_km"], km)
        # The right river: the one found is the nearest, or ties with it (where two named features meet).
        assert expected.get(got["tb_river"], math.inf) <= km * 1.005 + 0.01, (tmf_id, got["tb_river"], river)
        assert got["tb_near"] == (got["tb_dist_km"] <= 10.0)
        assert got["tb_downstream"] is None  # the Natural Earth lines have no topology
        worst = max(worst, abs(got["tb_dist_km"] - km) / max(km, 0.01))
    assert worst < 0.01


def test_unnamed_hydrorivers_network_leaving_for_russia(tmf_processing):
    """The Tobol as a HydroRIVERS-schema network without names: flagged by geometry alone, named by basin."""
    tobol = tobol_vertices()
    network = network_layer({7: ("", tobol)}, reach_vertices=8)
    inside = inside_test(kazakhstan_geometry())
    rows, expected = [], {}
    for km in (300, 400, 430, 460, 475, 482):
        i, (x, y) = point_along(tobol, km)
        # One km to the side of the river, as a facility beside it would be.
        azimuth = GEOD.inv(*tobol[i], *tobol[i + 1])[0]
        fx, fy, _ = GEOD.fwd(x, y, azimuth + 90, 1000)
        assert inside(fx, fy)
        rows.append((f"T{km}", fx, fy))
        expected[f"T{km}"] = first_exit_truth(tobol, inside, i, (x, y))
    result, log = run_flags(facility_layer(rows), network, MAX_DISTANCE_KM=100, SNAP_DISTANCE_M=5000,
                            TRANSBOUNDARY_NAMES="")
    basin = f"river of basin {outlet_id(7, tobol, 8)}"
    for tmf_id, border in expected.items():
        got = result[tmf_id]
        assert got["tb_river"] == basin and got["tb_dist_km"] == pytest.approx(1.0, abs=0.05), got
        assert got["tb_downstream"] is True
        if border <= 100:
            assert got["tb_flag"] == "high", got
            assert got["receiving_country"] == "Russia"
            assert got["border_km"] == pytest.approx(border, rel=0.03), (tmf_id, got["border_km"], border)
            assert "Kazakhstan" in got["tb_reason"] and "Russia" in got["tb_reason"]
        else:
            assert got["tb_flag"] == "medium" and got["border_km"] is None, got
    assert sum(1 for b in expected.values() if b <= 100) >= 4


NEIGHBOURS = {"Russia", "China", "Kyrgyzstan", "Uzbekistan", "Turkmenistan"}


def test_sample_workflow_built_network_flags_runoff_leaving_kazakhstan(tmf_processing, tmp_path):
    """Build the sample network toward its outlets (job 2), then flag the sample inventory as the demo does."""
    import processing
    from qgis.core import QgsVectorLayer

    network = processing.run("tmf:buildrivernetwork", {
        "INPUT": str(SAMPLE / "rivers.gpkg"), "ORIENTATION": 1, "OUTLETS": str(SAMPLE / "outlets.gpkg"),
        "OUTPUT": str(tmp_path / "network.gpkg")})["OUTPUT"]
    inventory = QgsVectorLayer(str(SAMPLE / "tmf_inventory.gpkg"), "inventory", "ogr")
    snap_km, limit = 30.0, 300.0
    rows, log = run_flags(inventory, network, SNAP_DISTANCE_M=snap_km * 1000, MAX_DISTANCE_KM=limit)
    assert any("were traced downstream" in line for line in log)
    high = {k: v for k, v in rows.items() if v["tb_flag"] == "high"}
    assert len(high) >= 5
    assert {v["receiving_country"] for v in high.values()} <= NEIGHBOURS
    assert "Russia" in {v["receiving_country"] for v in high.values()}
    border = [point for ring in _rings(kazakhstan_geometry()) for point in densify(ring, 0.01)]
    bx, by = np.array([p[0] for p in border]), np.array([p[1] for p in border])
    points = {f["tmf_id"]: f.geometry().asPoint() for f in inventory.getFeatures()}
    for tmf_id, got in high.items():
        assert got["tb_downstream"] is True and 0 < got["border_km"] <= limit, got
        # Runoff cannot reach the border sooner than a straight line to it allows (less the snap).
        p = points[tmf_id]
        straight = GEOD.inv(np.full(len(bx), p.x()), np.full(len(bx), p.y()), bx, by)[2].min() / 1000.0
        assert got["border_km"] >= straight - snap_km - 1.0, (tmf_id, got["border_km"], straight)
        assert got["receiving_country"] in got["tb_reason"]
    for got in rows.values():
        if got["tb_flag"] != "high":
            assert got["border_km"] is None


def _rings(geometry):
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    return [[(p.x(), p.y()) for p in ring] for polygon in polygons for ring in polygon]
