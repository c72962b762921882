"""Deterministic integer allocation of published totals over units.

The 2024 report publishes regional totals, not answers per unit. To ship per-unit extracts whose
sums reproduce every published total exactly, the generator spreads each total over units with
the largest-remainder method. Everything here is pure and deterministic: the same inputs give the
same allocation on every machine (no random state, ties broken by unit id).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence


def stable_rank(key: str, unit_ids: Sequence[str]) -> list[str]:
    """Order units by a hash of (key, unit id): a reproducible stand-in for a random pick."""
    return sorted(unit_ids, key=lambda uid: hashlib.sha256(f"{key}:{uid}".encode()).hexdigest())


def pick(key: str, k: int, unit_ids: Sequence[str], must: Sequence[str] = ()) -> set[str]:
    """Choose exactly k units, always including `must`, the rest by stable_rank."""
    if k < len(must) or k > len(unit_ids):
        raise ValueError(f"{key}: cannot pick {k} of {len(unit_ids)} units with {len(must)} fixed")
    chosen = list(must)
    for uid in stable_rank(key, unit_ids):
        if len(chosen) == k:
            break
        if uid not in chosen:
            chosen.append(uid)
    return set(chosen)


def hash_weight(key: str, uid: str, low: float = 0.5, high: float = 1.5) -> float:
    """A reproducible pseudo-random weight in [low, high)."""
    fraction = int(hashlib.sha256(f"{key}:{uid}".encode()).hexdigest()[:8], 16) / 16**8
    return low + (high - low) * fraction


def spread(
    total: int,
    weights: Mapping[str, float],
    fixed: Mapping[str, int] | None = None,
    caps: Mapping[str, int] | None = None,
) -> dict[str, int]:
    """Split `total` into integers proportional to `weights`, honouring fixed values and caps.

    Units in `fixed` get exactly their value; the remainder goes to the other weighted units by
    largest remainder, never above a unit's cap (capacity freed by a cap is re-spread).
    """
    fixed = dict(fixed or {})
    result = {uid: 0 for uid in weights} | fixed
    remaining = total - sum(fixed.values())
    open_units = [uid for uid in weights if uid not in fixed and weights[uid] > 0]
    if remaining < 0:
        raise ValueError(f"fixed values {sum(fixed.values())} exceed total {total}")
    while remaining > 0:
        if not open_units:
            raise ValueError(f"cannot place {remaining} more within the caps")
        weight_sum = sum(weights[uid] for uid in open_units)
        shares = {uid: remaining * weights[uid] / weight_sum for uid in open_units}
        alloc = {uid: int(shares[uid]) for uid in open_units}
        left = remaining - sum(alloc.values())
        for uid in sorted(open_units, key=lambda u: (-(shares[u] - alloc[u]), u))[:left]:
            alloc[uid] += 1
        placed = 0
        for uid in open_units:
            room = (caps[uid] - result[uid]) if caps is not None else alloc[uid]
            add = min(alloc[uid], room)
            result[uid] += add
            placed += add
        remaining -= placed
        if caps is not None:
            open_units = [uid for uid in open_units if result[uid] < caps[uid]]
    return result


def partition(row_totals: Mapping[str, int], column_totals: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """Fill a units x categories table whose rows sum to row_totals and columns to column_totals.

    Used where categories partition the people of a unit (age bands, education, outcome forms):
    each column is spread over the units' remaining capacity, so no cell is negative and the
    last column takes exactly what is left in each row.
    """
    if sum(row_totals.values()) != sum(column_totals.values()):
        raise ValueError(f"rows sum to {sum(row_totals.values())}, columns to {sum(column_totals.values())}")
    capacity = dict(row_totals)
    table: dict[str, dict[str, int]] = {uid: {} for uid in row_totals}
    columns = list(column_totals)
    for column in columns[:-1]:
        cells = spread(column_totals[column], {u: float(c) for u, c in capacity.items()}, caps=capacity)
        for uid, value in cells.items():
            table[uid][column] = value
            capacity[uid] -= value
    for uid in row_totals:
        table[uid][columns[-1]] = capacity[uid]
    return table
