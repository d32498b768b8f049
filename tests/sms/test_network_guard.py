"""The suite's guard: a test that tries to reach Twilio (or anywhere off this machine) fails."""

import socket

import pytest

from app.messaging.providers.base import SmsError
from app.messaging.providers.twilio import TwilioSmsClient
from tests.network_guard import RealNetworkCall


def test_a_real_call_to_twilio_is_stopped_and_would_fail_the_test(no_real_network):
    client = TwilioSmsClient("AC" + "0" * 32, "token", from_number="+447700900000")  # Twilio's real HTTP client
    with pytest.raises(SmsError) as refused:  # our client reports it as a failed send, worth trying again...
        client.send("+447911123456", "Hello")
    assert refused.value.retryable
    assert no_real_network == [("api.twilio.com", 443)]  # ...and the guard has it on record, to fail the test
    no_real_network.clear()  # (only so that this proof itself passes)


def test_any_address_off_this_machine_is_refused(no_real_network):
    with pytest.raises(RealNetworkCall):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    no_real_network.clear()


def test_this_machine_is_still_reachable(no_real_network):
    server = socket.create_server(("127.0.0.1", 0))
    with server, socket.create_connection(server.getsockname()):
        pass
    assert no_real_network == []
