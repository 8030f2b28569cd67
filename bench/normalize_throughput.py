"""Throughput of normalize_product: the labelled corpus repeated to at least 20,000 items.

    python bench/normalize_throughput.py [--items N] [--corpus PATH]
Prints items/s (no assertion: a figure to compare between runs on the same machine). --corpus: another
labelled.jsonl (e.g. an older one) to compare two versions of the code on the same products.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "corpus"))

from build import load_corpus  # noqa: E402

from coffee_scraper.normalize import normalize_product  # noqa: E402


def main(argv: list[str]) -> int:
    target = int(argv[argv.index("--items") + 1]) if "--items" in argv else 20_000
    sources = [e["source"] for e in (load_corpus(Path(argv[argv.index("--corpus") + 1])) if "--corpus" in argv
                                     else load_corpus())]
    repeats = -(-target // len(sources))
    items = sources * repeats
    variants = sum(len(s.variants) for s in items)
    normalize_product(sources[0])  # warm-up: imports and compiled patterns are start-up cost
    start = time.perf_counter()
    for src in items:
        normalize_product(src)
    elapsed = time.perf_counter() - start
    print(f"normalize_product: {len(items)} items ({variants} variants) in {elapsed:.2f}s = "
          f"{len(items) / elapsed:,.0f} items/s ({variants / elapsed:,.0f} variants/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
