"""The demo estate written person by person: drawn from Faker's pools with one random
generator, each customer then written in every system that knows them — the SQL databases
(:mod:`.estate_databases`), the files kept by hand (:mod:`.estate_sheets`) and the support
mailbox (:mod:`.estate_mailbox`)."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

from .estate_data import (
    CONSENT_SOURCES,
    DOMAIN_WEIGHTS,
    DOMAINS,
    FILES,
    FIRST_CUSTOMER,
    HISTORY_DAYS,
    MOBILE_PREFIXES,
)
from .estate_databases import Databases
from .estate_files import ascii_name, partial
from .estate_mailbox import Mailbox
from .estate_people import Extras, Person
from .estate_sheets import Sheets


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
        self.hard_cases: dict[str, dict[str, str]] = {}
        self.databases = Databases(out_dir, self.rng, self.today)
        self.sheets = Sheets(out_dir, self.rng)
        self.mailbox = Mailbox(out_dir, self.rng, self.today)

    # Files open while generating, closed by finish().

    def open(self) -> None:
        self.databases.open()
        self.sheets.open()
        self.mailbox.open()

    def abandon(self) -> None:
        """After a failure: close what is open and remove the partial files."""
        self.databases.close()
        self.sheets.close()
        self.mailbox.close()
        for name in FILES:
            partial(self.out_dir / name).unlink(missing_ok=True)

    def finish(self, progress: Callable[[str], None] | None) -> dict[str, int]:
        rows = self.databases.finish(progress)
        self.sheets.finish_newsletter()
        self.mailbox.close()
        if progress:
            progress("Enregistrement du classeur satisfaction.xlsx…")
        self.sheets.finish_survey()
        for name in FILES:
            os.replace(partial(self.out_dir / name), self.out_dir / name)
        rows["newsletter.newsletter"] = self.sheets.newsletter_rows
        rows["satisfaction.Réponses"] = self.sheets.survey_rows
        rows["support.messages"] = self.mailbox.messages
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

    # One customer in every system that knows them.

    def write_customer(self, p: Person, extras: Extras) -> None:
        contracts = self.databases.write_customer(p, extras)
        r = self.rng
        if extras.newsletter and p.email:
            day = r.randint(p.created, self.today)
            self.sheets.newsletter_row(p.email, p.first, day, r.choice(CONSENT_SOURCES))
        if extras.survey:
            self.sheets.random_survey(p)
        if extras.mail and p.email:
            self.mailbox.random_mail(p, contracts[0])

    def prospect(self) -> None:
        r = self.rng
        _, first, last = self.name()
        day = r.randint(self.today - 4 * 365, self.today)
        email, consent = self.email(first, last), r.choice(("WEB", "SALON", "PART"))
        self.sheets.newsletter_row(email, first, day, consent)
