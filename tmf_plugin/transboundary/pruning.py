"""Which segments can be the nearest to a few facilities, so that only those are projected and indexed.

A facility's distance to any vertex bounds its distance to the lines, and so the plane radius the search of
`NearestLine` will look in; every segment that can lie within that radius is kept, judged in lon/lat on a grid.
On 1,000,000 reaches 121 facilities need a few percent of the 3.3 million segments of the transboundary basins.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from ..core.geodesy import degree_box
from .segment_tree import SegmentTree

if TYPE_CHECKING:
    from .nearest import Conic

SEGMENTS_PER_POINT = 200  # below this many segments per facility, judging them costs more than indexing them all
LONGEST_CHORD_DEG = 0.5  # longer segments bend too far from their lon/lat chord in the plane to judge them by it
CELLS = 1024  # grid cells along the longer side of the lines' extent: 2048 kept 1-4 % fewer segments for 4x the table
LAMBERT_SLACK = 1e-5  # on Lambert's formula (within 1.5e-6 of the geodesic) when it measures a vertex


def segments_near(conic: Conic, lon: np.ndarray, lat: np.ndarray, parts: np.ndarray, first: np.ndarray,
                  plon: np.ndarray, plat: np.ndarray, quick_km, quick_slack: float, margin_m: float
                  ) -> np.ndarray | None:
    """Mask over the segments starting at vertex numbers `first` of those that may lie within the search radius
    of a point (plon, plat), or None when all must stay (many points, long segments, a point whose reach crosses
    the antimeridian). Each point's reach is the lon/lat box of degree_box around it.

    The search radius of a point is highest_scale * bound * 1000 + margin_m plane metres, bound being the Lambert
    km to its nearest plane point times (1 + quick_slack); `quick_km` is that formula.
    """
    if len(plon) == 0 or len(plon) * SEGMENTS_PER_POINT > len(first):
        return None
    longest = float(np.sqrt((np.diff(lon) ** 2 + np.diff(lat) ** 2)[first].max()))
    if longest > LONGEST_CHORD_DEG:
        return None
    # A straight plane segment strays from its lon/lat chord by its sagitta: about 0.001 degrees for a chord of one
    # degree on any cone fitted to the data; twenty times that, and a thousandth of a degree for rounding.
    grow = 0.001 + 0.05 * longest * longest
    km = _search_km(conic, lon, lat, parts, first, plon, plat, quick_km, quick_slack, margin_m)
    if km is None:
        return None
    boxes = np.array([degree_box(*where) for where in zip(plon.tolist(), plat.tolist(), km.tolist())])
    if boxes[:, 0].min() < -180.0 or boxes[:, 2].max() > 180.0:
        return None  # a box across the antimeridian
    return _inside_boxes(lon, lat, parts, first, tuple(boxes.T), grow)


def _search_km(conic: Conic, lon, lat, parts, first, plon, plat, quick_km, quick_slack: float, margin_m: float):
    """Ellipsoidal km from each point within which every plane point of its search radius lies, or None."""
    # The first vertex of each part's first segment: a vertex of the lines the search looks at.
    segment_parts = parts[first]
    starts = first[np.concatenate(([True], segment_parts[1:] != segment_parts[:-1]))]
    sx, sy = conic.project(lon[starts], lat[starts])
    px, py = conic.project(plon, plat)
    tree = SegmentTree(sx, sy, sx, sy)
    vertex, _, _ = tree.nearest(px, py)  # numbered in the tree's order
    vlon, vlat = tree.sorted(lon[starts], lat[starts])
    to_vertex = quick_km(plon, plat, vlon[vertex], vlat[vertex]) * (1 + LAMBERT_SLACK)
    guess = to_vertex * 1.2 + 1.0
    for _ in range(4):
        low, high = conic.scale_range(plat, guess)
        # The plane's nearest point is no farther in the plane than the vertex, which is at most high * to_vertex;
        # on the ellipsoid it is then at most that over low, which bounds the search's own bound and radius.
        bound = high / low * to_vertex * (1 + quick_slack) + 1e-6
        radius_m = high * bound * 1000.0 + margin_m
        km = radius_m / (low * 1000.0) * (1 + 1e-9) + 0.001
        if not np.all(np.isfinite(km)):
            return None
        if np.all(km <= guess):
            return km
        guess = np.maximum(guess, km * 1.1)
    return None


def _inside_boxes(lon, lat, parts, first, boxes, grow: float) -> np.ndarray:
    """Mask of the segments (starting at `first`) whose line part's lon/lat box, grown by `grow` degrees, meets
    any of the boxes (west, south, east, north arrays)."""
    change = np.concatenate(([True], parts[1:] != parts[:-1]))
    starts = np.flatnonzero(change)
    west, east = np.fmin.reduceat(lon, starts) - grow, np.fmax.reduceat(lon, starts) + grow
    south, north = np.fmin.reduceat(lat, starts) - grow, np.fmax.reduceat(lat, starts) + grow
    x0, y0 = float(np.nanmin(west)), float(np.nanmin(south))
    cell = max(float(np.nanmax(east)) - x0, float(np.nanmax(north)) - y0, 1e-9) / CELLS
    nx = int(math.ceil((float(np.nanmax(east)) - x0) / cell)) + 1
    ny = int(math.ceil((float(np.nanmax(north)) - y0) / cell)) + 1

    def column(x):
        return np.clip(np.floor((x - x0) / cell), 0, nx - 1).astype(np.int64)

    def row(y):
        return np.clip(np.floor((y - y0) / cell), 0, ny - 1).astype(np.int64)

    marked = np.zeros((nx, ny), dtype=bool)
    for i0, j0, i1, j1 in zip(*(f(v) for f, v in zip((column, row, column, row), boxes))):
        marked[i0:i1 + 1, j0:j1 + 1] = True
    # Summed area: any marked cell in a box in four look-ups. At most CELLS**2 cells count, which int32 holds in half
    # the memory of int64: a fresh table is paid in page faults (2048 cells in int64 cost 70 ms on 100k reaches).
    table = np.zeros((nx + 1, ny + 1), dtype=np.int32)
    table[1:, 1:] = marked.cumsum(axis=0, dtype=np.int32).cumsum(axis=1, dtype=np.int32)
    located = np.isfinite(west) & np.isfinite(south)  # a part whose vertices all lack coordinates has no segment
    west, south = np.where(located, west, x0), np.where(located, south, y0)
    east, north = np.where(located, east, x0), np.where(located, north, y0)
    i0, j0, i1, j1 = column(west), row(south), column(east) + 1, row(north) + 1
    meets = located & ((table[i1, j1] - table[i0, j1] - table[i1, j0] + table[i0, j0]) > 0)
    part_of_vertex = np.cumsum(change) - 1
    return meets[part_of_vertex[first]]
