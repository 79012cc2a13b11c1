"""Hostile files chosen in the Inventory panel: the preview says what is wrong, the background import ends with
the problem in the status line and the message bar, and the panel is ready for the next file."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsProject

from tests.conftest import fresh_section
from tests.helpers import wait_for
from tests.inventory.conftest import CASES, write_catalogue

SHOWN = ["empty.csv", "random_bytes.csv", "one_megabyte_cell.csv", "truncated.geojson", "header_only.csv"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return write_catalogue(tmp_path_factory.mktemp("hostile_panel"))


@pytest.fixture()
def section(qgis_iface, tmf_processing):
    from tmf_plugin.inventory.panel import InventorySection

    with fresh_section(InventorySection, qgis_iface) as widget:
        yield widget


@pytest.mark.parametrize("name", SHOWN)
def test_a_hostile_file_is_explained_in_the_panel(section, qgis_iface, hostile, name):
    path = hostile / name
    qgis_iface.messageBar().clear_messages()
    section.file.setFilePath(str(path))
    note = section.source_note.text()
    assert name in note and "Traceback" not in note, note
    for word in CASES[name].says:
        assert word.lower() in note.lower(), note
    section.run_button.click()
    wait_for(lambda: section.run is None)
    status = section.status.text()
    assert name in status and "Traceback" not in status, status
    critical = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert critical and name in critical[-1], "the message bar does not name the file"
    assert section.workflow.layer("facilities") is None  # nothing half-made is published
    assert section.run_button.isEnabled()
    # The panel goes on with a good file straight away.
    good = hostile / "utf16_bom.csv"
    section.file.setFilePath(str(good))
    section.run_button.click()
    wait_for(lambda: section.run is None)
    assert section.workflow.layer("facilities").featureCount() == CASES["utf16_bom.csv"].placed


def test_cancelling_a_long_import_publishes_nothing(section, qgis_iface, hostile):
    section.file.setFilePath(str(hostile / "twenty_thousand_rows.csv"))
    section.run_button.click()
    assert section.cancel_button.isEnabled()
    section.cancel_button.click()
    wait_for(lambda: section.run is None)
    assert section.workflow.layer("facilities") is None
    assert not [layer for layer in QgsProject.instance().mapLayers().values() if layer.featureCount() > 0]
    assert section.run_button.isEnabled()
