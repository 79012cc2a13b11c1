"""Receptors downstream on the Natural Earth sample against an independent geodesic computation from the paths."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)

from tests.conftest import SAMPLE
from tests.downstream.test_network_natural_earth import outlets
from tmf_plugin.core.geodesy import WGS84, distance_area

MEASURE = distance_area()


@pytest.fixture(scope="module")
def network(tmf_processing):
    import processing

    return processing.run("tmf:buildrivernetwork", {
        "INPUT": str(SAMPLE / "rivers.gpkg"), "NAME_FIELD": "name", "SNAP_TOLERANCE_M": 1000, "ORIENTATION": 1,
        "OUTLETS": outlets(), "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def trace(network, distance_m: float, max_km: float):
    import processing

    return processing.run("tmf:tracedownstream", {
        "INPUT": str(SAMPLE / "tmf_inventory.gpkg"), "RIVERS": network, "SNAP_DISTANCE_M": 50000,
        "MAX_DISTANCE_KM": max_km, "RECEPTORS": str(SAMPLE / "places.gpkg"), "RECEPTOR_DISTANCE_M": distance_m,
        "POPULATION_FIELD": "POP_MAX", "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT", "OUTPUT_PATHS": "TEMPORARY_OUTPUT",
        "OUTPUT_RECEPTORS": "TEMPORARY_OUTPUT"})


def geodesic_nearest(place: QgsPointXY, steps: list) -> tuple[float, float]:
    """(distance m, km along the flow) of the nearest point of a path to a place, in an azimuthal equidistant
    projection centred on the place itself, where every distance from the centre is the geodesic one."""
    crs = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=aeqd +lat_0={place.y():.8f} +lon_0={place.x():.8f} +datum=WGS84 +units=m +no_defs")
    to_aeqd = QgsCoordinateTransform(WGS84, crs, QgsCoordinateTransformContext())
    from_aeqd = QgsCoordinateTransform(crs, WGS84, QgsCoordinateTransformContext())
    best = None
    origin = QgsPointXY(0, 0)
    for step in steps:
        line = QgsGeometry(step.geometry()).densifyByDistance(0.002)  # lon/lat-straight segments, curved in aeqd
        line.transform(to_aeqd)
        distance, nearest, after, _ = line.closestSegmentWithContext(origin)
        distance = distance**0.5
        if best is None or distance < best[0]:
            back = from_aeqd.transform(nearest)
            vertices = [from_aeqd.transform(p) for p in line.asPolyline()[:after]]
            along = MEASURE.measureLine(vertices + [back]) / 1000.0 if vertices else 0.0
            best = (distance, step["from_km"] + along)
    return best


@pytest.mark.parametrize(("distance_m", "max_km"), [(5000, 100), (20000, 300)])
def test_receptors_equal_an_independent_geodesic_computation(network, distance_m, max_km):
    result = trace(network, distance_m, max_km)
    places = QgsVectorLayer(str(SAMPLE / "places.gpkg"), "places", "ogr")
    paths: dict[str, list] = {}
    for feature in result["OUTPUT_PATHS"].getFeatures():
        paths.setdefault(feature["tmf_id"], []).append(feature)
    found: dict[str, dict] = {}
    for feature in result["OUTPUT_RECEPTORS"].getFeatures():
        found.setdefault(feature["tmf_id"], {})[feature["receptor"]] = feature
    summary = {f["tmf_id"]: f for f in result["OUTPUT_SUMMARY"].getFeatures()}
    checked, worst_m, worst_km = 0, 0.0, 0.0
    for tmf_id, steps in paths.items():
        box = QgsGeometry.unaryUnion([s.geometry() for s in steps]).boundingBox()
        box.grow(distance_m / 50000.0)  # more than the distance in degrees at these latitudes
        expected = {}
        for place in places.getFeatures(box):
            distance, km = geodesic_nearest(place.geometry().asPoint(), steps)
            if abs(distance - distance_m) < 1.0:
                pytest.fail(f"{place['NAME']} is within a metre of the limit; choose another distance")
            if distance <= distance_m:
                expected[place["NAME"]] = (distance, km, place["POP_MAX"])
        got = found.get(tmf_id, {})
        assert set(got) == set(expected), tmf_id
        for name, (distance, km, population) in expected.items():
            assert got[name]["dist_m"] == pytest.approx(distance, rel=0.005, abs=1.0), (tmf_id, name)
            assert got[name]["km_downstream"] == pytest.approx(km, rel=0.02, abs=0.05), (tmf_id, name)
            assert got[name]["population"] == population, (tmf_id, name)
            worst_m = max(worst_m, abs(got[name]["dist_m"] - distance))
            worst_km = max(worst_km, abs(got[name]["km_downstream"] - km))
        row = summary[tmf_id]
        assert row["receptors_n"] == len(expected)
        assert row["population"] == sum(p for _, _, p in expected.values())
        if expected:
            first = min(expected, key=lambda n: expected[n][1])
            assert row["first_receptor_km"] == pytest.approx(expected[first][1], rel=0.02, abs=0.05)
        checked += len(expected)
    assert len(paths) > 40
    print(f"{len(paths)} paths, {checked} receptors compared, largest differences {worst_m:.2f} m from the path, "
          f"{worst_km:.4f} km along the flow")
    assert checked >= (10 if distance_m == 5000 else 40), checked  # the comparison is not vacuous
