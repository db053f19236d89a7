"""Rebuild the texts of real sources that may not be committed (``data/real/rebuilt_sources.toml``).

A source whose repository states no license is committed as ids, hashes and labels only; its texts
are rebuilt from a clone of the public repository at the recorded commit, into pool-shaped JSONL
(one row per assistant turn: ``source``, ``conversation_id``, ``turn_index``, ``model``, ``user``,
``assistant``) that :func:`classifiers.real_set.load_real_set` reads beside the real pool.
"""

from __future__ import annotations

import json
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

from classifiers.real_set import DEFAULT_REBUILT_DIR, REAL_DIR

SOURCES_FILE = REAL_DIR / "rebuilt_sources.toml"


def _git(checkout: Path, *args: str) -> bytes:
    done = subprocess.run(["git", "-C", str(checkout), *args], capture_output=True)
    if done.returncode != 0:
        raise ValueError(f"{checkout}: git {args[0]} failed; is it a clone of the source's repository "
                         "that holds the recorded commit?")
    return done.stdout


def _has_commit(checkout: Path, commit: str) -> bool:
    try:
        _git(checkout, "cat-file", "-e", f"{commit}^{{commit}}")
    except ValueError:
        return False
    return True


def _export_text(message: dict) -> str:
    """A claude.ai export message's text blocks (tool calls and thinking are not part of the reply)."""
    blocks = [c.get("text", "") for c in message.get("content") or [] if c.get("type") == "text"]
    return "\n\n".join(b for b in blocks if b) or (message.get("text") or "")


def claude_ai_export_rows(source: str, export: dict) -> Iterator[dict]:
    """One pool row per assistant message of a claude.ai conversation export, on its current branch.

    ``turn_index`` is the message's position on the branch; ``user`` is the human message just
    before it ("" when the assistant spoke twice in a row).
    """
    by_id = {m["uuid"]: m for m in export["chat_messages"]}
    branch, at = [], export.get("current_leaf_message_uuid")
    while at in by_id:
        branch.append(by_id[at])
        at = by_id[at].get("parent_message_uuid")
    branch = branch[::-1] or sorted(export["chat_messages"], key=lambda m: m["index"])
    user = ""
    for index, message in enumerate(branch):
        if message["sender"] == "human":
            user = _export_text(message)
        elif message["sender"] == "assistant":
            text = _export_text(message)
            if text.strip():
                yield {"source": source, "conversation_id": export["uuid"], "turn_index": index,
                       "model": export.get("model") or "unknown", "user": user, "assistant": text}
            user = ""


_FORMATS = {"claude_ai_export": claude_ai_export_rows}


def rebuild_source(name: str, spec: dict, checkout: Path) -> list[dict]:
    """The pool rows of one source, read from ``checkout`` at the recorded commit."""
    commit, folder = spec["commit"], spec["folder"].rstrip("/") + "/"
    paths = [p for p in _git(checkout, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
             if p.startswith(folder) and p.endswith(".json")]
    rows, seen = [], set()
    for path in sorted(paths):
        export = json.loads(_git(checkout, "show", f"{commit}:{path}"))
        if export["uuid"] in seen:  # an archive may hold a conversation twice, as identical copies
            continue
        seen.add(export["uuid"])
        rows.extend(_FORMATS[spec["format"]](name, export))
    return rows


def rebuild_texts(
    checkout: Path, output_dir: Path = DEFAULT_REBUILT_DIR, sources_file: Path = SOURCES_FILE,
) -> dict[str, int]:
    """Rebuild every source of ``sources_file`` whose repository ``checkout`` is a clone of.

    Returns:
        Assistant turns written per source.

    Raises:
        ValueError: ``checkout`` holds none of the sources' commits.
    """
    sources = tomllib.loads(sources_file.read_text(encoding="utf-8"))
    written = {}
    for name, spec in sources.items():
        if not _has_commit(checkout, spec["commit"]):
            continue
        rows = rebuild_source(name, spec, checkout)
        output_dir.mkdir(parents=True, exist_ok=True)
        with open(output_dir / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        written[name] = len(rows)
    if not written:
        raise ValueError(f"{checkout} holds the commit of none of the sources in {sources_file}")
    return written
