"""The people of the demo estate, and which of OKLIMA's systems know each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Person:
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
class Extras:
    """Which systems beyond the CRM and billing know a customer."""

    bank: bool = False
    portal_login: str | None = None
    newsletter: bool = False
    survey: bool = False
    mail: bool = False
    bank_customer_no: str | None = None  # as written in the mandate, when not as in the CRM
