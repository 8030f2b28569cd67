"""Secrets stay out of command lines and logs: pg_dump's arguments, the "Overridden settings" line."""
import pytest

from coffee_scraper.storage.backup import _libpq_env


@pytest.mark.parametrize("dsn, password", [
    ("postgresql://coffee:p%40ss%20word@db.internal:5433/coffee", "p@ss word"),  # URL-encoded: decoded
    ("postgresql://:s3cret@db.internal/coffee", "s3cret"),  # no user
    ("host=db.internal port=5433 user=coffee password='my s3cret' dbname=coffee", "my s3cret"),  # key=value
])
def test_pg_tools_get_the_password_by_environment_only(dsn, password):
    args, env = _libpq_env(dsn)
    assert env["PGPASSWORD"] == password
    command_line = " ".join(args)
    assert "s3cret" not in command_line and "p%40ss" not in command_line and "password" not in command_line
    assert "db.internal" in command_line and "dbname=coffee" in command_line


def test_crawl_log_has_no_secret_and_no_remote_control(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spider = tmp_path / "empty.py"
    spider.write_text("import scrapy\nclass Empty(scrapy.Spider):\n    name = 'empty'\n"
                      "    async def start(self):\n        return\n        yield\n")
    env = {**os.environ, "COFFEE_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", str(spider), "-s", "MAIL_PASS=hunter2xyz",
         "-s", "DATABASE_URL=postgresql://coffee:pw-in-url@127.0.0.1:1/x", "-s", "SPIDERMON_ENABLED=0",
         "-s", "METRICS_ENABLED=0", "-s", "ITEM_PIPELINES={}"],
        cwd=root, env=env, capture_output=True, text=True, timeout=120)
    log = result.stdout + result.stderr
    assert "Overridden settings" in log and "'MAIL_PASS': '[Filtered]'" in log, log
    assert "hunter2xyz" not in log and "pw-in-url" not in log
    assert "'REMOTE_CONTROL_ENABLED': False" in log


@pytest.mark.parametrize("password, expected", [("CHANGE-ME", "placeholder"), ("", "without basic auth")])
def test_scrapyd_refuses_to_start_with_the_shipped_placeholder(tmp_path, password, expected):
    """The shipped deploy/scrapyd.conf, run as is: with the example env's password Scrapyd does not start."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    shutil.copy(root / "deploy" / "scrapyd.conf", tmp_path / "scrapyd.conf")
    env = {**os.environ, "PYTHONPATH": str(root / "deploy"), "SCRAPYD_USERNAME": "coffee",
           "SCRAPYD_PASSWORD": password, "SCRAPYD_HTTP_PORT": "1"}
    result = subprocess.run([str(Path(sys.executable).parent / "scrapyd")], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert f"scrapyd: refusing to start" in result.stderr and expected in result.stderr, result.stderr[-2000:]


def test_cli_error_line_has_no_password():
    from tests.test_monitoring_support import closed_port, run_cli

    dsn = f"postgresql://coffee:cli-s3cret-pw@127.0.0.1:{closed_port()}/coffee"
    result = run_cli(["db", "migrate"], env={"DATABASE_URL": dsn})
    assert result.returncode != 0 and "cli-s3cret-pw" not in result.stdout + result.stderr, result.stderr
    assert "[Filtered]" in result.stderr
