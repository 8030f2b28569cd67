"""schedule.yaml's declarative model: each mistake named by file, entry and field (exit 2 from the CLI)."""
import pytest

from coffee_scraper.scheduling import ScheduleError, load_schedule

RUNS = 'runs: {full: {cron: "0 3 1 * *"}, price: {cron: "0 4 * * 0"}}\n'


@pytest.mark.parametrize("text, message", [
    ('runs: {full: {cron: "0 3 1 *"}, price: {cron: "0 4 * * 0"}}',
     "schedule.yaml runs.full.cron: '0 3 1 *' is not a cron expression"),
    ('runs: {full: {cron: "0 3 1 * *"}}', "schedule.yaml: runs.price.cron is required"),
    (RUNS + "roster: {}", "schedule.yaml: unknown key(s) roster (known: runs, roasters, scrapyd)"),
    ('runs: {full: {cron: "0 3 1 * *"}, price: {cron: "0 4 * * 0"}, weekly: {cron: "x"}}',
     "schedule.yaml runs: unknown run kind(s) weekly"),
    (RUNS + "roasters: {onyx: {colour: red}}", "schedule.yaml roasters.onyx: unknown key(s) colour"),
    (RUNS + 'roasters: {onyx: {full: "sometimes"}}', "schedule.yaml roasters.onyx.full: 'sometimes' is not a cron"),
    (RUNS + "roasters: {onyx: {settings: {lower: 1}}}", "roasters.onyx.settings: 'lower' is not a Scrapy setting"),
    (RUNS + "roasters: {onyx: {settings: {DB_BACH_SIZE: 5}}}",
     "schedule.yaml roasters.onyx.settings: unknown setting DB_BACH_SIZE (did you mean DB_BATCH_SIZE?)"),
    (RUNS + "roasters: {onyx: {settings: {CONCURRENT_REQUESTS_PER_DOMAIN: lots}}}",
     "roasters.onyx.settings: setting CONCURRENT_REQUESTS_PER_DOMAIN='lots' is not a whole number"),
    (RUNS + "roasters: {onyx: 5}", "schedule.yaml roasters.onyx: expected a mapping"),
    ('runs: {full: {cron: "0 3 1 * *"}, price: {cron: "0 4 * * 0", settings: {RUN_KIND: full}}}',
     "runs.price.settings: RUN_KIND comes from the run kind"),
])
def test_schedule_errors_name_file_entry_and_field(tmp_path, text, message):
    path = tmp_path / "schedule.yaml"
    path.write_text(text)
    with pytest.raises(ScheduleError) as error:
        load_schedule(path)
    assert message in str(error.value)


def test_schedule_overrides(tmp_path):
    path = tmp_path / "schedule.yaml"
    path.write_text(RUNS + 'roasters: {onyx: {price: "off", settings: {CONCURRENT_REQUESTS_PER_DOMAIN: 1}}}\n'
                    "scrapyd: {project: coffee}\n")
    schedule = load_schedule(path)
    assert schedule.cron_for("onyx", "price") is None and schedule.cron_for("onyx", "full") == "0 3 1 * *"
    assert schedule.job_settings("onyx", "price") == {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "RUN_KIND": "price"}
    assert schedule.project == "coffee"
