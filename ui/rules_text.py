"""Rule-pack texts in the user's language: vocabulary values and flag messages. Shared by the check form,
the operation editor's checks table and the printed report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldops.rules.messages import FLAG_MESSAGES, VALUE_LABELS

_LABELLED_PARAMS = ("species", "sight", "category", "which")


def rules_label(value: object) -> str:
    """The translated name of a rule vocabulary value (species, sight, driver category, document)."""
    if value is None:
        return "–"
    text = VALUE_LABELS.get(str(value))
    return QCoreApplication.translate("rules", text) if text else str(value)


def flag_text(code: str, params: dict[str, Any]) -> str:
    """A rule flag in the user's language, its vocabulary parameters translated too."""
    template = FLAG_MESSAGES.get(code)
    if template is None:
        return code
    values = dict(params)
    for key in _LABELLED_PARAMS:
        if key in values:
            values[key] = rules_label(values[key])
    text = QCoreApplication.translate("rules", template)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text
