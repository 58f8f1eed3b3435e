"""What leaves: the access package (Art. 15 from the register, the annex, JSON, redaction),
portability, letters, encryption, and marking documents sent — read back for real."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from pypdf import PdfReader

from oklima_dpo import paths
from oklima_dpo.demo.estate import EstateSummary
from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.gates import GateRefused
from oklima_dpo.domain.register import Register
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind, Status
from oklima_dpo.services import audit
from oklima_dpo.services.answers.produce import default_wording, produce
from oklima_dpo.services.answers.recording import keeps_wording_edit
from oklima_dpo.services.answers.sending import mark_sent, produced_documents, produced_in
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.gates import override_warning
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import DpoError
from oklima_dpo.services.gathering import gather as gathering
from oklima_dpo.services.gathering import review
from oklima_dpo.services.gathering import views as gathering_views

from .helpers import establish_identity, open_request, ready_to_answer


def pdf_text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    text = "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")
    return " ".join(text.split())  # lines broken by the layout joined again


def reviewed_case(
    ctx: ServiceContext,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
    hard_case: str = "mentioned_in_other_mail",
    rights: tuple[str, ...] = ("access",),
) -> tuple[str, gathering_views.CaseData]:
    """A request gathered, its identity established, the paper archives skipped with a reason
    and its rights granted: the review remains to be saved."""
    person = estate.hard_cases[hard_case]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        rights=rights,
        emails=(person["email"],),
        postal_address=f"4 rue des Tilleuls\n{person.get('postcode', '75001')} Ville",
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    data = gathering.gather_case(ctx, reference)
    data = review.skip_source(
        ctx, reference, "paper_archives", "Aucun dossier papier pour les clients en ligne"
    )
    establish_identity(ctx, reference)
    for right in rights:
        case_steps.decide(ctx, reference, Right(right), Outcome.GRANTED)
    return reference, data


def test_the_access_package_is_derived_from_what_was_found(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    reference, data = reviewed_case(ctx, estate, catalogue, register)
    excluded = next(f for f in data.findings if f.source_id == "billing")
    review.review_finding(
        ctx, reference, excluded.id, included=False, reason="Facture d’un autre titulaire"
    )
    with pytest.raises(DpoError, match="revue des données"):
        produce(ctx, reference, LetterKind.ACCESS)
    review.save_review(ctx, reference)

    produced = produce(ctx, reference, LetterKind.ACCESS)
    names = [f.path.name for f in produced.files]
    assert names[0] == f"{reference}-ACCES-01.pdf"
    assert f"{reference}-ACCES-01-donnees.json" in names
    text = pdf_text(produced.files[0].path)
    # The Art. 15 items in plain words, the activities grouped by legal basis.
    flat = " ".join(text.split())
    for item in (
        "Comment nous utilisons vos données",
        "Pour exécuter votre contrat",
        "Vos données concernées",
        "Combien de temps nous les gardons",
        "Qui reçoit vos données",
        "D’où viennent vos données",
        "Vos droits",
        "Réclamation",
    ):
        assert item in flat
    assert "Aucune décision fondée exclusivement sur un traitement automatisé" in flat
    # Each retention rule once; OKLIMA's address one way (the settings'), never the
    # charter's other spelling.
    assert flat.count("Nous conservons notamment les factures pendant une durée de 10 ans") <= 1
    assert "92 200" not in flat and "20bis" not in flat
    assert "OKLIMA, 20 bis rue Louis Philippe, 92200 Neuilly-sur-Seine" in flat
    # This person's sources: the CRM's channels, not every third party of the charter.
    newsletter = [f for f in data.findings if f.source_id == "newsletter" and f.included]
    if not newsletter:
        assert "filiales du Groupe EDF" not in flat
    # An activity whose data were not found is not named (the prospect's consent marketing).
    found_activities = {a.name.fr for a in register.activities}
    assert "Prospection commerciale par voie électronique" not in text or any(
        f.source_id == "newsletter" and f.included for f in data.findings
    )
    assert found_activities  # the register is the source of what is said
    # The excluded record never appears; accents and typography right.
    assert excluded.key not in text
    assert f"réf. {reference}" in text and "Délégué à la protection des données" in text
    # The JSON validates against its published schema and holds the same records.
    json_file = next(f.path for f in produced.files if f.path.name.endswith("donnees.json"))
    content = json.loads(json_file.read_text("utf-8"))
    schema = json.loads(paths.resource("schemas", "access.schema.json").read_text("utf-8"))
    jsonschema.validate(content, schema)
    keys = [r["key"] for s in content["data"] for t in s["tables"] for r in t["records"]]
    assert excluded.key not in keys and keys
    # Another customer named in a support e-mail is masked, and the masking is listed.
    sender = estate.hard_cases["mentioned_in_other_mail"]["sender_email"]
    assert sender not in text and sender not in json_file.read_text("utf-8")
    assert produced.redactions >= 1
    assert f"ont été occultées ({produced.redactions} élément" in text  # how many, said
    assert any(f.path.name.endswith("caviardages.json") for f in produced.files)
    # Each file is kept in the case with its SHA-256, and the production journaled.
    detail = case_steps.show_case(ctx, reference)
    kept = {d.filename: d.sha256 for d in detail.documents if d.role == "produced"}
    assert all(kept[f.path.name] == f.sha256 for f in produced.files)
    entries = [e for e in audit.list_entries(ctx) if e.action == "case.package_produced"]
    assert entries and entries[-1].details["files"][0]["sha256"] == produced.files[0].sha256


def test_an_encrypted_access_package_needs_its_password(
    ctx: ServiceContext,
    estate: EstateSummary,
    catalogue: Catalogue,
    register: Register,
    tmp_path: Path,
) -> None:
    reference, _data = reviewed_case(ctx, estate, catalogue, register)
    review.save_review(ctx, reference)
    produced = produce(ctx, reference, LetterKind.ACCESS, encrypt=True, out=tmp_path / "envoi")
    assert produced.password and len(produced.password.replace("-", "")) >= 20
    letter = produced.files[0].path
    assert PdfReader(str(letter)).is_encrypted
    assert "Comment nous utilisons vos données" in pdf_text(letter, produced.password)
    for path in (tmp_path / "envoi").rglob("*"):
        if path.is_file():
            assert produced.password.encode() not in path.read_bytes()
    assert not (tmp_path / "envoi" / ".clair").exists()


def test_portability_and_letters_and_sending(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    reference, _data = reviewed_case(
        ctx, estate, catalogue, register, "email_in_capitals", ("access", "portability")
    )
    review.save_review(ctx, reference)
    portability = produce(ctx, reference, LetterKind.PORTABILITY)
    assert [f.path.suffix for f in portability.files] == [".pdf", ".zip"]

    refusal_case = open_request(ctx, rights=("erasure",))
    with pytest.raises(DpoError, match="Aucun droit n’est refusé"):
        produce(ctx, refusal_case, LetterKind.REFUSAL)
    case_steps.decide(
        ctx,
        refusal_case,
        Right.ERASURE,
        Outcome.REFUSED,
        "article 17(3)(b) du RGPD — factures conservées dix ans (Code de commerce, art. L123-22)",
    )
    refusal = produce(ctx, refusal_case, LetterKind.REFUSAL)
    text = pdf_text(refusal.files[0].path)
    assert "Commission nationale de l’informatique et des libertés" in text
    assert "L123-22" in text
    detail = mark_sent(
        ctx, refusal_case, [refusal.files[0].document_id], channel="courrier recommandé"
    )
    assert detail.status is Status.REFUSED
    sent = [e for e in audit.list_entries(ctx) if e.action == "case.documents_sent"][-1]
    assert sent.details["files"][0]["sha256"] == refusal.files[0].sha256
    assert sent.details["channel"] == "courrier recommandé"


def test_the_acknowledgement_takes_the_case_in_charge_when_sent(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    produced = produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT)
    text = pdf_text(produced.files[0].path)
    assert f"réf. {reference}" in text and "10/03/2025" in text
    detail = mark_sent(ctx, reference, [produced.files[0].document_id], channel="e-mail")
    assert detail.status is Status.IN_PROGRESS


def test_the_dpos_wording_is_kept_and_used_again(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    default = default_wording(ctx, reference, LetterKind.ACKNOWLEDGEMENT)
    edited = [*default[:-1], "Nous reviendrons vers vous très vite, promis."]
    produced = produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT, wording_override=edited)
    assert "très vite, promis" in pdf_text(produced.files[0].path)
    assert default_wording(ctx, reference, LetterKind.ACKNOWLEDGEMENT) == edited
    again = produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT)
    assert again.files[0].path.name.endswith("-AR-02.pdf")


def test_the_case_says_which_letters_keep_an_edit_of_their_wording(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT)  # the model's wording: nothing kept
    documents = case_steps.show_case(ctx, reference).documents
    assert not keeps_wording_edit(documents, LetterKind.ACKNOWLEDGEMENT)
    edited = [*default_wording(ctx, reference, LetterKind.ACKNOWLEDGEMENT)[:-1], "Modifié."]
    produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT, wording_override=edited)
    documents = case_steps.show_case(ctx, reference).documents
    assert keeps_wording_edit(documents, LetterKind.ACKNOWLEDGEMENT)
    assert not keeps_wording_edit(documents, LetterKind.EXTENSION)  # another letter's


def test_only_produced_files_may_be_marked_sent(ctx: ServiceContext, tmp_path: Path) -> None:
    received = tmp_path / "courrier.pdf"
    received.write_bytes(b"%PDF-1.4 courrier de la personne")
    reference = open_request(ctx, attachments=(received,))
    edited = [*default_wording(ctx, reference, LetterKind.ACKNOWLEDGEMENT)[:-1], "Modifié."]
    produced = produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT, wording_override=edited)
    documents = case_steps.show_case(ctx, reference).documents
    assert {d.role for d in documents} == {"received", "produced", "wording"}
    assert [d.filename for d in produced_in(documents)] == [produced.files[0].path.name]
    assert produced_in(documents) == produced_documents(ctx, reference)


def test_an_english_letter_on_request(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    produced = produce(ctx, reference, LetterKind.ACKNOWLEDGEMENT, language="en")
    assert "Data Protection Officer" in pdf_text(produced.files[0].path)


def test_sending_needs_documents_of_this_case(ctx: ServiceContext) -> None:
    from oklima_dpo.services.errors import InvalidInput

    reference = open_request(ctx)
    with pytest.raises(InvalidInput):
        mark_sent(ctx, reference, [], channel="e-mail")
    with pytest.raises(InvalidInput):
        mark_sent(ctx, reference, [999], channel="e-mail")


def test_the_erasure_answer_says_what_was_erased_and_what_was_kept(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    from oklima_dpo.services.execution import applying, planning

    person = estate.hard_cases["email_in_capitals"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        rights=("erasure",),
        emails=(person["email"],),
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    ready_to_answer(ctx, reference)
    case_steps.decide(ctx, reference, Right.ERASURE, Outcome.GRANTED)
    with pytest.raises(DpoError, match="Exécuter d’abord"):
        produce(ctx, reference, LetterKind.ERASURE)
    planned = planning.plan_execution(ctx, reference, "erasure")
    applying.apply_execution(ctx, reference, planned.id)
    answer = produce(ctx, reference, LetterKind.ERASURE)
    text = pdf_text(answer.files[0].path)
    assert answer.files[0].path.name == f"{reference}-EFFAC-01.pdf"
    # Per category of data, in the register's words: no system, table or record key.
    assert "Nous avons effacé les données suivantes : – Noms et prénoms" in text
    assert "Adresses e-mail" in text and "CRM clients" not in text
    assert "Facturation" not in text and "enregistrement" not in text
    assert "Factures" in text and "L123-22" in text  # kept, with its ground
    assert re.search(r"conservées jusqu’au \d{2}/\d{2}/\d{4}", text)  # and until when
    assert "article 17(3)" in text.lower() or "17(3)" in text
    # True of this case only: no recipient told yet, no owner's task open, no « (s) ».
    assert "article 19" not in text and "encore en cours" not in text
    assert "(s)" not in text


def test_an_erasure_awaiting_an_owner_says_so_and_an_access_without_masking_says_none(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    from oklima_dpo.services.execution import applying, planning

    person = estate.hard_cases["email_in_capitals"]
    reference = open_request(
        ctx,
        name=f"{person['first_name']} {person['last_name']}",
        rights=("access", "erasure"),
        emails=(person["email"],),
    )
    case_steps.record_step(ctx, reference, EventKind.ACKNOWLEDGED)
    gathering.gather_case(ctx, reference)
    ready_to_answer(ctx, reference, archives_found=True)  # a paper folder: its owner erases
    case_steps.decide(ctx, reference, Right.ACCESS, Outcome.GRANTED)
    case_steps.decide(ctx, reference, Right.ERASURE, Outcome.GRANTED)
    access = produce(ctx, reference, LetterKind.ACCESS)
    assert access.redactions == 0
    access_text = pdf_text(access.files[0].path)
    assert "occultées" not in access_text and "masquées" not in access_text
    # The annex in French: amounts, dates, yes/no, record titles from the catalogue's labels.
    assert re.search(r"Montant TTC \(€\) \d{1,3}(?: \d{3})*,\d{2} €", access_text)
    assert re.search(r"Date d’émission \d{2}/\d{2}/\d{4} Montant", access_text)
    assert "00:00" not in access_text and "Traitement limité (art. 18 RGPD) non" in access_text
    assert re.search(r"Contrats — N° de contrat CT\d+", access_text)
    assert "contract_no=" not in access_text and "Enregistrement " not in access_text
    data_json = next(f.path for f in access.files if f.path.name.endswith("donnees.json"))
    assert '"amount"' in data_json.read_text("utf-8")  # the JSON keeps the values as stored
    planned = planning.plan_execution(ctx, reference, "erasure")
    applying.apply_execution(ctx, reference, planned.id)
    # The paper archives' task holds the answer back until the DPO chooses an interim one.
    with pytest.raises(GateRefused, match="réponse d’étape"):
        produce(ctx, reference, LetterKind.ERASURE)
    override_warning(ctx, reference, "tasks:erasure", "Échéance proche : réponse d’étape")
    answer = pdf_text(produce(ctx, reference, LetterKind.ERASURE).files[0].path)
    assert "Cette réponse est une réponse d’étape" in answer
    assert "encore en cours auprès du service qui les détient" in answer
    assert "Archives papier" in answer
    # The same in English: the categories and the ground in English, nothing French left.
    english = pdf_text(produce(ctx, reference, LetterKind.ERASURE, language="en").files[0].path)
    assert "This is an interim answer" in english and "Surnames and first names" in english
    assert "Article L123-22 of the French Commercial Code" in english
    assert "Noms et prénoms" not in english and "conservées" not in english


def test_producing_the_access_package_is_one_transaction_that_reads_the_case_once(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    """One service call, one unit of work: the case row is read once, however many parts
    (letter, annex, JSON, redactions, journal) the package has."""
    from sqlalchemy import event

    reference, _ = reviewed_case(ctx, estate, catalogue, register)
    review.save_review(ctx, reference)
    engine = ctx.store.engine
    transactions: list[object] = []
    case_reads: list[str] = []

    def on_begin(connection: object) -> None:
        transactions.append(connection)

    def on_execute(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM cases" in statement:
            case_reads.append(statement)

    event.listen(engine, "begin", on_begin)
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        produced = produce(ctx, reference, LetterKind.ACCESS)
    finally:
        event.remove(engine, "begin", on_begin)
        event.remove(engine, "before_cursor_execute", on_execute)
    assert len(produced.files) >= 3  # the letter, the data annex's JSON, the CSV
    assert len(transactions) == 1
    assert len(case_reads) == 1, case_reads


def test_the_english_access_answer_names_this_persons_source_and_the_consent_basis(
    ctx: ServiceContext, estate: EstateSummary, catalogue: Catalogue, register: Register
) -> None:
    """A prospect on the newsletter, signed up at an event: the answer says that source (the
    newsletter's « Origine de l’inscription »), not the charter's every possible one."""
    reference, _data = reviewed_case(ctx, estate, catalogue, register, "prospect_newsletter_only")
    review.save_review(ctx, reference)
    produced = produce(ctx, reference, LetterKind.ACCESS, language="en")
    text = pdf_text(produced.files[0].path)
    assert "How we use your data" in text and "With your consent" in text
    assert "You may withdraw your consent at any time" in text
    assert "Where your data come from" in text
    assert "EDF Group subsidiaries involved in events" in text
    assert "data rental partners" not in text and "mandate to subscribe" not in text
    assert "Comment nous utilisons" not in text and "Pour exécuter" not in text
    data = json.loads(next(f.path for f in produced.files if f.path.suffix == ".json").read_text())
    info = data["information"]
    assert info["sources_not_from_you"] == [
        "EDF Group subsidiaries involved in events and commercial exchanges"
    ]
    assert info["records_of_unrecorded_origin"] == 0
