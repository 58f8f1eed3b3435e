"""The demo estate's files kept by hand: the newsletter's subscribers (a csv as a French Excel
saves it) and the satisfaction survey's answers (an xlsx workbook)."""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path
from typing import TextIO

from .estate_data import PHONE_FORMS, SURVEY_COMMENTS
from .estate_files import partial, phone_text
from .estate_people import Person


class Sheets:
    """newsletter.csv and satisfaction.xlsx, open while the estate is written.

    ``rng`` is the estate's one random generator: the order of its draws makes the estate.
    """

    def __init__(self, out_dir: Path, rng: random.Random) -> None:
        self.out_dir, self.rng = out_dir, rng
        self.newsletter_rows = self.survey_rows = 0

    def open(self) -> None:
        # Excel's « CSV (séparateur : point-virgule) »: cp1252, « ; », CRLF, no BOM.
        self.csv_file: TextIO = open(  # noqa: SIM115 - closed by finish()
            partial(self.out_dir / "newsletter.csv"), "w", encoding="cp1252", newline=""
        )
        self.csv = csv.writer(self.csv_file, delimiter=";", lineterminator="\r\n")
        self.csv.writerow(["email", "first_name", "subscribed_on", "consent_source"])
        from openpyxl import Workbook  # only the demo writes workbooks: kept out of start-up

        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet("Réponses")
        self.sheet.append(["date", "email", "phone", "name", "score", "comment"])

    def close(self) -> None:
        """After a failure: close the files that were opened."""
        for name in ("csv_file", "workbook"):
            opened = getattr(self, name, None)
            if opened is not None:
                opened.close()

    def finish_newsletter(self) -> None:
        self.csv_file.close()

    def finish_survey(self) -> None:
        self.workbook.save(partial(self.out_dir / "satisfaction.xlsx"))

    def newsletter_row(self, email: str, first: str, day: int, consent: str) -> None:
        subscribed = date.fromordinal(day).strftime("%d/%m/%Y")  # as Excel shows it in France
        self.csv.writerow([email, first, subscribed, consent])
        self.newsletter_rows += 1

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
