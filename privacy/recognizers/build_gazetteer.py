"""Rebuild the shipped name lists in ``data/``.

* ``first_names.txt`` and ``surnames.txt`` from Faker's person providers;
* ``nam_dict_first_names.txt`` from Jörg Michael's ``nam_dict.txt`` (about 48,000 given names with
  their frequency in 54 countries, 2008), shipped inside the ``gender-guesser`` package. Faker
  covers Persian, Central Asian and many other names only in native script or not at all; this
  list has them romanised. Its licence is the GNU Free Documentation License 1.2, so the derived
  list stays a separate file under that licence (see its header).

* ``name_words.txt``: the given names of those lists that Reddit users write in lower case as
  everyday words ("said", "kinda", "sad", "worth"), counted in GoEmotions train and dev, whose
  people's names were replaced by ``[NAME]``: a given name seen there 5+ times in lower case is
  a word (a few real names that also occur are kept as names, ``_KEPT_AS_NAMES``).

* ``english_words.txt``: every word seen 3+ times in lower case there: a capitalised word
  outside it, in a person's slot, is taken for a name.

A build step, not run time. Usage: ``python -m privacy.recognizers.build_gazetteer`` (needs
``pip install faker==40.54.0 gender-guesser==0.4.0``). The packages are only needed here:
importing all Faker's person providers takes seconds, so the lists ship as plain text files that
load in milliseconds. Names are kept in Latin or Cyrillic script, lower-cased, with an
accent-free copy ("nguyễn" and "nguyen"), since chat users often type names without diacritics.
"""

from __future__ import annotations

import csv
import importlib
import pkgutil
from collections import Counter
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


# nam_dict.txt lines: gender code in columns 0-1 ("=" marks an equivalence line, not a name), the
# name in columns 3-28 ("+" joins compound names), then one frequency character per country from
# column 30: blank, or 1 (rare) to 9 and A-D (very common).
_NAM_DICT_NAME = slice(3, 29)
_NAM_DICT_FREQ = slice(30, 86)
# Names seen only at frequency 1 in every country include English and other words ("Fair",
# "Revert"); a name needs frequency 2 somewhere.
_NAM_DICT_MIN_FREQ = 2


def _function_words() -> frozenset[str]:
    """Stop words of every language spaCy ships: "meine", "alle" and "dove" are names in
    nam_dict, and far more often words."""
    words: set[str] = set()
    for module_info in pkgutil.iter_modules(importlib.import_module("spacy.lang").__path__):
        try:
            words.update(importlib.import_module(f"spacy.lang.{module_info.name}.stop_words").STOP_WORDS)
        except ImportError:
            continue
    return frozenset(w.lower() for w in words)


def collect_nam_dict_names(path: Path, min_len: int = 3) -> list[str]:
    """Lower-cased given names from ``nam_dict.txt`` with frequency 2+ in some country, minus
    every spaCy language's stop words; each word of a compound name needs ``min_len`` letters."""
    stop = _function_words()
    words: set[str] = set()
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < _NAM_DICT_FREQ.start or line[:2].strip() == "=":
            continue
        freq = [int(c, 16) for c in line[_NAM_DICT_FREQ] if c.strip() and c in "0123456789ABCDEF"]
        if not freq or max(freq) < _NAM_DICT_MIN_FREQ:
            continue
        # Special characters are written as "<A/>"-style codes: those names are skipped, not guessed.
        for w in regex.split(r"[+\s-]+", line[_NAM_DICT_NAME].strip()):
            if len(w) >= min_len and regex.fullmatch(r"\p{Latin}+", w) and w.lower() not in stop:
                words.add(w.lower())
    return sorted(words | {fold(w) for w in words})


# Names that occur in lower case in GoEmotions but are people far more often than words there.
_KEPT_AS_NAMES = frozenset({"jack", "rick", "stan", "penny", "sue", "mac"})
NAME_WORD_MIN_COUNT = 5
GOEMOTIONS_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "goemotions"


ENGLISH_WORD_MIN_COUNT = 3


def lower_case_counts(goemotions_dir: Path) -> Counter[str]:
    """How often each word occurs in lower case in GoEmotions train and dev (whose people's names
    were replaced by ``[NAME]``, so what remains in lower case is words)."""
    counts: Counter[str] = Counter()
    for split in ("train", "dev"):
        with open(goemotions_dir / f"{split}.tsv", encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                counts.update(regex.findall(r"(?<![\w'])[a-z][a-z'’-]+", row[0]))
    return counts


def collect_name_words(counts: Counter[str], given_names: frozenset[str], min_count: int = NAME_WORD_MIN_COUNT) -> list[str]:
    """Given names written in lower case ``min_count``+ times, minus ``_KEPT_AS_NAMES``."""
    return sorted(w for w, n in counts.items() if n >= min_count and w in given_names and w not in _KEPT_AS_NAMES)


def main() -> None:
    import faker
    import gender_guesser

    for name, prefix, min_len in (("first_names.txt", "first_", 3), ("surnames.txt", "last_", 2)):
        names = collect_names(prefix, min_len)
        header = (f"# {prefix}* names from Faker {faker.VERSION} person providers; "
                  f"rebuilt by privacy/recognizers/build_gazetteer.py\n")
        (DATA / name).write_text(header + "\n".join(names) + "\n", encoding="utf-8")
        print(f"wrote {len(names)} names to {DATA / name}")
    names = collect_nam_dict_names(Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt")
    header = ("# Given names from nam_dict.txt (c) 2007-2008 Jörg Michael, as shipped in gender-guesser 0.4.0,\n"
              "# with frequency 2+ in some country and no spaCy stop word; rebuilt by\n"
              "# privacy/recognizers/build_gazetteer.py. Licensed under the GNU Free Documentation License 1.2\n"
              "# (https://www.gnu.org/licenses/old-licenses/fdl-1.2.html), as is nam_dict.txt.\n")
    (DATA / "nam_dict_first_names.txt").write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {DATA / 'nam_dict_first_names.txt'}")
    from privacy.recognizers import names  # re-read the lists just written, not the imported ones

    counts = lower_case_counts(GOEMOTIONS_DIR)
    words = collect_name_words(counts, names._load(*names._FIRST_NAME_FILES))
    header = (f"# Given names used as words: seen {NAME_WORD_MIN_COUNT}+ times in lower case in GoEmotions train+dev\n"
              "# (Demszky et al. 2020, CC BY 4.0; names there are replaced by [NAME]); rebuilt by\n"
              "# privacy/recognizers/build_gazetteer.py. Never a name in lower case; capitalised they still are.\n")
    (DATA / "name_words.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {DATA / 'name_words.txt'}")
    english = sorted(w for w, n in counts.items() if n >= ENGLISH_WORD_MIN_COUNT)
    header = (f"# Everyday English words: seen {ENGLISH_WORD_MIN_COUNT}+ times in lower case in GoEmotions train+dev (Demszky et al. 2020,\n"
              "# CC BY 4.0; people's names there are replaced by [NAME]); rebuilt by privacy/recognizers/build_gazetteer.py.\n"
              "# A capitalised word not in this list, in a person's slot, is taken for a name.\n")
    (DATA / "english_words.txt").write_text(header + "\n".join(english) + "\n", encoding="utf-8")
    print(f"wrote {len(english)} words to {DATA / 'english_words.txt'}")


if __name__ == "__main__":
    main()
