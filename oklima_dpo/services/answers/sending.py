"""Sending what was produced: the documents marked sent by a channel on a date, journaled with
each file's SHA-256; an answer moves the case to answered (or refused), an acknowledgement
takes it in charge."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from ...domain.answers import LetterKind
from ...domain.workflow import EventKind, Status, is_allowed
from ..cases.casework import detail_from_case, load_case, record_event
from ..cases.steps import answer_sent_in
from ..cases.views import CaseDetail, DocumentView
from ..context import ServiceContext
from ..errors import InvalidInput
from ..settings.model import read as read_settings

__all__ = ["mark_sent", "produced_documents", "produced_in"]


def produced_in(documents: Iterable[DocumentView]) -> list[DocumentView]:
    """The documents the program produced for the case: the ones that may be marked sent
    (not those received with the request, nor the kept edits of a wording)."""
    return [d for d in documents if d.role == "produced"]


def produced_documents(ctx: ServiceContext, reference: str) -> list[DocumentView]:
    """The files produced for the case (with their ids, for :func:`mark_sent`); no journal."""
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference, for_update=False)
        detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
    return produced_in(detail.documents)


def mark_sent(
    ctx: ServiceContext,
    reference: str,
    document_ids: Sequence[int],
    *,
    channel: str,
    on: date | None = None,
) -> CaseDetail:
    """The documents left by ``channel``: journaled with each file's SHA-256; an answer moves
    the case to answered (or refused), an acknowledgement takes it in charge."""
    channel = " ".join(channel.split())
    if not channel:
        raise InvalidInput({"channel": "Indiquer comment les documents sont partis."})
    if not document_ids:
        raise InvalidInput({"documents": "Choisir au moins un document envoyé."})
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference)
        produced = {d.id: d for d in case.documents if d.role == "produced"}
        unknown = [i for i in document_ids if i not in produced]
        if unknown:
            raise InvalidInput(
                {
                    "documents": f"Le document n° {unknown[0]} n’a pas été produit "
                    "pour cette demande."
                }
            )
        sent = [produced[i] for i in document_ids]
        kinds = {LetterKind.of_document(d.filename) for d in sent}
        uow.journal.record(
            "case.documents_sent",
            case_reference=case.reference,
            details={
                "channel": channel,
                "on": (on or ctx.today()).isoformat(),
                "files": [{"name": d.filename, "sha256": d.sha256} for d in sent],
            },
        )
        status = Status(case.status)
        if any(k is not None and k.is_answer for k in kinds):
            answer_sent_in(uow, ctx, case, settings.policy, on, channel)
        elif LetterKind.ACKNOWLEDGEMENT in kinds and is_allowed(status, EventKind.ACKNOWLEDGED):
            record_event(
                uow,
                ctx,
                case,
                EventKind.ACKNOWLEDGED,
                policy=settings.policy,
                on=on,
                text=channel,
            )
        uow.commit()
        return detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
