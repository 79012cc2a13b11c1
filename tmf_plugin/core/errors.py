"""The plugin's own errors: core logic raises these, the base algorithm, the panels and the command line report them."""

from __future__ import annotations


class TmfError(Exception):
    """Something the user can fix; the message, already in the user's language, names the file, layer, row or
    setting concerned. Processing, the panels and the command line show it as it is."""


class InputError(TmfError):
    """An input file, layer, field or value that cannot be used."""


class InventoryReadError(InputError):
    """An inventory file that cannot be read as a table; the message names the file (and the line when known)."""


class ScoreTableError(InputError, ValueError):
    """A THI score table that cannot be used; the message names the file and the line.

    Also a ValueError, as it was before there was a TmfError, for scripts that caught that.
    """


class CountryNotFoundError(InputError, ValueError):
    """A country (or region) name or code that no feature of the countries layer matches.

    Also a ValueError, as it was before there was a TmfError, for scripts that caught that.
    """


class OutputError(TmfError):
    """A result file that could not be written; nothing half-written is left behind."""


class CanceledError(TmfError):
    """The user canceled; what was not finished was not written."""
