"""Throughput of normalize_product: the labelled corpus repeated to at least 20,000 items, or figure 4's products.

    python bench/normalize_throughput.py [--items N] [--corpus PATH | --figure4]
Prints items/s of CPU time (process_time: the machine is shared, wall time measures the neighbours) - a
figure to compare between runs on the same machine, no assertion. --corpus: another labelled.jsonl (e.g. an
older one) to compare two versions of the code on the same products. --figure4: bench figure 4's synthetic
products (bench.items.raw_items, seed 31), each normalized once as a crawl does (no repeat warms the caches);
compare two checkouts by running this file's copy with PYTHONPATH set to the other checkout.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Appended: a PYTHONPATH naming another checkout comes first, so its coffee_scraper is measured.
sys.path.append(str(ROOT))
sys.path.append(str(ROOT / "tests" / "corpus"))

from coffee_scraper.normalize import normalize_product  # noqa: E402  (before build, which prepends ROOT)

from build import load_corpus  # noqa: E402


def main(argv: list[str]) -> int:
    target = int(argv[argv.index("--items") + 1]) if "--items" in argv else 20_000
    if "--figure4" in argv:
        from bench.items import raw_items

        items = [item["source"] for item in raw_items(target, seed=31)]
        sources = items
    else:
        sources = [e["source"] for e in (load_corpus(Path(argv[argv.index("--corpus") + 1])) if "--corpus" in argv
                                         else load_corpus())]
        items = sources * -(-target // len(sources))
    variants = sum(len(s.variants) for s in items)
    normalize_product(sources[0])  # warm-up: imports and compiled patterns are start-up cost
    start = time.process_time()
    for src in items:
        normalize_product(src)
    elapsed = time.process_time() - start
    import coffee_scraper

    print(f"{Path(coffee_scraper.__file__).parent.parent.name}: normalize_product: {len(items)} items ({variants} variants) in {elapsed:.2f} CPU s = "
          f"{len(items) / elapsed:,.0f} items/s ({variants / elapsed:,.0f} variants/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
