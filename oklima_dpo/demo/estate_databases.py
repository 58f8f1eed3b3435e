"""The demo estate's SQL databases, written customer by customer: the CRM (customers,
contracts, interactions), billing (invoices, payments, SEPA mandates) and the customer portal
(accounts, login history)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from .estate_data import (
    BANKS,
    CHANNEL_WEIGHTS,
    CHANNELS,
    FIRST_CONTRACT,
    INDEXES,
    INTERACTIONS,
    OFFER_WEIGHTS,
    OFFERS,
    SCHEMAS,
    USER_AGENTS,
)
from .estate_files import Table, day_text, finish_database, iban, open_database, partial, phone_text
from .estate_people import Extras, Person


class Databases:
    """crm.sqlite, billing.sqlite and portal.sqlite, open while the estate is written.

    ``rng`` is the estate's one random generator: the order of its draws makes the estate.
    """

    def __init__(self, out_dir: Path, rng: random.Random, today: int) -> None:
        self.out_dir, self.rng, self.today = out_dir, rng, today
        self.contracts = FIRST_CONTRACT
        self.interactions = self.invoices = self.payments = 0
        self.mandates = self.accounts = self.logins = 0

    def open(self) -> None:
        out = self.out_dir
        self.crm = open_database(partial(out / "crm.sqlite"), SCHEMAS["crm"])
        self.billing = open_database(partial(out / "billing.sqlite"), SCHEMAS["billing"])
        self.portal = open_database(partial(out / "portal.sqlite"), SCHEMAS["portal"])
        self.t_customers = Table(self.crm, "customers", 15)
        self.t_contracts = Table(self.crm, "contracts", 5)
        self.t_interactions = Table(self.crm, "interactions", 6)
        self.t_invoices = Table(self.billing, "invoices", 6)
        self.t_payments = Table(self.billing, "payments", 5)
        self.t_banks = Table(self.billing, "bank_accounts", 6)
        self.t_accounts = Table(self.portal, "accounts", 7)
        self.t_logins = Table(self.portal, "login_history", 5)

    def tables(self) -> list[tuple[str, Table]]:
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

    def close(self) -> None:
        """After a failure: close the databases that were opened."""
        for name in ("crm", "billing", "portal"):
            opened = getattr(self, name, None)
            if opened is not None:
                opened.close()

    def finish(self, progress: Callable[[str], None] | None) -> dict[str, int]:
        """The last rows written and the indexes made; the rows of each table."""
        for _, table in self.tables():
            table.flush()
        if progress:
            progress("Index des bases SQL…")
        for name, db in (("crm", self.crm), ("billing", self.billing), ("portal", self.portal)):
            finish_database(db, INDEXES[name])
        return {name: table.count for name, table in self.tables()}

    # One customer's rows.

    def write_customer(self, p: Person, extras: Extras) -> list[str]:
        """The customer in every database; their contract numbers, the first first."""
        r = self.rng
        created_at = f"{day_text(p.created)} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}:00"
        self.t_customers.add(
            (
                p.customer_no,
                p.civility,
                p.first,
                p.last,
                p.email,
                phone_text(p.digits, p.phone_form),
                p.street,
                p.postcode,
                p.city,
                "A" if p.end is None else "R",
                day_text(p.start),
                None if p.end is None else day_text(p.end),
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
            end = None if p.end is None else day_text(p.end)
            self.t_contracts.add((contract_no, p.customer_no, offer, day_text(start), end))
        for _ in range(r.choices((0, 1, 2, 3, 5), (45, 30, 15, 7, 3))[0]):
            kind = r.choices(("REC", "APP", "DEM"), (25, 45, 30))[0]
            self.interactions += 1
            self.t_interactions.add(
                (
                    self.interactions,
                    p.customer_no,
                    day_text(r.randint(p.start, p.last_day)),
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
        return [contract_no for contract_no, _offer, _start in contracts]

    def new_contract(self) -> str:
        self.contracts += 1
        return f"CT{self.contracts:08d}"

    def write_invoices(
        self, p: Person, contract_no: str, price: float, start: int, direct_debit: bool
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
                (invoice_no, p.customer_no, contract_no, day_text(issued), amount, status)
            )
            if status == "P":
                if direct_debit and r.random() < 0.9:
                    method = "PRLV"
                else:
                    method = r.choices(("CB", "CHQ", "VIR"), (60, 25, 15))[0]
                self.payments += 1
                paid = min(issued + r.randint(0, 45), self.today)
                self.t_payments.add((self.payments, invoice_no, day_text(paid), amount, method))

    def write_mandate(self, p: Person, customer_no: str) -> None:
        r = self.rng
        bank, bic = r.choice(BANKS)
        holder = p.name.upper() if r.random() < 0.3 else p.name
        self.mandates += 1
        signed = min(p.start + r.randint(0, 60), self.today)
        self.t_banks.add(
            (f"RUM{self.mandates:09d}", customer_no, iban(r, bank), bic, holder, day_text(signed))
        )

    def write_portal(self, p: Person, login: str) -> None:
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
                f"{day_text(created)} 10:00:00",
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
        return (
            f"{day_text(day)} {r.randint(6, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        )

    def login_row(self, account_id: int, at: str, agent: str) -> None:
        r = self.rng
        if r.random() < 0.4:
            ip = f"{r.choice(('192.0.2', '198.51.100', '203.0.113'))}.{r.randint(1, 254)}"
        else:  # documentation ranges: no real address
            ip = f"2001:db8:{r.getrandbits(16):x}:{r.getrandbits(16):x}::{r.getrandbits(16):x}"
        self.logins += 1
        self.t_logins.add((self.logins, account_id, at, ip, agent))
