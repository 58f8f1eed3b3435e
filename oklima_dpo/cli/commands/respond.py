"""``respond``: produce a letter or a package for a request (PDF, data files, encrypted when
asked) and say where each file went, with its SHA-256.

As « Modifier le texte… » in the Réponses tab, ``--show-wording`` prints the letter's editable
paragraphs (the last edit kept in the case, else the template filled in), and ``--wording
FILE`` produces the letter with the paragraphs of FILE (blocks separated by a blank line),
kept in the case::

    oklima-dpo respond DR-2025-0001 --package refusal --show-wording > refus.txt
    oklima-dpo respond DR-2025-0001 --package refusal --wording refus.txt
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.errors import DpoError
from ...domain.french import typography
from ..arguments import package_argument, wording_file
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.context import ServiceContext

NAME = "respond"


def add(commands: Subcommands, parents: Parents) -> None:
    respond_parser = commands.add_parser(
        NAME, parents=parents, help="produce a letter or a package for a request"
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
    wording = respond_parser.add_mutually_exclusive_group()
    wording.add_argument(
        "--show-wording", action="store_true", help="print the editable paragraphs, produce nothing"
    )
    wording.add_argument(
        "--wording",
        type=wording_file,
        metavar="FILE",
        help="the paragraphs to produce with (blocks separated by a blank line)",
    )


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.answers import produce as answers

    if args.show_wording:
        return _show_wording(args, ctx, out)
    produced = answers.produce(
        ctx,
        args.reference,
        args.package,
        language=args.letter_language or args.lang,
        encrypt=args.encrypt,
        out=args.out,
        wording_override=args.wording,
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


def _show_wording(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from ...services.answers import produce as answers

    if args.encrypt or args.out:
        raise DpoError("--show-wording ne produit rien : sans --encrypt ni --out.")
    paragraphs = answers.default_wording(
        ctx, args.reference, args.package, args.letter_language or args.lang
    )
    if args.json:
        print_json(
            {
                "reference": args.reference.strip().upper(),
                "package": args.package,
                "paragraphs": paragraphs,
            },
            out,
        )
    else:
        out.write("\n\n".join(paragraphs) + "\n")
    return EXIT_OK
