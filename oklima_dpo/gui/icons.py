"""Icons of the program (SVG in resources/icons), loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..domain.deadlines import Urgency
from ..paths import resource

URGENCY_ICON_FILES = {
    Urgency.OVERDUE: "overdue.svg",
    Urgency.DUE_IN_2: "due-2.svg",
    Urgency.DUE_IN_7: "due-7.svg",
    Urgency.SUSPENDED: "suspended.svg",
}


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", name)))


def urgency_icon(urgency: Urgency) -> QIcon | None:
    name = URGENCY_ICON_FILES.get(urgency)
    return icon(name) if name else None
