"""`coffee-scraper report`: events and catalogue from a real database, in each format and with each filter."""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
from contextlib import redirect_stdout

import pytest

from coffee_scraper.cli import report as report_cli
from coffee_scraper.cli.report import CATALOGUE_FIELDS, EVENT_FIELDS
from tests.test_events import History, coffee

KAFFE_1 = [
    coffee("A", {"A250": (18, True), "A1K": (60, True, 1000)}, name="Kenya Nyeri AA", origins=["KE"]),
    coffee("B", {"B250": (20, True)}, name="Ethiopia Guji", origins=["ET"], process="natural"),
    coffee("C", {"C250": (22, False)}, name="Colombia Huila", origins=["CO"], roast="medium"),
    coffee("D", {"D250": (12, True)}, name="Brazil Cerrado", origins=["BR"], process="natural", roast="dark"),
]
KAFFE_2 = [
    coffee("A", {"A250": (16.2, True), "A1K": (60, True, 1000)}, name="Kenya Nyeri AA", origins=["KE"]),
    coffee("B", {"B250": (20, False)}, name="Ethiopia Guji", origins=["ET"], process="natural"),
    coffee("C", {"C250": (22, True)}, name="Colombia Huila", origins=["CO"], roast="medium"),
    KAFFE_1[3],
    coffee("E", {"E250": (25, True)}, name="Kenya Kiambu Natural", origins=["KE"], process="natural"),
]
OTHER_1 = [coffee("O1", {"O1-250": (15, True)}, name="Rwanda Huye", origins=["RW"], currency="EUR")]
OTHER_2 = OTHER_1 + [coffee("O2", {"O2-250": (20, True)}, name="Rwanda Nyamasheke", origins=["RW"], currency="EUR")]


@pytest.fixture
def shops(db):
    kaffe, other = History(db, slug="kaffe"), History(db, slug="other")
    kaffe.run(KAFFE_1)
    other.run(OTHER_1)
    kaffe.run(KAFFE_2)
    other.run(OTHER_2)  # finished last: its event is the newest
    return kaffe, other


def report(dsn, *argv):
    """Run `coffee-scraper report ARGV` in-process; returns (exit status, stdout)."""
    parser = argparse.ArgumentParser(prog="coffee-scraper")
    report_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["report", "--database-url", dsn, *argv])
    out = io.StringIO()
    with redirect_stdout(out):
        status = args.func(args)
    return status, out.getvalue()


def as_json(dsn, *argv):
    status, out = report(dsn, "--format", "json", *argv)
    assert status == 0
    return json.loads(out)


def names(records):
    return [r["coffee"] for r in records]


def test_table_lists_events_newest_first_then_the_catalogue_by_price_per_kg(shops, db_dsn):
    status, out = report(db_dsn)
    assert status == 0
    events_part, catalogue_part = out.split("\n\n")
    lines = events_part.splitlines()
    assert lines[0].startswith("Events since ") and lines[0].endswith("UTC (5)")
    assert lines[1].split() == ["when", "(UTC)", "roaster", "event", "coffee", "variant", "change"]
    body = lines[3:]
    assert len(body) == 5
    kinds = [line.split()[3] for line in body]
    assert kinds == ["new", "new", "back_in_stock", "price_change", "sold_out"]
    assert "Rwanda Nyamasheke" in body[0] and "other" in body[0] and "from 80.00 EUR/kg" in body[0]
    assert "Kenya Kiambu Natural" in body[1] and "from 100.00 USD/kg" in body[1]
    price = next(line for line in body if "price_change" in line)
    assert "Kenya Nyeri AA" in price and "250g" in price and "18.00 -> 16.20 USD (-10.0%)" in price

    cat = catalogue_part.splitlines()
    assert cat[0] == "Catalogue (7 coffees)"
    assert re.split(r"\s{2,}", cat[1]) == ["roaster", "coffee", "origin", "process", "roast", "per kg", "cur",
                                           "from", "in stock"]
    # Per currency, cheapest per kg first; the "from" bag is the cheapest per kg in stock.
    got = cat[3:]
    expected = ["Rwanda Huye", "Rwanda Nyamasheke", "Brazil Cerrado", "Kenya Nyeri AA", "Ethiopia Guji",
                "Colombia Huila", "Kenya Kiambu Natural"]
    assert [next(n for n in expected if n in line) for line in got] == expected
    nyeri = next(line for line in got if "Kenya Nyeri AA" in line)
    assert re.split(r"\s{2,}", nyeri) == ["kaffe", "Kenya Nyeri AA", "KE", "washed", "light", "60.00", "USD",
                                          "60.00 / 1000g", "yes"]
    guji = next(line for line in got if "Ethiopia Guji" in line)
    assert re.split(r"\s{2,}", guji)[-4:] == ["80.00", "USD", "20.00 / 250g", "no"]


def test_json_has_both_sections_with_typed_values(shops, db_dsn):
    doc = as_json(db_dsn)
    assert set(doc) == {"since", "events", "catalogue"} and doc["since"].endswith("Z")
    assert [list(e) for e in doc["events"]] == [EVENT_FIELDS] * 5
    assert [list(c) for c in doc["catalogue"]] == [CATALOGUE_FIELDS] * 7
    cut = next(e for e in doc["events"] if e["kind"] == "price_change")
    assert cut | {"occurred_at": None, "url": None, "run_id": None, "previous_run_id": None} == {
        "occurred_at": None, "roaster": "kaffe", "kind": "price_change", "product_id": "A", "coffee": "Kenya Nyeri AA",
        "variant_id": "A250", "variant": "250g", "weight_grams": 250, "old_price": 18.0, "new_price": 16.2,
        "currency": "USD", "change_pct": -10.0, "origin_countries": ["KE"], "process": "washed",
        "roast_level": "light", "in_stock_now": True, "price_per_kg_now": 60.0, "currency_now": "USD",
        "url": None, "run_id": None, "previous_run_id": None,
    }
    assert cut["occurred_at"].endswith("Z") and cut["previous_run_id"] < cut["run_id"]
    nyeri = next(c for c in doc["catalogue"] if c["product_id"] == "A")
    assert nyeri["sizes_grams"] == [250, 1000] and nyeri["price"] == 60.0 and nyeri["in_stock"] is True
    assert nyeri["url"] == "http://kaffe.localhost/products/a" and nyeri["last_seen_at"].endswith("Z")


def test_csv_one_table_with_a_section_column(shops, db_dsn):
    status, out = report(db_dsn, "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    events = [{f: r[f] for f in EVENT_FIELDS} for r in table if r["section"] == "event"]
    catalogue = [{f: r[f] for f in CATALOGUE_FIELDS} for r in table if r["section"] == "catalogue"]
    assert status == 0 and len(events) == 5 and len(catalogue) == 7 and len(table) == 12
    assert out.count("section,") == 1  # one header row
    _, only_events = report(db_dsn, "--format", "csv", "--events-only")
    assert list(next(csv.DictReader(io.StringIO(only_events)))) == EVENT_FIELDS
    cut = next(e for e in events if e["kind"] == "price_change")
    assert [cut[f] for f in ("old_price", "new_price", "change_pct", "variant_id")] == ["18.00", "16.20", "-10.00", "A250"]
    assert next(c for c in catalogue if c["product_id"] == "A")["sizes_grams"] == "250;1000"
    assert next(c for c in catalogue if c["product_id"] == "B")["in_stock"] == "false"

    _, only_events = report(db_dsn, "--format", "csv", "--events-only")
    assert only_events.splitlines()[0] == ",".join(EVENT_FIELDS) and "\n\n" not in only_events
    _, only_catalogue = report(db_dsn, "--format", "csv", "--catalogue")
    assert only_catalogue.splitlines()[0] == ",".join(CATALOGUE_FIELDS) and len(only_catalogue.splitlines()) == 8


def test_sections_can_be_chosen(shops, db_dsn):
    assert set(as_json(db_dsn, "--events-only")) == {"since", "events"}
    assert set(as_json(db_dsn, "--catalogue")) == {"since", "catalogue"}
    _, out = report(db_dsn, "--catalogue")
    assert out.startswith("Catalogue (7 coffees)") and "Events" not in out
    _, out = report(db_dsn, "--events-only")
    assert out.startswith("Events since") and "Catalogue" not in out


@pytest.mark.parametrize("argv, events, catalogue", [
    (["--roaster", "other"], ["Rwanda Nyamasheke"], ["Rwanda Huye", "Rwanda Nyamasheke"]),
    (["--roaster", "kaffe,other", "--kind", "new"], ["Rwanda Nyamasheke", "Kenya Kiambu Natural"], None),
    (["--origin", "KE"], ["Kenya Kiambu Natural", "Kenya Nyeri AA"], ["Kenya Nyeri AA", "Kenya Kiambu Natural"]),
    (["--origin", "kenya,rw"], ["Rwanda Nyamasheke", "Kenya Kiambu Natural", "Kenya Nyeri AA"],
     ["Rwanda Huye", "Rwanda Nyamasheke", "Kenya Nyeri AA", "Kenya Kiambu Natural"]),
    (["--process", "Natural"], ["Kenya Kiambu Natural", "Ethiopia Guji"],
     ["Brazil Cerrado", "Ethiopia Guji", "Kenya Kiambu Natural"]),
    (["--roast", "medium,dark"], ["Colombia Huila"], ["Brazil Cerrado", "Colombia Huila"]),
    (["--max-price-per-kg", "60"], ["Kenya Nyeri AA"], ["Rwanda Huye", "Brazil Cerrado", "Kenya Nyeri AA"]),
    (["--in-stock"], ["Rwanda Nyamasheke", "Kenya Kiambu Natural", "Colombia Huila", "Kenya Nyeri AA"],
     ["Rwanda Huye", "Rwanda Nyamasheke", "Brazil Cerrado", "Kenya Nyeri AA", "Colombia Huila",
      "Kenya Kiambu Natural"]),
    (["--in-stock", "--max-price-per-kg", "80", "--origin", "KE,ET,CO"], ["Kenya Nyeri AA"], ["Kenya Nyeri AA"]),
    (["--kind", "sold_out,back_in_stock"], ["Colombia Huila", "Ethiopia Guji"], None),
    (["--limit", "2"], ["Rwanda Nyamasheke", "Kenya Kiambu Natural"], ["Rwanda Huye", "Rwanda Nyamasheke"]),
])
def test_filters(shops, db_dsn, argv, events, catalogue):
    doc = as_json(db_dsn, *argv)
    assert names(doc["events"]) == events
    if catalogue is not None:
        assert names(doc["catalogue"]) == catalogue


def test_since_window(shops, db, db_dsn):
    with db.cursor() as cur:
        cur.execute("UPDATE catalog_events SET occurred_at = now() - interval '10 days' WHERE kind = 'sold_out'")
    assert "Ethiopia Guji" not in names(as_json(db_dsn, "--events-only")["events"])  # default 7d
    assert "Ethiopia Guji" in names(as_json(db_dsn, "--since", "2w")["events"])
    assert len(as_json(db_dsn, "--since", "1h")["events"]) == 4
    assert len(as_json(db_dsn, "--since", "2000-01-01")["events"]) == 5
    assert as_json(db_dsn, "--since", "2999-01-01T00:00:00+00:00")["events"] == []


def test_removed_coffee_leaves_the_catalogue_and_returns(shops, db_dsn):
    kaffe, _ = shops
    kaffe.run(KAFFE_2[:3] + KAFFE_2[4:])
    kaffe.run(KAFFE_2[:3] + KAFFE_2[4:])  # Brazil gone for K=2 complete runs
    doc = as_json(db_dsn, "--roaster", "kaffe")
    assert names(doc["events"])[0] == "Brazil Cerrado" and doc["events"][0]["kind"] == "removed"
    assert "Brazil Cerrado" not in names(doc["catalogue"])
    _, out = report(db_dsn, "--events-only", "--kind", "removed")
    assert "removed" in out and "Brazil Cerrado" in out
    kaffe.run(KAFFE_2)
    doc = as_json(db_dsn, "--roaster", "kaffe")
    assert doc["events"][0]["kind"] == "returned" and "Brazil Cerrado" in names(doc["catalogue"])


def test_empty_report(db, db_dsn):
    status, out = report(db_dsn)
    assert status == 0 and "(no events)" in out and "Catalogue (0 coffees)\n(no coffees match)" in out
    assert as_json(db_dsn) | {"since": None} == {"since": None, "events": [], "catalogue": []}
    _, out = report(db_dsn, "--format", "csv", "--catalogue")
    assert out == ",".join(CATALOGUE_FIELDS) + "\n"


@pytest.mark.parametrize("argv, message", [
    (["--since", "yesterday"], "--since 'yesterday': expected a duration like 7d"),
    (["--origin", "Atlantis"], "--origin 'Atlantis': not a country name"),
    (["--kind", "cheaper"], "--kind cheaper: unknown"),
    (["--process", "washd"], "--process 'washd': not one of washed, natural, honey"),
    (["--roast", "blonde"], "--roast 'blonde': not one of light, medium-light"),
    (["--max-price-per-kg", "cheap"], "--max-price-per-kg 'cheap': expected a non-negative number"),
    (["--events-only", "--catalogue"], "not allowed with argument"),
    (["--format", "xml"], "invalid choice: 'xml'"),
])
def test_bad_arguments_exit_2_naming_the_argument(db_dsn, capsys, argv, message):
    with pytest.raises(SystemExit) as exc:
        report(db_dsn, *argv)
    assert exc.value.code == 2 and message in capsys.readouterr().err


def test_through_the_coffee_scraper_entry_point(shops, db_dsn):
    """As an operator runs it (the module is added to COMMAND_MODULES here when not registered yet)."""
    import subprocess
    import sys

    code = ("import sys; from coffee_scraper import cli; m = 'coffee_scraper.cli.report'; "
            "m in cli.COMMAND_MODULES or cli.COMMAND_MODULES.append(m); sys.exit(cli.main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "report", "--database-url", db_dsn, "--format", "json",
                             "--catalogue", "--in-stock", "--max-price-per-kg", "60"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert names(json.loads(result.stdout)["catalogue"]) == ["Rwanda Huye", "Brazil Cerrado", "Kenya Nyeri AA"]
    bad = subprocess.run([sys.executable, "-c", code, "report", "--database-url",
                          "postgresql://nobody:s3cret@127.0.0.1:1/none"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "coffee-scraper: error: cannot connect" in bad.stderr
    assert "s3cret" not in bad.stderr
