"""The demo estate: OKLIMA's systems filled with synthetic people, for gathering demos and tests.

One folder holds what a DPO would have to search: ``crm.sqlite``, ``billing.sqlite``,
``portal.sqlite``, ``newsletter.csv`` (cp1252 and « ; », as a French Excel saves it),
``satisfaction.xlsx``, ``support.mbox`` and ``catalogue.yaml`` (a copy of
``resources/sources/demo.yaml``, whose paths are relative to it).

Faker only builds pools (first names, surnames, streets, towns); every person is then drawn
from one ``random.Random(seed)``, so a seed and a day give the same estate, and a million
people take minutes, not hours. A few people are placed on purpose: the cases that trouble a
DPO (:data:`HARD_CASE_DESCRIPTIONS`), returned with their identifiers in
:attr:`EstateSummary.hard_cases`.
"""

from __future__ import annotations

import base64
import csv
import os
import random
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any, TextIO

from .. import paths
from ..domain.errors import DpoError
from ..domain.french import PARIS

__all__ = [
    "CATALOGUE_NAME",
    "FILES",
    "HARD_CASE_DESCRIPTIONS",
    "MIN_PERSONS",
    "EstateSummary",
    "write_demo_estate",
]

CATALOGUE_NAME = "catalogue.yaml"
FILES = (
    "crm.sqlite",
    "billing.sqlite",
    "portal.sqlite",
    "newsletter.csv",
    "satisfaction.xlsx",
    "support.mbox",
)
MIN_PERSONS = 20  # room for the hard cases among ordinary customers
BATCH = 10_000
FIRST_CUSTOMER = 10_001  # CL00010001
FIRST_CONTRACT = 20_001
HISTORY_DAYS = 12 * 365
SUPPORT = "support@oklima.example"
SUPPORT_NAME = "Service client OKLIMA"
# Reserved top-level domain (RFC 2606): no address of the estate can reach anyone.
DOMAINS = (
    "orange.example",
    "free.example",
    "gmail.example",
    "laposte.example",
    "sfr.example",
    "wanadoo.example",
    "outlook.example",
)
DOMAIN_WEIGHTS = (24, 18, 26, 9, 8, 8, 7)
# Allocated mobile ranges (phonenumbers accepts them); 06 39 and 07 0x–07 2x are not.
MOBILE_PREFIXES = tuple(
    [f"06{n:02d}" for n in range(10, 90) if n != 39] + [f"07{n:02d}" for n in range(50, 90)]
)
OFFERS = {"ESSENTIEL": 159.0, "CONFORT": 219.0, "PAC": 289.0, "SOLAIRE": 249.0}
OFFER_WEIGHTS = (40, 35, 15, 10)
# Fictional banks: plausible French IBANs and BICs that no real bank issues.
BANKS = (
    ("99901", "DEMOFRPPXXX"),
    ("99902", "EXMPFRPPLYO"),
    ("99903", "FICTFR2AXXX"),
    ("99904", "SYNTFRPPBDX"),
)
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
)
INTERACTIONS = {
    "REC": (
        "Réclamation : le technicien ne s’est pas présenté au rendez-vous d’entretien.",
        "Réclamation sur le montant de la facture annuelle, jugé trop élevé.",
        "Réclamation : panne de chaudière non résolue après l’intervention.",
        "Réclamation : délai d’attente trop long au téléphone.",
    ),
    "APP": (
        "Appel pour décaler la visite d’entretien annuelle.",
        "Demande de rappel pour un devis de pompe à chaleur.",
        "Appel au sujet d’un bruit anormal de la chaudière.",
    ),
    "DEM": (
        "Demande d’attestation d’entretien pour l’assurance habitation.",
        "Demande de changement de coordonnées bancaires.",
        "Demande de duplicata de facture.",
    ),
}
CHANNELS = ("TEL", "MAIL", "COUR", "AGENCE")
CHANNEL_WEIGHTS = (55, 30, 10, 5)
CONSENT_SOURCES = ("WEB", "EC", "SALON", "PART")
SURVEY_COMMENTS = (
    "",
    "",
    "Technicien ponctuel et aimable.",
    "Intervention rapide, merci.",
    "Trop cher pour ce que c’est.",
    "Rendez-vous décalé deux fois, c’est pénible.",
    "Très satisfait du dépannage un dimanche.",
    "Explications claires sur l’entretien de la pompe à chaleur.",
    "Personne ne répond au téléphone.",
)
MAIL_TOPICS = (
    (
        "Réclamation sur ma facture",
        "Je conteste le montant de ma dernière facture, qui a augmenté sans explication.",
    ),
    (
        "Rendez-vous d’entretien manqué",
        "Le technicien n’est pas venu au rendez-vous prévu pour l’entretien de ma chaudière.\n"
        "Merci de me proposer une nouvelle date.",
    ),
    ("Panne de chauffage", "Ma chaudière est en panne depuis hier soir, pouvez-vous intervenir ?"),
    (
        "Changement de coordonnées bancaires",
        "Je change de banque : merci de m’indiquer la marche à suivre pour le prélèvement.",
    ),
    (
        "Attestation d’entretien",
        "Mon assureur me demande l’attestation d’entretien de cette année.",
    ),
    ("Résiliation", "Je vends ma maison et souhaite résilier mon contrat d’entretien."),
)
PHONE_FORMS = ("spaces", "compact", "intl", "e164", "dots", "dashes")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

HARD_CASE_DESCRIPTIONS = {
    "email_in_capitals": "E-mail en minuscules au CRM, en capitales comme identifiant du portail.",
    "phone_formats": "Un téléphone écrit autrement au CRM, dans l’enquête et dans un e-mail.",
    "accented_name": "« Hélène Lefèvre » au CRM, « Helene Lefevre » dans l’enquête.",
    "homonyms": "Deux clients de mêmes nom et prénom (codes postaux et e-mails différents).",
    "shared_family_email": "Deux clients d’une même famille partagent un e-mail.",
    "retention_expired": "Ancien client dont le contrat a pris fin il y a plus de cinq ans.",
    "prospect_newsletter_only": "Prospect connu de la seule liste d’abonnés à la newsletter.",
    "mentioned_in_other_mail": "Client cité (n° client et e-mail) dans l’e-mail d’un autre client.",
    "customer_no_lower_case": "N° client écrit en minuscules dans un mandat de prélèvement.",
}


@dataclass(frozen=True)
class EstateSummary:
    """What :func:`write_demo_estate` made."""

    out_dir: Path
    catalogue: Path  # out_dir / catalogue.yaml
    persons: int  # customers in the CRM (the newsletter's prospects come on top)
    seed: int
    today: date
    rows: dict[str, int]  # "crm.customers" → rows, …, "support.messages" → messages
    hard_cases: dict[str, dict[str, str]] = field(default_factory=dict)


# -- Files ------------------------------------------------------------------------------

SCHEMAS = {
    "crm": (
        "CREATE TABLE customers (customer_no TEXT PRIMARY KEY, civility TEXT NOT NULL, "
        "first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, phone TEXT, "
        "address TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, "
        "status TEXT NOT NULL, contract_start DATE NOT NULL, contract_end DATE, "
        "created_at DATETIME NOT NULL, "
        # Marks written when a right is carried out (restriction, objection to marketing).
        "restricted INTEGER NOT NULL DEFAULT 0, marketing_optout INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE contracts (contract_no TEXT PRIMARY KEY, customer_no TEXT NOT NULL, "
        "offer TEXT NOT NULL, start_date DATE NOT NULL, end_date DATE)",
        "CREATE TABLE interactions (id INTEGER PRIMARY KEY, customer_no TEXT NOT NULL, "
        "date DATE NOT NULL, channel TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT NOT NULL)",
    ),
    "billing": (
        "CREATE TABLE invoices (invoice_no TEXT PRIMARY KEY, customer_no TEXT NOT NULL, "
        "contract_no TEXT NOT NULL, issued_on DATE NOT NULL, amount REAL NOT NULL, "
        "status TEXT NOT NULL)",
        "CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, invoice_no TEXT NOT NULL, "
        "paid_on DATE NOT NULL, amount REAL NOT NULL, method TEXT NOT NULL)",
        "CREATE TABLE bank_accounts (mandate_ref TEXT PRIMARY KEY, customer_no TEXT NOT NULL, "
        "iban TEXT NOT NULL, bic TEXT NOT NULL, holder TEXT NOT NULL, signed_on DATE NOT NULL)",
    ),
    "portal": (
        "CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, login TEXT NOT NULL, "
        "customer_no TEXT NOT NULL, password_hash TEXT NOT NULL, created_at DATETIME NOT NULL, "
        "last_login DATETIME, restricted INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE login_history (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, "
        "at DATETIME NOT NULL, ip TEXT NOT NULL, user_agent TEXT NOT NULL)",
    ),
}

# The SQL connector searches e-mails with lower(col) IN (…), names folded (« folded » below:
# its own expression), customer and contract numbers with upper(col) IN (…), phones,
# postcodes and other keys with col IN (…): each index below is the expression it searches
# with, so that SQLite uses it.
INDEXES = {
    "crm": (
        ("customers", "upper(customer_no)"),
        ("customers", "lower(email)"),
        ("customers", "phone"),
        ("customers", "postcode"),
        ("customers", "folded(last_name)"),
        ("customers", "folded(first_name)"),
        ("contracts", "upper(contract_no)"),
        ("contracts", "upper(customer_no)"),
        ("interactions", "upper(customer_no)"),
    ),
    "billing": (
        ("invoices", "upper(customer_no)"),
        ("invoices", "upper(contract_no)"),
        ("payments", "invoice_no"),
        ("bank_accounts", "upper(customer_no)"),
        ("bank_accounts", "folded(holder)"),
    ),
    "portal": (
        ("accounts", "lower(login)"),
        ("accounts", "upper(customer_no)"),
        ("login_history", "account_id"),
    ),
}


def _index_sql(table: str, expression: str) -> str:
    column = expression.split("(")[-1].rstrip(")")
    function = expression.split("(")[0] if "(" in expression else ""
    name = "_".join(part for part in (table, column, function) if part)
    if function == "folded":  # the connector's own expression for names, accents folded
        expression = _folded_name_sql(column)
    return f"CREATE INDEX {name} ON {table} ({expression})"


def _folded_name_sql(column: str) -> str:
    """The SQL the connector compares names with, so that SQLite uses this index."""
    from sqlalchemy import String
    from sqlalchemy import column as sql_column
    from sqlalchemy.dialects import sqlite

    from .connectors.sql import match_expression
    from .matching import IdentityKind

    expression = match_expression(IdentityKind.LAST_NAME, sql_column(column, String))
    compiled = expression.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    return str(compiled)


class _Table:
    """Rows of one table, inserted a batch at a time."""

    def __init__(self, db: sqlite3.Connection, name: str, width: int) -> None:
        self.db = db
        self.sql = f"INSERT INTO {name} VALUES ({', '.join('?' * width)})"
        self.rows: list[tuple[Any, ...]] = []
        self.count = 0

    def add(self, row: tuple[Any, ...]) -> None:
        self.rows.append(row)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.db.executemany(self.sql, self.rows)
            self.count += len(self.rows)
            self.rows.clear()


def _open_database(path: Path, schema: Sequence[str]) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    # Nothing to protect while generating: a failed build is thrown away.
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-65536")  # 64 MB each: enough to sort the indexes
    db.execute("PRAGMA temp_store=MEMORY")
    db.execute("BEGIN")
    for statement in schema:
        db.execute(statement)
    return db


def _finish_database(db: sqlite3.Connection, indexes: Sequence[tuple[str, str]]) -> None:
    for table, expression in indexes:
        db.execute(_index_sql(table, expression))
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode=DELETE")
    db.close()


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


# -- Small makers -----------------------------------------------------------------------


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def _phone(digits: str, form: str) -> str:
    """A ten-digit French number (``0612345678``) as people write it."""
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    match form:
        case "spaces":
            return " ".join(pairs)
        case "compact":
            return digits
        case "intl":
            return "+33 " + digits[1] + " " + " ".join(pairs[1:])
        case "e164":
            return "+33" + digits[1:]
        case "dots":
            return ".".join(pairs)
        case _:
            return "-".join(pairs)


def _iban(rng: random.Random, bank: str) -> str:
    """A French IBAN with a valid RIB key and check digits."""
    branch = f"{rng.randint(1, 99_999):05d}"
    account = f"{rng.randint(0, 99_999_999_999):011d}"
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    check = 98 - int(bban + "152700") % 97  # "FR00" with F=15, R=27
    return f"FR{check:02d}{bban}"


def _day(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


def _header(text: str) -> str:
    """A header value, as an RFC 2047 encoded word when it is not ASCII."""
    if text.isascii():
        return text
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode("ascii") + "?="


def _mailbox(name: str, address: str) -> str:
    # An encoded word is never quoted (it would not be decoded); a plain name always is.
    shown = f'"{name}"' if name.isascii() else _header(name)
    return f"{shown} <{address}>"


@dataclass(slots=True)
class _Person:
    index: int
    customer_no: str
    civility: str  # M, MME
    first: str
    last: str
    email: str | None
    digits: str  # the phone, ten digits
    phone_form: str  # how the CRM holds it
    street: str
    postcode: str
    city: str
    created: int  # days (ordinals)
    start: int
    end: int | None  # None: still a customer
    today: int

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def last_day(self) -> int:
        """The last day the customer's records can bear."""
        return self.end if self.end is not None else self.today


@dataclass(frozen=True)
class _Extras:
    """Which systems beyond the CRM and billing know a customer."""

    bank: bool = False
    portal_login: str | None = None
    newsletter: bool = False
    survey: bool = False
    mail: bool = False
    bank_customer_no: str | None = None  # as written in the mandate, when not as in the CRM


# -- The estate -------------------------------------------------------------------------


class _Estate:
    def __init__(self, out_dir: Path, persons: int, seed: int, today: date) -> None:
        # Only the demo needs Faker; imported here to keep it out of start-up.
        from faker import Faker
        from faker.providers.person.fr_FR import Provider as Names

        self.out_dir, self.persons, self.seed = out_dir, persons, seed
        self.rng = random.Random(seed)
        fake = Faker("fr_FR")
        fake.seed_instance(seed)
        self.male = list(Names.first_names_male)
        self.female = list(Names.first_names_female)
        self.last = list(Names.last_names)
        self.ascii = {n: _ascii(n) for n in (*self.male, *self.female, *self.last)}
        self.streets = sorted({fake.street_name() for _ in range(3000)})
        self.towns = [(fake.postcode(), fake.city()) for _ in range(3000)]
        self.today = today.toordinal()
        self.reserved: set[tuple[str, str]] = set()
        self.contracts = FIRST_CONTRACT
        self.interactions = self.invoices = self.payments = 0
        self.mandates = self.accounts = self.logins = self.messages = 0
        self.newsletter_rows = self.survey_rows = 0
        self.hard_cases: dict[str, dict[str, str]] = {}

    # Files open while generating, closed by finish().

    def open(self) -> None:
        out = self.out_dir
        self.crm = _open_database(_partial(out / "crm.sqlite"), SCHEMAS["crm"])
        self.billing = _open_database(_partial(out / "billing.sqlite"), SCHEMAS["billing"])
        self.portal = _open_database(_partial(out / "portal.sqlite"), SCHEMAS["portal"])
        self.t_customers = _Table(self.crm, "customers", 15)
        self.t_contracts = _Table(self.crm, "contracts", 5)
        self.t_interactions = _Table(self.crm, "interactions", 6)
        self.t_invoices = _Table(self.billing, "invoices", 6)
        self.t_payments = _Table(self.billing, "payments", 5)
        self.t_banks = _Table(self.billing, "bank_accounts", 6)
        self.t_accounts = _Table(self.portal, "accounts", 7)
        self.t_logins = _Table(self.portal, "login_history", 5)
        # Excel's « CSV (séparateur : point-virgule) »: cp1252, « ; », CRLF, no BOM.
        self.csv_file: TextIO = open(  # noqa: SIM115 - closed by finish()
            _partial(out / "newsletter.csv"), "w", encoding="cp1252", newline=""
        )
        self.csv = csv.writer(self.csv_file, delimiter=";", lineterminator="\r\n")
        self.csv.writerow(["email", "first_name", "subscribed_on", "consent_source"])
        from openpyxl import Workbook

        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet("Réponses")
        self.sheet.append(["date", "email", "phone", "name", "score", "comment"])
        self.mbox = open(_partial(out / "support.mbox"), "wb")  # noqa: SIM115

    def tables(self) -> list[tuple[str, _Table]]:
        return [
            ("crm.customers", self.t_customers),
            ("crm.contracts", self.t_contracts),
            ("crm.interactions", self.t_interactions),
            ("billing.invoices", self.t_invoices),
            ("billing.payments", self.t_payments),
            ("billing.bank_accounts", self.t_banks),
            ("portal.accounts", self.t_accounts),
            ("portal.login_history", self.t_logins),
        ]

    def abandon(self) -> None:
        """After a failure: close what is open and remove the partial files."""
        for name in ("crm", "billing", "portal", "csv_file", "mbox", "workbook"):
            opened = getattr(self, name, None)
            if opened is not None:
                opened.close()
        for name in FILES:
            _partial(self.out_dir / name).unlink(missing_ok=True)

    def finish(self, progress: Callable[[str], None] | None) -> dict[str, int]:
        for _, table in self.tables():
            table.flush()
        if progress:
            progress("Index des bases SQL…")
        for name, db in (("crm", self.crm), ("billing", self.billing), ("portal", self.portal)):
            _finish_database(db, INDEXES[name])
        self.csv_file.close()
        self.mbox.close()
        if progress:
            progress("Enregistrement du classeur satisfaction.xlsx…")
        self.workbook.save(_partial(self.out_dir / "satisfaction.xlsx"))
        for name in FILES:
            os.replace(_partial(self.out_dir / name), self.out_dir / name)
        rows = {name: table.count for name, table in self.tables()}
        rows["newsletter.newsletter"] = self.newsletter_rows
        rows["satisfaction.Réponses"] = self.survey_rows
        rows["support.messages"] = self.messages
        return rows

    # People.

    def customer_no(self, index: int) -> str:
        return f"CL{FIRST_CUSTOMER + index:08d}"

    def mobile(self) -> str:
        r = self.rng
        return f"{r.choice(MOBILE_PREFIXES)}{r.randint(0, 999_999):06d}"

    def email(self, first: str, last: str) -> str:
        r = self.rng
        f, la = self.ascii[first], self.ascii[last]
        forms = (f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}{la}")
        local = r.choices(forms, (40, 20, 15, 25))[0]
        # Always a number, so that no ordinary address equals a hard case's.
        return f"{local}{r.randint(1, 9999)}@{r.choices(DOMAINS, DOMAIN_WEIGHTS)[0]}"

    def name(self) -> tuple[str, str, str]:
        r = self.rng
        while True:
            female = r.random() < 0.52
            first = r.choice(self.female if female else self.male)
            last = r.choice(self.last)
            if (first, last) not in self.reserved:
                return ("MME" if female else "M"), first, last

    def random_person(self, index: int) -> _Person:
        r = self.rng
        civility, first, last = self.name()
        created = self.today - HISTORY_DAYS + index * HISTORY_DAYS // self.persons
        created = min(created + r.randint(0, 20), self.today - 1)
        start = min(created + r.randint(0, 30), self.today)
        end = None
        if start < self.today - 400 and r.random() < 0.28:
            end = r.randint(start + 365, self.today - 1)
        postcode, city = r.choice(self.towns)
        return _Person(
            index=index,
            customer_no=self.customer_no(index),
            civility=civility,
            first=first,
            last=last,
            email=self.email(first, last) if r.random() < 0.95 else None,
            digits=self.mobile(),
            phone_form=r.choices(("spaces", "compact", "intl", "dots"), (75, 12, 8, 5))[0],
            street=f"{r.randint(1, 120)} {r.choice(self.streets)}",
            postcode=postcode,
            city=city,
            created=created,
            start=start,
            end=end,
            today=self.today,
        )

    def random_extras(self, p: _Person) -> _Extras:
        r = self.rng
        active = p.end is None
        has_email = p.email is not None
        return _Extras(
            bank=r.random() < 0.55,
            portal_login=p.email if has_email and r.random() < (0.6 if active else 0.25) else None,
            newsletter=has_email and r.random() < 0.25,
            survey=r.random() < 0.22,
            mail=has_email and r.random() < 0.15,
        )

    # Rows of one customer in every system.

    def write_customer(self, p: _Person, extras: _Extras) -> None:
        r = self.rng
        created_at = f"{_day(p.created)} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}:00"
        self.t_customers.add(
            (
                p.customer_no,
                p.civility,
                p.first,
                p.last,
                p.email,
                _phone(p.digits, p.phone_form),
                p.street,
                p.postcode,
                p.city,
                "A" if p.end is None else "R",
                _day(p.start),
                None if p.end is None else _day(p.end),
                created_at,
                0,  # restricted
                0,  # marketing_optout
            )
        )
        contracts = [(self.new_contract(), r.choices(list(OFFERS), OFFER_WEIGHTS)[0], p.start)]
        if r.random() < 0.15 and p.start + 60 < p.last_day:
            second = r.randint(p.start + 30, p.last_day)
            contracts.append((self.new_contract(), "SOLAIRE", second))
        for contract_no, offer, start in contracts:
            end = None if p.end is None else _day(p.end)
            self.t_contracts.add((contract_no, p.customer_no, offer, _day(start), end))
        for _ in range(r.choices((0, 1, 2, 3, 5), (45, 30, 15, 7, 3))[0]):
            kind = r.choices(("REC", "APP", "DEM"), (25, 45, 30))[0]
            self.interactions += 1
            self.t_interactions.add(
                (
                    self.interactions,
                    p.customer_no,
                    _day(r.randint(p.start, p.last_day)),
                    r.choices(CHANNELS, CHANNEL_WEIGHTS)[0],
                    kind,
                    r.choice(INTERACTIONS[kind]),
                )
            )
        for contract_no, offer, start in contracts:
            self.write_invoices(p, contract_no, OFFERS[offer], start, direct_debit=extras.bank)
        if extras.bank:
            self.write_mandate(p, extras.bank_customer_no or p.customer_no)
        if extras.portal_login is not None:
            self.write_portal(p, extras.portal_login)
        if extras.newsletter and p.email:
            day = r.randint(p.created, self.today)
            self.newsletter_row(p.email, p.first, day, r.choice(CONSENT_SOURCES))
        if extras.survey:
            self.random_survey(p)
        if extras.mail and p.email:
            self.random_mail(p, contracts[0][0])

    def new_contract(self) -> str:
        self.contracts += 1
        return f"CT{self.contracts:08d}"

    def write_invoices(
        self, p: _Person, contract_no: str, price: float, start: int, direct_debit: bool
    ) -> None:
        r = self.rng
        years = (p.last_day - start) // 365
        for year in range(max(0, years - 3), years + 1):  # the last four yearly invoices
            issued = start + 365 * year
            self.invoices += 1
            invoice_no = f"FA{self.invoices:010d}"
            amount = round(price * r.uniform(0.95, 1.12), 2)
            # Waiting for payment in its first month; then paid, or unpaid now and then.
            status = "E" if self.today - issued < 30 else "I" if r.random() < 0.05 else "P"
            self.t_invoices.add(
                (invoice_no, p.customer_no, contract_no, _day(issued), amount, status)
            )
            if status == "P":
                if direct_debit and r.random() < 0.9:
                    method = "PRLV"
                else:
                    method = r.choices(("CB", "CHQ", "VIR"), (60, 25, 15))[0]
                self.payments += 1
                paid = min(issued + r.randint(0, 45), self.today)
                self.t_payments.add((self.payments, invoice_no, _day(paid), amount, method))

    def write_mandate(self, p: _Person, customer_no: str) -> None:
        r = self.rng
        bank, bic = r.choice(BANKS)
        holder = p.name.upper() if r.random() < 0.3 else p.name
        self.mandates += 1
        signed = min(p.start + r.randint(0, 60), self.today)
        self.t_banks.add(
            (f"RUM{self.mandates:09d}", customer_no, _iban(r, bank), bic, holder, _day(signed))
        )

    def write_portal(self, p: _Person, login: str) -> None:
        r = self.rng
        self.accounts += 1
        created = min(p.start + r.randint(0, 400), p.last_day)
        if p.end is None:
            last = max(created, self.today - r.randint(0, 120))
        else:
            last = max(created, p.end - r.randint(0, 200))
        last_at = self.moment(last)
        password = f"pbkdf2_sha256$600000${r.getrandbits(96):024x}${r.getrandbits(256):064x}"
        self.t_accounts.add(
            (
                self.accounts,
                login,
                p.customer_no,
                password,
                f"{_day(created)} 10:00:00",
                last_at,
                0,  # restricted
            )
        )
        agent = r.choice(USER_AGENTS)
        days = sorted(r.randint(created, last) for _ in range(r.randint(0, 4)))
        for day in days:
            self.login_row(self.accounts, self.moment(day), agent)
        self.login_row(self.accounts, last_at, agent)

    def moment(self, day: int) -> str:
        r = self.rng
        return f"{_day(day)} {r.randint(6, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"

    def login_row(self, account_id: int, at: str, agent: str) -> None:
        r = self.rng
        if r.random() < 0.4:
            ip = f"{r.choice(('192.0.2', '198.51.100', '203.0.113'))}.{r.randint(1, 254)}"
        else:  # documentation ranges: no real address
            ip = f"2001:db8:{r.getrandbits(16):x}:{r.getrandbits(16):x}::{r.getrandbits(16):x}"
        self.logins += 1
        self.t_logins.add((self.logins, account_id, at, ip, agent))

    # The file sources.

    def newsletter_row(self, email: str, first: str, day: int, consent: str) -> None:
        subscribed = date.fromordinal(day).strftime("%d/%m/%Y")  # as Excel shows it in France
        self.csv.writerow([email, first, subscribed, consent])
        self.newsletter_rows += 1

    def prospect(self) -> None:
        r = self.rng
        _, first, last = self.name()
        day = r.randint(self.today - 4 * 365, self.today)
        self.newsletter_row(self.email(first, last), first, day, r.choice(("WEB", "SALON", "PART")))

    def survey_row(
        self, day: int, email: str, phone: str | int, name: str, score: int, comment: str
    ) -> None:
        row = [date.fromordinal(day), email, phone, name, score, comment]
        self.sheet.append([None if value == "" else value for value in row])  # empty cells
        self.survey_rows += 1

    def random_survey(self, p: _Person) -> None:
        r = self.rng
        email = ""
        if p.email and r.random() < 0.75:
            email = p.email.upper() if r.random() < 0.05 else p.email
        phone: str | int = ""
        if r.random() < 0.6:
            phone = _phone(p.digits, r.choice(PHONE_FORMS))
            if r.random() < 0.05:
                phone = int(p.digits)  # Excel took it for a number and dropped the 0
        name = p.name.upper() if r.random() < 0.15 else p.name
        score = r.choices(range(11), (2, 1, 1, 2, 3, 5, 7, 12, 20, 25, 22))[0]
        self.survey_row(
            r.randint(p.start, p.last_day), email, phone, name, score, r.choice(SURVEY_COMMENTS)
        )

    def mail(
        self,
        day: int,
        sender: tuple[str, str],
        to: tuple[str, str],
        subject: str,
        body: str,
        in_reply_to: str | None = None,
    ) -> str:
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
            f"From: {_mailbox(*sender)}",
            f"To: {_mailbox(*to)}",
            f"Subject: {_header(subject)}",
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

    def random_mail(self, p: _Person, contract_no: str) -> None:
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
            number = _phone(p.digits, r.choice(("spaces", "compact", "dots", "intl")))
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


# -- Hard cases -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fixed:
    """A person placed on purpose (fictional phone numbers: ARCEP's 01 99 00 range)."""

    civility: str
    first: str
    last: str
    email: str | None
    digits: str
    street: str
    postcode: str
    city: str


FIXED = {
    "capitals": _Fixed(
        "MME", "Nathalie", "Rousseau", "nathalie.rousseau@orange.example", "0199001001",
        "8 rue des Tilleuls", "31000", "Toulouse",
    ),
    "phones": _Fixed(
        "M", "Thierry", "Lemaire", "thierry.lemaire@free.example", "0199001002",
        "14 avenue Jean Jaurès", "59000", "Lille",
    ),
    "accents": _Fixed(
        "MME", "Hélène", "Lefèvre", "helene.lefevre@laposte.example", "0199001003",
        "3 place de l’Église", "21000", "Dijon",
    ),
    "homonym": _Fixed(
        "M", "Julien", "Moreau", "julien.moreau@sfr.example", "0199001004",
        "27 rue Garibaldi", "69003", "Lyon",
    ),
    "homonym_other": _Fixed(
        "M", "Julien", "Moreau", "jmoreau@gmail.example", "0199001005",
        "5 cours de l’Intendance", "33000", "Bordeaux",
    ),
    "family": _Fixed(
        "MME", "Sophie", "Garnier", "famille.garnier@wanadoo.example", "0199001006",
        "12 rue de la Fosse", "44000", "Nantes",
    ),
    "family_other": _Fixed(
        "M", "Paul", "Garnier", "famille.garnier@wanadoo.example", "0199001007",
        "12 rue de la Fosse", "44000", "Nantes",
    ),
    "expired": _Fixed(
        "M", "Gérard", "Fontaine", "gerard.fontaine@orange.example", "0199001008",
        "41 boulevard Victor Hugo", "06000", "Nice",
    ),
    "mentioned": _Fixed(
        "MME", "Isabelle", "Girard", "isabelle.girard@free.example", "0199001009",
        "7 allée des Acacias", "35000", "Rennes",
    ),
    "sender": _Fixed(
        "M", "Bernard", "Chevalier", "bernard.chevalier@laposte.example", "0199001010",
        "9 allée des Acacias", "35000", "Rennes",
    ),
    "lower_case": _Fixed(
        "M", "Olivier", "Perrin", "olivier.perrin@gmail.example", "0199001011",
        "22 rue Nationale", "37000", "Tours",
    ),
}  # fmt: skip
PROSPECT = ("Léa", "Marchand", "lea.marchand@gmail.example")


def _place_hard_cases(estate: _Estate) -> dict[int, Callable[[], None]]:
    """What to write instead of an ordinary customer at some positions, spread over the CRM."""
    keys = list(FIXED)
    positions = {key: (k + 1) * estate.persons // (len(keys) + 1) for k, key in enumerate(keys)}
    estate.reserved = {(f.first, f.last) for f in FIXED.values()} | {PROSPECT[:2]}
    e = estate
    today = e.today
    people: dict[str, _Person] = {}
    for key, fixed in FIXED.items():
        index = positions[key]
        start = today - HISTORY_DAYS + index * HISTORY_DAYS // e.persons
        people[key] = _Person(
            index=index,
            customer_no=e.customer_no(index),
            civility=fixed.civility,
            first=fixed.first,
            last=fixed.last,
            email=fixed.email,
            digits=fixed.digits,
            phone_form="spaces",
            street=fixed.street,
            postcode=fixed.postcode,
            city=fixed.city,
            created=start,
            start=start,
            end=None,
            today=today,
        )
    expired = people["expired"]
    expired.end = today - 6 * 365 - 90  # five years passed long ago
    expired.created = expired.start = min(expired.start, expired.end - 4 * 365)

    def ids(p: _Person, **more: str) -> dict[str, str]:
        found = {
            "customer_no": p.customer_no,
            "first_name": p.first,
            "last_name": p.last,
            "email": p.email or "",
            "phone": _phone(p.digits, p.phone_form),
            "postcode": p.postcode,
        }
        return {**found, **more}

    phones, accents = people["phones"], people["accents"]
    sender, mentioned = people["sender"], people["mentioned"]
    homonym, homonym_other = people["homonym"], people["homonym_other"]
    family, family_other = people["family"], people["family_other"]
    capitals, lower_case = people["capitals"], people["lower_case"]
    assert capitals.email is not None and sender.email is not None

    def phones_extra() -> None:
        e.survey_row(today - 40, "", _phone(phones.digits, "intl"), phones.name, 6, "Correct.")
        body = (
            "Bonjour,\n\nMa chaudière se met en sécurité plusieurs fois par jour.\n"
            f"Merci de me rappeler au {_phone(phones.digits, 'dots')}.\n\n"
            f"Cordialement,\n{phones.name}"
        )
        assert phones.email is not None
        e.mail(today - 35, (phones.name, phones.email), (SUPPORT_NAME, SUPPORT),
               "Chaudière en sécurité", body)  # fmt: skip

    def mentioned_extra() -> None:
        body = (
            "Bonjour,\n\nMa voisine, Mme Isabelle Girard, n’a pas d’ordinateur : je vous écris "
            f"pour elle. Son numéro client est {mentioned.customer_no} et son adresse e-mail "
            f"{mentioned.email}.\nSa chaudière est en panne depuis trois jours.\n\n"
            f"Cordialement,\n{sender.name}\nClient {sender.customer_no}"
        )
        message_id = e.mail(
            today - 20, (sender.name, sender.email), (SUPPORT_NAME, SUPPORT),
            "Panne chez ma voisine", body,
        )  # fmt: skip
        e.hard_cases["mentioned_in_other_mail"]["message_id"] = message_id

    plan: dict[str, tuple[_Extras, Callable[[], None] | None]] = {
        "capitals": (_Extras(portal_login=capitals.email.upper()), None),
        "phones": (_Extras(), phones_extra),
        "accents": (
            _Extras(),
            lambda: e.survey_row(today - 60, "", "", "Helene Lefevre", 9, "Très bien."),
        ),
        "homonym": (_Extras(), None),
        "homonym_other": (_Extras(), None),
        "family": (_Extras(portal_login=family.email), None),
        "family_other": (_Extras(), None),
        "expired": (_Extras(bank=True), None),
        "mentioned": (_Extras(), None),
        "sender": (_Extras(), mentioned_extra),
        "lower_case": (_Extras(bank=True, bank_customer_no=lower_case.customer_no.lower()), None),
    }
    e.hard_cases.update(
        {
            "email_in_capitals": ids(capitals, portal_login=capitals.email.upper()),
            "phone_formats": ids(
                phones,
                phone_survey=_phone(phones.digits, "intl"),
                phone_mail=_phone(phones.digits, "dots"),
            ),
            "accented_name": ids(accents, survey_name="Helene Lefevre"),
            "homonyms": ids(
                homonym,
                other_customer_no=homonym_other.customer_no,
                other_email=homonym_other.email or "",
                other_postcode=homonym_other.postcode,
            ),
            "shared_family_email": ids(
                family,
                other_customer_no=family_other.customer_no,
                other_first_name=family_other.first,
            ),
            "retention_expired": ids(expired, contract_end=_day(expired.end)),
            "prospect_newsletter_only": {
                "first_name": PROSPECT[0],
                "last_name": PROSPECT[1],
                "email": PROSPECT[2],
            },
            "mentioned_in_other_mail": ids(
                mentioned, sender_email=sender.email, sender_customer_no=sender.customer_no
            ),
            "customer_no_lower_case": ids(
                lower_case, customer_no_in_billing=lower_case.customer_no.lower()
            ),
        }
    )

    def writer(key: str) -> Callable[[], None]:
        extras, extra = plan[key]

        def write() -> None:
            e.write_customer(people[key], extras)
            if extra is not None:
                extra()

        return write

    placed = {positions[key]: writer(key) for key in FIXED}
    prospect_at = estate.persons // 2 + 1  # an ordinary customer, then the prospect
    while prospect_at in placed:
        prospect_at += 1

    def with_prospect() -> None:
        p = e.random_person(prospect_at)
        e.write_customer(p, e.random_extras(p))
        e.newsletter_row(PROSPECT[2], PROSPECT[0], today - 100, "SALON")

    placed[prospect_at] = with_prospect
    return placed


# -- Entry point ------------------------------------------------------------------------


def write_demo_estate(
    out_dir: Path,
    persons: int,
    seed: int = 0,
    today: date | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> EstateSummary:
    """Write the demo estate of ``persons`` customers into ``out_dir`` (made if needed).

    Files already there are replaced; each is written under a ``.partial`` name first.
    ``progress`` receives a French line now and then (nothing is printed otherwise).
    """
    if persons < MIN_PERSONS:
        raise DpoError(f"Le parc de démonstration compte au moins {MIN_PERSONS} personnes.")
    today = today or date.today()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    estate = _Estate(out_dir, persons, seed, today)
    placed = _place_hard_cases(estate)
    try:
        estate.open()
        rng = estate.rng
        for index in range(persons):
            write = placed.get(index)
            if write is not None:
                write()
            else:
                person = estate.random_person(index)
                estate.write_customer(person, estate.random_extras(person))
            if rng.random() < 0.05:
                estate.prospect()
            if progress and (index + 1) % 100_000 == 0:
                progress(f"{index + 1:,} / {persons:,} personnes".replace(",", "\u202f"))
        rows = estate.finish(progress)
    except BaseException:
        estate.abandon()
        raise
    catalogue = out_dir / CATALOGUE_NAME
    shutil.copyfile(paths.resource("sources", "demo.yaml"), catalogue)
    return EstateSummary(
        out_dir=out_dir,
        catalogue=catalogue,
        persons=persons,
        seed=seed,
        today=today,
        rows=rows,
        hard_cases=estate.hard_cases,
    )
