"""All benchmarks (`make bench`): each figure next to a baseline measured in the same run, and the ratio.

    .venv/bin/python bench/run_all.py [--only 1,2,3,4,5,fleet,process,scale] [--quick] [--save LABEL] [--profile FIG]

Figures (the name in .data/bench/last.json, then what is compared):
1. pipeline_vs_bound: the project's full crawl (normalize, validate, dedupe, store into Postgres) vs the
   bound, bare Scrapy plus only the normalize/validate CPU per product (4 Shopify shops x 2,500);
   machinery_vs_bare: the project's spider + middlewares + extensions, no pipelines, vs bare Scrapy;
   pipeline_vs_bare and jsonld_vs_bare (JSON-LD pages) for reference.
fleet. fleet_vs_bare: one crawl of a registry of 300 shops x 40 products vs bare Scrapy on the same fleet.
process. process_overhead: wall time of a whole `scrapy crawl` process of a 5-product shop vs `scrapy runspider`.
scale. scaleout_2_workers: items/s of 8 shops x 2,500 products crawled by 2 scrapy-redis workers vs by 1.
2. db_write_vs_copy: rows/s of CatalogWriter.write_batch vs COPY of the same coffees/variants/prices.
3. rss_growth_mb: crawler RSS growth from 10k to 100k items of one long crawl.
4. normalize_throughput: items/s of normalize_product + validation_errors alone.
5. render_pages_per_s, render_peak_rss_mb: a 60-page JS-rendered crawl vs unrendered JSON-LD pages.

Every database is created for the run on the machine's Postgres and dropped after it. Figures are printed,
never asserted: compare runs on the same machine (bench/RESULTS.md); .data/bench/last.json has them for tools.
--profile FIG wraps that figure's pipeline crawl in py-spy (1m: figure 1's crawl without pipelines) and writes bench/profile-FIG.folded
(collapsed stacks; summarize with bench/profile_summary.py).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import db_write, normalize_validate  # noqa: E402
from bench.items import coffee_rows, raw_items, valid_items  # noqa: E402
from bench.support import (  # noqa: E402
    compile_sources, count_rows, empty_tables, fresh_database, jsonld_shops, process_env, run_crawl, run_crawls,
    shopify_shops, timed_process, write_registry,
)
from coffee_scraper_shops import ShopServer  # noqa: E402

MB = 1024 * 1024
FIGURES: list[dict] = []
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


def report(figure: str, label: str, value: float, unit: str, baseline: float | None = None, baseline_label: str = "",
           target: tuple[str, float] | None = None, on: str = "ratio", ratio: float | None = None) -> None:
    """One figure: printed, and kept for RESULTS.md and last.json. `target` applies to the ratio (or the value)."""
    if ratio is None and baseline:
        ratio = value / baseline
    met = None
    if target:
        op, bound = target
        x = ratio if on == "ratio" else value
        met = bool({">=": x >= bound, "<=": x <= bound, "<": x < bound}[op])
    FIGURES.append({"figure": figure, "label": label, "value": round(value, 3), "unit": unit,
                    "baseline": None if baseline is None else round(baseline, 3), "baseline_label": baseline_label,
                    "ratio": None if ratio is None else round(ratio, 3),
                    "target": f"{on} {target[0]} {target[1]}" if target else None, "met": met})
    print(f"{figure} ({label}): {fmt(value)} {unit}" + (f" | baseline {baseline_label} {fmt(baseline)} {unit}" if baseline else "")
          + (f" | ratio {ratio:.2f}" if ratio is not None else "")
          + (f" | target {on} {target[0]} {target[1]}: {'met' if met else 'NOT met'}" if target else ""), flush=True)


def fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:,.2f}"


def rate(result: dict) -> float:
    """items/s from spider open to the end of the crawl process's reactor work (close suite included)."""
    return result["items"] / result["seconds"]


def throughput(result: dict) -> float:
    """items/s from spider open to spider close (pipelines flushed, before the close suite): the per-item
    cost; the fixed close cost (Spidermon's suite, reports) is the process_overhead figure."""
    return result["items"] / result["crawl_seconds"]


def median_run(times: int, *args, key=throughput, **kwargs) -> dict:
    """The median-rate result of `times` crawls: a bare crawl takes seconds, so one run is noisy."""
    results = sorted((run_crawl(*args, **kwargs) for _ in range(times)), key=key)
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
        # With the database, as in production: the monitors read it at close.
        spider_only = median_run(3, ["--project", "shopify", "-s", "ITEM_PIPELINES={}"], dsn=dsn, registry=registry,
                                 profile=profile_path("1m", profile))
    if stored != full["items"]:
        print(f"  warning: {full['items']} products crawled but {stored} artifacts stored", flush=True)
    # The bound: bare Scrapy plus only the CPU that normalize + validate need per product (measured
    # on the same products in a tight loop), nothing else. No pipeline can beat it.
    per_item = 1 / normalize_validate.run_pipeline(raw_items(per_shop, seed=11))
    bound = 1 / (1 / throughput(bare) + per_item)
    what = f"Shopify {shops} shops x {per_shop}, {full['items']} products, {count_rows(dsn, 'coffees')} coffees stored"
    report("pipeline_vs_bound", f"full pipeline, {what}; open to close ({rate(full):,.0f}/s with the close suite)",
           throughput(full), "items/s", bound, "bare Scrapy + normalize/validate CPU alone", (">=", 0.8))
    report("machinery_vs_bare", "project spider + middlewares + extensions, no pipelines; open to close "
           f"({rate(spider_only):,.0f}/s with the close suite, bare {rate(bare):,.0f}/s)", throughput(spider_only),
           "items/s", throughput(bare), "bare Scrapy", (">=", 0.85))
    report("pipeline_vs_bare", f"full pipeline, {what} (reference)", throughput(full), "items/s", throughput(bare),
           "bare Scrapy")


def fig1_jsonld(dsn: str, shops: int, per_shop: int, tmp: Path, profile: str | None) -> dict:
    catalogue = jsonld_shops(shops, per_shop)
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "jsonld.yaml")
        urls = ",".join(server.base_url(s.slug) for s in catalogue)
        bare = run_crawl(["--bare", "jsonld", "-a", f"urls={urls}"])
        empty_tables(dsn)
        full = run_crawl(["--project", "jsonld"], dsn=dsn, registry=registry, profile=profile_path("1b", profile))
    report("jsonld_vs_bare", f"full pipeline, JSON-LD pages {shops} shops x {per_shop}, {full['items']} products",
           rate(full), "items/s", rate(bare), "bare Scrapy")
    return full


def fig_fleet(dsn: str, shops: int, per_shop: int, tmp: Path, profile: str | None) -> None:
    """Many small shops: one crawl of the whole registry, one feed page each (plus the empty page ending it)."""
    catalogue = shopify_shops(shops, per_shop, prefix="fleet")
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "fleet.yaml")
        urls = ",".join(server.base_url(s.slug) for s in catalogue)
        bare = median_run(3, ["--bare", "shopify", "-a", f"urls={urls}"], key=rate)
        empty_tables(dsn)
        full = run_crawl(["--project", "shopify"], dsn=dsn, registry=registry, profile=profile_path("fleet", profile))
        stored = count_rows(dsn, "scrape_artifacts")
    # As for figure 1: bare Scrapy plus only the normalize/validate CPU, the most any in-process pipeline can do.
    # The fleet's shops all serve one catalogue: time it as often as the crawl sees it (caches warm alike).
    repeated = [item for _ in range(max(1, 2000 // per_shop)) for item in raw_items(per_shop, seed=11)]
    bound = 1 / (1 / rate(bare) + 1 / normalize_validate.run_pipeline(repeated))
    report("fleet_vs_bare", f"one crawl of {shops} shops x {per_shop} products, {stored} stored, "
           f"{full['seconds']:.1f} s vs bare {bare['seconds']:.1f} s; bound (bare + normalize/validate CPU) "
           f"{bound:,.0f}/s, {rate(full) / bound:.2f} of it", rate(full), "items/s", rate(bare), "bare Scrapy", (">=", 0.7))


def fig_process(dsn: str, tmp: Path, runs: int = 5) -> None:
    """The fixed cost of one crawl process (start-up, open, close, Spidermon) on a 5-product shop."""
    catalogue = shopify_shops(1, 5, prefix="tiny")
    quiet = ["-s", "LOG_LEVEL=WARNING"]
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "tiny.yaml")
        url = server.base_url(catalogue[0].slug)
        base_env = process_env()
        project_env = {**base_env, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", "DATABASE_URL": dsn,
                       "COFFEE_REGISTRY": str(registry), "COFFEE_DATA_DIR": str(tmp / "tiny-data")}
        project = [sys.executable, "-m", "scrapy", "crawl", "shopify", "-s", "DOWNLOAD_DELAY=0",
                   "-s", "AUTOTHROTTLE_ENABLED=False", *quiet]
        # The resolver is the crawler process's (a spider's custom_settings cannot set it): without these two the
        # bare process never reached the *.localhost shop (DNS lookup failed, retried, exited), a cheaper baseline.
        bare = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "bench" / "runspider_shopify.py"),
                "-a", f"urls={url}", "-s", "TWISTED_DNS_RESOLVER=coffee_scraper.dns.LocalhostAwareResolver",
                "-s", "ALLOW_PRIVATE_HOSTS=True", *quiet]
        project_s, bare_s = [], []
        for _ in range(runs):  # interleaved, so load changes hit both alike
            bare_s.append(timed_process(bare, base_env, tmp))
            project_s.append(timed_process(project, project_env, ROOT))
    cpu_project, cpu_bare = (statistics.median(c for _, c in runs_) for runs_ in (project_s, bare_s))
    report("process_overhead", f"whole `scrapy crawl` process of a 5-product shop (median of {runs}; CPU "
           f"{cpu_project:.2f} s vs bare {cpu_bare:.2f} s, {cpu_project / cpu_bare:.2f})",
           statistics.median(w for w, _ in project_s), "s", statistics.median(w for w, _ in bare_s),
           "bare `scrapy runspider`", ("<=", 1.15))


def fig_scale(dsn: str, shops: int, per_shop: int, tmp: Path) -> None:
    """The same crawl by 1 and by 2 scrapy-redis workers (distributed mode both times)."""
    catalogue = shopify_shops(shops, per_shop, prefix="scale")
    results = {}
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "scale.yaml")
        for workers in (1, 2):
            empty_tables(dsn)
            crawl_id = f"bench-{uuid.uuid4().hex[:8]}"
            mode = ["--project", "shopify", "-s", "DISTRIBUTED=1", "-s", f"CRAWL_ID={crawl_id}",
                    "-s", f"REDIS_URL={REDIS_URL}", "-s", "DISTRIBUTED_KEY_TTL=600"]
            out = run_crawls([mode] * workers, dsn=dsn, registry=registry)
            items = sum(r["items"] for r in out)
            seconds = max(r["done_wall"] for r in out) - min(r["opened_wall"] for r in out)
            stored = count_rows(dsn, "scrape_artifacts")
            distinct = count_rows(dsn, "(SELECT DISTINCT roaster_id, product_id FROM scrape_artifacts) d")
            results[workers] = (items / seconds, items, stored, distinct, [r["items"] for r in out])
    (one, *_), (two, items, stored, distinct, split) = results[1], results[2]
    once = stored == distinct == shops * per_shop
    report("scaleout_2_workers", f"{shops} shops x {per_shop}: 2 workers ({split} items; {stored} artifacts, "
           f"{distinct} distinct products{'' if once else ': NOT each stored once'})", two, "items/s", one,
           "1 worker", (">=", 1.7))
    if not once:
        FIGURES[-1]["met"] = False


def fig2(dsn: str, n: int, batch_size: int) -> None:
    """write_batch vs COPY. 6,000 products (~5,300 coffees, ~26,000 rows: a dozen batches of 500, each method
    twice) give the same rows/s as the 12,000 measured before, for half the time; most of it went into
    normalizing the products that make the rows."""
    items = valid_items(raw_items(n, seed=41))
    best = db_write.run(dsn, lambda run_id, roaster_id: coffee_rows(items, run_id, roaster_id), batch_size)
    (wb_rows, wb_s), (cp_rows, cp_s) = best["write_batch"], best["copy"]
    report("db_write_vs_copy", f"write_batch, {len(items)} coffees, {wb_rows} coffee+variant+price rows, "
           f"batches of {batch_size}", wb_rows / wb_s, "rows/s", cp_rows / cp_s, "COPY", (">=", 0.5))


def fig3(dsn: str, shops: int, per_shop: int, tmp: Path, profile: str | None) -> None:
    catalogue = shopify_shops(shops, per_shop, prefix="memshop")
    total = shops * per_shop
    first = min(10_000, total // 10)
    with ShopServer(catalogue) as server:
        registry = write_registry(server, catalogue, tmp / "memory.yaml")
        empty_tables(dsn)
        full = run_crawl(["--project", "shopify", "--checkpoints", f"{first},{total}"], dsn=dsn, registry=registry,
                         timeout=900, profile=profile_path("3", profile))
    cps = {int(k): v for k, v in full["checkpoints"].items()}
    a, b = cps.get(first), cps.get(total)
    if not (a and b):
        print(f"rss_growth_mb: checkpoints not reached ({full['items']} items)", flush=True)
        return
    report("rss_growth_mb", f"crawler peak RSS from {first:,} to {total:,} items ({rate(full):,.0f} items/s; "
           f"peak {b['peak'] / MB:,.0f} MB)", (b["peak"] - a["peak"]) / MB, "MB", a["peak"] / MB,
           f"peak RSS after {first:,} items", ("<", 50.0), on="value", ratio=b["peak"] / a["peak"])


def fig4(n: int) -> None:
    """normalize + validate in a tight loop. A rate over 4,000 products is as steady as over 10,000 (the
    normalizer's caches are warm after the first hundred; each pass is seconds). It runs every product through
    the normalizer three times (alone, to pick the valid ones, in the pipeline's order): 10,000 took ~1 minute
    under load."""
    r = normalize_validate.run(n)
    report("normalize_throughput", f"normalize + validate alone, {r['items']} products (normalize alone "
           f"{r['normalize_per_s']:,.0f}/s, validate alone {r['validate_per_s']:,.0f}/s)", r["both_per_s"], "items/s")


def fig5(dsn: str, pages: int, tmp: Path, reference: dict | None, profile: str | None) -> None:
    """A JS-rendered crawl. 60 pages: each goes through a browser tab (2 contexts x 4 pages = 8 at once), so
    the rate is per-page work repeated; 60 pages are 7+ rounds of the 8 tabs, and the tree's peak RSS (Chromium
    with its 8 tabs) is reached in the first round. 200 pages took 70-140 s of `make bench` for the same two
    figures."""
    catalogue = jsonld_shops(1, pages, platform="jsonld_js", prefix="benchjs")
    with ShopServer(catalogue) as server:
        url = server.base_url(catalogue[0].slug)
        empty_tables(dsn)
        full = run_crawl(["--project", "jsonld", "-a", f"url={url}", "-a", "render=js", "--tree"], dsn=dsn,
                         profile=profile_path("5", profile))
    rendered = next((v for k, v in full["stats"].items() if k.endswith("/product_pages")), full["items"])
    pps = rendered / full["seconds"]
    report("render_pages_per_s", f"JS-rendered crawl, {rendered} pages, {full['items']} products", pps, "pages/s",
           rate(reference) if reference else None, "unrendered JSON-LD pages (jsonld_vs_bare)")
    report("render_peak_rss_mb", "peak RSS crawler + Chromium tree", full["peak_rss"] / MB, "MB")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="1,fleet,process,scale,2,3,4,5")
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke run, figures not stable")
    ap.add_argument("--save", metavar="LABEL", help="append the table to bench/RESULTS.md under LABEL")
    ap.add_argument("--profile", metavar="FIG", help="py-spy the pipeline crawl of figure 1, 1b, fleet, 3 or 5; 1m: figure 1 without pipelines")
    ap.add_argument("--batch-size", type=int, default=500, help="write_batch size for figure 2 (DB_BATCH_SIZE)")
    ap.add_argument("--json", default=str(ROOT / ".data" / "bench" / "last.json"), help="where the figures go as JSON")
    ns = ap.parse_args(argv)
    only = set(ns.only.split(","))
    q = ns.quick
    started = time.perf_counter()
    command = "bench/run_all.py " + " ".join(argv) if argv else "make bench"
    load = os.getloadavg()
    print(f"# coffee_scraper benchmarks {datetime.datetime.now().isoformat(timespec='seconds')} "
          f"({platform.node()}, {os.cpu_count()} cores, load {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, "
          f"Python {platform.python_version()}): {command}", flush=True)
    compile_sources()
    out = Path(ns.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    reference: list[dict] = []
    with fresh_database() as dsn, tempfile.TemporaryDirectory(prefix="coffee-bench-") as tmpdir:
        tmp = Path(tmpdir)
        steps = [
            ("1", lambda: fig1_shopify(dsn, 4, 500 if q else 2500, tmp, ns.profile)),
            ("1", lambda: reference.append(fig1_jsonld(dsn, 2, 100 if q else 600, tmp, ns.profile))),
            ("fleet", lambda: fig_fleet(dsn, 30 if q else 300, 40, tmp, ns.profile)),
            ("process", lambda: fig_process(dsn, tmp, 1 if q else 5)),  # 5: a load spike moves a median of 3
            ("scale", lambda: fig_scale(dsn, 8, 250 if q else 2500, tmp)),
            ("2", lambda: fig2(dsn, 2000 if q else 6000, ns.batch_size)),
            ("3", lambda: fig3(dsn, 4, 2500 if q else 25000, tmp, ns.profile)),
            ("4", lambda: fig4(2000 if q else 4000)),
            ("5", lambda: fig5(dsn, 40 if q else 60, tmp, reference[0] if reference else None, ns.profile)),
        ]
        failed = []
        for name, step in steps:
            if name not in only:
                continue
            step_started = time.perf_counter()
            try:
                step()
            except Exception as exc:  # one broken figure must not lose the others
                failed.append(name)
                print(f"# figure {name} failed: {type(exc).__name__}: {str(exc)[-2000:]}", flush=True)
            # Which figure the run's time goes to (`make bench` must stay under 10 minutes).
            print(f"# figure {name}: {time.perf_counter() - step_started:.0f} s", flush=True)
            # Written after every figure: a run cut short still leaves what it measured.
            out.write_text(json.dumps(FIGURES, indent=1) + "\n")
    elapsed = time.perf_counter() - started
    load = os.getloadavg()
    print(f"# total {elapsed:.0f} s, load at the end {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
          + (f"; FAILED: {', '.join(failed)}" if failed else ""), flush=True)
    print(f"# figures written to {out}", flush=True)
    if ns.save:
        save(ns.save, command, elapsed, load)
    return 1 if failed else 0


def save(label: str, command: str, elapsed: float, load: tuple[float, float, float]) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    lines = [] if path.exists() else ["# Benchmark results", "",
                                       "Figures from `bench/run_all.py` on the 2-core bench machine; baselines measured in the same run.", ""]
    lines += [f"## {label}", "", f"{datetime.datetime.now().isoformat(timespec='seconds')}, `{command}`, "
              f"{elapsed:.0f} s, load average at the end {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}", "",
              "| figure | what | value | baseline | ratio | target | met |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for f in FIGURES:
        baseline = f"{f['baseline_label']} {fmt(f['baseline'])} {f['unit']}" if f["baseline"] is not None else ""
        ratio = f"{f['ratio']:.2f}" if f["ratio"] is not None else ""
        met = "" if f["met"] is None else ("yes" if f["met"] else "**no**")
        lines.append(f"| {f['figure']} | {f['label']} | {fmt(f['value'])} {f['unit']} | {baseline} | {ratio} | "
                     f"{f['target'] or ''} | {met} |")
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
