"""The stylesheet's colours read at a bright front desk: WCAG 2.1 AA for every pair it shows."""

from __future__ import annotations

import re

import pytest

from desktop.ui.design import (
    DISABLED,
    PAIRS,
    PALETTE,
    TEXT_RATIO,
    contrast,
    render,
)
from desktop.ui.style import stylesheet
from shared.resources import resource_path

TEMPLATE = resource_path("styles", "app.qss").read_text(encoding="utf-8")


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("pair", (*PAIRS, DISABLED), ids=lambda p: p.where)
def test_each_declared_pair_passes_aa(pair) -> None:  # type: ignore[no-untyped-def]
    ratio = contrast(PALETTE[pair.foreground], PALETTE[pair.background])
    assert ratio >= pair.minimum, f"{pair.where}: {ratio:.2f} < {pair.minimum}"


def test_the_stylesheet_names_no_colour_of_its_own() -> None:
    """A colour typed into the stylesheet would escape the contrast check."""
    assert not re.findall(r"#[0-9a-fA-F]{3,8}\b", TEMPLATE)
    assert not re.findall(r"\brgba?\(", TEMPLATE)


def _rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """Each rule's selector and its properties, comments dropped."""
    rules = []
    plain = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", plain):
        pairs = (part.split(":", 1) for part in body.split(";") if ":" in part)
        rules.append((selector.strip(), {k.strip(): v.strip() for k, v in pairs}))
    return rules


def test_every_rule_that_sets_text_and_background_passes_aa() -> None:
    """Checked on the rendered stylesheet, so a new rule is covered without being declared."""
    checked = 0
    for selector, props in _rules(stylesheet()):
        if "color" not in props or "background" not in props:
            continue
        ratio = contrast(props["color"], props["background"])
        minimum = DISABLED.minimum if ":disabled" in selector else TEXT_RATIO
        assert ratio >= minimum, f"{selector}: {ratio:.2f}"
        checked += 1
    assert checked >= 15


def test_an_unknown_token_is_refused() -> None:
    with pytest.raises(KeyError, match="@nonsense"):
        render("QLabel { color: @nonsense; }")
