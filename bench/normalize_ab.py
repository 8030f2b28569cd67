"""normalize_product of this checkout against another revision's, in one process, on figure 4's products.

    python bench/normalize_ab.py [--against REV] [--items N] [--batch N] [--runs N] [--fresh N]

Separate processes measured one after the other (bench/normalize_throughput.py with PYTHONPATH) move by
10-20 % on this shared VM from run to run; here the other revision's package is extracted (git archive) under
another name (coffee_scraper_against) and both run in the same process on the same products, alternating
batches (A B, then B A...), each product normalized once by each (cold caches, as a crawl does). Both share the
process's heap and its garbage collections, so a change that only makes the collector cheaper shows less here
than in normalize_throughput.py. Prints items/s of each and the ratio, per run and the median.

Later runs in one process find caches warmed by earlier seeds (the synthetic shops share names), which favours
the side with more caches: --fresh N runs the first run alone (figure 4's products, cold) in N fresh processes
and prints their ratios and median, the figure to quote.
"""
from __future__ import annotations

import importlib
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NAME = "coffee_scraper_against"


def extract(rev: str, into: Path) -> None:
    """``rev``'s coffee_scraper package as ``into/coffee_scraper_against``, its imports renamed."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "coffee_scraper"], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "coffee_scraper").rename(into / NAME)
    for path in (into / NAME).rglob("*.py"):
        path.write_text(re.sub(r"\bcoffee_scraper\b", NAME, path.read_text()))


def main(argv: list[str]) -> int:
    def arg(name: str, default):
        return type(default)(argv[argv.index(name) + 1]) if name in argv else default

    rev, n, batch, runs = arg("--against", "6111fe6"), arg("--items", 10000), arg("--batch", 500), arg("--runs", 3)
    if "--fresh" in argv:
        ratios = []
        for _ in range(arg("--fresh", 5)):
            out = subprocess.run([sys.executable, __file__, "--against", rev, "--items", str(n), "--batch", str(batch),
                                  "--runs", "1"], check=True, capture_output=True, text=True).stdout
            ratios.append(float(re.search(r"([0-9.]+)x$", out.splitlines()[0]).group(1)))
            print(out.splitlines()[0], flush=True)
        print(f"normalize_product, this checkout vs {rev}, cold (first run of a fresh process), {len(ratios)} processes: "
              f"median {statistics.median(ratios):.3f}x (min {min(ratios):.3f}, max {max(ratios):.3f})")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        extract(rev, Path(tmp))
        sys.path.insert(0, tmp)
        against = importlib.import_module(f"{NAME}.normalize").normalize_product
        from coffee_scraper.normalize import normalize_product as this

        from bench.items import raw_items

        ratios = []
        for run in range(runs):
            # (fresh products each run: the same objects again would find the caches warm)
            items = [item["source"] for item in raw_items(n, seed=31 + run)]
            against(items[0]), this(items[0])  # imports and compiled patterns are start-up cost
            spent = {against: 0.0, this: 0.0}
            for i, start in enumerate(range(0, n, batch)):
                chunk = items[start:start + batch]
                for f in ((against, this) if i % 2 == 0 else (this, against)):
                    t = time.perf_counter()
                    for src in chunk:
                        f(src)
                    spent[f] += time.perf_counter() - t
            ratio = spent[against] / spent[this]
            ratios.append(ratio)
            print(f"run {run + 1}: {rev} {n / spent[against]:,.0f} items/s, this checkout {n / spent[this]:,.0f} items/s:"
                  f" {ratio:.3f}x", flush=True)
        print(f"normalize_product, this checkout vs {rev}: median {statistics.median(ratios):.3f}x over {runs} runs of"
              f" {n:,} products (figure 4's, seeds 31..{30 + runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
