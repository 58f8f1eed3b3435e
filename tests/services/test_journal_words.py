"""The journal's words in French, as the case file prints them (``journal_words``, no Qt): the
proof whole (hashes, files), what a translation would change filled after it, the window's
short form beside the case file's."""

from __future__ import annotations

from oklima_dpo.domain.plan import Action
from oklima_dpo.services import code_words, journal_words
from oklima_dpo.services.linguist import fill

APPLIED = {
    "sources": {
        "crm": {
            "status": "applied",
            "statements": 4,
            "before": {"count": 4, "sha256": "a" * 64},
            "after": {"count": 2, "sha256": "b" * 64},
        },
        "portal": {"status": "failed", "before": None, "after": None},
    },
    "not_run": [],
}


def test_an_execution_planned_in_words() -> None:
    details = {
        "execution": 3,
        "right": "erasure",
        "counts": {"crm": {"delete": 3, "pseudonymise": 1}, "billing": {"keep": 7}},
        "tasks": ["paper_archives"],
    }
    names = {"crm": "CRM clients", "billing": "Facturation", "paper_archives": "Archives papier"}
    assert journal_words.details_text(details, names) == (
        "exécution n°\u00a03\u00a0; "
        "Effacement\u00a0; CRM clients\u00a0: 3 suppressions, 1 pseudonymisation\u00a0; "
        "Facturation\u00a0: 7 conservés\u00a0; tâches pour\u00a0: Archives papier"
    )


def test_the_case_file_keeps_the_proof_whole_the_window_shortens_it() -> None:
    text = journal_words.details_text(APPLIED, {"crm": "CRM clients"})
    assert text == (
        f"CRM clients\u00a0: appliqué, 4 écriture(s), avant 4 ligne(s) (SHA-256 {'a' * 64}), "
        f"après 2 ligne(s) (SHA-256 {'b' * 64})\u00a0; portal\u00a0: en échec, rien n’a été modifié"
    )
    assert journal_words.details_text(APPLIED, brief=True) == (
        "crm\u00a0: appliqué, 4 écriture(s), avant 4 ligne(s) → après 2 ligne(s)\u00a0; "
        "portal\u00a0: en échec, rien n’a été modifié"
    )
    produced = {
        "package": "access",
        "document": "DR-2025-0001-R01",
        "files": [{"name": "DR-2025-0001-R01.pdf", "sha256": "c" * 64}],
        "encrypted": True,
        "redactions": 2,
    }
    # The case file quotes what was recorded; the window says it in words.
    whole = journal_words.details_text(produced)
    assert (
        "package\u00a0: access" in whole and "c" * 64 in whole and "encrypted\u00a0: True" in whole
    )
    assert journal_words.details_text(produced, brief=True) == (
        "Réponse d’accès (courrier, annexe, données)\u00a0; document\u00a0: DR-2025-0001-R01"
        "\u00a0; DR-2025-0001-R01.pdf\u00a0; chiffré (AES-256)\u00a0; caviardages\u00a0: 2"
    )


def test_the_case_and_its_documents_in_words() -> None:
    assert journal_words.details_text(
        {"received_on": "2025-03-10", "channel": "email", "rights": ["access"], "identifiers": 2}
    ) == ("reçue le 10/03/2025\u00a0; par e-mail\u00a0; Accès\u00a0; identifiants fournis\u00a0: 2")
    assert journal_words.details_text({"before": None, "after": "Claire"}) == (
        "avant\u00a0: personne\u00a0; après\u00a0: Claire"
    )
    assert journal_words.details_text({"role": "mandate", "size": 15, "raw_data": False}) == (
        "mandat du représentant\u00a0; 15 octets\u00a0; sans les données brutes"
    )
    assert journal_words.details_text(
        {"event": "decision", "right": "erasure", "outcome": "refused", "on": "2025-03-25"}
    ) == ("Effacement\u00a0: refusé\u00a0; le 25/03/2025")


def test_verifications_purges_and_the_suppression_list_in_words() -> None:
    verified = {"execution": 3, "status": "partly", "remaining": {"kept": 7, "unexpected": 1}}
    assert journal_words.details_text(verified) == (
        "exécution n°\u00a03\u00a0; état\u00a0: appliquée en partie\u00a0; reste\u00a0: "
        "conservé (obligation légale) × 7, toujours présent × 1"
    )
    purged = {"counts": {"records": 12, "documents": 2}, "due_since": "2025-03-01"}
    assert journal_words.details_text(purged) == (
        "enregistrements\u00a0: 12, documents\u00a0: 2\u00a0; à purger depuis le 01/03/2025"
    )
    expired = {"removed": 3, "before": "2025-03-25"}
    assert journal_words.details_text(expired) == (
        "entrées retirées\u00a0: 3\u00a0; échues avant le 25/03/2025"
    )


def test_unknown_codes_stay_readable() -> None:
    assert journal_words.action_label("something.new") == "something.new"
    assert journal_words.details_text({"right": "shoe", "new_key": [1]}) == (
        "shoe\u00a0; new_key\u00a0: [1]"
    )


def test_a_translation_is_filled_after_it_is_made() -> None:
    """The placeholders are filled in the translated text, once: a value holding « %2 » stays."""
    shout = str.upper
    assert journal_words.details_text({"task": "%2"}, translate=shout) == "TÂCHE N°\u00a0%2"
    assert fill("%2 puis %1", "a", "%1") == "%1 puis a"


def test_the_plan_counts_cover_every_action() -> None:
    assert {a.value for a in Action} < set(code_words.PLAN_ACTION_COUNT)
    assert code_words.plan_action_count("delete", 1) == "1 suppression"
    assert code_words.plan_action_count("delete", 3) == "3 suppressions"
    assert code_words.plan_action_count("shoe", 3) == "shoe × 3"
