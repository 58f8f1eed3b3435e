"""Use cases: one function per thing a user does. The only API of the GUI and the CLI.

Functions take a :class:`ServiceContext` and plain values, return plain dataclasses (never
ORM objects) and raise :class:`~oklima_dpo.domain.errors.DpoError` subclasses only.
"""
