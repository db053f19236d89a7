"""Derive JSON Schema (draft 2020-12) from the Arrow schemas, so the two cannot drift.

``python -m schemas.jsonschema`` rewrites ``schemas/json/*.schema.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from schemas.arrow import ALL
from schemas.records import SCHEMA_VERSION

JSON_DIR = Path(__file__).with_name("json")


def _type(t: pa.DataType) -> dict[str, Any]:
    if pa.types.is_string(t):
        return {"type": "string"}
    if pa.types.is_integer(t):
        return {"type": "integer"}
    if pa.types.is_floating(t):
        return {"type": "number"}
    if pa.types.is_boolean(t):
        return {"type": "boolean"}
    if pa.types.is_map(t):
        return {"type": "object", "additionalProperties": _type(t.item_type)}
    if pa.types.is_list(t):
        return {"type": "array", "items": _type(t.value_type)}
    if pa.types.is_struct(t):
        return _object(list(t))
    raise TypeError(f"no JSON Schema mapping for Arrow type {t}")


def _field(f: pa.Field) -> dict[str, Any]:
    spec = _type(f.type)
    if f.nullable:
        spec = {**spec, "type": [spec["type"], "null"]}
    return spec


def _object(fields: list[pa.Field]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {f.name: _field(f) for f in fields},
        "required": [f.name for f in fields if not f.nullable],
        "additionalProperties": False,
    }


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of the record type ``name`` (a key of :data:`schemas.arrow.ALL`)."""
    schema = _object(list(ALL[name]))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"expression-miner/{name}/{SCHEMA_VERSION}",
        "title": name,
        **schema,
    }


def write_all(directory: Path = JSON_DIR) -> None:
    directory.mkdir(exist_ok=True)
    for name in ALL:
        text = json.dumps(json_schema(name), indent=2, sort_keys=True) + "\n"
        (directory / f"{name}.schema.json").write_text(text)


if __name__ == "__main__":
    write_all()
