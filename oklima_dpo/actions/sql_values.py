"""A plan's values (JSON) and a database's values, made comparable both ways: written as the
column expects them, compared as text (1 and True, a date and its ISO text are the same)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric
from sqlalchemy.types import TypeEngine


def typed(value: Any, type_: TypeEngine[Any]) -> Any:
    """A value from the plan (JSON) as the column expects it."""
    if value is None:
        return None
    if isinstance(type_, Boolean):
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "oui", "vrai")
        return bool(value)
    if isinstance(type_, Integer) and isinstance(value, str):
        text = value.strip()
        return int(text) if text.lstrip("-").isdigit() else value
    if isinstance(type_, Numeric) and isinstance(value, str):
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            return value
    if isinstance(type_, DateTime) and isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(type_, Date) and isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def plain(value: Any) -> Any:
    """A stored value as JSON holds it: the form both comparisons and digests use."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


def same(stored: Any, planned: Any) -> bool:
    """The stored value is the planned one (as text: 1 and True, a date and its ISO text)."""
    left, right = plain(stored), plain(planned)
    if left is None or right is None:
        return left is None and right is None
    if isinstance(left, float) or isinstance(right, float):
        try:
            return float(left) == float(right)
        except (TypeError, ValueError):
            return False
    return str(left).strip() == str(right).strip()
