"""A tree of boxes over plane segments, searched for every query point at once with numpy."""

from __future__ import annotations

import numpy as np

LEAF = 4  # segments per leaf box (4 and FAN 4 were fastest of 2-32 on a 560,000-segment network)
FAN = 4  # child boxes per box
PAIR_BUDGET = 4_000_000  # (query, segment) pairs a search holds at once: a few hundred MB of arrays


def _spread_bits(values: np.ndarray) -> np.ndarray:
    """The 16 low bits of each value moved to the even bit positions of a 32-bit word."""
    v: np.ndarray = values.astype(np.uint32)
    v = (v | (v << 8)) & 0x00FF00FF
    v = (v | (v << 4)) & 0x0F0F0F0F
    v = (v | (v << 2)) & 0x33333333
    return (v | (v << 1)) & 0x55555555


def morton_order(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Indices that sort points along a Z curve, so neighbours in the order are mostly neighbours in the plane."""
    def grid(v):
        low, span = v.min(), np.ptp(v)
        return np.zeros(len(v)) if span == 0 else (v - low) * (65535.0 / span)

    return np.argsort(_spread_bits(grid(x)) | (_spread_bits(grid(y)) << 1), kind="stable")


def _group_starts(q: np.ndarray) -> np.ndarray:
    """Where each run of equal values starts in a sorted array."""
    if len(q) == 0:
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(np.concatenate(([True], q[1:] != q[:-1])))


def first_lowest(q: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Index of the first lowest value of each run of equal queries in a sorted query array."""
    starts = _group_starts(q)
    low = np.repeat(np.minimum.reduceat(values, starts), np.diff(np.append(starts, len(q))))
    lowest = np.flatnonzero(values == low)
    return lowest[_group_starts(q[lowest])]


def _children(q: np.ndarray, node: np.ndarray, per_node: int, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Each (query, box) pair replaced by (query, child) pairs; children of box i are per_node*i onwards."""
    # Every box but the last is full: equal repeats and one broadcast add cost 40 % less than repeats by size.
    child = ((node * per_node)[:, None] + np.arange(per_node)).ravel()
    q = np.repeat(q, per_node)
    if count % per_node and len(node) and node.max() == count // per_node:
        keep = child < count
        q, child = q[keep], child[keep]
    return q, child


def _box_distance2(px, py, boxes, node) -> np.ndarray:
    """Squared distance from each point to its box (number `node` of a level's boxes), 0 inside it."""
    xmin, ymin, xmax, ymax = (side[node] for side in boxes)
    # In place on these fresh copies: new temporaries cost up to a third of the time (a million pairs).
    dx = np.subtract(xmin, px, out=xmin)
    np.maximum(dx, np.subtract(px, xmax, out=xmax), out=dx)
    np.maximum(dx, 0.0, out=dx)
    dy = np.subtract(ymin, py, out=ymin)
    np.maximum(dy, np.subtract(py, ymax, out=ymax), out=dy)
    np.maximum(dy, 0.0, out=dy)
    dx *= dx
    dy *= dy
    dx += dy
    return dx


def segment_distance2(px, py, x0, y0, x1, y1) -> tuple[np.ndarray, np.ndarray]:
    """Squared distance from points to segments, and where along each segment (0..1) the nearest point is."""
    # The same arithmetic as x0 + t * (x1 - x0) - px and the rest, done in place on its own arrays.
    dx, dy = x1 - x0, y1 - y0
    span = dx * dx
    span += dy * dy
    t = px - x0
    t *= dx
    ty = py - y0
    ty *= dy
    t += ty
    with np.errstate(invalid="ignore", divide="ignore"):
        t /= span
    t[~(span > 0)] = 0.0
    np.clip(t, 0.0, 1.0, out=t)
    ex = np.multiply(t, dx, out=dx)
    ex += x0
    ex -= px
    ey = np.multiply(t, dy, out=dy)
    ey += y0
    ey -= py
    ex *= ex
    ey *= ey
    ex += ey
    return ex, t


class SegmentTree:
    """Plane segments under boxes of LEAF segments, themselves under boxes of FAN boxes up to one root.

    Segments are sorted along a Z curve so that each box is compact; searches give their numbers in that order,
    and `sorted()` puts the caller's arrays about the segments in it. A search walks down one level at a time
    with all its (query, box) pairs in arrays, dropping every pair whose box is farther than the query's bound.
    """

    def __init__(self, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> None:
        self.count = len(x0)
        if self.count == 0:
            return
        self.order = morton_order((x0 + x1) / 2, (y0 + y1) / 2)
        self.x0, self.y0, self.x1, self.y1 = (a[self.order] for a in (x0, y0, x1, y1))
        starts = np.arange(0, self.count, LEAF)
        boxes = [tuple(f.reduceat(v, starts) for f, v in (
            (np.minimum, np.minimum(self.x0, self.x1)), (np.minimum, np.minimum(self.y0, self.y1)),
            (np.maximum, np.maximum(self.x0, self.x1)), (np.maximum, np.maximum(self.y0, self.y1))))]
        while len(boxes[-1][0]) > 1:
            starts = np.arange(0, len(boxes[-1][0]), FAN)
            xmin, ymin, xmax, ymax = boxes[-1]
            boxes.append((np.minimum.reduceat(xmin, starts), np.minimum.reduceat(ymin, starts),
                          np.maximum.reduceat(xmax, starts), np.maximum.reduceat(ymax, starts)))
        self.levels = boxes  # leaves first

    def sorted(self, *arrays: np.ndarray) -> list[np.ndarray]:
        """The arrays, one value per segment in the order given, in the tree's order."""
        return [array[self.order] for array in arrays]

    def nearest(self, px: np.ndarray, py: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(segment, squared distance, position along it) of each point's nearest segment (-1 when none)."""
        m = len(px)
        segment, best, along = np.full(m, -1), np.full(m, np.inf), np.zeros(m)
        if self.count == 0 or m == 0:
            return segment, best, along
        q, s, d2, t = self._pairs(px, py, self._greedy_bound2(px, py), tighten=True)
        first = first_lowest(q, d2)  # ties: the first segment in tree order
        segment[q[first]], best[q[first]], along[q[first]] = s[first], d2[first], t[first]
        return segment, best, along

    def within(self, px: np.ndarray, py: np.ndarray, radius: np.ndarray):
        """(query, segment, squared distance, position along it) of every segment within each query's radius,
        grouped by query in ascending order."""
        batches = list(self.within_batches(px, py, radius))
        return tuple(np.concatenate([batch[k] for batch in batches]) for k in range(4))

    def within_batches(self, px: np.ndarray, py: np.ndarray, radius: np.ndarray):
        """The pairs of `within` in batches of whole queries, in ascending order, each of about PAIR_BUDGET pairs
        at most (unless one query alone has more): a point far from small lines has nearly all of them within
        its radius, and thousands of such points would not fit in memory at once."""
        if self.count == 0 or len(px) == 0:
            empty = np.zeros(0, dtype=np.int64)
            yield empty, empty, np.zeros(0), np.zeros(0)
            return
        start = np.arange(len(px))
        yield from self._walk(start, np.zeros(len(px), dtype=np.int64), len(self.levels) - 1, px, py, radius * radius)

    def _walk(self, q, node, level: int, px, py, bound2):
        """The pairs of (query, box at `level`) pairs down to the segments, split by query when they could grow
        past PAIR_BUDGET."""
        while True:
            keep = _box_distance2(px[q], py[q], self.levels[level], node) <= bound2[q]
            q, node = q[keep], node[keep]
            if level == 0:
                break
            q, node = _children(q, node, FAN, len(self.levels[level - 1][0]))
            level -= 1
            if len(q) * LEAF * FAN ** level > PAIR_BUDGET and len(q) and q[0] != q[-1]:
                cut = int(np.searchsorted(q, q[len(q) // 2]))
                cut = cut or int(np.searchsorted(q, q[0], side="right"))
                yield from self._walk(q[:cut], node[:cut], level, px, py, bound2)
                yield from self._walk(q[cut:], node[cut:], level, px, py, bound2)
                return
        q, s = _children(q, node, LEAF, self.count)
        d2, t = segment_distance2(px[q], py[q], self.x0[s], self.y0[s], self.x1[s], self.y1[s])
        keep = d2 <= bound2[q]
        yield q[keep], s[keep], d2[keep], t[keep]

    def _greedy_bound2(self, px, py) -> np.ndarray:
        """Squared distance to the nearest segment of the leaf reached by always entering the nearest child box:
        a bound that is usually tight, so the full search opens few boxes."""
        q, node = np.arange(len(px)), np.zeros(len(px), dtype=np.int64)
        for level in range(len(self.levels) - 1, 0, -1):
            qq, child = _children(q, node, FAN, len(self.levels[level - 1][0]))
            d2 = _box_distance2(px[qq], py[qq], self.levels[level - 1], child)
            node = child[first_lowest(qq, d2)]
        qq, s = _children(q, node, LEAF, self.count)
        d2, _ = segment_distance2(px[qq], py[qq], self.x0[s], self.y0[s], self.x1[s], self.y1[s])
        return d2[first_lowest(qq, d2)]

    def _pairs(self, px, py, bound2, tighten: bool):
        """(query, tree-order segment, squared distance, along) pairs with distance within each query's bound.

        With `tighten`, each bound shrinks on the way down to the distance of the first vertex of any box met,
        so only boxes that may hold the nearest segment are opened.
        """
        bound2 = bound2.copy()
        q, node = np.arange(len(px)), np.zeros(len(px), dtype=np.int64)
        for level in range(len(self.levels) - 1, -1, -1):
            qx, qy = px[q], py[q]
            if tighten:
                first = node * (LEAF * FAN ** level)  # a vertex of the box: a distance that surely occurs
                ex, ey = self.x0[first], self.y0[first]
                ex -= qx
                ey -= qy
                ex *= ex
                ey *= ey
                ex += ey
                starts = _group_starts(q)
                bound2[q[starts]] = np.minimum(bound2[q[starts]], np.minimum.reduceat(ex, starts))
            keep = _box_distance2(qx, qy, self.levels[level], node) <= bound2[q]
            q, node = q[keep], node[keep]
            if level > 0:
                q, node = _children(q, node, FAN, len(self.levels[level - 1][0]))
        q, s = _children(q, node, LEAF, self.count)
        d2, t = segment_distance2(px[q], py[q], self.x0[s], self.y0[s], self.x1[s], self.y1[s])
        keep = d2 <= bound2[q]
        return q[keep], s[keep], d2[keep], t[keep]
