"""A real PostgreSQL (pgserver) that a test can stop and start again: for outage tests."""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

import pgserver


class StoppablePostgres:
    def __init__(self):
        # Not under pytest's tmp_path: pytest keeps that 0700, and postgres runs as another user.
        directory = Path(tempfile.mkdtemp(prefix="coffee-pg-"))
        directory.chmod(0o755)
        self.directory = directory
        self.pgdata = directory / "pgdata"
        self.server = pgserver.get_server(self.pgdata, cleanup_mode="delete")
        self.dsn = self.server.get_uri()
        self.opts = (self.pgdata / "postmaster.opts").read_text().split(None, 1)[1].strip()
        self.bin = Path(pgserver.__file__).parent / "pginstall" / "bin"

    def _pg_ctl(self, *args: str) -> None:
        cmd = " ".join(shlex.quote(a) for a in [str(self.bin / "pg_ctl"), "-D", str(self.pgdata), *args])
        if os.geteuid() == 0:  # pgserver runs postgres as the unprivileged "pgserver" user
            cmd = f"su pgserver -s /bin/sh -c {shlex.quote(cmd)}"
        out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
        if out.returncode:
            log = self.pgdata / "restart.log"
            raise RuntimeError(f"{cmd} failed: {out.stdout} {out.stderr} "
                               f"{log.read_text()[-2000:] if log.exists() else ''}")

    def stop(self) -> None:
        self._pg_ctl("stop", "-m", "immediate", "-w")

    def start(self) -> None:
        # The same options pgserver started it with (no TCP, socket in pgdata).
        opts = self.opts.replace(f'"-D" "{self.pgdata}"', "").strip()
        self._pg_ctl("start", "-w", "-l", str(self.pgdata / "restart.log"), "-o", opts)

    def destroy(self) -> None:
        try:
            self.stop()
        except RuntimeError:
            pass  # already stopped
        shutil.rmtree(self.directory, ignore_errors=True)
