"""PERSON: names in their own scripts."""

import pytest

from privacy.recognizers.native_script_name_recognizer import NativeScriptNameRecognizer
from tests.privacy.conftest import spans_of

R = NativeScriptNameRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("my landlord Бориса Зайцев says no", ["Бориса Зайцев"]),
    ("Привет, меня зовут Лидия Орлова", ["Лидия Орлова"]),
    ("Dear Κώστας Λαμπράκης, thank you", ["Κώστας Λαμπράκης"]),
    ("the parcel is for 林志强, can you write the label", ["林志强"]),
    ("明日は佐々木さんと会います", ["佐々木"]),
    ("혜진씨 was late again", ["혜진"]),
    ("send the notes to عمر خليل before Friday", ["عمر خليل"]),
    ("my neighbour דנה שפירא lent me a drill", ["דנה שפירא"]),
    ("invite अनिल गुप्ता to the call", ["अनिल गुप्ता"]),
    ("我的朋友赵晓东明天来", ["赵晓东"]),
])
def test_when_native_script_name_then_it_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "plain ascii text with Names Like Anna Smith",
    "what does 你好 mean in Chinese?",
    "how do you pronounce Спасибо properly",
    "Is Київ written with a capital letter?",
    "Это просто текст без имён, и всё.",
])
def test_when_no_native_name_then_nothing_is_found(text):
    assert spans_of(R, text) == []
