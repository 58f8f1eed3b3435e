"""Keyrings for tests: keyring's own backend interface, held in memory for one test (the
Windows Credential Manager is tried for real under Wine), or failing as on a server or CI."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in the test only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.held: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.held.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.held[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.held.pop((service, username), None)


@contextmanager
def keyring_in_use(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def failing_keyring() -> KeyringBackend:
    """As on a server or CI: the OS offers no keyring."""
    from keyring.backends.fail import Keyring as Failing

    return Failing()
