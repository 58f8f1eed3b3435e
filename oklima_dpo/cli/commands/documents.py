"""``documents``: the files produced for a request, with the number ``send`` takes; ``--all``
every file of the request (received ones too); ``--copy ID --out FILE`` a copy of one in clear
where the DPO chooses (the file kept in the case may be sealed: it is checked, then written),
as « Enregistrer une copie sous… » in the window.

    oklima-dpo documents DR-2025-0001 --all
    oklima-dpo documents DR-2025-0001 --copy 3 --out justificatif.pdf
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ...domain.answers import LetterKind
from ...domain.french import fr_date
from ..arguments import number_argument
from ..exits import EXIT_OK
from ..output import print_json, print_lines, print_written
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
    documents.add_argument("--all", action="store_true", help="received files too")
    documents.add_argument(
        "--copy", type=number_argument, metavar="ID", help="save a copy of this document"
    )
    documents.add_argument("--out", type=Path, metavar="FILE", help="where --copy writes")


def run(args: argparse.Namespace, ctx: ServiceContext, out: TextIO, err: TextIO) -> int:
    from ...services.answers.sending import produced_documents
    from ...services.cases.steps import show_case
    from ...services.errors import InvalidInput

    if args.copy is not None:
        if args.out is None:
            raise InvalidInput({"out": "--copy demande --out FICHIER : où écrire la copie."})
        return _copy(args, ctx, out)
    produced = (
        list(show_case(ctx, args.reference).documents)
        if args.all
        else produced_documents(ctx, args.reference)
    )
    if args.json:
        print_json([document_json(d) for d in produced], out)
        return EXIT_OK
    lines = [
        f"n° {d.id}  {fr_date(d.added_at.date())}  {d.filename}  SHA-256 {d.sha256}"
        for d in produced
    ]
    print_lines(lines or ["Aucun document produit pour cette demande."], out)
    return EXIT_OK


def _copy(args: argparse.Namespace, ctx: ServiceContext, out: TextIO) -> int:
    from ...services.case_documents import save_document_copy

    written = save_document_copy(ctx, args.reference, args.copy, args.out.expanduser().absolute())
    if args.json:
        print_json({"path": str(written.path), "sha256": written.sha256}, out)
    else:
        print_written(written.path, written.sha256, out)
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
