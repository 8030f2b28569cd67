"""The labelled corpus: its shape, and the per-field accuracy targets (bench/accuracy.py)."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "labelled.jsonl"


def _accuracy_module():
    spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def accuracy():
    return _accuracy_module()


def test_corpus_shape():
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    assert len(rows) >= 150
    origins = Counter(r["origin"] for r in rows)
    assert origins["real"] == 62 and origins["synthetic"] >= 90
    currencies = {r["source"]["default_currency"] for r in rows}
    assert {"INR", "USD", "AUD", "GBP", "EUR"} <= currencies
    for r in rows:
        exp = r["expected"]
        assert "is_coffee" in exp
        # the multilingual products label no tasting notes or grinds (bench/accuracy.py skips them)
        english = r["origin"] != "multilingual"
        if exp["is_coffee"]:
            for f in ("origin_countries", "process", "roast_level", "is_decaf", "is_blend", "variants"):
                assert f in exp, (r["id"], f)
            assert ("tasting_notes" in exp) == english, r["id"]
            for v in exp["variants"]:
                keys = {"variant_id", "weight_grams", "grind", "price", "price_per_kg"}
                assert set(v) == (keys if english else keys - {"grind"}), r["id"]


def test_every_language_has_ten_coffees_and_goods():
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    by_lang = Counter((r.get("lang", "en"), r["expected"]["is_coffee"]) for r in rows)
    for lang in ("en", "fr", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "ja", "ko", "zh", "zht"):
        assert by_lang[(lang, True)] >= 10 and by_lang[(lang, False)] >= 3, lang


def test_corpus_is_current():
    """labelled.jsonl is what tests/corpus/build.py writes from the feeds and the hand labels."""
    import sys
    sys.path.insert(0, str(ROOT / "tests" / "corpus"))
    import build
    from real_labels import REAL_LABELS
    assert {cid for cid, _ in build.real_products()} == set(REAL_LABELS)


def test_accuracy_targets_hold(accuracy):
    results = accuracy.measure()
    for field, target in accuracy.TARGETS.items():
        r = results[field]
        assert accuracy.pct(r) >= target, (field, accuracy.pct(r), r["misses"][:10])


def test_accuracy_targets_hold_in_every_language(accuracy):
    entries = accuracy.load_corpus()
    for lang in sorted({accuracy.language(e) for e in entries}):
        results = accuracy.measure([e for e in entries if accuracy.language(e) == lang])
        for field, target in accuracy.TARGETS.items():
            r = results[field]
            assert accuracy.pct(r) >= target, (lang, field, accuracy.pct(r), r["misses"][:5])


def test_every_output_stays_in_the_vocabularies(accuracy):
    from coffee_scraper.normalize import GRINDS, PROCESSES, ROAST_LEVELS, normalize_product
    sys_path_corpus = accuracy.load_corpus()
    for e in sys_path_corpus:
        n = normalize_product(e["source"])
        assert n.process is None or n.process in PROCESSES
        assert n.roast_level is None or n.roast_level in ROAST_LEVELS
        assert all(v["grind"] is None or v["grind"] in GRINDS for v in n.variants)
        assert all(len(c) == 2 and c.isupper() for c in n.origin_countries)
        assert len(set(n.origin_countries)) == len(n.origin_countries)
        assert all(1 <= len(t.split()) <= 4 for t in n.tasting_notes)
        assert n.is_coffee == (n.skip_reason is None)
