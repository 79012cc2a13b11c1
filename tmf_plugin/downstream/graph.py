"""The river graph of a network being built: reaches between nodes, and the words for what it cannot resolve."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from qgis.core import QgsPointXY

M_PER_DEG = 111320.0

# Words of the `issue` field (English machine words, like the trace statuses).
ISSUE_ISOLATED = "isolated"  # a piece touching no other piece and no outlet
ISSUE_NO_OUTLET = "no outlet"  # its connected piece reaches no outlet: direction as digitised
ISSUE_EDGE = "edge outlet"  # drains to where the data ends, not to a given outlet
ISSUE_BRAID = "braid"  # closes a loop with other reaches; flow goes one way only
ISSUE_PIT = "pit"  # DEM: flows into a node with no lower way out
ISSUE_FLAT = "flat"  # DEM: both ends at the same height, direction as digitised


@dataclass
class Edge:
    """One reach of the built network."""

    points: list[QgsPointXY]  # EPSG:4326, digitised direction until oriented
    name: str
    source_fid: int
    u: int = -1  # node at the first point
    v: int = -1  # node at the last point
    length_km: float = 0.0
    reversed: bool = False
    hyriv_id: int = 0
    next_down: int = 0
    main_riv: int = 0
    dist_dn_km: float = 0.0
    order: int = 1  # Strahler stream order
    issues: list[str] = field(default_factory=list)

    @property
    def down_node(self) -> int:
        return self.u if self.reversed else self.v

    @property
    def up_node(self) -> int:
        return self.v if self.reversed else self.u


def half_widths_deg(tolerance_m: float, lat: float) -> tuple[float, float]:
    """Half-widths in degrees (lon, lat) of a box of tolerance_m metres around a latitude, at that latitude: for
    joining line ends metres apart. A box that must hold everything within a distance is geodesy.degree_box."""
    return tolerance_m / (M_PER_DEG * max(math.cos(math.radians(lat)), 0.01)), tolerance_m / M_PER_DEG


def connected_components(edges: list[Edge]) -> list[list[int]]:
    """Edge indices of each connected piece of the network."""
    by_node: dict[int, list[int]] = defaultdict(list)
    for k, e in enumerate(edges):
        by_node[e.u].append(k)
        by_node[e.v].append(k)
    seen = [False] * len(edges)
    components = []
    for start in range(len(edges)):
        if seen[start]:
            continue
        stack, component = [start], []
        seen[start] = True
        while stack:
            k = stack.pop()
            component.append(k)
            for node in (edges[k].u, edges[k].v):
                for other in by_node[node]:
                    if not seen[other]:
                        seen[other] = True
                        stack.append(other)
        components.append(component)
    return components


def node_degree(edges: list[Edge]) -> dict[int, int]:
    """How many reaches meet at each node."""
    degree: dict[int, int] = defaultdict(int)
    for e in edges:
        degree[e.u] += 1
        degree[e.v] += 1
    return degree
