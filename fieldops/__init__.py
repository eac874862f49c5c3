"""fieldops core: Qt-free domain, local encrypted store, services and the `FieldOps` façade."""

__version__ = "0.1.0"
