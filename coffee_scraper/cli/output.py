"""Terminal and file output of shop text: escaping per sink, and progress for long commands.

A shop is untrusted input: its text must not drive the operator's terminal (ANSI/control
sequences) nor become a formula in a spreadsheet opened from `report --format csv`.
"""
from __future__ import annotations

import re
import sys

# C0/C1 controls and DEL (ESC starts ANSI sequences; CR rewrites a line); tab and newline become spaces too.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Cells a spreadsheet evaluates (OWASP "CSV injection"): a leading quote makes them text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(value) -> str:
    """Text for a terminal table: control characters shown as visible escapes, never executed."""
    text = "" if value is None else str(value)
    return _CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def csv_safe(value):
    """A CSV cell a spreadsheet shows as text; numbers stay numbers (a negative price is data)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class Progress:
    """`done/total` of some work: a redrawn bar on a terminal, one plain line per step otherwise."""

    WIDTH = 30

    def __init__(self, total: int, what: str, stream=None):
        self.total, self.what, self.done, self.drawn = max(total, 0), what, 0, False
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()

    def advance(self, label: str = "") -> None:
        self.done += 1
        self.show(label)

    def show(self, label: str = "") -> None:
        """Redraw with a new label (a step's result, or live counts) without advancing."""
        label = terminal_safe(label)
        self.drawn = True
        if self.tty:
            filled = self.WIDTH * self.done // max(self.total, 1)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\r\x1b[K[{bar}] {self.done}/{self.total} {self.what}  {label[:100]}")
        else:
            self.stream.write(f"[{self.done}/{self.total} {self.what}] {label}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
