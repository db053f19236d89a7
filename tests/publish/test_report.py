import html
import re

from publish.report import build_report, rebuild_report
from tests.publish.conftest import MARKUP


def test_the_report_has_every_section_and_chart(report_inputs):
    manifest, doc, _ = report_inputs
    page = build_report(manifest, doc)
    for heading in ("The run", "How often", "What triggered it", "Charts", "Privacy", "Manifest"):
        assert f"<h2>{heading}</h2>" in page
    assert page.count("<svg") == 5  # sizes per valence (2), map, score histograms, trend
    assert "Claude Opus 4" in page and "0.55%" in page and "Claude Sonnet 4.5" in page
    assert page.count('class="sortable"') == 2


def test_strings_from_conversations_are_escaped_everywhere(report_inputs):
    manifest, doc, _ = report_inputs
    page = build_report(manifest, doc)
    assert MARKUP not in page and "<img" not in page and "onerror=\"" not in page
    assert html.escape(MARKUP, quote=True) in page
    assert page.count("<script>") == 1  # the page's own sorting script, allowed by hash


def test_nothing_on_the_page_points_elsewhere(report_inputs):
    manifest, doc, _ = report_inputs
    page = build_report(manifest, doc)
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?(?:https?:)?//", page, re.I)
    assert "default-src 'none'" in page


def test_the_report_is_rebuilt_from_the_published_files_alone(themed_run, tmp_path):
    import shutil

    copy = tmp_path / "out"
    (copy / "published").mkdir(parents=True)
    shutil.copy(themed_run.output / "manifest.json", copy)
    shutil.copy(themed_run.output / "published" / "themes.json", copy / "published")
    rebuilt = rebuild_report(copy).read_text()
    original = (themed_run.output / "published" / "report.html").read_text()
    assert rebuilt == original
