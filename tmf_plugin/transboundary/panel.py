"""Dock section of the job: "Transboundary"."""

from __future__ import annotations

from ..i18n import tr
from ..ui.section import Section


class TransboundarySection(Section):
    """Panel section for the job "Transboundary"."""

    TITLE = "Transboundary"

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Transboundary")
