"""The legal team's case file: the case, its gathering and its journal, as one PDF.

The plain data (:class:`CaseFileData`) is read here; ``documents/casefile.py`` lays it out.
Producing the file is journaled (``case.casefile``) with the file's SHA-256 — after writing,
so that entry is not in the file itself, which says so.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..documents import files
from ..documents.casefile import (
    CaseFileData,
    ChainResult,
    DeadlineWords,
    Decision,
    DocumentLine,
    Exclusion,
    ExecutionLine,
    ExecutionSource,
    Fact,
    Gathered,
    IdentityCheck,
    JournalLine,
    RawField,
    RawRecord,
    SnapshotLine,
    SourceLine,
    TableCount,
    TimelineEntry,
    moment,
    write_case_file,
)
from ..documents.files import Written
from ..domain.case import deadline_from
from ..domain.deadlines import Deadline, ExtensionReading, holiday_name
from ..domain.errors import DpoError
from ..domain.french import NBSP, fr_date, fr_weekday
from ..domain.register import Register
from ..domain.workflow import EventKind
from ..sources.catalogue import Catalogue
from ..sources.matching import MatchHow
from ..store import journal
from ..store.models import Case, Finding, ReviewSnapshot, SourceState
from . import gather
from . import settings as settings_service
from .casework import detail_from_case, load_case, timeline_of
from .context import ServiceContext
from .journal_words import DOCUMENT_ROLES, action_label, details_text
from .views import CaseDetail, DocumentView

__all__ = ["build_case_file", "case_file_data", "default_folder"]

#: A document or a journal entry that records a redaction says so in its role, name or action.
REDACTION = re.compile(r"caviard|redact|occult", re.IGNORECASE)
MAX_JOURNAL_ENTRIES = 1_000_000  # every entry of one case; a case has tens


def build_case_file(
    ctx: ServiceContext,
    reference: str,
    *,
    catalogue: Catalogue | None = None,
    register: Register | None = None,
    out: Path | None = None,
    include_raw_data: bool = False,
) -> Written:
    """Write the case file of ``reference`` and journal it; returns the file and its SHA-256.

    ``out`` is the file to write (a folder: the default name in it); the default is the
    settings' export folder, one sub-folder per case. An existing file is never replaced: the
    next free name is taken. Without ``catalogue``, the catalogue in use names the sources.
    """
    data = case_file_data(
        ctx,
        reference,
        catalogue=catalogue,
        register=register,
        include_raw_data=include_raw_data,
    )
    name = f"{data.document_reference}.pdf"
    if out is None:
        folder = default_folder(ctx) / data.reference
    elif out.is_dir():
        folder = out
    else:
        folder, name = out.parent, out.name
    written = files.write_new(folder, name, lambda handle: write_case_file(handle, data))
    try:
        with ctx.store.unit_of_work() as session:
            journal.append(
                session,
                at=ctx.now(),
                actor=ctx.actor,
                action="case.casefile",
                case_reference=data.reference,
                details={
                    "file": written.path.name,
                    "sha256": written.sha256,
                    "raw_data": include_raw_data,
                },
            )
            session.commit()
    except BaseException:
        written.path.unlink(missing_ok=True)  # no case file leaves without its journal entry
        raise
    return written


def default_folder(ctx: ServiceContext) -> Path:
    """The settings' export folder; unset, the program's (``Documents/OKLIMA DPO/exports``)."""
    chosen = settings_service.get_settings(ctx).export_folder
    return Path(chosen).expanduser() if chosen.strip() else ctx.default_exports_dir


# -- the data -------------------------------------------------------------------------------


def case_file_data(
    ctx: ServiceContext,
    reference: str,
    *,
    catalogue: Catalogue | None = None,
    register: Register | None = None,
    include_raw_data: bool = False,
) -> CaseFileData:
    """Everything the case file shows, read from the case base (nothing is journaled here)."""
    note = ""
    gathered_data: gather.CaseData | None = None
    if catalogue is None:
        catalogue, register, note = _catalogue_in_use(ctx, register)
    if catalogue is not None:
        if register is None:
            from .register import load_register

            register = load_register()
        gathered_data = gather.case_data(ctx, reference, catalogue, register)
    with ctx.store.unit_of_work() as session:
        settings = settings_service.read(session)
        case = load_case(session, reference, for_update=False)
        detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
        deadline = deadline_from(case.received_on, timeline_of(case), settings.policy, ctx.today())
        if gathered_data is None:
            gathered_data = _case_data_from_rows(session, case)
        entries = journal.entries(session, case_reference=case.reference, limit=MAX_JOURNAL_ENTRIES)
        check = journal.verify(session)
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
        summary=_summary(detail, deadline),
        timeline=tuple(
            TimelineEntry(e.on, e.actor, e.kind.label_fr, _event_text(e.text, e.data, names))
            for e in sorted(detail.timeline, key=lambda e: e.on)  # stable: same day, as recorded
        ),
        deadline=_deadline_words(detail, deadline),
        identity_checks=tuple(
            IdentityCheck(e.on, str((e.data or {}).get("verified_by") or e.actor), e.text or "")
            for e in detail.timeline
            if e.kind is EventKind.IDENTITY_VERIFIED
        ),
        identity_facts=_identity_facts(detail),
        gathered=_gathered(gathered_data, detail, lines, include_raw_data, note),
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
        documents=tuple(_document_line(d) for d in detail.documents),
        executions=_executions(ctx, reference),
        journal=tuple(lines),
        chain=ChainResult(check.entries, ctx.now(), check.first_bad_seq, check.problem),
        organisation=settings.organisation.name,
    )


def _digest_words(digest: dict[str, Any] | None) -> str:
    if not digest:
        return "—"
    return f"{digest.get('count', 0)} ligne(s), SHA-256 {str(digest.get('sha256', ''))[:16]}…"


def _executions(ctx: ServiceContext, reference: str) -> tuple[ExecutionLine, ...]:
    """Each right carried out: its frozen plan's SHA-256, each system's counts and hashes
    before and after, and the verification (Art. 5(2): the proof of what was done)."""
    from .execute import list_executions

    lines = []
    for view in list_executions(ctx, reference):
        result = view.result or {}
        sources = tuple(
            ExecutionSource(
                name=str(outcome.get("name") or source_id),
                status="appliqué" if outcome.get("status") == "applied" else "en échec",
                before=_digest_words(outcome.get("before")),
                after=_digest_words(outcome.get("after")),
                message=str(outcome.get("message") or ""),
            )
            for source_id, outcome in (result.get("sources") or {}).items()
        )
        applied = (
            f"{moment(view.applied_at.replace(tzinfo=UTC))} par {view.applied_by}"
            if view.applied_at
            else "non appliquée"
        )
        verification = view.verification or {}
        status = verification.get("status")
        words = (
            "Vérification : seul ce qui devait être conservé demeure."
            if status == "verified"
            else "Vérification : des données demeurent, voir le journal."
            if status
            else "Pas encore vérifiée."
        )
        lines.append(
            ExecutionLine(
                right=view.right.label_fr,
                status=view.status_label,
                plan_sha256=view.plan_sha256,
                applied=applied,
                sources=sources,
                verification=words,
            )
        )
    return tuple(lines)


def _catalogue_in_use(
    ctx: ServiceContext, register: Register | None
) -> tuple[Catalogue | None, Register | None, str]:
    from .sources import load_catalogue_in_use

    try:
        if register is None:
            from .register import load_register

            register = load_register()
        return load_catalogue_in_use(ctx, register), register, ""
    except DpoError as error:
        note = (
            f"Le catalogue des sources n’a pu être lu ({error}) : les sources sont désignées "
            "par leur identifiant."
        )
        return None, register, note


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"  # French: « 0 jour », « 1 jour »


def _summary(detail: CaseDetail, deadline: Deadline) -> tuple[Fact, ...]:
    person = detail.person_name
    if detail.representative_name:
        person += f", représentée par {detail.representative_name}"
    received = detail.received_at
    due = deadline.effective_due
    due_text = f"{fr_weekday(due)} {fr_date(due)}"
    if deadline.extended:
        due_text += f" (délai prolongé ; premier délai{NBSP}: {fr_date(deadline.due)})"
    if deadline.clock_stopped:
        due_text += " — délai suspendu en attente d’informations : la date avance chaque jour"
    sent = [e for e in detail.timeline if e.kind is EventKind.SENT]
    answered = "aucune réponse envoyée"
    if sent:
        answered = f"{fr_weekday(sent[0].on)} {fr_date(sent[0].on)}"
        if sent[0].text:
            answered += f" ({sent[0].text})"
        if len(sent) > 1:
            answered += "; envois suivants : " + ", ".join(fr_date(e.on) for e in sent[1:])
    return (
        Fact("Référence", detail.reference),
        Fact("Personne concernée", person),
        Fact(
            "Droits exercés",
            ", ".join(f"{r.right.label_fr} ({r.right.article})" for r in detail.rights),
        ),
        Fact("Statut", detail.status.label_fr),
        Fact("Reçue le", f"{fr_weekday(received.date())} {moment(received)}"),
        Fact("Canal", detail.channel.label_fr),
        Fact("Chargé(e) du dossier", detail.assignee or "personne (non attribuée)"),
        Fact("Échéance", due_text),
        Fact("Réponse envoyée le", answered),
        Fact("Respect du délai", _timeliness(detail, due, sent[0].on if sent else None)),
    )


def _timeliness(detail: CaseDetail, due: date, answered: date | None) -> str:
    if answered is not None:
        early = (due - answered).days
        if early > 0:
            return f"dans les délais : réponse {_plural(early, 'jour')} avant l’échéance"
        if early == 0:
            return "dans les délais : réponse le jour de l’échéance"
        return f"en retard de {_plural(-early, 'jour')}"
    if not detail.status.is_open:
        ended = next(
            (
                e
                for e in reversed(detail.timeline)
                if e.kind in (EventKind.WITHDRAWN, EventKind.CLOSED)
            ),
            None,
        )
        when = f" le {fr_date(ended.on)}" if ended else ""
        return f"sans objet : demande {detail.status.label_fr}{when} sans réponse envoyée"
    if detail.deadline.clock_stopped:
        return "délai suspendu : en attente des informations demandées"
    left = detail.deadline.days_left
    if left >= 0:
        return f"en cours : {_plural(left, 'jour')} avant l’échéance"
    return f"en retard de {_plural(-left, 'jour')} : aucune réponse envoyée"


def _event_text(text: str | None, data: dict[str, Any] | None, names: dict[str, str]) -> str:
    data = {k: v for k, v in (data or {}).items() if k != "verified_by"}  # the « Par » column
    parts = [details_text(data, names), text or ""]
    return " — ".join(part for part in parts if part)


def _split(explanation: str) -> tuple[str, ...]:
    """The domain joins its steps with « ; » (French spacing): one step a line here."""
    return tuple(step for step in explanation.split(f"{NBSP}; ") if step)


def _deadline_words(detail: CaseDetail, deadline: Deadline) -> DeadlineWords:
    policy = deadline.policy
    reading = (
        "réception + trois mois"
        if policy.extension_reading is ExtensionReading.RECEIPT_PLUS_THREE_MONTHS
        else "premier délai avant report + deux mois"
    )
    rules = (
        "RGPD, art. 12(3), et règlement (CEE, Euratom) n° 1182/71 : le jour de réception ne "
        "compte pas ; le délai d’un mois expire le même quantième du mois suivant (le dernier "
        "jour du mois à défaut) ; un samedi, un dimanche ou un jour férié reporte l’échéance "
        "au premier jour ouvrable suivant.",
        f"Jours fériés : calendrier {policy.calendar.label_fr}.",
        "Suspension pendant l’attente d’informations : "
        + ("appliquée." if policy.suspension_enabled else "désactivée dans les réglages."),
        f"Prolongation de deux mois (art. 12(3)) comptée ainsi : {reading}.",
    )
    extension = ""
    extended = next((e for e in detail.timeline if e.kind is EventKind.EXTENDED), None)
    if extended is not None:
        extension = (
            f"Prolongation décidée le {fr_date(extended.on)} par {extended.actor}, à notifier "
            f"avant le {fr_date(deadline.extension_notice_by)}. Motifs : {extended.text or '—'}"
        )
    due = deadline.effective_due
    conclusion = f"Échéance en vigueur : {fr_weekday(due)} {fr_date(due)}"
    if deadline.extended:
        conclusion += " (délai prolongé)"
    if deadline.clock_stopped:
        conclusion += " ; délai suspendu à ce jour : la date avance jusqu’à la réponse attendue"
    return DeadlineWords(
        rules=rules,
        first_steps=_split(deadline.explanation_first),
        extended_steps=_split(deadline.explanation_extended) if deadline.extended else (),
        extension=extension,
        holidays=tuple(_holidays(deadline.received, due, deadline)),
        conclusion=conclusion + ".",
    )


def _holidays(start: date, end: date, deadline: Deadline) -> Iterable[str]:
    """Every public holiday after receipt up to the deadline, named."""
    day = start + timedelta(days=1)
    while day <= end:
        name = holiday_name(day, deadline.policy.calendar)
        if name:
            yield f"{fr_weekday(day)} {fr_date(day)} : {name}"
        day += timedelta(days=1)


def _identity_facts(detail: CaseDetail) -> tuple[Fact, ...]:
    facts: dict[str, list[str]] = {}
    for identifier in detail.identifiers:
        facts.setdefault(identifier.kind.label_fr, []).append(identifier.value)
    result = [Fact(label.capitalize(), ", ".join(values)) for label, values in facts.items()]
    if detail.postal_address:
        result.append(Fact("Adresse postale", detail.postal_address))
    if detail.representative_name:
        result.append(Fact("Représentant", detail.representative_name))
        result.append(Fact("Mandat", detail.mandate_note or "—"))
    for document in detail.documents:
        if document.role == "mandate":
            result.append(Fact("Mandat (document)", f"{document.filename} — voir la section 7"))
    return tuple(result)


def _document_line(document: DocumentView) -> DocumentLine:
    return DocumentLine(
        DOCUMENT_ROLES.get(document.role, document.role),
        document.filename,
        document.sha256,
        document.size,
        document.added_at,
        document.added_by,
    )


# -- what was gathered ---------------------------------------------------------------------


def _gathered(
    data: gather.CaseData,
    detail: CaseDetail,
    journal_lines: list[JournalLine],
    include_raw_data: bool,
    note: str,
) -> Gathered:
    present = [f for f in data.findings if f.change != "gone"]
    counts: Counter[tuple[str, str, str]] = Counter()
    for finding in data.findings:
        state = "gone" if finding.change == "gone" else "in" if finding.included else "out"
        counts[(finding.source_id, finding.table_label, state)] += 1
    tables: dict[str, list[str]] = {}
    for source_id, table, _state in counts:
        if table not in tables.setdefault(source_id, []):
            tables[source_id].append(table)
    sources = tuple(
        SourceLine(
            s.name,
            s.status_label,
            s.message or "",
            tuple(
                TableCount(
                    t,
                    counts[(s.source_id, t, "in")],
                    counts[(s.source_id, t, "out")],
                    counts[(s.source_id, t, "gone")],
                )
                for t in tables.get(s.source_id, [])
            ),
        )
        for s in data.sources
    )
    excluded: dict[tuple[str, str], list[str]] = {}
    for finding in data.findings:
        if not finding.included:
            where = f"{finding.source_name} › {finding.table_label}"
            reason = finding.exclusion_reason or "sans motif enregistré"
            excluded.setdefault((where, reason), []).append(finding.key)
    exclusions = tuple(
        Exclusion(where, reason, len(keys), tuple(keys) if include_raw_data else ())
        for (where, reason), keys in excluded.items()
    )
    raw = None
    if include_raw_data:
        raw = tuple(
            RawRecord(
                f"{f.source_name} › {f.table_label}",
                f.key,
                "inclus" if f.included else f"écarté : {f.exclusion_reason or '—'}",
                tuple(RawField(x.label, _value(x.value), x.category_label) for x in f.fields),
            )
            for f in present
        )
    return Gathered(
        sources=sources if data.gathered else (),
        snapshots=tuple(
            SnapshotLine(s.created_at.replace(tzinfo=UTC), s.created_by, s.complete, s.sha256)
            for s in data.snapshots
        ),
        exclusions=exclusions,
        redactions=_redactions(detail, journal_lines),
        raw_records=raw,
        note=note if data.sources or data.findings else "",  # no gathering: nothing to name
    )


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _redactions(detail: CaseDetail, journal_lines: list[JournalLine]) -> tuple[str, ...]:
    lines = [
        f"« {d.filename} » ({DOCUMENT_ROLES.get(d.role, d.role)}), ajouté le {moment(d.added_at)} "
        f"par {d.added_by} — SHA-256 {d.sha256}"
        for d in detail.documents
        if REDACTION.search(d.role) or REDACTION.search(d.filename)
    ]
    lines += [
        f"journal n° {e.seq} du {moment(e.at)} : {e.action} — {e.details}"
        for e in journal_lines
        if REDACTION.search(e.action)
    ]
    return tuple(lines)


def _case_data_from_rows(session: Session, case: Case) -> gather.CaseData:
    """What :func:`gather.case_data` gives, from the rows alone (no catalogue to name things)."""
    states = session.scalars(
        select(SourceState).where(SourceState.case_id == case.id).order_by(SourceState.source_id)
    )
    sources = tuple(
        gather.SourceStateView(
            s.source_id,
            s.source_id,
            "",
            s.status,
            gather.STATUS_LABELS.get(s.status, s.status),
            s.message,
            s.records,
            s.updated_at,
            "",
        )
        for s in states
    )
    findings = tuple(
        gather.FindingView(
            id=row.id,
            source_id=row.source_id,
            source_name=row.source_id,
            table=row.table_name,
            table_label=row.table_name,
            key=row.record_key,
            fields=tuple(
                gather.FieldView(
                    f["name"],
                    f.get("label") or f["name"],
                    f.get("value"),
                    f.get("category", ""),
                    f.get("category", ""),
                )
                for f in row.fields
            ),
            matches=(),
            match=row.match,
            match_label=MatchHow(row.match).label_fr,
            retention_exceeded=bool((row.retention or {}).get("exceeded")),
            retention_text=(row.retention or {}).get("explanation"),
            change=row.change,
            change_label=gather.CHANGE_LABELS.get(row.change, row.change),
            included=row.included,
            exclusion_reason=row.exclusion_reason,
            reviewed_by=row.reviewed_by,
        )
        for row in session.scalars(
            select(Finding)
            .where(Finding.case_id == case.id)
            .order_by(Finding.source_id, Finding.table_name, Finding.id)
        )
    )
    snapshots = tuple(
        gather.SnapshotView(s.id, s.created_at, s.created_by, s.complete, s.sha256)
        for s in session.scalars(
            select(ReviewSnapshot)
            .where(ReviewSnapshot.case_id == case.id)
            .order_by(ReviewSnapshot.id)
        )
    )
    return gather.CaseData(case.reference, sources, findings, snapshots)
