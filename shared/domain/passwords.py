"""What makes a password acceptable, for every place one is chosen.

The server's CLI and API and a standalone clinic's first account on a PC all
call :func:`check_password_strength`, so a password refused in one place is
refused everywhere. Length alone let ``aaaaaaaaaa`` and ``1234567890``
through; the list of the most common leaked passwords (zxcvbn's, from real
breaches) catches what attackers try first, also with digits or symbols
tacked on the end.
"""

from __future__ import annotations

import re
from functools import cache

from zxcvbn.frequency_lists import FREQUENCY_LISTS

from shared.errors import FieldValidationError

MIN_LENGTH = 10
#: A pattern this short repeated (``aaaa…``, ``abab…``, ``123123…``) is guessed at once.
_MAX_REPEATED_PATTERN = 3
_SEPARATORS = re.compile(r"[\s._-]+")
_TRAILING_DECORATION = re.compile(r"[\W\d_]+$")


def check_password_strength(password: str, *, username: str | None = None) -> None:
    """Refuse a password an attacker would guess early, naming the field in plain words."""
    if len(password) < MIN_LENGTH:
        _refuse(f"Password: use at least {MIN_LENGTH} characters.")
    folded = password.casefold()
    if username and folded in _forms(username.casefold()):
        _refuse("Password: do not use the username.")
    if _is_repetition(folded):
        _refuse("Password: one character or a short pattern repeated is too easy to guess.")
    if any(form in _common_passwords() for form in _forms(folded)):
        _refuse("Password: this is one of the most common passwords; choose another.")


def _refuse(message: str) -> None:
    raise FieldValidationError("password", message, code="weak_password")


def _forms(folded: str) -> set[str]:
    """The password as typed, without separators, and without a decorated ending."""
    joined = _SEPARATORS.sub("", folded)
    return {
        folded,
        joined,
        _TRAILING_DECORATION.sub("", folded),
        _TRAILING_DECORATION.sub("", joined),
    }


def _is_repetition(folded: str) -> bool:
    for size in range(1, _MAX_REPEATED_PATTERN + 1):
        unit = folded[:size]
        if (unit * (len(folded) // size + 1))[: len(folded)] == folded:
            return True
    return False


@cache
def _common_passwords() -> frozenset[str]:
    return frozenset(FREQUENCY_LISTS["passwords"])
