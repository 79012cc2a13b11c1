"""Building a routable network from plain lines: junctions, gaps, orientation, and what cannot be resolved."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from tmf_plugin.downstream.builder import build_network

UTM = "EPSG:32642"
X0, Y0 = 500000.0, 5000000.0

# name, vertices in km from (X0, Y0), digitised as a careless editor would
LINES = [
    ("Main", [(0, 0), (0, 100)]),  # digitised from the mouth upstream
    ("East", [(0, 50), (30, 80)]),  # tributary digitised from the confluence upstream
    ("West", [(-20, 30), (-0.3, 30)]),  # tributary stopping 300 m short of Main
    ("Lone", [(100, 20), (110, 20)]),  # touches nothing
    ("Split", [(0, 100), (10, 110)]),  # two channels around an island: a braid
    ("Split", [(0, 100), (-5, 105), (10, 110)]),
    ("Head", [(10, 130), (10, 110)]),
    ("Closed", [(200, 20), (200, 30)]),  # its own basin without an outlet
    ("Closed", [(200, 30), (210, 30)]),
]


def km(x: float, y: float) -> QgsPointXY:
    return QgsPointXY(X0 + x * 1000, Y0 + y * 1000)


def lines_layer(lines=LINES) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"LineString?crs={UTM}&field=river:string", "lines", "memory")
    features = []
    for name, coords in lines:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([km(x, y) for x, y in coords]))
        feature.setAttributes([name])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def outlet_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Point?crs={UTM}&field=name:string", "outlets", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(km(0, -0.2)))
    feature.setAttributes(["Mouth"])
    layer.dataProvider().addFeatures([feature])
    return layer


def utm_end(edge) -> tuple[float, float]:
    """(x, y) in km of the downstream end of a built reach."""
    points = list(reversed(edge.points)) if edge.reversed else edge.points
    to_utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(UTM),
                                    QgsProject.instance())
    p = to_utm.transform(points[-1])
    return round((p.x() - X0) / 1000, 2), round((p.y() - Y0) / 1000, 2)


def by_name(result, name):
    return [e for e in result.edges if e.name == name]


@pytest.fixture()
def built(qgis_app):
    return build_network(lines_layer(), name_field="river", tolerance_m=500, orientation="outlets",
                         outlets=outlet_layer(), edge_outlets=False)


def test_main_stem_is_split_at_both_confluences_and_flows_to_the_mouth(built):
    main = sorted(by_name(built, "Main"), key=lambda e: utm_end(e)[1])
    assert [utm_end(e) for e in main] == [(0, 0), (0, 30), (0, 50)]
    assert [e.next_down for e in main] == [0, main[0].hyriv_id, main[1].hyriv_id]
    assert [e.length_km for e in main] == [pytest.approx(v, rel=0.001) for v in (30, 20, 50)]
    assert {e.main_riv for e in main} == {main[0].hyriv_id}
    assert [e.dist_dn_km for e in main] == [0, pytest.approx(30, rel=0.001), pytest.approx(50, rel=0.001)]
    # Strahler: Head (1) feeds the two Split channels (1 each), which meet at the top of Main: 2; East (1) joins: 2
    assert [e.order for e in main] == [2, 2, 2]
    assert {e.order for e in by_name(built, "East") + by_name(built, "Head")} == {1}


def test_tributaries_join_the_right_reach(built):
    main = sorted(by_name(built, "Main"), key=lambda e: utm_end(e)[1])
    (east,) = by_name(built, "East")
    (west,) = by_name(built, "West")
    assert utm_end(east) == (0, 50) and east.next_down == main[1].hyriv_id
    assert east.dist_dn_km == pytest.approx(50, rel=0.001)
    assert east.length_km == pytest.approx(42.43, rel=0.001)
    assert utm_end(west) == (0, 30) and west.next_down == main[0].hyriv_id  # the 300 m gap was closed
    assert not east.issues and not west.issues and not any(e.issues for e in by_name(built, "Main"))


def test_braid_flagged_once_and_headwater_flows_through(built):
    split = by_name(built, "Split")
    assert sorted(bool(e.issues) for e in split) == [False, True]
    assert all(utm_end(e) == (0, 100) for e in split)
    (head,) = by_name(built, "Head")
    assert utm_end(head) == (10, 110) and head.next_down in {e.hyriv_id for e in split}
    main_top = max(by_name(built, "Main"), key=lambda e: utm_end(e)[1])
    assert all(e.next_down == main_top.hyriv_id for e in split)


def test_unresolved_pieces_are_reported(built):
    (lone,) = by_name(built, "Lone")
    closed = by_name(built, "Closed")
    assert lone.issues == ["isolated"]
    assert [e.issues for e in closed] == [["no outlet"], ["no outlet"]]
    assert sum("No outlet" in p for p in built.problems) == 2
    assert built.component_count == 3


def test_digitised_direction(qgis_app):
    result = build_network(lines_layer(), name_field="river", tolerance_m=500, orientation="digitised")
    main = sorted(by_name(result, "Main"), key=lambda e: e.dist_dn_km, reverse=True)
    assert not any(e.reversed for e in result.edges)
    bottom = [e for e in by_name(result, "Main") if utm_end(e) == (0, 30)]
    middle = [e for e in by_name(result, "Main") if utm_end(e) == (0, 50)]
    assert bottom[0].next_down == middle[0].hyriv_id  # flows north as drawn
    assert main


def write_dem(folder) -> str:
    """A plane rising 1 m per 100 m northward, as an ASCII grid in UTM 42N: everything runs south."""
    cols, rows, cell = 60, 80, 5000
    x0, y0 = X0 - 150000, Y0 - 100000
    lines = [f"ncols {cols}", f"nrows {rows}", f"xllcorner {x0}", f"yllcorner {y0}", f"cellsize {cell}",
             "NODATA_value -9999"]
    for r in range(rows):
        y = y0 + (rows - r - 0.5) * cell
        lines.append(" ".join(f"{(y - y0) / 100:.2f}" for _ in range(cols)))
    (folder / "dem.asc").write_text("\n".join(lines))
    (folder / "dem.prj").write_text(QgsCoordinateReferenceSystem(UTM).toWkt())
    return str(folder / "dem.asc")


def test_dem_orientation(qgis_app, tmp_path):
    dem = QgsRasterLayer(write_dem(tmp_path), "dem")
    assert dem.isValid()
    subset = [line for line in LINES if line[0] in ("Main", "East", "West")]
    result = build_network(lines_layer(subset), name_field="river", tolerance_m=500, orientation="dem", dem=dem)
    main = sorted(by_name(result, "Main"), key=lambda e: utm_end(e)[1])
    assert [utm_end(e) for e in main] == [(0, 0), (0, 30), (0, 50)]
    assert main[0].next_down == 0 and main[2].next_down == main[1].hyriv_id
    assert utm_end(by_name(result, "East")[0]) == (0, 50)


def test_a_lake_the_river_ends_in_beats_a_bigger_lake_it_flows_through(qgis_app):
    # A river drawn upstream (mouth first) through a big reservoir (30 x 30 km) into a small terminal lake (4 x 4 km).
    lines = [("River", [(0, 0), (0, 40)]), ("River", [(0, 40), (0, 70)]), ("River", [(0, 70), (0, 120)])]
    lakes = QgsVectorLayer(f"Polygon?crs={UTM}&field=name:string", "lakes", "memory")
    features = []
    for name, (x0, y0, x1, y1) in (("Terminal", (-2, -2, 2, 2)), ("Reservoir", (-15, 40, 15, 70))):
        feature = QgsFeature(lakes.fields())
        feature.setGeometry(QgsGeometry.fromPolygonXY([[km(x0, y0), km(x1, y0), km(x1, y1), km(x0, y1)]]))
        feature.setAttributes([name])
        features.append(feature)
    lakes.dataProvider().addFeatures(features)
    result = build_network(lines_layer(lines), name_field="river", tolerance_m=500, orientation="outlets",
                           outlets=lakes, edge_outlets=False)
    ends = sorted(utm_end(e) for e in result.edges)
    assert ends == [(0, 0), (0, 40), (0, 70)]  # everything flows south into the terminal lake
    assert any("Reservoir" in p and "Terminal" in p for p in result.problems)


def test_dem_orientation_through_processing(tmf_processing, tmp_path):
    import processing

    subset = [line for line in LINES if line[0] in ("Main", "East")]
    result = processing.run("tmf:buildrivernetwork", {
        "INPUT": lines_layer(subset), "NAME_FIELD": "river", "SNAP_TOLERANCE_M": 500, "ORIENTATION": 2,
        "DEM": write_dem(tmp_path), "OUTPUT": "TEMPORARY_OUTPUT"})
    reaches = list(result["OUTPUT"].getFeatures())
    assert len(reaches) == 3
    # every reach is written in flow direction, so each ends lower (further south) than it starts
    assert all(f.geometry().asPolyline()[0].y() > f.geometry().asPolyline()[-1].y() for f in reaches)
    assert sorted(f["NEXT_DOWN"] for f in reaches).count(0) == 1


def test_dem_orientation_needs_a_dem(tmf_processing):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="DEM"):
        processing.run("tmf:buildrivernetwork",
                       {"INPUT": lines_layer(), "ORIENTATION": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
