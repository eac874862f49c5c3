"""`fieldops --self-test`: checks an installation (frozen or from source) end to end, without touching the
user's data, and exits 0 ("self-test: ok …" per step) or 1 ("self-test: FAILED <step>: …").

    python -m ui --self-test            # from a checkout
    dist/fieldops/fieldops --self-test  # the folder build (Linux); fieldops.exe --self-test on Windows

Steps, in order (the first failure stops the run):
  qt            QApplication on the offscreen platform (forced unless QT_QPA_PLATFORM is set), image formats
                the app decodes (PNG, JPEG, SVG), the bundled icons
  workspace     a new SQLCipher-encrypted workspace in a temporary folder, random passwords, Argon2id key
                slots; the file must not be plain SQLite; signs in again as a patrol officer
  migration     the schema is at Alembic's head, read from the migration scripts on disk
  rules         the LV and LT rule packs load
  geo           WGS84 → LKS-92 (fieldops.tm)
  timezones     the partner agencies' time zones (Windows has no system zoneinfo: the bundled tzdata)
  window        the real main window (Controller.open_main_window), shown offscreen, its first data loaded,
                painted into a pixmap
  pdf           an operation with a check, written as the operation report PDF (ui.reports)
  charts        a dashboard chart (pyqtgraph over numpy, imported as the Dashboard page does) painted
  translations  the Latvian and Lithuanian translations load and translate

The temporary folder is removed at the end. Output is for IT staff and developers, in English.

`--startup-probe` runs qt, workspace and window only and prints "startup-probe: main window shown"; the
frozen-vs-source start-up figure (tests/packaging, docs/installer.md) is the time from process start to that line.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from fieldops.app import FieldOps
    from ui.app import Controller

WAIT_S = 30.0  # for one step's background work (the main window's first queries)
TIMEOUT_S = 300.0  # the whole run: a hang (a modal dialog nobody sees offscreen) must not block a build
REQUIRED_IMAGE_FORMATS = ("png", "jpg", "svg")
LANGUAGES = ("lv", "lt")


class SelfTestError(Exception):
    """A check that did not hold; the message says what was expected."""


@dataclass
class Run:
    tmp: Path
    out: TextIO
    app: QApplication | None = None
    fo: FieldOps | None = None
    controller: Controller | None = None
    errors: list[BaseException] = field(default_factory=list)  # shown to the user by the UI while running
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.notes.append(text)


def check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


# ---- steps -----------------------------------------------------------------------------------------------
def step_qt(run: Run) -> None:
    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    from ui.resources import icon_path, register_search_paths, resource_root

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("fieldops")
    app.setOrganizationName("fieldops")
    register_search_paths()
    run.app = app
    formats = {bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in REQUIRED_IMAGE_FORMATS if f not in formats]
    check(not missing, f"Qt image format plugin(s) missing: {', '.join(missing)}")
    check(icon_path("app").is_file(), f"icons not found under {resource_root()}")
    run.note(f"platform {app.platformName()}, resources {resource_root()}")


def step_workspace(run: Run) -> None:
    from fieldops import paths
    from fieldops.app import FieldOps
    from fieldops.keyslots import FAST_KDF
    from fieldops.models.enums import Role

    home = run.tmp / "workspace"
    # The cheap Argon2id parameters: the same library code runs; the temporary workspace is thrown away.
    admin_password = secrets.token_urlsafe(24)
    officer_password = secrets.token_urlsafe(24)
    admin = FieldOps.create(home, username="selftest.admin", full_name="Self-test administrator",
                            password=admin_password, kdf=FAST_KDF)
    try:
        agency = next(a.id for a in admin.users.agencies() if a.code == "VP-KRP")
        admin.users.create(username="selftest.officer", full_name="Self-test officer", agency_id=agency,
                           roles=(Role.OFFICER,), password=officer_password)
    finally:
        admin.close()
    header = paths.db_path(home).read_bytes()[:16]
    check(header and header != b"SQLite format 3\x00", "the workspace database is not encrypted")
    run.fo = FieldOps.open(home, "selftest.officer", officer_password, kdf=FAST_KDF)


def step_migration(run: Run) -> None:
    from fieldops import migrations

    fo = _fo(run)
    current = migrations.current_revision(fo.engine)
    known = migrations.known_revisions()  # parses the version scripts on disk (they ship as .py files)
    check(current == migrations.HEAD, f"schema at {current}, expected {migrations.HEAD}")
    check(migrations.HEAD in known, f"migration scripts in {migrations.MIGRATIONS_DIR} lack {migrations.HEAD}")
    run.note(f"{current}, {len(known)} revision(s)")


def step_rules(run: Run) -> None:
    from fieldops.rules import default_book, rules_dir

    book = default_book()
    check({"LV", "LT"} <= set(book.countries), f"rule packs for LV and LT expected in {rules_dir()}")
    run.note(f"{len(book.packs)} pack(s)")


def step_geo(run: Run) -> None:
    import math

    from fieldops.geo import to_national

    easting, northing, label = to_national(56.5, 21.0, "LV")  # Liepāja
    check(math.isfinite(easting) and 300_000 < easting < 330_000 and 250_000 < northing < 290_000,
          f"{label} projection off: E {easting}, N {northing}")


def step_timezones(run: Run) -> None:
    from zoneinfo import ZoneInfo

    from fieldops.agencies import PARTNERS

    zones = sorted({p.timezone for p in PARTNERS})
    for zone in zones:
        offset = datetime(2026, 1, 15, 12, tzinfo=ZoneInfo(zone)).utcoffset()
        check(offset == timedelta(hours=2), f"{zone}: UTC offset {offset} in winter, expected +2 h")
    run.note(", ".join(zones))


def step_window(run: Run) -> None:
    from ui.app import Controller

    app = _app(run)
    controller = Controller(app, run.tmp / "workspace")
    run.controller = controller
    controller.st.fo = _fo(run)
    with _collect_ui_errors(run):
        controller.open_main_window()
        window = controller.window
        check(window is not None, "no main window")
        assert window is not None
        _wait(lambda: window.isVisible() and window.windowHandle() is not None
              and window.windowHandle().isExposed(), "the main window to be shown")
        _wait(lambda: not controller.st.runner.busy, "the main window's first data")
        pixmap = window.grab()
    check(not pixmap.isNull() and pixmap.width() > 0, "the main window did not paint")
    run.note(f"{pixmap.width()}x{pixmap.height()} px")


def step_pdf(run: Run) -> None:
    from ui.reports.export import load_report_data
    from ui.reports.operation_pdf import operation_html, write_operation_pdf

    fo = _fo(run)
    start = datetime.now(UTC) - timedelta(hours=3)
    op_id = fo.operations.create(type="traffic_monitoring", start_at=start, area_name="Nīca").created_id
    check(op_id, "the operation was not created")
    assert op_id is not None
    detail = fo.operations.get(op_id)
    fo.operations.update(op_id, detail.version, actual_start=start, actual_end=start + timedelta(hours=2),
                         lat=56.3456, lon=21.0678, narrative="Pašpārbaude — savirašas patikra — self-test")
    fo.checks.add(op_id, kind="traffic", at=start + timedelta(minutes=30), outcome="no_violation",
                  facts={"plate": "AB 1234", "alcohol_permille": [0.0]})
    data = load_report_data(fo, op_id)
    html = operation_html(data.detail, data.checks, data.attachments, data.night, agency_name=data.agency_name)
    target = run.tmp / "report.pdf"
    pages = write_operation_pdf(html, target, data.printed_by, "self-test", timezone=data.detail.timezone,
                                title=data.detail.number)
    check(pages >= 1 and target.read_bytes()[:5] == b"%PDF-", "the report is not a PDF")
    run.note(f"{pages} page(s), {target.stat().st_size} bytes")


def step_charts(run: Run) -> None:
    from ui.widgets.charts import BarChart, Series

    _app(run)
    chart = BarChart("selftest")
    try:
        chart.resize(480, 320)
        chart.set_data(["LV", "LT"], [Series("self-test", [3.0, 5.0])])
        image = chart.image()
        check(not image.isNull() and image.width() > 0, "the chart did not paint")
        run.note(f"{image.width()}x{image.height()} px")
    finally:
        chart.deleteLater()


def step_translations(run: Run) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    app = _app(run)
    before = str(app.property("fieldops_language") or "en")
    with _collect_ui_errors(run):  # the open main window retranslates itself on each switch
        try:
            for language in LANGUAGES:
                check(i18n.set_language(app, language), f"translation file for '{language}' not found")
                app.processEvents()
                text = QCoreApplication.translate("MainWindow", "Overview")
                check(text != "Overview", f"'{language}' loaded but does not translate (Overview → {text})")
        finally:
            i18n.set_language(app, before)
            app.processEvents()
    run.note(", ".join(LANGUAGES))


STEPS: tuple[tuple[str, Callable[[Run], None]], ...] = (
    ("qt", step_qt),
    ("workspace", step_workspace),
    ("migration", step_migration),
    ("rules", step_rules),
    ("geo", step_geo),
    ("timezones", step_timezones),
    ("window", step_window),
    ("pdf", step_pdf),
    ("charts", step_charts),
    ("translations", step_translations),
)
PROBE_STEPS = ("qt", "workspace", "window")


# ---- running ---------------------------------------------------------------------------------------------
def run_self_test(out: TextIO | None = None, *, probe: bool = False, timeout_s: float | None = TIMEOUT_S) -> int:
    """Run the steps; 0 when all passed, 1 at the first failure (named on `out`, traceback on stderr)."""
    if not os.environ.get("QT_QPA_PLATFORM"):  # before the QApplication exists
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    stream = out or _stdout()
    started = time.perf_counter()
    current = ["start"]
    watchdog = _watchdog(stream, current, timeout_s) if timeout_s else None
    tmp = Path(tempfile.mkdtemp(prefix="fieldops-selftest-"))
    run = Run(tmp, stream)
    steps = [(n, fn) for n, fn in STEPS if not probe or n in PROBE_STEPS]
    try:
        for name, fn in steps:
            current[0] = name
            run.notes.clear()
            t0 = time.perf_counter()
            try:
                fn(run)
                if run.errors:
                    raise run.errors[0]
            except Exception as exc:
                print(f"self-test: FAILED {name}: {type(exc).__name__}: {exc}", file=stream, flush=True)
                traceback.print_exception(exc, file=sys.stderr or stream)
                return 1
            detail = f": {'; '.join(run.notes)}" if run.notes else ""
            print(f"self-test: ok {name} ({(time.perf_counter() - t0) * 1000:.0f} ms){detail}", file=stream,
                  flush=True)
        if probe:
            print("startup-probe: main window shown", file=stream, flush=True)
        else:
            print(f"self-test: ok all {len(steps)} steps in {(time.perf_counter() - started) * 1000:.0f} ms",
                  file=stream, flush=True)
        return 0
    finally:
        current[0] = "cleanup"
        _cleanup(run)
        if watchdog is not None:
            watchdog.cancel()


def _cleanup(run: Run) -> None:
    controller, run.controller = run.controller, None
    if controller is not None:
        with contextlib.suppress(Exception):
            controller._close_window()  # also closes the workspace on the DB thread
            controller.shutdown()
            if run.app is not None:
                run.app.removeEventFilter(controller)
                run.app.processEvents()
        run.fo = None
    fo, run.fo = run.fo, None
    if fo is not None:
        with contextlib.suppress(Exception):
            fo.close()
    shutil.rmtree(run.tmp, ignore_errors=True)


def _app(run: Run) -> QApplication:
    if run.app is None:
        raise SelfTestError("no QApplication (the qt step did not run)")
    return run.app


def _fo(run: Run) -> FieldOps:
    if run.fo is None:
        raise SelfTestError("no workspace open (the workspace step did not run)")
    return run.fo


def _wait(condition: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


@contextlib.contextmanager
def _collect_ui_errors(run: Run) -> Iterator[None]:
    """Errors the UI would show in a (modal, here invisible) message box, or raise in a slot, fail the step."""
    import ui.ops

    def record(_parent: Any, exc: BaseException) -> None:
        run.errors.append(exc)

    def hook(_type: type[BaseException], exc: BaseException, _tb: Any) -> None:
        run.errors.append(exc)

    namespace = ui.ops.__dict__  # where Query/Op look up show_error
    shown, excepthook = namespace["show_error"], sys.excepthook
    namespace["show_error"], sys.excepthook = record, hook
    try:
        yield
    finally:
        namespace["show_error"], sys.excepthook = shown, excepthook


def _watchdog(out: TextIO, current: list[str], timeout_s: float) -> threading.Timer:
    def expire() -> None:
        with contextlib.suppress(Exception):
            print(f"self-test: FAILED {current[0]}: timed out after {timeout_s:.0f} s", file=out, flush=True)
        os._exit(1)

    timer = threading.Timer(timeout_s, expire)
    timer.daemon = True
    timer.start()
    return timer


def _stdout() -> TextIO:
    """The console. A windowed Windows build has no stdout: attach to the console it was started from (cmd,
    PowerShell), else write to %TEMP%/fieldops-selftest.log."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            with contextlib.suppress(OSError):
                stream: TextIO = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives until exit
                sys.stderr = stream
                return stream
    log = Path(tempfile.gettempdir()) / "fieldops-selftest.log"
    stream = open(log, "w", encoding="utf-8")  # noqa: SIM115 - lives until exit
    sys.stderr = stream
    return stream
