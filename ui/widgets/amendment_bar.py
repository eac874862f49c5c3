"""The bar above an approved (or voided) operation in the editor: why it is locked, the state of its
amendments, and what the crew can do: propose a correction or a void, continue a draft or a returned amendment,
withdraw it; and anyone can open the version history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from fieldops.dto import CheckDTO, OperationDetail
from fieldops.services.amendments import AmendmentView
from ui import state
from ui.dialogs.version_chain import kind_text
from ui.errors import message
from ui.ops import Op
from ui.timefmt import short


class AmendmentBar(QWidget):
    sig_changed = Signal()  # an amendment was proposed or withdrawn: reload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OperationDetail | None = None
        self.amendments: list[AmendmentView] = []
        self.checks: list[CheckDTO] = []
        self.dialog: Any = None  # the open amendment dialog (tests drive it)
        row = QHBoxLayout(self)  # the explanation, then what can be done: one line under the title
        row.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(objectName="banner")
        self.text.setProperty("role", "hint")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.correct = QPushButton(objectName="proposeCorrection")
        self.void = QPushButton(objectName="proposeVoid")
        self.resume = QPushButton(objectName="resumeAmendment")
        self.withdraw = QPushButton(objectName="withdrawAmendment")
        self.history = QPushButton(objectName="versionHistory")
        for b in (self.correct, self.void, self.resume, self.withdraw, self.history):
            row.addWidget(b)
        self.correct.clicked.connect(lambda: self._propose("correction", None))
        self.void.clicked.connect(lambda: self._propose("void", None))
        self.resume.clicked.connect(lambda: self._propose(self._open().kind, self._open()) if self._open() else None)
        self.withdraw.clicked.connect(self._withdraw)
        self.history.clicked.connect(self.show_history)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.correct.setText(self.tr("Propose a co&rrection…"))
        self.void.setText(self.tr("Propose voi&ding…"))
        self.withdraw.setText(self.tr("Withdraw the amendment"))
        self.history.setText(self.tr("Versi&on history…"))
        self.render()

    def set_operation(self, detail: OperationDetail, amendments: list[AmendmentView], checks: list[CheckDTO]) -> None:
        self.detail, self.amendments, self.checks = detail, amendments, checks
        self.render()

    def _open(self) -> AmendmentView | None:
        """The current user's open amendment (draft, waiting or returned), if any."""
        return next((a for a in reversed(self.amendments) if a.mine), None)

    def render(self) -> None:
        d = self.detail
        if d is None or d.status not in ("approved", "voided"):
            self.hide()
            return
        fo = state.get().fo
        me = fo.user.id if fo is not None and fo.user is not None else ""
        member = me == d.created_by or any(c.user.id == me for c in d.crew)
        waiting = next((a for a in self.amendments if a.status == "submitted"), None)
        mine = self._open()
        lines = [self.tr("Voided by an approved amendment: kept on record, never counted.") if d.status == "voided"
                 else self.tr("Approved and locked. A correction or a void is an amendment with a reason, reviewed "
                              "by a supervisor like the log.")]
        if waiting is not None:
            lines.append(self.tr("%1 by %2, submitted %3: waiting for a supervisor.").replace(
                "%1", kind_text(waiting.kind)).replace("%2", waiting.author_name).replace(
                "%3", short(waiting.submitted_at, d.timezone) if waiting.submitted_at else "–"))
        if mine is not None and mine.status == "returned":
            lines.append(self.tr("Your amendment was returned: %1").replace("%1", mine.return_comment or "–"))
        elif mine is not None and mine.status == "draft":
            lines.append(self.tr("A draft correction was made from changes the server refused (the operation had "
                                 "been approved). Complete it with a reason, or withdraw it."))
        self.text.setText("\n".join(lines))
        can_propose = d.status == "approved" and member and waiting is None and mine is None
        self.correct.setVisible(can_propose)
        self.void.setVisible(can_propose)
        self.resume.setVisible(mine is not None and mine.status in ("draft", "returned") and d.status == "approved")
        self.resume.setText(self.tr("Co&mplete the draft…") if mine is not None and mine.status == "draft"
                            else self.tr("Edit and sub&mit again…"))
        self.withdraw.setVisible(mine is not None)
        self.show()

    def _propose(self, kind: str, amendment: AmendmentView | None) -> None:
        from ui.dialogs.amendment import AmendmentDialog

        if self.detail is None:
            return
        dialog = AmendmentDialog(self.detail, kind, self.checks, amendment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.sig_changed.emit)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _withdraw(self) -> None:
        mine = self._open()
        if mine is None:
            return
        answer = QMessageBox.question(self, self.tr("Withdraw the amendment"),
                                      self.tr("Withdraw this amendment? It stays on record as withdrawn."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        amendment_id = mine.id
        Op(self, lambda fo: fo.amendments.withdraw(amendment_id)).success(lambda _c: self.sig_changed.emit()).failure(
            lambda exc: QMessageBox.warning(self, self.tr("Withdraw the amendment"), message(exc))).run()

    def show_history(self) -> None:
        from ui.dialogs.version_chain import open_version_chain

        if self.detail is not None:
            open_version_chain(self, self.detail)
