"""``vault``: how the case base is protected; encrypting a plaintext one in place; changing
the recovery passphrase; rotating the key.

    oklima-dpo vault status
    oklima-dpo vault encrypt [--passphrase-file FILE] [--sheet FILE.pdf]
    oklima-dpo vault passphrase [--passphrase-file OLD] [--new-passphrase-file NEW]
                                [--sheet FILE.pdf]
    oklima-dpo vault rekey [--passphrase-file FILE]

``encrypt`` and ``passphrase`` make the recovery passphrase and show it once (or take the DPO's
from a file); ``--sheet`` writes the printable recovery sheet there (nowhere otherwise): keep it
printed and locked away; it opens the base on another machine or account, or where the OS
keyring is not available. ``rekey`` re-encrypts the base under a new key sealed under the
passphrase in force (the keyring cannot seal it). The demo base stays unencrypted (synthetic
people only).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ...domain.errors import DpoError
from ...domain.french import PARIS, fr_date, fr_number, typography
from ..exits import EXIT_INTERNAL, EXIT_OK
from ..output import print_json
from ..protocol import Parents, Subcommands

if TYPE_CHECKING:
    from ...services.vault import VaultStatus

NAME = "vault"
OPENS_CASE_BASE = False
ACTIONS = ("status", "encrypt", "passphrase", "rekey")


def add(commands: Subcommands, parents: Parents) -> None:
    vault = commands.add_parser(
        NAME,
        parents=parents,
        help="the case base's encryption: status, encrypt in place, change the passphrase, "
        "rotate the key",
    )
    vault.add_argument("action", choices=ACTIONS)
    vault.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="encrypt: the recovery passphrase to use (else one is made and shown once); "
        "passphrase, rekey: the one in force (else OKLIMA_DPO_PASSPHRASE_FILE's, else the "
        "keyring — not for rekey)",
    )
    vault.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="NEW",
        help="passphrase: the new recovery passphrase (else one is made and shown once)",
    )
    vault.add_argument(
        "--sheet",
        type=Path,
        metavar="FILE.pdf",
        help="encrypt, passphrase: write the printable recovery sheet there",
    )


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ...paths import default_data_dirs
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
    if args.new_passphrase_file is not None and args.action != "passphrase":
        raise DpoError("--new-passphrase-file ne s’emploie qu’avec « vault passphrase ».")
    if args.sheet is not None:
        if args.action not in ("encrypt", "passphrase"):
            raise DpoError(
                "--sheet ne s’emploie qu’avec « vault encrypt » ou « vault passphrase »."
            )
        vault.check_sheet_destination(args.sheet)
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
    passphrase = _read_passphrase(args.passphrase_file)
    if args.action == "encrypt":
        return _encrypt(args, base, passphrase, out, err)
    if args.action == "passphrase":
        return _passphrase(args, base, passphrase, out, err)
    return _rekey(args, base, passphrase, out)


def _read_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text("utf-8").strip()
    except FileNotFoundError:
        raise DpoError(f"Le fichier de phrase de passe « {path} » n’existe pas.") from None
    except (OSError, UnicodeDecodeError) as error:
        why = error.strerror if isinstance(error, OSError) else "pas du texte UTF-8"
        raise DpoError(f"« {path} » illisible : {why}.") from None


def _sheet(args: argparse.Namespace, base: Path, passphrase: str | None) -> tuple[Path | None, str]:
    """The recovery sheet where ``--sheet`` says, once the passphrase is in force (None: the
    one ``OKLIMA_DPO_PASSPHRASE_FILE`` names); or why it could not be written — said after the
    passphrase, which is never lost for a sheet that failed."""
    from ...paths import current_user
    from ...services import vault

    if args.sheet is None:
        return None, ""
    try:
        return vault.write_recovery_sheet(base, passphrase, args.sheet, current_user()), ""
    except DpoError as error:
        return None, f"Feuille de récupération NON écrite : {error}"


def _ended(problem: str, err: TextIO) -> int:
    if not problem:
        return EXIT_OK
    err.write(typography(problem) + "\n")
    return EXIT_INTERNAL


def _shown_once(passphrase: str) -> list[str]:
    return [
        "",
        "PHRASE DE PASSE DE RÉCUPÉRATION (affichée une seule fois) :",
        f"    {passphrase}",
        "L’imprimer et la garder sous clé : elle ouvre la base sur un autre poste, un autre "
        "compte, ou sans trousseau.",
    ]


def _sheet_lines(sheet: Path | None) -> list[str]:
    if sheet is None:
        return []
    return [
        f"Feuille de récupération : {sheet} — l’imprimer, la ranger sous clé, puis supprimer "
        "ce fichier."
    ]


def _encrypt(
    args: argparse.Namespace, base: Path, passphrase: str | None, out: TextIO, err: TextIO
) -> int:
    from ...paths import current_user
    from ...services import vault

    done = vault.encrypt_case_base(base, current_user(), passphrase)
    sheet, problem = _sheet(args, base, done.passphrase or passphrase)
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
                "documents_sealed": done.documents_sealed,
                "indexes_sealed": done.indexes_sealed,
                "sheet": sheet,
            },
            out,
        )
        return _ended(problem, err)
    lines = [
        f"Base de cas chiffrée (SQLCipher, AES-256) : {done.base}",
        f"{done.tables} tables, {done.rows} lignes vérifiées dans la copie chiffrée.",
        "Clé gardée par le trousseau du système : "
        + (
            "oui (ouverture sans saisie pour cette session)."
            if done.in_keyring
            else "non (pas de trousseau ici) : la phrase de passe sera demandée."
        ),
        f"Documents scellés un à un (AES-256-GCM) : {done.documents_sealed} ; index des "
        f"sources scellés : {done.indexes_sealed}.",
        f"Fichiers en clair écrasés puis supprimés : {len(done.shredded)}.",
        *_sheet_lines(sheet),
    ]
    if done.passphrase:
        lines += _shown_once(done.passphrase)
    out.write(typography("\n".join(lines)) + "\n")
    return _ended(problem, err)


def _passphrase(
    args: argparse.Namespace, base: Path, old: str | None, out: TextIO, err: TextIO
) -> int:
    from ...paths import current_user
    from ...services import vault

    new = _read_passphrase(args.new_passphrase_file)
    done = vault.change_passphrase(base, old, new, user=current_user())
    sheet, problem = _sheet(args, base, done.passphrase or new)
    if args.json:
        print_json(
            {
                "base": done.base,
                "base_id": done.base_id,
                "changed": True,
                "in_keyring": done.in_keyring,
                "passphrase": done.passphrase,
                "sheet": sheet,
            },
            out,
        )
        return _ended(problem, err)
    lines = [
        f"Phrase de passe de récupération changée pour la base de cas {done.base}.",
        "L’ancienne n’ouvre plus la base ; les sauvegardes faites avant ce changement restent "
        "scellées sous elle.",
        "Clé dans le trousseau de cette session : " + ("oui" if done.in_keyring else "non"),
        *_sheet_lines(sheet),
        "À faire maintenant : une sauvegarde (oklima-dpo backup), puis détruire l’ancienne "
        "feuille de récupération.",
    ]
    if done.passphrase:
        lines += _shown_once(done.passphrase)
    out.write(typography("\n".join(lines)) + "\n")
    return _ended(problem, err)


def _rekey(args: argparse.Namespace, base: Path, passphrase: str | None, out: TextIO) -> int:
    from ...paths import current_user
    from ...services import vault

    done = vault.rotate_key(base, current_user(), passphrase)
    if args.json:
        print_json(
            {
                "base": done.base,
                "base_id": done.base_id,
                "rotated": True,
                "in_keyring": done.in_keyring,
                "tables": done.tables,
                "rows": done.rows,
                "journal_seq": done.journal_seq,
                "shredded": list(done.shredded),
                "seconds": round(done.seconds, 3),
            },
            out,
        )
        return EXIT_OK
    lines = [
        f"Clé de la base de cas changée (SQLCipher, AES-256) : {done.base}",
        f"{done.tables} tables, {done.rows} lignes vérifiées dans la copie rechiffrée ; "
        f"journal : entrée n° {done.journal_seq}, en {fr_number(done.seconds, '#,##0.0')} s.",
        "L’ancienne clé n’ouvre plus la base ; les fichiers chiffrés sous elle ont été écrasés "
        "puis supprimés. La phrase de passe de récupération reste la même : sa feuille reste "
        "valable.",
        "Clé gardée par le trousseau du système : "
        + ("oui." if done.in_keyring else "non (pas de trousseau ici)."),
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
            "Documents scellés : "
            + (
                "oui"
                if status.documents_encrypted
                else "NON, pas tous (le programme les scelle à son prochain démarrage)"
            ),
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
