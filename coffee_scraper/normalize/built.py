"""What importing the normalizer builds from its vocabularies (prefix-tree alternations, compiled regexes),
kept in a file between processes, so that a crawl starts without rebuilding them.

A crawl process pays the build once per start (some 0.3 s idle: thousands of CLDR country names in prefix
trees, then ``re`` parsing and compiling the large alternations, in pure Python). Stored instead:
- each alternation string, keyed by a digest of its inputs (the names, separator, case rule);
- each regex's compiled form (the code ``re`` hands to ``_sre.compile``), keyed by a digest of its pattern
  and flags.
The file is marked with the Python version, the ``_sre`` engine's magic number and a digest of the code
that builds the alternations (``patterns.py``): any change there starts a new file. Anything unreadable,
unwritable or refused by ``_sre`` (it validates the code it is given) falls back to building as usual.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser

import _sre

_HERE = Path(__file__).resolve().parent
_FILE = _HERE / "__pycache__" / f"built.{sys.implementation.cache_tag}.marshal"
_FORMAT = 1


def _stamp() -> tuple:
    builder = hashlib.blake2b((_HERE / "patterns.py").read_bytes(), digest_size=16).hexdigest()
    return (_FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, builder)


def _digest(*parts) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


class BuiltStore:
    """The stored alternations and compiled regexes of one process's import (see the module doc)."""

    def __init__(self, path: Path = _FILE):
        self.path = path
        self._stored: dict[str, object] = {}
        self._used: dict[str, object] = {}
        self.misses = 0
        try:
            stamp, entries = marshal.loads(path.read_bytes())
            if stamp == _stamp() and isinstance(entries, dict):
                self._stored = entries
        except Exception:  # missing, truncated or foreign file: build everything
            pass

    def alternation(self, build, *inputs) -> str:
        """``build()`` (a regex string made from ``inputs`` only), or its stored copy."""
        key = "a:" + _digest(*inputs)
        value = self._stored.get(key)
        if not isinstance(value, str):
            value = build()
            self.misses += 1
        self._used[key] = value
        return value

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        """``re.compile(pattern, flags)``, from the stored compiled code when there is one."""
        key = "c:" + _digest(pattern, int(flags))
        args = self._stored.get(key)
        if args is not None:
            try:
                compiled = _sre.compile(*args)
                self._used[key] = args
                return compiled
            except Exception:  # (refused by _sre's validation: compile afresh)
                pass
        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]  # (opcodes are int subclasses)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (pattern, int(int(flags) | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
        compiled = _sre.compile(*args)
        self._used[key] = args
        self.misses += 1
        return compiled

    def save(self) -> None:
        """Write what this import used, when something had to be built; silently not when unwritable."""
        if not self.misses and self._used.keys() == self._stored.keys():
            return
        try:
            self.path.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
            try:
                os.chmod(tmp, 0o644)  # (mkstemp makes it private; bytecode caches are readable)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(marshal.dumps((_stamp(), self._used)))
                os.replace(tmp, self.path)  # (atomic: a concurrent import reads the old or the new file)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass
        # (the process keeps the compiled regexes; the strings and code lists are no longer needed)
        self._stored, self._used, self.misses = {}, {}, 0
