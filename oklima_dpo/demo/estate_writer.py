"""The demo estate's systems, written person by person: the CRM, billing, the customer portal,
the newsletter (cp1252 csv), the satisfaction survey (xlsx) and the support mailbox (mbox)."""

from __future__ import annotations

import csv
import os
import random
from collections.abc import Callable
from datetime import date, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import TextIO

from ..domain.french import PARIS
from .estate_data import (
    BANKS,
    CHANNEL_WEIGHTS,
    CHANNELS,
    CONSENT_SOURCES,
    DOMAIN_WEIGHTS,
    DOMAINS,
    FILES,
    FIRST_CONTRACT,
    FIRST_CUSTOMER,
    HISTORY_DAYS,
    INDEXES,
    INTERACTIONS,
    MAIL_TOPICS,
    MOBILE_PREFIXES,
    MONTHS,
    OFFER_WEIGHTS,
    OFFERS,
    PHONE_FORMS,
    SCHEMAS,
    SUPPORT,
    SUPPORT_NAME,
    SURVEY_COMMENTS,
    USER_AGENTS,
    WEEKDAYS,
)
from .estate_files import (
    Table,
    ascii_name,
    day_text,
    finish_database,
    header,
    iban,
    mailbox,
    open_database,
    partial,
    phone_text,
)
from .estate_people import Extras, Person


class Estate:
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
        self.ascii = {n: ascii_name(n) for n in (*self.male, *self.female, *self.last)}
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
        # Excel's « CSV (séparateur : point-virgule) »: cp1252, « ; », CRLF, no BOM.
        self.csv_file: TextIO = open(  # noqa: SIM115 - closed by finish()
            partial(out / "newsletter.csv"), "w", encoding="cp1252", newline=""
        )
        self.csv = csv.writer(self.csv_file, delimiter=";", lineterminator="\r\n")
        self.csv.writerow(["email", "first_name", "subscribed_on", "consent_source"])
        from openpyxl import Workbook

        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet("Réponses")
        self.sheet.append(["date", "email", "phone", "name", "score", "comment"])
        self.mbox = open(partial(out / "support.mbox"), "wb")  # noqa: SIM115

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

    def abandon(self) -> None:
        """After a failure: close what is open and remove the partial files."""
        for name in ("crm", "billing", "portal", "csv_file", "mbox", "workbook"):
            opened = getattr(self, name, None)
            if opened is not None:
                opened.close()
        for name in FILES:
            partial(self.out_dir / name).unlink(missing_ok=True)

    def finish(self, progress: Callable[[str], None] | None) -> dict[str, int]:
        for _, table in self.tables():
            table.flush()
        if progress:
            progress("Index des bases SQL…")
        for name, db in (("crm", self.crm), ("billing", self.billing), ("portal", self.portal)):
            finish_database(db, INDEXES[name])
        self.csv_file.close()
        self.mbox.close()
        if progress:
            progress("Enregistrement du classeur satisfaction.xlsx…")
        self.workbook.save(partial(self.out_dir / "satisfaction.xlsx"))
        for name in FILES:
            os.replace(partial(self.out_dir / name), self.out_dir / name)
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

    def random_person(self, index: int) -> Person:
        r = self.rng
        civility, first, last = self.name()
        created = self.today - HISTORY_DAYS + index * HISTORY_DAYS // self.persons
        created = min(created + r.randint(0, 20), self.today - 1)
        start = min(created + r.randint(0, 30), self.today)
        end = None
        if start < self.today - 400 and r.random() < 0.28:
            end = r.randint(start + 365, self.today - 1)
        postcode, city = r.choice(self.towns)
        return Person(
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

    def random_extras(self, p: Person) -> Extras:
        r = self.rng
        active = p.end is None
        has_email = p.email is not None
        return Extras(
            bank=r.random() < 0.55,
            portal_login=p.email if has_email and r.random() < (0.6 if active else 0.25) else None,
            newsletter=has_email and r.random() < 0.25,
            survey=r.random() < 0.22,
            mail=has_email and r.random() < 0.15,
        )

    # Rows of one customer in every system.

    def write_customer(self, p: Person, extras: Extras) -> None:
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

    def random_survey(self, p: Person) -> None:
        r = self.rng
        email = ""
        if p.email and r.random() < 0.75:
            email = p.email.upper() if r.random() < 0.05 else p.email
        phone: str | int = ""
        if r.random() < 0.6:
            phone = phone_text(p.digits, r.choice(PHONE_FORMS))
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
            f"From: {mailbox(*sender)}",
            f"To: {mailbox(*to)}",
            f"Subject: {header(subject)}",
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

    def random_mail(self, p: Person, contract_no: str) -> None:
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
            number = phone_text(p.digits, r.choice(("spaces", "compact", "dots", "intl")))
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
