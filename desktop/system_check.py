"""Before the desktop opens a window: are the system pieces Qt and the keyring need there?

Without them the app fails far from the cause: Qt aborts with "Could not load
the Qt platform plugin xcb" and a missing Secret Service only shows in a dialog.
This check runs first (``hmso-server demo`` runs it as ``python -m
desktop.system_check``) and prints, in the terminal, the exact Debian/Ubuntu
packages to install. It imports no Qt, so it can speak when Qt cannot load.
Windows and macOS ship what Qt and the keyring need, so there it always passes.
"""

from __future__ import annotations

import ctypes
import os
import platform
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from keyring.backend import KeyringBackend, get_all_keyring

from desktop import keys

# Shared libraries Qt's xcb (X11) platform plugin and QtGui load, and the package with each.
QT_LIBRARIES: Mapping[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
KEYRING_PACKAGES = ("gnome-keyring", "dbus-user-session")
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")


@dataclass
class Report:
    """What is missing; empty means the desktop can start."""

    problems: list[str] = field(default_factory=list)
    packages: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        lines = ["The desktop cannot start on this PC yet:"]
        lines += [f"  - {problem}" for problem in self.problems]
        if self.packages:
            lines += [
                "Install the missing system packages (Debian/Ubuntu), then run it again:",
                f"  sudo apt-get install -y {' '.join(self.packages)}",
            ]
        return "\n".join(lines)


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname``, exactly as Qt will look for it."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def check(
    *,
    system: str | None = None,
    environ: Mapping[str, str] | None = None,
    loadable: Callable[[str], bool] = can_load,
    backends: Callable[[], Iterable[KeyringBackend]] = get_all_keyring,
) -> Report:
    """Check the display, Qt's libraries and a secure keyring; inject each to test."""
    report = Report()
    if (system or platform.system()) != "Linux":
        return report
    env = os.environ if environ is None else environ
    _check_display(env, loadable, report)
    if not any(keys.is_secure(backend) for backend in backends()):
        report.problems.append(
            "no Secret Service (GNOME Keyring or KWallet) is running in this session, so the"
            " patient database key cannot be kept safely; after installing, log in to a"
            " desktop session (or run inside `dbus-run-session` with gnome-keyring-daemon"
            " started)"
        )
        report.packages += KEYRING_PACKAGES
    return report


def _check_display(env: Mapping[str, str], loadable: Callable[[str], bool], report: Report) -> None:
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa.startswith(HEADLESS_PLATFORMS):
        return
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        report.problems.append(
            "no display: start it from a graphical desktop session (DISPLAY is not set)"
        )
    if qpa.startswith("wayland"):
        return
    missing = [soname for soname in QT_LIBRARIES if not loadable(soname)]
    if missing:
        report.problems.append(
            "Qt's X11 platform plugin needs libraries that are missing: " + ", ".join(missing)
        )
        report.packages += [QT_LIBRARIES[soname] for soname in missing]


def main() -> int:
    """Print what to install and return 1, or return 0 when nothing is missing."""
    report = check()
    if not report.ok:
        print(report.text(), file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
