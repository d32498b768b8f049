"""The WSGI entry point: `gunicorn wsgi:app` or `flask --app wsgi ...`.

Production unless FLASK_CONFIG says otherwise (the Makefile's `make run` says development)."""

from app import create_app

app = create_app()
