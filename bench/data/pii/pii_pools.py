"""Word pools for the PII benchmark builder, split into disjoint dev and test halves.

Every name, street and handle stem here was chosen by this project; none is copied from a
dataset. Each pool is a pair ``(dev, test)`` with no value in both halves, so tuning a
redactor on dev cannot memorise a test value. ``check_disjoint`` enforces that at build time.
"""

from __future__ import annotations

from pii_data import pools, rows

POOLS = pools("base")
CULTURES = rows(POOLS["cultures"])
NATIVE_SCRIPT = (rows(POOLS["native_script"][0]), rows(POOLS["native_script"][1]))
NICKNAMES = POOLS["nicknames"]
STREETS = tuple(POOLS["streets"])
DE_STREETS = tuple(POOLS["de_streets"])
FR_STREETS = tuple(POOLS["fr_streets"])
IN_SOCIETIES = tuple(POOLS["in_societies"])
HOUSE_DESCRIPTORS = POOLS["house_descriptors"]
EMAIL_DOMAINS = POOLS["email_domains"]
WORK_DOMAINS = tuple(POOLS["work_domains"])
HANDLE_WORDS = tuple(POOLS["handle_words"])
PASSWORD_WORDS = tuple(POOLS["password_words"])
PUBLIC_FIGURES = tuple(POOLS["public_figures"])


def split_pair(items: list[str]) -> tuple[list[str], list[str]]:
    """Split a list into (dev, test) by position: even indices to dev, odd to test."""
    return items[0::2], items[1::2]


def check_disjoint() -> None:
    """Raise ValueError if any pooled value is in both the dev and the test half."""
    firsts = ([], [])
    lasts = ([], [])
    for _, fs, ls in CULTURES:
        for i, half in enumerate(split_pair(fs)):
            firsts[i].extend(half)
        for i, half in enumerate(split_pair(ls)):
            lasts[i].extend(half)
    pairs = {"first names": firsts, "last names": lasts, "streets": STREETS, "de streets": DE_STREETS,
             "fr streets": FR_STREETS, "societies": IN_SOCIETIES, "work domains": WORK_DOMAINS,
             "handle words": HANDLE_WORDS, "password words": PASSWORD_WORDS, "public figures": PUBLIC_FIGURES}
    for name, (dev, test) in pairs.items():
        both = sorted(set(dev) & set(test))
        if both:
            raise ValueError(f"pool {name} has {len(both)} values in both splits")
    all_firsts = firsts[0] + firsts[1]
    for first in NICKNAMES:
        if first not in all_firsts:
            raise ValueError("NICKNAMES names a first name missing from CULTURES")
