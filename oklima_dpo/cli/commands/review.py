"""``review``: the DPO's review of what gathering found, as in the Données tab of the case
window — show it; include or exclude a record (an exclusion says why); skip a source that will
not answer; record a manual source's answer; save (freeze) the reviewed result.

Several steps in one call run in the order typed, then the result is shown::

    oklima-dpo review DR-2025-0001 --exclude customer_no=CL00010042 --reason "Homonyme" \
        --skip support --reason "Boîte archivée" --save

The services take a record's number; the command line takes its key as ``review`` shows it
(``SOURCE.TABLE KEY``, or the key alone when no other record has it) and finds the number in
the case's data (``review_keys``). Every step is checked against the case's data before the
first one runs, so that a typing mistake writes nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.errors import DpoError
from ..arguments import existing_file, text_argument
from ..exits import EXIT_OK
from ..output import print_json, print_lines
from ..protocol import Parents, Subcommands
from .review_keys import finding_for, place_of
from .review_output import data_json, data_lines, snapshot_json

if TYPE_CHECKING:
    from ...services.context import ServiceContext
    from ...services.gathering.views import CaseData, SnapshotView

NAME = "review"


@dataclass(frozen=True, slots=True)
class Step:
    """One step as typed: ``--include KEY``, ``--exclude KEY --reason …``, ``--skip SOURCE
    --reason …``, ``--manual SOURCE --found|--nothing [--note …] [--attach FILE]``, ``--save``."""

    action: str
    target: str = ""  # the record's key, or the source
    reason: str | None = None
    found: bool | None = None
    note: str | None = None
    attachment: Path | None = None

    def typed(self) -> str:
        return f"--{self.action} {self.target}".rstrip()


# What completes which step: ``--reason`` the exclusion, the skip, or the inclusion of a record
# tied by the name alone, typed just before it…
DETAILS = {
    "reason": ("include", "exclude", "skip"),
    "found": ("manual",),
    "note": ("manual",),
    "attachment": ("manual",),
}


class AddStep(argparse.Action):
    """``--include``, ``--exclude``, ``--skip``, ``--manual``, ``--save``: a step, in order."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        namespace.steps = [*namespace.steps, Step(self.const, values or "")]


class CompleteStep(argparse.Action):
    """``--reason``, ``--found``/``--nothing``, ``--note``, ``--attach``: complete the step
    typed just before (``self.dest`` names the field of :class:`Step`)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        steps: list[Step] = list(namespace.steps)
        wanted = DETAILS[self.dest]
        if not steps or steps[-1].action not in wanted:
            after = " ou ".join(f"--{action}" for action in wanted)
            raise argparse.ArgumentError(self, f"à placer après {after}")
        if getattr(steps[-1], self.dest) is not None:
            raise argparse.ArgumentError(self, f"déjà donné pour {steps[-1].typed()}")
        value = self.const if self.nargs == 0 else values
        steps[-1] = replace(steps[-1], **{self.dest: value})
        namespace.steps = steps


def add(commands: Subcommands, parents: Parents) -> None:
    review = commands.add_parser(
        NAME,
        parents=parents,
        help="show the review of the data gathered; include, exclude, skip, answer a manual "
        "source, save",
    )
    review.add_argument("reference")
    steps = review.add_argument_group("steps (run in the order typed, then the result is shown)")
    for option, metavar, help_text in (
        (
            "--include",
            "KEY",
            "include this record (its key as shown, or SOURCE.TABLE KEY); --reason for one "
            "tied by the name alone",
        ),
        ("--exclude", "KEY", "exclude this record; --reason says why"),
        ("--skip", "SOURCE", "this source will not answer; --reason says why"),
        ("--manual", "SOURCE", "a manual source's answer: --found or --nothing, --note, --attach"),
    ):
        steps.add_argument(
            option, dest="steps", action=AddStep, const=option[2:], metavar=metavar, help=help_text
        )
    steps.add_argument(
        "--save",
        dest="steps",
        action=AddStep,
        const="save",
        nargs=0,
        help="freeze the reviewed result (prints its SHA-256)",
    )
    review.set_defaults(steps=[])
    # Each completes the step typed just before it; none sets a value of its own.
    details = review.add_argument_group("what completes the step typed just before")
    details.add_argument(
        "--reason",
        dest="reason",
        action=CompleteStep,
        type=text_argument,
        default=argparse.SUPPRESS,
        metavar="TEXT",
    )
    for option, found in (("--found", True), ("--nothing", False)):
        details.add_argument(
            option,
            dest="found",
            action=CompleteStep,
            nargs=0,
            const=found,
            default=argparse.SUPPRESS,
        )
    details.add_argument(
        "--note", dest="note", action=CompleteStep, default=argparse.SUPPRESS, metavar="TEXT"
    )
    details.add_argument(
        "--attach",
        dest="attachment",
        action=CompleteStep,
        type=existing_file,
        default=argparse.SUPPRESS,
        metavar="FILE",
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.gathering import review

    steps: list[Step] = args.steps
    _check_complete(steps)
    data = review.case_data(ctx, args.reference, consulted=not steps)  # shown as it is
    targets = [_target_of(step, data) for step in steps]  # before anything is written
    said: list[str] = []
    saved: SnapshotView | None = None
    for step, target in zip(steps, targets, strict=True):
        try:
            data, line, snapshot = _apply(ctx, data.reference, step, target)
        except DpoError as error:
            if not said:
                raise
            raise DpoError(
                f"{error} (déjà enregistré avant cette erreur : {' ; '.join(said)})"
            ) from error
        said.append(line)
        saved = snapshot or saved
    if steps and steps[-1].action == "save":
        data = review.case_data(ctx, data.reference)  # the new snapshot among the others
    if args.json:
        result = data_json(data)
        result["saved"] = snapshot_json(saved) if saved else None
        print_json(result, out)
    else:
        print_lines([*said, *data_lines(data)], out)
    return EXIT_OK


def _check_complete(steps: list[Step]) -> None:
    """Each exclusion and skip with its reason, each manual answer found or not."""
    from ...services.errors import InvalidInput

    for step in steps:
        if step.action in ("exclude", "skip") and step.reason is None:
            raise InvalidInput({"reason": f"{step.typed()} : indiquer le motif (--reason)."})
        if step.action == "manual" and step.found is None:
            raise InvalidInput({"found": f"{step.typed()} : préciser --found ou --nothing."})


def _target_of(step: Step, data: CaseData) -> Any:
    """What the step acts on, found in the case's data: a record, a source, or nothing."""
    from ...services.errors import InvalidInput

    if step.action in ("include", "exclude"):
        return finding_for(data, step.target)
    if step.action in ("skip", "manual"):
        state = next((s for s in data.sources if s.source_id == step.target), None)
        if state is None:
            known = ", ".join(s.source_id for s in data.sources) or "aucune"
            raise InvalidInput(
                {"source": f"Source « {step.target} » inconnue du catalogue ({known})."}
            )
        if step.action == "manual" and state.kind != "manual":
            manual = ", ".join(s.source_id for s in data.sources if s.kind == "manual")
            raise InvalidInput(
                {
                    "source": f"« {step.target} » n’est pas une source manuelle "
                    f"(sources manuelles : {manual or 'aucune'})."
                }
            )
        return state
    return None


def _apply(
    ctx: ServiceContext, reference: str, step: Step, target: Any
) -> tuple[CaseData, str, SnapshotView | None]:
    """Run one step; returns the case's data after it, what to say, and the snapshot saved."""
    from ...services.gathering import review

    match step.action:
        case "include":
            data = review.review_finding(
                ctx, reference, target.id, included=True, reason=step.reason or ""
            )
            return data, f"Inclus : {place_of(target)}.", None
        case "exclude":
            data = review.review_finding(
                ctx, reference, target.id, included=False, reason=step.reason or ""
            )
            return data, f"Écarté : {place_of(target)} — {step.reason}.", None
        case "skip":
            data = review.skip_source(ctx, reference, target.source_id, step.reason or "")
            return data, f"Source écartée : {target.name} — {step.reason}.", None
        case "manual":
            data = review.record_manual_answer(
                ctx,
                reference,
                target.source_id,
                found=bool(step.found),
                note=step.note or "",
                attachment=step.attachment,
            )
            what = "trouvé" if step.found else "rien trouvé"
            return data, f"Réponse de « {target.name} » enregistrée : {what}.", None
    snapshot = review.save_review(ctx, reference)
    line = f"Revue enregistrée : SHA-256 {snapshot.sha256}"
    if not snapshot.complete:
        line += " (données incomplètes)"
    return review.case_data(ctx, reference), line + ".", snapshot
