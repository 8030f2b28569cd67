"""Accuracy on the third held-out multilingual set (tests/corpus/holdout3.py), per language, against the
issue-14 targets. Written apart from the vocabularies, the rules and the other held-out sets; never part of
labelled.jsonl.

    .venv/bin/python -m pytest -q tests/test_holdout3.py -s     # prints the per-language table
"""
from __future__ import annotations

from tests.heldout_checks import LANGS, heldout_checks

from holdout3 import HOLDOUT3  # noqa: E402  (tests/corpus on the path: heldout_checks)

# Misses whose cause is not fixed yet, left out of the targets and pinned by test_known_misses (strict
# xfail: it fails once they are fixed, so that this list shrinks).
KNOWN_MISSES = {
    # Blend prose "Last year's version used a Kenya": the aside is kept as a third origin.
    "h3:en:10",
}


entries, test_report, test_language_meets_targets, test_language_decaf_and_blend, test_known_misses = \
    heldout_checks("holdout3", KNOWN_MISSES)


def test_holdout3_shape():
    assert {lang for _, lang, _, _ in HOLDOUT3} == set(LANGS)
    for code in LANGS:
        found = entries(code)
        assert len(found) == 13, code
        assert sum(not e["expected"]["is_coffee"] for e in found) == 3, code
        assert any(e["expected"].get("is_decaf") for e in found), code
        # (en, de, it, nl, sv, da, no have two blends, the others one: the set was measured as first written)
        assert any(e["expected"].get("is_blend") for e in found), code

