"""Accuracy on the fifth held-out multilingual set (tests/corpus/holdout5.py), per language, against the
issue-14 targets. Written apart from the vocabularies, the rules and the other held-out sets; never part of
labelled.jsonl.

    .venv/bin/python -m pytest -q tests/test_holdout5.py -s     # prints the per-language table
"""
from __future__ import annotations

from tests.heldout_checks import LANGS, heldout_checks

from holdout5 import HOLDOUT5  # noqa: E402  (tests/corpus on the path: heldout_checks)

# Misses whose cause is not fixed yet, left out of the targets and pinned by test_known_misses (strict
# xfail: it fails once they are fixed, so that this list shrinks).
KNOWN_MISSES = {
    # Blend "Skład: 60% Brazylia, 40% Indie": Polish "Indie" (India) is dropped from every language's
    # country names (lang/__init__.py _NOT_NAMES, for the English word "indie").
    "h5:pl:06",
}


entries, test_report, test_language_meets_targets, test_language_decaf_and_blend, test_known_misses = \
    heldout_checks("holdout5", KNOWN_MISSES)


def test_holdout5_shape():
    assert {lang for _, lang, _, _ in HOLDOUT5} == set(LANGS)
    for code in LANGS:
        found = entries(code)
        assert len(found) == 13, code
        assert sum(not e["expected"]["is_coffee"] for e in found) == 3, code
        assert any(e["expected"].get("is_decaf") for e in found), code
        assert any(e["expected"].get("is_blend") for e in found), code

