"""A real PostgreSQL server in a folder of our own (tests, `make run-prod`).

Uses the server binaries on PATH (initdb, pg_ctl; Debian's postgresql package).
PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user
and the folder is given to that user.
"""
from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Optional

SUPERUSER = "helder"


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise RuntimeError(f"PostgreSQL's {name} is missing: install the postgresql package")


class LocalPostgres:
    def __init__(self, folder: Path, port: int, host: str = "127.0.0.1") -> None:
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log_file = self.folder / "postgres.log"
        self.port = port
        self.host = host
        self._user: Optional[pwd.struct_passwd] = pwd.getpwnam("postgres") if os.geteuid() == 0 else None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{database}"

    def _run(self, *command: str) -> subprocess.CompletedProcess:
        def drop_root() -> None:
            if self._user is not None:
                os.setgid(self._user.pw_gid)
                os.setuid(self._user.pw_uid)

        return subprocess.run(list(command), preexec_fn=drop_root, capture_output=True, text=True,
                              cwd=self.folder, check=False)

    def _check(self, result: subprocess.CompletedProcess, what: str) -> None:
        if result.returncode != 0:
            raise RuntimeError(f"PostgreSQL {what} failed: {result.stderr.strip()[-2000:]}")

    def initialise(self) -> None:
        """Creates the cluster once (trust authentication on loopback only)."""
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if self._user is not None:
            for path in (self.folder, self.socket_dir):
                os.chown(path, self._user.pw_uid, self._user.pw_gid)
        if (self.data / "PG_VERSION").exists():
            return
        self._check(self._run(_binary("initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
                              "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"), "initdb")

    def start(self, extra_options: str = "") -> "LocalPostgres":
        self.initialise()
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses={self.host} "
                   f"-c fsync=off -c max_connections=200 {extra_options}")
        self._check(self._run(_binary("pg_ctl"), "-D", str(self.data), "-l", str(self.log_file), "-o", options,
                              "-w", "-t", "60", "start"), "start")
        return self

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()

    def create_database(self, name: str) -> str:
        """Creates the database `name` if it is missing; returns its URL."""
        import psycopg2

        connection = psycopg2.connect(host=self.host, port=self.port, user=SUPERUSER, dbname="postgres")
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute("select 1 from pg_database where datname = %s", (name,))
                if cursor.fetchone() is None:
                    cursor.execute(f'create database "{name}"')
        finally:
            connection.close()
        return self.url(name)

    def wait_ready(self, timeout: float = 30) -> None:
        import psycopg2

        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg2.connect(host=self.host, port=self.port, user=SUPERUSER, dbname="postgres",
                                 connect_timeout=2).close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


@contextlib.contextmanager
def temporary_postgres(prefix: str = "helder-pg-"):
    """A PostgreSQL server on a free port in a fresh folder under /tmp (which the
    postgres user can reach), stopped and removed afterwards (tests, benchmarks)."""
    from bot.processes import free_port

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    server = LocalPostgres(folder, free_port()).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
