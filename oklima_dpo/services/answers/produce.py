"""Producing what leaves for a case: a letter, or a package (the access answer with its annex
and data, the portability export), written safely into the export folder, kept in the case
with each file's SHA-256, and journaled; all in one unit of work, the case loaded once.

An access or portability package needs the case's reviewed data: only the included records
of a complete review may leave. A password for an encrypted delivery is returned once to the
caller and kept nowhere.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any

from ...documents import access as access_doc
from ...documents import letters
from ...documents.access_annex import data_annex
from ...documents.access_json import access_json
from ...documents.pdf import Letterhead
from ...documents.portability import PortabilityExport
from ...domain.answers import LetterKind
from ...domain.identity import IdentifierKind
from ...domain.review import ReviewSnapshot
from ...store.models import Case
from ...store.unit_of_work import UnitOfWork
from ..case_documents import checked_bytes, kept_document
from ..cases.casework import detail_from_case, load_case
from ..cases.gates import checklist_in
from ..cases.views import CaseDetail
from ..context import ServiceContext
from ..errors import DpoError, InvalidInput
from ..gathering.snapshot import reviewed_snapshot_in
from ..settings.model import Organisation
from ..settings.model import read as read_settings
from .access import PersonIdentity, access_content, included_findings
from .files import redactions_json, write_letter_files, write_portability_files
from .letter_data import letter_data_in
from .portability import portable_records
from .recording import (
    Produced,
    export_folder,
    is_wording_edit,
    json_bytes,
    next_production_number,
    record_produced_in,
)

__all__ = ["default_wording", "letterhead_of", "produce"]

LANGUAGES = ("fr", "en")


def produce(
    ctx: ServiceContext,
    reference: str,
    kind: LetterKind,
    *,
    language: str | None = None,
    encrypt: bool = False,
    out: Path | None = None,
    wording_override: Sequence[str] | None = None,
) -> Produced:
    """Write the letter or package ``kind`` for the case; ``wording_override`` is the DPO's
    edit of its wording (kept in the case)."""
    if kind is LetterKind.ART19_NOTICE:
        raise DpoError(
            "La notification de l’article 19 s’adresse à un destinataire : la produire depuis "
            "sa tâche (destinataires de la demande)."
        )
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference)
        checklist_in(uow, ctx, case, settings, letter=kind).check()
        detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
        language = _language(language or detail.language or "fr")
        number = next_production_number(case)
        document_reference = f"{detail.reference}-{kind.code}-{number:02d}"
        folder = Path(out) if out else export_folder(ctx, settings, detail.reference)
        data = letter_data_in(uow, ctx, case, detail, kind, settings.organisation, language)
        package = _Package(ctx, uow, case, detail, kind, language, settings.organisation)
        data = replace(data, masked=package.redactions)  # said only when something was
        letter_pdf = BytesIO()
        letters.write_letter(
            letter_pdf,
            kind,
            data,
            letterhead=letterhead_of(settings.organisation),
            document_reference=document_reference,
            extra=package.extra,
            annex=package.annex,
            wording_override=wording_override,
        )
        if kind is LetterKind.PORTABILITY:
            written, password = write_portability_files(
                folder,
                document_reference,
                letter_pdf.getvalue(),
                package.portability(),
                encrypt=encrypt,
            )
        else:
            written, password = write_letter_files(
                folder,
                document_reference,
                letter_pdf.getvalue(),
                package.side_files(document_reference),
                encrypt=encrypt,
            )
        produced = record_produced_in(
            uow,
            ctx,
            case,
            kind,
            document_reference,
            written,
            password=password,
            redactions=package.redactions,
            wording_override=wording_override,
            encrypted=encrypt,
            language=language,
        )
        uow.commit()
        return produced


def letterhead_of(organisation: Organisation) -> Letterhead:
    return Letterhead(
        organisation.name, organisation.address, organisation.registration, organisation.logo
    )


def default_wording(
    ctx: ServiceContext,
    reference: str,
    kind: LetterKind,
    language: str | None = None,
    *,
    kept: bool = True,
) -> list[str]:
    """The editable paragraphs of the letter: the DPO's last edit for this kind and language
    (unless ``kept`` is false), else the default wording filled in for the case."""
    with ctx.unit_of_work() as uow:
        settings = read_settings(uow, ctx.holidays)
        case = load_case(uow, reference, for_update=False)
        detail = detail_from_case(case, settings.policy, ctx.today(), ctx.documents_dir)
        language = language or detail.language
        edits = [d for d in case.documents if is_wording_edit(d.role, d.filename, kind)]
        if edits and kept:
            latest = kept_document(case.reference, max(edits, key=lambda d: d.id))
            stored = json.loads(checked_bytes(ctx, latest).decode("utf-8"))
            if stored.get("language") == language:
                return list(stored["paragraphs"])
        data = letter_data_in(uow, ctx, case, detail, kind, settings.organisation, language)
    return letters.editable_paragraphs(kind, data)


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput({"language": f"Langue « {language} » inconnue : fr ou en."})
    return language


class _Package:
    """What goes with the letter: built from the reviewed snapshot for the kinds that need it
    (access, portability, « aucune donnée »), nothing for the others."""

    def __init__(
        self,
        ctx: ServiceContext,
        uow: UnitOfWork,
        case: Case,
        detail: CaseDetail,
        kind: LetterKind,
        language: str,
        organisation: Organisation,
    ) -> None:
        self.extra: list[Any] = []
        self.annex: list[Any] = []
        self.redactions = 0
        self._side: list[tuple[str, bytes]] = []
        self._ctx, self._detail, self._organisation = ctx, detail, organisation
        if not kind.needs_review:
            return
        self._register = ctx.configuration.register()
        self._catalogue = ctx.configuration.catalogue(uow)
        self._snapshot = reviewed_snapshot_in(uow, case)
        if kind is LetterKind.ACCESS:
            self._access(language)
        elif kind is LetterKind.NO_DATA:
            if included_findings(self._snapshot, detail.reference):
                raise DpoError(
                    "Des enregistrements sont inclus dans la revue : la réponse « aucune "
                    "donnée » ne convient pas ; produire la réponse d’accès."
                )
        else:
            included_findings(self._snapshot, detail.reference)  # complete, or a clear refusal

    def _access(self, language: str) -> None:
        content = access_content(
            _person(self._detail),
            self._snapshot,
            self._catalogue,
            self._register,
            language=language,
            generated_at=self._ctx.now(),
            organisation=self._organisation,
        )
        if not content.records:
            raise DpoError(
                "Aucun enregistrement n’est inclus dans la revue : répondre par le courrier "
                "« aucune donnée » (no-data), ou revoir les enregistrements."
            )
        self.extra = access_doc.information_sections(content)
        self.annex = data_annex(content)
        self.redactions = sum(r.count for r in content.redactions)
        self._content = content

    def side_files(self, document_reference: str) -> list[tuple[str, bytes]]:
        """The access answer's data as JSON, and what was masked in them."""
        content = getattr(self, "_content", None)
        if content is None:
            return []
        files = [(f"{document_reference}-donnees.json", json_bytes(access_json(content)))]
        if content.redactions:
            files.append(
                (f"{document_reference}-caviardages.json", redactions_json(content.redactions))
            )
        return files

    def portability(self) -> PortabilityExport:
        snapshot: ReviewSnapshot | None = self._snapshot
        assert snapshot is not None  # refused above when the review is missing
        selection = portable_records(snapshot, self._catalogue, self._register)
        return PortabilityExport(
            reference=self._detail.reference,
            person=self._detail.person_name,
            controller=self._register.controller,
            generated_at=self._ctx.now(),
            records=selection.records,
        )


def _person(detail: CaseDetail) -> PersonIdentity:
    return PersonIdentity(
        detail.reference,
        detail.person_name,
        tuple((IdentifierKind(i.kind.value), i.normalized) for i in detail.identifiers),
    )
