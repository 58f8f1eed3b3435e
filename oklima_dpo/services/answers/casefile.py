"""The legal team's case file: the case, its gathering, its executions and its journal, as
one PDF. The plain data (:class:`CaseFileData`) is read here in one unit of work;
``documents/casefile.py`` lays it out. Producing the file is journaled (``case.casefile``)
with the file's SHA-256 — after writing, so that entry is not in the file itself, which says
so.
"""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

from ...documents import files
from ...documents.casefile import write_case_file
from ...documents.casefile_data import (
    CaseFileData,
    ChainResult,
    Decision,
    IdentityCheck,
    JournalLine,
    TimelineEntry,
)
from ...documents.files import Written
from ...domain.case import deadline_from
from ...domain.workflow import EventKind
from ...store.models import Case
from ...store.unit_of_work import UnitOfWork
from ..cases.casework import detail_from_case, load_case, timeline_of
from ..context import ServiceContext
from ..errors import DpoError
from ..execution.views import executions_in
from ..gathering.case_data import case_data_in
from ..journal_words import action_label, details_text
from ..settings.model import read as read_settings
from .casefile_gathered import gathered
from .casefile_words import (
    deadline_words,
    document_line,
    event_text,
    execution_lines,
    identity_facts,
    identity_words,
    summary,
)
from .recording import export_folder

__all__ = ["build_case_file", "case_file_data"]

MAX_JOURNAL_ENTRIES = 1_000_000  # every entry of one case; a case has tens


def build_case_file(
    ctx: ServiceContext,
    reference: str,
    *,
    out: Path | None = None,
    include_raw_data: bool = False,
) -> Written:
    """Write the case file of ``reference`` and journal it; returns the file and its SHA-256.

    ``out`` is the file to write (a folder: the default name in it); the default is the
    settings' export folder, one sub-folder per case. An existing file is never replaced: the
    next free name is taken. The catalogue in use names the sources (their ids when it
    cannot be read, which the file says).
    """
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        data = case_file_data_in(uow, ctx, case, include_raw_data=include_raw_data)
        name = f"{data.document_reference}.pdf"
        if out is None:
            folder = export_folder(ctx, read_settings(uow, ctx.holidays), data.reference)
        elif out.is_dir():
            folder = out
        else:
            folder, name = out.parent, out.name
        written = files.write_new(folder, name, lambda handle: write_case_file(handle, data))
        try:
            uow.journal.record(
                "case.casefile",
                case_reference=data.reference,
                details={
                    "file": written.path.name,
                    "sha256": written.sha256,
                    "raw_data": include_raw_data,
                },
            )
            uow.commit()
        except BaseException:
            written.path.unlink(missing_ok=True)  # no case file leaves without its journal entry
            raise
    return written


def case_file_data(
    ctx: ServiceContext, reference: str, *, include_raw_data: bool = False
) -> CaseFileData:
    """Everything the case file shows, read from the case base (nothing is journaled here)."""
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference, for_update=False)
        return case_file_data_in(uow, ctx, case, include_raw_data=include_raw_data)


def case_file_data_in(
    uow: UnitOfWork, ctx: ServiceContext, case: Case, *, include_raw_data: bool
) -> CaseFileData:
    settings = read_settings(uow, ctx.holidays)
    register = ctx.configuration.register()
    try:
        catalogue = ctx.configuration.catalogue(uow)
        note = ""
    except DpoError as error:
        catalogue, note = (
            None,
            (
                f"Le catalogue des sources n’a pu être lu ({error}) : les sources sont désignées "
                "par leur identifiant."
            ),
        )
    gathered_data = case_data_in(uow, case, catalogue, register)
    detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
    deadline = deadline_from(case.received_on, timeline_of(case), settings.policy, ctx.today())
    entries = uow.journal.entries(case_reference=case.reference, limit=MAX_JOURNAL_ENTRIES)
    check = uow.journal.verify()
    names = {s.source_id: s.name for s in gathered_data.sources}
    lines = [
        JournalLine(
            e.seq,
            e.at.replace(tzinfo=UTC),
            e.actor,
            action_label(e.action),
            details_text(json.loads(e.details), names),
        )
        for e in reversed(entries)
    ]
    return CaseFileData(
        reference=detail.reference,
        produced_at=ctx.now(),
        produced_by=ctx.actor,
        summary=summary(detail, deadline),
        timeline=tuple(
            TimelineEntry(e.on, e.actor, e.kind.label_fr, event_text(e.text, e.data, names))
            for e in sorted(detail.timeline, key=lambda e: e.on)  # stable: same day, as recorded
        ),
        deadline=deadline_words(detail, deadline),
        identity_checks=tuple(
            IdentityCheck(
                e.on, str((e.data or {}).get("verified_by") or e.actor), identity_words(e)
            )
            for e in detail.timeline
            if e.kind is EventKind.IDENTITY_VERIFIED
        ),
        identity_facts=identity_facts(detail),
        gathered=gathered(gathered_data, detail, lines, include_raw_data, note),
        decisions=tuple(
            Decision(
                f"{r.right.label_fr} ({r.right.article})",
                r.outcome.label_fr if r.outcome else "pas encore décidé",
                r.legal_ground or "",
                r.decided_at,
                r.decided_by or "",
            )
            for r in detail.rights
        ),
        documents=tuple(document_line(d) for d in detail.documents),
        executions=execution_lines(executions_in(uow, case, catalogue)),
        journal=tuple(lines),
        chain=ChainResult(check.entries, ctx.now(), check.first_bad_seq, check.problem),
        organisation=settings.organisation.name,
    )
