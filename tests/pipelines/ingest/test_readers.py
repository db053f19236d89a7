import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.ingest.readers import InputError, list_input_files, read_records
from schemas import DeadLetter


def _values(path):
    return [r if isinstance(r, DeadLetter) else (r[0].row, r[1]) for r in read_records(str(path))]


def test_when_jsonl_has_bad_lines_then_each_is_a_dead_letter_with_its_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a": 1}\n\n{not json\n\xff\xfe\n[1]\n')
    out = _values(path)
    assert out[0] == (1, {"a": 1})
    assert (out[1].reason, out[1].source_row) == ("invalid_json", 3)
    assert (out[2].reason, out[2].source_row) == ("undecodable_bytes", 4)
    assert out[3] == (5, [1])
    assert "not json" not in out[1].message


def test_when_gzip_is_truncated_then_records_before_the_cut_survive_and_the_file_is_reported(tmp_path):
    payload = b"".join(json.dumps({"i": i, "pad": "x" * 200}).encode() + b"\n" for i in range(200))
    whole = gzip.compress(payload, mtime=0)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    out = _values(path)
    assert isinstance(out[-1], DeadLetter) and out[-1].reason == "broken_file"
    assert str(path) == out[-1].source_file
    good = [v for v in out if not isinstance(v, DeadLetter)]
    assert 0 < len(good) < 200 and [v[1]["i"] for v in good] == list(range(len(good)))


def test_when_parquet_is_read_then_rows_are_numbered_from_zero(tmp_path):
    path = tmp_path / "w.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": "a"}, {"id": "b"}]), path)
    assert _values(path) == [(0, {"id": "a"}), (1, {"id": "b"})]


def test_when_parquet_is_corrupt_then_it_is_one_broken_file_dead_letter(tmp_path):
    path = tmp_path / "bad.parquet"
    path.write_bytes(b"PAR1 this is not parquet")
    [dead] = _values(path)
    assert dead.reason == "broken_file" and dead.source_file == str(path)


def test_when_inputs_are_dirs_globs_and_files_then_log_files_are_listed_once(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("d/a.jsonl", "d/sub/b.jsonl.gz", "d/c.parquet", "d/notes.txt", "e.jsonl"):
        (tmp_path / name).write_text("")
    files = list_input_files([str(tmp_path / "d"), str(tmp_path / "d" / "*.jsonl"), str(tmp_path / "e.jsonl")])
    assert [f.removeprefix(str(tmp_path)) for f in files] == ["/d/a.jsonl", "/d/c.parquet", "/d/sub/b.jsonl.gz", "/e.jsonl"]


def test_when_an_input_matches_nothing_then_the_error_names_it(tmp_path):
    with pytest.raises(InputError, match="nowhere"):
        list_input_files([str(tmp_path / "nowhere")])


def test_a_big_file_read_in_ranges_gives_every_record_once_with_its_line_number(tmp_path):
    from pipelines.ingest.readers import plan_ranges

    path = tmp_path / "big.jsonl"
    lines = [json.dumps({"n": i, "pad": "x" * (i % 37)}) if i % 50 else "{not json" for i in range(1, 2001)]
    path.write_text("\n".join(lines) + "\n")
    ranges = plan_ranges([str(path)], split_bytes=4096)
    assert len(ranges) > 10 and ranges[0].start == 0 and ranges[-1].end is None
    assert all(a.end == b.start for a, b in zip(ranges, ranges[1:]))
    whole = [(r.source_row, r.reason) if isinstance(r, DeadLetter) else (r[0].row, r[1]["n"]) for r in read_records(str(path))]
    split = [(r.source_row, r.reason) if isinstance(r, DeadLetter) else (r[0].row, r[1]["n"])
             for part in ranges for r in read_records(part)]
    assert split == whole
    assert ("invalid_json" in {x[1] for x in whole}) and whole[49] == (50, "invalid_json")


def test_a_file_that_vanished_after_listing_is_a_dead_letter_not_a_skip(tmp_path):
    path = tmp_path / "gone.jsonl"
    path.write_text('{"a": 1}\n')
    files = list_input_files([str(path)])
    path.unlink()
    [letter] = list(read_records(files[0]))
    assert isinstance(letter, DeadLetter) and letter.reason == "missing_file"
