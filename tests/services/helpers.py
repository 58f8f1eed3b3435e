"""Building requests for service tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from oklima_dpo.domain.french import PARIS
from oklima_dpo.services import intake
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.views import NewCase

BASE_REQUEST = NewCase(
    name="Élodie Le Gall",
    rights=("access",),
    received_at=datetime(2025, 3, 10, 9, 30, tzinfo=PARIS),
    channel="email",
    emails=("elodie.legall@exemple.fr",),
)


def new_request(**changes: object) -> NewCase:
    return replace(BASE_REQUEST, **changes)  # type: ignore[arg-type]


def open_request(ctx: ServiceContext, **changes: object) -> str:
    return intake.open_case(ctx, new_request(**changes))
