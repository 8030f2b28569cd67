"""The store's writes on their own thread (issue 15): in order, outcomes handed back, and a batch whose
connection is killed while it is being written goes to the spool and is replayed exactly once."""
import json
import threading
import time

import psycopg2
from scrapy.settings import Settings

from coffee_scraper.storage.durable import DurableWriter, StorageUnavailable, WriterThread
from coffee_scraper.storage.spool import Spool
from tests.test_no_data_lost import N, assert_complete_once, count, registry_for, start_crawl, wait_for
from tests.test_no_data_lost import slow_shop  # noqa: F401 - the fixture: a shop slow enough to break mid-crawl


def test_writer_thread_runs_operations_in_order_and_hands_back_their_counts(tmp_path):
    store = DurableWriter("postgresql://unused", Spool(tmp_path / "spool"), Settings())
    thread = WriterThread(store)
    seen, names = [], set()

    def op(n):
        names.add(threading.current_thread().name)
        time.sleep(0.01 * (3 - n))  # the first is the slowest: order must not depend on speed
        store.count("db/rows", n)
        store.on_refused({"op": n})
        seen.append(n)
        if n == 2:
            raise StorageUnavailable("no spool")
        return n * 10

    outcomes = [f.result() for f in [thread.call(op, n) for n in range(3)]]
    thread.shutdown()
    assert seen == [0, 1, 2]
    assert len(names) == 1 and threading.current_thread().name not in names
    assert [o.value for o in outcomes] == [0, 10, None]
    # Counters and refused products come back with their own operation (applied to Scrapy stats on the reactor thread),
    # also those counted before an error.
    assert [o.counts for o in outcomes] == [[("db/rows", 0)], [("db/rows", 1)], [("db/rows", 2)]]
    assert [o.refused for o in outcomes] == [[{"op": 0}], [{"op": 1}], [{"op": 2}]]
    assert isinstance(outcomes[2].error, StorageUnavailable)
    assert store.counts["db/rows"] == 3


def test_connection_killed_while_a_batch_is_written_on_the_thread(slow_shop, db_dsn, registry_file, tmp_path,
                                                                  monkeypatch):
    stats_file = tmp_path / "stats.json"
    monkeypatch.setenv("HOSTILE_STATS_FILE", str(stats_file))
    proc = start_crawl(slow_shop, db_dsn, registry_for(slow_shop, registry_file), tmp_path / "data",
                       "-s", 'EXTENSIONS={"tests.hostile_shop.StatsFile": 0}')
    try:
        wait_for(lambda: count(db_dsn, "SELECT count(*) FROM coffees") >= 40)
        # Hold the next batch inside Postgres: its upsert into coffees waits for this lock (reads do not).
        holder = psycopg2.connect(db_dsn)
        try:
            with holder.cursor() as cur:
                cur.execute("LOCK TABLE coffees IN EXCLUSIVE MODE")
                cur.execute("SELECT pg_backend_pid()")
                holder_pid = cur.fetchone()[0]
                waiting: list[int] = []

                def writer_waits():
                    cur.execute("SELECT pid FROM pg_stat_activity WHERE %s = ANY(pg_blocking_pids(pid))",
                                (holder_pid,))
                    waiting[:] = [pid for pid, in cur.fetchall()]
                    return waiting

                wait_for(writer_waits, timeout=60)
                # Meanwhile the crawl goes on (the reactor is not the one waiting): the spider still fetches.
                cur.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) AS pid", (waiting,))
        finally:
            holder.rollback()
            holder.close()
        out, _ = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out[-3000:]
    assert "Postgres unreachable" in out and "Postgres is back" in out, out[-3000:]
    assert out.index("Postgres unreachable") < out.index("Postgres is back")
    stats = json.loads(stats_file.read_text())
    spooled, replayed = stats.get("coffee/db/spooled", 0), stats.get("coffee/db/spool_replayed", 0)
    assert spooled >= 1 and replayed == spooled, (stats, out[-3000:])  # the killed batch went to the spool, replayed once
    assert_complete_once(db_dsn)
    assert count(db_dsn, "SELECT count(*) FROM scrape_artifacts") == N
    assert count(db_dsn, "SELECT count(*) FROM scrape_runs WHERE status = 'succeeded'") == 1
    assert not list((tmp_path / "data" / "spool").glob("*.jsonl"))
