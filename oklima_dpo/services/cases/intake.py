"""Opening a case: every check on what was typed, then the case, its first event, its journal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from ...domain.case import Channel
from ...domain.errors import DomainError
from ...domain.french import PARIS, fr_date, paris_day
from ...domain.identity import (
    Identifier,
    IdentifierKind,
    clean_display_name,
    fold_name,
    make_identifier,
)
from ...domain.parsing import parse_enum
from ...domain.rights import Right, parse_right
from ...domain.text import clean_text
from ...domain.workflow import OPEN_STATUSES, EventKind, Status
from ...store.models import Case, CaseRight, Document, Event, Person, PersonIdentifier
from ...store.unit_of_work import UnitOfWork
from ..context import ServiceContext
from ..document_store import check_readable, remove_quietly, store_copy
from ..errors import InvalidInput
from ..sealed_storage import file_key
from ..settings.model import read as read_settings
from .casework import refresh_deadline
from .views import NewCase

LANGUAGES = ("fr", "en")
T = TypeVar("T")


@dataclass(frozen=True)
class CheckedCase:
    """A new request once every field has been validated and normalised."""

    name: str
    rights: tuple[Right, ...]
    received_at: datetime  # aware UTC
    channel: Channel
    identifiers: tuple[Identifier, ...]
    postal_address: str
    request_text: str
    language: str
    representative_name: str
    mandate_note: str
    mandate_file: Path | None
    attachments: tuple[Path, ...]


def _identifier(kind: IdentifierKind, typed: str) -> Identifier:
    """One identifier as typed: a text first (no control character, at most 254 characters:
    an e-mail address's limit), then its kind's rules."""
    return make_identifier(kind, clean_text(typed, kind.label_fr.capitalize(), max_length=254))


def check_new_case(new: NewCase, now: datetime) -> CheckedCase:
    """Validate everything at once so that the form can show each problem beside its field."""
    problems: dict[str, str] = {}

    def attempt(field: str, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except DomainError as error:
            problems.setdefault(field, str(error))
        except InvalidInput as error:  # a file check: it names its own field
            for name, text in error.problems.items():
                problems.setdefault(name, text)
        return None

    name = attempt(
        "name",
        lambda: clean_display_name(clean_text(new.name, "Nom", max_length=200, required=True)),
    )
    rights: list[Right] = []
    for text in new.rights:
        right = attempt("rights", partial(parse_right, text))
        if right is not None and right not in rights:
            rights.append(right)
    if not new.rights:
        problems["rights"] = "Cocher au moins un droit exercé."
    channel = attempt(
        "channel",
        lambda: parse_enum(Channel, clean_text(new.channel, "Canal", max_length=20), "Canal"),
    )

    identifiers: list[Identifier] = []
    for field, kind, values in (
        ("emails", IdentifierKind.EMAIL, new.emails),
        ("phones", IdentifierKind.PHONE, new.phones),
        ("customer_numbers", IdentifierKind.CUSTOMER_NO, new.customer_numbers),
        ("contract_numbers", IdentifierKind.CONTRACT_NO, new.contract_numbers),
    ):
        for value in values:
            if not value.strip():
                continue
            identifier = attempt(field, partial(_identifier, kind, value))
            if identifier and identifier.normalized not in {i.normalized for i in identifiers}:
                identifiers.append(identifier)
    address = (
        attempt(
            "postal_address",
            lambda: clean_text(
                new.postal_address, "Adresse postale", max_length=500, multiline=True
            ),
        )
        or ""
    )
    request_text = attempt(
        "text",
        lambda: clean_text(
            new.request_text, "Texte de la demande", max_length=50_000, multiline=True
        ),
    )
    if (
        not identifiers
        and not address
        and not problems.keys() & {"emails", "phones", "customer_numbers", "contract_numbers"}
    ):
        problems["identifiers"] = (
            "Indiquer au moins un moyen d’identifier la personne : e-mail, téléphone, "
            "numéro client ou de contrat, ou adresse postale."
        )

    received_at = new.received_at
    if received_at.tzinfo is None:
        received_at = received_at.replace(tzinfo=PARIS)
    received_at = received_at.astimezone(UTC)
    if received_at > now:
        problems["received_at"] = (
            f"La date de réception ({fr_date(paris_day(received_at))}) est dans le futur."
        )

    representative = " ".join(
        (
            attempt(
                "representative",
                lambda: clean_text(new.representative_name, "Représentant", max_length=200),
            )
            or ""
        ).split()
    )
    mandate_note = (
        attempt(
            "mandate",
            lambda: clean_text(new.mandate_note, "Mandat", max_length=2000, multiline=True),
        )
        or ""
    )
    if representative and not (new.mandate_file or mandate_note):
        problems["mandate"] = (
            "Une demande faite par un représentant exige son mandat : joindre le document "
            "ou noter comment il a été vérifié."
        )
    for field, path in [("mandate", new.mandate_file)] + [
        ("attachments", p) for p in new.attachments
    ]:
        if path is not None:
            attempt(field, partial(check_readable, path, field))
    language = new.language.strip().lower()
    if language not in LANGUAGES:
        problems["language"] = f"Langue « {new.language} » : choisir fr ou en."

    if problems:
        raise InvalidInput(problems)
    assert name is not None and channel is not None
    return CheckedCase(
        name=name,
        rights=tuple(rights),
        received_at=received_at,
        channel=channel,
        identifiers=tuple(identifiers),
        postal_address=address,
        request_text=request_text or "",
        language=language,
        representative_name=representative,
        mandate_note=mandate_note,
        mandate_file=new.mandate_file,
        attachments=new.attachments,
    )


def add_case(
    uow: UnitOfWork, ctx: ServiceContext, checked: CheckedCase, *, is_demo: bool = False
) -> Case:
    """Create the case in the caller's unit of work (shared by the intake and the demo)."""
    policy = read_settings(uow, ctx.holidays).policy
    now = ctx.now().replace(tzinfo=None)
    received_on = paris_day(checked.received_at)
    reference = uow.cases.next_reference(received_on.year)
    case = Case(
        reference=reference,
        received_at=checked.received_at.replace(tzinfo=None),
        received_on=received_on,
        channel=checked.channel.value,
        language=checked.language,
        status=Status.RECEIVED.value,
        request_text=checked.request_text,
        representative_name=checked.representative_name or None,
        mandate_note=checked.mandate_note or None,
        is_demo=is_demo,
        created_at=now,
        updated_at=now,
    )
    case.person = Person(
        display_name=checked.name,
        folded_name=fold_name(checked.name),
        postal_address=checked.postal_address or None,
        identifiers=[
            PersonIdentifier(kind=i.kind.value, value=i.value, normalized=i.normalized)
            for i in checked.identifiers
        ],
    )
    case.rights = [CaseRight(right=r.value) for r in checked.rights]
    case.events = [
        Event(
            kind=EventKind.RECEIVED.value,
            occurred_on=received_on,
            recorded_at=now,
            actor=ctx.actor,
            data={"channel": checked.channel.value},
        )
    ]
    refresh_deadline(case, policy)
    uow.cases.add(case)
    uow.journal.record(
        "case.opened",
        case_reference=reference,
        details={
            "received_on": received_on.isoformat(),
            "channel": checked.channel.value,
            "rights": [r.value for r in checked.rights],
            "identifiers": len(checked.identifiers),
            "representative": bool(checked.representative_name),
        },
    )
    return case


def open_case(ctx: ServiceContext, new: NewCase) -> str:
    """Record a new request; returns its reference (DR-YYYY-NNNN)."""
    checked = check_new_case(new, ctx.now())
    copied: list[str] = []
    key = file_key(ctx)
    with ctx.unit_of_work() as uow:
        case = add_case(uow, ctx, checked)
        files = [("mandate", checked.mandate_file)] if checked.mandate_file else []
        files += [("received", path) for path in checked.attachments]
        try:
            for number, (role, path) in enumerate(files, start=1):
                relative, digest, size = store_copy(
                    path, ctx.documents_dir, case.reference, number, key
                )
                copied.append(relative)
                uow.documents.add(
                    case,
                    Document(
                        role=role,
                        filename=path.name,
                        stored_as=relative,
                        sha256=digest,
                        size=size,
                        added_at=ctx.now().replace(tzinfo=None),
                        added_by=ctx.actor,
                    ),
                )
                uow.journal.record(
                    "case.document_added",
                    case_reference=case.reference,
                    details={"role": role, "sha256": digest, "size": size},
                )
            uow.commit()
        except BaseException:
            remove_quietly(ctx.documents_dir, copied)
            raise
        return case.reference


def checked_duplicates(ctx: ServiceContext, new: NewCase) -> list[str]:
    """Before recording ``new``: the intake's checks first (their problems matter more than a
    look-alike), then the open cases that share an identifier with it."""
    check_new_case(new, ctx.now())
    return possible_duplicates(ctx, new)


def possible_duplicates(ctx: ServiceContext, new: NewCase) -> list[str]:
    """Open cases that share an e-mail, phone, customer or contract number with ``new``."""
    keys = []
    for kind, values in (
        (IdentifierKind.EMAIL, new.emails),
        (IdentifierKind.PHONE, new.phones),
        (IdentifierKind.CUSTOMER_NO, new.customer_numbers),
        (IdentifierKind.CONTRACT_NO, new.contract_numbers),
    ):
        for value in values:
            try:
                keys.append((kind.value, make_identifier(kind, value).normalized))
            except DomainError:
                continue  # reported by the checks; not a reason to miss the others
    with ctx.unit_of_work() as uow:
        return uow.cases.open_sharing(keys, [s.value for s in OPEN_STATUSES])
