"""Mail sources on real archives: an mbox file (with malformed messages) and a folder of .eml."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from faker import Faker

from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.identity import IdentifierKind
from oklima_dpo.sources.connectors import SourceFailure, open_connector
from oklima_dpo.sources.connectors.mail import MailConnector, html_to_text, mbox_messages

from .conftest import CatalogueFactory, fr, problems

EMAIL, PHONE = IdentifierKind.EMAIL, IdentifierKind.PHONE
TEXT = {"category": "user.content.private.requests", "mentions": ["email", "phone", "customer_no"]}
ADDRESS = {"category": "user.contact.email", "identifies": "email"}
MAIL_FIELDS: dict[str, Any] = {
    "message_id": {"category": "user.content.private.requests"},
    "date": {"category": "user.content.private.requests"},
    "from": ADDRESS,
    "to": ADDRESS,
    "cc": ADDRESS,
    "subject": TEXT,
    "body": TEXT,
}


def mailbox(path: str) -> dict[str, Any]:
    return {
        "name": "Boîte du service client",
        "kind": "mail",
        "connection": {"path": path},
        "tables": {"messages": {"fields": MAIL_FIELDS}},
    }


def good_messages(fake: Faker) -> list[bytes]:
    """Well-formed messages; the first is from Hélène, whose number is in the body."""
    first = EmailMessage()
    first["From"] = "Hélène Lefèvre <HELENE.TEST@EXEMPLE.FR>"
    first["To"] = "service@oklima.example, Autre Personne <AUTRE.TEST@exemple.fr>"
    first["Cc"] = "cc.test@exemple.fr"
    first["Subject"] = "Réclamation facture CL00000001"
    first["Date"] = "Mon, 10 Mar 2025 09:30:00 +0100"
    first["Message-ID"] = "<m1@exemple.fr>"
    first.set_content(f"Bonjour,\n{fake.sentence()}\nMon numéro : 06 12 34 56 78.\n")

    alternative = EmailMessage()
    alternative["From"] = "service@oklima.example"
    alternative["To"] = "a_b@exemple.fr"
    alternative["Subject"] = "Votre demande"
    alternative["Message-ID"] = "<m2@exemple.fr>"
    alternative.set_content("Texte brut pour a_b@exemple.fr")
    alternative.add_alternative("<p>Version <b>HTML</b></p>", subtype="html")
    alternative.add_attachment("piece.jointe@exemple.fr", subtype="plain", filename="annexe.txt")

    other = EmailMessage()
    other["From"] = "service@oklima.example"
    other["To"] = "axb@exemple.fr"
    other["Subject"] = fake.sentence()
    other.set_content("Rien à signaler.")
    return [first.as_bytes(), alternative.as_bytes(), other.as_bytes()]


MALFORMED = [
    # Garbage with no header at all: skipped.
    b"\x00\x01\x02 des octets sans en-tete\n\xff\xfe\n",
    b"juste quelques mots sans deux-points\nsur deux lignes\n",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01 une image collee ici\n",
    # Unknown charsets, a broken encoded word, raw 8-bit bytes: kept for what can be read.
    b"From: =?x-inconnu?q?Andr=E9?= <andre.test@exemple.fr>\n"
    b"To: service@oklima.example\n"
    b"Subject: =?utf-8?b?pas du base64!!?= caf\xe9\n"
    b"Date: pas une date\n"
    b"Message-ID: <m4@exemple.fr>\n"
    b"Content-Type: text/plain; charset=x-inconnu\n"
    b"Content-Transfer-Encoding: 8bit\n"
    b"\n"
    b"Caf\xe9 : rappeler au 07 98 76 54 32\n",
    # Only a subject: kept, keyed by its rank.
    b"Subject: sans expediteur\n\necrire a contact.test@exemple.fr\n",
    # HTML only, and a base64 body cut short.
    b"From: html.test@exemple.fr\n"
    b"Content-Type: text/html; charset=utf-8\n"
    b"\n"
    b"<html><style>p { color: red }</style><p>Contact&nbsp;: <b>ecrire.test@exemple.fr</b>"
    b"</p><script>var x = 'script.test@exemple.fr';</script></html>\n",
    b"From: coupe.test@exemple.fr\n"
    b"Content-Type: text/plain; charset=utf-8\n"
    b"Content-Transfer-Encoding: base64\n"
    b"\n"
    b"Qm9uam91ciBh\n",
]


def write_mbox(path: Path, messages: list[bytes]) -> None:
    with open(path, "wb") as stream:
        for raw in messages:
            stream.write(b"From MAILER-DAEMON Mon Mar 10 09:30:00 2025\n")
            body = raw.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
            stream.write(body if body.endswith(b"\n") else body + b"\n")
            stream.write(b"\n")


def keys(
    catalogue: Catalogue, cache: Path, field: str, kind: IdentifierKind, value: str
) -> list[str]:
    connector = open_connector(catalogue, "mails", cache)
    try:
        return [record.key for record in connector.find("messages", field, kind, [value])]
    finally:
        connector.close()


@pytest.fixture
def mbox_catalogue(make_catalogue: CatalogueFactory, tmp_path: Path, fake: Faker) -> Catalogue:
    write_mbox(tmp_path / "service.mbox", good_messages(fake) + MALFORMED)
    return make_catalogue(mails=mailbox("service.mbox"))


def test_mbox_messages_split_on_from_lines(tmp_path: Path) -> None:
    write_mbox(
        tmp_path / "a.mbox", [b"Subject: un\n\ncorps\nFrom le debut\n", b"Subject: deux\n\nx"]
    )
    assert list(mbox_messages(tmp_path / "a.mbox")) == [
        b"Subject: un\n\ncorps\n>From le debut\n",
        b"Subject: deux\n\nx\n",
    ]


def test_find_by_each_address_field(mbox_catalogue: Catalogue, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert keys(mbox_catalogue, cache, "from", EMAIL, "helene.test@exemple.fr") == [
        "<m1@exemple.fr>"
    ]
    assert keys(mbox_catalogue, cache, "to", EMAIL, "autre.test@exemple.fr") == ["<m1@exemple.fr>"]
    assert keys(mbox_catalogue, cache, "cc", EMAIL, "cc.test@exemple.fr") == ["<m1@exemple.fr>"]
    assert keys(mbox_catalogue, cache, "from", EMAIL, "andre.test@exemple.fr") == [
        "<m4@exemple.fr>"
    ]
    assert keys(mbox_catalogue, cache, "body", PHONE, "+33612345678") == ["<m1@exemple.fr>"]
    assert keys(mbox_catalogue, cache, "body", PHONE, "+33798765432") == ["<m4@exemple.fr>"]
    assert keys(mbox_catalogue, cache, "subject", IdentifierKind.CUSTOMER_NO, "CL00000001") == [
        "<m1@exemple.fr>"
    ]
    assert keys(mbox_catalogue, cache, "body", EMAIL, "contact.test@exemple.fr") == ["message 8"]


def test_fields_are_decoded(mbox_catalogue: Catalogue, tmp_path: Path) -> None:
    connector = open_connector(mbox_catalogue, "mails", tmp_path / "cache")
    (first,) = connector.find("messages", "from", EMAIL, ["helene.test@exemple.fr"])
    assert first.table == "messages"
    assert first.fields["from"] == "Hélène Lefèvre <HELENE.TEST@EXEMPLE.FR>"
    assert first.fields["subject"] == "Réclamation facture CL00000001"
    assert first.fields["date"] == datetime(2025, 3, 10, 8, 30, tzinfo=UTC)
    assert first.fields["message_id"] == "<m1@exemple.fr>"
    assert "06 12 34 56 78" in first.fields["body"]
    assert set(first.fields) == set(MAIL_FIELDS)

    (broken,) = connector.find("messages", "from", EMAIL, ["andre.test@exemple.fr"])
    assert broken.fields["date"] is None
    assert "caf" in broken.fields["subject"]
    assert "07 98 76 54 32" in broken.fields["body"]

    (html,) = connector.find("messages", "body", EMAIL, ["ecrire.test@exemple.fr"])
    assert html.fields["body"] == "Contact\u00a0: ecrire.test@exemple.fr"
    assert connector.find("messages", "body", EMAIL, ["script.test@exemple.fr"]) == []

    (alternative,) = connector.find("messages", "to", EMAIL, ["a_b@exemple.fr"])
    assert alternative.fields["body"] == "Texte brut pour a_b@exemple.fr"
    assert connector.find("messages", "body", EMAIL, ["piece.jointe@exemple.fr"]) == []
    connector.close()


def test_malformed_messages_are_counted_not_fatal(
    mbox_catalogue: Catalogue, tmp_path: Path
) -> None:
    connector = open_connector(mbox_catalogue, "mails", tmp_path / "cache")
    assert isinstance(connector, MailConnector)
    assert connector.check() == problems("3 messages illisibles ignorés")
    assert connector.index().rows == len(good_messages(Faker())) + len(MALFORMED) - 3
    assert connector.index().skipped == 3
    connector.close()


def test_addresses_match_literally(mbox_catalogue: Catalogue, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert keys(mbox_catalogue, cache, "to", EMAIL, "a_b@exemple.fr") == ["<m2@exemple.fr>"]
    assert keys(mbox_catalogue, cache, "to", EMAIL, "axb@exemple.fr") == ["message 3"]
    assert keys(mbox_catalogue, cache, "to", EMAIL, "a%b@exemple.fr") == []
    assert keys(mbox_catalogue, cache, "to", EMAIL, "';drop table messages;--@x.fr") == []


def test_folder_of_eml_files(make_catalogue: CatalogueFactory, tmp_path: Path, fake: Faker) -> None:
    folder = tmp_path / "archive"
    (folder / "2025" / "03").mkdir(parents=True)
    first, second, third = good_messages(fake)
    (folder / "2025" / "03" / "reclamation.eml").write_bytes(first)
    (folder / "reponse.EML").write_bytes(second)
    (folder / "notes.txt").write_bytes(third)
    (folder / "illisible.eml").write_bytes(MALFORMED[0])
    catalogue = make_catalogue(mails=mailbox("archive"))
    cache = tmp_path / "cache"
    connector = open_connector(catalogue, "mails", cache)
    assert isinstance(connector, MailConnector)
    assert connector.check() == problems("1 message illisible ignoré")
    assert connector.index().rows == 2
    connector.close()
    assert keys(catalogue, cache, "from", EMAIL, "helene.test@exemple.fr") == ["<m1@exemple.fr>"]

    # A new file in the folder: the index is rebuilt; no change: reused.
    (folder / "2025" / "03" / "autre.eml").write_bytes(third)
    connector = open_connector(catalogue, "mails", cache)
    assert isinstance(connector, MailConnector)
    assert connector.index().built
    connector.close()
    assert keys(catalogue, cache, "to", EMAIL, "axb@exemple.fr") == ["2025/03/autre.eml"]
    connector = open_connector(catalogue, "mails", cache)
    assert isinstance(connector, MailConnector)
    assert not connector.index().built
    connector.close()


def test_the_mbox_index_is_reused_then_rebuilt(
    mbox_catalogue: Catalogue, tmp_path: Path, fake: Faker
) -> None:
    cache = tmp_path / "cache"
    path = tmp_path / "service.mbox"
    connector = open_connector(mbox_catalogue, "mails", cache)
    assert isinstance(connector, MailConnector)
    assert connector.index().built
    connector.close()
    stat = path.stat()
    path.write_bytes(b"\0" * stat.st_size)  # same size and time: not read again
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert keys(mbox_catalogue, cache, "cc", EMAIL, "cc.test@exemple.fr") == ["<m1@exemple.fr>"]

    write_mbox(path, good_messages(fake)[1:])
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert keys(mbox_catalogue, cache, "cc", EMAIL, "cc.test@exemple.fr") == []
    assert keys(mbox_catalogue, cache, "to", EMAIL, "axb@exemple.fr") == ["message 2"]


def test_missing_archive(make_catalogue: CatalogueFactory, tmp_path: Path) -> None:
    connector = open_connector(make_catalogue(mails=mailbox("absent.mbox")), "mails", tmp_path)
    with pytest.raises(SourceFailure, match=fr("Boîte du service client.*introuvable")):
        connector.check()
    connector.close()


def test_html_to_text() -> None:
    assert html_to_text("<p>Un&amp;deux</p><p>trois <br>quatre</p>") == "Un&deux\n\ntrois\nquatre"
    assert html_to_text("<p>non fermé <b>gras") == "non fermé gras"
