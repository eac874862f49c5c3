"""Alembic environment of the server database: always run on a connection handed in by fieldops.server.db."""

from alembic import context

from fieldops.server.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, compare_type=True,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
