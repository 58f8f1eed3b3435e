"""``vault``: how the case base is protected, and encrypting a plaintext one in place.

    oklima-dpo vault status
    oklima-dpo vault encrypt [--passphrase-file FILE]

``encrypt`` makes the recovery passphrase and shows it once (or takes the DPO's from a file):
keep it printed and locked away; it opens the base on another machine or account, or where the
OS keyring is not available. The demo base stays unencrypted (synthetic people only).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ...domain.errors import DpoError
from ...domain.french import PARIS, fr_date, typography
from ..exits import EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.vault import VaultStatus

NAME = "vault"
OPENS_CASE_BASE = False


def add(commands: Subcommands, parents: Parents) -> None:
    vault = commands.add_parser(
        NAME, parents=parents, help="the case base's encryption: status, encrypt in place"
    )
    vault.add_argument("action", choices=("status", "encrypt"))
    vault.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="encrypt: the recovery passphrase to use (else one is made and shown once)",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...paths import current_user, default_data_dirs
    from ...services import vault
    from ...store.database import parse_target

    if args.demo:
        raise DpoError(
            "La base de démonstration ne contient que des personnes fictives : elle reste en clair."
        )
    base = (
        parse_target(args.db).sqlite_path if args.db else default_data_dirs(args.data_dir).case_base
    )
    if base is None:
        raise DpoError(
            "Seule une base de cas SQLite se chiffre ainsi ; une base PostgreSQL se protège "
            "sur son serveur (TLS, chiffrement du disque)."
        )
    if args.action == "status":
        status = vault.vault_status(base)
        if args.json:
            print_json(
                {
                    "base": status.base,
                    "exists": status.exists,
                    "encrypted": status.encrypted,
                    "key_file": status.key_file,
                    "in_keyring": status.in_keyring,
                    "documents_encrypted": status.documents_encrypted,
                    "last_backup": status.last_backup.isoformat() if status.last_backup else None,
                    "last_backup_archive": status.last_backup_archive or None,
                },
                out,
            )
        else:
            out.write(typography(_status_text(status)) + "\n")
        return EXIT_OK
    passphrase = None
    if args.passphrase_file is not None:
        try:
            passphrase = args.passphrase_file.read_text("utf-8").strip()
        except OSError as error:
            raise DpoError(f"« {args.passphrase_file} » illisible : {error.strerror}.") from None
    done = vault.encrypt_case_base(base, current_user(), passphrase)
    if args.json:
        print_json(
            {
                "base": done.base,
                "encrypted": True,
                "in_keyring": done.in_keyring,
                "tables": done.tables,
                "rows": done.rows,
                "passphrase": done.passphrase,
                "shredded": list(done.shredded),
            },
            out,
        )
        return EXIT_OK
    lines = [
        f"Base de cas chiffrée (SQLCipher, AES-256) : {done.base}",
        f"{done.tables} tables, {done.rows} lignes vérifiées dans la copie chiffrée.",
        "Clé gardée par le trousseau du système : "
        + (
            "oui (ouverture sans saisie pour cette session)."
            if done.in_keyring
            else "non (pas de trousseau ici) : la phrase de passe sera demandée."
        ),
        f"Fichiers en clair écrasés puis supprimés : {len(done.shredded)}.",
    ]
    if done.passphrase:
        lines += [
            "",
            "PHRASE DE PASSE DE RÉCUPÉRATION (affichée une seule fois) :",
            f"    {done.passphrase}",
            "L’imprimer et la garder sous clé : elle ouvre la base sur un autre poste, un autre "
            "compte, ou sans trousseau.",
        ]
    out.write(typography("\n".join(lines)) + "\n")
    return EXIT_OK


def _status_text(status: VaultStatus) -> str:
    if not status.exists:
        return f"Aucune base de cas à « {status.base} »."
    if not status.encrypted:
        return f"Base de cas « {status.base} » : EN CLAIR. La chiffrer : oklima-dpo vault encrypt."
    return "\n".join(
        [
            f"Base de cas « {status.base} » : chiffrée (SQLCipher, AES-256).",
            f"Fichier de clé : {status.key_file or 'MANQUANT'}",
            "Clé dans le trousseau de cette session : " + ("oui" if status.in_keyring else "non"),
            "Documents chiffrés : " + ("oui" if status.documents_encrypted else "pas encore"),
            "Dernière sauvegarde : " + _last_backup_text(status),
        ]
    )


def _last_backup_text(status: VaultStatus) -> str:
    if not status.backups_known:
        return "inconnue (la clé n’est pas disponible ici pour lire le journal)"
    if status.last_backup is None:
        return "AUCUNE. Sauvegarder : oklima-dpo backup"
    made = status.last_backup.astimezone(PARIS)
    return f"le {fr_date(made.date())} à {made:%H:%M} ({status.last_backup_archive})"
