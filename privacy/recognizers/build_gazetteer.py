"""Rebuild ``data/first_names.txt`` and ``data/surnames.txt`` from Faker's person providers.

A build step, not run time. Usage: ``python -m privacy.recognizers.build_gazetteer`` (needs
``pip install faker``). Faker is only needed here: importing all its person providers takes
seconds, so the lists ship as plain text files that load in milliseconds. Names are kept in
Latin or Cyrillic script, lower-cased, with an accent-free copy ("nguyễn" and "nguyen"), since
chat users often type names without diacritics.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import regex

from privacy.recognizers.words import fold

DATA = Path(__file__).resolve().parent / "data"


def collect_names(prefix: str, min_len: int) -> list[str]:
    """Lower-cased names from every Faker locale attribute starting with ``prefix`` ("first_", "last_").

    Compound names ("Thu Hà") are split into their words; each word needs ``min_len`` letters.
    """
    import faker.providers.person as person

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module_info.name}"), "Provider", None)
        # Every list: first_names, first_names_female, first_romanized_names_male, last_names, ...
        for attr, values in (vars(provider).items() if provider is not None else ()):
            if attr.startswith(prefix) and isinstance(values, (tuple, list, set, frozenset, dict)):
                names.update(w for v in values for w in str(v).split())
    words = {n.lower() for n in names if len(n) >= min_len and regex.fullmatch(r"[\p{Latin}\p{Cyrillic}'’-]+", n)}
    return sorted(words | {fold(w) for w in words})


def main() -> None:
    import faker

    for name, prefix, min_len in (("first_names.txt", "first_", 3), ("surnames.txt", "last_", 2)):
        names = collect_names(prefix, min_len)
        header = (f"# {prefix}* names from Faker {faker.VERSION} person providers; "
                  f"rebuilt by privacy/recognizers/build_gazetteer.py\n")
        (DATA / name).write_text(header + "\n".join(names) + "\n", encoding="utf-8")
        print(f"wrote {len(names)} names to {DATA / name}")


if __name__ == "__main__":
    main()
