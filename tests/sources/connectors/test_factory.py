"""open_connector: the right connector for each kind of source, none for a manual one."""

from __future__ import annotations

from pathlib import Path

import pytest

from oklima_dpo.sources.connectors import open_connector
from oklima_dpo.sources.connectors.mail import MailConnector
from oklima_dpo.sources.connectors.spreadsheet import CsvConnector, XlsxConnector
from oklima_dpo.sources.connectors.sql import SqlConnector

from .conftest import CUSTOMER_FIELDS, CatalogueFactory

TABLES = {"clients": {"key": ["customer_no"], "fields": CUSTOMER_FIELDS}}


def test_each_kind_gets_its_connector(make_catalogue: CatalogueFactory, tmp_path: Path) -> None:
    catalogue = make_catalogue(
        crm={"kind": "sql", "connection": {"url": "sqlite:///crm.sqlite"}, "tables": TABLES},
        classeur={"kind": "spreadsheet", "connection": {"path": "a.XLSX"}, "tables": TABLES},
        export={"kind": "spreadsheet", "connection": {"path": "a.csv"}, "tables": TABLES},
        boite={
            "kind": "mail",
            "connection": {"path": "boite"},
            "tables": {"messages": {"fields": {"from": CUSTOMER_FIELDS["email"]}}},
        },
        archives={"kind": "manual", "task": "Chercher le dossier papier du client."},
    )
    expected = {
        "crm": SqlConnector,
        "classeur": XlsxConnector,
        "export": CsvConnector,
        "boite": MailConnector,
    }
    for source_id, kind in expected.items():
        connector = open_connector(catalogue, source_id, tmp_path / "cache")
        assert isinstance(connector, kind)
        connector.close()
    assert not (tmp_path / "cache").exists(), "nothing is opened before it is needed"
    assert not (tmp_path / "crm.sqlite").exists()
    with pytest.raises(ValueError, match="manual"):
        open_connector(catalogue, "archives", tmp_path)
    with pytest.raises(ValueError, match="unknown"):
        open_connector(catalogue, "inconnue", tmp_path)
