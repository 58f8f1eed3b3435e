"""Every code of the domain has its words in the interface, the same as the domain's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from oklima_dpo.domain.case import Channel, Outcome
from oklima_dpo.domain.deadlines import Urgency
from oklima_dpo.domain.identity import IdentifierKind
from oklima_dpo.domain.rights import Right
from oklima_dpo.domain.workflow import EventKind, Status
from oklima_dpo.gui import labels


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


def test_every_code_has_a_label() -> None:
    assert set(labels.STATUS) == set(Status)
    assert set(labels.RIGHT) == set(labels.RIGHT_SHORT) == set(Right)
    assert set(labels.URGENCY) == set(Urgency)
    assert set(labels.EVENT) == set(EventKind)
    assert set(labels.OUTCOME) == set(Outcome)
    assert set(labels.CHANNEL) == set(Channel)
    assert set(labels.IDENTIFIER) == set(IdentifierKind)


def test_the_interface_says_what_the_letters_say() -> None:
    for status in Status:
        assert labels.status_label(status) == status.label_fr
    for kind in EventKind:
        assert labels.event_label(kind) == kind.label_fr
    for outcome in Outcome:
        assert labels.outcome_label(outcome) == outcome.label_fr
    for right in Right:
        assert labels.right_label(right) == right.label_fr
        assert labels.right_short_label(right) == right.info.short_fr
    for channel in Channel:
        assert labels.channel_label(channel) == channel.label_fr


def test_journal_actions_and_details_in_words() -> None:
    assert labels.action_label("case.extended") == "délai prolongé"
    assert labels.action_label("case.opened") == "demande enregistrée"
    assert labels.action_label("something.new") == "something.new"
    assert labels.journal_details(
        {
            "event": "decision",
            "on": "2025-03-25",
            "right": "erasure",
            "outcome": "refused",
            "status": ["in_progress", "in_review"],
        }
    ) == ("Effacement\u00a0: refusé\u00a0; le 25/03/2025\u00a0; statut\u00a0: en cours → à valider")


def test_days_left() -> None:
    assert labels.days_left_label(5) == "J-5"
    assert labels.days_left_label(0) == "aujourd’hui"
    assert labels.days_left_label(-3) == "en retard de 3\u00a0j"
