"""A street address takes the rest of its block: unit, city, region, postal code, country."""

import pytest

from privacy.address_blocks import grow_address_blocks, is_address_part
from privacy.spans import Span


@pytest.mark.parametrize("part", [
    "apto 32", "Suite 400", "Belo Horizonte - MG", "84287-487", "Brazil", "United Kingdom", "London NW1 6XE",
    "SPRINGFIELD IL 62704", "75008 Paris", "Stratford upon Avon", "K1A 0B1", "Ontario",
])
def test_parts_of_an_address_block_are_recognised(part):
    assert is_address_part(part)


@pytest.mark.parametrize("part", [
    "and I want to move", "Thanks!", "Phone: 555 0100", "thanks for your help", "jane@example.org",
    "Please call me back tomorrow afternoon if you can", "",
])
def test_prose_labels_and_contacts_are_not_address_parts(part):
    assert not is_address_part(part)


def test_a_street_span_grows_over_its_block_and_stops_at_a_blank_line():
    text = "Ship to:\nRua Bramble, 194\napto 32\nBelo Horizonte - MG\n84287-487\nBrazil\n\nThanks, Ana"
    start = text.index("Rua")
    grown = grow_address_blocks(text, [Span(start, start + len("Rua Bramble, 194"), "LOCATION", 0.6)])
    assert {text[s.start:s.end] for s in grown} == {"Rua Bramble, 194\napto 32\nBelo Horizonte - MG\n84287-487\nBrazil"}


def test_a_street_in_prose_takes_the_city_but_not_the_sentence_after_it():
    text = "I live at 12 Elm Street, Springfield, and I want to move"
    grown = grow_address_blocks(text, [Span(10, 23, "LOCATION", 0.7)])
    assert text[grown[0].start:grown[0].end] == "12 Elm Street, Springfield"


def test_a_city_alone_or_another_type_does_not_grow():
    text = "Paris, France"
    spans = [Span(0, 5, "LOCATION", 0.85)]
    assert grow_address_blocks(text, spans) == spans
    assert grow_address_blocks("Ana 12, Lisbon", [Span(0, 6, "PERSON", 0.8)]) == [Span(0, 6, "PERSON", 0.8)]


def test_the_redactor_leaves_no_line_of_an_address_block(redactor):
    text = "Please send it to:\nIngrid Solberg\nKastanienweg 4\n2. OG links\n10115 Berlin\nGermany\n\nThank you!"
    out = redactor.redact_texts([text])[0].text
    for word in ("Ingrid", "Kastanienweg", "10115", "Berlin", "Germany"):
        assert word not in out
    assert out.endswith("Thank you!")


def test_a_block_of_address_lines_is_found_whatever_its_street_line_looks_like():
    from privacy.address_blocks import address_block_spans

    text = "Please send the invoice to\nMANNERHEIMINTIE 71 C 7\n86626 HELSINKI\nSUOMI\n\nThanks a lot"
    assert [text[s.start:s.end] for s in address_block_spans(text)] == ["MANNERHEIMINTIE 71 C 7\n86626 HELSINKI\nSUOMI"]
    assert address_block_spans("Order 12345\nDelivery 3-5 days\nTotal 2 items") == []
