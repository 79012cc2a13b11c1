"""`make bench-world`: job 2 for 2,000 facilities on a synthetic world network of 8,500,000 reaches.

The data (about 2.5 GB) takes minutes to write, so it is kept in benchmarks/data/world/ and rewritten only when
its generator changes. Prints `BENCH world_vs_read` and `BENCH rss_world_gb`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORLD = HERE / "data" / "world"
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
from run import compare, describe, median  # noqa: E402

REACHES = 8_500_000  # global HydroRIVERS
FACILITIES = 2_000  # the Global Tailings Portal lists about 1,800
EXTENT = (-170.0, -55.0, 170.0, 70.0)  # land latitudes, away from the antimeridian
REPEATS = int(os.environ.get("BENCH_WORLD_REPEATS", "3"))  # a run takes about a minute
GOALS = {"world_vs_read": 1.5, "rss_world_gb": 6.0}


def _stamp() -> str:
    return hashlib.sha256((HERE / "synthetic.py").read_bytes() + repr((REACHES, FACILITIES, EXTENT)).encode()
                          ).hexdigest()[:16]


def ensure_world() -> tuple[Path, Path]:
    """The world network and its facilities, written unless an up-to-date copy exists."""
    rivers, facilities = WORLD / "rivers_world.gpkg", WORLD / "facilities_world.gpkg"
    stamp = WORLD / "STAMP"
    if stamp.exists() and stamp.read_text().strip() == _stamp():
        return rivers, facilities
    if WORLD.exists():
        shutil.rmtree(WORLD)
    WORLD.mkdir(parents=True)
    start = time.perf_counter()
    written = synthetic.write_network(rivers, REACHES, extent=EXTENT)
    print(f"generated rivers_world.gpkg: {written:,} reaches in {time.perf_counter() - start:.0f} s", flush=True)
    synthetic.write_facilities(facilities, rivers, FACILITIES, seed=4)
    print(f"generated facilities_world.gpkg: {FACILITIES:,} facilities", flush=True)
    stamp.write_text(_stamp())
    return rivers, facilities


def main() -> None:
    started = time.perf_counter()
    rivers, facilities = ensure_world()
    print(f"world_vs_read: tmf:tracedownstream (summary, paths, corridors), {FACILITIES:,} facilities on "
          f"{REACHES:,} reaches ({REPEATS} runs each)", flush=True)
    mine, floor = compare("world_vs_read", ("rss", "downstream", facilities, rivers), ("read", rivers), REPEATS)
    results = {"world_vs_read": median(mine) / median(floor), "rss_world_gb": median(mine, "rss_gb")}
    print(f"time downstream_world {median(mine):.2f} s (runs {describe(mine)}); {mine[0]['ok']} ok, "
          f"{mine[0]['paths']} path pieces, {mine[0]['corridors']} corridors")
    print(f"time read_world {median(floor):.2f} s (runs {describe(floor)}); {floor[0]['features']:,} reaches")
    print(f"rss downstream_world {results['rss_world_gb']:.2f} GB median, {max(r['rss_gb'] for r in mine):.2f} GB "
          f"max")
    print(f"total benchmark time {time.perf_counter() - started:.0f} s")
    for name, goal in GOALS.items():
        print(f"goal {name} <= {goal}: {'within goal' if results[name] <= goal else 'over goal'}")
    for name in GOALS:
        print(f"BENCH {name} {results[name]:.3f}")


if __name__ == "__main__":
    main()
