"""The production stack in one command (`make serve`): migrations once, then the web app, the outbox workers and
the scheduler under supervisord, which restarts any process that dies."""
