"""The Latvian and Lithuanian translations are complete, keep every placeholder and build into loadable .qm files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%\d|%L?n|\{[a-z_]+\}")
NUMERUS_FORMS = {"lv": 3, "lt": 3, "en": 2}  # Qt's plural rules for these languages


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context, message) pairs of the current messages (vanished/obsolete ones are skipped)."""
    root = ET.parse(I18N / f"fieldops_{language}.ts").getroot()
    pairs = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") not in ("vanished", "obsolete"):
                pairs.append((ctx.findtext("name") or "", msg))
    return pairs


def _texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    if tr is None:
        return []
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in tr.findall("numerusform")]
    return [tr.text or ""]


def _lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_every_message_is_translated(language: str) -> None:
    missing = []
    for context, msg in _messages(language):
        tr = msg.find("translation")
        texts = _texts(msg)
        if tr is None or tr.get("type") == "unfinished" or not texts or not all(t.strip() for t in texts):
            missing.append(f"{context}: {msg.findtext('source')!r}")
    assert not missing, "untranslated:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["lv", "lt", "en"])
def test_numerus_messages_have_all_plural_forms(language: str) -> None:
    wrong = []
    for context, msg in _messages(language):
        if msg.get("numerus") != "yes":
            continue
        forms = _texts(msg)
        if len(forms) != NUMERUS_FORMS[language] or not all(re.search(r"%L?n", f) for f in forms):
            wrong.append(f"{context}: {msg.findtext('source')!r} -> {forms!r}")
    assert not wrong, "numerus forms wrong:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", ["lv", "lt"])
def test_translations_keep_placeholders(language: str) -> None:
    wrong = []
    for context, msg in _messages(language):
        source = msg.findtext("source") or ""
        wanted = set(PLACEHOLDER.findall(source))
        for text in _texts(msg):
            if set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}")
            if "&" in source and "&" not in text:
                wrong.append(f"{context}: accelerator lost in {text!r}")
    assert not wrong, "placeholder mismatch:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", ["lv", "lt", "en"])
def test_qm_builds_and_loads(language: str, tmp_path: Path) -> None:
    qm = tmp_path / f"fieldops_{language}.qm"
    result = subprocess.run([_lrelease(), str(I18N / f"fieldops_{language}.ts"), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower(), result.stdout + result.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    assert not translator.isEmpty()
    if language == "en":
        return
    for context, msg in _messages(language):
        source, texts = msg.findtext("source") or "", _texts(msg)
        comment = msg.findtext("comment") or ""  # the disambiguation of equal sources ("Returned")
        if msg.get("numerus") == "yes":
            # Qt picks the form by the language's plural rule: 1 is the first form, 5 the second in lv and lt.
            assert translator.translate(context, source, comment, 1) == texts[0]
            assert translator.translate(context, source, comment, 5) == texts[1]
        else:
            assert translator.translate(context, source, comment) == texts[0]
