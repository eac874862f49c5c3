"""The regional server: accounts and devices, the sync protocol (push/pull), media later (SYNC.md).

`fieldops server` runs it (uvicorn); `create_app(config)` builds the FastAPI app for tests and embedding.
Only this package imports FastAPI (import contract in pyproject.toml).
"""
