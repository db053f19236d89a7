"""Value generators of dev round 4 of the PII benchmark (slot kind -> generator in ``GENERATORS``).

The round's pools, templates, counts, seed and disjointness checks are data, in
``rounds/round04.toml``; this module reads its pools from there and holds only the algorithms.
"""

from __future__ import annotations

import string

from pii_common import Attrs, Ctx, digits, one, rand_token
from pii_data import pools

POOLS = pools("round04")


# ---------------------------------------------------------------- generators
def gen_q_person(ctx: Ctx) -> Attrs:
    first, last = ctx.rng.choice(POOLS["names"])
    full = f"{first} {last}"
    title = ctx.rng.choice(POOLS["titles"])
    return {"full": one(full, "PERSON"), "first": one(first, "PERSON"), "last": one(last, "PERSON"),
            "first_lc": one(first.lower(), "PERSON"), "full_lc": one(full.lower(), "PERSON"),
            "titled": [(title + " ", None), (full, "PERSON")], "at": [("@", None), (first.lower(), "PERSON")],
            "poss": [(first, "PERSON"), ("'s", None)]}


def gen_q_codes(ctx: Ctx) -> Attrs:
    """Three 2FA backup codes in the usual shapes ("4821-0937", "k3j9 x8mq")."""
    rng = ctx.rng
    shape = rng.choice([lambda: f"{digits(rng, 4)}-{digits(rng, 4)}", lambda: f"{digits(rng, 8)}",
                        lambda: f"{rand_token(rng, 4, string.ascii_lowercase + string.digits)}-"
                                f"{rand_token(rng, 4, string.ascii_lowercase + string.digits)}"])
    codes = [ctx.unique(shape) for _ in range(3)]
    return {"v": [(codes[0], "SECRET"), (", ", None), (codes[1], "SECRET"), (", ", None), (codes[2], "SECRET")]}


GENERATORS = {"qp": gen_q_person, "qcodes": gen_q_codes}
