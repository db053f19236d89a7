"""The benchmark's data files (``rounds/*.toml``): loading and the declared disjointness checks.

A data file holds a round's pools, templates, counts, seed, the checks its pools must pass and the
slots written as data (``pii_slots.py``); the Python generator module it names
(``generators = "gen_round08"``) holds only algorithms and reads its pools from the same file
through :func:`pools`. See README.md ("Data files") for the format.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from pii_common import name_tokens

HERE = Path(__file__).resolve().parent
ROUNDS = HERE / "rounds"


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed data file ``rounds/<name>.toml``."""
    with (ROUNDS / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def pools(name: str) -> dict[str, Any]:
    """The ``[pools]`` table of data file ``name`` (arrays as lists; see :func:`rows`)."""
    return load(name).get("pools", {})


def rows(items: list) -> list[tuple]:
    """A pool of records (TOML arrays) as the tuples the generators unpack."""
    return [tuple(r) for r in items]


def round_names() -> list[str]:
    """The dev-only rounds, in build order (by their first template index)."""
    names = [p.stem for p in ROUNDS.glob("*.toml") if "first_index" in load(p.stem)]
    return sorted(names, key=lambda n: load(n)["first_index"])


def templates(name: str, key: str) -> list[tuple[str, str, str]]:
    """(category, role, text) of the ``pii`` or ``nopii`` templates of data file ``name``."""
    return [tuple(t) for t in load(name)["templates"][key]]


# ---------------------------------------------------------------- declared disjointness
def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for v in value for s in _strings(v)]


def pool_values(name: str, ref: str) -> list[str]:
    """The strings of pool reference ``ref`` in data file ``name``: ``pool`` (every string in it;
    a table's values), ``pool[0,1]`` (those fields of each record) or ``pool.keys`` (a table's keys)."""
    pool_name, _, cols = ref.partition("[")
    pool_name, _, attr = pool_name.partition(".")
    table = pools(name)
    if pool_name not in table:
        raise ValueError(f"{name}: disjointness check names unknown pool {pool_name}")
    pool = table[pool_name]
    if attr == "keys":
        return list(pool)
    if cols:
        out = []
        for rec in pool:
            for col in cols.rstrip("]").split(","):
                out += [" ".join(rec[int(i)] for i in col.split("+"))] if "+" in col else _strings(rec[int(col)])
        return out
    return _strings(pool)


def class_values(name: str, cls: str) -> dict[str, set[str]]:
    """Pool reference -> values, for the pools data file ``name`` puts in class ``cls``."""
    refs = load(name).get("classes", {}).get(cls, [])
    return {f"{name}:{ref}": set(pool_values(name, ref)) for ref in refs}


def _particles() -> frozenset[str]:
    out: set[str] = set()
    for n in ["base", *round_names()]:
        for vals in class_values(n, "particles").values():
            out |= vals
    return frozenset(out)


def _norm(values: set[str], how: str, particles: frozenset[str]) -> set[str]:
    if how == "exact":
        return values
    if how == "lower":
        return {v.lower() for v in values}
    if how == "tokens":
        return name_tokens(values, particles)
    if how == "lower_tokens":
        return {t.lower() for t in name_tokens(values, particles)}
    raise ValueError(f"unknown comparison {how}")


def check_disjoint(name: str) -> None:
    """Run the ``[[disjoint]]`` declarations of data file ``name``; raise ValueError naming the
    pools that share a value.

    Each declaration compares the values of class ``mine`` (this file's pools) with those of the
    classes ``theirs`` in the files of ``disjoint_from`` (``scope = "earlier"``, the default), in
    this file (``"self"``) or both (``"all"``), after normalising them (``norm``: exact, lower,
    tokens, lower_tokens; ``theirs_norm`` for the other side, default ``norm``).
    """
    data = load(name)
    particles = _particles()
    earlier = data.get("disjoint_from", [])
    for rule in data.get("disjoint", []):
        how = rule.get("norm", "exact")
        their_how = rule.get("theirs_norm", how)
        scope = rule.get("scope", "earlier")
        files = (earlier if scope in ("earlier", "all") else []) + ([name] if scope in ("self", "all") else [])
        mine = class_values(name, rule["mine"])
        mine_all = _norm(set().union(*mine.values()), how, particles) if mine else set()
        for other in files:
            for cls in rule["theirs"]:
                for ref, vals in class_values(other, cls).items():
                    if ref in mine:
                        continue
                    shared = mine_all & _norm(vals, their_how, particles)
                    if shared:
                        own = [r for r, v in mine.items() if _norm(v, how, particles) & shared]
                        raise ValueError(f"{name}: pool {', '.join(own)} shares {sorted(shared)} with pool {ref}"
                                         f" (class {rule['mine']} vs {cls}, {how})")
    for rule in data.get("distinct", []):
        values = pool_values(name, rule)
        if len(set(values)) != len(values):
            raise ValueError(f"{name}: pool {rule} has repeated values")
    for ref, allowed in data.get("values_in", {}).items():
        bad = sorted(set(pool_values(name, ref)) - set(allowed))
        if bad:
            raise ValueError(f"{name}: pool {ref} has values outside {allowed}: {bad}")
    for ref, within in data.get("subset", {}).items():
        missing = sorted(set(pool_values(name, ref)) - set(pool_values(name, within)))
        if missing:
            raise ValueError(f"{name}: pool {ref} has values missing from {within}: {missing}")
