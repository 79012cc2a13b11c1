"""Fixed texts printed on map sheets, translated into the sheet's own language (en, ru or kk)."""

from __future__ import annotations

from ..i18n import translate_to

# The sheet language is a parameter of the export, not the QGIS interface locale: staff print Kazakh sheets from an
# English QGIS. The texts are in the plugin's translation files like every other string, and are translated with
# the sheet language's translator at the moment a sheet is drawn.
LANGUAGES = ("en", "ru", "kk")


def tr(text: str) -> str:
    """Mark a sheet text for the translation files (`make translations` looks for tr); `text()` translates it."""
    return text


TEXTS: dict[str, str] = {
    "default_title": tr("Tailings management facilities of Kazakhstan"),
    "sheet_n_of_m": tr("Sheet {n} of {m}"),
    "overview_heading": tr("Overview: {count} facilities"),
    "facility_heading": tr("Facility {id}: {name}"),
    "region_heading": tr("Region: {name}"),
    "legend": tr("Legend"),
    "location": tr("Location in Kazakhstan"),
    "km": tr("km"),
    "north": tr("N"),
    # Graticule labels of Russian and Kazakh sheets ("76° в.д."); English sheets keep QGIS's own 76°E.
    "longitude_east": tr("E of Greenwich (graticule label)"),
    "latitude_north": tr("N latitude (graticule label)"),
    "facilities": tr("Tailings facilities, transboundary flag"),
    "flag_high": tr("high"),
    "flag_medium": tr("medium"),
    "flag_none": tr("none"),
    "flag_unknown": tr("not assessed"),
    "size_by_thi": tr("Size: THI (hazard index)"),  # the size legend does not wrap: keep it short
    "paths": tr("Downstream path"),
    "corridors": tr("Downstream water-body corridor"),
    "rivers": tr("Rivers"),
    "lakes": tr("Lakes and reservoirs"),
    "countries": tr("State borders"),
    "other_countries": tr("Neighbouring countries"),
    "regions": tr("Region boundaries"),
    "places": tr("Settlements"),
    "receptors": tr("Settlements downstream"),
    "col_receptors": tr("Downstream: settlements (population)"),
    "col_first_receptor": tr("First downstream, km"),
    "col_id": tr("ID"),
    "col_name": tr("Name"),
    "col_operator": tr("Operator"),
    "col_region": tr("Region"),
    "col_thi": tr("THI"),
    "col_flag": tr("Transb. flag"),
    "col_river": tr("Transb. river"),
    "col_dist": tr("To river, km"),
    "col_downstream": tr("Along flow, km"),
    "col_border": tr("To border, km"),
    "col_country": tr("Receiving country"),
    "table_title": tr("Facilities on this sheet"),
    "table_title_top": tr("Facilities: {shown} of {total}, highest flag and THI first"),
    "table_title_all": tr("All {total} facilities, highest flag and THI first"),
    "overview_continued": tr("Overview: facilities, continued"),
    "incomplete": tr("incomplete"),
    "sources": tr("Sources"),
    "natural_earth": tr("Made with Natural Earth (public domain): {layers}"),
    "hydrosheds": tr("HydroSHEDS (WWF; Lehner & Grill 2013): {layers}"),
    "other_source": tr("{layers}: «{name}»"),
    "inventory_source": tr("Facilities: TMF inventory «{name}»; flags by TMF Safety for QGIS"),
    "inventory_source_unnamed": tr("Facilities: TMF inventory; flags by TMF Safety for QGIS"),
    "other_source_unnamed": tr("{layers}: data supplied by the user"),
    "disclaimer": tr(
        "Boundaries and names shown are not authoritative and do not imply official endorsement or acceptance."),
    "made_on": tr("Made {date}"),
}

DATE_FORMATS = {"en": "%Y-%m-%d", "ru": "%d.%m.%Y", "kk": "%d.%m.%Y"}


def text(language: str, key: str, **values) -> str:
    """The sheet text `key` in `language` (English when the language is unknown), with placeholders filled."""
    template = translate_to(language, TEXTS[key]) if language in LANGUAGES else TEXTS[key]
    return template.format(**values) if values else template


def date_text(language: str, when) -> str:
    """'Made <date>' in the sheet language, the date written the way readers of that language expect."""
    return text(language, "made_on", date=when.strftime(DATE_FORMATS.get(language, DATE_FORMATS["en"])))


def country_name(language: str, name: str) -> str:
    """A country's name in the sheet language when the gazetteer knows it, else as the data spells it."""
    from ..core.gazetteer import default_gazetteer

    return default_gazetteer().lookup("country", name, language) or name
