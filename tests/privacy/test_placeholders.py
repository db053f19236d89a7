from privacy.placeholders import PlaceholderBook


def test_when_same_value_twice_then_same_placeholder():
    book = PlaceholderBook()
    assert book.placeholder("EMAIL_ADDRESS", "a@x.org") == "<EMAIL_ADDRESS_1>"
    assert book.placeholder("EMAIL_ADDRESS", "b@x.org") == "<EMAIL_ADDRESS_2>"
    assert book.placeholder("EMAIL_ADDRESS", "A@X.org") == "<EMAIL_ADDRESS_1>"


def test_when_first_name_follows_full_name_then_same_person():
    book = PlaceholderBook()
    assert book.placeholder("PERSON", "Ananya Sharma") == "<PERSON_1>"
    assert book.placeholder("PERSON", "Rahul Sharma") == "<PERSON_2>"
    assert book.placeholder("PERSON", "Ananya") == "<PERSON_1>"


def test_when_numbers_differ_only_in_separators_then_same_placeholder():
    book = PlaceholderBook()
    assert book.placeholder("CREDIT_CARD", "4111 1111 1111 1111") == book.placeholder("CREDIT_CARD", "4111-1111-1111-1111")


def test_when_new_book_then_numbering_restarts():
    first, second = PlaceholderBook(), PlaceholderBook()
    first.placeholder("PERSON", "Zed")
    assert second.placeholder("PERSON", "Amy") == "<PERSON_1>"
