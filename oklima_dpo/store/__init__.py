"""The case base: SQLAlchemy models, the unit of work, the audit journal, migrations."""
