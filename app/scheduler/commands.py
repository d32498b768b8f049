"""`flask scheduler run` runs the scheduled jobs at their times; `flask scheduler list` shows them."""

import logging
from datetime import datetime

import click
from flask.cli import AppGroup

from app.scheduler import jobs, runner

scheduler_group = AppGroup("scheduler", help="The jobs that run on a schedule.")


def _configured() -> tuple[jobs.Job, ...]:
    try:
        return jobs.configured()
    except jobs.ScheduleError as error:
        raise click.ClickException(str(error)) from None


@scheduler_group.command("run")
def run_command() -> None:
    """Run every job at its times until stopped. One scheduler is enough; a second sends nothing twice."""
    chosen = _configured()
    # This process does nothing but schedule: its log says when each job ran and how it went.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    runner.serve(chosen)


@scheduler_group.command("list")
def list_command() -> None:
    """Each job, its command, when it runs and when it runs next."""
    for job in _configured():
        when = jobs.trigger(job)
        upcoming = when.get_next_fire_time(None, datetime.now(when.timezone))
        click.echo(f"{job.name}: flask {' '.join(job.command)}  at {job.cron!r} ({job.setting})  next {upcoming:%Y-%m-%d %H:%M:%S %Z}")
