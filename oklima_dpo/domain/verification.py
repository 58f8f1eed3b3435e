"""Proving an execution: what a new gathering shows, held against the plan.

After an erasure only what was kept (a legal hold) or is awaiting an owner's task may remain;
after a rectification the records show the new values; after a restriction or an objection
they bear the mark. The execution is ``verified`` when what the program did is proved, else
``partly``, each remaining record listed with why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from .owner_tasks import plain_text
from .plan import Action, Plan, RecordPlan
from .review import ReviewedRecord
from .rights import Right

__all__ = ["BAD_STATES", "compare", "tally"]

#: What keeps an execution from being verified.
BAD_STATES = frozenset({"unexpected", "not_applied", "not_found", "source_failed"})


def compare(
    plan: Plan,
    result: Mapping[str, Any],
    found: Iterable[ReviewedRecord],
    unverified: Iterable[str],
    now: datetime,
) -> dict[str, Any]:
    """The verification of ``plan`` once applied (``result``: per source, applied or not),
    from the records ``found`` again and the sources that failed to answer (``unverified``)."""
    planned = {(s.source, r.table, r.key): r for s in plan.sources for r in s.records}
    outcomes = result.get("sources", {})
    failed = {sid for sid, r in outcomes.items() if r.get("status") != "applied"}
    failed |= set(result.get("not_run", ()))
    with_task = {s.source for s in plan.sources if s.task}
    remaining: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for record in found:
        if not record.leaves:
            continue
        place = (record.source, record.table, record.key)
        seen.add(place)
        state, why = _state_of(plan.right, record, planned.get(place), failed, with_task)
        if state is not None:
            remaining.append(_remaining(place, state, why))
    if plan.right is not Right.ERASURE:
        for place, planned_record in planned.items():
            if planned_record.action.writes and place not in seen and place[0] not in failed:
                why = "enregistrement modifié non retrouvé : vérifier à la main"
                remaining.append(_remaining(place, "not_found", why))
    unverified = sorted(unverified)
    ok = not unverified and not failed and not any(r["state"] in BAD_STATES for r in remaining)
    return {
        "status": "verified" if ok else "partly",
        "at": now.isoformat(),
        "remaining": remaining,
        "unverified_sources": unverified,
        "failed_sources": sorted(failed),
    }


def tally(remaining: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """How many remaining records in each state (the journal's words: counts only)."""
    counts: dict[str, int] = {}
    for item in remaining:
        counts[item["state"]] = counts.get(item["state"], 0) + 1
    return counts


def _remaining(place: tuple[str, str, str], state: str, why: str) -> dict[str, Any]:
    return {"source": place[0], "table": place[1], "key": place[2], "state": state, "reason": why}


def _state_of(
    right: Right,
    found: ReviewedRecord,
    record: RecordPlan | None,
    failed: set[str],
    with_task: set[str],
) -> tuple[str | None, str]:
    if right is Right.ERASURE:
        if record is not None and record.action is Action.KEEP:
            return "kept", record.ground or record.reason
        if found.source in failed:
            return "source_failed", "la source n’a pas été modifiée (échec)"
        if found.source in with_task:
            return "task", "effacement demandé au propriétaire de la source (tâche)"
        return "unexpected", "toujours présent alors que l’effacement devait le retirer"
    if record is None or not record.action.writes:
        return None, ""
    if found.source in failed:
        return "source_failed", "la source n’a pas été modifiée (échec)"
    values = found.values
    if all(plain_text(values.get(c.field)) == plain_text(c.new) for c in record.changes):
        return ("corrected" if right is Right.RECTIFICATION else "marked"), record.reason
    return "not_applied", "la nouvelle recherche ne montre pas la modification"
