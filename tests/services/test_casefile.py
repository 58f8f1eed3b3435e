"""The legal team's case file of a case built through the services, read back with pypdf."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from sqlalchemy import text

from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.documents.casefile_sections import SECTIONS
from oklima_dpo.documents.files import Written
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.gates import IdentityMethod
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind
from oklima_dpo.services import audit
from oklima_dpo.services.answers import casefile
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.casework import load_case
from oklima_dpo.services.cases.views import IdentityCheck
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review
from oklima_dpo.services.gathering import views as gathering_views
from oklima_dpo.store.models import Document
from tests.db import raw_session
from tests.documents.pdf_reading import flat, outline, pages_text, reader_of, toc_entries

from .helpers import open_request

GROUND = "Art. 17(3)(b) : obligation légale de conservation des factures (C. com. L123-22)"


def read(written: Written) -> tuple[list[str], list[tuple[str, int]], dict[str, int]]:
    reader = reader_of(written.path.read_bytes())
    return pages_text(reader), outline(reader), toc_entries(reader)


def answered_case(ctx: ServiceContext, tmp_path: Path) -> tuple[str, list[Path]]:
    mandate = tmp_path / "mandat signé.pdf"
    mandate.write_bytes(b"%PDF-1.4 mandat")
    letter = tmp_path / "demande manuscrite.jpg"
    letter.write_bytes(b"\xff\xd8\xff lettre")
    reference = open_request(
        ctx,
        rights=("access", "erasure"),
        representative_name="Maître Bernard Lefèvre",
        mandate_note="mandat écrit du 01/03/2025",
        mandate_file=mandate,
        attachments=(letter,),
    )
    case_steps.acknowledge(ctx, reference, on=date(2025, 3, 11))
    case_steps.record_identity_verified(
        ctx,
        reference,
        IdentityCheck(
            IdentityMethod.MATCHING_ANSWERS, "question sur le dernier contrat, réponse exacte"
        ),
        on=date(2025, 3, 12),
    )
    case_steps.decide(ctx, reference, Right.ACCESS, Outcome.GRANTED)
    case_steps.decide(ctx, reference, Right.ERASURE, Outcome.REFUSED, GROUND)
    case_steps.mark_answered(ctx, reference, on=date(2025, 3, 25), how="e-mail")
    return reference, [mandate, letter]


def test_the_case_file_tells_the_whole_case(ctx: ServiceContext, tmp_path: Path) -> None:
    reference, files = answered_case(ctx, tmp_path)
    written = casefile.build_case_file(ctx, reference, out=tmp_path / "out" / "dossier.pdf")
    assert written.path == tmp_path / "out" / "dossier.pdf"
    assert written.sha256 == hashlib.sha256(written.path.read_bytes()).hexdigest()
    pages, marks, contents = read(written)
    whole = " ".join(pages)
    assert [title for title, _page in marks] == list(SECTIONS)
    assert contents == dict(marks)
    for title, page in marks:
        assert title in pages[page - 1]
    # 1. Summary
    for fact in (
        reference,
        "Élodie Le Gall, représentée par Maître Bernard Lefèvre",
        "Droit d’accès (Art. 15), Droit à l’effacement (Art. 17)",
        "répondue",
        "lundi 10/03/2025 à 09:30",
        "jeudi 10/04/2025",
        "mardi 25/03/2025 (e-mail)",
        "dans les délais : réponse 16 jours avant l’échéance",
    ):
        assert fact in whole, fact
    # 2–4. Timeline, deadline in words, identity
    assert "accusé de réception" in whole and "réponse envoyée" in whole
    assert "un mois → 10/04/2025" in whole and "Échéance en vigueur : jeudi 10/04/2025" in whole
    assert "question sur le dernier contrat, réponse exacte" in whole
    assert "aucune copie de pièce d’identité" in whole
    # 5. Nothing gathered; no redaction
    assert "Aucune source interrogée" in whole
    assert "Occultations (données de tiers caviardées) aucune" in whole
    # 6. Decisions and grounds
    assert "Effacement : refusé" in whole and flat(GROUND) in flat(whole)
    # 7. Every document with its SHA-256
    for path in files:
        assert path.name in whole
        assert hashlib.sha256(path.read_bytes()).hexdigest() in flat(whole)
    # 8. The journal of the case and the chain
    entries = audit.list_entries(ctx, audit.JournalFilter(case_reference=reference))
    journal_page = " ".join(pages[dict(marks)["8. Journal d’audit"] - 1 :])
    for entry in entries:
        if entry.action != "case.casefile":
            assert f" {entry.seq} 25/03/2025 à 11:00 dpo.test" in journal_page
    assert "demande enregistrée" in journal_page and "document ajouté" in journal_page
    assert "Chaîne du journal : intacte" in whole
    # Producing it is journaled, with the file's SHA-256.
    produced = [e for e in entries if e.action == "case.casefile"]
    assert len(produced) == 1
    assert produced[0].details == {
        "file": "dossier.pdf",
        "sha256": written.sha256,
        "raw_data": False,
    }
    assert audit.verify_journal(ctx).intact


def test_the_default_folder_is_the_cases_own_and_nothing_is_replaced(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    reference = open_request(ctx)
    first = casefile.build_case_file(ctx, reference)
    second = casefile.build_case_file(ctx, reference)
    folder = ctx.documents_dir.parent / "exports" / reference
    assert first.path == folder / f"{reference}-DOSSIER.pdf"
    assert second.path == folder / f"{reference}-DOSSIER (2).pdf"
    assert first.path.read_bytes().startswith(b"%PDF")
    into = casefile.build_case_file(ctx, reference, out=tmp_path)
    assert into.path == tmp_path / f"{reference}-DOSSIER.pdf"
    pages, _marks, _contents = read(first)
    assert "en cours : 16 jours avant l’échéance" in " ".join(pages)
    assert f"réf. {reference}-DOSSIER — page 1 / {len(pages)}" in pages[0]


def test_a_tampered_journal_is_said_broken_at_its_first_bad_entry(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    reference, _files = answered_case(ctx, tmp_path)
    with raw_session(ctx.store) as session:
        session.execute(text("UPDATE audit_entries SET actor = 'intrus' WHERE seq = 3"))
        session.commit()
    pages, _marks, _contents = read(casefile.build_case_file(ctx, reference, out=tmp_path))
    whole = " ".join(pages)
    assert "Chaîne du journal : rompue à l’entrée n° 3" in whole
    assert "l’entrée n° 3 a été modifiée" in whole
    assert "intacte" not in whole


def test_a_redaction_document_is_listed(ctx: ServiceContext, tmp_path: Path) -> None:
    reference, _files = answered_case(ctx, tmp_path)
    with ctx.unit_of_work() as uow:
        case = load_case(uow, reference)
        uow.documents.add(
            case,
            Document(
                role="produced",
                filename="annexe caviardée.pdf",
                stored_as=f"{reference}/009-annexe caviardée.pdf",
                sha256="c" * 64,
                size=10,
                added_at=ctx.now().replace(tzinfo=None),
                added_by=ctx.actor,
            ),
        )
        uow.commit()
    pages, _marks, _contents = read(casefile.build_case_file(ctx, reference, out=tmp_path))
    whole = " ".join(pages)
    assert "« annexe caviardée.pdf » (produit pour la réponse)" in whole
    assert "Occultations (données de tiers caviardées) aucune" not in whole


def gathered_case(
    ctx: ServiceContext, catalogue: Catalogue, register: Register, estate: EstateSummary
) -> tuple[str, gathering_views.CaseData]:
    person = estate.hard_cases["homonyms"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        emails=(person["email"],),
        postal_address=f"1 rue de la Gare {person['postcode']} Lyon",
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    review.save_review(ctx, reference)
    data = review.case_data(ctx, reference)
    return reference, data


def raw_values(data: gathering_views.CaseData, asked: set[str]) -> set[str]:
    """Identifier-like values of the records found (digits or @), not given by the request."""
    return {
        flat(str(field.value))
        for finding in data.findings
        for field in finding.fields
        if isinstance(field.value, str | int)
        and field.shown in ("", str(field.value))  # dates and amounts are no identifiers
        and len(str(field.value)) >= 6
        and any(c.isdigit() or c == "@" for c in str(field.value))
        and str(field.value) not in asked
    }


def test_what_was_gathered_is_counted_without_its_values_unless_asked(
    ctx: ServiceContext,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    tmp_path: Path,
) -> None:
    reference, data = gathered_case(ctx, catalogue, register, estate)
    person = estate.hard_cases["homonyms"]
    snapshot = data.snapshots[-1].sha256
    written = casefile.build_case_file(ctx, reference, out=tmp_path)
    pages, _marks, _contents = read(written)
    whole = " ".join(pages)
    for source in data.sources:
        assert source.name in whole
    assert snapshot in flat(whole)
    homonym = next(f for f in data.findings if f.match == "name_only" and not f.included)
    assert flat(homonym.exclusion_reason or "") in flat(whole)
    values = raw_values(data, {person["email"], person["postcode"]})
    assert values, "the homonym's and the person's records hold identifiers"
    leaked = sorted(v for v in values if v in flat(whole))
    assert not leaked, f"raw values in the case file: {leaked}"
    assert "ne figurent pas dans ce dossier" in whole

    with_raw = casefile.build_case_file(ctx, reference, out=tmp_path, include_raw_data=True)
    raw_text = flat(" ".join(read(with_raw)[0]))
    included = {
        flat(field.shown or str(field.value))
        for finding in data.findings
        if finding.included
        for field in finding.fields
        if field.value not in (None, "")
    }
    assert included & values, "an included record's identifier"
    for value in included & values:
        assert value in raw_text, value
    # Values as the legal team reads them: a date the French way, not as stored.
    dated = [
        field
        for finding in data.findings
        if finding.included
        for field in finding.fields
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(field.value))
    ]
    assert dated, "an included record holds a date"
    assert flat(dated[0].shown) in raw_text and re.fullmatch(r"\d{2}/\d{2}/\d{4}", dated[0].shown)
    assert not any(flat(str(field.value)) in raw_text for field in dated)
    produced = audit.list_entries(
        ctx, audit.JournalFilter(case_reference=reference, action_prefix="case.casefile")
    )
    assert [e.details["raw_data"] for e in produced] == [True, False]  # newest first


def test_without_a_catalogue_the_sources_go_by_their_identifiers(
    ctx: ServiceContext,
    catalogue: Catalogue,
    register: Register,
    estate: EstateSummary,
    tmp_path: Path,
) -> None:
    reference, data = gathered_case(ctx, catalogue, register, estate)
    ctx.configuration.use_catalogue_file(None)  # and none chosen in the settings
    pages, _marks, _contents = read(casefile.build_case_file(ctx, reference, out=tmp_path))
    whole = " ".join(pages)
    assert "Le catalogue des sources n’a pu être lu" in whole
    asked = [s for s in data.sources if s.status != "not_asked"]
    for source in asked:
        assert source.source_id in whole
    assert data.snapshots[-1].sha256 in flat(whole)
