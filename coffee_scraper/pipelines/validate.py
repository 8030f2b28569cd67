"""Validate pipeline: checks the item contract against the JSON schema (compiled once)."""
from __future__ import annotations

import hashlib
import json
import logging
import os
from functools import lru_cache
from pathlib import Path

from scrapy.exceptions import DropItem

from coffee_scraper.items import CONTRACT_FIELDS, contract_schema

logger = logging.getLogger("coffee_scraper.validate")
# The published copy of contract_schema() (tests/test_item_fields.py keeps them equal).
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "coffee_item.schema.json"


@lru_cache(maxsize=1)
def item_validator():
    """jsonschema's validator, for readable error lists (the schema's own validity is checked by a test)."""
    from jsonschema import Draft202012Validator  # with its format checkers ~0.1 s: only at an invalid item

    return Draft202012Validator(contract_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@lru_cache(maxsize=1)
def fast_validator():
    """The same schema compiled to Python code: ~19x faster for the common case, a valid item."""
    import fastjsonschema

    return fastjsonschema.compile(contract_schema())


def cached_fast_validator(cache_dir: str | os.PathLike):
    """fast_validator()'s function, its generated code kept as a module in CACHE_DIR and imported from there.

    Generating and compiling the code cost every crawl process ~25 ms CPU at start; the module's name carries
    the hash of the schema and of fastjsonschema's version, so a changed contract gets a new module.
    """
    import importlib.util

    import fastjsonschema

    schema = contract_schema()
    key = hashlib.sha256(json.dumps([fastjsonschema.VERSION, schema], sort_keys=True).encode()).hexdigest()[:16]
    path = Path(cache_dir) / f"coffee_item_validator_{key}.py"
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(fastjsonschema.compile_to_code(schema), encoding="utf-8")
            tmp.replace(path)  # atomic: a concurrent worker reads the whole module or none
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        # The generated code defines the schema's function first (then those of its references, if any).
        return next(value for name, value in vars(module).items() if name.startswith("validate_"))
    except (OSError, SyntaxError, StopIteration) as exc:  # a full disk, a damaged file: compile in memory
        logger.debug("validator cache %s not usable (%s): compiling the schema", path, exc)
        return fast_validator()


def contract_of(item) -> dict:
    return {name: item.get(name) for name in CONTRACT_FIELDS}


def validation_errors(contract: dict, validate=None) -> list[str]:
    """Readable errors, each naming the field path: "variants/0/currency: None is not of type 'string'".

    `validate`: the compiled schema (fast_validator()'s by default)."""
    import fastjsonschema

    try:
        (validate or fast_validator())(contract)
        return []
    except fastjsonschema.JsonSchemaException:
        pass  # jsonschema writes the readable, complete error list
    errors = []
    for err in sorted(item_validator().iter_errors(contract), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in err.absolute_path) or "(item)"
        errors.append(f"{path}: {err.message}")
    return errors


class InvalidItem(DropItem):
    """A product that fails the schema: stored as an 'invalid' artifact with its errors."""


class ValidatePipeline:
    def __init__(self, crawler):
        self.stats = crawler.stats
        # Compiled at start-up, not per item (its code cached under COFFEE_DATA_DIR/cache). jsonschema's
        # validator is built at the first invalid item instead: most crawls have none.
        self.validate = cached_fast_validator(
            Path(crawler.settings.get("COFFEE_DATA_DIR") or ".data") / "cache" / "validators")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        # The normalizer's errors (a price it refused to read) first, then the schema's.
        errors = list(item.get("validation_errors") or []) + validation_errors(contract_of(item), self.validate)
        roaster = item.get("roaster")
        if errors:
            item["validation_errors"] = errors
            self.stats.inc_value("coffee/items/invalid")
            self.stats.inc_value(f"coffee/roaster/{roaster}/items_invalid")
            raise InvalidItem(
                f"invalid item: roaster={roaster} url={item.get('url')} product_id={item.get('product_id')}: "
                + "; ".join(errors[:5]),
                log_level="WARNING",
            )
        return item
