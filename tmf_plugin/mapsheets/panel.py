"""Dock section of the job: "Map sheets"."""

from __future__ import annotations

from ..i18n import tr
from ..ui.section import Section


class MapSheetsSection(Section):
    """Panel section for the job "Map sheets"."""

    TITLE = "Map sheets"

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Map sheets")
