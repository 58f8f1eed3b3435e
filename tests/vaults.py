"""Encrypted case bases for tests: a real SQLCipher file with its key file, its documents
beside it, opened with the recovery passphrase (as on CI, where no keyring exists)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from oklima_dpo.services.configuration import Configuration
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.vault import encrypt_case_base
from oklima_dpo.store.database import Target, parse_target
from oklima_dpo.store.migrate import open_store
from oklima_dpo.store.vault import unlock

from .services.helpers import open_request

PASSPHRASE = "CORRECT-CHEVAL-PILE-AGRAFE"
PROOF = b"%PDF-1.4 justificatif d'identite de test\n"


def plain_context(base: Path) -> ServiceContext:
    return ServiceContext(
        open_store(parse_target(base)),
        "dpo.test",
        base.parent / "documents",
        configuration=Configuration(),
    )


def encrypted_base(folder: Path, *, name: str = "Zoé Hervé") -> Path:
    """``folder/cases.sqlite``: one request with an identity proof attached, encrypted."""
    folder.mkdir(parents=True, exist_ok=True)
    base = folder / "cases.sqlite"
    proof = folder.parent / f"{folder.name}-justificatif Zoé.pdf"
    proof.write_bytes(PROOF)
    ctx = plain_context(base)
    open_request(ctx, name=name, emails=("zoe.herve@exemple.fr",), attachments=(proof,))
    ctx.store.dispose()
    proof.unlink()
    encrypt_case_base(base, "dpo.test", PASSPHRASE)
    return base


@contextmanager
def opened(base: Path, passphrase: str | None = PASSPHRASE) -> Iterator[ServiceContext]:
    """The encrypted base open as the program opens it (its keys unwrapped)."""
    keys = unlock(base, passphrase)
    target = Target(parse_target(base).url, base, keys.base, keys.journal)
    store = open_store(target)
    try:
        yield ServiceContext(
            store, "dpo.test", base.parent / "documents", configuration=Configuration()
        )
    finally:
        store.dispose()


def time_passes(base: Path) -> None:
    """The delay a wrong passphrase imposes, over (the count's file says the last failure was
    that long ago): the next try is allowed, the count of failures kept."""
    import json

    from oklima_dpo.store import attempts

    raw = attempts.attempts_path(base)
    if raw.exists():
        data = json.loads(raw.read_text("utf-8"))
        data["last"] = float(data["last"]) - attempts.wait_after(int(data["failures"])) - 0.01
        raw.write_text(json.dumps(data), "utf-8")
