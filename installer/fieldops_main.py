"""PyInstaller entry point of the folder build: the same as `python -m ui` (see ui/__main__.py)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
