"""A report's inputs built by hand, for tests that must control every string on the page."""

from __future__ import annotations

import pytest

from schemas import Theme

MARKUP = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def theme(theme_id: str, valence: str, label: str, keywords: tuple[str, ...], events: int = 40, **kw) -> Theme:
    fields = dict(theme_id=theme_id, valence=valence, label=label, keywords=keywords, events=events,
                  conversations=events // 2, accounts=events // 4, share=0.4, mean_score=0.8, median_turn_index=3.0,
                  persistence_share=0.5, status="new", previous_events=None, runs_seen=1, map_x=0.1, map_y=-0.2)
    fields.update(kw)
    return Theme(**fields)


@pytest.fixture
def report_inputs():
    themes = [
        theme("distress-0001", "distress", f"weapon / {MARKUP}", ("weapon", MARKUP, "$x^2$")),
        theme("distress-0002", "distress", "insult / useless", ("insult", "useless"), events=20, status="continuing",
              previous_events=12, runs_seen=2, map_x=0.5),
        theme("joy-0001", "joy", "poem / story", ("poem", "story"), events=30, persistence_share=0.0, map_y=0.4),
    ]
    manifest = {
        "run_id": "20261206T000000Z-test", "started_at": "2026-12-06T00:00:00+00:00",
        "finished_at": "2026-12-06T00:05:00+00:00",
        "counts": {"records_read": 120, "conversations_ok": 110, "dead_lettered": 10, "dead_letter.invalid_json": 10,
                   "assistant_turns_scored": 400, "flagged_distress": 60, "flagged_joy": 30,
                   "conversations_flagged_distress": 20, "conversations_flagged_joy": 12},
        "score_histogram": {"distress": [300, 20, 10] + [1] * 17, "joy": [350, 10] + [2] * 18},
        "thresholds": {"distress": 0.3, "joy": 0.8},
        "themes": {"partitions": ["dt=2026-12-05"]},
        "config": {"themes.k_accounts": "3"},
    }
    doc = {"privacy": {"k_conversations": 5, "k_accounts": 3, "epsilon": None, "delta": None},
           "summary": {"distress": {"noise_share": 0.1, "themes_suppressed": 1}, "joy": {"noise_share": 0.0, "themes_suppressed": 0}},
           "themes": [t.to_row() for t in themes],
           "runs": [{"run_id": "r1", "partitions": ["dt=2026-12-04"], "sizes": {"distress-0002": 12}},
                    {"run_id": "r2", "partitions": ["dt=2026-12-05"], "sizes": {"distress-0001": 40, "distress-0002": 20, "joy-0001": 30}}]}
    return manifest, doc, themes
