"""Dock section of the job: "Inventory"."""

from __future__ import annotations

from ..i18n import tr
from ..ui.section import Section


class InventorySection(Section):
    """Panel section for the job "Inventory"."""

    TITLE = "Inventory"

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Inventory")
