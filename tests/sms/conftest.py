"""The SMS channel's tests run on an app wired to a fake Twilio at the HTTP boundary."""

import pytest

from tests.conftest import app_on_a_fresh_database
from tests.helpers.twilio import twilio_config


@pytest.fixture
def app(tmp_path, twilio):
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio)) as app:
        yield app
