"""What a SQL source is asked: the expressions its indexes can answer for an identifier.

The database only narrows the rows; the connector checks every row again in Python, which is
what makes ``%``, ``_``, quotes and SQL words in an identifier match themselves alone.

Names are folded in SQL as :func:`~oklima_dpo.domain.identity.fold_name` folds them
(case, hyphens, apostrophes, accents): fully on PostgreSQL, for the accents most frequent in
French names on SQLite, for case only on other databases. The demo estate indexes these
expressions, so that a look-up in a million rows is an index search.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import phonenumbers
from sqlalchemy import String, Unicode, UnicodeText, func, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType

from ...domain.identity import IdentifierKind

TEXT_TYPES = (String, Unicode, UnicodeText, NullType)


def match_expression(kind: IdentifierKind, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """What the database compares with :func:`match_values` for an identity field.

    The demo estate creates its indexes on these expressions (``lower(email)``), so that a
    look-up in a million rows is an index search.
    """
    if not isinstance(column.type, TEXT_TYPES):
        column = column.cast(String)  # an integer customer number, a numeric postcode
    if kind is IdentifierKind.EMAIL:
        return func.lower(column)
    if kind.is_name:
        return _FoldedName(column)
    if kind in (IdentifierKind.CUSTOMER_NO, IdentifierKind.CONTRACT_NO):
        return func.upper(column)
    return column


def match_values(kind: IdentifierKind, values: Sequence[str]) -> list[str]:
    """The stored spellings worth asking the database for, given normalised identifiers."""
    spellings: dict[str, None] = {}
    for value in values:
        if kind is IdentifierKind.PHONE:
            spellings.update(dict.fromkeys(phone_spellings(value)))
        else:
            spellings[value] = None
    return list(spellings)


class _FoldedName(FunctionElement[str]):
    """A name as :func:`~oklima_dpo.domain.identity.fold_name` folds it, as far as SQL can.

    PostgreSQL: ``translate`` removes the accents of Latin letters in either case, hyphens
    and apostrophes become spaces. SQLite (whose ``lower`` only knows ASCII, and whose parser
    refuses deeply nested calls): hyphens, apostrophes and the accents most frequent in French
    names. Other databases: case only. Constants are written in the SQL, not bound, so that
    an index on this expression answers the query.
    """

    type = String()
    name = "oklima_folded_name"
    inherit_cache = True


_ACCENTED = "àáâãäåèéêëìíîïòóôõöùúûüýÿçñÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝŸÇÑ"
_PLAIN = "aaaaaaeeeeiiiiooooouuuuyycnAAAAAAEEEEIIIIOOOOOUUUUYYCN"
_SPACED = "-'’.,"
_SQLITE_FOLDS = [("-", " "), ("'", " "), ("’", " ")] + [
    (accented, plain) for accented, plain in zip("éèêëàâçîïôûùüÉÈ", "eeeeaaciiouuuEE", strict=True)
]


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@compiles(_FoldedName)
def _fold_default(element: _FoldedName, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(_FoldedName, "postgresql")
def _fold_postgresql(element: _FoldedName, compiler: Any, **kw: Any) -> str:
    source = _ACCENTED + _SPACED
    target = _PLAIN + " " * len(_SPACED)
    inner = compiler.process(element.clauses, **kw)
    return f"lower(translate({inner}, {_quoted(source)}, {_quoted(target)}))"


@compiles(_FoldedName, "sqlite")
def _fold_sqlite(element: _FoldedName, compiler: Any, **kw: Any) -> str:
    folded = compiler.process(element.clauses, **kw)
    for accented, plain in _SQLITE_FOLDS:
        folded = f"replace({folded}, {_quoted(accented)}, {_quoted(plain)})"
    return f"lower({folded})"


def phone_spellings(e164: str) -> list[str]:
    """The usual written forms of a number: ``0612345678``, ``06 12 34 56 78``, ``+33 6 12…``.

    A phone number is stored as it was typed; an index on the column answers ``IN`` on these
    forms, where normalising every stored number would read the whole table.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return [e164]
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(number, fmt.NATIONAL)  # 06 12 34 56 78
    international = phonenumbers.format_number(number, fmt.INTERNATIONAL)  # +33 6 12 34 56 78
    code = f"+{number.country_code}"
    rest = international[len(code) :].strip()  # 6 12 34 56 78
    national_digits = "".join(c for c in national if c.isdigit())
    forms = [e164, national_digits, e164[1:], "00" + e164[1:], e164[len(code) :]]
    for sep in (" ", ".", "-", ""):
        grouped_national = sep.join(national.split())
        grouped_rest = sep.join(rest.split())
        forms += [
            grouped_national,
            f"{code}{sep}{grouped_rest}",
            f"{code} {grouped_rest}",
            f"00{code[1:]}{sep}{grouped_rest}",
            f"00{code[1:]} {grouped_rest}",
            f"{code} (0){grouped_rest}",
            f"{code} (0) {grouped_rest}",
            f"{code}(0){grouped_rest}",
        ]
    return list(dict.fromkeys(forms))


def mention_condition(
    kind: IdentifierKind, column: ColumnElement[Any], values: Sequence[str]
) -> ColumnElement[bool]:
    """Free text that may mention one of ``values`` (the Python check decides)."""
    if kind is IdentifierKind.PHONE:
        terms = dict.fromkeys(s for value in values for s in phone_spellings(value))
        return or_(*(column.contains(term, autoescape=True) for term in terms))
    target = func.lower(column) if kind is IdentifierKind.EMAIL else func.upper(column)
    return or_(*(target.contains(value, autoescape=True) for value in values))
