"""Locations of the files the plugin ships, in the repository layout and in the installed plugin folder."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # Installed, resources/ and i18n/ sit inside the plugin folder; in the repository they are its siblings.
    inside = PACKAGE_DIR / name
    return inside if inside.exists() else PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """Folder with icons, QML styles, layout templates, help and score tables."""
    return _shipped("resources")


def i18n_dir() -> Path:
    """Folder with the compiled translations (.qm)."""
    return _shipped("i18n")


def sample_layers_dir() -> Path:
    """Folder with the illustrative inventory and the Natural Earth reference layers."""
    return _shipped("sample_layers")


def resource(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. resource('styles', 'facilities.qml')."""
    return resources_dir().joinpath(*parts)


def icon_path() -> str:
    """Path of the plugin icon as a string, for QIcon."""
    return str(resource("icon.svg"))
