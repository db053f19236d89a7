"""Slot generators declared in the data files: pool picks, formats and programs, people, phones, addresses.

A data file's ``[slots]`` table maps a slot kind to a pick from a pool (``{pick = POOL}``) or to a value
written in the mini-language of ``pii_format`` (``{v = PROGRAM, type = ...}``); its ``[person]``,
``[phones]`` and ``[addresses]`` tables declare the round's person, phone and address generators. Each
generator draws from the RNG in the order its data gives (see README.md, "Data files").
"""

from __future__ import annotations

from typing import Any

import pii_data
from pii_common import Attrs, Ctx, ascii_fold_all, one, valid_phone_gen
from pii_format import render, run

SLOT_OPTIONS = {"type", "unique", "once", "program", "one_of"}


def pick_slot(name: str, spec: dict[str, Any]):  # type: ignore[no-untyped-def]
    """One item of pool ``spec["pick"]`` (``rng.choice``, or :meth:`Ctx.pick_recent` / :meth:`Ctx.pick_fresh`
    when ``recent`` / ``fresh`` names a key), as attribute ``v`` with type ``type`` (none: a look-alike).
    With ``split = true`` the pool is a (dev, test) pair and the draw is from the half of the split being
    built. With ``fields`` the item is a record whose fields are attributes of those names, and ``attrs``
    adds attributes written as formats of them."""
    pools = pii_data.pools(name)
    if spec["pick"] not in pools:
        raise ValueError(f"{name}: slot picks from unknown pool {spec['pick']}")
    pool, typ = pools[spec["pick"]], spec.get("type")

    def gen(ctx: Ctx) -> Attrs:
        if spec.get("split"):
            item = ctx.rng.choice(pool[ctx.split])
        elif "recent" in spec:
            item = ctx.pick_recent(pool, spec["recent"], spec["window"])
        elif "fresh" in spec:
            item = ctx.pick_fresh(pool, spec["fresh"], spec["window"])
        else:
            item = ctx.rng.choice(pool)
        if "fields" not in spec:
            return {"v": one(item, typ)}
        env = dict(zip(spec["fields"], item))
        return {**{k: one(v, typ) for k, v in env.items()},
                **{k: one(render(ctx, fmt, env, pools), typ) for k, fmt in spec.get("attrs", {}).items()}}

    return gen


def value_slot(name: str, spec: dict[str, Any]):  # type: ignore[no-untyped-def]
    """Attributes written as programs (every key not in ``SLOT_OPTIONS``; ``program`` names one of the file's
    ``[programs]`` as attribute ``v``, ``one_of`` first chooses one of several). ``once`` holds steps run
    before them; each attribute is drawn until new (``Ctx.unique``) when ``unique``, by default when typed."""
    data = pii_data.load(name)
    pools, programs, typ = data.get("pools", {}), data.get("programs", {}), spec.get("type")
    attrs = {k: v for k, v in spec.items() if k not in SLOT_OPTIONS}
    if "program" in spec:
        attrs["v"] = programs[spec["program"]]
    unique = spec.get("unique", typ is not None)

    def gen(ctx: Ctx) -> Attrs:
        env: dict[str, Any] = {"split": ctx.split}
        run(ctx, spec.get("once", {}), env, pools)
        chosen = {"v": programs[ctx.rng.choice(spec["one_of"])]} if "one_of" in spec else attrs
        out = {}
        for attr, program in chosen.items():
            def make() -> str:
                return run(ctx, program, dict(env), pools)  # noqa: B023 (called at once)

            out[attr] = one(ctx.unique(make) if unique else make(), typ)
        return out

    return gen


def person(ctx: Ctx, name: str, gender: str | None = None, region: str | None = None) -> Attrs:
    """A person of data file ``name``'s ``[person]``: a name record of pool ``pool`` (with ``gender`` "f" or
    "m", names read that way or either, by field 3 or the ``genders`` table; ``region``, one of the dotted
    groups of field 2), picked by ``rng.choice`` or ``recent`` / ``fresh`` with ``window``; then the
    ``draws`` (programs), the ``emails`` (programs, unique) and the ``attrs`` (formats), all PERSON but the
    e-mails, beside the usual forms of the name."""
    spec, pools = pii_data.load(name)["person"], pii_data.pools(name)
    genders = pools.get(spec.get("genders", ""), {})
    pool = [n for n in pools[spec["pool"]] if (gender is None or (genders[n[0]] if genders else n[3]) in (gender, "x"))
            and (region is None or region in n[2].split("."))]
    if "recent" in spec:
        first, last = ctx.pick_recent(pool, spec["recent"], spec["window"])[:2]
    elif "fresh" in spec:
        first, last = ctx.pick_fresh(pool, spec["fresh"], spec["window"])[:2]
    else:
        first, last = ctx.rng.choice(pool)[:2]
    full = f"{first} {last}"
    skip = set(pools.get(spec.get("initial_skips", ""), []))
    initial = next(t for t in first.split() if t not in skip)[0]
    env = {"first": first, "last": last, "full": full, "f": ascii_fold_all(first), "l": ascii_fold_all(last)}
    run(ctx, spec.get("draws", {}), env, pools)
    programs = pii_data.load(name).get("programs", {})
    emails = {e: one(ctx.unique(lambda: run(ctx, programs[e], dict(env), pools)), "EMAIL_ADDRESS")  # noqa: B023
              for e in spec.get("emails", [])}
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "last_lc": one(last.lower(), "PERSON"),
            "full_lc": one(full.lower(), "PERSON"), "initial": one(f"{initial}. {last}", "PERSON"),
            "poss": [(first, "PERSON"), ("'s", None)], "poss_lc": [(first.lower(), "PERSON"), ("'s", None)],
            "poss_full": [(full, "PERSON"), ("'s", None)], "poss_full_lc": [(full.lower(), "PERSON"), ("'s", None)],
            **{k: one(render(ctx, fmt, env, pools), "PERSON") for k, fmt in spec.get("attrs", {}).items()}, **emails}


def person_slots(name: str) -> dict[str, Any]:
    """The person slot kinds of ``[person]``: ``slot`` (and ``slot`` + f / m with ``gendered``, each also per
    region of ``regions`` as ``<kind>_<region>``) and ``email_slot`` (the e-mail attributes of a new person)."""
    spec = pii_data.load(name).get("person")
    if not spec:
        return {}
    out = {}
    for g in [None, "f", "m"] if spec.get("gendered") else [None]:
        for r in [None, *spec.get("regions", [])]:
            kind = spec["slot"] + (g or "") + (f"_{r}" if r else "")
            out[kind] = lambda ctx, g=g, r=r: person(ctx, name, g, r)
    if "email_slot" in spec:
        def email(ctx: Ctx) -> Attrs:
            p = person(ctx, name)
            return {"v": p["email"], **{e: p[e] for e in spec["emails"]}}

        out[spec["email_slot"]] = email
    return out


def country_maker(name: str, table: str):  # type: ignore[no-untyped-def]
    """``make(ctx, country)`` for the ``[phones]`` or ``[addresses]`` table of data file ``name``: its ``before``
    steps, then the country's program in ``formats``. With ``eager = true`` every country's list of formats
    is rendered, in order, before the country's is chosen from (as the generators written as one
    ``rng.choice({...}[country])`` did)."""
    spec, pools = pii_data.load(name)[table], pii_data.pools(name)

    def make(ctx: Ctx, country: str) -> str:
        env = {"country": country, "split": ctx.split}
        run(ctx, spec.get("before", {}), env, pools)
        if spec.get("eager"):
            drawn = {c: [render(ctx, fmt, env, pools) for fmt in forms] for c, forms in spec["formats"].items()}
            return ctx.rng.choice(drawn[country])
        return run(ctx, spec["formats"][country], env, pools)

    return make


def country_slots(name: str) -> dict[str, Any]:
    """Slot kinds ``slot`` (a country drawn per value) and ``slot_<country>`` of ``[phones]`` (numbers valid
    for their ``regions``) and ``[addresses]`` (unique LOCATION values). Countries are drawn from the sorted
    keys, or in the order written with ``listed = true``."""
    out = {}
    data = pii_data.load(name)
    for table in ("phones", "addresses"):
        if "slot" not in data.get(table, {}):
            continue
        spec, make = data[table], country_maker(name, table)
        keys = spec.get("regions", spec["formats"])
        countries = list(keys) if spec.get("listed") else sorted(keys)
        for c in [None, *countries]:
            kind = spec["slot"] + (f"_{c}" if c else "")
            if table == "phones":
                regions = {k: v or None for k, v in spec["regions"].items()}
                out[kind] = valid_phone_gen(make, regions, c, countries)
            else:
                out[kind] = country_gen(make, countries, c)
    return out


def country_gen(make, countries: list[str], country: str | None):  # type: ignore[no-untyped-def]
    """Unique LOCATION values ``make(ctx, country)``; ``country`` None draws one of ``countries`` per value."""
    def gen(ctx: Ctx) -> Attrs:
        c = country or ctx.rng.choice(countries)
        return {"v": one(ctx.unique(lambda: make(ctx, c)), "LOCATION")}

    return gen


def table_makers(name: str, table: str) -> dict[str, Any]:
    """``{key: make(ctx)}`` for the programs of table ``table`` of data file ``name`` (``programs``, ``keys``...)."""
    data = pii_data.load(name)
    pools = data.get("pools", {})
    return {k: lambda ctx, p=p: run(ctx, p, {"split": ctx.split}, pools) for k, p in data[table].items()}


def slot_generators(name: str) -> dict[str, Any]:
    """Every slot kind data file ``name`` declares: ``[slots]``, ``[person]``, ``[phones]``, ``[addresses]``."""
    slots = pii_data.load(name).get("slots", {})
    declared = {kind: (pick_slot if "pick" in spec else value_slot)(name, spec) for kind, spec in slots.items()}
    return {**declared, **person_slots(name), **country_slots(name)}
