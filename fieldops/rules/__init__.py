"""Rule packs and the rule engine for hunter and traffic checks (LV, LT). Qt-free.

    book = default_book()
    result = evaluate(book, "traffic", "LV", date(2024, 11, 10), {"alcohol_permille": [0.3],
                                                                   "driver_category": "novice"})
    result.flags[0].code == "alcohol_over_limit"

See docs/rules.md for the pack format and the flag codes.
"""

from __future__ import annotations

from functools import cache

from fieldops.rules.engine import FLAG_CODES, Evaluation, Flag, evaluate
from fieldops.rules.packs import Pack, RuleBook, rules_dir
from fieldops.rules.validate import validate_facts

__all__ = ["FLAG_CODES", "Evaluation", "Flag", "Pack", "RuleBook", "default_book", "evaluate", "rules_dir",
           "validate_facts"]


@cache
def default_book() -> RuleBook:
    """The packs of `rules_dir()`, loaded once per process (`default_book.cache_clear()` to reload)."""
    return RuleBook.load(rules_dir())
