"""PostgreSQL databases a test makes and drops itself, and a way between the app and PostgreSQL that a test can cut."""

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import psycopg

from tests.conftest import POSTGRES_ADMIN_URL, needs


def app_url(name: str) -> str:
    """The SQLAlchemy URL of the database called name on the test PostgreSQL server."""
    return POSTGRES_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{name}"


@contextmanager
def scratch_databases(*names: str) -> Iterator[list[str]]:
    """Empty databases with these names (each suffixed with this process's id), dropped afterwards; their URLs."""
    names = tuple(f"{name}_{os.getpid()}" for name in names)
    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
            for name in names:
                connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                connection.execute(f"CREATE DATABASE {name}")
    except psycopg.OperationalError:
        needs("PostgreSQL", "backups are made and restored with PostgreSQL's own tools")
    try:
        yield [app_url(name) for name in names]
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
            for name in names:
                connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


class CuttablePostgres:
    """A TCP relay on 127.0.0.1 in front of a PostgreSQL server. cut() drops every connection through it and turns
    new ones away, as a database that has gone down does; cut_at_commit() does so when the app next sends COMMIT,
    before the server sees it; mend() lets connections through again."""

    def __init__(self, database_url: str):
        address = urlsplit(database_url)
        self.target = (address.hostname or "127.0.0.1", address.port or 5432)
        self.listener = socket.create_server(("127.0.0.1", 0))
        port = self.listener.getsockname()[1]
        self.url = database_url.replace(f"{address.hostname}:{address.port or 5432}", f"127.0.0.1:{port}", 1)
        self.lock = threading.Lock()
        self.open: set[socket.socket] = set()
        self.down = self.at_commit = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        with self.lock:
            self.down = True
            for connection in self.open:
                _hang_up(connection)
            self.open.clear()

    def cut_at_commit(self) -> None:
        self.at_commit = True

    def mend(self) -> None:
        with self.lock:
            self.down = self.at_commit = False

    def close(self) -> None:
        self.cut()
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            with self.lock:
                if self.down:
                    client.close()
                    continue
                server = socket.create_connection(self.target)
                self.open.update((client, server))
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, from_app: bool) -> None:
        try:
            while chunk := source.recv(65536):
                if from_app and self.at_commit and b"COMMIT" in chunk:
                    self.cut()
                    return
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            _hang_up(sink)
            with self.lock:
                self.open.discard(source)
            source.close()


def _hang_up(connection: socket.socket) -> None:
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already gone
