"""The laptop side of sync: server link and session (`session`), the push/pull engine (`engine`),
applying pulled records (`apply`), the HTTP transport (`transport`)."""
