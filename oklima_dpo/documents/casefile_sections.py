"""The eight sections of the case file, each laid out from its part of the data.

Their titles (:data:`SECTIONS`) and their layouts (:meth:`Sections.layouts`) go in the same
order: the assembly (:mod:`.casefile`) makes each title a bookmark and a line of the contents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..domain.french import NBSP, fr_date
from .casefile_blocks import HEAD, LINE, SUBHEAD, Blocks, size_words, text_markup
from .casefile_data import CaseFileData, RawRecord, SnapshotLine, SourceLine, moment

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


class Sections(Blocks):
    def __init__(self, data: CaseFileData) -> None:
        super().__init__()
        self.data = data

    def layouts(self) -> tuple[Callable[[], list[Flowable]], ...]:
        """Each section's layout, in the order of :data:`SECTIONS`."""
        return (
            self.summary,
            self.timeline,
            self.deadline,
            self.identity,
            self.gathered,
            self.decisions,
            self.documents,
            self.journal,
        )

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
            flow.append(self.markup(f"<b>{text_markup(words.conclusion)}</b>"))
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
                    size_words(d.size),
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
            verdict = f"<b>Chaîne du journal{NBSP}: intacte</b> ({text_markup(checked)})."
        else:
            verdict = (
                f"<b>Chaîne du journal{NBSP}: rompue à l’entrée n°{NBSP}{chain.first_bad_seq}</b>"
                f" ({text_markup(checked)}){NBSP}: {text_markup(chain.problem or '')}."
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
