"""All benchmarks (`make bench`): each figure next to a baseline measured in the same run, and the ratio.

    .venv/bin/python bench/run_all.py [--only 1,2,3,4,5] [--quick] [--save LABEL] [--profile FIG]

1. end-to-end items/s: the project's crawl (normalize, validate, dedupe, store into Postgres)
   vs a bare Scrapy spider parsing the same responses with no pipeline (Shopify and JSON-LD shops)
2. rows/s of CatalogWriter.write_batch vs COPY of the same coffees/variants/prices
3. crawler RSS after 10k and after 100k items of one long crawl
4. items/s of normalize_product + validation_errors alone
5. pages/s and peak RSS (crawler + Chromium) of a 200-page JS-rendered crawl

Every database is created for the run on the machine's Postgres and dropped after it. Figures
are printed, never asserted: compare runs on the same machine (bench/RESULTS.md).
--profile FIG wraps that figure's pipeline crawl in py-spy and writes bench/profile-FIG.folded
(collapsed stacks; summarize with bench/profile_summary.py).
"""
from __future__ import annotations

import argparse
import datetime
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import db_write, normalize_validate  # noqa: E402
from bench.items import coffee_rows, raw_items, valid_items  # noqa: E402
from bench.support import (  # noqa: E402
    count_rows, empty_tables, fresh_database, jsonld_shops, run_crawl, shopify_shops, write_registry,
)
from coffee_scraper_shops import ShopServer  # noqa: E402

MB = 1024 * 1024
ROWS: list[tuple[str, str, str, str, str]] = []  # figure, value, baseline, ratio, target


def report(figure: str, value: str, baseline: str = "", ratio: str = "", target: str = "") -> None:
    ROWS.append((figure, value, baseline, ratio, target))
    print(f"{figure}: {value}" + (f" | baseline {baseline}" if baseline else "") + (f" | ratio {ratio}" if ratio else "")
          + (f" | target {target}" if target else ""), flush=True)


def rate(result: dict) -> float:
    return result["items"] / result["seconds"]


def median_run(times: int, *args, **kwargs) -> dict:
    """The median-rate result of `times` crawls: a bare crawl takes seconds, so one run is noisy."""
    results = sorted((run_crawl(*args, **kwargs) for _ in range(times)), key=rate)
    return results[len(results) // 2]


def profile_path(fig: str, wanted: str | None) -> Path | None:
    return ROOT / "bench" / f"profile-{fig}.folded" if wanted == fig else None


def fig1_shopify(dsn: str, shops: int, per_shop: int, tmp: Path, profile: str | None) -> None:
    catalogue = shopify_shops(shops, per_shop)
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "shopify.yaml")
        urls = ",".join(server.base_url(s.slug) for s in catalogue)
        bare = median_run(3, ["--bare", "shopify", "-a", f"urls={urls}"])
        empty_tables(dsn)
        full = run_crawl(["--project", "shopify"], dsn=dsn, registry=registry, profile=profile_path("1", profile))
        stored = count_rows(dsn, "scrape_artifacts")
        spider_only = median_run(3, ["--project", "shopify", "-s", "ITEM_PIPELINES={}"], registry=registry)
    if stored != full["items"]:
        print(f"  warning: {full['items']} products crawled but {stored} artifacts stored", flush=True)
    report(f"1a end-to-end Shopify ({shops} shops x {per_shop}, {full['items']} products, "
           f"{count_rows(dsn, 'coffees')} coffees stored)",
           f"{rate(full):,.0f} items/s", f"bare Scrapy {rate(bare):,.0f} items/s",
           f"{rate(full) / rate(bare):.2f}", ">= 0.80")
    report("1a' (attribution) project spider+middlewares, no pipelines", f"{rate(spider_only):,.0f} items/s",
           f"bare Scrapy {rate(bare):,.0f} items/s", f"{rate(spider_only) / rate(bare):.2f}")
    # The bound: bare Scrapy plus only the CPU that normalize + validate need per product (measured
    # on the same products in a tight loop), nothing else. No pipeline can beat this ratio.
    per_item = 1 / normalize_validate.run_pipeline(raw_items(per_shop, seed=11))
    bound = 1 / (1 / rate(bare) + per_item)
    report("1a'' (bound) bare Scrapy + normalize/validate CPU alone", f"{bound:,.0f} items/s",
           f"bare Scrapy {rate(bare):,.0f} items/s", f"{bound / rate(bare):.2f}")


def fig1_jsonld(dsn: str, shops: int, per_shop: int, tmp: Path, profile: str | None) -> dict:
    catalogue = jsonld_shops(shops, per_shop)
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "jsonld.yaml")
        urls = ",".join(server.base_url(s.slug) for s in catalogue)
        bare = run_crawl(["--bare", "jsonld", "-a", f"urls={urls}"])
        empty_tables(dsn)
        full = run_crawl(["--project", "jsonld"], dsn=dsn, registry=registry, profile=profile_path("1b", profile))
    report(f"1b end-to-end JSON-LD pages ({shops} shops x {per_shop}, {full['items']} products)",
           f"{rate(full):,.0f} items/s", f"bare Scrapy {rate(bare):,.0f} items/s",
           f"{rate(full) / rate(bare):.2f}", ">= 0.80")
    return full


def fig2(dsn: str, n: int, batch_size: int) -> None:
    items = valid_items(raw_items(n, seed=41))
    best = db_write.run(dsn, lambda run_id, roaster_id: coffee_rows(items, run_id, roaster_id), batch_size)
    (wb_rows, wb_s), (cp_rows, cp_s) = best["write_batch"], best["copy"]
    report(f"2 DB write path ({len(items)} coffees, {wb_rows} coffee+variant+price rows, batches of {batch_size})",
           f"{wb_rows / wb_s:,.0f} rows/s", f"COPY {cp_rows / cp_s:,.0f} rows/s",
           f"{(wb_rows / wb_s) / (cp_rows / cp_s):.2f}", ">= 0.50")


def fig3(dsn: str, shops: int, per_shop: int, tmp: Path, profile: str | None) -> None:
    catalogue = shopify_shops(shops, per_shop, prefix="memshop")
    total = shops * per_shop
    first = min(10_000, total // 10)
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "memory.yaml")
        empty_tables(dsn)
        full = run_crawl(["--project", "shopify", "--checkpoints", f"{first},{total}"], dsn=dsn, registry=registry,
                         timeout=500, profile=profile_path("3", profile))
    cps = {int(k): v for k, v in full["checkpoints"].items()}
    a, b = cps.get(first), cps.get(total)
    if not (a and b):
        report("3 memory", f"checkpoints not reached ({full['items']} items)")
        return
    report(f"3 crawler peak RSS after {first:,} items", f"{a['peak'] / MB:,.0f} MB")
    report(f"3 crawler peak RSS after {total:,} items ({rate(full):,.0f} items/s)", f"{b['peak'] / MB:,.0f} MB",
           f"after {first:,}: {a['peak'] / MB:,.0f} MB", f"+{(b['peak'] - a['peak']) / MB:,.0f} MB", "< +50 MB")


def fig4(n: int, bare_rate: float | None = None) -> None:
    r = normalize_validate.run(n)
    report(f"4 normalize_product alone ({r['items']} products)", f"{r['normalize_per_s']:,.0f} items/s")
    report(f"4 validation_errors alone ({r['validated']} coffees)", f"{r['validate_per_s']:,.0f} items/s")
    report("4 normalize + validate", f"{r['both_per_s']:,.0f} items/s")


def fig5(dsn: str, pages: int, tmp: Path, reference: dict | None, profile: str | None) -> None:
    catalogue = jsonld_shops(1, pages, platform="jsonld_js", prefix="benchjs")
    with ShopServer(catalogue) as server:
        url = server.base_url(catalogue[0].slug)
        empty_tables(dsn)
        full = run_crawl(["--project", "jsonld", "-a", f"url={url}", "-a", "render=js", "--tree"], dsn=dsn,
                         profile=profile_path("5", profile))
    rendered = next((v for k, v in full["stats"].items() if k.endswith("/product_pages")), full["items"])
    pps = rendered / full["seconds"]
    ref = ""
    ratio = ""
    if reference:
        ref_rate = rate(reference)
        ref, ratio = f"unrendered JSON-LD (1b) {ref_rate:,.0f} pages/s", f"{pps / ref_rate:.2f}"
    report(f"5 JS-rendered crawl ({rendered} pages, {full['items']} products)", f"{pps:,.1f} pages/s", ref, ratio)
    report("5 peak RSS crawler + Chromium tree", f"{full['peak_rss'] / MB:,.0f} MB")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="1,2,3,4,5")
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke run, figures not stable")
    ap.add_argument("--save", metavar="LABEL", help="append the table to bench/RESULTS.md under LABEL")
    ap.add_argument("--profile", metavar="FIG", help="py-spy the pipeline crawl of figure 1, 1b, 3 or 5")
    ap.add_argument("--batch-size", type=int, default=500, help="write_batch size for figure 2 (DB_BATCH_SIZE)")
    ns = ap.parse_args(argv)
    only = set(ns.only.split(","))
    q = ns.quick
    started = time.perf_counter()
    command = "bench/run_all.py " + " ".join(argv) if argv else "make bench"
    print(f"# coffee_scraper benchmarks {datetime.datetime.now().isoformat(timespec='seconds')} "
          f"({platform.node()}, Python {platform.python_version()}): {command}", flush=True)
    reference = None
    with fresh_database() as dsn, tempfile.TemporaryDirectory(prefix="coffee-bench-") as tmpdir:
        tmp = Path(tmpdir)
        if "1" in only:
            fig1_shopify(dsn, 4, 500 if q else 2500, tmp, ns.profile)
            reference = fig1_jsonld(dsn, 2, 100 if q else 600, tmp, ns.profile)
        if "2" in only:
            fig2(dsn, 2000 if q else 12000, ns.batch_size)
        if "3" in only:
            fig3(dsn, 4, 2500 if q else 25000, tmp, ns.profile)
        if "4" in only:
            fig4(2000 if q else 10000)
        if "5" in only:
            fig5(dsn, 40 if q else 200, tmp, reference, ns.profile)
    elapsed = time.perf_counter() - started
    print(f"# total {elapsed:.0f} s", flush=True)
    if ns.save:
        save(ns.save, command, elapsed)
    return 0


def save(label: str, command: str, elapsed: float) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    lines = [] if path.exists() else ["# Benchmark results", "",
                                       "Figures from `bench/run_all.py` on the 2-core bench machine; baselines measured in the same run.", ""]
    lines += [f"## {label}", "", f"{datetime.datetime.now().isoformat(timespec='seconds')}, `{command}`, "
              f"{elapsed:.0f} s", "", "| figure | value | baseline | ratio | target |", "| --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in ROWS]
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
