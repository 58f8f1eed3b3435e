"""``documents``: the files produced for a request, with the number ``send`` takes."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.answers import LetterKind
from ...domain.french import fr_date
from ..exits import EXIT_OK
from ..output import print_json, print_lines
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.cases.views import DocumentView
    from ...services.context import ServiceContext

NAME = "documents"


def add(commands: Subcommands, parents: Parents) -> None:
    documents = commands.add_parser(
        NAME, parents=parents, help="the files produced for a request, with their numbers"
    )
    documents.add_argument("reference")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.answers.sending import produced_documents

    produced = produced_documents(ctx, args.reference)
    if args.json:
        print_json([document_json(d) for d in produced], out)
        return EXIT_OK
    lines = [
        f"n° {d.id}  {fr_date(d.added_at.date())}  {d.filename}  SHA-256 {d.sha256}"
        for d in produced
    ]
    print_lines(lines or ["Aucun document produit pour cette demande."], out)
    return EXIT_OK


def document_json(document: DocumentView) -> dict[str, Any]:
    kind = LetterKind.of_document(document.filename)
    return {
        "id": document.id,
        "filename": document.filename,
        "kind": kind.value if kind else None,
        "sha256": document.sha256,
        "size": document.size,
        "path": str(document.path),
        "added_at": document.added_at.isoformat(),
        "added_by": document.added_by,
    }
