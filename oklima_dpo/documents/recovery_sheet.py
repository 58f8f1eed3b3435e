"""The recovery sheet: one A4 page to print and lock away, with the recovery passphrase of an
encrypted case base and what to do with it.

Laid out from a plain :class:`RecoverySheet` (the services check the passphrase against the key
file first). The passphrase is drawn large, one character per fixed slot as on a typewriter, a
program-made one in its six numbered groups, so that it reads aloud and types back without a
doubt. Nothing here writes a file: the bytes go where the DPO asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain.french import fr_date, typography
from .pdf import BOLD, FONT, MARGIN, Footer, build_pdf, styles

__all__ = ["RecoverySheet", "recovery_sheet_pdf"]

TITLE = "Feuille de récupération — base de cas OKLIMA DPO"
# What :func:`~oklima_dpo.store.vault.new_passphrase` makes: six groups of five symbols.
_MADE = re.compile(r"[A-HJ-NP-Z2-9]{5}(?:-[A-HJ-NP-Z2-9]{5}){5}")
_SPACE_SHOWN = "\u2423"  # « ␣ »: a space the DPO typed inside a passphrase of their own
_INK = colors.HexColor("#1a1a1a")
_BOX = colors.HexColor("#f2f2f2")
_RULE = colors.HexColor("#888888")
_ALERT = colors.HexColor("#8b0000")


@dataclass(frozen=True, slots=True)
class RecoverySheet:
    base_id: str  # the base's identifier, as its key file and its backups name it
    base: str  # the base's path on the machine where the sheet was made
    made: date  # in Paris
    passphrase: str
    made_by: str = ""  # the session's login


class _Slots(Flowable):
    """Characters drawn one per slot of the same width (monospaced without a monospaced
    font), wrapped by whole slots; a space shown as « ␣ »."""

    def __init__(self, text: str, size: float, *, align: str = "left") -> None:
        super().__init__()
        self.text = text.replace(" ", _SPACE_SHOWN)
        self.size = size
        self.slot = size * 1.05  # a « W » in DejaVu Sans Bold, with air around it
        self.line = size * 1.45
        self.align = align
        self._lines: list[str] = [self.text]

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self._lines = _lines(self.text, max(1, int(available_width // self.slot)))
        self._width = available_width
        return available_width, self.line * len(self._lines)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(BOLD, self.size)
        canvas.setFillColor(_INK)
        for row, line in enumerate(self._lines):
            used = len(line) * self.slot
            left = (self._width - used) / 2 if self.align == "center" else 0
            baseline = self.line * (len(self._lines) - row - 1) + (self.line - self.size) / 2 + 2
            for column, char in enumerate(line):
                canvas.drawCentredString(left + (column + 0.5) * self.slot, baseline, char)


def _lines(text: str, per_line: int) -> list[str]:
    """Lines of at most ``per_line`` characters, broken after a shown space where one is near
    (a word is not cut unless longer than a line)."""
    lines: list[str] = []
    current = ""
    for word in re.findall(f"[^{_SPACE_SHOWN}]*{_SPACE_SHOWN}|[^{_SPACE_SHOWN}]+", text):
        if current and len(current) + len(word.rstrip(_SPACE_SHOWN)) > per_line:
            lines.append(current)
            current = ""
        current += word
        while len(current) > per_line:
            lines.append(current[:per_line])
            current = current[per_line:]
    return [*lines, current] if current else lines or [""]


def _groups(passphrase: str, width: float) -> Table:
    """The six groups, three to a row, each under its number (« 1 » … « 6 »)."""
    s = styles()
    number = s["small"].clone("group_number", alignment=1, fontSize=8, leading=10)
    cells = [
        [Paragraph(f"groupe {n}", number), _Slots(group, 26, align="center")]
        for n, group in enumerate(passphrase.split("-"), start=1)
    ]
    column = width / 3
    inner = [
        Table([[cell[0]], [cell[1]]], colWidths=[column - 4 * mm], style=_tight()) for cell in cells
    ]
    grid = Table([inner[0:3], inner[3:6]], colWidths=[column] * 3)
    grid.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, _INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, _RULE),
                ("BACKGROUND", (0, 0), (-1, -1), _BOX),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return grid


def _tight() -> TableStyle:
    return TableStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def _boxed(flowable: Flowable, width: float) -> Table:
    box = Table([[flowable]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, _INK),
                ("BACKGROUND", (0, 0), (-1, -1), _BOX),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _p(text: str, style: str | ParagraphStyle = "body") -> Paragraph:
    """A paragraph of prose: French typography, markup-safe."""
    return Paragraph(escape(typography(text)), styles()[style] if isinstance(style, str) else style)


def _command(text: str) -> Paragraph:
    """A command to type, as it is typed (no typography), on its own line."""
    style = styles()["body"].clone(
        "command", fontName=BOLD, fontSize=9.5, leftIndent=8 * mm, spaceBefore=2, spaceAfter=3
    )
    return Paragraph(escape(text), style)


def _bullets(items: list[str]) -> list[Flowable]:
    style = styles()["body"].clone(
        "bullet",
        fontSize=9,
        leading=12,
        leftIndent=5 * mm,
        bulletIndent=1 * mm,
        bulletFontName=FONT,  # embedded, as every other glyph
        spaceAfter=1.5,
    )
    return [Paragraph(escape(typography(item)), style, bulletText="•") for item in items]


def _facts(sheet: RecoverySheet, width: float) -> Table:
    s = styles()
    made = fr_date(sheet.made) + (f", par {sheet.made_by}" if sheet.made_by else "")
    rows = [
        ("Base de cas", sheet.base),
        ("Identifiant de la base", sheet.base_id),
        ("Feuille établie le", made),
    ]
    table = Table(
        [
            [Paragraph(escape(label), s["cell_bold"]), Paragraph(escape(value), s["cell"])]
            for label, value in rows
        ],
        colWidths=[42 * mm, width - 42 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, _RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _passphrase(sheet: RecoverySheet, width: float) -> list[Flowable]:
    phrase = sheet.passphrase
    if _MADE.fullmatch(phrase):
        return [
            _groups(phrase, width),
            Spacer(1, 2.5 * mm),
            _p("À saisir telle quelle, les six groupes séparés par des tirets :", "body"),
            Paragraph(
                phrase, styles()["body"].clone("whole", fontName=BOLD, fontSize=14, leading=19)
            ),
            _p(
                "Majuscules et chiffres de 2 à 9 : jamais de I, de O, de 0 ni de 1, qui se "
                "confondraient à la lecture.",
                "small",
            ),
        ]
    return [
        _boxed(_Slots(phrase, 20 if len(phrase) <= 28 else 15 if len(phrase) <= 64 else 11), width),
        Spacer(1, 2 * mm),
        _p(
            "À saisir telle quelle, majuscules, minuscules, accents et signes compris"
            + (" ; « ␣ » marque une espace." if " " in phrase.strip() else "."),
            "small",
        ),
    ]


def _instructions() -> list[Flowable]:
    s = styles()
    h2 = s["h2"].clone("sheet_h2", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2)
    return [
        Paragraph("Ce qu’elle ouvre", h2),
        *_bullets(
            [
                "La base de cas ci-dessus sur un autre poste ou un autre compte, ou là où le "
                "trousseau du système ne garde pas sa clé (un serveur, un poste réinstallé). Sur "
                "le compte du DPO, le trousseau du système (le Gestionnaire d’identification de "
                "Windows) garde sa clé : le programme l’ouvre sans rien demander.",
                "Les sauvegardes (fichiers « .okdpo-sauvegarde ») faites tant que cette phrase "
                "de passe est en vigueur.",
            ]
        ),
        Paragraph("Où la garder", h2),
        *_bullets(
            [
                "Imprimée, sous clé, loin de l’ordinateur : par exemple dans le coffre du DPO. "
                "Qui a cette feuille et une sauvegarde peut lire toutes les demandes.",
                "Jamais dans un fichier à côté de la base ou des sauvegardes, jamais par e-mail "
                "ni par messagerie.",
                "Si elle a été enregistrée en PDF pour l’imprimer, supprimer ce fichier une fois "
                "la feuille imprimée.",
            ]
        ),
        Paragraph("Sur un nouveau poste", h2),
        *_bullets(
            [
                "Installer OKLIMA DPO, copier sur le poste la dernière sauvegarde, et écrire "
                "cette phrase de passe dans un fichier texte (par exemple phrase.txt).",
                "Dans une invite de commandes ouverte dans le dossier du programme, taper "
                "(ARCHIVE : le chemin de la sauvegarde) :",
            ]
        ),
        _command("oklima-dpo restore ARCHIVE --passphrase-file phrase.txt"),
        *_bullets(
            [
                "Supprimer aussitôt le fichier texte. Le programme garde alors la clé dans le "
                "trousseau de ce compte et ouvre la base sans rien demander.",
            ]
        ),
        Paragraph("Quand la phrase de passe change", h2),
        *_bullets(
            [
                "« oklima-dpo vault passphrase --sheet FEUILLE.pdf » la change et fait sa "
                "nouvelle feuille. Faire aussitôt une sauvegarde (« oklima-dpo backup »), "
                "puis détruire cette feuille-ci (déchiqueteuse) : elle n’ouvre plus la base.",
                "Les sauvegardes faites avant le changement restent scellées sous l’ancienne "
                "phrase de passe : sur un autre poste, elles ne s’ouvrent qu’avec celle qui "
                "était en vigueur le jour où elles ont été faites. Restaurer l’une d’elles remet "
                "cette ancienne phrase de passe sur la base : la changer ensuite.",
                "Changer la clé de la base (« oklima-dpo vault rekey ») ne change pas la phrase "
                "de passe : cette feuille reste valable.",
            ]
        ),
        Spacer(1, 3 * mm),
        _p(
            "Rangée le ____ / ____ / ________   dans : ______________________________   "
            "par : ____________________",
            "small",
        ),
    ]


def recovery_sheet_pdf(sheet: RecoverySheet) -> bytes:
    """One A4 page (see the module)."""
    s = styles()
    width = A4[0] - 2 * MARGIN - 12  # the frame's own padding, 6 points a side
    alert = s["body"].clone("alert", fontName=BOLD, textColor=_ALERT, fontSize=10, leading=13)
    story: list[Flowable] = [
        Paragraph(escape(TITLE), s["title"]),
        Spacer(1, 1.5 * mm),
        _p("CONFIDENTIEL — à garder imprimée, sous clé, loin de l’ordinateur.", alert),
        Spacer(1, 3 * mm),
        _facts(sheet, width),
        KeepTogether(
            [
                Paragraph("Phrase de passe de récupération", s["h1"]),
                *_passphrase(sheet, width),
            ]
        ),
        Spacer(1, 1 * mm),
        *_instructions(),
    ]
    out = BytesIO()
    build_pdf(
        out,
        story,
        title=TITLE,
        footer=Footer(sheet.base_id, "OKLIMA DPO — feuille de récupération de la base {reference}"),
        author=sheet.made_by,
        subject="Phrase de passe de récupération de la base de cas et consignes",
    )
    return out.getvalue()
