"""Configuration errors at start-up: one line naming the setting, exit 2 (3 for an unreachable database)."""
import pytest

from tests.conftest import run_scrapy

REGISTRY = [{"slug": "a", "url": "http://a.localhost:9", "platform": "shopify", "currency": "USD"}]


@pytest.mark.parametrize("setting, message", [
    ("DB_BACH_SIZE=5", "unknown setting DB_BACH_SIZE (did you mean DB_BATCH_SIZE?)"),
    ("METRICS_POLL_INTERVAL=abc", "setting METRICS_POLL_INTERVAL='abc' is not a number"),
    ("EVENTS_WATCH=notjson", "EVENTS_WATCH: not a JSON object"),
    ("DB_AUTO_MIGRATE=maybe", "is not a boolean"),
    ("DB_BATCH_SIZE=1.5", "is not a whole number"),
    ('MONITOR_FIELD_COVERAGE={"process": "lots"}', "MONITOR_FIELD_COVERAGE.process='lots' is not a number"),
])
def test_bad_settings_are_one_line_and_exit_2(db_dsn, registry_file, setting, message):
    result = run_scrapy(["crawl", "shopify", "-s", setting], dsn=db_dsn, registry=registry_file(REGISTRY))
    assert result.returncode == 2, result.stderr[-3000:]
    last = result.stderr.strip().splitlines()[-1]  # after Scrapy's start-up banner: the one error line
    assert message in last and setting.split("=")[0] in last
    assert "Traceback" not in result.stderr and "Spider opened" not in result.stderr, result.stderr


def test_unreachable_database_is_one_line_and_exit_3(registry_file):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dsn = f"postgresql://coffee:s3cret-pw@127.0.0.1:{port}/coffee"
    result = run_scrapy(["crawl", "shopify"], dsn=dsn, registry=registry_file(REGISTRY))
    assert result.returncode == 3, result.stderr[-3000:]
    last = result.stderr.strip().splitlines()[-1]
    assert "database unreachable" in last and "DATABASE_URL" in last and "Connection refused" in last, result.stderr
    assert "s3cret-pw" not in result.stderr and "Traceback" not in result.stderr


def test_settings_model_in_process():
    from scrapy.settings import Settings

    from coffee_scraper.config import ConfigError, check_settings

    settings = Settings({"DB_BATCH_SIZE": 100, "EVENTS_WATCH": {"kinds": ["new"]}, "DISTRIBUTED": False})
    assert check_settings(settings).DB_BATCH_SIZE == 100
    settings.set("SOME_PLUGIN_SETTING", "x", priority="cmdline")  # not our namespace: left to its owner
    check_settings(settings)
    settings.set("EVENTS_WATCH", {"kinds": ["cheaper"]})
    with pytest.raises(ConfigError, match="EVENTS_WATCH.kinds: unknown cheaper"):
        check_settings(settings)


def test_settings_module_reads_nothing_from_the_machine(monkeypatch):
    import importlib

    import coffee_scraper.settings as module

    monkeypatch.setenv("DATABASE_URL", "postgresql://elsewhere/x")
    monkeypatch.setenv("COFFEE_DATA_DIR", "/elsewhere")
    fresh = importlib.reload(module)
    assert fresh.DATABASE_URL is None and fresh.COFFEE_DATA_DIR == ".data" and fresh.HTTPCACHE_DIR is None
    assert "executable_path" not in fresh.PLAYWRIGHT_SETTINGS["PLAYWRIGHT_LAUNCH_OPTIONS"]


def test_environment_applies_at_start_below_command_line():
    from scrapy.settings import Settings

    from coffee_scraper.config import apply_environment

    settings = Settings({"DATABASE_URL": None, "COFFEE_DATA_DIR": ".data", "ALERT_SENTRY": False}, priority="project")
    settings.set("COFFEE_DATA_DIR", "/from/cmdline", priority="cmdline")
    apply_environment(settings, {"DATABASE_URL": "postgresql://env/x", "COFFEE_DATA_DIR": "/from/env",
                                 "ALERT_SENTRY": "yes"})
    assert settings.get("DATABASE_URL") == "postgresql://env/x" and settings.getbool("ALERT_SENTRY") is True
    assert settings.get("COFFEE_DATA_DIR") == "/from/cmdline"


def test_coffee_data_dir_moves_the_http_cache(tmp_path):
    from scrapy.settings import Settings

    from coffee_scraper import settings as defaults
    from coffee_scraper.middlewares.cache import FilesystemCacheStorage

    settings = Settings({k: getattr(defaults, k) for k in dir(defaults) if k.isupper()}, priority="project")
    settings.set("COFFEE_DATA_DIR", str(tmp_path / "data"), priority="cmdline")
    assert FilesystemCacheStorage(settings).cachedir == str(tmp_path / "data" / "httpcache")
    settings.set("HTTPCACHE_DIR", str(tmp_path / "cache"), priority="cmdline")
    assert FilesystemCacheStorage(settings).cachedir == str(tmp_path / "cache")
