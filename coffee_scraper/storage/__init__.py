"""Postgres storage: connection, embedded server, migrations, and the batched catalogue writer."""
