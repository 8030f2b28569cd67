"""Crawl schedules: which roaster's full or price-only run is due, started through Scrapyd.

`coffee_scraper/schedule.yaml` (or $COFFEE_SCHEDULE) gives a cron expression (UTC) per run kind
and per-roaster overrides. `coffee-scraper schedule run`, started every few minutes by a timer,
starts each due run with Scrapyd's schedule.json (the roaster's platform spider, `roaster=SLUG`,
`setting=RUN_KIND=...`), never while a job of that roaster is still pending or running.

A run is due when the cron expression's latest fire time is later than the roaster's last start
of that kind: the newest of its scrape_runs row in Postgres (a full run also counts as a price
run: it writes prices too) and the fire time this scheduler last started it for (kept in a small
state file, so a job that dies before reaching Postgres is not restarted every tick). A timer
that was down at fire time catches up once, at its next tick.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, Optional

import yaml
from croniter import croniter
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, field_validator

from coffee_scraper.registry import Roaster, RegistryError

RUN_KINDS = ("full", "price")
DEFAULT_SCHEDULE = Path(__file__).with_name("schedule.yaml")
_SETTING_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")


class ScheduleError(RegistryError):
    """The schedule file is wrong; the message names the file, the entry and the field."""


@dataclass
class RoasterSchedule:
    cron: dict[str, str | None] = field(default_factory=dict)  # kind -> cron, None = never
    settings: dict[str, Any] = field(default_factory=dict)  # Scrapy settings for this roaster's jobs


@dataclass
class Schedule:
    path: str
    runs: dict[str, str]  # kind -> default cron
    settings: dict[str, dict[str, Any]]  # kind -> Scrapy settings for every job of that kind
    roasters: dict[str, RoasterSchedule]
    scrapyd_url: str = "http://127.0.0.1:6800/"
    project: str = "coffee_scraper"

    def cron_for(self, slug: str, kind: str) -> str | None:
        override = self.roasters.get(slug)
        if override and kind in override.cron:
            return override.cron[kind]
        return self.runs[kind]

    def job_settings(self, slug: str, kind: str) -> dict[str, Any]:
        override = self.roasters.get(slug)
        return {**self.settings.get(kind, {}), **(override.settings if override else {}), "RUN_KIND": kind}


# -- the file's shape: one declarative model per entry; errors name the file, the entry and the field ------
def _cron(value: Any) -> str | None:
    if value in (None, False, "off", "never"):
        return None
    if not isinstance(value, str) or not croniter.is_valid(value):
        raise ValueError(f"{value!r} is not a cron expression (minute hour day month weekday)")
    return value


def _job_settings(value: Any) -> dict[str, Any]:
    """Scrapy settings for jobs: names UPPER_CASE and known when ours, values of the right type."""
    from coffee_scraper.config import ConfigError, known_settings, unknown_setting, validate_settings

    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("settings must be a mapping of Scrapy setting names to values")
    known = known_settings()
    for name in value:
        if not isinstance(name, str) or not _SETTING_RE.match(name):
            raise ValueError(f"{name!r} is not a Scrapy setting name (UPPER_CASE)")
        if name == "RUN_KIND":
            raise ValueError("RUN_KIND comes from the run kind, not from settings")
        problem = unknown_setting(name, known)
        if problem:
            raise ValueError(problem)
    try:
        validate_settings(value)
    except ConfigError as exc:
        raise ValueError(str(exc)) from None
    return dict(value)


Cron = Annotated[Optional[str], BeforeValidator(_cron)]
JobSettings = Annotated[dict[str, Any], BeforeValidator(_job_settings)]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RunEntry(_Entry):
    cron: Cron
    settings: JobSettings = {}


class RoasterEntry(_Entry):
    full: Cron = None
    price: Cron = None
    settings: JobSettings = {}


class ScrapydEntry(_Entry):
    url: str = "http://127.0.0.1:6800/"
    project: str = "coffee_scraper"


class Runs(_Entry):
    full: RunEntry
    price: RunEntry


class ScheduleFile(_Entry):
    runs: Runs
    roasters: dict[str, RoasterEntry] = {}
    scrapyd: ScrapydEntry = ScrapydEntry()

    @field_validator("roasters", "scrapyd", mode="before")
    @classmethod
    def _empty(cls, value):
        return {} if value is None else value


_KNOWN_KEYS = {"ScheduleFile": "runs, roasters, scrapyd", "Runs": "full, price",
               "RoasterEntry": "full, price, settings", "RunEntry": "cron, settings", "ScrapydEntry": "url, project"}


def _schedule_error(name: str, error: dict) -> str:
    loc = [str(p) for p in error["loc"] if not str(p).startswith(("function-", "constrained-"))]
    kind = error["type"]
    if kind == "extra_forbidden":
        where, key = ".".join(loc[:-1]), loc[-1]
        model = ("ScheduleFile" if not where else "Runs" if where == "runs" else "RunEntry"
                 if where.startswith("runs.") else "RoasterEntry" if where.startswith("roasters.") else "ScrapydEntry")
        what = "run kind(s)" if model == "Runs" else "key(s)"
        return f"{name}{' ' + where if where else ''}: unknown {what} {key} (known: {_KNOWN_KEYS[model]})"
    if kind == "missing":
        if loc[:1] == ["runs"] and len(loc) == 2:
            loc.append("cron")
        return f"{name}: {'.'.join(loc)} is required"
    where = f"{name} {'.'.join(loc)}" if loc else name
    if kind == "value_error":
        return f"{where}: {error.get('ctx', {}).get('error', error['msg'])}"
    if kind in ("model_type", "dict_type"):
        return f"{where}: expected a mapping, got {type(error.get('input')).__name__}"
    return f"{where}: {error['msg']}"


def load_schedule(path: str | os.PathLike | None = None) -> Schedule:
    path = Path(path or os.environ.get("COFFEE_SCHEDULE") or DEFAULT_SCHEDULE)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise ScheduleError(f"schedule file {path} does not exist") from None
    except yaml.YAMLError as exc:
        raise ScheduleError(f"schedule file {path} is not valid YAML: {exc}") from None
    try:
        parsed = ScheduleFile.model_validate(data)
    except ValidationError as exc:
        raise ScheduleError(_schedule_error(path.name, exc.errors()[0])) from None
    runs = {kind: getattr(parsed.runs, kind).cron for kind in RUN_KINDS}
    kind_settings = {kind: dict(getattr(parsed.runs, kind).settings) for kind in RUN_KINDS}
    roasters = {
        str(slug): RoasterSchedule(cron={k: getattr(entry, k) for k in RUN_KINDS if k in entry.model_fields_set},
                                   settings=dict(entry.settings))
        for slug, entry in parsed.roasters.items()
    }
    return Schedule(
        path=str(path), runs=runs, settings=kind_settings, roasters=roasters,
        scrapyd_url=os.environ.get("SCRAPYD_URL") or parsed.scrapyd.url, project=parsed.scrapyd.project,
    )


# -- what is due -----------------------------------------------------------------------------------
@dataclass
class Slot:
    """One roaster x run kind, and what the scheduler makes of it now."""

    slug: str
    kind: str
    spider: str | None
    cron: str | None
    last_started: datetime | None
    fire: datetime | None  # the latest fire time <= now
    next_fire: datetime | None
    state: str  # due | waiting | busy | off | skipped
    reason: str = ""

    @property
    def job_id(self) -> str:
        stamp = (self.fire or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M")
        return f"{self.slug}.{self.kind}.{stamp}"


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def last_runs(conn) -> dict[tuple[str, str], datetime]:
    """{(slug, kind): newest started_at} from scrape_runs; the kind from the job id, else the stats."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT r.slug, CASE WHEN s.job_id ~ '^[a-z0-9-]+\\.price\\.' THEN 'price'"
            "  WHEN s.job_id ~ '^[a-z0-9-]+\\.full\\.' THEN 'full'"
            "  ELSE COALESCE(s.stats->>'run_kind', 'full') END AS kind, max(s.started_at)"
            " FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id GROUP BY 1, 2"
        )
        found = {(slug, kind): _utc(at) for slug, kind, at in cur.fetchall()}
    conn.rollback()
    return found


def load_state(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, ValueError):
        return {}


def save_state(path: Path, state: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True))
    os.replace(tmp, path)


def busy_roasters(jobs: dict) -> set[str]:
    """Slugs with a pending or running Scrapyd job (our job ids start with the slug; pending jobs
    started by hand carry `roaster` in their arguments)."""
    busy = set()
    for job in [*jobs.get("pending", []), *jobs.get("running", [])]:
        job_id = str(job.get("id", ""))
        if "." in job_id:
            busy.add(job_id.split(".", 1)[0])
        for slug in str((job.get("args") or {}).get("roaster", "")).split(","):
            if slug.strip():
                busy.add(slug.strip())
    return busy


def plan(schedule: Schedule, roasters: list[Roaster], now: datetime, last: dict[tuple[str, str], datetime],
         state: dict, busy: set[str]) -> list[Slot]:
    """Every roaster x kind with its state; at most one due kind per roaster (full beats price)."""
    from coffee_scraper.platforms import platform_names

    now = _utc(now)
    spiders = platform_names()  # a platform's spider is named for it
    slots: list[Slot] = []
    for roaster in roasters:
        spider = roaster.platform if roaster.platform in spiders else None
        due_here = False
        for kind in RUN_KINDS:
            cron = schedule.cron_for(roaster.slug, kind)
            fire = _utc(croniter(cron, now).get_prev(datetime)) if cron else None
            next_fire = _utc(croniter(cron, now).get_next(datetime)) if cron else None
            started = [last.get((roaster.slug, kind))]
            if kind == "price":
                started.append(last.get((roaster.slug, "full")))  # a full run writes prices too
            fired = state.get(roaster.slug, {}).get(kind)
            started.append(_utc(datetime.fromisoformat(fired)) if fired else None)
            last_started = max((s for s in started if s), default=None)
            slot = Slot(roaster.slug, kind, spider, cron, last_started, fire, next_fire, "waiting")
            if not roaster.active:
                slot.state, slot.reason = "skipped", "inactive in the registry"
            elif spider is None:
                slot.state, slot.reason = "skipped", f"platform {roaster.platform!r}: run `coffee-scraper detect`"
            elif cron is None:
                slot.state, slot.reason = "off", "no schedule"
            elif last_started is not None and last_started >= fire:
                slot.state = "waiting"
            elif roaster.slug in busy:
                slot.state, slot.reason = "busy", "a Scrapyd job of this roaster is pending or running"
            elif due_here:
                slot.state, slot.reason = "waiting", "the full run due now writes prices too"
            else:
                slot.state, due_here = "due", True
            slots.append(slot)
    return slots


# -- Scrapyd -------------------------------------------------------------------------------------------
class Scrapyd:
    """The two Scrapyd endpoints the scheduler needs, with basic auth from the environment."""

    def __init__(self, url: str, project: str, username: str | None = None, password: str | None = None,
                 timeout: float = 30.0):
        import requests

        self.url = url.rstrip("/") + "/"
        self.project = project
        self.session = requests.Session()
        username = username if username is not None else os.environ.get("SCRAPYD_USERNAME")
        password = password if password is not None else os.environ.get("SCRAPYD_PASSWORD")
        if username:
            self.session.auth = (username, password or "")
        self.timeout = timeout

    def _check(self, response, what: str) -> dict:
        if response.status_code == 401:
            raise OSError(f"Scrapyd {self.url} {what}: 401 unauthorized (set SCRAPYD_USERNAME/SCRAPYD_PASSWORD)")
        response.raise_for_status()
        data = response.json()
        if data.get("status") != "ok" and "jobid" not in data:
            raise OSError(f"Scrapyd {self.url} {what}: {data.get('message') or data}")
        return data

    def list_jobs(self) -> dict:
        r = self.session.get(self.url + "listjobs.json", params={"project": self.project}, timeout=self.timeout)
        return self._check(r, "listjobs.json")

    def schedule(self, spider: str, roaster: str, job_id: str, settings: dict[str, Any]) -> str:
        data = [("project", self.project), ("spider", spider), ("jobid", job_id), ("roaster", roaster)]
        data += [("setting", f"{k}={v}") for k, v in settings.items()]
        r = self.session.post(self.url + "schedule.json", data=data, timeout=self.timeout)
        return self._check(r, f"schedule.json (roaster={roaster}, spider={spider})")["jobid"]


def run_due(schedule: Schedule, roasters: list[Roaster], scrapyd: Scrapyd, last: dict, state_path: Path,
            now: datetime, extra_settings: dict[str, Any] | None = None, dry_run: bool = False) -> list[Slot]:
    """Start every due run; returns the slots started (or that would be, with DRY_RUN)."""
    state = load_state(state_path)
    busy = busy_roasters(scrapyd.list_jobs())
    started = []
    for slot in plan(schedule, roasters, now, last, state, busy):
        if slot.state != "due":
            continue
        if not dry_run:
            settings = {**schedule.job_settings(slot.slug, slot.kind), **(extra_settings or {})}
            scrapyd.schedule(slot.spider, slot.slug, slot.job_id, settings)
            state.setdefault(slot.slug, {})[slot.kind] = slot.fire.isoformat()
            save_state(state_path, state)  # after each job: a failure half-way loses nothing
        started.append(slot)
    return started
