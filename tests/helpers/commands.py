"""Commands run as cron and the process manager run them."""

from datetime import date

from app.messaging import worker


def run_worker(app) -> None:
    result = app.test_cli_runner().invoke(args=["outbox", "worker", "--once"])
    assert result.exit_code == 0, result.output


def send_due(app, day: date) -> str:
    """Run the command as cron would on that day, then the outbox worker, as `flask outbox worker` would."""
    result = app.test_cli_runner().invoke(args=["invitations", "send-due", "--today", day.isoformat()])
    assert result.exit_code == 0, result.output
    worker.send_due()
    return result.output
