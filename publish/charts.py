"""The report's charts, drawn with matplotlib and returned as inline SVG.

Text in the charts is written as SVG text that matplotlib escapes; math-text parsing is off, so a
label holding ``$`` or markup is drawn as the characters it is. Every chart has a fixed size and
no external reference (fonts are the viewer's sans-serif).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

import matplotlib

matplotlib.use("Agg")  # no display: charts are rendered to strings
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

from schemas import Theme  # noqa: E402

COLOURS = {"distress": "#b5473a", "joy": "#2f7d5b"}
_STYLE = {"svg.fonttype": "none", "text.parse_math": False, "font.family": "sans-serif", "font.size": 9,
          "svg.hashsalt": "expression-miner"}


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # drop the XML prolog and doctype: the SVG sits inside HTML


def _short(label: str, width: int = 48) -> str:
    return label if len(label) <= width else label[: width - 1] + "\u2026"


def theme_sizes(themes: Sequence[Theme], valence: str) -> str:
    """Horizontal bars: events per theme of one valence, largest on top."""
    mine = sorted((t for t in themes if t.valence == valence), key=lambda t: t.events)
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(6.4, 0.32 * max(len(mine), 2) + 0.8))
        ax.barh([_short(t.label or t.theme_id) for t in mine], [t.events for t in mine], color=COLOURS[valence])
        ax.set_xlabel("events")
        ax.set_title(f"{valence}: events per theme")
        ax.spines[["top", "right"]].set_visible(False)
        return _svg(fig)


def score_histograms(histograms: Mapping[str, Sequence[int]], thresholds: Mapping[str, float]) -> str:
    """Score distribution of every scored assistant turn per valence (log counts), with the threshold."""
    with plt.rc_context(_STYLE):
        fig, axes = plt.subplots(1, 2, figsize=(7.2, 2.6), sharey=False)
        for ax, valence in zip(axes, ("distress", "joy")):
            counts = list(histograms.get(valence, []))
            bins = len(counts) or 1
            ax.bar([(i + 0.5) / bins for i in range(len(counts))], counts, width=1 / bins,
                   color=COLOURS[valence], alpha=0.8)
            if valence in thresholds:
                ax.axvline(thresholds[valence], color="black", linestyle="--", linewidth=1)
            ax.set_yscale("symlog")
            # Plain numbers: the SVG keeps text as text, so mathtext tick labels would show as markup.
            ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
            ax.set_xlim(0, 1)
            ax.set_title(f"{valence} score (dashed: threshold)")
            ax.set_xlabel("score")
            ax.spines[["top", "right"]].set_visible(False)
        axes[0].set_ylabel("assistant turns")
        return _svg(fig)


def theme_map(themes: Sequence[Theme]) -> str:
    """Theme centroids in two dimensions (principal components), sized by events."""
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(6.4, 4.2))
        biggest = max((t.events for t in themes), default=1)
        for t in themes:
            ax.scatter(t.map_x, t.map_y, s=40 + 600 * t.events / biggest, color=COLOURS[t.valence], alpha=0.55)
            ax.annotate(_short(t.label or t.theme_id, 28), (t.map_x, t.map_y), fontsize=7, ha="center", va="center")
        ax.set_title("themes by similarity of their triggers (closer = more alike)")
        ax.set_xticks([])
        ax.set_yticks([])
        return _svg(fig)


def trend(runs: Sequence[Mapping], themes: Sequence[Theme]) -> str:
    """Events per published theme across the runs of the history."""
    with plt.rc_context(_STYLE):
        fig, ax = plt.subplots(figsize=(7.2, 3.0))
        names = [r["run_id"][:16] for r in runs]
        for t in themes:
            ax.plot(names, [r["sizes"].get(t.theme_id, 0) for r in runs], marker="o",
                    color=COLOURS[t.valence], alpha=0.7, label=_short(t.label or t.theme_id, 30))
        ax.set_ylabel("events")
        ax.set_title("theme sizes across runs")
        ax.tick_params(axis="x", labelrotation=30)
        if themes:
            ax.legend(fontsize=6, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        ax.spines[["top", "right"]].set_visible(False)
        return _svg(fig)
