from privacy.spans import Span, apply_policy, is_allowed, is_full_date, merge_spans

ALLOW = frozenset({"claude", "chatgpt", "gpt-4"})


def test_when_spans_overlap_then_union_takes_best_ranked_type():
    merged = merge_spans([Span(0, 10, "URL", 0.6), Span(5, 15, "SECRET", 0.9), Span(20, 25, "PERSON", 0.5)])
    assert merged == [Span(0, 15, "SECRET", 0.9), Span(20, 25, "PERSON", 0.5)]


def test_when_spans_touch_then_they_stay_separate():
    assert len(merge_spans([Span(0, 5, "PERSON", 0.5), Span(5, 9, "PERSON", 0.5)])) == 2


def test_when_date_is_relative_or_partial_then_kept_and_full_date_redacted_only_if_asked():
    text = "last week, in 2019, on 12 March 2024"
    spans = [Span(0, 9, "DATE_TIME", 0.85), Span(11, 18, "DATE_TIME", 0.85), Span(23, 36, "DATE_TIME", 0.85)]
    assert apply_policy(text, spans, ALLOW, redact_full_dates=False) == []
    assert apply_policy(text, spans, ALLOW, redact_full_dates=True) == [spans[2]]


def test_when_full_date_formats_then_recognised():
    assert all(is_full_date(d) for d in ("2024-03-12", "12/03/24", "March 12, 2024", "12th of March 2024"))
    assert not any(is_full_date(d) for d in ("March 2024", "2019", "yesterday", "Monday"))


def test_when_name_is_allow_listed_then_kept():
    text = "Claude and GPT-4 and Bob"
    spans = [Span(0, 6, "PERSON", 0.85), Span(11, 16, "ORGANIZATION", 0.85), Span(21, 24, "PERSON", 0.85)]
    assert apply_policy(text, spans, ALLOW, False) == [spans[2]]
    assert not is_allowed("Claude Monet", ALLOW)


def test_when_type_ignored_then_kept():
    assert apply_policy("French", [Span(0, 6, "NRP", 0.85)], ALLOW, False, frozenset({"NRP"})) == []


def test_when_a_french_phone_has_dots_then_it_is_not_taken_for_a_version():
    text = "ring me on 07.49.66.67.81 or 1.415.555.0132"
    spans = [Span(11, 25, "PHONE_NUMBER", 0.5), Span(29, 43, "PHONE_NUMBER", 0.5)]
    assert apply_policy(text, spans, frozenset(), False) == spans
