"""Prepared e-mails (.eml, unsent): the DPO opens them in the mail program and sends them.

One shape for every draft the program writes (an Art. 19 notice, a reminder to a system's
owner): ``X-Unsent`` so that Outlook opens it as a draft, CRLF line ends as RFC 5322 wants.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from ..documents.files import Written, write_new

__all__ = ["draft", "write_draft"]


def draft(*, sender: str, to: str, subject: str, body: str, now: datetime) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = subject
    if sender:
        message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(now.astimezone(UTC))
    message["Message-ID"] = make_msgid(domain="oklima-dpo.invalid")
    message["X-Unsent"] = "1"
    message.set_content(body)
    return message


def write_draft(folder: Path, name: str, message: EmailMessage) -> Written:
    """The draft as a new file in ``folder`` (never over an existing one)."""
    return write_new(folder, name, lambda handle: handle.write(message.as_bytes()))
