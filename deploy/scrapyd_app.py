"""Scrapyd's application for coffee_scraper: refuses to start without real basic-auth credentials.

Scrapyd serves addversion.json (code upload) and schedule.json to whoever can reach it; with the shipped
placeholder password, or none, that is anyone on the machine. Set in scrapyd.conf:
`application = scrapyd_app.application` with deploy/ on PYTHONPATH (see deploy/systemd/scrapyd.service).
"""
from __future__ import annotations

import os

from scrapyd.app import application as scrapyd_application
from scrapyd.exceptions import ConfigError

PLACEHOLDERS = {"change-me", "changeme", "password", "secret", "scrapyd"}


def credentials_problem(config) -> str | None:
    """Why Scrapyd must not start with CONFIG's credentials (Scrapyd's own precedence: environment first)."""
    username = os.getenv("SCRAPYD_USERNAME") or config.get("username", "")
    password = os.getenv("SCRAPYD_PASSWORD") or config.get("password", "")
    if not username or not password:
        return ("scrapyd: refusing to start without basic auth: set SCRAPYD_USERNAME and SCRAPYD_PASSWORD "
                "(/etc/coffee_scraper/env) or username/password in scrapyd.conf")
    if password.strip().lower() in PLACEHOLDERS:
        return ("scrapyd: refusing to start: SCRAPYD_PASSWORD is the placeholder from the example "
                "configuration; set a real one (e.g. `openssl rand -base64 24`)")
    return None


def application(config):
    problem = credentials_problem(config)
    if problem:
        raise ConfigError(problem)  # scrapyd prints the message and exits non-zero
    return scrapyd_application(config)
