"""The demo estate's support mailbox: customers' messages and the service's replies, in one
mbox file."""

from __future__ import annotations

import random
from datetime import date, datetime
from email.utils import format_datetime
from pathlib import Path

from ..domain.french import PARIS
from .estate_data import MAIL_TOPICS, MONTHS, SUPPORT, SUPPORT_NAME, WEEKDAYS
from .estate_files import header, mailbox, partial, phone_text
from .estate_people import Person


class Mailbox:
    """support.mbox, open while the estate is written.

    ``rng`` is the estate's one random generator: the order of its draws makes the estate.
    """

    def __init__(self, out_dir: Path, rng: random.Random, today: int) -> None:
        self.out_dir, self.rng, self.today = out_dir, rng, today
        self.messages = 0

    def open(self) -> None:
        self.mbox = open(partial(self.out_dir / "support.mbox"), "wb")  # noqa: SIM115

    def close(self) -> None:
        """Closed when finished, and after a failure."""
        opened = getattr(self, "mbox", None)
        if opened is not None:
            opened.close()

    def mail(
        self,
        day: int,
        sender: tuple[str, str],
        to: tuple[str, str],
        subject: str,
        body: str,
        in_reply_to: str | None = None,
    ) -> str:
        """One message (sender and recipient as name and address); its Message-ID."""
        r = self.rng
        self.messages += 1
        message_id = f"<{self.messages:08d}.support@oklima.example>"
        moment = date.fromordinal(day)
        at = datetime(
            moment.year, moment.month, moment.day, r.randint(7, 22), r.randint(0, 59), tzinfo=PARIS
        )
        lines = [
            f"From {sender[1]} {WEEKDAYS[at.weekday()]} {MONTHS[at.month - 1]} {at.day:2d} "
            f"{at:%H:%M:%S} {at.year}",
            f"From: {mailbox(*sender)}",
            f"To: {mailbox(*to)}",
            f"Subject: {header(subject)}",
            f"Date: {format_datetime(at)}",
            f"Message-ID: {message_id}",
        ]
        if in_reply_to:
            lines.append(f"In-Reply-To: {in_reply_to}")
        lines += [
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"',
            "Content-Transfer-Encoding: 8bit",
            "",
            body,
            "",
            "",
        ]
        self.mbox.write("\n".join(lines).encode())
        return message_id

    def random_mail(self, p: Person, contract_no: str) -> None:
        r = self.rng
        assert p.email is not None
        subject, text = r.choice(MAIL_TOPICS)
        parts = ["Bonjour,", "", text]
        if r.random() < 0.7:
            parts.append(
                r.choice(
                    ("Mon numéro client : {}.", "Référence client {}.", "Client n° {}.")
                ).format(p.customer_no)
            )
        elif r.random() < 0.5:
            parts.append(f"Contrat n° {contract_no}.")
        if r.random() < 0.4:
            number = phone_text(p.digits, r.choice(("spaces", "compact", "dots", "intl")))
            parts.append(f"Vous pouvez me joindre au {number}.")
        parts += ["", "Cordialement,", p.name]
        day = r.randint(p.start, p.last_day)
        customer = (p.name, p.email)
        asked = self.mail(day, customer, (SUPPORT_NAME, SUPPORT), subject, "\n".join(parts))
        if r.random() < 0.7:
            civility = "Madame" if p.civility == "MME" else "Monsieur"
            answer = (
                f"Bonjour {civility} {p.last},\n\nNous avons bien reçu votre message au sujet "
                f"de votre dossier {p.customer_no} et revenons vers vous sous 48 heures.\n\n"
                f"Cordialement,\nLe service client OKLIMA"
            )
            reply_day = min(day + r.randint(0, 3), self.today)
            self.mail(reply_day, (SUPPORT_NAME, SUPPORT), customer, f"RE: {subject}", answer, asked)
