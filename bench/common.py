"""Shared bench helpers: cached demo workspaces, medians, a uniform report line."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(os.environ.get("FIELDOPS_BENCH_DIR", Path(__file__).resolve().parent / "out"))


def workspace(operations: int) -> Path:
    """A demo workspace with `operations` operations, built once and reused (bench/out/ws-N)."""
    from fieldops import demo, paths

    home = OUT / f"ws-{operations}"
    if not paths.exists(home):
        started = time.perf_counter()
        print(f"building a {operations:,}-operation demo workspace in {home} …", file=sys.stderr, flush=True)
        demo.build(home, operations=operations, items=60)
        print(f"  built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return home


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000.0


def report(name: str, figures: dict[str, float | int | str], ratio: float, target: float) -> dict[str, object]:
    verdict = "PASS" if ratio <= target else "MISS"
    line = {"bench": name, **figures, "ratio": round(ratio, 2), "target": target, "verdict": verdict}
    print(json.dumps(line, ensure_ascii=False))
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "results.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"at": time.strftime("%Y-%m-%dT%H:%M:%S"), **line}, ensure_ascii=False) + "\n")
    return line


def start_server(database_url: str, data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    """The real `fieldops server` on loopback (fast test password hashing), once it answers /v1/health."""
    import httpx

    from fieldops.keyslots import FAST_KDF

    env = {**os.environ, "FIELDOPS_SERVER_KDF": f"{FAST_KDF.time_cost},{FAST_KDF.memory_kib},{FAST_KDF.parallelism}"}
    proc = subprocess.Popen([sys.executable, "-c", "from fieldops.cli import main; raise SystemExit(main())",
                             "server", "--host", "127.0.0.1", "--port", str(port), "--database-url", database_url,
                             "--data-dir", str(data_dir), "--log-level", "warning"], env=env)
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")
