"""Rebuild ``data/first_names.txt`` from Faker's person providers (a build step, not run time).

Usage: ``python -m privacy.recognizers.build_gazetteer`` (needs ``pip install faker``). Faker is
only needed here: importing all its person providers takes seconds, so the list is shipped as a
plain text file that loads in milliseconds.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import regex

OUTPUT = Path(__file__).resolve().parent / "data" / "first_names.txt"


def collect_first_names() -> list[str]:
    """Lower-cased first names (Latin or Cyrillic script, at least 3 letters) from every Faker locale."""
    import faker.providers.person as person

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module_info.name}"), "Provider", None)
        # Every first-name list: first_names, first_names_female, first_romanized_names_male, ...
        for attr, values in (vars(provider).items() if provider is not None else ()):
            if attr.startswith("first_") and isinstance(values, (tuple, list, set, frozenset, dict)):
                names.update(str(v) for v in values)
    return sorted({n.lower() for n in names if len(n) >= 3 and regex.fullmatch(r"[\p{Latin}\p{Cyrillic}'’-]+", n)})


def main() -> None:
    import faker

    names = collect_first_names()
    header = f"# First names from Faker {faker.VERSION} person providers; rebuilt by privacy/recognizers/build_gazetteer.py\n"
    OUTPUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {OUTPUT}")


if __name__ == "__main__":
    main()
