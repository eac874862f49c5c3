"""P1 start-up: process start to an interactive main window showing data, on a 100k-operation workspace,
vs process start to a bare PySide6 window, in the same run (interleaved, median of N). Target: <= 2x.

The fieldops figure includes signing in: Argon2id key derivation (the cost that protects the workspace
against offline guessing) and opening the encrypted database; its share is printed separately."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from bench.common import median_ms, report, workspace


def _spawn(args: list[str]) -> dict[str, float]:
    """Seconds from spawning the child to each READY* line it prints."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.p1_child", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    marks: dict[str, float] = {}
    for line in proc.stdout:
        if line.startswith("READY"):
            marks[line.strip()] = time.perf_counter() - started
            if line.strip() == "READY":
                break
    proc.wait(timeout=30)
    if "READY" not in marks:
        raise RuntimeError(f"child {args[0]} exited with {proc.returncode} before READY")
    return marks


def _kdf_seconds() -> float:
    from fieldops.keyslots import DEFAULT_KDF, _kek

    started = time.perf_counter()
    _kek("x" * 12, b"\0" * 16, DEFAULT_KDF)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--operations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--typing-ms", type=int, default=2000, help="time the officer takes to type the password")
    args = parser.parse_args()
    from fieldops.demo import DEMO_PASSWORD

    home = workspace(args.operations)
    _spawn(["bare"])  # warm the OS file cache for both
    _spawn(["app", str(home), "officer.lv", DEMO_PASSWORD])
    bare: list[float] = []
    login: list[float] = []
    main_window: list[float] = []
    after_enter: list[float] = []
    for _ in range(args.runs):
        bare.append(_spawn(["bare"])["READY"])
        marks = _spawn(["app", str(home), "officer.lv", DEMO_PASSWORD])
        login.append(marks["READY_LOGIN"])
        main_window.append(marks["READY"])
        typed = _spawn(["app", str(home), "officer.lv", DEMO_PASSWORD, str(args.typing_ms)])
        after_enter.append(typed["READY"] - typed["READY_SIGN_IN_PRESSED"])
    kdf = min(_kdf_seconds() for _ in range(3))
    base = median_ms(bare)
    report("P1 start-up: sign-in window interactive", {
        "operations": args.operations, "runs": args.runs, "bare_window_ms": round(base),
        "fieldops_sign_in_window_ms": round(median_ms(login))}, median_ms(login) / base, 2.0)
    report("P1 start-up: through sign-in (no typing pause) to the main window with data", {
        "operations": args.operations, "runs": args.runs, "bare_window_ms": round(base),
        "fieldops_main_window_ms": round(median_ms(main_window)), "of_which_argon2id_ms": round(kdf * 1000)},
        median_ms(main_window) / base, 2.0)
    report("P1 start-up: Enter on the sign-in window to the main window with data (password typed)", {
        "operations": args.operations, "runs": args.runs, "typing_ms": args.typing_ms, "bare_window_ms": round(base),
        "enter_to_main_window_ms": round(median_ms(after_enter)), "of_which_argon2id_ms": round(kdf * 1000)},
        median_ms(after_enter) / base, 2.0)


if __name__ == "__main__":
    main()
