"""The desktop's start-up check names exactly the system packages this PC lacks.

The loader, the environment and the keyring backends are injected: the test
describes a bare Linux desktop instead of uninstalling anything.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend

from desktop import system_check
from desktop.system_check import QT_LIBRARIES, check

X11 = {"DISPLAY": ":0"}


class SecretStore(KeyringBackend):
    """Stands in for a running Secret Service (a secure backend)."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


def _without(*missing: str) -> system_check.Report:
    return check(
        system="Linux",
        environ=X11,
        loadable=lambda soname: soname not in missing,
        backends=lambda: [SecretStore()],
    )


def test_missing_qt_libraries_are_named_with_the_package_to_install() -> None:
    report = _without("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    assert not report.ok
    assert report.packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    text = report.text()
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in text


def test_no_secret_service_asks_for_gnome_keyring_and_a_dbus_session() -> None:
    report = check(system="Linux", environ=X11, loadable=lambda _: True, backends=lambda: [])
    assert report.packages == ["gnome-keyring", "dbus-user-session"]
    assert "Secret Service" in report.text()
    assert "dbus-run-session" in report.text()


def test_a_keyring_that_stores_nothing_securely_does_not_count() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    report = check(
        system="Linux",
        environ=X11,
        loadable=lambda _: True,
        backends=lambda: [FailKeyring()],  # type: ignore[no-untyped-call]
    )
    assert "gnome-keyring" in report.packages


def test_no_display_is_said_before_qt_aborts() -> None:
    report = check(system="Linux", environ={}, loadable=lambda _: True, backends=lambda: [])
    assert any("DISPLAY" in problem for problem in report.problems)


def test_a_complete_linux_desktop_passes() -> None:
    report = _without()
    assert report.ok and report.packages == []


def test_offscreen_needs_no_x11_libraries() -> None:
    report = check(
        system="Linux",
        environ={"QT_QPA_PLATFORM": "offscreen"},
        loadable=lambda _: False,
        backends=lambda: [SecretStore()],
    )
    assert report.ok


def test_windows_and_macos_always_pass() -> None:
    for system in ("Windows", "Darwin"):
        assert check(system=system, environ={}, loadable=lambda _: False, backends=lambda: []).ok


def test_every_library_maps_to_one_debian_package() -> None:
    assert all(soname.startswith("lib") and ".so." in soname for soname in QT_LIBRARIES)
    assert len(set(QT_LIBRARIES.values())) == len(QT_LIBRARIES)
