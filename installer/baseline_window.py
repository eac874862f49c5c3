"""The size and start-up baseline of issue 8: an empty PySide6 window, frozen with the same PyInstaller options
as fieldops (installer/baseline.spec). `--startup-probe` prints the same marker line as fieldops' probe once
the window is shown, then exits."""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    probe = "--startup-probe" in sys.argv
    if probe and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1180, 740)
    window.show()
    if probe:
        def shown() -> None:
            window.grab()
            print("startup-probe: main window shown", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
