"""What an answer says an execution did, in words the person reads: per category of data (the
register's labels, in the letter's language), never a system's name, a table or a record
key (LEGAL.md §4: every sentence true of the case).

The service gives each record of the executed plan with the categories of its data and the
date until which a kept record stays; this module groups them into the answer's three lists:
what was done, what is kept (with its legal ground and its last day), what an owner is
still doing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .plan import Action
from .register import Register

__all__ = ["KeptData", "RecordOutcome", "Summary", "summarise"]


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    """One record of the executed plan, as the answer needs it."""

    action: Action
    categories: tuple[str, ...]  # the register's keys of the data the action touched
    source_name: str  # said only where no category is known (paper archives)
    pending: bool = False  # an owner's task not yet done
    ground: str | None = None  # kept: the legal ground, as the plan wrote it (French)
    until: date | None = None  # kept: the last day, from the register's retention
    corrections: tuple[tuple[str, str, str], ...] = ()  # label, old, new (rectification)


@dataclass(frozen=True, slots=True)
class KeptData:
    what: str  # the categories kept, joined
    ground: str
    until: date | None


@dataclass(frozen=True, slots=True)
class Summary:
    done: tuple[str, ...]
    kept: tuple[KeptData, ...]
    pending: tuple[str, ...]


_WORDS = {
    "fr": {
        "unlinked": "{label} (le lien avec vous a été supprimé)",
        Action.RESTRICT: "Traitement limité pour : {labels}",
        Action.OPTOUT: "Opposition à la prospection enregistrée pour : {labels}",
        "owner_erased": "{source} : effacement fait par le service qui les détient",
        "owner_done": "{source} : mesure prise par le service qui les détient",
        "correction": "{label} : « {old} » remplacé par « {new} »",
        "empty": "(vide)",
    },
    "en": {
        "unlinked": "{label} (the link to you was removed)",
        Action.RESTRICT: "Processing restricted for: {labels}",
        Action.OPTOUT: "Objection to marketing recorded for: {labels}",
        "owner_erased": "{source}: erasure done by the department that holds them",
        "owner_done": "{source}: measure taken by the department that holds them",
        "correction": "{label}: “{old}” replaced by “{new}”",
        "empty": "(empty)",
    },
}
_ERASING = (Action.DELETE, Action.EMPTY)


def summarise(
    outcomes: Iterable[RecordOutcome],
    register: Register,
    language: str,
    *,
    erasure: bool,
    owners_done: Iterable[str] = (),
) -> Summary:
    """The answer's lists. ``owners_done``: sources whose owner finished a task that named no
    record (paper archives searched by hand); ``erasure``: the right carried out."""
    words = _WORDS[language]
    labels = _labels(register, language)
    grounds = _grounds(register, language)
    erased: set[str] = set()
    unlinked: set[str] = set()
    marked: dict[Action, set[str]] = {}
    corrections: list[str] = []
    kept: dict[str, tuple[set[str], date | None]] = {}
    pending: dict[str, set[str]] = {}
    for outcome in outcomes:
        keys = set(outcome.categories)
        if outcome.pending:
            pending.setdefault(outcome.source_name, set()).update(keys)
        elif outcome.action is Action.KEEP:
            ground = _ground(grounds, outcome.ground or "")
            held, until = kept.get(ground, (set(), None))
            if outcome.until is not None:
                until = max(until or outcome.until, outcome.until)
            kept[ground] = (held | keys, until)
        elif outcome.action in _ERASING or (outcome.action is Action.TASK and erasure):
            erased |= keys
        elif outcome.action is Action.PSEUDONYMISE:
            unlinked |= keys
        elif outcome.action is Action.CORRECT:
            corrections += [
                words["correction"].format(
                    label=label, old=old or words["empty"], new=new or words["empty"]
                )
                for label, old, new in outcome.corrections
            ]
        elif outcome.action in (Action.RESTRICT, Action.OPTOUT):
            marked.setdefault(outcome.action, set()).update(keys)
    order = [c.key for c in register.categories]

    def named(keys: set[str]) -> list[str]:
        return [labels[k] for k in order if k in keys]

    # Erased in one record and unlinked in another: erased is what the person needs to read.
    done = [*named(erased)]
    done += [words["unlinked"].format(label=label) for label in named(unlinked - erased)]
    done += corrections
    done += [
        str(words[action]).format(labels=", ".join(named(keys)))
        for action, keys in marked.items()
        if keys
    ]
    owner_line = words["owner_erased" if erasure else "owner_done"]
    done += [owner_line.format(source=source) for source in owners_done]
    return Summary(
        done=tuple(done),
        kept=tuple(
            KeptData(", ".join(named(keys)), ground, until)
            for ground, (keys, until) in kept.items()
            if keys
        ),
        pending=tuple(
            ", ".join(named(keys)) if named(keys) else source
            for source, keys in sorted(pending.items())
        ),
    )


def _labels(register: Register, language: str) -> dict[str, str]:
    return {c.key: (c.label.en if language == "en" else c.label.fr) for c in register.categories}


def _grounds(register: Register, language: str) -> dict[str, str]:
    """Each legal hold's ground, by its French wording (the plan's), in the letter's language."""
    return {
        rule.legal_ground.fr: (rule.legal_ground.en if language == "en" else rule.legal_ground.fr)
        for activity in register.activities
        for rule in activity.legal_holds
        if rule.legal_ground is not None
    }


def _ground(grounds: Mapping[str, str], text: str) -> str:
    """The plan's ground (several joined by « ; ») in the letter's language; as written when
    the register does not know it (a ground typed by the DPO)."""
    parts = text.split("; ")
    if all(part in grounds for part in parts):
        return "; ".join(grounds[part] for part in parts)
    return text
