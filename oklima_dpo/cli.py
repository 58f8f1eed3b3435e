"""The command line: the same use cases as the desktop program, for scripting and tests.

Exit codes: 0 success, 2 bad input (message on stderr, nothing written), 1 internal error.
``--json`` prints machine-readable results. No business rule lives here: arguments are read,
a service is called, its result printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .domain.case import Outcome
from .domain.deadlines import (
    Calendar,
    DeadlinePolicy,
    ExtensionReading,
    Suspension,
    compute_deadline,
    describe_days_left,
)
from .domain.errors import DpoError
from .domain.french import PARIS, fr_date, typography
from .domain.parsing import parse_enum
from .domain.rights import Right, parse_right
from .domain.workflow import EventKind, Status
from .services.cases.views import CaseDetail, CaseFilter, CaseSummary, NewCase
from .services.errors import InvalidInput

# The services (and SQLAlchemy behind them) load with the command that needs them: parsing
# the arguments, or starting the desktop program, must not pay for them.
if TYPE_CHECKING:
    from .services.context import ServiceContext

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2

# The steps `cases event` records, by the names the command line uses.
EVENT_KINDS = {
    "acknowledged": EventKind.ACKNOWLEDGED,
    "info-requested": EventKind.INFO_REQUESTED,
    "info-received": EventKind.INFO_RECEIVED,
    "identity-verified": EventKind.IDENTITY_VERIFIED,
    "extended": EventKind.EXTENDED,
    "answered": EventKind.SENT,
    "closed": EventKind.CLOSED,
    "withdrawn": EventKind.WITHDRAWN,
    "reopened": EventKind.REOPENED,
    "note": EventKind.NOTE,
}

ContextFactory = Callable[[argparse.Namespace], "ServiceContext"]


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with its errors in the program's style (message on stderr, exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog} : {message}\n")


# -- reading arguments -----------------------------------------------------------------------


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » n’est pas une date au format AAAA-MM-JJ"
        ) from None


def parse_moment(text: str) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, Paris time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » n’est pas une date au format AAAA-MM-JJ ou AAAA-MM-JJTHH:MM"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=PARIS)


def parse_suspension(text: str) -> Suspension:
    """``FROM:TO``; ``FROM:`` for a suspension still open."""
    start, sep, end = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"« {text} » : attendu DEBUT:FIN (AAAA-MM-JJ:AAAA-MM-JJ)")
    first = parse_day(start)
    last = parse_day(end) if end.strip() else None
    if last is not None and last < first:
        raise argparse.ArgumentTypeError(f"« {text} » : la fin précède le début")
    return Suspension(first, last)


def enum_argument(enum: type[Enum], what: str) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return parse_enum(enum, text, what)  # type: ignore[type-var]
        except DpoError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return convert


def right_argument(text: str) -> Right:
    try:
        return parse_right(text)
    except DpoError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def event_argument(text: str) -> EventKind:
    kind = EVENT_KINDS.get(text.strip().lower().replace("_", "-"))
    if kind is None:
        raise argparse.ArgumentTypeError(
            f"étape « {text} » inconnue : choisir parmi {', '.join(EVENT_KINDS)}"
        )
    return kind


# -- the parser ------------------------------------------------------------------------------


def common_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before or after the command (``--json`` at the end reads naturally)."""
    default = argparse.SUPPRESS if suppress else None
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--db",
        default=default,
        help="case base: a file path or a SQLAlchemy URL (postgresql+psycopg://…)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        help="put every folder the program writes (case base, documents, logs, "
        "exports) under this folder",
    )
    parser.add_argument(
        "--catalogue",
        type=Path,
        default=default,
        metavar="FILE",
        help="the source catalogue to use (default: the one chosen in the settings)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print machine-readable JSON",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="use the demo case base (synthetic people), never the real one",
    )
    return parser


def build_parser() -> ArgumentParser:
    later = common_options(suppress=True)
    parser = ArgumentParser(
        prog="oklima-dpo",
        description="OKLIMA DPO: requests of data subjects, their deadlines and answers. "
        "Without a command, opens the desktop program.",
        parents=[common_options(suppress=False)],
    )
    parser.add_argument(
        "--no-err-windows",
        action="store_true",
        help="print unexpected errors instead of showing a dialog",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start once on a throw-away demo case base, check, print and exit",
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help="language of the desktop program (default: the one chosen in it, else fr)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    deadline = commands.add_parser(
        "deadline", parents=[later], help="compute the legal deadlines of a request"
    )
    deadline.add_argument("--received", type=parse_day, required=True, metavar="YYYY-MM-DD")
    deadline.add_argument(
        "--calendar",
        type=enum_argument(Calendar, "Calendrier"),
        default=Calendar.NATIONAL,
        help="national or alsace-moselle",
    )
    deadline.add_argument(
        "--suspended",
        type=parse_suspension,
        action="append",
        default=[],
        metavar="FROM:TO",
        help="waiting for information (TO empty: still)",
    )
    deadline.add_argument("--extended", action="store_true", help="the two-month extension")
    deadline.add_argument(
        "--extension-reading",
        default=ExtensionReading.RECEIPT_PLUS_THREE_MONTHS,
        type=enum_argument(ExtensionReading, "Lecture de la prolongation"),
    )
    deadline.add_argument(
        "--no-suspension",
        action="store_true",
        help="do not stop the clock while waiting for information",
    )
    deadline.add_argument("--today", type=parse_day, help="for a suspension still open")

    case_parser = commands.add_parser("cases", help="requests: add, list, show, record steps")
    case_commands = case_parser.add_subparsers(
        dest="case_command", metavar="ACTION", required=True, parser_class=ArgumentParser
    )
    add = case_commands.add_parser("add", parents=[later], help="record a new request")
    add.add_argument(
        "--right",
        dest="rights",
        action="append",
        type=right_argument,
        required=True,
        help=", ".join(r.value for r in Right),
    )
    add.add_argument("--name", required=True)
    add.add_argument("--email", dest="emails", action="append", default=[])
    add.add_argument("--phone", dest="phones", action="append", default=[])
    add.add_argument("--customer-no", dest="customer_numbers", action="append", default=[])
    add.add_argument("--contract-no", dest="contract_numbers", action="append", default=[])
    add.add_argument("--address", default="", help="postal address")
    add.add_argument(
        "--received",
        type=parse_moment,
        required=True,
        metavar="YYYY-MM-DD[THH:MM]",
        help="Paris time",
    )
    add.add_argument("--channel", required=True, help="email, post, web, phone, in_person")
    add.add_argument("--text", default="", help="the request as received")
    add.add_argument("--language", default="fr", help="fr or en")
    add.add_argument("--representative", default="", help="name of the representative")
    add.add_argument("--mandate", type=Path, help="the representative's mandate (a file)")
    add.add_argument("--mandate-note", default="", help="how the mandate was checked")
    add.add_argument(
        "--attach",
        dest="attachments",
        type=Path,
        action="append",
        default=[],
        help="the letter or e-mail as received",
    )

    listing = case_commands.add_parser("list", parents=[later], help="the queue")
    listing.add_argument(
        "--status",
        type=enum_argument(Status, "Statut"),
        action="append",
        default=[],
        help=", ".join(s.value for s in Status),
    )
    listing.add_argument("--right", type=right_argument)
    listing.add_argument("--overdue", action="store_true")
    listing.add_argument("--due-within", type=int, metavar="DAYS")
    listing.add_argument("--extended", action="store_true")
    listing.add_argument("--awaiting-info", action="store_true")
    listing.add_argument("--open", action="store_true", help="open cases only")
    listing.add_argument("--search", default="", help="text in the reference or the name")
    listing.add_argument("--limit", type=int)

    show = case_commands.add_parser("show", parents=[later], help="one case")
    show.add_argument("reference")

    step = case_commands.add_parser("event", parents=[later], help="record a step")
    step.add_argument("reference")
    step.add_argument("kind", type=event_argument, metavar="KIND", help=", ".join(EVENT_KINDS))
    step.add_argument("--on", type=parse_day, metavar="YYYY-MM-DD", help="default: today")
    step.add_argument("--reason", default="", help="reason, note, or how identity was checked")

    decide = case_commands.add_parser("decide", parents=[later], help="decide on one right")
    decide.add_argument("reference")
    decide.add_argument("--right", type=right_argument, required=True)
    decide.add_argument(
        "--outcome",
        type=enum_argument(Outcome, "Décision"),
        required=True,
        help="granted, partly_granted, refused",
    )
    decide.add_argument("--ground", default="", help="legal ground (required unless granted)")

    audit_parser = commands.add_parser("audit", help="the audit journal")
    audit_commands = audit_parser.add_subparsers(
        dest="audit_command", metavar="ACTION", required=True, parser_class=ArgumentParser
    )
    audit_commands.add_parser("verify", parents=[later], help="check the chain of hashes")

    demo_parser = commands.add_parser(
        "demo", parents=[later], help="fill a demo case base with synthetic requests"
    )
    demo_parser.add_argument("--cases", type=int, default=150)
    demo_parser.add_argument("--seed", type=int, help="the same seed gives the same people")

    sources_parser = commands.add_parser("sources", help="the company's systems (catalogue)")
    sources_commands = sources_parser.add_subparsers(
        dest="sources_command", metavar="ACTION", required=True, parser_class=ArgumentParser
    )
    sources_commands.add_parser(
        "check", parents=[later], help="the catalogue is valid and each source answers"
    )

    gather_parser = commands.add_parser(
        "gather", parents=[later], help="search every source for the person of a request"
    )
    gather_parser.add_argument("reference")
    gather_parser.add_argument(
        "--source", dest="sources", action="append", help="only this source (to retry it)"
    )

    respond_parser = commands.add_parser(
        "respond", parents=[later], help="produce a letter or a package for a request"
    )
    respond_parser.add_argument("reference")
    respond_parser.add_argument(
        "--package",
        required=True,
        type=package_argument,
        metavar="KIND",
        help="access, portability, acknowledgement, information-request, extension, refusal, "
        "no-data; the answers after an execution: rectification, erasure, restriction, "
        "objection, consent-withdrawal; restriction-lift-notice",
    )
    respond_parser.add_argument("--lang", dest="letter_language", choices=("fr", "en"))
    respond_parser.add_argument(
        "--encrypt", action="store_true", help="AES-256; the password is printed once"
    )
    respond_parser.add_argument("--out", type=Path, metavar="DIR")

    casefile_parser = commands.add_parser(
        "casefile", parents=[later], help="the legal team's case file (PDF)"
    )
    casefile_parser.add_argument("reference")
    casefile_parser.add_argument("--out", type=Path, metavar="FILE.pdf")
    casefile_parser.add_argument(
        "--raw-data", action="store_true", help="include the gathered records' values"
    )

    requests_register = commands.add_parser(
        "register", help="the register of requests (every case, for the DPO's accountability)"
    )
    register_commands = requests_register.add_subparsers(
        dest="register_command", metavar="ACTION", required=True, parser_class=ArgumentParser
    )
    register_export = register_commands.add_parser(
        "export", parents=[later], help="every case and the statistics, as an Excel workbook"
    )
    register_export.add_argument("--out", type=Path, metavar="FILE.xlsx")

    execute_parser = commands.add_parser(
        "execute",
        parents=[later],
        help="carry a right out in the company's systems: plan (preview), then apply and verify",
    )
    execute_parser.add_argument("reference")
    execute_parser.add_argument(
        "--right",
        required=True,
        choices=("erasure", "rectification", "restriction", "objection", "consent_withdrawal"),
    )
    step_choice = execute_parser.add_mutually_exclusive_group(required=True)
    step_choice.add_argument(
        "--plan", action="store_true", help="build and store the plan, show the preview"
    )
    step_choice.add_argument(
        "--apply",
        action="store_true",
        help="apply the latest planned execution of the right (planned first if none)",
    )
    execute_parser.add_argument(
        "--set",
        dest="corrections",
        action="append",
        type=correction_argument,
        default=[],
        metavar="SOURCE.TABLE.FIELD=VALUE",
        help="rectification: a field and its new value (repeat for each field)",
    )

    estate = commands.add_parser(
        "demo-estate",
        parents=[later],
        help="write a demo estate of company systems (synthetic people) and its catalogue",
    )
    estate.add_argument("--persons", type=positive_count, required=True, metavar="N")
    estate.add_argument("--out", type=Path, required=True, metavar="DIR")
    estate.add_argument("--seed", type=int, default=0, help="the same seed gives the same people")

    purge_parser = commands.add_parser(
        "purge", parents=[later], help="minimisation: purge what the case base keeps too long"
    )
    purge_parser.add_argument(
        "--dry-run", action="store_true", help="say what is due, change nothing"
    )
    return parser


def package_argument(text: str) -> Any:
    from .domain.answers import LetterKind

    try:
        return LetterKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(kind.value for kind in LetterKind)
        raise argparse.ArgumentTypeError(f"« {text} » inconnu : choisir parmi {choices}") from None


def correction_argument(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or name.count(".") != 2:
        raise argparse.ArgumentTypeError(
            f"« {text} » : attendu SOURCE.TABLE.CHAMP=VALEUR (crm.customers.email=…)"
        )
    return name, value.strip()


def positive_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"« {text} » n’est pas un nombre entier") from None
    if not 1 <= value <= 5_000_000:
        raise argparse.ArgumentTypeError(f"{value} : choisir entre 1 et 5 000 000")
    return value


# -- printing --------------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(jsonable(v) for v in value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any, out: TextIO) -> None:
    json.dump(jsonable(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def summary_line(case: CaseSummary) -> str:
    rights = ", ".join(r.info.short_fr for r in case.rights)
    left = describe_days_left(case.days_left) if case.status.is_open else "—"
    if case.clock_stopped:
        left += " (suspendu)"
    return (
        f"{case.reference}  {case.person_name:<28.28}  {fr_date(case.received_on)}  "
        f"{fr_date(case.due)}  {left:<18}  {case.status.label_fr:<26}  {rights}"
    )


def print_detail(case: CaseDetail, out: TextIO) -> None:
    d = case.deadline
    lines = [
        f"{case.reference} — {case.person_name} — {case.status.label_fr}",
        f"Reçue le {fr_date(d.received_on)} ({case.channel.label_fr})",
        f"Échéance : {fr_date(d.due)}"
        + (" (prolongée)" if d.extended else "")
        + (" — délai suspendu" if d.clock_stopped else ""),
        f"  {d.explanation}",
        "Droits : "
        + "; ".join(
            f"{r.right.label_fr} ({r.right.article})"
            + (f" : {r.outcome.label_fr}" if r.outcome else "")
            for r in case.rights
        ),
        "Identifiants : " + ", ".join(i.value for i in case.identifiers),
        "Historique :",
        *(
            f"  {fr_date(e.on)}  {e.kind.label_fr}" + (f" — {e.text}" if e.text else "")
            for e in case.timeline
        ),
    ]
    out.write(typography("\n".join(lines)) + "\n")


# -- commands --------------------------------------------------------------------------------


def run_deadline(args: argparse.Namespace, out: TextIO) -> int:
    policy = DeadlinePolicy(
        calendar=args.calendar,
        suspension_enabled=not args.no_suspension,
        extension_reading=args.extension_reading,
    )
    deadline = compute_deadline(
        args.received,
        suspensions=args.suspended,
        extended=args.extended,
        policy=policy,
        today=args.today,
    )
    result = {
        "received": deadline.received,
        "due": deadline.due,
        "extension_notice_by": deadline.extension_notice_by,
        "extended_due": deadline.extended_due,
        "effective_due": deadline.effective_due,
        "extended": deadline.extended,
        "suspended_days": deadline.suspended_days,
        "calendar": policy.calendar,
        "extension_reading": policy.extension_reading,
        "explanation": deadline.explanation,
        "explanation_extended": deadline.explanation_extended,
    }
    if args.json:
        print_json(result, out)
    else:
        text = f"Échéance : {fr_date(deadline.effective_due)}\n  {deadline.explanation}\n"
        if not deadline.extended:
            text += (
                f"Si prolongée (à notifier au plus tard le "
                f"{fr_date(deadline.extension_notice_by)}) : "
                f"{fr_date(deadline.extended_due)}\n  {deadline.explanation_extended}\n"
            )
        out.write(typography(text))
    return EXIT_OK


def run_cases(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services.cases import intake
    from .services.cases import queue as case_queue
    from .services.cases import steps as case_steps

    match args.case_command:
        case "add":
            reference = intake.open_case(
                ctx,
                NewCase(
                    name=args.name,
                    rights=tuple(r.value for r in args.rights),
                    received_at=args.received,
                    channel=args.channel,
                    emails=tuple(args.emails),
                    phones=tuple(args.phones),
                    customer_numbers=tuple(args.customer_numbers),
                    contract_numbers=tuple(args.contract_numbers),
                    postal_address=args.address,
                    request_text=args.text,
                    language=args.language,
                    representative_name=args.representative,
                    mandate_note=args.mandate_note,
                    mandate_file=args.mandate,
                    attachments=tuple(args.attachments),
                ),
            )
            if args.json:
                print_json({"reference": reference}, out)
            else:
                out.write(reference + "\n")
        case "list":
            found = case_queue.list_cases(
                ctx,
                CaseFilter(
                    statuses=tuple(args.status),
                    open_only=args.open,
                    right=args.right,
                    overdue=args.overdue,
                    due_within_days=args.due_within,
                    extended=True if args.extended else None,
                    awaiting_info=args.awaiting_info,
                    text=args.search,
                    limit=args.limit,
                ),
            )
            if args.json:
                print_json(found, out)
            else:
                out.writelines(summary_line(case) + "\n" for case in found)
        case "show" | "event" | "decide":
            if args.case_command == "show":
                detail = case_steps.show_case(ctx, args.reference)
            elif args.case_command == "decide":
                detail = case_steps.decide(
                    ctx, args.reference, args.right, args.outcome, args.ground
                )
            elif args.kind is EventKind.SENT:
                detail = case_steps.mark_answered(ctx, args.reference, args.on, args.reason)
            else:
                detail = case_steps.record_step(
                    ctx, args.reference, args.kind, on=args.on, reason=args.reason
                )
            if args.json:
                print_json(detail, out)
            else:
                print_detail(detail, out)
    return EXIT_OK


def run_audit(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from .services import audit

    check = audit.verify_journal(ctx)
    if args.json:
        print_json(
            {
                "intact": check.intact,
                "entries": check.entries,
                "first_bad_entry": check.first_bad_seq,
                "problem": check.problem,
            },
            out,
        )
    elif check.intact:
        count = "1 entrée vérifiée" if check.entries == 1 else f"{check.entries} entrées vérifiées"
        out.write(typography(f"Journal intact : {count}.\n"))
    else:
        err.write(typography(f"Journal altéré : {check.problem}.\n"))
    return EXIT_OK if check.intact else 1


def run_demo(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .demo import cases as demo

    seed = demo.DEFAULT_SEED if args.seed is None else args.seed
    report = demo.fill_demo(ctx, cases=args.cases, seed=seed)
    if args.json:
        print_json(
            {"cases": report.cases, "seed": report.seed, "db": ctx.store.target.display}, out
        )
    else:
        out.write(
            f"{report.cases} demandes de démonstration ajoutées à {ctx.store.target.display}\n"
        )
    return EXIT_OK


def run_sources(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services import sources

    catalogue = sources.catalogue_in_use(ctx)
    checks = sources.check_sources(ctx)
    if args.json:
        print_json(
            {
                "catalogue": str(catalogue.path),
                "valid": True,
                "sources": [
                    {"source": c.source_id, "name": c.name, "ok": c.ok, "problems": c.problems}
                    for c in checks
                ],
            },
            out,
        )
    else:
        out.write(typography(f"Catalogue valide : {catalogue.path}\n"))
        for check in checks:
            state = "joignable, conforme" if check.ok else "PROBLÈME"
            out.write(typography(f"– {check.name} ({check.source_id}) : {state}\n"))
            out.writelines(typography(f"    {problem}\n") for problem in check.problems)
    return EXIT_OK if all(check.ok for check in checks) else 1


def run_gather(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services.gathering import gather as gathering
    from .services.gathering import snapshot as snapshots

    data = gathering.gather_case(ctx, args.reference, only=args.sources)
    failed = [s for s in data.sources if s.status == "failed"]
    if args.json:
        print_json(
            {
                "reference": data.reference,
                "complete": data.complete,
                "findings": [
                    snapshots.finding_json(f) for f in data.findings if f.change != "gone"
                ],
                "sources": [
                    {"source": s.source_id, "status": s.status, "records": s.records}
                    for s in data.sources
                ],
                "failed_sources": [{"source": s.source_id, "message": s.message} for s in failed],
            },
            out,
        )
        return EXIT_OK
    out.write(typography(f"Demande {data.reference} : données rassemblées.\n"))
    for state in data.sources:
        line = f"– {state.name} : {state.status_label}"
        if state.status == "answered":
            line += f", {state.records} enregistrement(s)"
        elif state.message:
            line += f" — {state.message}"
        out.write(typography(line + "\n"))
    for finding in data.findings:
        if finding.change == "gone":
            continue
        mark = "✓" if finding.included else "✗"
        out.write(
            typography(
                f"  {mark} {finding.source_name} › {finding.table_label} › {finding.key} "
                f"({finding.match_label})\n"
            )
        )
    if not data.complete:
        out.write(
            typography("Données incomplètes : " + " ; ".join(data.incomplete_reasons) + ".\n")
        )
    return EXIT_OK


def run_respond(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services.answers import produce as answers

    produced = answers.produce(
        ctx,
        args.reference,
        args.package,
        language=args.letter_language or args.lang,
        encrypt=args.encrypt,
        out=args.out,
    )
    files = [{"path": str(f.path), "sha256": f.sha256, "size": f.size} for f in produced.files]
    if args.json:
        result: dict[str, Any] = {"reference": produced.reference, "files": files}
        if produced.password:
            result["password"] = produced.password
        print_json(result, out)
        return EXIT_OK
    for item in files:
        out.write(f"{item['path']}\n  SHA-256 {item['sha256']}\n")
    if produced.password:
        out.write(
            typography(
                f"Mot de passe (à transmettre par un autre canal, il n’est conservé nulle "
                f"part) : {produced.password}\n"
            )
        )
    return EXIT_OK


def run_casefile(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services.answers.casefile import build_case_file

    written = build_case_file(ctx, args.reference, out=args.out, include_raw_data=args.raw_data)
    if args.json:
        print_json({"path": str(written.path), "sha256": written.sha256}, out)
    else:
        out.write(f"{written.path}\n  SHA-256 {written.sha256}\n")
    return EXIT_OK


def run_register_export(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services.reports.register import export_register

    written = export_register(ctx, args.out)
    if args.json:
        print_json({"path": str(written.path), "sha256": written.sha256}, out)
    else:
        out.write(f"{written.path}\n  SHA-256 {written.sha256}\n")
    return EXIT_OK


def run_demo_estate(args: argparse.Namespace, out: TextIO) -> int:
    from .demo.estate import write_demo_estate

    summary = write_demo_estate(args.out, args.persons, seed=args.seed)
    catalogue = args.out / "catalogue.yaml"
    if args.json:
        print_json({"out": args.out, "catalogue": catalogue, "persons": args.persons}, out)
    else:
        out.write(
            typography(
                f"Patrimoine de démonstration écrit dans {args.out} "
                f"({args.persons} personnes) ; catalogue : {catalogue}\n"
            )
        )
    del summary
    return EXIT_OK


def run_purge(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services.minimisation.purge import run_purge as purge

    report = purge(ctx, dry_run=args.dry_run)
    if args.json:
        print_json(
            {
                "dry_run": report.dry_run,
                "purged": [
                    {"reference": i.reference, "kind": i.kind, "since": i.since, "counts": i.counts}
                    for i in report.items
                ],
                "suppressions_removed": report.suppressions_removed,
            },
            out,
        )
        return EXIT_OK
    if report.empty:
        out.write(typography("Rien à purger aujourd’hui.\n"))
    for item in report.items:
        mark = "à purger" if report.dry_run else "purgé"
        counts = ", ".join(f"{name} {value}" for name, value in item.counts.items())
        out.write(typography(f"– {item.reference} : {item.label} ({mark} ; {counts})\n"))
    if report.suppressions_removed:
        out.write(
            typography(
                f"{report.suppressions_removed} inscription(s) expirée(s) retirée(s) de la liste "
                "d’opposition.\n"
            )
        )
    return EXIT_OK


def run_execute(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from .services.execution import applying, planning
    from .services.execution import views as execution_views

    corrections = dict(args.corrections) if args.corrections else None
    if corrections and args.right != "rectification":
        raise InvalidInput({"set": "--set ne vaut que pour une rectification."})
    planned = None
    if args.apply and corrections is None:
        planned = execution_views.latest_execution(
            ctx, args.reference, args.right, status="planned"
        )
    fresh = planned is None
    if planned is None:
        planned = planning.plan_execution(
            ctx,
            args.reference,
            args.right,
            corrections=corrections,
        )
    view = planned
    if args.apply:
        if fresh and not args.json:
            print_execution(planned, out)
        view = applying.apply_execution(ctx, args.reference, planned.id)
    if args.json:
        print_json(execution_json(view), out)
    else:
        print_execution(view, out)
    if args.apply and args.right in ("objection", "consent_withdrawal") and not args.json:
        out.write(typography("La personne est inscrite sur la liste d’opposition.\n"))
    return EXIT_OK if view.status in ("planned", "verified") else 1


def execution_json(view: Any) -> dict[str, Any]:
    return {
        "reference": view.reference,
        "execution": view.id,
        "right": view.right.value,
        "status": view.status,
        "plan_sha256": view.plan_sha256,
        "preview": [
            {"source": line.source, "action": line.action.value, "count": line.count}
            for line in view.preview
        ],
        "plan": view.plan.to_json(),
        "result": view.result,
        "verification": view.verification,
        "tasks": [
            {"id": t.id, "kind": t.kind, "target": t.target, "status": t.status} for t in view.tasks
        ],
    }


def print_execution(view: Any, out: TextIO) -> None:
    lines = [
        f"Demande {view.reference} — {view.right.label_fr} : exécution n° {view.id}, "
        f"{view.status_label}",
        f"Plan SHA-256 {view.plan_sha256}",
    ]
    names = {s.source: s.name for s in view.plan.sources}
    for line in view.preview:
        lines.append(f"– {names[line.source]} : {line.action.label_fr} × {line.count}")
    lines += [f"  ⚠ {warning}" for warning in view.plan.warnings]
    for source_id, outcome in ((view.result or {}).get("sources") or {}).items():
        if outcome["status"] == "applied":
            before, after = outcome["before"], outcome["after"]
            lines.append(
                f"{names.get(source_id, source_id)} : appliqué ({outcome['statements']} "
                f"écriture(s) ; avant {before['count']} ligne(s) SHA-256 {before['sha256']}, "
                f"après {after['count']} ligne(s) SHA-256 {after['sha256']})"
            )
        else:
            lines.append(f"{names.get(source_id, source_id)} : ÉCHEC — {outcome['message']}")
    verification = view.verification or {}
    for item in verification.get("remaining", ()):
        lines.append(
            f"  reste {item['source']} › {item['table']} › {item['key']} : {item['reason']}"
        )
    lines += [f"Tâche n° {t.id} ({t.target}) : {t.status_label}" for t in view.tasks]
    out.write(typography("\n".join(lines)) + "\n")


def run(
    args: argparse.Namespace,
    open_context: ContextFactory,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command; DpoError → exit 2 with its message, anything else propagates."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        if args.command == "deadline":
            return run_deadline(args, out)
        if args.command == "demo-estate":
            return run_demo_estate(args, out)
        ctx = open_context(args)
        try:
            if args.command == "cases":
                return run_cases(args, ctx, out)
            if args.command == "audit":
                return run_audit(args, ctx, out, err)
            if args.command == "demo":
                return run_demo(args, ctx, out)
            if args.command == "sources":
                return run_sources(args, ctx, out)
            if args.command == "gather":
                return run_gather(args, ctx, out)
            if args.command == "respond":
                return run_respond(args, ctx, out)
            if args.command == "casefile":
                return run_casefile(args, ctx, out)
            if args.command == "register":
                return run_register_export(args, ctx, out)
            if args.command == "execute":
                return run_execute(args, ctx, out)
            if args.command == "purge":
                return run_purge(args, ctx, out)
        finally:
            ctx.store.dispose()
    except InvalidInput as error:
        err.writelines(f"oklima-dpo : {problem}\n" for problem in error.problems.values())
        return EXIT_BAD_INPUT
    except DpoError as error:
        err.write(f"oklima-dpo : {error}\n")
        return EXIT_BAD_INPUT
    raise AssertionError(f"unknown command {args.command!r}")


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
