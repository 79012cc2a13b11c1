"""Every user-facing string is translated into Russian and Kazakh, and the live panel follows the language."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT

LANGUAGES = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|<[^>]+>")


def _ts(language: str) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) for the plugin's context in one .ts file."""
    root = ET.parse(ROOT / "i18n" / f"tmf_safety_{language}.ts").getroot()
    messages = {}
    for context in root.iter("context"):
        assert context.findtext("name") == "TmfSafety"
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            messages[message.findtext("source")] = (translation.text or "", finished)
    return messages


def _tr_literals() -> dict[str, str]:
    """Every literal passed to tr(...) in the plugin package, with where it is."""
    found = {}
    for path in sorted((ROOT / "tmf_plugin").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "tr"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_tr_is_only_given_literals():
    """pylupdate5 finds only literal strings: tr(variable) would be shown untranslated."""
    calls = []
    for path in sorted((ROOT / "tmf_plugin").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "tr"
                    and not (node.args and isinstance(node.args[0], ast.Constant))):
                calls.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert calls == []


def test_every_string_is_translated_in_both_languages():
    literals = _tr_literals()
    assert len(literals) > 20
    tables = {language: _ts(language) for language in LANGUAGES}
    assert set(tables["ru"]) == set(tables["kk"])
    for language, table in tables.items():
        missing = sorted(f"{where}: {text!r}" for text, where in literals.items() if text not in table)
        assert missing == [], f"not in {language}.ts (run make translations): {missing[:10]}"
        unfinished = sorted(source for source, (text, finished) in table.items() if not finished or not text.strip())
        assert unfinished == [], f"unfinished in {language}.ts: {unfinished[:10]}"
        for source, (text, _) in table.items():
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (language, source)
            if len(source) > 12 and re.search("[A-Za-z]{4}", PLACEHOLDER.sub("", source)):
                assert text != source, f"{language}: left in English: {source!r}"


@pytest.mark.parametrize("language, letters", [("ru", "[а-яё]"), ("kk", "[әғқңөұүһі]")])
def test_live_panel_speaks_the_chosen_language(qgis_app, qgis_iface, language, letters):
    from qgis.core import QgsSettings

    from tmf_plugin import i18n
    from tmf_plugin.ui.dock import TmfSafetyDock

    settings = QgsSettings()
    settings.setValue(i18n.SETTINGS_KEY, language)
    try:
        assert i18n.install_translator() == language
        dock = TmfSafetyDock(qgis_iface, qgis_iface.mainWindow())
        titles = dock.section_titles()
        expected = [i18n.translate_to(language, t) for t in
                    ("Inventory", "Downstream water bodies", "Transboundary", "Map sheets")]
        assert titles == expected
        assert all(re.search(letters, title.lower()) for title in titles), titles  # Kazakh-only letters for kk
        assert dock.windowTitle() == i18n.translate_to(language, "TMF Safety")
        dock.shutdown()
        dock.deleteLater()
    finally:
        settings.remove(i18n.SETTINGS_KEY)
        i18n.remove_translator()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_algorithm_has_processing_help_in_the_language(tmf_processing, language):
    """The help beside each Processing dialog exists in Russian and Kazakh and names the same fields and values."""
    code = re.compile(r"<code>(.*?)</code>", re.S)
    for algorithm in tmf_processing.algorithms():
        english = (ROOT / "resources" / "help" / f"{algorithm.name()}.en.html").read_text(encoding="utf-8")
        path = ROOT / "resources" / "help" / f"{algorithm.name()}.{language}.html"
        assert path.exists(), f"no {language} help for tmf:{algorithm.name()}"
        text = path.read_text(encoding="utf-8")
        assert len(re.findall("[а-яёәғқңөұүһі]", text.lower())) > len(text) / 4, path.name
        assert sorted(code.findall(text)) == sorted(code.findall(english)), path.name


def test_tb_reason_names_the_countries_in_the_users_language(qgis_app):
    from tmf_plugin import i18n
    from tmf_plugin.transboundary.flags import Evidence, reason

    evidence = Evidence(country="Kazakhstan", near_km=10.0, nearest=("Tobol", 0.9), traced=True,
                        reached=("Tobol", 0.9), border=(176.0, "Russia"), traced_km=176.0)
    assert "leaves Kazakhstan for Russia after 176" in reason(evidence)
    try:
        assert i18n.install_translator("ru") == "ru"
        russian = reason(evidence)
        assert "из страны Казахстан в страну Россия" in russian and "реки Тобол" in russian, russian
        assert evidence.country == "Kazakhstan"  # the evidence (and the receiving_country field) keep the data's name
    finally:
        i18n.remove_translator()
