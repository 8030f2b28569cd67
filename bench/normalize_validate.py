"""Normalization alone: items/s of normalize_product, validation_errors, and the two in a row."""
from __future__ import annotations

import time

from coffee_scraper.normalize import normalize_product
from coffee_scraper.pipelines.normalize import NormalizePipeline, NotCoffee
from coffee_scraper.pipelines.validate import contract_of, validation_errors

from bench.items import raw_items, stub_crawler, valid_items


def run(n: int) -> dict:
    items = raw_items(n, seed=31)
    sources = [item["source"] for item in items]
    normalize_product(sources[0])  # warm-up: imports and compiled patterns are start-up cost
    start = time.perf_counter()
    for src in sources:
        normalize_product(src)
    normalize_s = time.perf_counter() - start

    contracts = [contract_of(item) for item in valid_items(raw_items(n, seed=31))]
    validation_errors(contracts[0])
    start = time.perf_counter()
    for contract in contracts:
        validation_errors(contract)
    validate_s = time.perf_counter() - start

    return {"items": len(sources), "normalize_per_s": len(sources) / normalize_s,
            "validated": len(contracts), "validate_per_s": len(contracts) / validate_s,
            "both_per_s": run_pipeline(items)}


def run_pipeline(items: list) -> float:
    """items/s of both, as the pipeline chain runs them: NormalizePipeline (normalize_product + item
    fields), then validation_errors on the coffees (non-coffee never reaches validation)."""
    pipeline = NormalizePipeline(stub_crawler())
    start = time.perf_counter()
    for item in items:
        try:
            validation_errors(contract_of(pipeline.process_item(item)))
        except NotCoffee:
            pass
    return len(items) / (time.perf_counter() - start)
