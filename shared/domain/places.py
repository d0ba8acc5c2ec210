"""Nigeria's 36 states, the FCT and their 774 local government areas.

Data: ``resources/reference/nigeria_states_lgas.json``, taken from the MIT
licensed ``nigeria-states-lgas`` 1.0.6 package (its JSON only; the package also
carries a 42 MB SQL dump we have no use for). Matching is case- and
space-insensitive and accepts the common spellings "Abuja"/"FCT Abuja" for
the Federal Capital Territory.
"""

from __future__ import annotations

import json
from functools import cache

from shared.errors import FieldValidationError
from shared.resources import resource_path

_ALIASES = {
    "abuja": "FCT",
    "fct abuja": "FCT",
    "federal capital territory": "FCT",
    "fct - abuja": "FCT",
    "nassarawa": "Nasarawa",
}


def _key(name: str) -> str:
    return " ".join(name.replace("-", " ").split()).casefold()


@cache
def _data() -> dict[str, tuple[str, ...]]:
    raw = json.loads(resource_path("reference", "nigeria_states_lgas.json").read_text("utf-8"))
    return {state: tuple(lgas) for state, lgas in raw.items()}


@cache
def _state_index() -> dict[str, str]:
    index = {_key(state): state for state in _data()}
    index.update({_key(alias): state for alias, state in _ALIASES.items()})
    return index


def states() -> tuple[str, ...]:
    return tuple(_data())


def lgas(state: str) -> tuple[str, ...]:
    return _data()[normalize_state(state)]


def normalize_state(raw: str, *, field: str = "state") -> str:
    found = _state_index().get(_key(raw or ""))
    if found is None:
        raise FieldValidationError(field, f"{raw!r} is not a Nigerian state or the FCT")
    return found


def normalize_lga(state: str, raw: str, *, field: str = "lga") -> str:
    wanted = _key(raw or "")
    for lga in _data()[normalize_state(state)]:
        if _key(lga) == wanted:
            return lga
    raise FieldValidationError(field, f"{raw!r} is not a local government area of {state}")
