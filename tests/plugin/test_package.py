"""`make package` writes one plugin folder with metadata, licence and compiled translations, and no tests."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_package_zip_layout(tmp_path):
    out = tmp_path / "tmf_safety.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(out)], check=True, cwd=ROOT)
    names = zipfile.ZipFile(out).namelist()
    assert {n.split("/")[0] for n in names} == {"tmf_safety"}
    for required in ("metadata.txt", "LICENSE", "__init__.py", "plugin.py", "resources/icon.svg",
                     "i18n/tmf_safety_ru.qm", "i18n/tmf_safety_kk.qm", "processing/provider.py"):
        assert f"tmf_safety/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts")) or "/tests/" in n]
    # Developer tools (scripts/) stay in the repository: the templates they write ship, the tools do not.
    assert not [n for n in names if n.rsplit("/", 1)[-1] in {"build_resources.py", "package.py"}]
