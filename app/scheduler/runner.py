"""Runs the jobs at their times: each job's command in a process of its own, so a job that fails or hangs never
stops the others or the scheduler."""

import logging
import signal
import subprocess
import sys
import time
from pathlib import Path

from apscheduler.schedulers.blocking import BlockingScheduler

from app.scheduler.jobs import TIMEZONE, Job, trigger

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent.parent
# A run still going after this long is stopped: the next run picks up what it left (every command is safe to repeat).
TIMEOUT_SECONDS = 60 * 60


def command_line(job: Job) -> list[str]:
    return [sys.executable, "-m", "flask", "--app", "wsgi", *job.command]


def run(job: Job) -> int:
    """Run the job's command once and log how it went; returns its exit status. Its output is counts and children's
    references only (never names, numbers or answers), and goes to the log line by line."""
    started = time.monotonic()
    log.info("Job %s started: flask %s", job.name, " ".join(job.command))
    try:
        done = subprocess.run(command_line(job), cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        log.error("Job %s stopped after %s seconds", job.name, TIMEOUT_SECONDS)
        return -1
    for line in (done.stdout + done.stderr).splitlines():
        log.info("Job %s: %s", job.name, line)
    seconds = time.monotonic() - started
    if done.returncode:
        log.error("Job %s failed with exit status %s after %.1f s", job.name, done.returncode, seconds)
    else:
        log.info("Job %s finished in %.1f s", job.name, seconds)
    return done.returncode


def scheduler(jobs: tuple[Job, ...]) -> BlockingScheduler:
    """A scheduler holding the jobs: each runs at most once at a time, and runs missed while it was busy or stopped
    are not made up (the next run does what they would have: each command picks up whatever is due)."""
    chosen = BlockingScheduler(
        timezone=TIMEZONE,
        executors={"default": {"type": "threadpool", "max_workers": max(len(jobs), 1)}},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
    )
    for job in jobs:
        chosen.add_job(run, trigger(job), args=[job], id=job.name, name=job.name)
    return chosen


def serve(jobs: tuple[Job, ...]) -> None:
    """Run the jobs at their times until SIGTERM or Ctrl+C."""
    running = scheduler(jobs)
    signal.signal(signal.SIGTERM, lambda *_: running.shutdown(wait=False))
    for job in jobs:
        log.info("Job %s scheduled at %r (%s): flask %s", job.name, job.cron, TIMEZONE, " ".join(job.command))
    try:
        running.start()
    except KeyboardInterrupt:
        pass
    log.info("Scheduler stopped")
