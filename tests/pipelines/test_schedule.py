"""A scheduled job over daily partitions: three nights, then a re-run of the second day.

Each night's run reads only the partitions no earlier run processed (``--only-new``); re-running a
day (``--partition``) replaces that day's entry in the run history, so its counts are not added
twice and the trends compare with the right earlier run.

The nights run through the real command line in this process, on the DirectRunner's in-memory mode:
what is under test is which partitions each run reads and what the history keeps, and five fresh
processes, each loading Presidio and the model into two workers, would take minutes longer.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import synthetic
from schemas import layout
from synthetic.settings import SyntheticSettings
from tests.conftest import IN_MEMORY_RUNNER, THEMED_CONFIG, cli_in_process

DAYS = ("2026-11-20", "2026-11-21", "2026-11-22")
KEY = "5" * 64


@pytest.fixture(scope="module")
def days(tmp_path_factory) -> dict[str, Path]:
    """Three days of logs, each a small corpus rich in distress and joy, in dt= folders."""
    root = tmp_path_factory.mktemp("partitioned")
    out = {}
    for i, day in enumerate(DAYS):
        corpus = root / f"corpus-{day}"
        synthetic.generate(corpus, conversations=150, seed=40 + i,
                           settings=SyntheticSettings(distress_share=0.3, joy_share=0.3))
        folder = root / "logs" / f"dt={day}"
        folder.mkdir(parents=True)
        for name in ("canonical.jsonl", "openai.jsonl", "sharegpt.jsonl"):
            shutil.copy(corpus / synthetic.LOGS_DIR / name, folder / name)
        out[day] = folder
    return out


def _run(capsys: pytest.CaptureFixture, logs: Path, out: Path, *flags: str) -> dict:
    config = out.parent / "run.toml"
    config.write_text(THEMED_CONFIG + IN_MEMORY_RUNNER)
    assert cli_in_process("run", "--input", str(logs), "--output", str(out), "--config", str(config), *flags) == 0
    return {} if "nothing to do" in capsys.readouterr().out else json.loads((out / layout.MANIFEST).read_text())


def test_three_nights_and_a_re_run_count_each_day_once(days, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EXPRESSION_MINER_KEY", KEY)
    logs, out = next(iter(days.values())).parent, tmp_path / "out"
    first = _run(capsys, logs, out, "--partition", DAYS[0])
    second = _run(capsys, logs, out, "--only-new", "--until", DAYS[1])
    third = _run(capsys, logs, out, "--only-new")
    assert [m["themes"]["partitions"] for m in (first, second, third)] == [[f"dt={d}"] for d in DAYS]
    assert _run(capsys, logs, out, "--only-new") == {}  # nothing new: the job says so and publishes nothing

    history = json.loads((out / layout.HISTORY).read_text())
    assert [r["partitions"] for r in history["runs"]] == [[f"dt={d}"] for d in DAYS]
    before = history["runs"][1]["sizes"]

    again = _run(capsys, logs, out, "--partition", DAYS[1])
    runs = json.loads((out / layout.HISTORY).read_text())["runs"]
    assert [r["partitions"] for r in runs] == [[f"dt={DAYS[0]}"], [f"dt={DAYS[2]}"], [f"dt={DAYS[1]}"]]
    assert again["counts"]["records_read"] == second["counts"]["records_read"]
    # The day's entry is replaced, not added to: its sizes are the re-run's own published themes.
    # (Not necessarily the first run's: embeddings differ in their last bits with the make-up of
    # their batches, and on a day this small that is enough to move UMAP's clusters.)
    assert runs[2]["run_id"] == again["run_id"] and before
    published = json.loads((out / layout.THEMES_JSON).read_text())["themes"]
    assert runs[2]["sizes"] == {t["theme_id"]: t["events"] for t in published}

    # The re-run's trend compares with the latest run on another day (the third night), never with itself.
    themes = json.loads((out / layout.THEMES_JSON).read_text())["themes"]
    assert themes
    for theme in themes:
        if theme["previous_events"] is not None:
            assert theme["previous_events"] == runs[1]["sizes"][theme["theme_id"]]
        assert theme["runs_seen"] <= len(DAYS)
