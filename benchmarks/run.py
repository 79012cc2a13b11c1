"""`make bench`: generates the synthetic data once, times the plugin against its floors, prints BENCH ratios.

Each measurement runs REPEATS times in fresh processes, the plugin and its reference interleaved so both see the
same machine state, and the median of each is compared. Absolute medians and counts are printed for context.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
import synthetic_receptors  # noqa: E402

REPEATS = int(os.environ.get("BENCH_REPEATS", "5"))
SHEET_REPEATS = int(os.environ.get("BENCH_SHEET_REPEATS", "3"))  # a sheet run takes 20-30 s
NETWORKS = {"100k": 100_000, "1m": 1_000_000}
GOALS = {"trace_vs_read": 1.0, "trace_vs_read_100k": 2.0, "downstream_vs_read": 1.5, "near_vs_native": 0.5,
         "sheets_vs_bare": 1.05, "rss_1m_gb": 0.75, "receptors_overhead": 1.2}
FACILITY_SETS = {"facilities_121_1m": ("1m", 121, 2), "facilities_121_100k": ("100k", 121, 2),
                 "facilities_10k_100k": ("100k", 10_000, 2)}


def _stamp() -> str:
    """Data is regenerated whenever the generator changes."""
    return hashlib.sha256((HERE / "synthetic.py").read_bytes()).hexdigest()[:16]


def ensure_data() -> None:
    """Write the networks and facility sets unless an up-to-date copy exists."""
    stamp_file = DATA / "STAMP"
    if stamp_file.exists() and stamp_file.read_text().strip() == _stamp():
        return
    DATA.mkdir(parents=True, exist_ok=True)
    for old in DATA.iterdir():  # all but the world data of `make bench-world`, which has its own stamp
        if old.name != "world":
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    for name, reaches in NETWORKS.items():
        start = time.perf_counter()
        written = synthetic.write_network(DATA / f"rivers_{name}.gpkg", reaches)
        print(f"generated rivers_{name}.gpkg: {written:,} reaches in {time.perf_counter() - start:.0f} s", flush=True)
    for name, (network, count, seed) in FACILITY_SETS.items():
        synthetic.write_facilities(DATA / f"{name}.gpkg", DATA / f"rivers_{network}.gpkg", count, seed)
        print(f"generated {name}.gpkg: {count:,} facilities", flush=True)
    synthetic.write_without_topology(DATA / "rivers_100k_no_topology.gpkg", DATA / "rivers_100k.gpkg")
    (DATA / "STAMP").write_text(_stamp())


def ensure_receptors() -> Path:
    """10,000 synthetic settlements over the 1,000,000-reach network's extent (written once)."""
    path = DATA / "receptors_10k.gpkg"
    if not path.exists():
        synthetic_receptors.write_receptors(path, DATA / "rivers_1m.gpkg", 10_000)
        print("generated receptors_10k.gpkg: 10,000 receptors", flush=True)
    return path


def receptors_overhead(rivers_1m: Path) -> float:
    """What 10,000 receptors add to the trace of 121 facilities on 1,000,000 reaches: (trace + receptors) / trace."""
    receptors = ensure_receptors()
    print(f"receptors_overhead: 121 facilities on 1,000,000 reaches, 10,000 receptors ({REPEATS} runs)", flush=True)
    runs = []
    for number in range(REPEATS):
        runs.append(task("receptors", DATA / "facilities_121_1m.gpkg", rivers_1m, receptors))
        print(f"  receptors_overhead run {number + 1}/{REPEATS}: trace {runs[-1]['trace_seconds']:.2f} s, "
              f"receptors {runs[-1]['receptor_seconds']:.2f} s", flush=True)
    print(f"time trace_1m {median(runs, 'trace_seconds'):.2f} s, receptors {median(runs, 'receptor_seconds'):.2f} s; "
          f"{runs[0]['receptors']} receptors near {runs[0]['traced']} paths", flush=True)
    return median(runs, "ratio")


def task(name: str, *args: str) -> dict:
    """Run one measurement in a fresh process and return what it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, str(HERE / "tasks.py"), name, *map(str, args)],
                               capture_output=True, text=True, env=env)
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        raise SystemExit(f"benchmark task {name} failed:\n{completed.stderr[-3000:]}")
    return json.loads(lines[-1])


def compare(label: str, ours: tuple, reference: tuple, repeats: int = REPEATS) -> tuple[list[dict], list[dict]]:
    """Interleaved runs of our task and its reference."""
    mine, theirs = [], []
    for number in range(repeats):
        mine.append(task(*ours))
        theirs.append(task(*reference))
        print(f"  {label} run {number + 1}/{repeats}: ours {mine[-1]['seconds']:.2f} s, "
              f"reference {theirs[-1]['seconds']:.2f} s", flush=True)
    return mine, theirs


def median(runs: list[dict], key: str = "seconds") -> float:
    return statistics.median(run[key] for run in runs)


def describe(runs: list[dict]) -> str:
    return ", ".join(f"{run['seconds']:.2f}" for run in runs)


def main() -> None:
    started = time.perf_counter()
    commit = subprocess.run(["git", "-C", str(HERE.parent), "describe", "--always", "--dirty"], capture_output=True,
                            text=True).stdout.strip() or "unknown"
    print(f"code {commit}, {os.cpu_count()} cores, {REPEATS} runs per measurement ({SHEET_REPEATS} for the sheets)",
          flush=True)
    ensure_data()
    rivers_1m = DATA / "rivers_1m.gpkg"
    results: dict[str, float] = {}

    print(f"trace_vs_read: tmf:flagtransboundary, 121 facilities on 1,000,000 reaches ({REPEATS} runs each)",
          flush=True)
    flagged = DATA / "flagged_121.gpkg"
    flagged.unlink(missing_ok=True)
    mine, floor = compare("trace_vs_read", ("rss", "flag", DATA / "facilities_121_1m.gpkg", rivers_1m, flagged),
                          ("read", rivers_1m))
    results["trace_vs_read"] = median(mine) / median(floor)
    results["rss_1m_gb"] = median(mine, "rss_gb")
    print(f"time flag_1m {median(mine):.2f} s (runs {describe(mine)}); flags high {mine[0]['high']}, "
          f"medium {mine[0]['medium']}, none {mine[0]['none']}")
    print(f"time read_1m {median(floor):.2f} s (runs {describe(floor)}); {floor[0]['features']:,} reaches")
    print(f"rss flag_1m {results['rss_1m_gb']:.2f} GB median, {max(r['rss_gb'] for r in mine):.2f} GB max",
          flush=True)

    print(f"scaling: the same job on 100,000 reaches ({REPEATS} runs each)", flush=True)
    rivers_100k = DATA / "rivers_100k.gpkg"
    small, small_floor = compare("scaling_100k", ("rss", "flag", DATA / "facilities_121_100k.gpkg", rivers_100k),
                                 ("read", rivers_100k))
    print(f"time flag_100k {median(small):.2f} s (runs {describe(small)}); rss {median(small, 'rss_gb'):.2f} GB")
    print(f"time read_100k {median(small_floor):.2f} s (runs {describe(small_floor)})")
    results["trace_vs_read_100k"] = median(small) / median(small_floor)
    print(f"ratio trace_vs_read at 100k {results['trace_vs_read_100k']:.2f}; 1M / 100k: flag "
          f"{median(mine) / median(small):.1f}x, read {median(floor) / median(small_floor):.1f}x", flush=True)

    print(f"downstream_vs_read: tmf:tracedownstream (summary, paths, corridors), 121 facilities on 1,000,000 "
          f"reaches ({REPEATS} runs each)", flush=True)
    down, down_floor = compare("downstream_vs_read", ("downstream", DATA / "facilities_121_1m.gpkg", rivers_1m),
                               ("read", rivers_1m))
    results["downstream_vs_read"] = median(down) / median(down_floor)
    print(f"time downstream_1m {median(down):.2f} s (runs {describe(down)}); {down[0]['ok']} ok, "
          f"{down[0]['paths']} path pieces, {down[0]['corridors']} corridors")
    print(f"time read_1m {median(down_floor):.2f} s (runs {describe(down_floor)})", flush=True)

    print(f"near_vs_native: straight-line check, 10,000 facilities vs 100,000 reaches ({REPEATS} runs each)",
          flush=True)
    # Without HYRIV_ID / NEXT_DOWN the plugin cannot trace, so tmf:flagtransboundary runs its straight-line check
    # alone; both sides read the same layer.
    facilities_10k, plain_100k = DATA / "facilities_10k_100k.gpkg", DATA / "rivers_100k_no_topology.gpkg"
    mine, native = compare("near_vs_native", ("near", facilities_10k, plain_100k),
                           ("native", facilities_10k, plain_100k))
    results["near_vs_native"] = median(mine) / median(native)
    print(f"time near_10k {median(mine):.2f} s (runs {describe(mine)}); flags high {mine[0]['high']}, "
          f"medium {mine[0]['medium']}, none {mine[0]['none']}")
    print(f"time joinbynearest_10k {median(native):.2f} s (runs {describe(native)})", flush=True)

    print(f"sheets_vs_bare: 121 facility sheets, A4 PDF at 200 dpi ({SHEET_REPEATS} runs each)", flush=True)
    prep = DATA / "sheets_input"
    if not (prep / "paths.gpkg").exists():
        made = task("trace_prep", DATA / "facilities_121_1m.gpkg", rivers_1m, prep)
        print(f"  paths and corridors for the sheets (tmf:tracedownstream on 1,000,000 reaches): "
              f"{made['seconds']:.1f} s", flush=True)
    sheet_args = (flagged, prep / "paths.gpkg", prep / "corridors.gpkg")
    out = DATA / "sheets_out"
    mine, bare = compare("sheets_vs_bare", ("sheets", flagged, out / "tmf", *sheet_args[1:]),
                         ("bare", flagged, out / "bare", *sheet_args[1:]), SHEET_REPEATS)
    results["sheets_vs_bare"] = median(mine) / median(bare)
    print(f"time sheets_121 {median(mine):.2f} s (runs {describe(mine)}); {mine[0]['bytes'] / 1e6:.1f} MB")
    print(f"time bare_atlas_121 {median(bare):.2f} s (runs {describe(bare)}); {bare[0]['pages']} pages, "
          f"{bare[0]['bytes'] / 1e6:.1f} MB", flush=True)

    results["receptors_overhead"] = receptors_overhead(rivers_1m)

    print(f"total benchmark time {time.perf_counter() - started:.0f} s")
    for name, goal in GOALS.items():
        verdict = "within goal" if results[name] <= goal else "over goal"
        print(f"goal {name} <= {goal}: {verdict}")
    for name in GOALS:
        print(f"BENCH {name} {results[name]:.3f}")


if __name__ == "__main__":
    main()
