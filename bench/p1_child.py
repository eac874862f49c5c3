"""Child process of the P1 benchmark: starts either a bare PySide6 window or the fieldops app, and prints
READY when the window is shown and (for fieldops) its first screen shows real data."""

from __future__ import annotations

import sys


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1180, 740)
    window.show()
    QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
    app.exec()


def fieldops_app(home: str, user: str, password: str, typing_ms: int = 0) -> None:
    """The real start path: sign-in window (READY_LOGIN), then sign-in as a user would press Enter, then the
    main window with the overview's real counts loaded (READY)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import Controller
    from ui.resources import register_search_paths

    app = QApplication(sys.argv[:1])
    register_search_paths()
    from fieldops import paths

    controller = Controller(app, paths.resolve_home(home))
    controller.show_login()

    def shown() -> None:
        print("READY_LOGIN", flush=True)
        QTimer.singleShot(typing_ms, sign_in)  # the officer typing the password

    def sign_in() -> None:
        print("READY_SIGN_IN_PRESSED", flush=True)
        dialog = controller.login
        assert dialog is not None
        dialog.username.setText(user)
        dialog.password.setText(password)
        dialog.ok.click()
        poll()

    def poll() -> None:
        window = controller.window
        first = window.stack.currentWidget() if window else None
        if window and getattr(first, "loaded", False) and window.status_waiting.text():
            print("READY", flush=True)
            controller.shutdown()
            app.quit()
        else:
            QTimer.singleShot(1, poll)

    QTimer.singleShot(0, shown)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        fieldops_app(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 0)
