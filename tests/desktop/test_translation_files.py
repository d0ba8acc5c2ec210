"""Every shipped language translates every string, keeps its placeholders, and is compiled.

A string added in the code without `make translations` and a translation in each
shipped language fails here, as does a .qm file not compiled from its .ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.services.settings import LANGUAGES
from shared.resources import resource_path

I18N = resource_path("i18n")
ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [code for code in LANGUAGES if code != "en"]
#: Plural forms per language: Hausa has one and many; Yoruba, Igbo and Pidgin one for all.
PLURAL_FORMS = {"ha": 2, "yo": 1, "ig": 1, "pcm": 1}
#: What must survive translation as is: format fields, Qt arguments, tags, a literal
#: "&&" or an accelerator, the naira sign, file-dialog patterns and the status glyphs.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d|<[^>]+>|&&|&(?=\w)|₦|\*\.\w+|;;|[◀▶●○◌★]")
GONE = ("vanished", "obsolete")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; it comes with PySide6")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """The live messages of a .ts file by (context, source); vanished ones are left out."""
    messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in GONE:
                messages[(name, message.findtext("source", ""))] = message
    return messages


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _edges(text: str) -> tuple[str, str]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]


def test_shipped_languages_are_the_ones_offered() -> None:
    assert set(SHIPPED) == {"ha", "yo", "ig", "pcm"}
    assert set(PLURAL_FORMS) == set(SHIPPED)


@pytest.mark.parametrize("code", SHIPPED)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    source = _messages(I18N / "grandpro_en.ts")
    translated = _messages(I18N / f"grandpro_{code}.ts")
    assert set(translated) == set(source), "run `make translations`"
    problems = []
    for (context, text), message in translated.items():
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {text!r}"
        if translation.get("type") == "unfinished":
            problems.append(f"{where} is unfinished (untranslated, or lupdate's guess)")
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != PLURAL_FORMS[code]:
                problems.append(f"{where} has {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where} is not translated")
            elif _placeholders(form) != _placeholders(text):
                problems.append(f"{where}: {form!r} does not keep its placeholders")
            elif _edges(form) != _edges(text):
                problems.append(f"{where}: {form!r} does not keep its leading/trailing spaces")
    assert not problems, "\n".join(problems)


def test_the_sources_hold_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the tracked code finds nothing grandpro_en.ts does not already hold."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the tracked files are unknown")
    files = subprocess.run(
        ["git", "ls-files", "desktop/ui/*.py", "desktop/app.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    fresh = tmp_path / "grandpro_en.ts"
    shutil.copy(I18N / "grandpro_en.ts", fresh)
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    assert set(_messages(fresh)) == set(_messages(I18N / "grandpro_en.ts")), (
        "strings changed in the code: run `make translations` and translate the new ones"
    )


@pytest.mark.parametrize("code", SHIPPED)
def test_the_compiled_file_is_current(code: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"grandpro_{code}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(I18N / f"grandpro_{code}.ts"), "-qm", str(compiled)],
        capture_output=True,
        check=True,
    )
    shipped = I18N / f"grandpro_{code}.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), "run `make translations`"
