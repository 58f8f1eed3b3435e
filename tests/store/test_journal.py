"""The audit journal is a chain: altering, deleting or inserting a row is found, and named."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from sqlalchemy import delete, select, update

from oklima_dpo.services.context import ServiceContext
from oklima_dpo.store import journal
from oklima_dpo.store.database import Store
from oklima_dpo.store.models import AuditEntry, JournalHead
from tests.db import raw_session

AT = datetime(2025, 3, 25, 10, 0, 0, 123456, tzinfo=UTC)


def write_entries(store: Store, count: int) -> None:
    with raw_session(store) as session:
        for n in range(count):
            journal.append(
                session,
                at=AT,
                actor="dpo",
                action=f"case.step{n}",
                case_reference="DR-2025-0001",
                details={"n": n, "texte": "é"},
            )
        session.commit()


def verify(store: Store) -> journal.ChainCheck:
    with raw_session(store) as session:
        return journal.verify(session)


def test_an_empty_journal_is_intact(store: Store) -> None:
    assert verify(store) == journal.ChainCheck(entries=0)


def test_entries_are_chained(store: Store) -> None:
    write_entries(store, 5)
    with raw_session(store) as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == journal.GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    assert entries[0].at == AT.replace(tzinfo=None)  # microseconds survive the round trip
    assert verify(store).intact and verify(store).entries == 5


def test_an_altered_row_is_named(store: Store) -> None:
    write_entries(store, 5)
    with raw_session(store) as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(details='{"n":99}'))
        session.commit()
    check = verify(store)
    assert not check.intact
    assert check.first_bad_seq == 3
    assert "modifiée" in (check.problem or "")


def test_an_altered_author_is_found(store: Store) -> None:
    write_entries(store, 3)
    with raw_session(store) as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(actor="intrus"))
        session.commit()
    assert verify(store).first_bad_seq == 2


def test_a_deleted_row_is_named(store: Store) -> None:
    write_entries(store, 5)
    with raw_session(store) as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 2))
        session.commit()
    check = verify(store)
    assert check.first_bad_seq == 2
    assert "manque" in (check.problem or "")


def test_a_deleted_last_row_is_found_through_the_head(store: Store) -> None:
    write_entries(store, 4)
    with raw_session(store) as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 4))
        session.commit()
    check = verify(store)
    assert check.first_bad_seq == 4


def test_a_row_inserted_by_hand_is_found(store: Store) -> None:
    """Even with a correctly computed hash: the head does not know it."""
    write_entries(store, 3)
    with raw_session(store) as session:
        last = session.get(AuditEntry, 3)
        assert last is not None
        forged_at = AT.replace(tzinfo=None)
        digest = journal.entry_hash(4, forged_at, "intrus", "case.opened", None, "{}", last.hash)
        session.add(
            AuditEntry(
                seq=4,
                at=forged_at,
                actor="intrus",
                action="case.opened",
                case_reference=None,
                details="{}",
                prev_hash=last.hash,
                hash=digest,
            )
        )
        session.commit()
    check = verify(store)
    assert check.first_bad_seq == 4
    assert "hors du programme" in (check.problem or "")


def test_a_row_renumbered_into_a_gap_is_found(store: Store) -> None:
    write_entries(store, 5)
    with raw_session(store) as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 3))
        session.execute(update(AuditEntry).where(AuditEntry.seq == 4).values(seq=3))
        session.commit()
    assert verify(store).first_bad_seq == 3


def test_a_rolled_back_change_leaves_no_entry(store: Store) -> None:
    write_entries(store, 2)
    with raw_session(store) as session:
        journal.append(session, at=AT, actor="dpo", action="case.opened")
        # no commit: the unit of work rolls back
    check = verify(store)
    assert check.intact and check.entries == 2


def test_a_deleted_head_is_found(store: Store) -> None:
    """The tail cut and the head deleted with it: the chain alone looks whole."""
    write_entries(store, 4)
    with raw_session(store) as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 4))
        session.execute(delete(JournalHead))
        session.commit()
    check = verify(store)
    assert not check.intact and "tête du journal" in (check.problem or "")


def test_an_emptied_journal_beside_cases_is_found(ctx: ServiceContext) -> None:
    """The whole journal and its head deleted: « 0 entrées vérifiées » is no proof."""
    from tests.services.helpers import open_request

    open_request(ctx, name="Zoé Hervé")
    with raw_session(ctx.store) as session:
        session.execute(delete(AuditEntry))
        session.execute(delete(JournalHead))
        session.commit()
    check = verify(ctx.store)
    assert not check.intact and "journal est vide" in (check.problem or "")
    assert "1 demande" in (check.problem or "")


KEY = bytes(range(32))


def write_keyed(store: Store, count: int, key: bytes = KEY) -> None:
    with raw_session(store) as session:
        for n in range(count):
            journal.append(session, at=AT, actor="dpo", action=f"case.step{n}", key=key)
        session.commit()


def recompute_without_the_key(store: Store) -> None:
    """What someone who edits the file can do: change entry 1, recompute every SHA-256 and
    the head so that the chain links again."""
    with raw_session(store) as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 1).values(actor="intrus"))
        session.flush()
        journal.rechain(session, None)
        session.commit()


def test_a_keyed_chain_recomputed_without_its_key_is_found(store: Store) -> None:
    write_keyed(store, 4)
    with raw_session(store) as session:
        assert journal.verify(session, KEY).intact
        assert not journal.verify(session).intact  # an HMAC chain, not a plain SHA-256 one
    recompute_without_the_key(store)
    with raw_session(store) as session:
        assert journal.verify(session).intact  # the attacker's own check passes …
        check = journal.verify(session, KEY)  # … the program's, with the key, does not
    assert check.first_bad_seq == 1 and "modifiée" in (check.problem or "")


def test_a_journal_cut_back_behind_an_anchor_is_found(store: Store) -> None:
    write_keyed(store, 6)
    with raw_session(store) as session:
        seq, digest = journal.head_of(session)
        anchor = journal.Anchor(seq, digest, "la sauvegarde du 07/12/2026")
        assert journal.verify(session, KEY, [anchor]).intact
        # Cut back to entry 4 with the head rewritten to match: the chain alone looks whole.
        fourth = session.scalars(select(AuditEntry).where(AuditEntry.seq == 4)).one()
        session.execute(delete(AuditEntry).where(AuditEntry.seq > 4))
        session.execute(update(JournalHead).values(last_seq=4, last_hash=fourth.hash))
        session.commit()
    with raw_session(store) as session:
        assert journal.verify(session, KEY).intact
        check = journal.verify(session, KEY, [anchor])
    assert not check.intact
    assert check.problem == (
        "le journal a été ramené en arrière : il s’arrête à l’entrée n° 4 alors que "
        "la sauvegarde du 07/12/2026 en connaît 6"
    )


def test_an_anchored_entry_rewritten_is_found(store: Store) -> None:
    write_keyed(store, 3)
    with raw_session(store) as session:
        anchor = journal.Anchor(*journal.head_of(session), "le trousseau")
    with raw_session(store) as session:  # the whole journal rewritten with the key itself
        session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(actor="intrus"))
        session.flush()
        journal.rechain(session, KEY)
        session.commit()
    with raw_session(store) as session:
        assert journal.verify(session, KEY).intact
        check = journal.verify(session, KEY, [anchor])
    assert check.first_bad_seq == 3 and "réécrit" in (check.problem or "")
