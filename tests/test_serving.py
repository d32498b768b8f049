"""What `make serve` asks of the environment, and the supervisord configuration it writes from it."""

import configparser
import os

from app.serving import settings, supervisor

PRODUCTION = {"DATABASE_URL": "postgresql+psycopg://app@db/listen", "REDIS_URL": "redis://cache:6379/0"}


def test_web_workers_follow_the_cores_unless_told():
    assert settings.web_workers({}) == 2 * len(os.sched_getaffinity(0)) + 1
    assert settings.web_workers({"WEB_CONCURRENCY": "3"}) == 3


def test_gunicorn_listens_where_told():
    assert settings.bind({}) == "0.0.0.0:8000"
    assert settings.bind({"HOST": "127.0.0.1", "PORT": "5001"}) == "127.0.0.1:5001"


def test_postgresql_and_redis_are_required():
    assert settings.problems(PRODUCTION) == []
    found = " ".join(settings.problems({"DATABASE_URL": "sqlite:///x.sqlite"}))
    assert "DATABASE_URL" in found and "REDIS_URL" in found


def test_counts_that_are_not_counts_are_refused():
    found = " ".join(settings.problems({**PRODUCTION, "OUTBOX_WORKERS": "two", "WEB_CONCURRENCY": "0", "PORT": "http"}))
    assert "OUTBOX_WORKERS" in found and "WEB_CONCURRENCY" in found and "PORT" in found


def read(environ, tmp_path) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser()
    parser.read_string(supervisor.config(environ, tmp_path, python="/srv/app/.venv/bin/python"))
    return parser


def test_every_process_is_restarted_and_stopped_with_what_it_started(tmp_path):
    config = read(PRODUCTION, tmp_path)
    assert [s for s in config.sections() if s.startswith("program:")] == ["program:web", "program:outbox", "program:scheduler"]
    for name in ("web", "outbox", "scheduler"):
        program = config[f"program:{name}"]
        assert (program["autorestart"], program["stopasgroup"], program["killasgroup"]) == ("true", "true", "true")
    assert config["program:web"]["command"].endswith("-m gunicorn --config " + str(supervisor.ROOT / "gunicorn.conf.py"))
    assert config["program:outbox"]["command"] == "/srv/app/.venv/bin/python -m flask --app wsgi outbox worker"
    assert config["program:scheduler"]["command"] == "/srv/app/.venv/bin/python -m flask --app wsgi scheduler run"
    assert config["supervisord"]["nodaemon"] == "true"


def test_more_outbox_workers_and_no_scheduler_on_a_second_server(tmp_path):
    config = read({**PRODUCTION, "OUTBOX_WORKERS": "3", "RUN_SCHEDULER": "0"}, tmp_path)
    assert config["program:outbox"]["numprocs"] == "3"
    assert "program:scheduler" not in config
    assert "program:outbox" not in read({**PRODUCTION, "OUTBOX_WORKERS": "0"}, tmp_path)


def test_no_secret_is_written_to_the_configuration(tmp_path):
    secret = "a-secret-key-that-must-stay-in-the-environment"
    assert secret not in supervisor.config({**PRODUCTION, "SECRET_KEY": secret}, tmp_path)
