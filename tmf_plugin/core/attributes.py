"""Feature attributes as plain Python: QGIS's NULL as None, Qt dates as Python dates, text and numbers or nothing."""

from __future__ import annotations

import datetime

from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant


def is_null(value) -> bool:
    """True for None and for QGIS's NULL (a null QVariant); a text cell that reads "NULL" is text."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def plain(value):
    """An attribute as a Python value: None for NULL, Python date/datetime/time for valid Qt ones, None for invalid."""
    if is_null(value):
        return None
    if isinstance(value, QVariant):
        value = value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def iso_text(value):
    """An attribute as a Python value with dates written as ISO text (yyyy-mm-dd), for tables read row by row."""
    value = plain(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def text(value, *, collapse_spaces: bool = False) -> str:
    """An attribute as text, '' for NULL; with collapse_spaces, runs of spaces become one ("Syr  Darya")."""
    if is_null(value):
        return ""
    written = str(value)
    return " ".join(written.split()) if collapse_spaces else written


def as_int(value) -> int | None:
    """An attribute as an int, or None for NULL and for what is not a whole number."""
    if is_null(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def as_float(value) -> float | None:
    """An attribute as a float, or None for NULL and for what is not a number."""
    if is_null(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
