"""No test may reach the internet (Twilio least of all): any connection beyond this machine fails the test.

An attempt raises at once, and is also recorded, so a test still fails if some code catches the error."""

import ipaddress
import socket

import pytest

LOCAL_NAMES = {"localhost", "localhost.localdomain", ""}


class RealNetworkCall(OSError):
    """A test tried to reach another machine."""


def _is_local(host) -> bool:
    if host is None:
        return True
    host = host.decode() if isinstance(host, bytes) else str(host)
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_real_network(monkeypatch):
    """Yields the list of refused attempts; a test that empties it (to prove the guard) passes."""
    attempts: list[tuple] = []
    real_getaddrinfo, real_connect, real_connect_ex = socket.getaddrinfo, socket.socket.connect, socket.socket.connect_ex

    def refuse(host, port):
        attempts.append((host, port))
        raise RealNetworkCall(f"tests may not reach {host}:{port}")

    def getaddrinfo(host, port, *args, **kwargs):
        if not _is_local(host):
            refuse(host, port)
        return real_getaddrinfo(host, port, *args, **kwargs)

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            refuse(*address[:2])
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
            refuse(*address[:2])
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield attempts
    if attempts:
        pytest.fail(f"a test tried to reach the network: {attempts}")
