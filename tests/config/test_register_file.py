"""Loading the register: the shipped file is faithful to the charter; bad files say where."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from oklima_dpo.config.register_file import RegisterError, default_register_path, load_register
from oklima_dpo.domain.errors import DpoError
from oklima_dpo.domain.register import (
    AutomatedDecisions,
    DurationUnit,
    LegalBasis,
    Origin,
    RecipientKind,
    Register,
    RetentionEvent,
    Safeguard,
    SourceKind,
)
from oklima_dpo.domain.register_queries import activities_using, legal_holds, portability_scope
from oklima_dpo.domain.rights import Right


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register()


def plain(text: str) -> str:
    """Spaces and apostrophes as typed: the loader applies French typography."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("’", "'")).strip().casefold()


# -- The shipped register ----------------------------------------------------------------


def test_the_shipped_register_loads_from_the_resources(register: Register) -> None:
    assert default_register_path().name == "oklima.yaml"
    assert default_register_path().is_file()
    assert len(register.activities) == 17
    assert len({a.id for a in register.activities}) == 17
    assert register.charter_file == "charte-donnees-personnelles-oklima.txt"


def test_every_category_used_is_defined_and_every_defined_one_is_used(register: Register) -> None:
    defined = {c.key for c in register.categories}
    used = {key for a in register.activities for key in a.categories}
    assert used == defined
    for activity in register.activities:
        for rule in activity.retention:
            assert set(rule.categories) <= defined
    assert register.category("user.contact.email").label.fr == "Adresses e-mail"
    assert register.category("user.contact.email").label.en == "E-mail addresses"


def test_bases_as_the_charter_gives_them(register: Register) -> None:
    basis = {a.id: a.legal_basis for a in register.activities}
    # « Facturer les services souscrits, encaisser et assurer le suivi de leur paiement, sur
    # la base de l’exécution du contrat. »
    assert basis["billing_and_payment"] is LegalBasis.CONTRACT
    # « Mener des actions de recouvrement, sur la base de notre intérêt légitime à faire
    # respecter nos droits et défendre nos intérêts. »
    recovery = register.activity("debt_recovery")
    assert recovery.legal_basis is LegalBasis.LEGITIMATE_INTEREST
    assert recovery.legitimate_interest is not None
    assert (
        plain(recovery.legitimate_interest.fr)
        == "faire respecter nos droits et défendre nos intérêts"
    )
    # « … à l’exception des actions de prospection commerciale par voie électronique (e-mail
    # ou SMS) qui sont basées sur votre consentement. »
    assert basis["prospecting"] is LegalBasis.LEGITIMATE_INTEREST
    assert basis["electronic_prospecting"] is LegalBasis.CONSENT
    # « Nous permettre d’assurer une gestion saine de notre comptabilité, cela est fait sur le
    # fondement d’une obligation légale ou réglementaire. »
    assert basis["accounting"] is LegalBasis.LEGAL_OBLIGATION
    # « … tout contentieux, de protection de nos droits et intérêts, cela est fait sur la base
    # de l’exécution du Contrat. »
    assert basis["litigation"] is LegalBasis.CONTRACT
    # « D’assurer la gestion des demandes d’exercice de droits, … obligation légale »
    assert basis["rights_requests"] is LegalBasis.LEGAL_OBLIGATION
    # The « log techniques » are named without a basis.
    assert basis["security_logs"] is LegalBasis.NOT_STATED
    for activity in register.activities:
        has_interest = activity.legitimate_interest is not None
        assert has_interest is (activity.legal_basis is LegalBasis.LEGITIMATE_INTEREST)


def test_retention_periods_as_the_charter_gives_them(register: Register) -> None:
    billing = register.activity("billing_and_payment")
    rules = {rule.id: rule for rule in billing.retention}
    # « … jusqu’à 5 ans après la fin de notre relation contractuelle avec vous … »
    identification = rules["contract.identification"]
    assert identification.duration is not None
    assert (identification.duration.value, identification.duration.unit) == (5, DurationUnit.YEARS)
    assert identification.event is RetentionEvent.CONTRACT_END
    assert "user.contact.email" in identification.categories
    # « Les données de paiement et de règlement (sauf les IBAN) sont conservées jusqu’à 3 ans
    # après réception, sauf en cas d’impayé … »
    payments = rules["contract.payments"]
    assert payments.duration is not None and payments.duration.months == 36
    assert payments.event is RetentionEvent.RECEIPT
    assert "user.financial.bank_account" not in payments.categories
    assert payments.extension is not None and "impayé" in payments.extension.fr
    # « Pour les données dont la base légale repose sur notre intérêt légitime, jusqu’à trois
    # ans à compter de la collecte des données »
    (li_rule,) = register.activity("prospecting").retention
    assert li_rule.duration is not None and li_rule.duration.months == 36
    assert li_rule.event is RetentionEvent.COLLECTION
    # « Nous conservons notamment les factures pendant une durée de 10 ans, … L123-22 »
    holds = legal_holds(register, ["user.financial.invoice"])
    assert {h.activity.id for h in holds} == {"accounting", "regulatory_obligations"}
    invoice_rule = holds[0].rule
    assert invoice_rule.duration is not None and invoice_rule.duration.months == 120
    assert invoice_rule.legal_ground is not None and "L123-22" in invoice_rule.legal_ground.fr
    # Consent-based marketing: the charter gives no period, and the register says so.
    (consent_rule,) = register.activity("electronic_prospecting").retention
    assert consent_rule.event is RetentionEvent.NOT_STATED and consent_rule.duration is None


def test_recipients_transfers_sources_and_controller(register: Register) -> None:
    billing = register.activity("billing_and_payment")
    kinds = {r.id: r.kind for r in billing.recipients}
    # « nos services internes et nos sous-traitants (prestataires informatiques, prestataires
    # de recouvrement, prestataires de relation client) » ; « tiers autorisés »
    assert kinds == {
        "internal_services": RecipientKind.INTERNAL,
        "it_providers": RecipientKind.PROCESSOR,
        "debt_collection_providers": RecipientKind.PROCESSOR,
        "customer_relations_providers": RecipientKind.PROCESSOR,
        "authorised_third_parties": RecipientKind.AUTHORITY,
    }
    authorities = billing.recipients[-1]
    assert authorities.examples is not None
    assert "administration fiscale" in authorities.examples.fr
    # « Il s’agit notamment en pratique de Clauses Contractuelles Types ou de règles
    # d’entreprise contraignantes. » — no country named.
    (transfer,) = billing.transfers
    assert transfer.safeguards == (
        Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
        Safeguard.BINDING_CORPORATE_RULES,
    )
    assert transfer.countries == ()
    # « de filiales du Groupe EDF associées à des évènements et échanges commerciaux »
    third = {s.id for s in billing.third_party_sources}
    assert third == {
        "mandated_third_parties",
        "data_rental_partners",
        "referral_partners",
        "edf_group_subsidiaries",
    }
    assert billing.collected_from_person
    assert register.activity("security_logs").sources[0].kind is SourceKind.PERSON
    assert register.controller.email == "contact@oklima.fr"
    assert "Neuilly sur Seine" in register.controller.address
    assert not register.dpo.designated and register.dpo.contact is None
    assert set(register.rights.rights) == set(Right)
    assert [c.kind for c in register.rights.channels] == ["email", "post"]
    assert "CNIL" in register.rights.complaint.fr
    # The charter is silent on automated decisions: the register says so, it does not guess.
    assert {a.automated_decisions for a in register.activities} == {AutomatedDecisions.NOT_STATED}


def test_portability_scope_of_the_shipped_register(register: Register) -> None:
    scope = {s.activity.id: {c.key for c in s.categories} for s in portability_scope(register)}
    assert set(scope) == {
        "service_provision",
        "exchanges_and_complaints",
        "billing_and_payment",
        "electronic_prospecting",
        "litigation",
    }
    assert "user.contact.email" in scope["billing_and_payment"]
    assert "user.payment.transactions" in scope["billing_and_payment"]  # observed
    assert "user.financial.invoice" not in scope["billing_and_payment"]  # OKLIMA's own
    assert register.category("user.behavior.browsing_history").origin is Origin.OBSERVED
    survey = activities_using(register, ["user.content.private.survey_answers"])
    assert "customer_satisfaction" in {a.id for a in survey}


def test_quoted_texts_are_the_charters_words(register: Register) -> None:
    # The charter ships beside the register, under the name the register gives it.
    charter_file = default_register_path().with_name(register.charter_file)
    charter = plain(charter_file.read_text(encoding="utf-8"))
    quoted = [
        register.activity(a).purposes[0].fr
        for a in (
            "service_provision",
            "exchanges_and_complaints",
            "billing_and_payment",
            "debt_recovery",
            "customer_satisfaction",
            "regulatory_obligations",
            "information_messages",
            "accounting",
            "legal_proceedings",
        )
    ]
    quoted += [
        rule.text.fr
        for rule in register.activity("billing_and_payment").retention
        if rule.event is not RetentionEvent.NOT_STATED
    ]
    transfer = register.activity("billing_and_payment").transfers[0]
    quoted += [transfer.text.fr]
    for text in quoted:
        assert plain(text).rstrip(".") in charter, text


# -- Validation errors -------------------------------------------------------------------

VALID = """\
version: 1
charter: {title: Charte, file: charte.txt}
controller: {name: OKLIMA, address: 20 bis rue Louis Philippe, email: contact@oklima.fr}
dpo: {designated: false}
rights:
  rights: [access, portability]
  channels: [{kind: email, address: contact@oklima.fr}]
  complaint: {fr: CNIL, en: CNIL}
categories:
  user.name: {fr: Noms, en: Names, origin: provided}
  user.contact.email: {fr: E-mails, en: E-mails, origin: provided}
retention_rules:
  li.collection:
    duration: {value: 3, unit: years}  # <duration>
    event: collection
    text: {fr: trois ans, en: three years}
recipients:
  internal: {kind: internal, name: {fr: Services internes, en: Internal}}
transfers: {}
sources:
  person: {kind: person, label: {fr: Vous, en: You}}
x-identity: &identity [user.name, user.contact.email]
activities:
  - id: billing  # <first>
    name: {fr: Facturation, en: Billing}  # <name>
    purposes: [{fr: Facturer, en: Billing}]
    legal_basis: contract  # <basis>
    data_categories: [*identity]
    retention: [li.collection]
    recipients: [internal]
    transfers: []
    sources: [person]
    automated_decisions: none
  - id: recovery  # <second>
    name: {fr: Recouvrement, en: Recovery}
    purposes: [{fr: Recouvrer, en: Recover}]
    legal_basis: legitimate_interest
    legitimate_interest: {fr: Défendre nos droits, en: Defending our rights}
    data_categories:
      - user.name  # <category>
    retention: [li.collection]
    recipients: [internal]
    transfers: []
    sources: [person]
    automated_decisions: not_stated
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "oklima.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, marker: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if f"# <{marker}>" in line)


def error_for(tmp_path: Path, text: str) -> RegisterError:
    with pytest.raises(RegisterError) as caught:
        load_register(write(tmp_path, text))
    assert isinstance(caught.value, DpoError)
    return caught.value


def shown(error: Exception) -> str:
    return str(error).replace("\u00a0", " ")


def test_the_valid_sample_loads_with_anchored_lists_flattened(tmp_path: Path) -> None:
    register = load_register(write(tmp_path, VALID))
    assert register.activity("billing").categories == ("user.name", "user.contact.email")
    assert register.activity("recovery").legitimate_interest is not None


def test_an_unknown_legal_basis_names_file_line_field_and_choices(tmp_path: Path) -> None:
    text = VALID.replace("legal_basis: contract", "legal_basis: contrat")
    error = error_for(tmp_path, text)
    message = shown(error)
    expected = f"oklima.yaml, ligne {line_of(text, 'basis')}, activities[0].legal_basis : "
    assert message.startswith(expected), message
    assert "« contrat » n’est pas reconnu ; choisir parmi contract, consent," in message
    assert (error.problems[0].line, error.problems[0].field) == (
        line_of(text, "basis"),
        "activities[0].legal_basis",
    )


def test_a_missing_field_points_at_the_activity(tmp_path: Path) -> None:
    text = VALID.replace("    name: {fr: Facturation, en: Billing}  # <name>\n", "")
    error = error_for(tmp_path, text)
    (problem,) = error.problems
    assert problem.field == "activities[0].name"
    assert problem.line == line_of(text, "first")
    assert "champ obligatoire absent" in shown(error)


def test_an_undefined_category_points_at_the_list_item(tmp_path: Path) -> None:
    text = VALID.replace("- user.name  # <category>", "- user.contact.phone  # <category>")
    error = error_for(tmp_path, text)
    (problem,) = error.problems
    assert problem.field == "activities[1].data_categories[0]"
    assert problem.line == line_of(text, "category")
    assert "catégorie « user.contact.phone » non définie dans categories" in shown(error)


def test_a_duplicate_activity_id_is_refused(tmp_path: Path) -> None:
    text = VALID.replace("id: recovery", "id: billing")
    error = error_for(tmp_path, text)
    (problem,) = error.problems
    assert problem.field == "activities[1].id"
    assert problem.line == line_of(text, "second")
    assert "identifiant « billing » en double (déjà pris par activities[0])" in shown(error)


def test_a_yaml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    text = VALID.replace("    legal_basis: contract  # <basis>", "    legal_basis: [contract")
    error = error_for(tmp_path, text)
    message = shown(error)
    assert re.match(r"oklima\.yaml, ligne \d+, colonne \d+ : syntaxe YAML invalide", message)
    assert error.problems[0].line is not None
    assert line_of(VALID, "basis") <= error.problems[0].line <= line_of(VALID, "basis") + 2


def test_a_duplicate_mapping_key_is_not_silently_dropped(tmp_path: Path) -> None:
    text = VALID.replace(
        "  user.contact.email: {fr: E-mails",
        "  user.name: {fr: Nom bis, en: Name, origin: provided}\n"
        "  user.contact.email: {fr: E-mails",
    )
    error = error_for(tmp_path, text)
    assert "categories[user.name] : clé « user.name » en double (déjà présente ligne 10)" in (
        shown(error)
    )
    assert error.problems[0].line == 11


def test_retention_must_be_positive(tmp_path: Path) -> None:
    text = VALID.replace("{value: 3, unit: years}", "{value: 0, unit: years}")
    error = error_for(tmp_path, text)
    (problem,) = error.problems
    assert problem.field == "retention_rules[li.collection].duration.value"
    assert problem.line == line_of(text, "duration")
    assert "doit être supérieur à 0" in problem.message


def test_unknown_fields_and_missing_interest_are_reported(tmp_path: Path) -> None:
    text = VALID.replace(
        "    legitimate_interest: {fr: Défendre nos droits, en: Defending our rights}\n", ""
    )
    error = error_for(tmp_path, text)
    assert error.problems[0].field == "activities[1].legal_basis"
    assert "l’intérêt légitime poursuivi doit être décrit" in shown(error)
    text = VALID.replace("automated_decisions: none", "automated_decisions: none\n    owner: DSI")
    error = error_for(tmp_path, text)
    assert error.problems[0].field == "activities[0].owner"
    assert "champ inconnu" in shown(error)


def test_several_errors_are_listed_at_once_up_to_ten(tmp_path: Path) -> None:
    text = VALID.replace("legal_basis: contract", "legal_basis: contrat").replace(
        "origin: provided}", "origin: given}"
    )
    error = error_for(tmp_path, text)
    message = shown(error)
    assert message.startswith("Le registre des traitements oklima.yaml contient 3 erreurs :\n")
    assert [p.line for p in error.problems] == sorted(p.line or 0 for p in error.problems)
    assert message.count("\n– ") == 3
    many = VALID.replace(
        "data_categories: [*identity]", "data_categories: [" + ", ".join(["user.x"] * 12) + "]"
    )
    error = error_for(tmp_path, many)
    assert len(error.problems) == 12
    assert shown(error).count("\n– ") == 11  # ten problems and the line that counts the rest
    assert shown(error).endswith("– … et 2 autre(s) erreur(s).")


def test_a_missing_or_empty_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="introuvable"):
        load_register(tmp_path / "absent.yaml")
    error = error_for(tmp_path, "# nothing yet\n")
    assert "le fichier est vide" in shown(error)
    error = error_for(tmp_path, "- a list\n")
    assert "ensemble de champs" in shown(error)
