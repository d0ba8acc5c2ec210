"""A desktop that cannot start says why in the terminal too, not only in a dialog.

The real ``hmso-desktop`` program runs with no Secret Service reachable (the
D-Bus session address points nowhere), as on a Linux PC without a keyring.
The dialog blocks, so the test reads the reason from stderr and then stops it.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

from desktop.keys import NO_SECURE_BACKEND


def test_no_keyring_prints_the_reason_to_stderr(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-bus'}",
        "PYTHONUNBUFFERED": "1",
    }
    program = [sys.executable, "-c", "import sys, desktop.app; sys.exit(desktop.app.main())"]
    desk = subprocess.Popen(
        [*program, "--offline", "--data-dir", str(tmp_path / "desk")],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert desk.stderr is not None
    seen = ""
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(desk.stderr, selectors.EVENT_READ)
            deadline = time.monotonic() + 30
            while "Cannot start:" not in seen and time.monotonic() < deadline:
                if selector.select(timeout=1):
                    line = desk.stderr.readline()
                    if not line:
                        break
                    seen += line
    finally:
        desk.kill()
        desk.wait(timeout=10)
    assert f"Cannot start: {NO_SECURE_BACKEND}" in seen, seen
