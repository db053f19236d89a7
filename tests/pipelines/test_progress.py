"""Progress lines: summed from the workers' files, counts only, with an estimate of the time left."""

import io
import json
import time

from pipelines import progress


def test_counts_are_summed_over_worker_files_and_printed_without_text(tmp_path):
    (tmp_path / "w1.json").write_text(json.dumps({"records_read": 10, "bytes_read": 500, "events": 2}))
    (tmp_path / "w2.json").write_text(json.dumps({"records_read": 5, "bytes_read": 500, "dead_letters": 1}))
    totals = progress.read_totals(tmp_path)
    line = progress.progress_line(totals, total_bytes=4000, elapsed=30)
    assert "15 records read" in line and "2 events" in line and "1 dead letters" in line
    assert "0:00:30 elapsed" in line and "about 0:01:30 left" in line


def test_a_worker_writes_its_counts_and_the_reporter_prints_them(tmp_path):
    progress.count(str(tmp_path), "conversations_redacted", 7)
    progress.flush(str(tmp_path))
    stream = io.StringIO()
    reporter = progress.ProgressReporter(tmp_path, total_bytes=100, stream=stream, every=0.05)
    progress.LOG_EVERY, saved = 0.0, progress.LOG_EVERY
    try:
        with reporter:
            time.sleep(0.3)
    finally:
        progress.LOG_EVERY = saved
    assert "progress:" in stream.getvalue() and "conversations redacted" in stream.getvalue()


def test_a_disabled_reporter_prints_nothing_and_makes_no_folder(tmp_path):
    stream = io.StringIO()
    with progress.ProgressReporter(tmp_path / "p", 100, stream=stream, every=0.01, enabled=False):
        time.sleep(0.05)
    assert stream.getvalue() == "" and not (tmp_path / "p").exists()
