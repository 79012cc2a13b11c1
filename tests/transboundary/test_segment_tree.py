"""The plane segment tree against brute force: nearest segment and every segment within a radius, for all points."""

from __future__ import annotations

import numpy as np
import pytest

from tmf_plugin.transboundary.segment_tree import SegmentTree, segment_distance2


def _network(rng, n):
    """Short segments scattered over a 1000 x 500 km plane, some of zero length and some repeated."""
    x0, y0 = rng.uniform(0, 1e6, n), rng.uniform(0, 5e5, n)
    x1, y1 = x0 + rng.normal(0, 800, n), y0 + rng.normal(0, 800, n)
    x1[::17], y1[::17] = x0[::17], y0[::17]  # points posing as segments
    copy = np.arange(0, n - 1, 23)  # repeated segments
    for values in (x0, y0, x1, y1):
        values[copy + 1] = values[copy]
    return x0, y0, x1, y1


@pytest.mark.parametrize("n, m", [(1, 30), (5, 30), (37, 80), (4000, 400)])
def test_nearest_and_within_match_brute_force(n, m):
    rng = np.random.default_rng(n)
    x0, y0, x1, y1 = _network(rng, n)
    # Queries inside the network, on its segments' ends, and far outside it (hundreds of km away).
    px = np.concatenate((rng.uniform(0, 1e6, m), x0[:5], rng.uniform(-8e5, 2e6, m)))
    py = np.concatenate((rng.uniform(0, 5e5, m), y0[:5], rng.uniform(-8e5, 1.5e6, m)))
    tree = SegmentTree(x0, y0, x1, y1)
    sx0, sy0, sx1, sy1 = tree.sorted(x0, y0, x1, y1)
    segment, best, along = tree.nearest(px, py)
    radius = np.sqrt(best) * 1.02 + 50.0
    query, found, d2, _ = tree.within(px, py, radius)
    assert np.all(np.diff(query) >= 0)
    for i in range(len(px)):
        truth, _ = segment_distance2(px[i], py[i], sx0, sy0, sx1, sy1)
        assert best[i] == pytest.approx(truth.min(), rel=1e-9, abs=1e-6)
        assert truth[segment[i]] == pytest.approx(truth.min(), rel=1e-9, abs=1e-6)
        point = (sx0[segment[i]] + along[i] * (sx1[segment[i]] - sx0[segment[i]]),
                 sy0[segment[i]] + along[i] * (sy1[segment[i]] - sy0[segment[i]]))
        assert np.hypot(point[0] - px[i], point[1] - py[i]) == pytest.approx(np.sqrt(best[i]), rel=1e-9, abs=1e-6)
        assert set(found[query == i].tolist()) == set(np.flatnonzero(truth <= radius[i] ** 2).tolist())
    assert len(d2) == len(found)


def test_an_empty_tree_finds_nothing():
    tree = SegmentTree(*(np.zeros(0) for _ in range(4)))
    segment, best, _ = tree.nearest(np.array([1.0]), np.array([2.0]))
    assert segment.tolist() == [-1] and np.isinf(best[0])
    assert len(tree.within(np.array([1.0]), np.array([2.0]), np.array([10.0]))[0]) == 0


def test_batches_hold_whole_queries_and_give_what_within_gives(qgis_app, monkeypatch):
    """Far points have nearly every segment within their radius; the batches split them by query, not by pair."""
    import numpy as np

    from tmf_plugin.transboundary import segment_tree
    from tmf_plugin.transboundary.segment_tree import SegmentTree

    rng = np.random.default_rng(5)
    x0, y0 = rng.uniform(0, 1000, 3000), rng.uniform(0, 1000, 3000)
    tree = SegmentTree(x0, y0, x0 + rng.uniform(-5, 5, 3000), y0 + rng.uniform(-5, 5, 3000))
    px, py = rng.uniform(-5000, 6000, 40), rng.uniform(-5000, 6000, 40)
    radius = np.full(40, 20_000.0)  # every segment is within every radius
    whole = tree.within(px, py, radius)
    monkeypatch.setattr(segment_tree, "PAIR_BUDGET", 5000)
    batches = list(tree.within_batches(px, py, radius))
    assert len(batches) >= 20 and max(len(b[0]) for b in batches) <= 3000 * 2
    seen = [set(b[0].tolist()) for b in batches]
    assert all(not a & b for a, b in zip(seen, seen[1:]))  # no query is split between batches
    for k in range(4):
        assert np.array_equal(np.concatenate([b[k] for b in batches]), whole[k])
    assert len(whole[0]) == 40 * 3000
