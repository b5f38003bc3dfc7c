"""A test server keeps its files to itself: gunicorn's control socket, pid file, heartbeats and
temporary files go to the server's own temporary folder, never to the paths a running server of the
same user has (gunicorn's control socket defaults to ~/.gunicorn/gunicorn.ctl, or
$XDG_RUNTIME_DIR/gunicorn.ctl, for every gunicorn alike)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers import ROOT, free_port, running_gunicorn, stop


def _tree(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_a_test_server_writes_only_in_its_own_folder(tmp_path):
    home, runtime = tmp_path / "home", tmp_path / "runtime"
    home.mkdir()
    runtime.mkdir()
    with running_gunicorn(1, env={"HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}) as server:
        own = server.folder
        assert stat.S_ISSOCK((own / "gunicorn.ctl").stat().st_mode)
        assert (own / "gunicorn.pid").read_text().strip() == str(server.process.pid)
        assert list(own.glob("news-metrics-*")), "the metrics folder (gunicorn.conf.py) is not under TMPDIR"
        assert _tree(home) == [] and _tree(runtime) == []
    assert _tree(home) == [] and _tree(runtime) == []
    assert not own.exists(), "the server's folder outlives it"


def test_without_its_own_paths_gunicorn_takes_the_shared_default(tmp_path):
    """The check above can fail: stock gunicorn, same settings file, same HOME, opens its control
    socket in ~/.gunicorn, where a second server would replace and later delete it."""
    home = tmp_path / "home"
    home.mkdir()
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("XDG_RUNTIME_DIR", "PROMETHEUS_MULTIPROC_DIR")}
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py",
         "--bind", f"127.0.0.1:{free_port()}", "--workers", "1"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**environment, "HOME": str(home), "TMPDIR": str(tmp_path), "NEWS_LOG_LEVEL": "warning"})
    shared = home / ".gunicorn" / "gunicorn.ctl"
    try:
        deadline = time.monotonic() + 60
        while not shared.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert shared.exists()
    finally:
        stop(process)
