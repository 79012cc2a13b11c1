"""Writes sample_layers/tmf_inventory_next_meeting.csv: the illustrative inventory as a later meeting might receive it.

It starts from sample_layers/tmf_inventory_messy.csv and makes a fixed, listed set of changes, so that comparing the
two files (`python -m tmf_plugin compare`, `make demo`) shows every kind of change. It is also written the way another
agency would send it: UTF-8 instead of Windows-1251, commas instead of semicolons, no title row, the coordinate columns
first, and every coordinate in decimal degrees instead of the DMS of the earlier file. Run from the repository root:
`python3 scripts/make_next_meeting_inventory.py`.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tmf_plugin.inventory.columns import detect_mapping  # noqa: E402 - plain Python, no QGIS needed
from tmf_plugin.inventory.values import parse_coordinate  # noqa: E402

SOURCE = ROOT / "sample_layers" / "tmf_inventory_messy.csv"
TARGET = ROOT / "sample_layers" / "tmf_inventory_next_meeting.csv"

REMOVED = ("KZ-TMF-001", "KZ-TMF-030", "KZ-TMF-099")  # closed and rehabilitated, taken off the list
STATUS = {"KZ-TMF-002": "законсервировано", "KZ-TMF-041": "бесхозяйное", "KZ-TMF-060": "не действует",
          "KZ-TMF-075": "действующее"}  # KZ-TMF-075 had an unreadable status word before
VOLUME_GROWTH = {"KZ-TMF-010": 1.08, "KZ-TMF-020": 1.12, "KZ-TMF-050": 1.05, "KZ-TMF-070": 1.10,
                 "KZ-TMF-090": 1.06}
VOLUME_NOW_READABLE = {"KZ-TMF-040": "2 000 000"}  # was "около 2 млн"
MOVED_NORTH_DEG = {"KZ-TMF-005": 0.005, "KZ-TMF-055": 0.004, "KZ-TMF-110": 0.008}  # 445 to 890 m
ADDED = (  # (new ID, name, copied from, degrees north of it)
    ("KZ-TMF-121", "Риддерское хвостохранилище «Новое»", "KZ-TMF-008", 0.03),
    ("KZ-TMF-122", "Рудненское хвостохранилище №5", "KZ-TMF-063", -0.03),
    ("KZ-TMF-123", "Кентауское хвостохранилище «Восточное»", "KZ-TMF-095", 0.02),
)


def _thousands(number: float) -> str:
    return f"{round(number):,}".replace(",", " ")


def main(target: Path = TARGET) -> None:
    rows = list(csv.reader(io.StringIO(SOURCE.read_bytes().decode("cp1251")), delimiter=";"))
    header, data = rows[1], rows[2:]
    mapping = detect_mapping(header)
    column = {key: header.index(name) for key, name in mapping.items()}
    by_id = {row[column["tmf_id"]]: row for row in data}
    out = []
    for row in data:
        tmf_id = row[column["tmf_id"]]
        if tmf_id in REMOVED:
            continue
        row = list(row)
        if tmf_id in STATUS:
            row[column["status"]] = STATUS[tmf_id]
        if tmf_id in VOLUME_GROWTH:
            volume = float(row[column["volume_m3"]].replace(" ", "").replace("\u00a0", "").replace(",", "."))
            row[column["volume_m3"]] = _thousands(volume * VOLUME_GROWTH[tmf_id])
        if tmf_id in VOLUME_NOW_READABLE:
            row[column["volume_m3"]] = VOLUME_NOW_READABLE[tmf_id]
        out.append(_decimal(row, column, MOVED_NORTH_DEG.get(tmf_id, 0.0)))
    for new_id, name, source_id, north in ADDED:
        row = list(by_id[source_id])
        row[column["tmf_id"]], row[column["name"]] = new_id, name
        out.append(_decimal(row, column, north))
    # Another agency's layout: the coordinates first, the running number dropped.
    order = [column["latitude"], column["longitude"]] + [
        i for i in range(len(header)) if i not in (column["latitude"], column["longitude"], 0)]
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow([header[i] for i in order])
    for row in out:
        writer.writerow([row[i] for i in order])
    target.write_bytes(text.getvalue().encode("utf-8"))
    print(f"Wrote {target} ({len(out)} rows)")


def _decimal(row: list, column: dict, north: float) -> list:
    """Coordinates in decimal degrees (6 decimals, about 0.1 m), moved north by `north` degrees."""
    lat_text, lon_text = row[column["latitude"]], row[column["longitude"]]
    try:
        lat, lon = parse_coordinate(lat_text), parse_coordinate(lon_text)
    except ValueError:
        return row  # the earlier file's unreadable coordinates stay as they were, still reported on import
    if lat is None or lon is None:
        return row
    row[column["latitude"]] = f"{lat + north:.6f}"
    row[column["longitude"]] = f"{lon:.6f}"
    return row


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
