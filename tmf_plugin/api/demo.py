"""The whole workflow on sample_layers through the Python API: one GeoPackage, the report, map sheets, a summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import TmfError
from ..i18n import tr
from ..paths import sample_layers_dir
from .engine import ConsoleFeedback

RESULTS_GPKG = "tmf_safety_results.gpkg"
NEXT_MEETING = "tmf_inventory_next_meeting.csv"  # illustrative, see sample_layers/README.md
REPORT_CSV = "validation_report.csv"

# Natural Earth has only the large rivers, so facilities sit tens of km from the nearest one (see sample README).
SNAP_DISTANCE_M = 50000
NETWORK_SNAP_TOLERANCE_M = 1000
MAX_DISTANCE_KM = 100

# Sheet titles are in the sheet's language, whatever language the interface speaks.
SHEET_TITLES = {
    "en": ("Tailings management facilities of Kazakhstan", "Illustrative inventory, demonstration run"),
    "ru": ("Хвостохранилища Казахстана", "Иллюстративный перечень, демонстрационный расчёт"),
    "kk": ("Қазақстанның қалдық қоймалары", "Иллюстративтік тізбе, демонстрациялық есеп"),
}


@dataclass
class DemoRun:
    """What the demo produced so far, and what it could not do."""

    out: Path
    layers: dict = field(default_factory=dict)
    files: list = field(default_factory=list)
    lines: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    verbose: bool = False
    warnings: dict = field(default_factory=dict)

    def step(self, algorithm_id: str, work):
        """Run one step; a job that fails is reported and the demo goes on."""
        print(tr("Running {id} ...").format(id=algorithm_id), flush=True)
        feedback = _CountingFeedback(self, algorithm_id)
        try:
            return work(feedback)
        except TmfError as error:
            self.failed.append((algorithm_id, str(error)))
        except (OSError, KeyError, LookupError, ValueError, TypeError) as error:
            self.failed.append((algorithm_id, f"{type(error).__name__}: {error}"))
        return None


class _CountingFeedback(ConsoleFeedback):
    """Counts the warnings of a step for the summary; prints them only when the demo runs verbose."""

    def __init__(self, run: DemoRun, algorithm_id: str):
        super().__init__(verbose=run.verbose)
        self.run, self.algorithm_id = run, algorithm_id

    def pushWarning(self, warning: str) -> None:
        self.run.warnings[self.algorithm_id] = self.run.warnings.get(self.algorithm_id, 0) + 1
        if self.run.verbose:
            super().pushWarning(warning)


def _facility_counts(run: DemoRun, facilities, report) -> None:
    from .engine import OUTPUTS_ATTR

    counts = facilities.attrs.get(OUTPUTS_ATTR, {})
    rows = counts.get("ROWS", len(facilities))
    run.lines.append(tr("Facilities imported: {placed} of {rows} inventory rows ({missing} not placed)").format(
        placed=len(facilities), rows=rows, missing=counts.get("NOT_PLACED", rows - len(facilities))))
    # The import's own count leaves out notices that are not about a data row (e.g. a title line above the header).
    reported = counts.get("REPORTED_ROWS", report["row"].nunique() if "row" in report.columns else len(report))
    run.lines.append(tr("Validation report: {problems} problems in {rows} rows").format(
        problems=len(report), rows=reported))


def _flag_counts(flagged) -> str:
    counts = flagged["tb_flag"].fillna("none").value_counts()
    return ", ".join(f"{level} {int(counts.get(level, 0))}" for level in ("high", "medium", "none"))


def run_demo(out: Path, languages=("en", "ru", "kk"), sheets: str = "overview,facility,changes",
             verbose: bool = False) -> int:
    """Run every job on the sample layers, write out/ and print a summary; 1 when a built job failed."""
    from .convert import write_gpkg

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    run = DemoRun(out, verbose=verbose)
    facilities = _inventory(run)
    if facilities is None:
        run.lines.append(tr("No facilities: the rest of the workflow needs an inventory."))
        return _finish(run)
    _review(run, facilities)
    network, traced = _downstream(run, facilities)
    flagged = _flags(run, facilities, network)
    for name, frame in run.layers.items():
        frame.attrs["layer_name"] = name  # sheets credit the layers by the names they have in the GeoPackage
    _map_sheets(run, flagged if flagged is not None else facilities, traced, languages, sheets)
    if run.layers:
        run.files.insert(0, write_gpkg(run.layers, out / RESULTS_GPKG))
    return _finish(run)


def _inventory(run: DemoRun):
    """The messy agency spreadsheet, checked against Kazakhstan's polygon, with the hazard index."""
    import geopandas as gpd

    from .. import api
    from .convert import write_csv

    sample = sample_layers_dir()
    countries = gpd.read_file(sample / "countries.gpkg")
    kazakhstan = countries[countries["ISO_A3"] == "KAZ"]
    imported = run.step("tmf:importinventory", lambda feedback: api.import_inventory(
        sample / "tmf_inventory_messy.csv", country=kazakhstan, regions=sample / "regions.gpkg", feedback=feedback))
    if imported is not None:
        facilities, report = imported
        _facility_counts(run, facilities, report)
        run.layers["inventory_report"] = report
        run.files.append(write_csv(report, run.out / REPORT_CSV))
    elif (sample / "tmf_inventory.gpkg").exists():
        facilities = api.read_layer(sample / "tmf_inventory.gpkg", "tmf_inventory")
        run.lines.append(tr("Facilities read from the clean sample inventory: {n}").format(n=len(facilities)))
    else:
        return None
    with_thi = run.step("tmf:hazardindex", lambda feedback: api.hazard_index(facilities, feedback=feedback))
    if with_thi is not None:
        facilities = with_thi
        complete = int(facilities["thi_complete"].fillna(False).astype(bool).sum())
        run.lines.append(tr("Hazard index: {complete} of {n} facilities complete").format(
            complete=complete, n=len(facilities)))
    run.layers["facilities"] = facilities
    return facilities


def _review(run: DemoRun, facilities) -> None:
    """What changed by the next meeting: its inventory imported the same way, then compared with this one."""
    import geopandas as gpd

    from .. import api

    sample = sample_layers_dir()
    if not (sample / NEXT_MEETING).exists():
        return
    countries = gpd.read_file(sample / "countries.gpkg")
    kazakhstan = countries[countries["ISO_A3"] == "KAZ"]
    imported = run.step("tmf:importinventory", lambda feedback: api.import_inventory(
        sample / NEXT_MEETING, country=kazakhstan, regions=sample / "regions.gpkg", feedback=feedback))
    if imported is None:
        return
    compared = run.step("tmf:compareinventories", lambda feedback: api.compare_inventories(
        facilities, imported[0], feedback=feedback))
    if compared is None:
        return
    changes, changed_fields = compared
    run.layers["inventory_changes"], run.layers["changed_fields"] = changes, changed_fields
    counts = changes["change"].value_counts()
    run.lines.append(tr("Changes by the next meeting ({file}): {added} added, {removed} removed, {changed} changed, "
                        "{unchanged} unchanged, {unmatched} without a unique ID").format(
        file=NEXT_MEETING, **{key: int(counts.get(key, 0))
                              for key in ("added", "removed", "changed", "unchanged", "unmatched")}))


def _downstream(run: DemoRun, facilities):
    """The network oriented toward the outlets (Natural Earth lines do not follow the flow), then the traces."""
    from .. import api

    sample = sample_layers_dir()
    # Where the sample rivers end (Aral, Balkhash, Caspian, lower Ob); every lake would also stop them in Zaysan.
    outlets = sample / "outlets.gpkg" if (sample / "outlets.gpkg").exists() else sample / "lakes.gpkg"
    network = run.step("tmf:buildrivernetwork", lambda feedback: api.build_river_network(
        sample / "rivers.gpkg", orientation="outlets", outlets=outlets, snap_tolerance_m=NETWORK_SNAP_TOLERANCE_M,
        feedback=feedback))
    if network is None:
        return None, None
    run.layers["river_network"] = network
    run.lines.append(tr("River network: {n} reaches").format(n=len(network)))
    traced = run.step("tmf:tracedownstream", lambda feedback: api.trace_downstream(
        facilities, network, sample / "lakes.gpkg", snap_distance_m=SNAP_DISTANCE_M,
        max_distance_km=MAX_DISTANCE_KM, receptors=sample / "places.gpkg", population_field="POP_MAX",
        feedback=feedback))
    if traced is not None:
        run.layers.update({"downstream_paths": traced["paths"], "downstream_corridors": traced["corridors"],
                           "downstream_summary": traced["summary"], "downstream_receptors": traced["receptors"]})
        reached = traced["summary"]["receptors_n"].fillna(0)
        run.lines.append(tr("Settlements downstream: {n} within 5 km of {paths} paths, {people} people").format(
            n=len(traced["receptors"]), paths=int((reached > 0).sum()),
            people=f"{int(traced['summary']['population'].fillna(0).sum()):,}"))
        statuses = traced["summary"]["status"].fillna("").value_counts()
        run.lines.append(tr("Downstream ({km} km at most, snapping within {snap} km): {statuses}").format(
            km=MAX_DISTANCE_KM, snap=SNAP_DISTANCE_M // 1000,
            statuses=", ".join(f"{status} {count}" for status, count in statuses.items())))
    return network, traced


def _flags(run: DemoRun, facilities, network):
    """Transboundary flags on the same network, against Kazakhstan's border."""
    from .. import api

    if network is None:
        return None
    sample = sample_layers_dir()
    flagged = run.step("tmf:flagtransboundary", lambda feedback: api.flag_transboundary(
        facilities, network, sample / "countries.gpkg", sample / "lakes.gpkg", country="KAZ",
        snap_distance_m=SNAP_DISTANCE_M, max_distance_km=MAX_DISTANCE_KM, receptors=sample / "places.gpkg",
        feedback=feedback))
    if flagged is not None:
        run.layers["flagged_facilities"] = flagged
        run.lines.append(tr("Transboundary flags: {counts}").format(counts=_flag_counts(flagged)))
    return flagged


def _map_sheets(run: DemoRun, facilities, traced, languages, sheets: str) -> None:
    """Sheets in each language: an overview of every facility, one sheet per facility flagged high, the changes."""
    sample = sample_layers_dir()
    shown = {name: sample / f"{name}.gpkg" for name in ("rivers", "lakes", "countries", "regions", "places")}
    if traced is not None:
        shown.update(paths=traced["paths"], corridors=traced["corridors"], receptors=traced["receptors"])
    kinds = [kind.strip() for kind in sheets.split(",") if kind.strip()]
    for language in languages:
        written = _sheets_in(run, language, kinds, facilities, shown)
        if written is None:
            break
        run.lines.append(tr("Map sheets ({language}): {n} PDF files").format(language=language, n=written))


def _sheets_in(run: DemoRun, language: str, kinds: list, facilities, shown: dict) -> int | None:
    """Export each kind of sheet in one language; None when the map-sheet job is missing or failed."""
    from .. import api

    title, subtitle = SHEET_TITLES[language]
    written = 0
    for kind in kinds:
        chosen = facilities
        if kind == "changes":  # the overview of what changed, drawn from the comparison
            chosen = run.layers.get("inventory_changes")
            if chosen is None:
                continue
        elif kind == "facility":
            # A meeting reviews the high flags one by one; without flags there is nothing to single out.
            flags = facilities["tb_flag"] if "tb_flag" in facilities.columns else None
            chosen = facilities[flags == "high"] if flags is not None else facilities.iloc[0:0]
        if chosen.empty:
            continue
        files = run.step("tmf:exportmapsheets", lambda feedback, kind=kind, chosen=chosen: api.export_map_sheets(
            chosen, run.out / "sheets" / language, sheets=kind, language=language, title=title, subtitle=subtitle,
            output_format="pdf", feedback=feedback, **shown))
        if files is None:
            return None
        run.files.extend(files)
        written += len(files)
    return written


def _finish(run: DemoRun) -> int:
    print()
    print(tr("TMF Safety demo on sample_layers (illustrative inventory, Natural Earth reference data)"))
    for line in run.lines:
        print("  " + line)
    if run.layers:
        print("  " + tr("Result layers: {names}").format(names=", ".join(run.layers)))
    print(tr("Files written:"))
    for path in run.files:
        print(f"  {path}")
    for algorithm_id, count in run.warnings.items():
        print(tr("{id}: {n} warnings (run the demo with --verbose to see them)").format(id=algorithm_id, n=count))
    for algorithm_id, message in run.failed:
        print(tr("Failed: {id}: {message}").format(id=algorithm_id, message=message))
    return 1 if run.failed else 0
