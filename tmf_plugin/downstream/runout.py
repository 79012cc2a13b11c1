"""Empirical runout of tailings released by a dam failure, to set each facility's downstream distance.

Two regressions fitted on historical tailings dam failures, in their published units (V in hm³, H in m, D in km):

* Rico, M., Benito, G., Díez-Herrero, A. (2008). Floods from tailings dam failures. Journal of Hazardous
  Materials 154, 79-87. Released volume V_F = 0.354 V_T^1.01; runout D_max = 1.61 (H V_F)^0.66.
* Larrauri, P. C., Lall, U. (2018). Tailings dams failures: updated statistical model for discharge volume and
  runout. Environments 5(2), 28. V_F = 0.332 V_T^0.95; D_max = 3.04 H_f^0.545 with H_f = H (V_F / V_T) V_F.

Limits: both fits rest on a few dozen failures (dam heights about 5-100 m, stored volumes about 0.01-100 hm³) and
scatter by about an order of magnitude around the line; they say how far tailings have travelled, not how far
dissolved contaminants go. Use them to rank facilities and set a first search distance, not as a prediction.
"""

from __future__ import annotations

METHODS = ("fixed", "rico2008", "larrauri2018")


def released_volume_hm3(method: str, stored_hm3: float) -> float:
    """Volume released by a failure (hm³) from the stored tailings volume V_T (hm³)."""
    if method == "rico2008":
        return 0.354 * stored_hm3**1.01
    if method == "larrauri2018":
        return 0.332 * stored_hm3**0.95
    raise ValueError(f"unknown runout method {method!r}")


def runout_km(method: str, stored_m3: float, dam_height_m: float) -> float:
    """Maximum runout distance D_max (km) from the stored volume (m³) and the dam height (m)."""
    if stored_m3 is None or dam_height_m is None or stored_m3 <= 0 or dam_height_m <= 0:
        raise ValueError("runout needs a positive stored volume and dam height")
    stored_hm3 = stored_m3 / 1e6
    released = released_volume_hm3(method, stored_hm3)
    if method == "rico2008":
        return 1.61 * (dam_height_m * released) ** 0.66
    factor = dam_height_m * (released / stored_hm3) * released  # H_f of Larrauri & Lall
    return 3.04 * factor**0.545
