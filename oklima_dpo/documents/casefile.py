"""The legal team's case file: one PDF per case, with a table of contents and bookmarks.

Laid out from a plain :class:`CaseFileData` (the services assemble it; nothing here opens the
case base). Eight sections, each a bookmark and a line of the table of contents: summary,
timeline, the deadline in words, identity checks, what was gathered, decisions and their legal
grounds, documents with their SHA-256, the case's journal entries and the chain's verification.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from ..domain.french import NBSP, PARIS, fr_date, typography
from .pdf import BOLD, MARGIN, Footer, build_pdf, styles

SECTIONS = (
    "1. Synthèse",
    "2. Chronologie",
    "3. Calcul du délai",
    "4. Vérification de l’identité",
    "5. Données rassemblées",
    "6. Décisions, fondements juridiques et exécution",
    "7. Documents reçus et envoyés",
    "8. Journal d’audit",
)
NONE = "aucune"
WIDTH = 210 * mm - 2 * MARGIN
LINE = colors.HexColor("#BBBBBB")
HEAD = colors.HexColor("#E8E8E8")
SUBHEAD = colors.HexColor("#F4F4F4")
MAX_PASSES = 4  # the table of contents settles in two; a guard against endless rebuilding


# -- the plain data --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fact:
    """One line of a two-column list: « Reçue le » — « 10/03/2025 à 09:30 »."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    on: date
    actor: str
    what: str  # the step, « accusé de réception »
    text: str  # what the DPO wrote, and the step's details in words


@dataclass(frozen=True, slots=True)
class DeadlineWords:
    """The deadline as the domain explains it, one step a line."""

    rules: tuple[str, ...]  # the policy in force: calendar, suspension, extension reading
    first_steps: tuple[str, ...]
    extended_steps: tuple[str, ...] = ()  # empty unless the deadline was extended
    extension: str = ""  # « décidée le … : reasons »
    holidays: tuple[str, ...] = ()  # public holidays between receipt and the deadline, named
    conclusion: str = ""


@dataclass(frozen=True, slots=True)
class IdentityCheck:
    on: date
    by: str
    how: str


@dataclass(frozen=True, slots=True)
class TableCount:
    table: str
    included: int
    excluded: int
    gone: int


@dataclass(frozen=True, slots=True)
class SourceLine:
    name: str
    status: str  # « a répondu », « en échec »…
    message: str
    tables: tuple[TableCount, ...] = ()


@dataclass(frozen=True, slots=True)
class Exclusion:
    source: str  # « CRM › Clients »
    reason: str
    count: int
    keys: tuple[str, ...] = ()  # the records' keys: only with the raw data


@dataclass(frozen=True, slots=True)
class SnapshotLine:
    created_at: datetime  # aware
    created_by: str
    complete: bool
    sha256: str


@dataclass(frozen=True, slots=True)
class RawField:
    label: str
    value: str
    category: str = ""  # the register's category, « Adresses e-mail »


@dataclass(frozen=True, slots=True)
class RawRecord:
    source: str
    key: str
    status: str  # « inclus », « écarté : … »
    fields: tuple[RawField, ...]


@dataclass(frozen=True, slots=True)
class Gathered:
    sources: tuple[SourceLine, ...] = ()
    snapshots: tuple[SnapshotLine, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    redactions: tuple[str, ...] = ()  # each in words; none: « aucune »
    raw_records: tuple[RawRecord, ...] | None = None  # None: the raw data was not asked for
    note: str = ""  # e.g. why the sources are named by their identifiers


@dataclass(frozen=True, slots=True)
class Decision:
    right: str  # « Droit d’accès (Art. 15) »
    outcome: str  # « refusé », « pas encore décidé »
    legal_ground: str
    decided_at: datetime | None  # aware
    decided_by: str


@dataclass(frozen=True, slots=True)
class ExecutionSource:
    """What one system did: counts and SHA-256 of the touched rows, before and after."""

    name: str
    status: str  # in words
    before: str  # « 3 lignes, SHA-256 … »
    after: str
    message: str = ""


@dataclass(frozen=True, slots=True)
class ExecutionLine:
    right: str  # in words
    status: str  # in words
    plan_sha256: str
    applied: str  # « 25/03/2025 à 11:00 par dpo », or « non appliquée »
    sources: tuple[ExecutionSource, ...]
    verification: str  # in words


@dataclass(frozen=True, slots=True)
class DocumentLine:
    role: str  # in words: « reçu avec la demande », « produit »…
    filename: str
    sha256: str
    size: int
    added_at: datetime  # aware
    added_by: str


@dataclass(frozen=True, slots=True)
class JournalLine:
    seq: int
    at: datetime  # aware
    actor: str
    action: str  # in words
    details: str  # in words


@dataclass(frozen=True, slots=True)
class ChainResult:
    """The verification of the whole journal (not only this case's entries)."""

    entries: int
    checked_at: datetime  # aware
    first_bad_seq: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


@dataclass(frozen=True)
class CaseFileData:
    reference: str
    produced_at: datetime  # aware
    produced_by: str
    summary: tuple[Fact, ...]
    timeline: tuple[TimelineEntry, ...]
    deadline: DeadlineWords
    identity_checks: tuple[IdentityCheck, ...]
    identity_facts: tuple[Fact, ...]  # identifiers given, representative, mandate
    gathered: Gathered
    decisions: tuple[Decision, ...]
    documents: tuple[DocumentLine, ...]
    journal: tuple[JournalLine, ...]  # oldest first
    chain: ChainResult
    organisation: str = ""
    executions: tuple[ExecutionLine, ...] = ()  # rights carried out in the systems

    @property
    def document_reference(self) -> str:
        return f"{self.reference}-DOSSIER"


# -- words -----------------------------------------------------------------------------------


def moment(at: datetime) -> str:
    """« 25/03/2025 à 11:00 », Paris time."""
    local = at.astimezone(PARIS)
    return f"{fr_date(local.date())} à {local:%H:%M}"


def _text(text: str) -> str:
    """Paragraph markup of a plain text: escaped, French spacing, line breaks kept."""
    return escape(typography(text)).replace("\n", "<br/>")


def _size(size: int) -> str:
    if size < 1024:
        return f"{size}{NBSP}octets"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f}".replace(".", ",") + f"{NBSP}Ko"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + f"{NBSP}Mo"


# -- layout ----------------------------------------------------------------------------------


class _SectionTitle(Paragraph):
    """A section's title: a bookmark, an outline entry and a line of the table of contents."""

    def __init__(self, title: str, key: str, style: ParagraphStyle, toc: TableOfContents):
        super().__init__(_text(title), style)
        self.title, self.key, self.toc = title, key, toc

    def draw(self) -> None:
        super().draw()
        page = self.canv.getPageNumber()
        destination = self.canv.bookmarkPage(self.key, fit="XYZ", top=self._top())
        # pdf.py's canvas holds pages back until it knows their count, so ReportLab's idea of
        # "this page" is still the first: name the page the title is drawn on (« PageN »).
        destination.setPage(PDFObjectReference(f"Page{page}"))
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        self.toc.addEntry(0, _text(self.title), page, self.key)

    def _top(self) -> float:
        _x, y = self.canv.absolutePosition(0, self.height)
        return y + 4 * mm


class _Layout:
    def __init__(self, data: CaseFileData, toc: TableOfContents) -> None:
        self.data, self.toc, self.s = data, toc, styles()
        self.s["label"] = ParagraphStyle("label", parent=self.s["cell"], fontName=BOLD)
        self.s["sha"] = ParagraphStyle("sha", parent=self.s["cell"], fontSize=7.5, leading=9.5)
        self.s["lead"] = ParagraphStyle("lead", parent=self.s["body"], spaceBefore=2, spaceAfter=4)
        self.s["item"] = ParagraphStyle(
            "item", parent=self.s["body"], leftIndent=7 * mm, bulletIndent=2 * mm
        )
        self.s["h1"] = ParagraphStyle("h1k", parent=self.s["h1"], keepWithNext=1)
        self.s["h2"] = ParagraphStyle("h2k", parent=self.s["h2"], keepWithNext=1)

    # -- helpers ---------------------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(_text(text), self.s[style])

    def markup(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, self.s[style])

    def item(self, text: str, bullet: str = "•") -> Paragraph:
        return Paragraph(_text(text), self.s["item"], bulletText=bullet)

    def title(self, number: int) -> Flowable:
        return _SectionTitle(SECTIONS[number - 1], f"section-{number}", self.s["h1"], self.toc)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Paragraph]],
        widths: Sequence[float],
        extra: Sequence[tuple] = (),
    ) -> Table:
        cells = [[self.p(h, "cell_bold") for h in header]] + [
            [c if isinstance(c, Paragraph) else self.p(c, "cell") for c in row] for row in rows
        ]
        table = Table(cells, colWidths=list(widths), repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    *extra,
                ]
            )
        )
        return table

    def facts(self, facts: Sequence[Fact]) -> Table:
        rows = [[self.p(f.label, "label"), self.p(f.value, "cell")] for f in facts]
        table = Table(rows, colWidths=[50 * mm, WIDTH - 50 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def none(self, text: str) -> Paragraph:
        return self.markup(f"<i>{_text(text)}</i>")

    # -- the document ------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        story = self.cover()
        for number, part in enumerate(
            (
                self.summary,
                self.timeline,
                self.deadline,
                self.identity,
                self.gathered,
                self.decisions,
                self.documents,
                self.journal,
            ),
            start=1,
        ):
            story.append(self.title(number))
            story += part()
        return story

    def cover(self) -> list[Flowable]:
        data = self.data
        made = f"Établi le {moment(data.produced_at)} par {data.produced_by}"
        if data.organisation:
            made += f" pour {data.organisation}"
        return [
            self.p(f"Dossier de la demande {data.reference}", "title"),
            Spacer(1, 2 * mm),
            self.p(f"{made}.", "body"),
            self.p(
                "Document interne destiné au service juridique : confidentiel. Il retrace la "
                "demande, ce qui a été fait, quand et par qui, et les justificatifs (empreintes "
                "SHA-256) permettant de le prouver (RGPD, art. 5(2) et 12).",
                "small",
            ),
            Spacer(1, 6 * mm),
            self.p("Sommaire", "h2"),
            self.toc,
            PageBreak(),
        ]

    def summary(self) -> list[Flowable]:
        return [self.facts(self.data.summary)]

    def timeline(self) -> list[Flowable]:
        events = self.data.timeline
        if not events:
            return [self.none("Aucun événement enregistré.")]
        rows = [[fr_date(e.on), e.what, e.actor, e.text] for e in events]
        return [
            self.table(
                ("Date", "Étape", "Par", "Détail"), rows, (22 * mm, 38 * mm, 28 * mm, 82 * mm)
            )
        ]

    def deadline(self) -> list[Flowable]:
        words = self.data.deadline
        flow: list[Flowable] = [self.p("Règles appliquées", "h2")]
        flow += [self.item(rule) for rule in words.rules]
        flow.append(self.p("Premier délai (un mois)", "h2"))
        flow += self._steps(words.first_steps)
        if words.extended_steps:
            flow.append(self.p("Délai prolongé (deux mois de plus)", "h2"))
            if words.extension:
                flow.append(self.p(words.extension, "lead"))
            flow += self._steps(words.extended_steps)
        flow.append(self.p("Jours fériés dans la période", "h2"))
        if words.holidays:
            flow += [self.item(day) for day in words.holidays]
        else:
            flow.append(self.none("Aucun jour férié entre la réception et l’échéance."))
        if words.conclusion:
            flow.append(Spacer(1, 2 * mm))
            flow.append(self.markup(f"<b>{_text(words.conclusion)}</b>"))
        return flow

    def _steps(self, steps: Sequence[str]) -> list[Flowable]:
        return [self.item(step, f"{number}.") for number, step in enumerate(steps, start=1)]

    def identity(self) -> list[Flowable]:
        data = self.data
        flow: list[Flowable] = []
        if data.identity_checks:
            rows = [[fr_date(c.on), c.by, c.how] for c in data.identity_checks]
            flow.append(
                self.table(("Date", "Vérifiée par", "Comment"), rows, (22 * mm, 35 * mm, 113 * mm))
            )
        else:
            flow.append(self.none("Aucune vérification d’identité enregistrée."))
        flow.append(Spacer(1, 2 * mm))
        flow.append(
            self.p(
                "Seuls la manière et l’auteur de la vérification sont conservés : aucune copie "
                "de pièce d’identité ne figure au dossier.",
                "small",
            )
        )
        if data.identity_facts:
            flow.append(self.p("Éléments fournis par la demande", "h2"))
            flow.append(self.facts(data.identity_facts))
        return flow

    def gathered(self) -> list[Flowable]:
        gathered = self.data.gathered
        flow: list[Flowable] = []
        if gathered.note:
            flow.append(self.p(gathered.note, "lead"))
        flow.append(self.p("Sources interrogées", "h2"))
        if gathered.sources:
            flow.append(self._sources(gathered.sources))
        else:
            flow.append(self.none("Aucune source interrogée pour cette demande."))
        flow.append(self.p("Revue des données (instantané enregistré)", "h2"))
        if gathered.snapshots:
            flow.append(self._snapshots(gathered.snapshots))
        else:
            flow.append(self.none("Aucune revue enregistrée."))
        flow.append(self.p("Enregistrements écartés et motifs", "h2"))
        if gathered.exclusions:
            rows = [
                [e.source, str(e.count), e.reason + (f" ({', '.join(e.keys)})" if e.keys else "")]
                for e in gathered.exclusions
            ]
            flow.append(
                self.table(
                    ("Système › table", "Nombre", "Motif"), rows, (50 * mm, 18 * mm, 102 * mm)
                )
            )
        else:
            flow.append(self.none(NONE))
        flow.append(self.p("Occultations (données de tiers caviardées)", "h2"))
        if gathered.redactions:
            flow += [self.item(line) for line in gathered.redactions]
        else:
            flow.append(self.none(NONE))
        flow += self._raw(gathered.raw_records)
        return flow

    def _sources(self, sources: Sequence[SourceLine]) -> Table:
        rows: list[list[str | Paragraph]] = []
        bold: list[tuple] = []
        for source in sources:
            status = source.status + (f" — {source.message}" if source.message else "")
            bold.append(("BACKGROUND", (0, len(rows) + 1), (-1, len(rows) + 1), SUBHEAD))
            totals = [
                sum(getattr(t, n) for t in source.tables) for n in ("included", "excluded", "gone")
            ]
            rows.append([self.p(source.name, "cell_bold"), status, *(str(n) for n in totals)])
            rows += [
                [f"{NBSP * 4}{t.table}", "", str(t.included), str(t.excluded), str(t.gone)]
                for t in source.tables
            ]
        return self.table(
            ("Système / table", "État", "Inclus", "Écartés", "Disparus"),
            rows,
            (48 * mm, 65 * mm, 19 * mm, 19 * mm, 19 * mm),
            extra=[("ALIGN", (2, 1), (-1, -1), "RIGHT"), *bold],
        )

    def _snapshots(self, snapshots: Sequence[SnapshotLine]) -> Table:
        rows: list[list[str | Paragraph]] = []
        spans: list[tuple] = []
        for snapshot in snapshots:
            complete = "complète" if snapshot.complete else "incomplète (des sources manquaient)"
            rows.append([moment(snapshot.created_at), snapshot.created_by, complete])
            line = len(rows) + 1  # the header is row 0
            rows.append([self.markup(f"SHA-256{NBSP}: {snapshot.sha256}", "sha"), "", ""])
            spans.append(("SPAN", (0, line), (-1, line)))
        return self.table(
            ("Enregistrée le", "Par", "Revue"), rows, (45 * mm, 45 * mm, 80 * mm), extra=spans
        )

    def _raw(self, records: Sequence[RawRecord] | None) -> list[Flowable]:
        if records is None:
            return [
                Spacer(1, 2 * mm),
                self.p(
                    "Les données rassemblées elles-mêmes ne figurent pas dans ce dossier : seuls "
                    "leurs décomptes. Elles sont dans la revue enregistrée, identifiée par son "
                    "empreinte SHA-256.",
                    "small",
                ),
            ]
        flow: list[Flowable] = [self.p("Données rassemblées (annexe demandée)", "h2")]
        if not records:
            return [*flow, self.none("Aucun enregistrement.")]
        for record in records:
            head = self.p(f"{record.source} — {record.key} — {record.status}", "cell_bold")
            rows = [
                [self.p(f.label, "cell"), self.p(f.value, "cell"), self.p(f.category, "small")]
                for f in record.fields
            ]
            table = Table([[head, "", ""], *rows], colWidths=[42 * mm, 78 * mm, 50 * mm])
            table.setStyle(
                TableStyle(
                    [
                        ("SPAN", (0, 0), (-1, 0)),
                        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            flow += [table, Spacer(1, 2 * mm)]
        return flow

    def decisions(self) -> list[Flowable]:
        rows = [
            [
                d.right,
                d.outcome,
                d.legal_ground or "—",
                f"{moment(d.decided_at)} par {d.decided_by}" if d.decided_at else "—",
            ]
            for d in self.data.decisions
        ]
        flow: list[Flowable] = [
            self.table(
                ("Droit", "Décision", "Fondement juridique", "Décidé le"),
                rows,
                (42 * mm, 28 * mm, 65 * mm, 35 * mm),
            )
        ]
        for execution in self.data.executions:
            flow += [
                Spacer(1, 3 * mm),
                self.p(
                    f"Exécution — {execution.right} : {execution.status} ({execution.applied}).",
                    "lead",
                ),
                self.p(
                    f"Plan figé, SHA-256 {execution.plan_sha256}. {execution.verification}",
                    "small",
                ),
            ]
            if execution.sources:
                flow.append(
                    self.table(
                        ("Système", "Résultat", "Avant", "Après"),
                        [
                            [
                                e.name,
                                e.status + (f" — {e.message}" if e.message else ""),
                                e.before,
                                e.after,
                            ]
                            for e in execution.sources
                        ],
                        (38 * mm, 42 * mm, 45 * mm, 45 * mm),
                    )
                )
        return flow

    def documents(self) -> list[Flowable]:
        documents = self.data.documents
        if not documents:
            return [self.none("Aucun document reçu ni envoyé.")]
        rows: list[list[str | Paragraph]] = []
        spans: list[tuple] = []
        for number, d in enumerate(documents, start=1):
            rows.append(
                [
                    str(number),
                    d.filename,
                    d.role,
                    f"{moment(d.added_at)} par {d.added_by}",
                    _size(d.size),
                ]
            )
            line = len(rows) + 1  # the header is row 0
            rows.append(["", self.markup(f"SHA-256{NBSP}: {d.sha256}", "sha"), "", "", ""])
            spans += [
                ("SPAN", (1, line), (-1, line)),
                ("LINEABOVE", (1, line), (-1, line), 0, colors.white),
            ]
        return [
            self.table(
                ("N°", "Fichier", "Rôle", "Ajouté le", "Taille"),
                rows,
                (9 * mm, 62 * mm, 34 * mm, 47 * mm, 18 * mm),
                extra=spans,
            )
        ]

    def journal(self) -> list[Flowable]:
        chain = self.data.chain
        checked = f"vérifiée le {moment(chain.checked_at)} sur ses {chain.entries} entrées"
        if chain.intact:
            verdict = f"<b>Chaîne du journal{NBSP}: intacte</b> ({_text(checked)})."
        else:
            verdict = (
                f"<b>Chaîne du journal{NBSP}: rompue à l’entrée n°{NBSP}{chain.first_bad_seq}</b>"
                f" ({_text(checked)}){NBSP}: {_text(chain.problem or '')}."
            )
        flow: list[Flowable] = [
            self.markup(verdict, "lead"),
            self.p(
                "Chaque entrée porte l’empreinte SHA-256 de la précédente : modifier, supprimer "
                "ou insérer une entrée rompt la chaîne à cet endroit. La production du présent "
                "dossier est journalisée à son tour, après son écriture, avec l’empreinte "
                "SHA-256 du fichier.",
                "small",
            ),
            Spacer(1, 2 * mm),
        ]
        if not self.data.journal:
            return [*flow, self.none("Aucune entrée pour cette demande.")]
        rows = [[str(e.seq), moment(e.at), e.actor, e.action, e.details] for e in self.data.journal]
        flow.append(
            self.table(
                ("N°", "Date et heure", "Auteur", "Action", "Détails"),
                rows,
                (11 * mm, 33 * mm, 22 * mm, 36 * mm, 68 * mm),
            )
        )
        return flow


def _toc() -> TableOfContents:
    entry = ParagraphStyle(
        "toc", parent=styles()["body"], fontSize=11, leading=16, leftIndent=0, firstLineIndent=0
    )
    toc = TableOfContents(levelStyles=[entry], dotsMinLevel=0, rightColumnWidth=15 * mm)
    # Known titles with no page yet: the first pass already has the table's final height.
    toc.addEntries([(0, _text(title), 0, f"section-{n}") for n, title in enumerate(SECTIONS, 1)])
    return toc


def write_case_file(out: BinaryIO, data: CaseFileData) -> None:
    """Lay the case file out into ``out``: built again until the table of contents settles."""
    toc = _toc()
    pdf = b""
    for _ in range(MAX_PASSES):
        toc.beforeBuild()  # the last pass's entries are the ones shown
        buffer = BytesIO()
        build_pdf(
            buffer,
            _Layout(data, toc).story(),
            title=f"Dossier de la demande {data.reference}",
            footer=Footer(
                data.document_reference, "Confidentiel — réf. {reference} — page {page} / {pages}"
            ),
            author=data.produced_by,
            subject="Dossier de la demande pour le service juridique",
            outline=True,
        )
        pdf = buffer.getvalue()
        if toc.isSatisfied():
            break
    out.write(pdf)


__all__ = [
    "SECTIONS",
    "CaseFileData",
    "ChainResult",
    "DeadlineWords",
    "Decision",
    "DocumentLine",
    "Exclusion",
    "ExecutionLine",
    "ExecutionSource",
    "Fact",
    "Gathered",
    "IdentityCheck",
    "JournalLine",
    "RawField",
    "RawRecord",
    "SnapshotLine",
    "SourceLine",
    "TableCount",
    "TimelineEntry",
    "moment",
    "write_case_file",
]
