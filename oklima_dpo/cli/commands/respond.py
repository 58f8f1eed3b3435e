"""``respond``: produce a letter or a package for a request (PDF, data files, encrypted when
asked) and say where each file went, with its SHA-256."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.french import typography
from ..arguments import package_argument
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


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.answers import produce as answers

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
