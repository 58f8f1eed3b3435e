"""What an answer says an execution did: per category of data, in the letter's language."""

from __future__ import annotations

from datetime import date

from oklima_dpo.domain.execution_summary import RecordOutcome, summarise
from oklima_dpo.domain.plan import Action
from oklima_dpo.domain.register import Register

HOLD_FR = (
    "Article L123-22 du Code de commerce (conservation des documents comptables et des "
    "pièces justificatives)"
)


def test_erased_categories_in_register_order_with_no_system_name(register: Register) -> None:
    summary = summarise(
        [
            RecordOutcome(Action.DELETE, ("user.contact.email", "user.name"), "CRM clients"),
            RecordOutcome(Action.PSEUDONYMISE, ("user.content.private.requests",), "CRM clients"),
            RecordOutcome(Action.PSEUDONYMISE, ("user.name",), "CRM clients"),
        ],
        register,
        "fr",
        erasure=True,
    )
    assert summary.done == (
        "Noms et prénoms",
        "Adresses e-mail",
        "Vos demandes et réclamations (le lien avec vous a été supprimé)",
    )
    assert not any("CRM" in line for line in summary.done)
    assert summary.kept == () and summary.pending == ()


def test_kept_data_are_grouped_by_ground_until_the_last_day(register: Register) -> None:
    summary = summarise(
        [
            RecordOutcome(
                Action.KEEP,
                ("user.financial.invoice",),
                "Facturation",
                ground=HOLD_FR,
                until=date(2034, 1, 31),
            ),
            RecordOutcome(
                Action.KEEP,
                ("user.financial.amounts_due",),
                "Facturation",
                ground=HOLD_FR,
                until=date(2036, 5, 2),
            ),
        ],
        register,
        "en",
        erasure=True,
    )
    (kept,) = summary.kept
    assert kept.until == date(2036, 5, 2)
    assert kept.ground.startswith("Article L123-22 of the French Commercial Code")
    assert kept.what == "Invoices, Amounts owed to OKLIMA"


def test_an_owners_open_task_is_pending_not_done(register: Register) -> None:
    summary = summarise(
        [
            RecordOutcome(Action.TASK, ("user.contact.email",), "Newsletter", pending=True),
            RecordOutcome(Action.TASK, (), "Archives papier", pending=True),
        ],
        register,
        "fr",
        erasure=True,
    )
    assert summary.done == ()
    assert summary.pending == ("Archives papier", "Adresses e-mail")


def test_marks_and_corrections_say_what_changed(register: Register) -> None:
    summary = summarise(
        [
            RecordOutcome(Action.RESTRICT, ("user.name", "user.contact.email"), "CRM"),
            RecordOutcome(
                Action.CORRECT, (), "CRM", corrections=(("Adresse e-mail", "a@x.fr", "b@x.fr"),)
            ),
        ],
        register,
        "fr",
        erasure=False,
        owners_done=["Archives papier"],
    )
    assert summary.done == (
        "Adresse e-mail : « a@x.fr » remplacé par « b@x.fr »",
        "Traitement limité pour : Noms et prénoms, Adresses e-mail",
        "Archives papier : mesure prise par le service qui les détient",
    )
