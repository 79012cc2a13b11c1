"""Translation of user-facing text: one context for the whole plugin, and the locale it follows."""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import i18n_dir

CONTEXT = "TmfSafety"
LANGUAGES = ("en", "ru", "kk")
SETTINGS_KEY = "tmf_safety/language"

_installed: list[QTranslator] = []
_by_language: dict[str, QTranslator | None] = {}
_current = ["en"]  # the language of the installed translator: what tr() speaks


def tr(text: str) -> str:
    """Translate a user-facing string into the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def country_label(name: str) -> str:
    """A country as the data names it (Natural Earth: in English) in the language tr() speaks when the gazetteer
    (resources/gazetteer.csv, which the map sheets also use) knows it, else as the data spells it."""
    return geographic_label("country", name)


_labels: dict[tuple[str, str, str], str] = {}  # (kind, name, language) -> label: the shipped table never changes


def geographic_label(kind: str, name: str) -> str:
    """A country, region, river, lake or place in the language tr() speaks, else as the data spells it."""
    if not name:
        return name
    key = (kind, name, _current[0])
    label = _labels.get(key)
    if label is None:
        from .core.gazetteer import default_gazetteer  # the gazetteer's messages use tr() from here

        label = _labels[key] = default_gazetteer().lookup(kind, name, _current[0]) or name
    return label


def interface_language() -> str:
    """The language the panel speaks: the override in the plugin settings, else the QGIS locale."""
    override = QgsSettings().value(SETTINGS_KEY, "", type=str)
    if override in LANGUAGES:
        return override
    locale = QgsSettings().value("locale/userLocale", "", type=str) or QLocale.system().name()
    code = (locale or "en")[:2].lower()
    return code if code in LANGUAGES else "en"


def translator_for(language: str) -> QTranslator | None:
    """A loaded translator for a language, or None for English or a missing file."""
    if language == "en":
        return None
    translator = QTranslator()
    qm = i18n_dir() / f"tmf_safety_{language}.qm"
    if qm.exists() and translator.load(str(qm)):
        return translator
    return None


def install_translator(language: str | None = None) -> str:
    """Install the translator for the interface language (replacing an earlier one); return the language."""
    remove_translator()
    language = language or interface_language()
    translator = translator_for(language)
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        _current[0] = language
    return language


def remove_translator() -> None:
    """Remove the translators this plugin installed."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    _current[0] = "en"


def translate_to(language: str, text: str) -> str:
    """Translate a string into a given language regardless of the interface (map sheets have their own)."""
    if language not in _by_language:
        _by_language[language] = translator_for(language)  # loaded once: a sheet asks for dozens of texts
    translator = _by_language[language]
    if translator is None:
        return text
    translated = translator.translate(CONTEXT, text.encode("utf-8"))  # PyQt would encode a str as ASCII
    return translated or text
