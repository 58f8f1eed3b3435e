"""On a real encrypted case base, the Documents tab reads the sealed documents in memory: a PDF
in the program's preview, an image, a text, an e-mail in the document viewer; any other type
offers « Enregistrer une copie sous… », which writes the file where the DPO chose. A document
changed on disk is refused with the case and the document named, never shown."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from oklima_dpo.gui.dialogs.document_viewer import DocumentViewerDialog
from oklima_dpo.gui.dialogs.pdf_preview import PdfPreviewDialog
from oklima_dpo.gui.views.case_view import CaseView
from oklima_dpo.gui.workers import Runner
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.sealing import seal_existing_files
from oklima_dpo.store.sealed import MAGIC

from ..services.helpers import open_request
from ..vaults import encrypted_base, opened

SHOTS = (
    Path(os.environ.get("OKLIMA_TEST_SHOTS", "")) if os.environ.get("OKLIMA_TEST_SHOTS") else None
)

MAIL = (
    "From: Gaspard Villeneuve <gaspard.villeneuve@exemple.fr>\r\n"
    "To: dpo@oklima.example\r\n"
    "Date: Mon, 10 Mar 2025 09:30:00 +0100\r\n"
    "Subject: =?utf-8?q?Demande_d=E2=80=99acc=C3=A8s?=\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Bonjour,\r\nje souhaite recevoir une copie de mes données.\r\nGaspard Villeneuve\r\n"
).encode()


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 760, "Attestation de domicile — Gaspard Villeneuve")
    page.drawString(72, 740, "8 allée des Cerisiers, 44000 Nantes")
    page.showPage()
    page.save()
    return out.getvalue()


def png_bytes() -> bytes:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe1"))
    painter = QPainter(image)
    painter.setPen(QColor("#1f3b63"))
    painter.drawRect(10, 10, 300, 180)
    painter.drawText(30, 100, "Carte d'identité (synthétique)")
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


FILES = {
    "attestation.pdf": pdf_bytes,
    "piece identite.png": png_bytes,
    "courriel.eml": lambda: MAIL,
    "notes.txt": lambda: "Rappeler Gaspard après 18 h.\n".encode(),
    "formulaire.docx": lambda: b"PK\x03\x04 un traitement de texte",
}


@pytest.fixture
def sealed_case(
    tmp_path: Path, qtbot: QtBot
) -> Iterator[tuple[ServiceContext, str, dict[str, bytes]]]:
    base = encrypted_base(tmp_path / "poste")
    with opened(base) as ctx:
        assert ctx.store.target.journal_key is not None
        seal_existing_files(ctx.documents_dir, ctx.cache_dir, ctx.store.target.journal_key)
        received = tmp_path / "recues"
        received.mkdir()
        contents = {}
        for name, make in FILES.items():
            contents[name] = make()
            (received / name).write_bytes(contents[name])
        reference = open_request(
            ctx,
            name="Gaspard Villeneuve",
            emails=("gaspard.villeneuve@exemple.fr",),
            attachments=tuple(received / name for name in FILES),
        )
        for path in (ctx.documents_dir / reference).iterdir():
            raw = path.read_bytes()
            assert raw.startswith(MAGIC) and b"Gaspard" not in raw and b"%PDF" not in raw
        yield ctx, reference, contents


def shown_view(qtbot: QtBot, ctx: ServiceContext, runner: Runner, reference: str) -> CaseView:
    view = CaseView(ctx, runner, reference)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.detail is not None)
    view.tabs.setCurrentWidget(view.documents_tab)
    return view


def open_row(qtbot: QtBot, view: CaseView, filename: str) -> None:
    model, table = view.documents_model, view.documents_view
    (row,) = [r for r in range(model.rowCount()) if model.row_at(r).filename == filename]
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)


def shot(widget: QWidget, name: str) -> None:
    """A picture of ``widget`` to look at (``OKLIMA_TEST_SHOTS=folder``)."""
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_sealed_documents_are_read_in_memory_and_copied_on_request(
    qtbot: QtBot,
    runner: Runner,
    sealed_case: tuple[ServiceContext, str, dict[str, bytes]],
    tmp_path: Path,
) -> None:
    ctx, reference, contents = sealed_case
    view = shown_view(qtbot, ctx, runner, reference)
    opener = view.documents_tab.opener
    shot(view, "documents-tab")

    open_row(qtbot, view, "attestation.pdf")
    qtbot.waitUntil(lambda: isinstance(opener.viewer, PdfPreviewDialog) and opener.viewer.ready)
    pdf = opener.viewer
    assert isinstance(pdf, PdfPreviewDialog)
    assert pdf.document.status() == QPdfDocument.Status.Ready and pdf.document.pageCount() == 1
    assert "Gaspard Villeneuve" in pdf.document.getAllText(0).text()
    assert pdf.name_label.text() == "attestation.pdf" and pdf.copy_button is not None
    shot(pdf, "pdf-preview")
    pdf.close()

    open_row(qtbot, view, "piece identite.png")
    qtbot.waitUntil(lambda: isinstance(opener.viewer, DocumentViewerDialog))
    image = opener.viewer
    assert isinstance(image, DocumentViewerDialog)
    assert not image.image_label.pixmap().isNull() and image.image_label.pixmap().width() == 320
    shot(image, "image-viewer")
    image.close()

    open_row(qtbot, view, "courriel.eml")
    qtbot.waitUntil(
        lambda: isinstance(opener.viewer, DocumentViewerDialog) and opener.viewer.isVisible()
    )
    mail = opener.viewer
    assert isinstance(mail, DocumentViewerDialog)
    assert mail.mail_headers["subject"].text() == "Demande d’accès"
    assert "gaspard.villeneuve@exemple.fr" in mail.mail_headers["from"].text()
    assert mail.mail_headers["date"].text() == "10/03/2025 09:30"
    assert "copie de mes données" in mail.text_view.toPlainText()
    shot(mail, "mail-viewer")
    mail.close()

    open_row(qtbot, view, "notes.txt")
    qtbot.waitUntil(
        lambda: isinstance(opener.viewer, DocumentViewerDialog) and opener.viewer.isVisible()
    )
    text = opener.viewer
    assert isinstance(text, DocumentViewerDialog)
    assert text.text_view.toPlainText() == "Rappeler Gaspard après 18 h.\n"
    text.close()

    # Not shown in the program: saved as a copy where the DPO chooses.
    open_row(qtbot, view, "formulaire.docx")
    qtbot.waitUntil(
        lambda: isinstance(opener.viewer, DocumentViewerDialog) and opener.viewer.isVisible()
    )
    other = opener.viewer
    assert isinstance(other, DocumentViewerDialog)
    assert other.body.objectName() == "documentNotShown"
    shot(other, "other-type")
    qtbot.mouseClick(other.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opener.file_dialog is not None and opener.file_dialog.isVisible())
    dialog = opener.file_dialog
    assert dialog is not None
    target = tmp_path / "envoi" / "formulaire copie.docx"
    target.parent.mkdir()
    assert dialog.selectedFiles()[0].endswith("/formulaire.docx")  # its name, proposed
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(name_edit, QLineEdit)
    name_edit.setText(str(target))  # typed by the DPO
    dialog.accept()
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_bytes() == contents["formulaire.docx"]
    qtbot.waitUntil(lambda: str(target) in view.documents_tab.said.text())
    other.close()

    # From the tab itself too.
    view.documents_view.selectRow(0)
    qtbot.mouseClick(view.documents_tab.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opener.file_dialog is not None and opener.file_dialog.isVisible())
    assert opener.file_dialog is not None
    opener.file_dialog.reject()


def test_a_sealed_document_changed_on_disk_is_refused_and_never_shown(
    qtbot: QtBot, runner: Runner, sealed_case: tuple[ServiceContext, str, dict[str, bytes]]
) -> None:
    ctx, reference, _contents = sealed_case
    stored = next((ctx.documents_dir / reference).glob("*-attestation.pdf"))
    raw = bytearray(stored.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    stored.write_bytes(bytes(raw))
    view = shown_view(qtbot, ctx, runner, reference)
    open_row(qtbot, view, "attestation.pdf")
    qtbot.waitUntil(lambda: view.documents_tab.findChild(QMessageBox, "errorMessage") is not None)
    box = view.documents_tab.findChild(QMessageBox, "errorMessage")
    assert isinstance(box, QMessageBox)
    assert reference in box.text() and "attestation.pdf" in box.text()
    assert "modifié, tronqué ou remplacé" in box.text()
    viewer = view.documents_tab.opener.viewer
    assert viewer is None or not shiboken6.isValid(viewer)
    shot(box, "refused")
    box.close()
