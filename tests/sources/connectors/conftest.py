"""Catalogues written to a temporary folder, synthetic people, an in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from faker import Faker

from oklima_dpo.config.catalogue_file import load_catalogue
from oklima_dpo.config.register_file import load_register
from oklima_dpo.domain.catalogue import Catalogue
from oklima_dpo.domain.french import typography
from oklima_dpo.domain.register import Register

from ...keyrings import MemoryKeyring, keyring_in_use

PATTERNS = {"customer_no": r"\bCL\d{8}\b"}

#: The fields of a customers table (SQL table, sheet, csv) used by most tests.
CUSTOMER_FIELDS: dict[str, Any] = {
    "customer_no": {"category": "user.unique_id", "identifies": "customer_no"},
    "last_name": {"category": "user.name", "identifies": "last_name"},
    "first_name": {"category": "user.name", "identifies": "first_name"},
    "email": {"category": "user.contact.email", "identifies": "email"},
    "phone": {"category": "user.contact.phone_number", "identifies": "phone"},
    "postcode": {"category": "user.contact.address", "identifies": "postcode"},
    "notes": {
        "category": "user.content.private.requests",
        "mentions": ["email", "phone", "customer_no"],
    },
}

CatalogueFactory = Callable[..., Catalogue]


def fr(pattern: str) -> str:
    """A ``match=`` pattern for a French message, whose spaces may be non-breaking."""
    return pattern.replace(" ", "[ \u00a0]")


def problems(*messages: str) -> list[str]:
    """What ``check()`` returns for these messages (French typography applied)."""
    return [typography(message) for message in messages]


@pytest.fixture(scope="session")
def register() -> Register:
    return load_register()


@pytest.fixture
def make_catalogue(tmp_path: Path, register: Register) -> CatalogueFactory:
    """``make_catalogue(source_id=spec, …)``: a catalogue file in tmp_path, loaded and checked."""

    def make(**sources: dict[str, Any]) -> Catalogue:
        complete = {
            source_id: {
                "name": f"Source {source_id}",
                "owner": {"team": "SI", "contact": "si@exemple.fr"},
                "activities": ["service_provision"],
                **spec,
            }
            for source_id, spec in sources.items()
        }
        path = tmp_path / "catalogue.yaml"
        document = {"version": 1, "patterns": PATTERNS, "sources": complete}
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        return load_catalogue(path, register)

    return make


@pytest.fixture
def fake() -> Faker:
    generator = Faker("fr_FR")
    generator.seed_instance(20250325)
    return generator


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
