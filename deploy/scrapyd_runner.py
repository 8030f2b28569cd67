"""Scrapyd runner for coffee_scraper: runs a job from an unpacked copy of the deployed egg.

Scrapyd's own runner imports the project straight from the zipped egg, where the package's data
files (registry YAML, JSON schema, SQL migrations) cannot be opened as files. This runner unpacks
each egg version once into EGG_CACHE (default: a directory next to the egg store) and activates
that copy instead; everything else is scrapyd.runner. Set in scrapyd.conf: `runner = scrapyd_runner`
with this directory on PYTHONPATH (see deploy/systemd/scrapyd.service).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from scrapyd import runner as scrapyd_runner

_activate_zipped = scrapyd_runner.activate_egg


def unpacked_egg(eggpath: str) -> str:
    """The directory holding EGGPATH unpacked (created once per egg content, atomically)."""
    path = Path(eggpath)
    if path.is_dir():
        return str(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cache = Path(os.environ.get("EGG_CACHE") or Path(tempfile.gettempdir()) / "coffee_scraper-eggs")
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{os.environ.get('SCRAPY_PROJECT', 'project')}-{digest}.egg"
    if not target.is_dir():
        # Unpack beside the target and rename: concurrent jobs never see a half-written tree.
        work = Path(tempfile.mkdtemp(prefix=".unpack-", dir=cache))
        with zipfile.ZipFile(path) as egg:
            egg.extractall(work)
        try:
            os.rename(work, target)
        except OSError:  # another job won the race; its copy is identical
            shutil.rmtree(work, ignore_errors=True)
    return str(target)


def activate_egg(eggpath: str) -> None:
    _activate_zipped(unpacked_egg(eggpath))


scrapyd_runner.activate_egg = activate_egg  # project_environment() looks the name up at call time

if __name__ == "__main__":
    scrapyd_runner.main()
