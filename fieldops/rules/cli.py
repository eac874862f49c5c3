"""`fieldops rules list` and `fieldops rules evaluate CHECKS.json` (see docs/rules.md for the formats).

Exit codes of `evaluate`: 0 every check evaluated, 1 at least one check has an `error`, 2 the file cannot be
read or is not a JSON list (a malformed rule pack also exits 2 through `fieldops.cli.main`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from fieldops.errors import ErrorCode, FieldOpsError
from fieldops.rules.engine import evaluate
from fieldops.rules.packs import Pack, RuleBook, rules_dir

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _book(args: argparse.Namespace) -> RuleBook:
    return RuleBook.load(args.rules_dir or rules_dir())


def _write_json(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _pack_ref(pack: Pack) -> dict[str, Any]:
    return {"id": pack.id, "version": pack.version, "effective_from": pack.effective_from.isoformat()}


def _error(exc: FieldOpsError) -> dict[str, Any]:
    return {"code": exc.code.value, "field": exc.field, "message": exc.english()}


def evaluate_entry(book: RuleBook, entry: object) -> dict[str, Any]:
    """One output object for one input check; a bad check gets `error` instead of raising."""
    out: dict[str, Any] = {"id": entry.get("id") if isinstance(entry, dict) else None, "pack": None, "flags": [],
                           "error": None}
    try:
        if not isinstance(entry, dict):
            raise FieldOpsError(ErrorCode.INVALID, detail="each check must be a JSON object")
        kind, country, when = entry.get("kind"), entry.get("country"), entry.get("date")
        if not isinstance(kind, str):
            raise FieldOpsError(ErrorCode.REQUIRED if kind is None else ErrorCode.INVALID, field="kind",
                                detail=f"{kind!r:.40}")
        if not isinstance(country, str):
            raise FieldOpsError(ErrorCode.REQUIRED if country is None else ErrorCode.INVALID, field="country",
                                detail=f"{country!r:.40}")
        if when is None:
            raise FieldOpsError(ErrorCode.REQUIRED, field="date")
        try:
            if not isinstance(when, str) or not _DATE_RE.match(when):
                raise ValueError
            on = date.fromisoformat(when)
        except ValueError:
            raise FieldOpsError(ErrorCode.INVALID, field="date", detail=f"expected YYYY-MM-DD, got {when!r:.40}")\
                from None
        if country in book.countries:
            out["pack"] = _pack_ref(book.pack_for(country, on))
        result = evaluate(book, kind, country, on, entry.get("facts", {}))
        out["flags"] = [flag.as_dict() for flag in result.flags]
    except FieldOpsError as exc:
        out["error"] = _error(exc)
    return out


def cmd_evaluate(args: argparse.Namespace) -> int:
    book = _book(args)
    path = Path(args.checks)
    try:
        checks = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    if not isinstance(checks, list):
        print(f"error: {path} must hold a JSON list of checks", file=sys.stderr)
        return 2
    results = [evaluate_entry(book, entry) for entry in checks]
    _write_json(results)
    return 1 if any(r["error"] for r in results) else 0


def cmd_list(args: argparse.Namespace) -> int:
    book = _book(args)
    rows = [{**_pack_ref(p), "country": p.country,
             "effective_to": p.effective_to.isoformat() if p.effective_to else None, "title": p.title,
             "file": p.path.name} for p in book.packs]
    if args.json:
        _write_json(rows)
        return 0
    for row in rows:
        print(f"{row['id']:<16} {row['country']}  v{row['version']:<3} {row['effective_from']} .. "
              f"{row['effective_to'] or 'open':<10}  {row['title']}")
    return 0


def register(subparsers: Any) -> None:
    """Add `rules list` and `rules evaluate` to the `fieldops` command's subparsers."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--rules-dir", help="directory of rule packs (default: $FIELDOPS_RULES_DIR or the "
                                            "packs shipped in resources/rules)")
    p = subparsers.add_parser("rules", help="hunter and traffic rule packs")
    rsub = p.add_subparsers(dest="rules_command", required=True)
    lp = rsub.add_parser("list", parents=[common], help="list the rule packs and their dates")
    lp.add_argument("--json", action="store_true")
    lp.set_defaults(func=cmd_list)
    ep = rsub.add_parser("evaluate", parents=[common],
                         help="judge a JSON list of checks; print their flags as JSON (exit 1 if any had an error)")
    ep.add_argument("checks", metavar="CHECKS.json")
    ep.set_defaults(func=cmd_evaluate)
