"""The corridors' local projections made from one template operation transform exactly as their own CRSs do."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lon, lat", [(66.2, 48.7), (-120.4, 38.1), (151.2, -33.9), (10.0, 69.8), (0.2, -0.2)])
def test_template_transforms_equal_those_of_the_cell_crs(qgis_app, lon, lat):
    from qgis.core import QgsGeometry, QgsPointXY

    from tmf_plugin.core.geodesy import WGS84, local_equidistant, local_equidistant_transforms, transform

    local_equidistant_transforms(QgsPointXY(30.0, 30.0))  # the template comes from another cell
    centre = QgsPointXY(lon, lat)
    to_local, from_local = local_equidistant_transforms(centre)
    crs = local_equidistant(centre)
    line = QgsGeometry.fromPolylineXY([QgsPointXY(lon + 0.01 * i, lat + 0.007 * (i % 5)) for i in range(60)])
    ours, theirs = QgsGeometry(line), QgsGeometry(line)
    ours.transform(to_local)
    theirs.transform(transform(WGS84, crs))
    assert ours.asWkb() == theirs.asWkb()
    assert not ours.equals(line)  # it did project
    back_ours, back_theirs = ours.buffer(500.0, 12), theirs.buffer(500.0, 12)
    back_ours.transform(from_local)
    back_theirs.transform(transform(crs, WGS84))
    assert back_ours.asWkb() == back_theirs.asWkb()
