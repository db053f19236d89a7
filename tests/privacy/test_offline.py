"""ensure_offline: the e-mail recognizer's domain check must not touch the network."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import socket, sys
attempts = []
def refuse(*args, **kwargs):
    attempts.append(1)
    raise OSError("network blocked in test")
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import tldextract  # imported first, so the module-level extractor was built with default URLs
if sys.argv[1] == "offline":
    from privacy.offline import ensure_offline, is_offline
    ensure_offline()
    assert is_offline()
from presidio_analyzer.predefined_recognizers import EmailRecognizer
ok = EmailRecognizer().validate_result("someone@example.co.uk")
print(f"valid={ok} attempts={len(attempts)}")
"""


def run_child(mode: str, tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"}
    env.update(PYTHONPATH=str(ROOT), TLDEXTRACT_CACHE=str(tmp_path / "cache"), HF_HUB_OFFLINE="1")
    out = subprocess.run([sys.executable, "-c", CHILD, mode], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def test_when_ensure_offline_then_email_check_works_without_any_network_attempt(tmp_path):
    assert run_child("offline", tmp_path) == "valid=True attempts=0"


def test_when_not_offline_then_tldextract_would_try_the_network(tmp_path):
    # The control: proves the child can observe an attempt, so the test above can fail.
    assert run_child("default", tmp_path).endswith(("attempts=1", "attempts=2", "attempts=3", "attempts=4"))
