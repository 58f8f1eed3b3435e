"""The case file's words: the summary, the deadline reasoned step by step, the identity
checks, the documents and each execution, as the legal team reads them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, timedelta
from typing import Any

from ...documents.casefile_data import (
    DeadlineWords,
    DocumentLine,
    ExecutionLine,
    ExecutionSource,
    Fact,
    moment,
)
from ...domain.deadlines import Deadline, ExtensionReading
from ...domain.french import NBSP, fr_date, fr_weekday
from ...domain.gates import IdentityMethod
from ...domain.workflow import EventKind
from ..cases.views import CaseDetail, DocumentView, EventView
from ..code_words import DOCUMENT_ROLES
from ..execution.views import ExecutionView
from ..journal_words import details_text

__all__ = [
    "deadline_words",
    "document_line",
    "event_text",
    "execution_lines",
    "identity_facts",
    "summary",
]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"  # French: « 0 jour », « 1 jour »


def summary(detail: CaseDetail, deadline: Deadline) -> tuple[Fact, ...]:
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


def event_text(text: str | None, data: dict[str, Any] | None, names: dict[str, str]) -> str:
    data = {k: v for k, v in (data or {}).items() if k != "verified_by"}  # the « Par » column
    parts = [details_text(data, names), text or ""]
    return " — ".join(part for part in parts if part)


def _split(explanation: str) -> tuple[str, ...]:
    """The domain joins its steps with « ; » (French spacing): one step a line here."""
    return tuple(step for step in explanation.split(f"{NBSP}; ") if step)


def deadline_words(detail: CaseDetail, deadline: Deadline) -> DeadlineWords:
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
        name = deadline.policy.holiday_name(day)
        if name:
            yield f"{fr_weekday(day)} {fr_date(day)} : {name}"
        day += timedelta(days=1)


def identity_words(event: EventView) -> str:
    """How an identity was established, as the case file says it: the method, the mandate,
    the note."""
    data = event.data or {}
    method = IdentityMethod.recorded(data.get("method"))
    parts = [] if method is IdentityMethod.OTHER else [method.label_fr.capitalize()]
    if data.get("mandate_checked"):
        parts.append("mandat du représentant vérifié")
    if event.text:
        parts.append(event.text)
    return " ; ".join(parts) or "—"


def identity_facts(detail: CaseDetail) -> tuple[Fact, ...]:
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


def document_line(document: DocumentView) -> DocumentLine:
    return DocumentLine(
        DOCUMENT_ROLES.get(document.role, document.role),
        document.filename,
        document.sha256,
        document.size,
        document.added_at,
        document.added_by,
    )


def _digest_words(digest: dict[str, Any] | None) -> str:
    if not digest:
        return "—"
    return f"{digest.get('count', 0)} ligne(s), SHA-256 {str(digest.get('sha256', ''))[:16]}…"


def execution_lines(executions: Iterable[ExecutionView]) -> tuple[ExecutionLine, ...]:
    """Each right carried out: its frozen plan's SHA-256, each system's counts and hashes
    before and after, and the verification (Art. 5(2): the proof of what was done)."""
    lines = []
    for view in executions:
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
