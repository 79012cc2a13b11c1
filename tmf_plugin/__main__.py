"""Command line: `python -m tmf_plugin demo --out out` runs the workflow headless on the sample layers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .paths import sample_layers_dir


def demo(out: Path) -> int:
    """Run each job of the workflow on sample_layers in turn and say what was produced or is not built yet."""
    from .standalone import ensure_qgis

    ensure_qgis()
    import processing
    from qgis.core import QgsProcessingException

    out.mkdir(parents=True, exist_ok=True)
    sample = sample_layers_dir()
    steps = [
        ("tmf:importinventory", {"INPUT": str(sample / "tmf_inventory_messy.csv"),
                                 "OUTPUT": str(out / "facilities.gpkg"), "REPORT": str(out / "report.csv")}),
    ]
    for algorithm_id, parameters in steps:
        try:
            processing.run(algorithm_id, parameters)
            print(f"{algorithm_id}: done")
        except QgsProcessingException as error:
            print(f"{algorithm_id}: {error}")
            print("The rest of the workflow is not built yet.")
            return 0
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tmf_plugin", description="TMF Safety without the QGIS window.")
    commands = parser.add_subparsers(dest="command", required=True)
    run_demo = commands.add_parser("demo", help="run the whole workflow on sample_layers")
    run_demo.add_argument("--out", type=Path, default=Path("out"))
    args = parser.parse_args(argv)
    if args.command == "demo":
        return demo(args.out)
    return 2


if __name__ == "__main__":
    sys.exit(main())
