"""The value mini-language of the PII benchmark's data files: formats and programs that draw from the RNG.

A *format* is text with placeholders, filled left to right; each placeholder draws from the RNG exactly as
the Python it stands for, so a format consumes the RNG like the f-string it replaced:

  {d:N}        N random digits                          ``digits(rng, N)``; N as in {t:...}
  {c:SET}      one character of SET                     ``rng.choice(SET)``
  {o:A|B|C}    one of the options (literal text)        ``rng.choice(["A", "B", "C"])``
  {r:A:B}      an integer in [A, B)                     ``rng.randrange(A, B)``; ``{r:A:B:03d}`` formats it
  {t:N:ALPHA}  N characters of ALPHA                    ``rand_token(rng, N, ALPHA)``; N may be ``A|B`` (a
               choice) or ``A..B`` (``randrange``), drawn first; ALPHA is a name in ``ALPHABETS``, such a
               name followed by ``+`` and more characters, or the characters themselves
  {b64:N}      N random bytes in base64                 ``rand_b64(ctx, N)``; N as in {t:...}
  {uuid}       a random version-4 UUID                  ``uuid.UUID(int=rng.getrandbits(128), version=4)``
  {p:POOL}     one item of a pool of the data file      ``rng.choice(pool)``; ``POOL.key`` goes into a
               table, ``POOL[var]`` indexes it with a variable
  {name}       a variable; ``name[0]`` and ``name[:3]`` slice it
  !filter      after a variable or a pool item: ``!lower``, ``!upper``, ``!capitalize``, ``!fold``
               (``ascii_fold_all``), ``!dashes`` (spaces to hyphens), or the name of a pool that is a table
               of characters and their replacements (``str.translate``)
  {{ and }}    literal braces

A *program* is a format (its value), a list of formats (all are rendered, in order, then one is chosen, as
``rng.choice([f"...", f"..."])`` does), ``{choose = [...]}`` (one format is chosen, then only it is
rendered) or a table of steps run in order, each binding its key to a value; the value of the last step is
the program's. A step is a program, or binds the space-separated names of its key to the fields of a
record: one of a list of records (``rng.choice``), ``{pick = POOL}`` (one item of a pool) or
``{sample = POOL, k = N}`` (``rng.sample``).
"""

from __future__ import annotations

import re
import string
import uuid
from typing import Any

from pii_common import Ctx, ascii_fold_all, digits, rand_b64, rand_token

ALNUM = string.ascii_letters + string.digits
ALPHABETS = {
    "ALNUM": ALNUM, "HEX": "0123456789abcdef", "HEXUP": "0123456789ABCDEF", "URLSAFE": ALNUM + "-_",
    "B64": ALNUM + "+/", "B32": string.ascii_uppercase + "234567", "LOWER": string.ascii_lowercase,
    "UPPER": string.ascii_uppercase, "LETTERS": string.ascii_letters, "DIGITS": string.digits,
    "LOWER_DIGITS": string.ascii_lowercase + string.digits, "UPPER_DIGITS": string.ascii_uppercase + string.digits,
}
FILTERS = {"lower": str.lower, "upper": str.upper, "capitalize": str.capitalize, "fold": ascii_fold_all,
           "dashes": lambda s: s.replace(" ", "-")}
KINDS = {"d", "c", "o", "r", "t", "b64", "p"}
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
VARIABLE = re.compile(r"(\w+)(?:\[(-?\d*)(:?)(-?\d*)\])?")
POOL_PATH = re.compile(r"([\w.]+)(?:\[(\w+)\])?")


def alphabet(spec: str) -> str:
    """The characters an ALPHA spec names (see the module docstring)."""
    name, _, extra = spec.partition("+")
    return ALPHABETS[name] + extra if name in ALPHABETS else spec


def _length(ctx: Ctx, spec: str) -> int:
    if "|" in spec:
        return ctx.rng.choice([int(n) for n in spec.split("|")])
    if ".." in spec:
        low, high = spec.split("..")
        return ctx.rng.randrange(int(low), int(high))
    return int(spec)


def pool(pools: dict[str, Any], path: str, env: dict[str, Any]) -> Any:
    """The pool at ``path`` (``name``, ``name.key``, ``name[variable]``)."""
    m = POOL_PATH.fullmatch(path)
    if not m:
        raise ValueError(f"bad pool path {path!r}")
    obj: Any = pools
    for key in m.group(1).split("."):
        obj = obj[key]
    return obj[env[m.group(2)]] if m.group(2) else obj


def _filtered(value: Any, filters: list[str], pools: dict[str, Any]) -> str:
    text = str(value)
    for name in filters:
        text = FILTERS[name](text) if name in FILTERS else text.translate(str.maketrans(pools[name]))
    return text


def _placeholder(ctx: Ctx, expr: str, env: dict[str, Any], pools: dict[str, Any]) -> str:
    rng = ctx.rng
    kind, colon, arg = expr.partition(":")
    if not colon or kind not in KINDS:
        if expr == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        ref, *filters = expr.split("!")
        m = VARIABLE.fullmatch(ref)
        if not m or m.group(1) not in env:
            raise ValueError(f"unknown variable in {{{expr}}}")
        value = str(env[m.group(1)])
        if m.group(3):
            value = value[int(m.group(2)) if m.group(2) else None:int(m.group(4)) if m.group(4) else None]
        elif m.group(2):
            value = value[int(m.group(2))]
        return _filtered(value, filters, pools)
    if kind == "d":
        return digits(rng, _length(ctx, arg))
    if kind == "c":
        return rng.choice(arg)
    if kind == "o":
        return rng.choice(arg.split("|"))
    if kind == "r":
        low, high, *spec = arg.split(":")
        return format(rng.randrange(int(low), int(high)), spec[0] if spec else "")
    if kind == "t":
        n, _, chars = arg.partition(":")
        return rand_token(rng, _length(ctx, n), alphabet(chars or "ALNUM"))
    if kind == "b64":
        return rand_b64(ctx, _length(ctx, arg))
    path, *filters = arg.split("!")
    return _filtered(rng.choice(pool(pools, path, env)), filters, pools)


def render(ctx: Ctx, fmt: str, env: dict[str, Any], pools: dict[str, Any]) -> str:
    """The format ``fmt`` filled left to right."""
    return PLACEHOLDER.sub(lambda m: m.group(0)[0] if m.group(1) is None else _placeholder(ctx, m.group(1), env, pools),
                           fmt)


def run(ctx: Ctx, program: Any, env: dict[str, Any], pools: dict[str, Any]) -> str:
    """The value of ``program`` (see the module docstring); its steps bind their names in ``env``."""
    if isinstance(program, str):
        return render(ctx, program, env, pools)
    if isinstance(program, list):
        return ctx.rng.choice([render(ctx, fmt, env, pools) for fmt in program])
    if "choose" in program:
        return render(ctx, ctx.rng.choice(program["choose"]), env, pools)
    value = ""
    for key, step in program.items():
        if isinstance(step, list) and step and isinstance(step[0], list):
            record = ctx.rng.choice(step)
        elif isinstance(step, dict) and "pick" in step:
            record = ctx.rng.choice(pool(pools, step["pick"], env))
        elif isinstance(step, dict) and "sample" in step:
            record = ctx.rng.sample(pool(pools, step["sample"], env), step["k"])
        else:
            env[key] = value = run(ctx, step, env, pools)
            continue
        env.update(zip(key.split(), [record] if isinstance(record, str) else record))
        value = env[key.split()[-1]]
    return value
