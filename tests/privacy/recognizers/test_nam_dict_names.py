"""The nam_dict given-name list: how it is built from gender-guesser's nam_dict.txt, and
that romanised names Faker lacks (Persian, Central Asian) are known given names."""

from pathlib import Path

from privacy.recognizers.build_gazetteer import collect_nam_dict_names
from privacy.recognizers.name_gazetteer_recognizer import NameGazetteerRecognizer
from privacy.recognizers.names import is_given_name
from tests.privacy.conftest import spans_of

# Column layout of nam_dict.txt: gender, name from column 3, frequencies from column 30.
_LINES = [
    "# comment line",
    "M  Farrokh                                                        3        ",
    "M  Fair                                                         1          ",
    "F  Meine                                  2                                ",
    "=  Farrokh                  Farokh                                         ",
    "F  Anna+Sofia                  5   4                                       ",
    "F  Zo<e/>                      2                                           ",
]


def test_nam_dict_names_need_frequency_two_and_drop_stop_words_codes_and_equivalences(tmp_path: Path):
    path = tmp_path / "nam_dict.txt"
    path.write_text("\n".join(_LINES) + "\n", encoding="iso-8859-1")
    assert collect_nam_dict_names(path) == ["anna", "farrokh", "sofia"]


def test_names_only_nam_dict_has_are_given_names():
    for name in ("babak", "Mahsa", "dilnoza", "Bakhyt", "nguyet"):
        assert is_given_name(name), name
    for word in ("fair", "meine", "revert", "will"):
        assert not is_given_name(word), word


def test_when_a_nam_dict_name_is_capitalised_then_the_gazetteer_finds_it():
    assert spans_of(NameGazetteerRecognizer(), "When you talk to Babak, start with how you feel") == ["Babak"]
