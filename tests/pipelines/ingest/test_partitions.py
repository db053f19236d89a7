import datetime as dt

import pytest

from pipelines.ingest.partitions import PartitionError, parse_day, partition_filter, partition_of

FILES = [f"logs/dt=2026-11-{d:02d}/part-0.jsonl.gz" for d in (20, 21, 22, 23)] + ["logs/loose.jsonl"]


def test_a_file_names_its_date_partition():
    assert partition_of("gs://b/logs/dt=2026-11-22/x.jsonl") == "dt=2026-11-22"
    assert partition_of("logs/2026-11-22/x.jsonl") is None


def test_since_and_until_are_inclusive_and_leave_out_files_outside_partitions():
    kept = partition_filter("2026-11-21", "2026-11-22").select(FILES)
    assert kept == FILES[1:3]


def test_partitions_can_be_named_one_by_one():
    assert partition_filter(None, None, ["2026-11-20", "2026-11-23"]).select(FILES) == [FILES[0], FILES[3]]


def test_no_selection_keeps_everything_and_skip_leaves_out_processed_partitions():
    assert partition_filter(None, None).select(FILES) == FILES
    assert partition_filter(None, None, skip=["dt=2026-11-20"]).select(FILES) == FILES[1:]


def test_today_and_yesterday_are_days():
    today = dt.date(2026, 12, 6)
    assert parse_day("yesterday", today) == dt.date(2026, 12, 5) and parse_day("today", today) == today


@pytest.mark.parametrize(("since", "until", "message"), [
    ("2026-13-01", None, "'2026-13-01' is not a day"),
    ("2026-11-23", "2026-11-20", "--since 2026-11-23 is after --until 2026-11-20"),
])
def test_a_bad_selection_is_named(since, until, message):
    with pytest.raises(PartitionError, match=message):
        partition_filter(since, until)


def test_a_selection_that_keeps_nothing_is_an_error():
    with pytest.raises(PartitionError, match="no input file lies in the selected partitions"):
        partition_filter("2027-01-01", None).select(FILES)
