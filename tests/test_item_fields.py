"""The item contract has one definition (coffee_scraper.items): everything else derives from it."""
import json

from coffee_scraper.items import CONTRACT_FIELDS, INTERNAL_FIELDS, PRODUCT, VARIANT, CoffeeItem, contract_schema
from coffee_scraper.normalize import NormalizedProduct
from coffee_scraper.pipelines.validate import SCHEMA_PATH
from coffee_scraper.storage.writer import STAGED_COLUMNS
from tests.conftest import rows


def test_published_schema_is_the_definitions_schema():
    # Regenerate after changing a field: python -c "import json; from coffee_scraper.items import
    # contract_schema; print(json.dumps(contract_schema(), indent=2))" > coffee_scraper/schemas/coffee_item.schema.json
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == contract_schema()


def test_item_and_normalizer_fields_derive_from_the_definition():
    assert set(CoffeeItem.fields) == set(CONTRACT_FIELDS) | set(INTERNAL_FIELDS)
    normalized = {f.name for f in PRODUCT if f.normalized}
    assert normalized <= set(NormalizedProduct.__dataclass_fields__)


def test_every_stored_field_has_its_column(db):
    """What a field's migration must add: a column of the same name."""
    def columns(table):
        return {r[0] for r in rows(db, "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                                   (table,))}
    for table, fields in (("coffees", [f for f in PRODUCT if f.stored]), ("variants", [f for f in VARIANT if f.stored]),
                          ("prices", [f for f in VARIANT if f.per_run])):
        assert {f.name for f in fields} <= columns(table)
        assert all(f.name in STAGED_COLUMNS[table] for f in fields)


def test_the_item_behaves_as_a_scrapy_item():
    """CoffeeItem is built cheaper than scrapy.Item (no trackref, one dict) but answers the same."""
    import copy

    import pytest
    import scrapy
    from itemadapter import ItemAdapter
    from scrapy.utils.trackref import live_refs

    item = CoffeeItem({"roaster": "r"}, name="n", variants=[])
    assert isinstance(item, scrapy.Item) and dict(item) == {"roaster": "r", "name": "n", "variants": []}
    assert item.get("name") == "n" and item.get("url") is None and item.get("url", "-") == "-"
    assert item.get("no_such_field") is None and "name" in item and "url" not in item and "nope" not in item
    item["url"] = "https://x"
    assert item["url"] == "https://x" and len(item) == 4
    with pytest.raises(KeyError, match="CoffeeItem does not support field: nope"):
        CoffeeItem(name="n", nope=1)
    with pytest.raises(KeyError, match="CoffeeItem does not support field: nope"):
        item["nope"] = 1
    with pytest.raises(KeyError):
        item["description"]
    with pytest.raises(AttributeError):
        item.name = "x"
    assert item.copy() == item and type(item.copy()) is CoffeeItem and copy.deepcopy(item) == item
    assert ItemAdapter(item).get("name") == "n" and list(ItemAdapter(item).field_names()) == list(CoffeeItem.fields)
    assert CoffeeItem not in live_refs  # never registered: Scrapy's memory debugging does not list items
