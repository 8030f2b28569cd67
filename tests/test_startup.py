"""What a crawl process does once at start (issue 15, process_overhead): cached validator code, the registry
read once per file version, the monitor suites' extension, nothing heavy imported that the crawl does not use."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from coffee_scraper.items import contract_schema
from coffee_scraper.pipelines.validate import cached_fast_validator, contract_of, fast_validator, validation_errors
from coffee_scraper.registry import RegistryError, dump_registry, load_registry

ROOT = Path(__file__).resolve().parent.parent


def test_contract_schema_is_a_valid_draft_2020_12_schema():
    # Checked here, not at every crawl's start.
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(contract_schema())


def _contracts():
    from bench.items import raw_items, valid_items

    valid = [contract_of(item) for item in valid_items(raw_items(20, seed=5))]
    broken = [{**valid[0], "roaster": None}, {**valid[1], "variants": [{"price": "x"}]}, {}]
    return valid, broken


def test_cached_validator_is_the_compiled_schema(tmp_path):
    valid, broken = _contracts()
    first = cached_fast_validator(tmp_path)
    modules = list(tmp_path.glob("coffee_item_validator_*.py"))
    assert len(modules) == 1
    again = cached_fast_validator(tmp_path)  # imported from the cache, not generated again
    assert list(tmp_path.glob("coffee_item_validator_*.py")) == modules
    for validate in (first, again):
        for contract in valid:
            assert validation_errors(contract, validate) == [] == validation_errors(contract)
        for contract in broken:
            errors = validation_errors(contract, validate)
            assert errors and errors == validation_errors(contract, fast_validator())


def test_damaged_or_unwritable_validator_cache_compiles_in_memory(tmp_path):
    valid, broken = _contracts()
    cached_fast_validator(tmp_path)
    module = next(tmp_path.glob("coffee_item_validator_*.py"))
    module.write_text("def broken(:\n")
    validate = cached_fast_validator(tmp_path)
    assert validation_errors(valid[0], validate) == [] and validation_errors(broken[0], validate)
    blocked = tmp_path / "file"
    blocked.write_text("")  # a file where the cache directory should be
    validate = cached_fast_validator(blocked / "validators")
    assert validation_errors(valid[0], validate) == [] and validation_errors(broken[0], validate)


def test_registry_is_validated_once_per_version_of_the_file(tmp_path):
    path = tmp_path / "roasters.yaml"
    entry = {"slug": "onyx", "name": "Onyx", "url": "https://onyx.example.com", "platform": "shopify",
             "currency": "USD"}
    dump_registry([entry], path)
    first = load_registry(path)
    again = load_registry(path)
    assert first == again and first is not again  # a list of its own each time
    dump_registry([entry, {**entry, "slug": "two", "url": "https://two.example.com"}], path)
    assert [r.slug for r in load_registry(path)] == ["onyx", "two"]
    dump_registry([{**entry, "currency": "XXXX"}], path)
    for _ in range(2):  # an error is raised every time, not cached away
        with pytest.raises(RegistryError, match="currency"):
            load_registry(path)
    path.write_text("roasters: [a: b: c]\n")
    with pytest.raises(RegistryError, match="not valid YAML"):
        load_registry(path)


def test_crawl_components_do_not_import_jsonschema():
    # jsonschema and its format checkers (~0.1 s) are for readable errors of an invalid item only (Spidermon's
    # extension, loaded by the crawler, imports it on its own: not these modules).
    code = ("import sys; import coffee_scraper.settings, "
            "coffee_scraper.monitors.suites, coffee_scraper.monitors.actions, coffee_scraper.pipelines.validate; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'jinja2')))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
