"""Reading a mail archive: one mbox file, or a folder of ``.eml`` files (searched recursively).

Each message gives the fields of :data:`~oklima_dpo.domain.catalogue.MAIL_FIELDS`: decoded
headers, the date, and the body (its text/plain parts, else its HTML reduced to text). The
``from``, ``to`` and ``cc`` fields identify every address they hold. A malformed message is
kept for what can be read, or skipped and counted when nothing can; it never stops the
reading. A record's key is the Message-ID, else ``message N`` (its rank in the mbox) or the
``.eml`` file's path in the folder.

The mbox is split here rather than by :class:`mailbox.mbox`, which opens the file for
writing: this connector only reads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from email import message_from_bytes
from email.header import decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .index_writer import IndexWriter
from .indexed_file import IndexedFileConnector

__all__ = ["MailConnector", "html_to_text", "mbox_messages", "parse_message"]

_ADDRESS_FIELDS = ("from", "to", "cc")
_WHITESPACE = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class MailConnector(IndexedFileConnector):
    what = "archive de messages"

    def exists(self) -> bool:
        return self.path.is_file() or self.path.is_dir()

    def signature(self) -> str:
        if self.path.is_file():
            return super().signature()
        digest = hashlib.sha256()
        for path in self._eml_files():
            stat = path.stat()
            name = path.relative_to(self.path).as_posix()
            digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        return "folder:" + digest.hexdigest()

    def read(self, writer: IndexWriter) -> None:
        if self.path.is_file():
            messages = ((f"message {n}", raw) for n, raw in enumerate(mbox_messages(self.path), 1))
        else:
            messages = (
                (path.relative_to(self.path).as_posix(), path.read_bytes())
                for path in self._eml_files()
            )
        try:
            for place, raw in messages:
                parsed = parse_message(raw)
                if parsed is None:
                    writer.skip()
                    continue
                fields, addresses = parsed
                key = fields["message_id"] or place
                for table, spec in self.spec.tables.items():
                    wanted = {name: fields[name] for name in spec.fields}
                    identity = {name: addresses[name] for name in spec.fields if name in addresses}
                    writer.add(table, key, wanted, identity)
        except OSError as error:
            raise self.failure(f"archive illisible ({self.path} : {error.strerror})") from None

    def skipped_message(self, count: int) -> str:
        if count == 1:
            return "1 message illisible ignoré"
        return f"{count} messages illisibles ignorés"

    def missing_column_message(self, table: str, column: str) -> str:
        return f"champ « {column} » inconnu pour une boîte mail"

    def _eml_files(self) -> list[Path]:
        found = self.path.rglob("*")
        return sorted(path for path in found if path.suffix.lower() == ".eml" and path.is_file())


def mbox_messages(path: Path) -> Iterator[bytes]:
    """The raw messages of an mbox file, each without its ``From `` separator line."""
    lines: list[bytes] = []
    started = False
    with open(path, "rb") as stream:
        for line in stream:
            if line.startswith(b"From "):
                if started:
                    yield _without_last_newline(lines)
                lines = []
                started = True
            elif started:
                lines.append(line)
            elif line.strip():
                started = True  # no separator before the first message: keep it anyway
                lines.append(line)
    if started:
        yield _without_last_newline(lines)


def _without_last_newline(lines: list[bytes]) -> bytes:
    # The blank line before the next ``From `` belongs to the mbox format, not the message.
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)


def parse_message(raw: bytes) -> tuple[dict[str, Any], dict[str, list[str]]] | None:
    """The message's fields and the addresses of from/to/cc, or None when it has no header."""
    try:
        message = message_from_bytes(raw, policy=compat32)
    except Exception:  # the parser is lenient; this is a last resort
        return None
    if not message.keys():
        return None
    fields: dict[str, Any] = {
        "message_id": _header(message, "message-id").strip() or None,
        "date": _date(message),
        "subject": _header(message, "subject") or None,
        "body": _body(message) or None,
    }
    addresses: dict[str, list[str]] = {}
    for name in _ADDRESS_FIELDS:
        text = _header(message, name)
        fields[name] = text or None
        try:
            pairs = getaddresses([text]) if text else []
        except Exception:  # a header the address parser cannot split
            pairs = []
        addresses[name] = [address for _, address in pairs if "@" in address]
    return fields, addresses


def _header(message: Message, name: str) -> str:
    values = message.get_all(name)
    if not values:
        return ""
    return (
        ", ".join(_decoded(value) for value in values)
        if name in _ADDRESS_FIELDS
        else (_decoded(values[0]))
    )


def _decoded(value: Any) -> str:
    """A header's text: encoded words decoded; an unknown charset read as UTF-8, else cp1252."""
    try:
        return " ".join(str(make_header(decode_header(value))).split())
    except Exception:  # unknown charset, bad encoded word, raw 8-bit bytes
        pass
    try:
        parts = decode_header(value)
    except Exception:
        return " ".join(str(value).encode("utf-8", "replace").decode("utf-8").split())
    texts = []
    for part, charset in parts:
        if isinstance(part, str):
            texts.append(part)
        else:
            texts.append(_bytes_text(part, charset))
    return " ".join(" ".join(texts).split())


def _bytes_text(data: bytes, charset: str | None) -> str:
    for encoding in (charset, "utf-8"):
        if encoding and encoding != "unknown-8bit":
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("cp1252", "replace")


def _date(message: Message) -> Any:
    text = _header(message, "date")
    if not text:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _body(message: Message) -> str:
    plain: list[str] = []
    rich: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        content_type = part.get_content_type()
        if content_type not in ("text/plain", "text/html"):
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            continue
        if not isinstance(payload, bytes):
            continue
        try:
            charset = part.get_content_charset()
        except Exception:
            charset = None
        text = _bytes_text(payload, charset)
        (plain if content_type == "text/plain" else rich).append(text)
    if plain:
        return "\n".join(t.strip() for t in plain).strip()
    return "\n".join(html_to_text(t) for t in rich).strip()


class _TextOfHtml(HTMLParser):
    _SKIPPED = frozenset({"script", "style", "head", "title"})
    _BREAKS = frozenset({"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED and self._skipping:
            self._skipping -= 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML body (scripts and styles left out)."""
    parser = _TextOfHtml()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # malformed markup: what was gathered so far
        pass
    text = "".join(parser.parts)  # character references already converted by the parser
    lines = (_WHITESPACE.sub(" ", line).strip() for line in text.splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
