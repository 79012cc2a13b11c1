"""Command line `python -m tmf_plugin`: one subcommand per job, and `demo` running them all on the sample layers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .paths import sample_layers_dir


def _key_values(pairs: list[str] | None) -> dict:
    """Extra Processing parameters given as KEY=VALUE."""
    extra = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"--param expects KEY=VALUE, got {pair!r}")
        extra[key.strip().upper()] = value
    return extra


def _write(layers: dict, path: Path) -> Path:
    from . import api
    from .i18n import tr

    written = api.save_layers({name: frame for name, frame in layers.items() if frame is not None}, path)

    print(tr("Written: {path} ({layers})").format(path=written, layers=", ".join(layers)))
    return written


def cmd_inventory(args) -> int:
    from . import api
    from .i18n import tr

    facilities, report = api.import_inventory(
        args.input, field_map=args.field_map, source_crs=args.source_crs, country=args.country, regions=args.regions,
        **args.extra)
    if args.hazard_index:
        facilities = api.hazard_index(facilities, scores=args.scores)
    _write({"facilities": facilities, "inventory_report": report}, args.out)
    if args.report:
        from .api.convert import write_csv

        write_csv(report, args.report)
    print(tr("{placed} facilities placed, {reported} report rows.").format(placed=len(facilities),
                                                                           reported=len(report)))
    return 0


def cmd_compare(args) -> int:
    from . import api
    from .i18n import tr

    changes, report = api.compare_inventories(args.old, args.new, move_tolerance_m=args.move_tolerance_m,
                                              fields=args.fields, **args.extra)
    _write({"inventory_changes": changes, "changed_fields": report}, args.out)
    counts = changes["change"].value_counts().to_dict() if len(changes) else {}
    print(tr("{added} added, {removed} removed, {changed} changed, {unchanged} unchanged, "
             "{unmatched} without a unique ID.").format(**{key: counts.get(key, 0) for key in (
                 "added", "removed", "changed", "unchanged", "unmatched")}))
    return 0


def cmd_network(args) -> int:
    from . import api

    network = api.build_river_network(args.input, name_field=args.name_field, snap_tolerance_m=args.snap_tolerance_m,
                                      orientation=args.orientation, outlets=args.outlets, dem=args.dem, **args.extra)
    _write({"river_network": network}, args.out)
    return 0


def cmd_trace(args) -> int:
    from . import api

    result = api.trace_downstream(args.input, args.rivers, args.lakes, snap_distance_m=args.snap_distance_m,
                                  max_distance_km=args.max_distance_km, corridor_width_m=args.corridor_width_m,
                                  receptors=args.receptors, receptor_distance_m=args.receptor_distance_m,
                                  receptor_name_field=args.receptor_name_field,
                                  population_field=args.population_field, **args.extra)
    layers = {"downstream_paths": result["paths"], "downstream_corridors": result["corridors"],
              "downstream_summary": result["summary"]}
    if args.receptors:
        layers["downstream_receptors"] = result["receptors"]
    _write(layers, args.out)
    return 0


def cmd_flag(args) -> int:
    from . import api

    flagged = api.flag_transboundary(args.input, args.rivers, args.countries, args.lakes, country=args.country,
                                     transboundary_names=args.names, near_distance_km=args.near_distance_km,
                                     max_distance_km=args.max_distance_km, snap_distance_m=args.snap_distance_m,
                                     **args.extra)
    _write({"flagged_facilities": flagged}, args.out)
    return 0


def cmd_sheets(args) -> int:
    from . import api
    from .i18n import tr

    layers = {key: getattr(args, key) for key in ("rivers", "lakes", "countries", "regions", "places", "paths",
                                                   "corridors") if getattr(args, key)}
    files = api.export_map_sheets(args.input, args.out_folder, sheets=args.sheets, language=args.language,
                                  title=args.title, subtitle=args.subtitle, output_format=args.format,
                                  **layers, **args.extra)
    for path in files:
        print(tr("Written: {path}").format(path=path))
    return 0


def cmd_demo(args) -> int:
    from .api.demo import run_demo

    return run_demo(args.out, languages=args.languages, sheets=args.sheets, verbose=args.verbose)


def _command(commands, name: str, help_text: str, handler) -> argparse.ArgumentParser:
    """A sub-command that runs `handler` and, like every command, takes further algorithm parameters as --param."""
    sub = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    sub.add_argument("--param", action="append", metavar="KEY=VALUE",
                     help="any further parameter of the Processing algorithm, e.g. --param DPI=150")
    return sub


def _add_inventory_commands(commands) -> None:
    """The inventory job: import an inventory, compare two."""
    sub = _command(commands, "inventory", "import an inventory file (tmf:importinventory, optionally tmf:hazardindex)",
                   cmd_inventory)
    sub.add_argument("input", help="inventory: CSV/TXT, XLSX/ODS, GeoPackage, Shapefile or GeoJSON")
    sub.add_argument("--field-map", help='JSON {"canonical field": "source column"}')
    sub.add_argument("--source-crs", help="CRS of projected x/y columns, e.g. EPSG:32642 (default EPSG:4326)")
    sub.add_argument("--country", help="polygon layer the points must fall in (the country is picked by "
                                       "--param COUNTRY_NAME=KAZ)")
    sub.add_argument("--regions", help="admin-1 polygons that fill an empty region")
    sub.add_argument("--hazard-index", action="store_true", help="also compute the Tailings Hazard Index")
    sub.add_argument("--scores", help="THI class-score table replacing the shipped one")
    sub.add_argument("--out", type=Path, default=Path("out/inventory.gpkg"))
    sub.add_argument("--report", type=Path, help="also write the validation report as CSV")

    sub = _command(commands, "compare",
                   "what changed between the previous and the new inventory (tmf:compareinventories)", cmd_compare)
    sub.add_argument("old", help="previous inventory: facility layer, or a CSV/spreadsheet that is imported first")
    sub.add_argument("new", help="new inventory, the same way")
    sub.add_argument("--move-tolerance-m", type=float, help="a move up to this many metres is no change (10)")
    sub.add_argument("--fields", help="fields to compare, comma-separated (default: all and location)")
    sub.add_argument("--out", type=Path, default=Path("out/inventory_changes.gpkg"))


def _add_downstream_commands(commands) -> None:
    """The downstream job: build a river network, trace facilities along it."""
    sub = _command(commands, "network", "build a routable river network from lines (tmf:buildrivernetwork)",
                   cmd_network)
    sub.add_argument("input", help="river lines")
    sub.add_argument("--name-field")
    sub.add_argument("--snap-tolerance-m", type=float)
    sub.add_argument("--orientation", choices=["digitised", "outlets", "dem"])
    sub.add_argument("--outlets", help="outlet points or polygons (lakes, seas)")
    sub.add_argument("--dem", help="elevation raster")
    sub.add_argument("--out", type=Path, default=Path("out/river_network.gpkg"))

    sub = _command(commands, "trace", "trace each facility downstream and buffer what it reaches (tmf:tracedownstream)",
                   cmd_trace)
    sub.add_argument("input", help="facility points with tmf_id")
    sub.add_argument("rivers", help="river network (HydroRIVERS fields)")
    sub.add_argument("--lakes")
    sub.add_argument("--snap-distance-m", type=float)
    sub.add_argument("--max-distance-km", type=float)
    sub.add_argument("--corridor-width-m", type=float)
    sub.add_argument("--receptors", help="settlements, water intakes or protected areas (points or polygons)")
    sub.add_argument("--receptor-distance-m", type=float, help="receptors within this distance of a path (5000)")
    sub.add_argument("--receptor-name-field", help="field with the receptor's name (guessed when not given)")
    sub.add_argument("--population-field", help="field with the population, e.g. POP_MAX")
    sub.add_argument("--out", type=Path, default=Path("out/downstream.gpkg"))


def _add_transboundary_command(commands, sample: Path) -> None:
    """The transboundary job: flag facilities, against the shipped borders unless others are given."""
    sub = _command(commands, "flag", "flag facilities near or draining to transboundary rivers (tmf:flagtransboundary)",
                   cmd_flag)
    sub.add_argument("input", help="facility points with tmf_id")
    sub.add_argument("rivers", help="river network")
    sub.add_argument("--lakes")
    sub.add_argument("--countries", default=str(sample / "countries.gpkg"))
    sub.add_argument("--country", help="name or ISO code of the country (default KAZ)")
    sub.add_argument("--names", help="comma-separated transboundary river names")
    sub.add_argument("--near-distance-km", type=float)
    sub.add_argument("--max-distance-km", type=float)
    sub.add_argument("--snap-distance-m", type=float)
    sub.add_argument("--out", type=Path, default=Path("out/flagged.gpkg"))


def _add_sheets_command(commands) -> None:
    """The map-sheet job: export sheets of the flagged facilities."""
    sub = _command(commands, "sheets", "export map sheets (tmf:exportmapsheets)", cmd_sheets)
    sub.add_argument("input", help="flagged facilities")
    sub.add_argument("--out-folder", type=Path, default=Path("out/sheets"))
    sub.add_argument("--sheets", help="overview, facility, region or changes (INPUT: the compare output)")
    sub.add_argument("--language", choices=["en", "ru", "kk"])
    sub.add_argument("--title")
    sub.add_argument("--subtitle")
    sub.add_argument("--format", choices=["pdf", "pdfs", "png"])
    for layer in ("rivers", "lakes", "countries", "regions", "places", "paths", "corridors"):
        sub.add_argument(f"--{layer}")


def _add_demo_command(commands) -> None:
    """The whole workflow on the sample layers."""
    sub = _command(commands, "demo", "run the whole workflow on sample_layers and write out/", cmd_demo)
    sub.add_argument("--out", type=Path, default=Path("out"))
    sub.add_argument("--languages", nargs="+", default=["en", "ru", "kk"], choices=["en", "ru", "kk"])
    sub.add_argument("--sheets", default="overview,facility,changes",
                     help="kinds of map sheet, comma-separated: overview, facility (the facilities flagged high), "
                          "region, changes (what changed by the next meeting)")
    sub.add_argument("--verbose", action="store_true", help="print every message of the algorithms")


def _parser() -> argparse.ArgumentParser:
    """The command line: one sub-command per step of the workflow."""
    parser = argparse.ArgumentParser(
        prog="python -m tmf_plugin",
        description="TMF Safety without the QGIS window: the same Processing algorithms as the panel. "
                    "Inputs are files (a GeoPackage layer as 'file.gpkg|layername=name').")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_inventory_commands(commands)
    _add_downstream_commands(commands)
    _add_transboundary_command(commands, sample_layers_dir())
    _add_sheets_command(commands)
    _add_demo_command(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.extra = _key_values(args.param)
    from .core.errors import TmfError

    try:
        return args.handler(args)
    except (TmfError, OSError, KeyError, LookupError, ValueError) as error:
        print(f"{args.command}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
