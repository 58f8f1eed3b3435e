"""What the Registre page says, as HTML for its text browsers: an activity of processing in
detail, the controller and the rights, the remarks, and why the register could not be loaded.

Every text of the register is escaped; the words are the charter's (its French texts).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import QObject

from ...domain.errors import DpoError
from ...domain.register import Activity, Recipient, Register, Retention, Source, Transfer


def _items(entries: Iterable[str], spaced: bool = False) -> str:
    # Entries of several lines read better with a gap between them.
    item = '<li style="margin-bottom: 6px">' if spaced else "<li>"
    return "<ul>" + "".join(f"{item}{entry}</li>" for entry in entries) + "</ul>"


def _quoted(part: str, whole: str) -> bool:
    """Whether ``whole`` already says ``part`` (the charter's sentence often does)."""
    return part.rstrip(" .").casefold() in whole.casefold()


class RegisterHtml(QObject):
    """The page's words (its translation context); nothing of the page is kept here."""

    def intro(self, register: Register) -> str:
        return (
            self.tr("Consultation seule, d’après la « %1 ». Responsable du traitement : %2.")
            .replace("%1", register.charter_title)
            .replace("%2", register.controller.name)
        )

    def no_selection(self) -> str:
        return (
            "<p>"
            + escape(self.tr("Sélectionnez un traitement dans la liste pour en voir le détail."))
            + "</p>"
        )

    def failure(self, error: DpoError) -> str:
        """Why the register could not be loaded, and what to do."""
        message = str(error)
        return (
            "<p><b>"
            + escape(self.tr("Le registre des traitements n’a pas pu être chargé."))
            + "</b></p><p>"
            + escape(message).replace("\n", "<br>")
            + "</p>"
            + self._file_html(error)
            + "<p>"
            + escape(self.tr("Corrigez le fichier puis choisissez « Recharger » (F5)."))
            + "</p>"
        )

    def _file_html(self, error: DpoError) -> str:
        from ...config.register_file import RegisterError

        if not isinstance(error, RegisterError):
            return ""
        label = self.tr("Fichier :")
        return f"<p>{escape(label)} {escape(str(error.path))}</p>"

    def activity(self, register: Register, activity: Activity) -> str:
        basis = escape(activity.legal_basis.label_fr)
        if activity.legitimate_interest:
            basis += " — " + escape(activity.legitimate_interest.fr)
        parts = [
            f"<h3>{escape(activity.name.fr)}</h3>",
            self._line(self.tr("Base légale :"), basis),
            self._section(self.tr("Finalités"), (escape(p.fr) for p in activity.purposes)),
            self._section(
                self.tr("Catégories de données (%1)").replace("%1", str(len(activity.categories))),
                (
                    f"{escape(c.label.fr)} — <i>{escape(c.origin.label_fr)}</i> "
                    f"<small>({escape(c.key)})</small>"
                    for c in register.categories_of(activity)
                ),
            ),
            self._section(
                self.tr("Conservation"), map(self._rule_html, activity.retention), spaced=True
            ),
            self._section(
                self.tr("Destinataires"),
                (self._recipient_html(r) for r in activity.recipients),
                self.tr("Aucun destinataire indiqué."),
                spaced=True,
            ),
            self._section(
                self.tr("Transferts hors de l’Union européenne"),
                (self._transfer_html(t) for t in activity.transfers),
                self.tr("Aucun transfert indiqué."),
                spaced=True,
            ),
            self._section(
                self.tr("Origine des données"),
                (self._source_html(s) for s in activity.sources),
                self.tr("Aucune source indiquée."),
                spaced=True,
            ),
            self._line(
                self.tr("Décisions automatisées :"),
                escape(activity.automated_decisions.label_fr)
                + (
                    " — " + escape(activity.automated_decisions_text.fr)
                    if activity.automated_decisions_text
                    else ""
                ),
            ),
        ]
        if activity.note:
            parts.append(self._line(self.tr("Remarque :"), escape(activity.note.fr)))
        return "".join(parts)

    @staticmethod
    def _line(label: str, html: str) -> str:
        return f"<p><b>{escape(label)}</b> {html}</p>"

    @staticmethod
    def _section(title: str, entries: Iterable[str], empty: str = "", spaced: bool = False) -> str:
        listed = list(entries)
        body = _items(listed, spaced) if listed else f"<p>{escape(empty)}</p>"
        return f"<p><b>{escape(title)}</b></p>{body}"

    def _rule_html(self, rule: Retention) -> str:
        html = f"<b>{escape(rule.summary_fr)}</b>"
        if rule.data:
            html += " — " + escape(rule.data.fr)
        html += "<br>" + escape(rule.text.fr)
        if rule.extension and not _quoted(rule.extension.fr, rule.text.fr):
            html += "<br>" + escape(rule.extension.fr)
        if rule.archive:
            html += "<br>" + escape(rule.archive.fr)
        if rule.legal_ground:
            html += "<br><i>" + escape(self.tr("Fondement :")) + "</i> "
            html += escape(rule.legal_ground.fr)
        return html

    def _recipient_html(self, recipient: Recipient) -> str:
        html = f"<b>{escape(recipient.name.fr)}</b> — <i>{escape(recipient.kind.label_fr)}</i>"
        if recipient.examples:
            html += "\u00a0: " + escape(recipient.examples.fr)
        if recipient.condition:
            html += "<br>" + escape(recipient.condition.fr)
        return html

    def _transfer_html(self, transfer: Transfer) -> str:
        countries = (
            ", ".join(transfer.countries)
            if transfer.countries
            else self.tr("pays non nommés par la charte")
        )
        safeguards = ", ".join(s.label_fr for s in transfer.safeguards)
        html = f"<b>{escape(transfer.destination.fr)}</b> ({escape(countries)})"
        html += "<br><i>" + escape(self.tr("Garanties :")) + "</i> " + escape(safeguards)
        html += "<br>" + escape(transfer.text.fr)
        if transfer.copy:
            html += "<br>" + escape(transfer.copy.fr)
        return html

    def _source_html(self, source: Source) -> str:
        html = f"{escape(source.label.fr)} — <i>{escape(source.kind.label_fr)}</i>"
        if source.condition:
            html += " (" + escape(source.condition.fr) + ")"
        return html

    def overview(self, register: Register) -> str:
        controller = register.controller
        dpo = (
            escape(register.dpo.contact or "")
            if register.dpo.designated
            else escape(self.tr("non désigné dans la charte"))
        )
        if register.dpo.note:
            dpo += "<br>" + escape(register.dpo.note.fr)
        channels = []
        for channel in register.rights.channels:
            label = (
                self.tr("Par e-mail :") if channel.kind == "email" else self.tr("Par courrier :")
            )
            channels.append(f"{escape(label)} {escape(channel.address)}")
        controller_title = self.tr("Responsable du traitement")
        parts = [
            f"<h3>{escape(controller_title)}</h3>",
            f"<p><b>{escape(controller.name)}</b><br>{escape(controller.address)}"
            f"<br>{escape(controller.email)}</p>",
            self._line(self.tr("Délégué à la protection des données :"), dpo),
            self._section(
                self.tr("Droits que la charte annonce"),
                (f"{escape(r.label_fr)} ({escape(r.article)})" for r in register.rights.rights),
            ),
            self._section(self.tr("Où exercer ces droits"), channels),
            self._line(
                self.tr("Réclamation :"),
                escape(self.tr("auprès de la %1").replace("%1", register.rights.complaint.fr)),
            ),
            self._section(
                self.tr("Remarques sur la charte"),
                (escape(r.fr) for r in register.remarks),
                self.tr("Aucune remarque."),
            ),
            self._line(self.tr("Source :"), escape(register.charter_file)),
        ]
        return "".join(parts)
