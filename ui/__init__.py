"""fieldops desktop app (PySide6). Talks to the core only through the `FieldOps` façade."""
