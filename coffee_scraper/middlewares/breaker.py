"""The circuit breaker's state machine, with no Scrapy in it (the middleware is coffee_scraper.middlewares.circuit).

closed --N consecutive failures--> open --recovery timeout--> half-open --one probe--> closed (probe
succeeded) or open again (probe failed). States live behind a CircuitStateStore: in memory, or shared by
workers (coffee_scraper.distributed).
"""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Protocol

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


# -- state ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CircuitState:
    state: str = CLOSED
    failures: int = 0  # consecutive failures while closed
    opened_at: float = 0.0  # wall clock (time.time()), comparable across workers
    probe: str | None = None  # id of the probe request in flight while half-open
    roaster: str | None = None  # slug of the roaster last seen on this domain, for logs


class CircuitStateStore(Protocol):
    """Where breaker states live. A Redis store would keep one hash per domain and make `update`
    atomic (WATCH/MULTI or a Lua script) so that two workers cannot both send the half-open probe."""

    def get(self, domain: str) -> CircuitState: ...

    def update(self, domain: str, change: Callable[[CircuitState], CircuitState]) -> tuple[CircuitState, CircuitState]:
        """Apply `change` atomically; returns (old, new)."""
        ...

    def items(self) -> Iterator[tuple[str, CircuitState]]: ...


class InMemoryCircuitStateStore:
    def __init__(self):
        self._states: dict[str, CircuitState] = {}

    def get(self, domain: str) -> CircuitState:
        return self._states.get(domain) or CircuitState()

    def update(self, domain, change):
        old = self.get(domain)
        new = change(old)
        if new != old:
            self._states[domain] = new
        return old, new

    def items(self):
        return iter(list(self._states.items()))


class CircuitBreaker:
    """The state machine, with no Scrapy in it: a store, a clock, and a callback on each transition."""

    def __init__(self, store: CircuitStateStore, threshold: int, recovery_timeout: float,
                 clock: Callable[[], float] = time.time,
                 on_transition: Callable[[str, CircuitState, CircuitState, str], None] | None = None):
        self.store = store
        self.threshold = max(1, threshold)
        self.recovery_timeout = recovery_timeout
        self.clock = clock
        self.on_transition = on_transition

    def _update(self, domain: str, change, reason: str = "") -> CircuitState:
        old, new = self.store.update(domain, change)
        if old.state != new.state and self.on_transition:
            self.on_transition(domain, old, new, reason)
        return new

    def _due(self, s: CircuitState) -> CircuitState:
        if s.state == OPEN and self.clock() >= s.opened_at + self.recovery_timeout:
            return replace(s, state=HALF_OPEN, probe=None)
        return s

    def state(self, domain: str) -> str:
        """The domain's state, turning open into half-open once the recovery period is over."""
        s = self.store.get(domain)
        if s.state == OPEN and self._due(s).state == HALF_OPEN:
            s = self._update(domain, self._due, "recovery period over")
        return s.state

    def holds(self, domain: str) -> bool:
        """Must a new request for this domain wait? (open, or half-open with its probe in flight)"""
        state = self.state(domain)
        return state == OPEN or (state == HALF_OPEN and self.store.get(domain).probe is not None)

    def remaining(self, domain: str) -> float:
        s = self.store.get(domain)
        return max(0.0, s.opened_at + self.recovery_timeout - self.clock()) if s.state == OPEN else 0.0

    def allow(self, domain: str, roaster: str | None = None) -> tuple[str, str | None]:
        """("pass" | "probe" | "defer", probe id) for a request about to be sent."""
        if self.state(domain) == CLOSED:
            return "pass", None
        probe = uuid.uuid4().hex

        def take_probe(s: CircuitState) -> CircuitState:
            s = self._due(s)
            if s.state == HALF_OPEN and s.probe is None:
                return replace(s, probe=probe, roaster=roaster or s.roaster)
            return s

        new = self._update(domain, take_probe)
        if new.state == CLOSED:
            return "pass", None
        return ("probe", probe) if new.probe == probe else ("defer", None)

    def record_success(self, domain: str, probe: str | None = None) -> CircuitState:
        def change(s: CircuitState) -> CircuitState:
            if s.state == CLOSED:
                return replace(s, failures=0) if s.failures else s
            if s.state == HALF_OPEN and probe is not None and s.probe == probe:
                return CircuitState(CLOSED, roaster=s.roaster)
            return s  # a request sent before the circuit opened: stale news

        return self._update(domain, change, "probe succeeded")

    def abandon_probe(self, domain: str, probe: str) -> CircuitState:
        def change(s: CircuitState) -> CircuitState:
            return replace(s, probe=None) if s.state == HALF_OPEN and s.probe == probe else s

        return self._update(domain, change)

    def record_failure(self, domain: str, probe: str | None = None, roaster: str | None = None,
                       reason: str = "") -> CircuitState:
        def change(s: CircuitState) -> CircuitState:
            if s.state == CLOSED:
                failures = s.failures + 1
                if failures >= self.threshold:
                    return CircuitState(OPEN, failures, self.clock(), None, roaster or s.roaster)
                return replace(s, failures=failures, roaster=roaster or s.roaster)
            if s.state == HALF_OPEN and probe is not None and s.probe == probe:
                return CircuitState(OPEN, s.failures, self.clock(), None, s.roaster)
            return s

        return self._update(domain, change, reason)
