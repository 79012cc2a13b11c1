"""Dock section of the job: "Downstream water bodies"."""

from __future__ import annotations

from ..i18n import tr
from ..ui.section import Section


class DownstreamSection(Section):
    """Panel section for the job "Downstream water bodies"."""

    TITLE = "Downstream water bodies"

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Downstream water bodies")
