"""The machine the bench ran on, described for the report: CPU, memory, OS, Python, PostgreSQL, server and load tool."""

import os
import platform
import subprocess
from importlib.metadata import version

import psycopg

from tests.postgres import ADMIN_URL


def _first(path: str, key: str) -> str:
    try:
        with open(path) as file:
            return next((line.split(":", 1)[1].strip() for line in file if line.startswith(key)), "unknown")
    except OSError:
        return "unknown"


def _os_name() -> str:
    try:
        with open("/etc/os-release") as file:
            fields = dict(line.rstrip("\n").split("=", 1) for line in file if "=" in line)
        return fields.get("PRETTY_NAME", "").strip('"') or platform.system()
    except OSError:
        return platform.system()


def describe() -> dict[str, str]:
    with psycopg.connect(ADMIN_URL, connect_timeout=3) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split(" [", 1)[0]
    memory_kb = _first("/proc/meminfo", "MemTotal").split()[0]
    return {
        "CPU": f"{_first('/proc/cpuinfo', 'model name')}, {os.cpu_count()} cores",
        "Memory": f"{int(memory_kb) / 1024 / 1024:.1f} GB" if memory_kb.isdigit() else "unknown",
        "OS": f"{_os_name()} (Linux {platform.release()})",
        "Python": platform.python_version(),
        "PostgreSQL": postgres,
        "Server": f"gunicorn {version('gunicorn')}",
        "Load tool": wrk,
        # The machine may be shared: how busy it was when the figures were written (1, 5 and 15 minutes).
        "Load average": ", ".join(f"{load:.2f}" for load in os.getloadavg()),
    }
