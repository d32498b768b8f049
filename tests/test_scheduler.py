"""The scheduled jobs as data, their times from the environment, and a job's command run as the scheduler runs it."""

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.scheduler import jobs, runner
from app.scheduler.jobs import Job, ScheduleError

LONDON = ZoneInfo("Europe/London")


def next_run(job: Job, after: datetime) -> datetime:
    return jobs.trigger(job).get_next_fire_time(None, after)


def test_every_timed_command_is_scheduled_by_default():
    assert {job.command for job in jobs.configured({})} == {
        ("invitations", "send-due"), ("notifications", "unread"), ("notifications", "escalate"), ("retention", "purge")
    }


def test_times_are_local_all_year():
    send_due = next(job for job in jobs.configured({}) if job.name == "invitations-send-due")
    summer = next_run(send_due, datetime(2026, 7, 1, 10, 0, tzinfo=LONDON))
    winter = next_run(send_due, datetime(2026, 12, 1, 10, 0, tzinfo=LONDON))
    assert (summer.hour, summer.utcoffset().total_seconds()) == (9, 3600)
    assert (winter.hour, winter.utcoffset().total_seconds()) == (9, 0)


def test_escalation_runs_every_five_minutes():
    escalate = next(job for job in jobs.configured({}) if job.name == "notifications-escalate")
    assert next_run(escalate, datetime(2026, 12, 1, 10, 1, tzinfo=LONDON)).minute == 5


def test_the_environment_moves_a_job_to_seconds_or_weekdays():
    [unread] = [job for job in jobs.configured({"SCHEDULE_NOTIFICATIONS_UNREAD": "*/3 * * * * *"}) if job.name == "notifications-unread"]
    assert next_run(unread, datetime(2026, 12, 1, 10, 0, 1, tzinfo=LONDON)).second == 3
    [weekdays] = [job for job in jobs.configured({"SCHEDULE_NOTIFICATIONS_UNREAD": "30 7 * * mon-fri"}) if job.name == "notifications-unread"]
    saturday = datetime(2026, 12, 5, 6, 0, tzinfo=LONDON)
    assert next_run(weekdays, saturday) == datetime(2026, 12, 7, 7, 30, tzinfo=LONDON)


@pytest.mark.parametrize("cron, says", [
    ("every day", "is not a cron expression"),
    ("0 8 * * 1-5", "name the days of the week"),
    ("0 25 * * *", "SCHEDULE_NOTIFICATIONS_UNREAD"),
])
def test_a_time_that_cannot_be_read_stops_the_scheduler(cron, says):
    with pytest.raises(ScheduleError, match=says):
        jobs.configured({"SCHEDULE_NOTIFICATIONS_UNREAD": cron})


def test_scheduler_list_names_each_job_and_its_setting(app):
    output = app.test_cli_runner().invoke(args=["scheduler", "list"]).output
    assert "notifications-escalate: flask notifications escalate" in output
    assert "SCHEDULE_INVITATIONS_SEND_DUE" in output


def test_scheduler_run_refuses_a_bad_time(app, monkeypatch):
    monkeypatch.setenv("SCHEDULE_NOTIFICATIONS_ESCALATE", "sometimes")
    result = app.test_cli_runner().invoke(args=["scheduler", "run"])
    assert result.exit_code == 1
    assert "SCHEDULE_NOTIFICATIONS_ESCALATE" in result.output


def test_a_job_runs_its_command_and_logs_how_it_went(monkeypatch, caplog):
    monkeypatch.setenv("FLASK_CONFIG", "development")
    caplog.set_level(logging.INFO, logger="app.scheduler")
    assert runner.run(Job("listing", ("scheduler", "list"), "* * * * *")) == 0
    assert "Job listing: notifications-unread: flask notifications unread" in caplog.text
    assert "Job listing finished" in caplog.text


def test_a_failing_job_is_logged_and_the_scheduler_goes_on(monkeypatch, caplog):
    monkeypatch.setenv("FLASK_CONFIG", "development")
    caplog.set_level(logging.INFO, logger="app.scheduler")
    assert runner.run(Job("missing", ("no-such-command",), "* * * * *")) == 2
    assert "Job missing failed with exit status 2" in caplog.text


def test_the_scheduler_holds_every_job_at_its_time():
    scheduled = {job.id: job for job in runner.scheduler(jobs.configured({})).get_jobs()}
    assert sorted(scheduled) == ["invitations-send-due", "notifications-escalate", "notifications-unread", "retention-purge"]
    assert str(scheduled["notifications-escalate"].trigger.fields[6]) == "*/5"  # minute
