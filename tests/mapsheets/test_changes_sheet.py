"""SHEETS=changes: one overview sheet of what changed in the inventory (map and table), in en, ru and kk."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE
from tests.inventory.test_compare_inventories import NEW_CSV, OLD_CSV
from tests.mapsheets.test_mapsheets import SHEET_OF, ink, needs_poppler, pdf_pages, pdf_text, render_page

HEADINGS = {"en": "Changes: 1 added, 1 removed, 3 changed, 2 unchanged",
            "ru": "Изменения: добавлено 1, исключено 1, изменено 3, без изменений 2",
            "kk": "Өзгерістер: 1 қосылды, 1 алынып тасталды, 3 өзгерді, 2 өзгеріссіз"}
WORDS = {"en": ("added", "removed", "changed", "unmatched"), "ru": ("добавлен", "исключён", "изменён", "без ID"),
         "kk": ("қосылған", "алынып тасталған", "өзгерген", "ID жоқ")}


@pytest.fixture(scope="module")
def changes(tmf_processing, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("changes")
    old, new = (processing.run("tmf:importinventory", {"INPUT": str(path), "OUTPUT": str(folder / f"{path.stem}.gpkg")})
                ["OUTPUT"] for path in (OLD_CSV, NEW_CSV))
    return processing.run("tmf:compareinventories", {"OLD": old, "NEW": new,
                                                     "OUTPUT": str(folder / "changes.gpkg")})["OUTPUT"]


@needs_poppler
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_changes_sheet_has_map_heading_and_table(changes, language, tmp_path, output_dir):
    import processing

    result = processing.run("tmf:exportmapsheets", {
        "INPUT": changes, "SHEETS": "changes", "LANGUAGE": language, "SUBTITLE": "2026-12-02", "DPI": 80,
        "OUTPUT_FOLDER": str(tmp_path)})
    files = result["FILES"].split(";")
    assert [p.split("/")[-1] for p in files] == [f"changes_{language}.pdf"]
    pdf = tmp_path / f"changes_{language}.pdf"
    assert pdf_pages(pdf) == 1
    text = " ".join(pdf_text(pdf).split())
    assert HEADINGS[language] in text, text[:600]
    for key in ("KZ-02", "KZ-03", "KZ-05", "KZ-06", "KZ-07", "volume_m3, location", "operator", "500."):
        assert key in text, key
    for word in WORDS[language]:
        assert word in text, word
    assert SHEET_OF[language].format(n=1, m=1) in text
    # Unchanged facilities are on the map but not in the table: their IDs are not printed (labels are off for them).
    assert "KZ-01" not in text and "KZ-04" not in text
    share, colours = ink(render_page(pdf, 1, output_dir / f"changes_sheet_{language}.png"))
    assert share > 0.05 and colours > 20


@needs_poppler
@pytest.mark.parametrize("language", ["en", "kk"])
def test_changes_table_continues_until_every_change_is_listed(tmf_processing, language, tmp_path):
    """The sample pair has more changes than one A4 page holds: the table runs on, each page numbered."""
    import processing
    from qgis.core import QgsVectorLayer

    old, new = (processing.run("tmf:importinventory", {"INPUT": str(SAMPLE / f"{stem}.csv"),
                                                       "OUTPUT": str(tmp_path / f"{stem}.gpkg")})["OUTPUT"]
                for stem in ("tmf_inventory_messy", "tmf_inventory_next_meeting"))
    changes = processing.run("tmf:compareinventories", {"OLD": old, "NEW": new,
                                                        "OUTPUT": str(tmp_path / "changes.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(changes, "changes", "ogr")
    listed = [f for f in layer.getFeatures() if f["change"] != "unchanged"]
    assert len(listed) == 21
    # The table's order: added, removed, changed, unmatched (without an ID), then by ID.
    rank = {"added": 0, "removed": 1, "changed": 2, "unmatched": 3}
    ordered = [str(f["tmf_id"]) for f in sorted(listed, key=lambda f: (rank[f["change"]], str(f["tmf_id"])))
               if f["change"] != "unmatched"]
    unchanged = sorted(str(f["tmf_id"]) for f in layer.getFeatures() if f["change"] == "unchanged")
    processing.run("tmf:exportmapsheets", {"INPUT": changes, "SHEETS": "changes", "LANGUAGE": language,
                                           "PAPER": "A4", "DPI": 60, "OUTPUT_FOLDER": str(tmp_path / "sheets")})
    pdf = tmp_path / "sheets" / f"changes_{language}.pdf"
    pages = pdf_pages(pdf)
    assert pages >= 2
    texts = [" ".join(pdf_text(pdf, page).split()) for page in range(1, pages + 1)]
    for number, page_text in enumerate(texts, start=1):
        assert SHEET_OF[language].format(n=number, m=pages) in page_text, (number, page_text[:300])
    first = {"en": "All 21 changes, added and removed", "kk": "Барлық өзгерістер (21)"}[language]
    assert first in texts[0]
    continued = {"en": "Inventory changes, continued", "kk": "Тізбедегі өзгерістер (жалғасы)"}[language]
    assert all(continued in page_text for page_text in texts[1:])
    everything = " ".join(texts)
    assert not [tmf_id for tmf_id in unchanged if tmf_id in everything]
    # Page 1 lists the first rows (its map may label others); the further pages list exactly all the rest.
    further = " ".join(texts[1:])
    tail = [tmf_id for tmf_id in ordered if tmf_id in further]
    assert tail and tail == ordered[len(ordered) - len(tail):], tail
    assert all(tmf_id in texts[0] for tmf_id in ordered[:len(ordered) - len(tail)])
    assert all(further.count(tmf_id) == 1 for tmf_id in tail)


def test_changes_sheet_refuses_a_layer_without_change(tmf_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    from tests.mapsheets.test_mapsheets import FACILITIES

    with pytest.raises(QgsProcessingException, match="tmf:compareinventories"):
        processing.run("tmf:exportmapsheets", {"INPUT": str(FACILITIES), "SHEETS": "changes",
                                               "OUTPUT_FOLDER": str(tmp_path)})
    assert list(tmp_path.iterdir()) == []
