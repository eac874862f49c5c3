"""Services behind the `FieldOps` façade; each mutating method is one unit of work returning `Changes`."""
