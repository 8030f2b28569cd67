"""The one redaction helper: every password shape seen in DSNs, URLs, settings and log lines."""
import logging

import pytest

from coffee_scraper.redact import FILTERED, RedactingFilter, redact

F = FILTERED


@pytest.mark.parametrize("text, expected", [
    ("postgresql://coffee:s3cret@db/coffee", f"postgresql://coffee:{F}@db/coffee"),
    ("postgresql://:s3cret@db:5432/coffee", f"postgresql://:{F}@db:5432/coffee"),  # no user
    ("postgresql://coffee:p@ss@w0rd@db/coffee", f"postgresql://coffee:{F}@db/coffee"),  # raw @ in the password
    ("postgresql://coffee:p%40ss%20w@db/coffee", f"postgresql://coffee:{F}@db/coffee"),  # URL-encoded
    ("redis://:hunter22@127.0.0.1:6379/0 and ops@example.com", f"redis://:{F}@127.0.0.1:6379/0 and ops@example.com"),
    ("host=db password=s3cret dbname=coffee", f"host=db password={F} dbname=coffee"),  # key=value DSN
    ("host=db password='my s3cret pw' dbname=x", f"host=db password='{F}' dbname=x"),  # quoted, with spaces
    ("host=db password = \"a b\\\"c\" user=u", f"host=db password = \"{F}\" user=u"),
    ("{'MAIL_PASS': 'hunter2', 'MAIL_HOST': 'smtp'}", f"{{'MAIL_PASS': '{F}', 'MAIL_HOST': 'smtp'}}"),
    ("-s SCRAPYD_PASSWORD=abc123 -s X=1", f"-s SCRAPYD_PASSWORD={F} -s X=1"),
    ('{"api_key": "k-123", "token": "t"}', f'{{"api_key": "{F}", "token": "{F}"}}'),
    ("Authorization: Bearer abc.def", f"Authorization: Bearer {F}"),
])
def test_redact(text, expected):
    assert redact(text, secrets=[]) == expected


@pytest.mark.parametrize("text", [
    "http://127.0.0.1:6800/schedule.json", "MAIL_PASS_FILE=/run/secrets/mail", "3 items passed=3",
    "postgresql://coffee@db/coffee", "roaster=onyx url=https://onyx.example:8443/products.json",
])
def test_leaves_non_secrets_alone(text):
    assert redact(text, secrets=[]) == text


def test_known_secret_values_from_the_environment(monkeypatch):
    monkeypatch.setenv("MAIL_PASS", "plain-hunter2")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:p%40ssw0rd@db/x")
    text = redact("login failed with plain-hunter2; server said p@ssw0rd and p%40ssw0rd")
    assert "hunter2" not in text and "ssw0rd" not in text


def test_log_filter_redacts_message_args_and_traceback():
    record = logging.LogRecord("scrapy.crawler", logging.INFO, __file__, 1, "Overridden settings:\n%(settings)s",
                               ({"settings": "{'MAIL_PASS': 'hunter2'}"},), None)
    assert RedactingFilter().filter(record)
    assert "hunter2" not in record.getMessage()
    try:
        raise ValueError("cannot connect to postgresql://u:hunter2@db/x")
    except ValueError:
        import sys
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", (), sys.exc_info())
    RedactingFilter().filter(record)
    assert "hunter2" not in logging.Formatter().format(record)
