"""Translation markers for the Qt-free core.

The core never translates; it marks strings so that `pyside6-lupdate` extracts them into the `.ts` files
and the UI translates them with `QCoreApplication.translate(context, text)`. lupdate recognises the
literal name `QT_TRANSLATE_NOOP`, which is why the marker carries it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; return it unchanged."""
    return text

