"""Builders shared by the downstream tests: a HydroRIVERS-schema network in UTM with known lengths, and facilities."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

UTM = QgsCoordinateReferenceSystem("EPSG:32642")
X0, Y0 = 500000.0, 5000000.0
MAIN_KM, MAIN_STEP = 400, 4  # main stem 400 km long in 4 km reaches, flowing south
TRIB_KM, TRIB_STEP, TRIB_EVERY = 30, 3, 40  # tributaries from the east every 40 km, 3 km reaches


# (tmf_id, km west of the main stem, km above its mouth): the snap distance is 5 km
OFFSETS = [("K-01", 0.5, 300), ("K-02", 1.5, 250), ("K-03", 3.0, 220), ("K-04", 4.5, 330), ("K-05", 4.9, 160),
           ("K-06", 5.2, 200), ("K-07", 6.0, 280), ("K-08", 8.0, 310)]


def utm(x_km: float, y_km: float) -> QgsPointXY:
    return QgsPointXY(X0 + x_km * 1000, Y0 + y_km * 1000)


def write_network(path: str) -> str:
    """HydroRIVERS-like GeoPackage in EPSG:4326 without names, reaches digitised downstream."""
    fields = QgsFields()
    for name, kind in (("HYRIV_ID", QVariant.LongLong), ("NEXT_DOWN", QVariant.LongLong),
                       ("MAIN_RIV", QVariant.LongLong), ("LENGTH_KM", QVariant.Double), ("ORD_STRA", QVariant.Int)):
        fields.append(QgsField(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "rivers"
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.MultiLineString, wgs84,
                                        QgsProject.instance().transformContext(), options)
    to_wgs = QgsCoordinateTransform(UTM, wgs84, QgsProject.instance())
    count = MAIN_KM // MAIN_STEP
    features = []

    def add(reach_id, next_id, a, b, order):
        feature = QgsFeature(fields)
        line = [to_wgs.transform(utm(*a)), to_wgs.transform(utm(*((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))),
                to_wgs.transform(utm(*b))]
        feature.setGeometry(QgsGeometry.fromMultiPolylineXY([line]))
        feature.setAttributes([reach_id, next_id, count, math.dist(a, b), order])
        features.append(feature)

    for i in range(count):  # id 1 at the top, id `count` at the mouth
        top = MAIN_KM - i * MAIN_STEP
        add(i + 1, 0 if i + 1 == count else i + 2, (0, top), (0, top - MAIN_STEP), 3)
    reach_id = 1000
    for junction in range(TRIB_EVERY, MAIN_KM, TRIB_EVERY):
        receiving = (MAIN_KM - junction) // MAIN_STEP + 1  # the main reach that starts at the junction
        pieces = TRIB_KM // TRIB_STEP
        for j in range(pieces):
            start = TRIB_KM - j * TRIB_STEP
            add(reach_id + j, receiving if j == pieces - 1 else reach_id + j + 1, (start, junction),
                (start - TRIB_STEP, junction), 1)
        reach_id += 100
    writer.addFeatures(features)
    del writer  # closes the file
    return path


def facilities_layer(extra=()) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=tmf_id:string&field=volume_m3:double&field=dam_height_m:double",
                           "facilities", "memory")
    to_3857 = QgsCoordinateTransform(UTM, QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    features = []
    for tmf_id, x_km, y_km, *dam in [(i, -w, y) for i, w, y in OFFSETS] + list(extra):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(to_3857.transform(utm(x_km, y_km))))
        feature.setAttributes([tmf_id, *(dam or [None, None])])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def facilities_file(tmp_path) -> str:
    path = str(tmp_path / "facilities.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    context = QgsProject.instance().transformContext()
    error = QgsVectorFileWriter.writeAsVectorFormatV2(facilities_layer(), path, context, options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError
    return path
