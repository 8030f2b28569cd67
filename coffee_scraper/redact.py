"""The one redaction of secrets in text (URLs, DSNs, key=value pairs, tokens), used for logs, Sentry and reports."""
from __future__ import annotations

import logging
import os
import re
from urllib.parse import unquote

FILTERED = "[Filtered]"
# scheme://user:password@host - the password may be empty-user (`://:pw@`), URL-encoded, or hold a raw
# `@` (greedy up to the last `@` before the path): everything between the first `:` and that `@` goes.
URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^\s/]*@", re.I)
# KEY=value, KEY: value, 'KEY': 'value' (a settings dict's repr), password='quoted with spaces' (libpq).
# The key ends with the secret word (MAIL_PASS, SCRAPYD_PASSWORD, api_key) but is not *_FILE.
_SECRET_WORD = r"pass(?:word|wd)?|pwd|secret|token|api[_-]?key"
KV_PASSWORD = re.compile(
    r"(?<![\w-])([\w.-]*?(?:" + _SECRET_WORD + r"))(?![\w-])(['\"]?\s*[=:]\s*)"
    r"('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^\s&;,'\"}\])]+)",
    re.I,
)
BEARER = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+", re.I)
# Environment variables whose values must never be shown, even quoted inside an unrelated string.
SECRET_ENV = ("DATABASE_URL", "SENTRY_DSN", "ALERT_WEBHOOK_URL", "MAIL_PASS", "REDIS_URL", "SCRAPYD_PASSWORD",
              "PGPASSWORD")
_MIN_SECRET = 4  # shorter values would blank out ordinary words


def env_secrets() -> list[str]:
    """Secret values from the environment (and the passwords inside secret URLs), longest first."""
    values = set()
    for name in SECRET_ENV:
        value = os.environ.get(name)
        if not value:
            continue
        if len(value) >= _MIN_SECRET and "://" not in value:
            values.add(value)
        found = re.search(r"://[^:/@\s]*:([^\s/]*)@", value)
        if found and len(found.group(1)) >= _MIN_SECRET:
            values.update({found.group(1), unquote(found.group(1))})
    return sorted(values, key=len, reverse=True)


def redact(text: str, secrets: list[str] | None = None) -> str:
    """TEXT with passwords in URLs/DSNs, secret key=value pairs, bearer tokens and known secret values replaced."""
    for secret in env_secrets() if secrets is None else secrets:
        text = text.replace(secret, FILTERED)
    text = URL_PASSWORD.sub(r"\1" + FILTERED + "@", text)
    text = KV_PASSWORD.sub(lambda m: m.group(1) + m.group(2) + _quoted(m.group(3)), text)
    return BEARER.sub(lambda m: m.group(1) + " " + FILTERED, text)


def _quoted(value: str) -> str:
    return value[0] + FILTERED + value[0] if value[:1] in ("'", '"') else FILTERED


class RedactingFilter(logging.Filter):
    """A handler filter: every record's message (and traceback) leaves with its secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


def redact_handler(handler: logging.Handler | None) -> None:
    if handler is not None and not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())


class LogRedactionAddon:
    """Scrapy add-on: puts the filter on Scrapy's log handler before the "Overridden settings" line is logged."""

    def update_settings(self, settings) -> None:
        from scrapy.utils.log import get_scrapy_root_handler

        redact_handler(get_scrapy_root_handler())
