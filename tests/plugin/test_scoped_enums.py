"""QGIS and Qt enum members are spelled scoped (QgsWkbTypes.Type.Point, Qt.AlignmentFlag.AlignLeft) wherever the
scoped form exists on QGIS 3.22: QGIS 4 drops the unscoped forms."""

from __future__ import annotations

import enum
import importlib

from .qt_names import plugin_name_uses
from .test_qt6_names import QGIS4_ALIASES


def _unscoped(module_name: str, chain: tuple[str, ...]) -> str | None:
    """The scoped spelling when chain is Class.Member of an enum whose Class.Enum.Member also exists, else None."""
    module = importlib.import_module(module_name if module_name.startswith("qgis.") else "qgis.PyQt." + module_name)
    objects = [module]
    for part in chain:
        if not hasattr(objects[-1], part):
            return None
        objects.append(getattr(objects[-1], part))
    for depth in range(1, len(chain)):
        owner, member = objects[depth], objects[depth + 1]
        if isinstance(member, enum.Enum) and not (isinstance(owner, type) and issubclass(owner, enum.Enum)):
            # A Python enum reached through an alias on a class (QgsRenderContext.TextFormatAlwaysText on 3.22 is
            # Qgis.TextRenderFormat.AlwaysText): the enum itself is the spelling every version has.
            return f"{type(member).__qualname__}.{member.name}"
        enum_type = type(member)
        enum_name = enum_type.__name__
        if not isinstance(owner, type) or enum_type in (int, bool, float, str) or callable(member):
            continue
        scoped = getattr(owner, enum_name, None)
        if scoped is enum_type and chain[depth - 1 + 1] != enum_name and hasattr(scoped, chain[depth]):
            return ".".join((*chain[:depth], enum_name, chain[depth]))
    return None


def test_enum_members_are_spelled_scoped(qgis_app):
    # QVariant's short type names are the spelling QGIS 4 keeps (the compatibility module's Qt5 branch).
    problems = sorted({f"{use.where}: {'.'.join(use.chain)} -> {scoped}" for use in plugin_name_uses()
                       if use.dotted not in QGIS4_ALIASES and (scoped := _unscoped(use.module, use.chain))})
    assert not problems, "unscoped enum members:\n" + "\n".join(problems)


def test_an_unscoped_member_is_found(qgis_app):
    from qgis.core import Qgis

    if Qgis.QGIS_VERSION_INT < 33000:  # from 3.30 QgsWkbTypes.Type is Qgis.WkbType, caught by the branch below
        assert _unscoped("qgis.core", ("QgsWkbTypes", "Point")) == "QgsWkbTypes.Type.Point"
    assert _unscoped("qgis.core", ("QgsWkbTypes", "Type", "Point")) is None
    assert _unscoped("qgis.core", ("QgsRenderContext", "TextFormatAlwaysText")).endswith("TextRenderFormat.AlwaysText")
    assert _unscoped("qgis.core", ("Qgis", "TextRenderFormat", "AlwaysText")) is None
    assert _unscoped("QtCore", ("Qt", "AlignLeft")) == "Qt.AlignmentFlag.AlignLeft"
