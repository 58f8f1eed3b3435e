"""The gates (``domain.gates``): what stands before disclosing, executing, writing a letter."""

from __future__ import annotations

from dataclasses import replace

import pytest

from oklima_dpo.domain.answers import LetterKind
from oklima_dpo.domain.case import Outcome
from oklima_dpo.domain.gates import (
    GateFacts,
    GateRefused,
    IdentityLevel,
    IdentityMethod,
    IdentityPolicy,
    IdentityProof,
    Purpose,
    checklist,
)
from oklima_dpo.domain.rights import Right

READY = GateFacts(
    rights_asked=frozenset({Right.ACCESS, Right.ERASURE}),
    decisions={Right.ACCESS: Outcome.GRANTED, Right.ERASURE: Outcome.PARTLY_GRANTED},
    identity=IdentityProof(IdentityMethod.MATCHING_ANSWERS),
    representative=False,
    review_saved=True,
    review_waiting=(),
    organisation_missing=(),
)


def codes(facts: GateFacts, purpose: Purpose, **kw: object) -> list[str]:
    return [i.code for i in checklist(facts, purpose, **kw).items]  # type: ignore[arg-type]


def test_a_ready_case_is_clear_for_every_purpose() -> None:
    assert checklist(READY, Purpose.DISCLOSE, right=Right.ACCESS).clear
    assert checklist(READY, Purpose.EXECUTE, right=Right.ERASURE).clear
    for kind in LetterKind:  # the portability export is not asked in this case
        assert checklist(READY, Purpose.LETTER, letter=kind).clear is (
            kind is not LetterKind.PORTABILITY
        )
    checklist(READY, Purpose.EXECUTE, right=Right.ERASURE).check()  # raises nothing


def test_each_missing_fact_is_its_own_blocking_item() -> None:
    bare = replace(
        READY,
        identity=None,
        decisions={Right.ACCESS: None, Right.ERASURE: Outcome.REFUSED},
        review_saved=False,
    )
    assert codes(bare, Purpose.DISCLOSE, right=Right.ACCESS) == [
        "identity",
        "decision:access",
        "review",
    ]
    assert "refusé" in checklist(bare, Purpose.EXECUTE, right=Right.ERASURE).items[1].text
    assert codes(bare, Purpose.DISCLOSE, right=Right.PORTABILITY)[1] == "decision:portability"
    waiting = replace(READY, review_waiting=("Archives papier",))
    [item] = checklist(waiting, Purpose.EXECUTE, right=Right.ERASURE).items
    assert item.code == "review_incomplete" and "« Archives papier »" in item.text


def test_a_letter_needs_the_dpos_contact_and_a_data_package_needs_the_rest() -> None:
    unsigned = replace(READY, organisation_missing=(("dpo_name", "Nom du DPO"),), identity=None)
    # An acknowledgement discloses nothing: only the settings stand in its way.
    assert codes(unsigned, Purpose.LETTER, letter=LetterKind.ACKNOWLEDGEMENT) == [
        "settings:dpo_name"
    ]
    assert codes(unsigned, Purpose.LETTER, letter=LetterKind.ACCESS) == [
        "settings:dpo_name",
        "identity",
    ]
    assert codes(unsigned, Purpose.EXECUTE, right=Right.ERASURE) == ["identity"]


def test_a_weaker_method_is_a_warning_that_an_override_lifts_a_blocking_item_never() -> None:
    strict = replace(
        READY,
        identity=IdentityProof(IdentityMethod.KNOWN_ADDRESS),
        identity_policy=IdentityPolicy(erasure=IdentityLevel.DOCUMENT),
    )
    listed = checklist(strict, Purpose.EXECUTE, right=Right.ERASURE)
    assert [(i.code, i.blocking) for i in listed.items] == [("identity_level", False)]
    assert checklist(strict, Purpose.DISCLOSE, right=Right.ACCESS).clear  # access: level 1
    with pytest.raises(GateRefused, match="identity_level"):
        listed.check()
    lifted = replace(strict, overridden=frozenset({"identity_level", "review"}))
    after = checklist(lifted, Purpose.EXECUTE, right=Right.ERASURE)
    assert after.clear and [i.code for i in after.overridden] == ["identity_level"]
    unreviewed = replace(lifted, review_saved=False)  # « review » is blocking: stays
    assert codes(unreviewed, Purpose.EXECUTE, right=Right.ERASURE) == ["review"]


def test_a_representative_needs_the_mandate_checked() -> None:
    by_proxy = replace(READY, representative=True)
    assert codes(by_proxy, Purpose.DISCLOSE, right=Right.ACCESS) == ["mandate"]
    checked = replace(
        by_proxy, identity=IdentityProof(IdentityMethod.DOCUMENT_SEEN, mandate_checked=True)
    )
    assert checklist(checked, Purpose.DISCLOSE, right=Right.ACCESS).clear


def test_every_method_has_a_level_and_other_is_read_only() -> None:
    assert IdentityMethod.OTHER not in IdentityMethod.chosen()
    assert {m.level for m in IdentityMethod} == set(IdentityLevel)
    assert IdentityPolicy().level_for(Right.ERASURE) is IdentityLevel.MATCHING
    assert IdentityPolicy().level_for(Right.ACCESS) is IdentityLevel.KNOWN_CHANNEL
