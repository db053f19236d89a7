"""``published/report.html``: one self-contained page a reviewer reads instead of conversations.

Built from the published files alone (``manifest.json`` and ``published/themes.json``), so
``expression-miner report DIR`` can rebuild it anywhere. Nothing on the page is fetched: styles,
charts (inline SVG) and the one small table-sorting script are inline, and a Content-Security-Policy
forbids every other source and every script but that one (by hash). Every string that came from
conversations (labels, keywords) is HTML-escaped where it is written; the charts escape their own.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from publish import charts
from publish.assessment import trend
from schemas import VALENCES, Theme

REFERENCE_FILE = Path(__file__).resolve().parent / "data" / "reference_rates.toml"

_SORT_SCRIPT = """
document.querySelectorAll("table.sortable th").forEach(function (th, col) {
  th.addEventListener("click", function () {
    var body = th.closest("table").tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var up = th.getAttribute("aria-sort") !== "ascending";
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
      return up ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    th.closest("tr").querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
  });
});
"""

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; margin: .5em 0 1em; font-size: .92em; }
th, td { border: 1px solid #ddd; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } table.sortable th { cursor: pointer; }
th[aria-sort=ascending]::after { content: " \\25B2"; } th[aria-sort=descending]::after { content: " \\25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #555; font-size: .9em; } .chart { margin: 1em 0; } .kw { color: #444; }
pre { background: #f7f7f7; padding: 1em; overflow-x: auto; font-size: .8em; }
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _pct(x: float) -> str:
    return f"{100 * x:.2f}%"


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return (f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'; "
            "base-uri 'none'; form-action 'none'")


def _references() -> list[dict[str, Any]]:
    with open(REFERENCE_FILE, "rb") as fh:
        return tomllib.load(fh)["reference"]


def _table(headers: Sequence[str], rows: Sequence[Sequence[tuple[Any, Any]]], sortable: bool = False,
           numeric: Sequence[bool] = ()) -> str:
    """Rows of ``(shown, sort key)`` cells; every cell is escaped."""
    cls = ' class="sortable"' if sortable else ""
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for i, (shown, key) in enumerate(row):
            num = ' class="num"' if i < len(numeric) and numeric[i] else ""
            cells.append(f'<td{num} data-sort="{_e(key)}">{_e(shown)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _run_section(manifest: Mapping[str, Any], partitions: Sequence[str]) -> str:
    counts = manifest.get("counts", {})
    reasons = sorted((k.removeprefix("dead_letter."), v) for k, v in counts.items() if k.startswith("dead_letter."))
    rows = [
        [("run", ""), (manifest.get("run_id", ""), "")],
        [("started", ""), (manifest.get("started_at", ""), "")],
        [("finished", ""), (manifest.get("finished_at", ""), "")],
        [("input partitions", ""), (", ".join(partitions) or "(none)", "")],
        [("records read", ""), (counts.get("records_read", 0), "")],
        [("conversations accepted", ""), (counts.get("conversations_ok", 0), "")],
        [("records dead-lettered", ""), (counts.get("dead_lettered", 0), "")],
        [("assistant turns scored", ""), (counts.get("assistant_turns_scored", 0), "")],
    ] + [[(f"  dead letters: {reason}", ""), (n, "")] for reason, n in reasons]
    return "<h2>The run</h2>" + _table(["", ""], rows)


def _rates_section(manifest: Mapping[str, Any]) -> str:
    counts, refs = manifest.get("counts", {}), _references()
    conversations = counts.get("conversations_ok", 0) or 1
    turns = counts.get("assistant_turns_scored", 0) or 1
    headers = ["valence", "conversations flagged", "share of conversations", "share of assistant turns"] + [
        f"{r['model']} (conversations)" for r in refs]
    rows = []
    for v in VALENCES:
        flagged_conv = counts.get(f"conversations_flagged_{v}", 0)
        rows.append([(v, v), (flagged_conv, flagged_conv), (_pct(flagged_conv / conversations), flagged_conv / conversations),
                     (_pct(counts.get(f"flagged_{v}", 0) / turns), counts.get(f"flagged_{v}", 0) / turns)]
                    + [(_pct(r[v]), r[v]) for r in refs])
    return ("<h2>How often</h2><p>Distress is flagged at a low bar (any sign counts), joy at a high bar (strong, "
            "occurrent joy only). Anthropic's published screens of real conversations are shown for context; "
            "they used other models, other users and another classifier.</p>"
            + _table(headers, rows, numeric=[False, True, True, True] + [True] * len(refs)))


def _themes_table(themes: Sequence[Theme], valence: str) -> str:
    mine = [t for t in themes if t.valence == valence]
    if not mine:
        return f"<p>No {valence} theme met the publication thresholds.</p>"
    rows = []
    for t in mine:
        change = "" if t.previous_events is None else f"{t.events - t.previous_events:+d}"
        rows.append([
            (t.theme_id, t.theme_id), (t.label or "(no word used by enough accounts)", t.label),
            (", ".join(t.keywords), ", ".join(t.keywords)), (t.events, t.events), (_pct(t.share), t.share),
            (t.conversations, t.conversations), (t.accounts, t.accounts),
            (_pct(t.persistence_share), t.persistence_share), (f"{trend(t)} {change}".strip(), t.events - (t.previous_events or 0)),
        ])
    return _table(["id", "label", "keywords", "events", "share", "conversations", "accounts",
                   "after a declined request was repeated", "trend"], rows, sortable=True,
                  numeric=[False, False, False, True, True, True, True, True, False])


def _privacy_section(doc: Mapping[str, Any]) -> str:
    p, summary = doc.get("privacy", {}), doc.get("summary", {})
    suppressed = sum(s.get("themes_suppressed", 0) for s in summary.values())
    dp = (f"Counts are differentially private (PipelineDP, Laplace noise, epsilon {p['epsilon']}, delta {p['delta']}); "
          "themes were chosen by DP partition selection.") if p.get("epsilon") else "Counts are exact (no differential privacy)."
    noise = "; ".join(f"{v}: {_pct(s.get('noise_share', 0))} of events in no theme" for v, s in summary.items())
    return (f"<h2>Privacy</h2><p>A theme is published only if it holds at least {_e(p.get('k_conversations'))} "
            f"distinct conversations and {_e(p.get('k_accounts'))} distinct accounts. Every word of a label or "
            f"keyword list was used by at least {_e(p.get('k_accounts'))} distinct accounts of that theme. "
            f"{_e(dp)} {suppressed} theme(s) were found but not published. {_e(noise)}. No conversation text, "
            "identifier or example appears in this report.</p>")


def build_report(manifest: Mapping[str, Any], themes_doc: Mapping[str, Any]) -> str:
    """The report page as a string."""
    themes = [Theme.from_row(r) for r in themes_doc.get("themes", [])]
    partitions = manifest.get("themes", {}).get("partitions", [])
    config = manifest.get("config", {})
    thresholds = {}
    for v in VALENCES:
        value = config.get(f"classify.{v}_threshold")
        if value not in (None, "null"):
            thresholds[v] = float(json.loads(value))
    thresholds.update(manifest.get("thresholds", {}))
    parts = [_run_section(manifest, partitions), _rates_section(manifest)]
    parts.append("<h2>What triggered it</h2><p class=\"note\">Click a column to sort. Trend compares with the "
                 "previous run in the history.</p>")
    for v in VALENCES:
        parts.append(f"<h3>{_e(v)}</h3>" + _themes_table(themes, v))
        if any(t.valence == v for t in themes):
            parts.append(f'<div class="chart">{charts.theme_sizes(themes, v)}</div>')
    parts.append("<h2>Charts</h2>")
    if len(themes) >= 2:
        parts.append(f'<div class="chart">{charts.theme_map(themes)}</div>')
    hist = manifest.get("score_histogram", {})
    if hist:
        parts.append(f'<div class="chart">{charts.score_histograms(hist, thresholds)}</div>')
    runs = themes_doc.get("runs", [])
    if len(runs) >= 2:
        parts.append(f'<div class="chart">{charts.trend(runs, themes)}</div>')
    else:
        parts.append('<p class="note">Trends appear once the history holds two runs.</p>')
    parts.append(_privacy_section(themes_doc))
    parts.append("<h2>Manifest</h2><details><summary>configuration, versions and counts</summary><pre>"
                 + _e(json.dumps(manifest, indent=2, sort_keys=True)) + "</pre></details>")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_csp(_SORT_SCRIPT)}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>expression-miner report {_e(manifest.get('run_id', ''))}</title><style>{_STYLE}</style></head>"
            "<body><h1>Apparent distress and joy: what triggered them</h1>"
            "<p class=\"note\">Aggregates only. Generated by expression-miner from the published files of one run.</p>"
            + "".join(parts) + f"<script>{_SORT_SCRIPT}</script></body></html>\n")


def write_report(manifest: Mapping[str, Any], themes_doc: Mapping[str, Any], target: Path) -> Path:
    """Write the report page built from ``manifest`` and ``themes_doc`` to ``target``."""
    target.write_text(build_report(manifest, themes_doc), encoding="utf-8")
    return target


def rebuild_report(output_dir: Path) -> Path:
    """Rebuild ``published/report.html`` of a run's output folder from its published files alone.

    Raises:
        FileNotFoundError: the manifest or ``published/themes.json`` is missing (names the file).
    """
    manifest_file, themes_file = output_dir / "manifest.json", output_dir / "published" / "themes.json"
    for path in (manifest_file, themes_file):
        if not path.is_file():
            raise FileNotFoundError(f"report: {path} is missing; is {output_dir} a run's output folder?")
    return write_report(json.loads(manifest_file.read_text()), json.loads(themes_file.read_text()),
                        output_dir / "published" / "report.html")
