import pytest

from privacy.recognizers.descriptive_place_recognizer import DescriptivePlaceRecognizer
from tests.privacy.conftest import spans_of

R = DescriptivePlaceRecognizer()


@pytest.mark.parametrize("text, expected", [
    ("we live in the white bungalow on Orchard Rise, come by", ["the white bungalow on Orchard Rise"]),
    ("come to the third house past the church on Quarry Lane at 7", ["the third house past the church on Quarry Lane"]),
    ("it went to the blue townhouse at the corner of Fenwick and 3rd", ["the blue townhouse at the corner of Fenwick and 3rd"]),
    ("The caravan at the back of Hollins Farm is ours", ["The caravan at the back of Hollins Farm"]),
])
def test_when_home_described_by_a_named_landmark_then_whole_phrase_is_found(text, expected):
    assert spans_of(R, text) == expected


@pytest.mark.parametrize("text", [
    "The white house on the hill in the painting is symbolic",
    "The White House on Pennsylvania Avenue is a museum too",
    "In the story, the old cottage by the lake is haunted",
    "we rented the apartment in Paris for a week",
])
def test_when_no_named_landmark_or_public_building_then_nothing_is_found(text):
    assert spans_of(R, text) == []
