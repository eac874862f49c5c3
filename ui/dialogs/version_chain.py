"""An operation's version chain: every approval with the content hash it locked and the version it made, every
amendment (correction or void) with its reason and what it changed from what, and the decisions on it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldops.dto import CheckDTO, OperationDetail
from fieldops.services.amendments import ChainEntry, FieldCorrection
from ui.ops import Query
from ui.timefmt import short
from ui.vocab import check_kind, operation_type

TIME_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


def value_text(field: str, value: Any, tz: str) -> str:
    """A field's value as a person reads it (times in the agency's zone, types by name, long text cut)."""
    if value in (None, ""):
        return "–"
    if field in TIME_FIELDS and isinstance(value, str | datetime):
        try:
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
            return short(moment, tz)
        except ValueError:
            pass
    if field == "type":
        return operation_type(str(value))
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def check_names(checks: list[CheckDTO], tz: str) -> dict[str, str]:
    """How a check is named in a list of changes: its time, kind and summary."""
    from ui.views.operation_editor import _summary

    return {c.id: " · ".join(x for x in (short(c.at, tz), check_kind(c.kind), _summary(c)) if x) for c in checks}


def correction_lines(corrections: tuple[FieldCorrection, ...], void_checks: dict[str, str], tz: str,
                     names: dict[str, str] | None = None) -> list[str]:
    from ui.views.review import _field_name

    lines = [f"{_field_name(c.field)}: {value_text(c.field, c.before, tz)} → {value_text(c.field, c.after, tz)}"
             for c in corrections]
    lines += [QCoreApplication.translate("VersionChain", "Check %1 voided: %2").replace(
        "%1", (names or {}).get(cid) or "…" + cid[-6:]).replace("%2", why) for cid, why in void_checks.items()]
    return lines


def kind_text(kind: str) -> str:
    return {"correction": QCoreApplication.translate("VersionChain", "Correction"),
            "void": QCoreApplication.translate("VersionChain", "Void")}.get(kind, kind)


def event_text(e: ChainEntry) -> str:
    kind = kind_text(e.kind).lower()
    texts = {
        "created": QCoreApplication.translate("VersionChain", "Created"),
        "submitted": QCoreApplication.translate("VersionChain", "Submitted for review"),
        "returned": QCoreApplication.translate("VersionChain", "Returned for correction"),
        "approved": QCoreApplication.translate("VersionChain", "Approved"),
        "amendment": QCoreApplication.translate("VersionChain", "Amendment proposed (%1)"),
        "amendment_returned": QCoreApplication.translate("VersionChain", "Amendment returned (%1)"),
        "amendment_resubmitted": QCoreApplication.translate("VersionChain", "Amendment submitted again (%1)"),
        "amendment_approved": QCoreApplication.translate("VersionChain", "Amendment approved (%1)"),
        "amendment_withdrawn": QCoreApplication.translate("VersionChain", "Amendment withdrawn (%1)"),
    }
    return texts.get(e.event, e.event).replace("%1", kind)


def open_version_chain(parent: QWidget, detail: OperationDetail) -> VersionChainDialog:
    """The operation's version history, non-modal, deleted when closed."""
    dialog = VersionChainDialog(detail.id, detail.number, detail.timezone, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class VersionChainDialog(QDialog):
    """Read-only; the hashes can be copied (select a row, Ctrl+C) to compare with the server or a printout."""

    def __init__(self, operation_id: str, number: str, tz: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setWindowTitle(self.tr("Version history of %1").replace("%1", number))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each approval locks what the supervisor saw under a content hash. Corrections and "
                               "voids after approval are amendments with their own review; an approved correction "
                               "makes the next version."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        self.tree = QTreeWidget(objectName="versionChain")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Step"), self.tr("Who"), self.tr("Version"),
                                   self.tr("Content hash")])
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy hash"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_hash)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.entries: list[ChainEntry] = []
        self.names: dict[str, str] = {}
        Query(self, lambda fo: (fo.amendments.version_chain(operation_id),
                                fo.checks.list(operation_id, include_voided=True))).success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[list[ChainEntry], list[CheckDTO]]) -> None:
        entries, checks = result
        self.names = check_names(checks, self.tz)
        self.show_entries(entries)

    def show_entries(self, entries: list[ChainEntry]) -> None:
        self.entries = entries
        self.tree.clear()
        for e in entries:
            proposal = e.event == "amendment"  # its hash is the approved content it was made against
            digest = "" if proposal else (e.content_hash or "")
            row = QTreeWidgetItem([short(e.at, self.tz) if e.at else "–", event_text(e), e.actor or "–",
                                   str(e.version) if e.version else "", digest[:16]])
            row.setData(4, Qt.ItemDataRole.UserRole, e.content_hash or "")
            if digest:
                row.setToolTip(4, digest)
            details = []
            if e.reason:
                details.append(self.tr("Reason: %1").replace("%1", e.reason))
            details += correction_lines(e.corrections, e.void_checks, self.tz, self.names)
            if proposal and e.content_hash:
                details.append(self.tr("Made against the approved content %1").replace("%1", e.content_hash[:16]))
            if e.comment:
                details.append(self.tr("Comment: %1").replace("%1", e.comment))
            self.tree.addTopLevelItem(row)
            for line in details:  # a whole-width line under its step, wrapped
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                row.addChild(child)
                child.setFirstColumnSpanned(True)
            row.setExpanded(True)
        if entries:
            self.tree.setCurrentItem(self.tree.topLevelItem(len(entries) - 1))

    def copy_hash(self) -> None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        digest = str(item.data(4, Qt.ItemDataRole.UserRole) or "") if item is not None else ""
        if digest:
            QGuiApplication.clipboard().setText(digest)
