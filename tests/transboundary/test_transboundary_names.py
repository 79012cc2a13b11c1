"""River names across spellings, transliterations and spacing, and the user's list of transboundary rivers."""

from __future__ import annotations

import pytest

from tmf_plugin.core.names import name_key
from tmf_plugin.transboundary.names import DEFAULT_NAMES, NameList, river_group, split_names


@pytest.mark.parametrize("spelling, river", [
    ("Irtysh", "Irtysh"), ("Ertis", "Irtysh"), ("Ertix", "Irtysh"), ("Иртыш", "Irtysh"), ("Ертіс", "Irtysh"),
    ("Ili", "Ili"), ("Ile", "Ili"), ("Іле", "Ili"),
    ("Ishim", "Ishim"), ("Esil", "Ishim"), ("Есіл", "Ishim"),
    ("Syr Darya", "Syr Darya"), ("Syr  Darya", "Syr Darya"), ("Syrdarya", "Syr Darya"), ("Syr-Darya", "Syr Darya"),
    ("Сырдарья", "Syr Darya"), ("Ural River", "Ural"), ("Жайық", "Ural"), ("Zhaiyk", "Ural"),
    ("Chu", "Chu"), ("Shu", "Chu"), ("Khorgos", "Khorgos"), ("Қорғас", "Khorgos"),
    ("Bolshoy Uzen", "Bolshoy Uzen"), ("Караозен", "Bolshoy Uzen"), ("Maly Uzen", "Maly Uzen"),
])
def test_spellings_of_one_river_share_a_group(spelling, river):
    assert river_group(spelling) == river


def test_different_rivers_stay_apart():
    groups = {river_group(n) for n in ("Tobol", "Tom’", "Talas", "Chulym", "Chu", "Ural", "Uzen", "Ob", "Ili")}
    assert len(groups) == 9
    assert river_group("Bolshoy Uzen") != river_group("Maly Uzen")


def test_keys_ignore_case_spaces_accents_and_river_words():
    assert name_key("  SYR   darya ") == name_key("Syr-Darya") == "syrdarya"
    assert name_key("Künes") == "kunes"
    assert name_key("Ural River") == name_key("r. Ural") == "ural"
    assert name_key(None) == "" and name_key("") == ""


def test_the_default_list_covers_the_spec_rivers_and_matches_any_spelling():
    names = NameList(DEFAULT_NAMES)
    assert len(names) == 12
    for feature_name in ("Ertix", "Ertis", "Ile", "Esil", "Syr  Darya", "Tobol", "Shu", "Talas", "Emel", "Ural"):
        assert names.matches(feature_name), feature_name
    assert names.matches("Nura") is None and names.matches("Ob") is None
    assert names.matches(None, "", "Irtysh") == "Irtysh"  # name_alt may hold the spelling on the list


def test_user_lists_with_other_separators_and_new_rivers():
    assert split_names("Irtysh/Ertis; Nura\nSary Su,,") == ["Irtysh", "Ertis", "Nura", "Sary Su"]
    names = NameList("Nura, Иртыш")
    assert names.matches("Nura") == "nura" and names.matches("Ertix") == "Irtysh"
    assert NameList("").matches("Irtysh") is None
