import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from privacy.audit import audit_paths, main

CANARY = "ZEBRA-CANARY-7731"


def test_when_outputs_clean_then_no_findings(tmp_path):
    (tmp_path / "events.jsonl").write_text(json.dumps({
        "utterance": "Write to <EMAIL_ADDRESS_1> about v1.2.3 and commit a4b09a0",
        "conversation_key": "c_0123456789abcdef0123456789abcdef",
    }) + "\n")
    assert audit_paths(tmp_path, [CANARY]) == []


@pytest.mark.parametrize("text, detail", [
    ("mail bob@example.com", "pattern email"),
    ("ssn 078-05-1120", "pattern us_ssn"),
    ("card 4111 1111 1111 1111", "pattern credit_card"),
    ("iban DE89 3704 0044 0532 0130 00", "pattern iban"),
    ("host 192.168.1.20", "pattern ipv4"),
    ("AKIAEOULPLPMGXJTTPSF", "pattern aws_access_key"),
    ("sk-proj-abcdefghijklmnopqrstuvwx", "pattern sk_api_key"),
])
def test_when_pii_in_text_then_finding_names_pattern_not_value(tmp_path, text, detail):
    (tmp_path / "report.html").write_text(f"<p>{text}</p>")
    findings = audit_paths(tmp_path, [])
    assert findings and findings[0].detail.startswith(detail)
    assert text.split()[-1] not in findings[0].detail


@pytest.mark.parametrize("text", [
    "card 4111 1111 1111 1112", "ssn 666-05-1120", "iban DE00 3704 0044 0532 0130 00",
    "key c_8f4111111111111111ab0123456789ab",  # a Luhn-valid digit run inside a hex pseudonym
])
def test_when_checksum_fails_then_no_finding(tmp_path, text):
    (tmp_path / "a.txt").write_text(text)
    assert audit_paths(tmp_path, []) == []


def test_when_canary_nested_in_parquet_then_found_with_column_and_row(tmp_path):
    table = pa.table({"themes": [[{"label": "fine"}], [{"label": f"about {CANARY.lower()} here"}]]})
    pq.write_table(table, tmp_path / "themes.parquet")
    [finding] = audit_paths(tmp_path, ["other", CANARY])
    assert (finding.kind, finding.detail) == ("canary", "canary #1 at column themes, row 1")


def test_when_canary_in_gzip_then_found(tmp_path):
    with gzip.open(tmp_path / "out.jsonl.gz", "wt") as fh:
        fh.write("x\n" + CANARY + "\n")
    assert [f.detail for f in audit_paths(tmp_path, [CANARY])] == ["canary #0 at line 2"]


def test_when_cli_finds_something_then_exit_1_and_value_not_printed(tmp_path, capsys):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.json").write_text(CANARY)
    (tmp_path / "canaries.txt").write_text(CANARY + "\n\n")
    assert main([str(tmp_path / "out"), "--canaries", str(tmp_path / "canaries.txt")]) == 1
    assert CANARY not in capsys.readouterr().out


def test_when_cli_clean_then_exit_0(tmp_path):
    (tmp_path / "a.json").write_text("{}")
    assert main([str(tmp_path)]) == 0


def test_when_cli_root_missing_then_exit_2(tmp_path):
    assert main([str(tmp_path / "nope")]) == 2
