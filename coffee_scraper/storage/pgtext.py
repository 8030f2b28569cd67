"""Values as Postgres stores them: canonical JSON and its hash, text it can hold, COPY's text format.

Pure functions (no connection): the writer stages rows with them, the store pipeline hashes payloads.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from decimal import Decimal
from typing import Any

import orjson
from psycopg2.extras import Json


def _default(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS


def canonical_json(value: Any) -> str:
    """Sorted-key compact JSON: the stored payload text and the input of content_hash.

    orjson because every product's raw payload goes through here (5x json.dumps with sort_keys).
    """
    try:
        text = orjson.dumps(value, default=_default, option=_ORJSON_OPTIONS).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        # Integers beyond 64 bits (orjson refuses them): the same text from the standard library.
        text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_default)
    # Postgres text and jsonb cannot hold NUL (escaped by the encoders), nor lone surrogates (kept
    # raw by the standard-library fallback); keep everything else verbatim.
    return clean_text(text.replace("\\u0000", "\\ufffd"))


def content_hash(value: Any) -> str:
    return hash_text(canonical_json(value))


def hash_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def jsonb(value: Any) -> Json:
    return Json(value, dumps=canonical_json)


# What Postgres text refuses (NUL) or UTF-8 cannot encode (a lone surrogate, from a feed's "\\ud800").
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean_text(value: str) -> str:
    """A shop's text as Postgres can store it: NUL and lone surrogates become U+FFFD (the one place)."""
    if "\x00" in value or (not value.isascii() and _UNSTORABLE.search(value)):
        return _UNSTORABLE.sub("\ufffd", value)
    return value


def _copy_text(text: str) -> str:
    # COPY's text format escapes backslash, tab, newline and CR. JSON payloads carry backslashes
    # in most products: four C-level replaces beat a regex with a Python callback per match (2.6x).
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return text


def _copy_array(values) -> str:
    return "{" + ",".join(
        "NULL" if v is None else '"' + clean_text(str(v)).replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values
    ) + "}"


def copy_field(value: Any) -> str:
    """One value in COPY's text format (what psycopg2 would have adapted for an INSERT)."""
    kind = type(value)
    if kind is str:
        return _copy_text(clean_text(value))
    if value is None:
        return "\\N"
    if kind is bool:
        return "t" if value else "f"
    if kind is int or kind is Decimal:
        return str(value)
    if kind is float and value.is_integer():
        return str(int(value))  # 250.0 into an integer column: an INSERT casts it, COPY would refuse "250.0"
    if isinstance(value, (list, tuple)):  # text[]
        return _copy_text(_copy_array(value))
    return _copy_text(clean_text(str(value)))
