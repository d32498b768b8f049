"""The scheduled jobs as data: each a name, the `flask` command it runs, and when (a cron expression, local time).

Each time can be changed by an environment variable named for the job (SCHEDULE_INVITATIONS_SEND_DUE, …). Every
command here is safe to run twice, and from two servers at once, so a second scheduler sends nothing twice."""

import os
from collections.abc import Mapping
from dataclasses import dataclass

from apscheduler.triggers.cron import CronTrigger

from app.config import Config

TIMEZONE = Config.BABEL_DEFAULT_TIMEZONE
CRON_FIELDS = ("minute", "hour", "day", "month", "day_of_week")


@dataclass(frozen=True)
class Job:
    name: str
    command: tuple[str, ...]
    cron: str  # minute hour day month day-of-week; a sixth field in front gives the second

    @property
    def setting(self) -> str:
        """The environment variable that moves this job to another time."""
        return "SCHEDULE_" + self.name.upper().replace("-", "_")


JOBS = (
    # Consultations, reminders and feedback that are due today (app/invitations/due.py).
    Job("invitations-send-due", ("invitations", "send-due"), "0 9 * * *"),
    # Views unread for more than 2 working days, to their IRO and the duty manager (app/notifications/unread.py).
    Job("notifications-unread", ("notifications", "unread"), "0 8 * * *"),
    # Urgent flags nobody has acknowledged in time (app/notifications/escalation.py).
    Job("notifications-escalate", ("notifications", "escalate"), "*/5 * * * *"),
    # Deletes what has been kept past its time, at night when nobody is working.
    Job("retention-purge", ("retention", "purge"), "30 2 * * *"),
)


class ScheduleError(ValueError):
    """A job's time that cannot be read: the scheduler does not start until it is put right."""


def configured(environ: Mapping[str, str] = os.environ, jobs: tuple[Job, ...] = JOBS) -> tuple[Job, ...]:
    """The jobs with any time the environment gives instead, each checked."""
    chosen = tuple(Job(job.name, job.command, environ.get(job.setting, "").strip() or job.cron) for job in jobs)
    for job in chosen:
        trigger(job)
    return chosen


def trigger(job: Job) -> CronTrigger:
    """When the job runs, in the service's time zone (Europe/London: 09:00 is 09:00 in summer and winter)."""
    fields = job.cron.split()
    if len(fields) not in (5, 6):
        raise ScheduleError(f"{job.setting}: {job.cron!r} is not a cron expression (minute hour day month day-of-week).")
    second = fields.pop(0) if len(fields) == 6 else "0"
    if any(character.isdigit() for character in fields[-1]):
        # APScheduler 3 counts days of the week from Monday = 0, cron from Sunday = 0: names cannot be misread.
        raise ScheduleError(f"{job.setting}: name the days of the week (mon-fri, sun), not numbers.")
    try:
        return CronTrigger(second=second, timezone=TIMEZONE, **dict(zip(CRON_FIELDS, fields)))
    except ValueError as error:
        raise ScheduleError(f"{job.setting}: {job.cron!r}: {error}") from None
