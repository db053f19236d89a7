"""Bad records, a few of each kind the ingest stage must dead-letter, and a truncated gzip file.

None of them carries PII or a canary: they exist to test that bad input is counted by reason and
never quoted, so their text is bland on purpose.
"""

from __future__ import annotations

import json
import random
import zlib

REASONS = ("invalid_json", "not_an_object", "missing_id", "no_assistant_turn", "wrong_field_type", "invalid_role",
           "undecodable_bytes", "message_too_long", "unknown_shape")
_BLAND = ("How do I sort a list?", "What is the capital of France?", "Explain photosynthesis briefly.",
          "Give me a synonym for happy.", "How many legs does a spider have?", "Convert 10 miles to kilometres.")
_REPLIES = ("Use the sorted function.", "Paris.", "Plants turn light into chemical energy.", "Glad or cheerful.",
            "Eight.", "About 16 kilometres.")
TOO_LONG_CHARS = 25_000  # above the default ingest.max_message_chars of 20,000


def _line(obj: object) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode()


def _pair(rng: random.Random) -> list[dict[str, str]]:
    i = rng.randrange(len(_BLAND))
    return [{"role": "user", "content": _BLAND[i]}, {"role": "assistant", "content": _REPLIES[i]}]


def _make(reason: str, k: int, rng: random.Random) -> tuple[bytes, str]:
    """The ``k``-th bad line for ``reason`` and the shape it imitates."""
    mid = f"bad-{reason}-{k}"
    if reason == "invalid_json":
        return [b'{"conversation_id": "' + mid.encode() + b'", "messages": [{"role": "user", "content": "hi"\n',
                b"{'id': '" + mid.encode() + b"', 'messages': []}\n",
                b'{"conversation_id": "' + mid.encode() + b'", "messages": [],}\n'][k], "canonical"
    if reason == "not_an_object":
        return [b'[1, 2, 3]\n', b'42\n', b'"just a string"\n'][k], "unknown"
    if reason == "missing_id":
        return [_line({"messages": _pair(rng)}), _line({"conversation_id": "", "messages": _pair(rng)}),
                _line({"id": "   ", "conversations": [{"from": "human", "value": "Hi"}, {"from": "gpt", "value": "Hello!"}]})][k], \
            ["canonical", "canonical", "sharegpt"][k]
    if reason == "no_assistant_turn":
        return [_line({"conversation_id": mid, "messages": [{"role": "user", "content": q} for q in rng.sample(_BLAND, 2)]}),
                _line({"id": mid, "conversations": [{"from": "human", "value": rng.choice(_BLAND)}]}),
                _line({"conversation_id": mid, "messages": [{"role": "system", "content": "Be brief."},
                                                            {"role": "user", "content": rng.choice(_BLAND)}]})][k], \
            ["canonical", "sharegpt", "canonical"][k]
    if reason == "wrong_field_type":
        return [_line({"conversation_id": mid, "messages": "user: hi / assistant: hello"}),
                _line({"conversation_id": mid, "messages": [{"role": "user", "content": 12345}, {"role": "assistant", "content": "ok"}]}),
                _line({"id": mid, "conversations": None})][k], ["canonical", "canonical", "sharegpt"][k]
    if reason == "invalid_role":
        return [_line({"conversation_id": mid, "messages": [{"role": "narrator", "content": "Once upon a time."}, *_pair(rng)]}),
                _line({"id": mid, "conversations": [{"from": "narrator", "value": "Meanwhile."}, {"from": "gpt", "value": "Yes."}]}),
                _line({"conversation_id": mid, "messages": [*_pair(rng), {"role": "moderator", "content": "Noted."}]})][k], \
            ["canonical", "sharegpt", "canonical"][k]
    if reason == "undecodable_bytes":
        return [b'{"conversation_id": "' + mid.encode() + b'", "messages": [{"role": "user", "content": "caf\xe9 \xff\xfe"}]}\n',
                b'\xff\xfe{"id": "' + mid.encode() + b'"}\n',
                b'{"conversation_id": "' + mid.encode() + b'", "model": "\xc3\x28"}\n'][k], "canonical"
    if reason == "message_too_long":
        filler = ("lorem ipsum dolor sit amet " * (TOO_LONG_CHARS // 27 + 1))[:TOO_LONG_CHARS]
        messages = _pair(rng)
        messages[k % 2]["content"] = filler
        return _line({"conversation_id": mid, "messages": messages}), "canonical"
    if reason == "unknown_shape":
        return [_line({"foo": 1, "bar": [1, 2]}), _line({"id": mid, "text": rng.choice(_BLAND)}),
                _line({"conversation_id": mid, "dialogue": _pair(rng)})][k], "unknown"
    raise ValueError(f"reason must be one of {', '.join(REASONS)}")


def malformed_lines(rng: random.Random) -> list[tuple[bytes, str, str]]:
    """(line bytes, expected reason, imitated shape) for 2-3 bad records of every reason, shuffled."""
    lines = []
    for reason in REASONS:
        for k in range(rng.randint(2, 3)):
            line, shape = _make(reason, k, rng)
            lines.append((line, reason, shape))
    rng.shuffle(lines)
    return lines


def truncated_gzip(good: list[bytes], rest: list[bytes], keep_after_flush: int = 12) -> bytes:
    """A gzip stream whose first part decodes to exactly the ``good`` lines and which is then cut.

    The good lines are sync-flushed so they decode on their own; the stream is cut
    ``keep_after_flush`` bytes into the compressed ``rest``, so no further whole line can be
    decoded and a reader hits an unexpected end of stream.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip wrapper, mtime 0, no file name
    head = compressor.compress(b"".join(good)) + compressor.flush(zlib.Z_SYNC_FLUSH)
    tail = compressor.compress(b"".join(rest)) + compressor.flush(zlib.Z_FINISH)
    data = head + tail[:keep_after_flush]
    check = zlib.decompressobj(31)
    decoded = check.decompress(data)
    if decoded.count(b"\n") != len(good) or check.eof:  # guard the contract the tests and the lead rely on
        raise RuntimeError("truncated gzip does not decode to exactly the good lines")
    return data


