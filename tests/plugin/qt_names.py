"""Every Qt and QGIS name the plugin's sources spell, found with ast: module, class, enum and member chains."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[2] / "tmf_plugin"


@dataclass(frozen=True)
class NameUse:
    """One spelled name: the module it comes from and the attribute chain after it, where it is written."""

    module: str  # "QtCore", "QtWidgets", ... for qgis.PyQt; "qgis.core", "qgis.gui" for QGIS
    chain: tuple[str, ...]
    where: str

    @property
    def dotted(self) -> str:
        return ".".join((self.module, *self.chain))


def _fallback_imports(tree: ast.AST) -> set[int]:
    """ids of import nodes in an `except ImportError` handler: they only run where the import before them failed."""
    fallbacks: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try):
            for handler in node.handlers:
                caught = ast.unparse(handler.type) if handler.type is not None else ""
                if "ImportError" in caught or "AttributeError" in caught:
                    fallbacks.update(id(sub) for sub in ast.walk(handler))
    return fallbacks


def _module_of(imported: str) -> str | None:
    if imported.startswith("qgis.PyQt."):
        return imported[len("qgis.PyQt."):]
    if imported in ("qgis.core", "qgis.gui"):
        return imported
    return None


def _attribute_chain(node: ast.Attribute) -> tuple[str, list[str]] | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return node.id, parts[::-1]


def name_uses(path: Path) -> list[NameUse]:
    """The Qt/QGIS names one source file spells (imports, and the longest attribute chain on each imported name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    fallbacks = _fallback_imports(tree)
    rel = path.relative_to(PLUGIN.parent).as_posix()
    bound: dict[str, tuple[str, tuple[str, ...]]] = {}
    uses: list[NameUse] = []
    for node in ast.walk(tree):
        if id(node) in fallbacks:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            module = _module_of(node.module)
            for alias in node.names:
                if module is None and node.module == "qgis.PyQt":
                    bound[alias.asname or alias.name] = (alias.name, ())
                    uses.append(NameUse(alias.name, (), f"{rel}:{node.lineno}"))
                elif module is not None:
                    bound[alias.asname or alias.name] = (module, (alias.name,))
                    uses.append(NameUse(module, (alias.name,), f"{rel}:{node.lineno}"))
    inner: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            found = _attribute_chain(node)
            # Only the outermost attribute of a chain counts; the ones inside it are its prefixes.
            current = node.value
            while isinstance(current, ast.Attribute):
                inner.add(id(current))
                current = current.value
            if found is None or found[0] not in bound:
                continue
            module, prefix = bound[found[0]]
            uses.append(NameUse(module, (*prefix, *found[1]), f"{rel}:{node.lineno}"))
    return uses


def plugin_name_uses() -> list[NameUse]:
    """Every Qt/QGIS name spelled anywhere in tmf_plugin."""
    uses: list[NameUse] = []
    for path in sorted(PLUGIN.rglob("*.py")):
        uses.extend(name_uses(path))
    return uses
