"""Values named by the field label before them, and labels that are never entities."""

import pytest

from privacy.field_labels import is_label
from privacy.recognizers.field_label_recognizer import FieldLabelRecognizer
from privacy.spans import Span, without_labels
from tests.privacy.conftest import spans_of_all


@pytest.mark.parametrize("text, value, entity", [
    ("Phone: 467 3395", "467 3395", "PHONE_NUMBER"),
    ("tel. 60-56-85-91 (evenings)", "60-56-85-91", "PHONE_NUMBER"),
    ("Handy: 0151 2345 678", "0151 2345 678", "PHONE_NUMBER"),
    ("ZIP: 94110", "94110", "LOCATION"),
    ("Postcode - sw1a 2aa", "sw1a 2aa", "LOCATION"),
    ("PLZ 10115 Berlin", "10115", "LOCATION"),
    ("cc 6304 5524 2069 exp 12/26", "6304 5524 2069", "CREDIT_CARD"),   # 12 digits, Luhn-valid
    ("Card no. 4111-1111-1111-1111 12/27", "4111-1111-1111-1111", "CREDIT_CARD"),
    ("iban: gb82 west 1234 5698 7654 32", "gb82 west 1234 5698 7654 32", "IBAN_CODE"),
    ("SSN 123-45-6789", "123-45-6789", "US_SSN"),
    ("Geburtsdatum: 19690904", "19690904", "DATE_OF_BIRTH"),
    ("fecha de nacimiento 12 de julio de 1979", "12 de julio de 1979", "DATE_OF_BIRTH"),
    ("Address: Kastanienweg 4, 10115 Berlin", "Kastanienweg 4, 10115 Berlin", "LOCATION"),
    ("He añadido tu teléfono 602 554 819", "602 554 819", "PHONE_NUMBER"),   # a label ending in "no"
    ("nací el 4 de agosto de 1996 en Medellín", "4 de agosto de 1996", "DATE_OF_BIRTH"),
    ("Född: 1984-06-02", "1984-06-02", "DATE_OF_BIRTH"),
    ("Reisepass/ID: LFTGKVK2G", "LFTGKVK2G", "ID_NUMBER"),
    ("Passport no. 533 921 004 for the booking", "533 921 004", "ID_NUMBER"),
])
def test_a_value_after_its_label_is_found_as_the_labels_kind(text, value, entity):
    assert (value, entity) in spans_of_all(FieldLabelRecognizer(), text)


@pytest.mark.parametrize("text", [
    "card 4111 1111 1111 1112",       # fails Luhn
    "iban: GB82 WEST 1234 5698 7654 33",  # fails mod 97
    "Phone: 12",                      # too short for a phone number
    "SSN 666-45-6789",                # area 666 is never issued
    "Address: see attached",          # no number, no capital: not an address
    "the phone was 2019 model",       # a year, not a number after a phone label
    "Passport: expired last year",    # no digit: not a document number
    "my passport renewal is due",
])
def test_a_value_that_fails_its_check_is_not_found(text):
    assert spans_of_all(FieldLabelRecognizer(), text) == []


def test_a_card_running_into_the_next_value_is_cut_at_the_group_that_passes():
    found = spans_of_all(FieldLabelRecognizer(), "cc 4111111111111111 12 26")
    assert found == [("4111111111111111", "CREDIT_CARD")]


def test_labels_are_never_entities_and_spans_stop_before_a_label_line():
    text = "Tel\nfecha: 12/08/1983\nDirección: Calle Mayor 5"
    spans = [Span(0, 3, "LOCATION", 0.5), Span(11, 26, "DATE_OF_BIRTH", 0.9)]
    assert is_label("Tel") and is_label("iban") and is_label("Dirección:")
    assert without_labels(text, spans) == [Span(11, 21, "DATE_OF_BIRTH", 0.9)]


@pytest.mark.parametrize("text, leaked", [
    ("my iban is gb05loyd80026661715318 thanks", "gb05loyd80026661715318"),
    ("IBAN: be40899719830063", "be40899719830063"),
    ("Phone: 699 956 915\nZIP: 28013", "699 956 915"),
    ("Phone: 699 956 915\nZIP: 28013", "28013"),
])
def test_the_redactor_leaves_no_labelled_value_or_lower_case_iban(redactor, text, leaked):
    out = redactor.redact_texts([text])[0].text
    assert leaked not in out
    assert "iban" in out.lower() or "Phone" in out  # the label stays readable


def test_cells_of_a_pasted_table_are_typed_by_their_column_header():
    text = ("customer_name;DOB;mobile_no;card_last4\n"
            "Urs Tschudi;8/12/1993;078 112 42 83;2627\n"
            "Mia Keller;1984-09-26;079 555 01 23;0966\n")
    found = spans_of_all(FieldLabelRecognizer(), text)
    assert ("Urs Tschudi", "PERSON") in found and ("1984-09-26", "DATE_OF_BIRTH") in found
    assert ("078 112 42 83", "PHONE_NUMBER") in found
    assert not any(value in ("2627", "0966") for value, _ in found)  # last four digits name no one


def test_a_table_of_products_names_no_one():
    assert spans_of_all(FieldLabelRecognizer(), "product name,qty,price\nWireless Mouse,2,19.90\nDesk Lamp,1,34.00") == []
