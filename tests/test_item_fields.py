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
