"""Art. 15 information derived from the register for what was found, and nothing else."""

from __future__ import annotations

from oklima_dpo.domain.access_info import access_information
from oklima_dpo.domain.register import LegalBasis, Register


def test_only_the_activities_of_the_categories_found_are_named(register: Register) -> None:
    info = access_information(
        register, ["user.contact.email"], serving_activities=["electronic_prospecting"]
    )
    assert [a.id for a in info.activities] == ["electronic_prospecting"]
    assert info.activities[0].legal_basis is LegalBasis.CONSENT
    assert [c.key for c in info.categories] == ["user.contact.email"]
    assert all(entry.category.key == "user.contact.email" for entry in info.retention)


def test_invoices_bring_billing_purposes_recipients_and_the_ten_years(register: Register) -> None:
    info = access_information(
        register,
        ["user.financial.invoice", "user.name"],
        serving_activities=["billing_and_payment", "accounting"],
    )
    ids = {a.id for a in info.activities}
    assert ids <= {"billing_and_payment", "accounting"} and ids
    invoice_rules = next(e for e in info.retention if e.category.key == "user.financial.invoice")
    assert any(rule.duration and rule.duration.value == 10 for rule in invoice_rules.rules)
    assert info.recipients, "billing has recipients in the register"
    assert info.rights.complaint.fr


def test_when_the_systems_name_no_activity_every_user_of_the_category_counts(
    register: Register,
) -> None:
    info = access_information(register, ["user.content.private.survey_answers"])
    assert [a.id for a in info.activities] == [
        a.id for a in register.activities if a.uses("user.content.private.survey_answers")
    ]


def test_nothing_found_names_nothing(register: Register) -> None:
    info = access_information(register, [])
    assert info.activities == () and info.categories == () and info.recipients == ()
    assert not info.any_automated_decision
