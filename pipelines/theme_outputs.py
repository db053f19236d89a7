"""The driver's part of the themes stage: finish the candidates the Beam job staged, write the outputs.

The job leaves, in the staging folder, one line per candidate theme (aggregates only) and one per
valence's fit. Here they are labelled, thresholded, matched to the run history and written:
``published/themes.parquet`` and ``published/themes.json`` (aggregates and k-anonymous labels),
``restricted/themes/clusters.json`` (which cluster became which theme, for the audit) and the
updated history, staged to be moved into place with everything else.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import layout
from pipelines.ingest.partitions import partition_of
from privacy.aggregation import NoisyCounts
from schemas import VALENCES, arrow
from themes.identity import History
from themes.settings import ThemeSettings
from themes.stage import CandidateTheme, ThemeRun, ValenceSummary, finish_themes

def input_partitions(files: Sequence[str]) -> list[str]:
    """The date partitions (``dt=2026-11-22``) the input files lie in; the files themselves if none."""
    found = {p for p in map(partition_of, files) if p}
    return sorted(found) if found else sorted(files)


def _lines(staging: Path, prefix: str) -> list[dict[str, Any]]:
    return [json.loads(line) for part in sorted(staging.glob(prefix + "*"))
            for line in part.read_text().splitlines() if line.strip()]


def history_path(settings: ThemeSettings, output_dir: Path) -> Path:
    return Path(settings.history) if settings.history else output_dir / layout.HISTORY


def finish_run_themes(
    settings: ThemeSettings, staging: Path, output_dir: Path, metrics: dict[str, float],
    partitions: Sequence[str], run_id: str,
) -> ThemeRun:
    """Finish the staged candidates and write the theme outputs into ``staging``."""
    candidates = [CandidateTheme.from_json(row) for row in _lines(staging, layout.THEME_CANDIDATES)]
    candidates.sort(key=lambda c: (c.valence, c.index))
    fits = {row["valence"]: row for row in _lines(staging, layout.THEME_FITS)}
    summary = {}
    for valence in VALENCES:
        fit = fits.get(valence, {})
        summary[valence] = ValenceSummary(
            events=int(metrics.get(f"themes.events.{valence}", 0)), fitted_on=fit.get("fitted_on", 0),
            unassigned=int(metrics.get(f"themes.unassigned.{valence}", 0)),
            themes_found=sum(1 for c in candidates if c.valence == valence),
            reason=fit.get("reason", "no_events" if not fit else ""),
        )
    noisy = None
    if settings.epsilon is not None:
        noisy = {(r["valence"], r["index"]): NoisyCounts(r["events"], r["conversations"], r["accounts"])
                 for r in _lines(staging, layout.THEME_NOISY)}
    history = History.load(history_path(settings, output_dir))
    run = finish_themes(candidates, summary, settings, history, partitions, run_id, noisy)
    write_theme_outputs(run, settings, staging, run_id)
    run.history.save(staging / layout.HISTORY)
    return run


def write_theme_outputs(run: ThemeRun, settings: ThemeSettings, staging: Path, run_id: str) -> None:
    rows = [t.to_row() for t in run.themes]
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow.THEME), staging / layout.THEMES_PARQUET)
    doc = {
        "run_id": run_id,
        "privacy": {"k_conversations": settings.k_conversations, "k_accounts": settings.k_accounts,
                    "epsilon": settings.epsilon, "delta": settings.delta if settings.epsilon is not None else None},
        "summary": {v: s.to_dict() for v, s in run.summary.items()},
        "themes": rows,
        "runs": [{"run_id": r.run_id, "partitions": r.partitions, "sizes": r.sizes} for r in run.history.runs],
    }
    (staging / layout.THEMES_JSON).write_text(json.dumps(doc, indent=2, ensure_ascii=True) + "\n")
    clusters = staging / layout.THEME_CLUSTERS
    clusters.parent.mkdir(parents=True, exist_ok=True)
    clusters.write_text(json.dumps([{"valence": v, "cluster": i, "theme_id": t}
                                    for (v, i), t in sorted(run.theme_of.items())], indent=1) + "\n")


def manifest_section(run: ThemeRun) -> tuple[dict[str, int], dict[str, float], dict[str, Any]]:
    """Counts, rates and the per-valence summary the manifest records."""
    counts = {"themes_published": len(run.themes),
              "themes_suppressed": sum(s.themes_suppressed for s in run.summary.values())}
    rates = {f"noise_share_{v}": round(s.noise_share, 6) for v, s in run.summary.items()}
    return counts, rates, {v: s.to_dict() for v, s in run.summary.items()}
