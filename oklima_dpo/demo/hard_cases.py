"""The people placed on purpose in the demo estate: the cases that trouble a DPO (an e-mail in
capitals, homonyms, a family sharing an e-mail, a former customer past retention, a customer
cited in another's message…), each returned with its identifiers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .estate_data import HISTORY_DAYS, SUPPORT, SUPPORT_NAME
from .estate_files import day_text, phone_text
from .estate_people import Extras, Person
from .estate_writer import Estate


@dataclass(frozen=True)
class Fixed:
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
    "capitals": Fixed(
        "MME", "Nathalie", "Rousseau", "nathalie.rousseau@orange.example", "0199001001",
        "8 rue des Tilleuls", "31000", "Toulouse",
    ),
    "phones": Fixed(
        "M", "Thierry", "Lemaire", "thierry.lemaire@free.example", "0199001002",
        "14 avenue Jean Jaurès", "59000", "Lille",
    ),
    "accents": Fixed(
        "MME", "Hélène", "Lefèvre", "helene.lefevre@laposte.example", "0199001003",
        "3 place de l’Église", "21000", "Dijon",
    ),
    "homonym": Fixed(
        "M", "Julien", "Moreau", "julien.moreau@sfr.example", "0199001004",
        "27 rue Garibaldi", "69003", "Lyon",
    ),
    "homonym_other": Fixed(
        "M", "Julien", "Moreau", "jmoreau@gmail.example", "0199001005",
        "5 cours de l’Intendance", "33000", "Bordeaux",
    ),
    "family": Fixed(
        "MME", "Sophie", "Garnier", "famille.garnier@wanadoo.example", "0199001006",
        "12 rue de la Fosse", "44000", "Nantes",
    ),
    "family_other": Fixed(
        "M", "Paul", "Garnier", "famille.garnier@wanadoo.example", "0199001007",
        "12 rue de la Fosse", "44000", "Nantes",
    ),
    "expired": Fixed(
        "M", "Gérard", "Fontaine", "gerard.fontaine@orange.example", "0199001008",
        "41 boulevard Victor Hugo", "06000", "Nice",
    ),
    "mentioned": Fixed(
        "MME", "Isabelle", "Girard", "isabelle.girard@free.example", "0199001009",
        "7 allée des Acacias", "35000", "Rennes",
    ),
    "sender": Fixed(
        "M", "Bernard", "Chevalier", "bernard.chevalier@laposte.example", "0199001010",
        "9 allée des Acacias", "35000", "Rennes",
    ),
    "lower_case": Fixed(
        "M", "Olivier", "Perrin", "olivier.perrin@gmail.example", "0199001011",
        "22 rue Nationale", "37000", "Tours",
    ),
}  # fmt: skip
PROSPECT = ("Léa", "Marchand", "lea.marchand@gmail.example")


def place_hard_cases(estate: Estate) -> dict[int, Callable[[], None]]:
    """What to write instead of an ordinary customer at some positions, spread over the CRM."""
    keys = list(FIXED)
    positions = {key: (k + 1) * estate.persons // (len(keys) + 1) for k, key in enumerate(keys)}
    estate.reserved = {(f.first, f.last) for f in FIXED.values()} | {PROSPECT[:2]}
    e = estate
    today = e.today
    people: dict[str, Person] = {}
    for key, fixed in FIXED.items():
        index = positions[key]
        start = today - HISTORY_DAYS + index * HISTORY_DAYS // e.persons
        people[key] = Person(
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

    def ids(p: Person, **more: str) -> dict[str, str]:
        found = {
            "customer_no": p.customer_no,
            "first_name": p.first,
            "last_name": p.last,
            "email": p.email or "",
            "phone": phone_text(p.digits, p.phone_form),
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
        phone = phone_text(phones.digits, "intl")
        e.sheets.survey_row(today - 40, "", phone, phones.name, 6, "Correct.")
        body = (
            "Bonjour,\n\nMa chaudière se met en sécurité plusieurs fois par jour.\n"
            f"Merci de me rappeler au {phone_text(phones.digits, 'dots')}.\n\n"
            f"Cordialement,\n{phones.name}"
        )
        assert phones.email is not None
        e.mailbox.mail(today - 35, (phones.name, phones.email), (SUPPORT_NAME, SUPPORT),
                       "Chaudière en sécurité", body)  # fmt: skip

    def mentioned_extra() -> None:
        body = (
            "Bonjour,\n\nMa voisine, Mme Isabelle Girard, n’a pas d’ordinateur : je vous écris "
            f"pour elle. Son numéro client est {mentioned.customer_no} et son adresse e-mail "
            f"{mentioned.email}.\nSa chaudière est en panne depuis trois jours.\n\n"
            f"Cordialement,\n{sender.name}\nClient {sender.customer_no}"
        )
        message_id = e.mailbox.mail(
            today - 20, (sender.name, sender.email), (SUPPORT_NAME, SUPPORT),
            "Panne chez ma voisine", body,
        )  # fmt: skip
        e.hard_cases["mentioned_in_other_mail"]["message_id"] = message_id

    plan: dict[str, tuple[Extras, Callable[[], None] | None]] = {
        "capitals": (Extras(portal_login=capitals.email.upper()), None),
        "phones": (Extras(), phones_extra),
        "accents": (
            Extras(),
            lambda: e.sheets.survey_row(today - 60, "", "", "Helene Lefevre", 9, "Très bien."),
        ),
        "homonym": (Extras(), None),
        "homonym_other": (Extras(), None),
        "family": (Extras(portal_login=family.email), None),
        "family_other": (Extras(), None),
        "expired": (Extras(bank=True), None),
        "mentioned": (Extras(), None),
        "sender": (Extras(), mentioned_extra),
        "lower_case": (Extras(bank=True, bank_customer_no=lower_case.customer_no.lower()), None),
    }
    e.hard_cases.update(
        {
            "email_in_capitals": ids(capitals, portal_login=capitals.email.upper()),
            "phone_formats": ids(
                phones,
                phone_survey=phone_text(phones.digits, "intl"),
                phone_mail=phone_text(phones.digits, "dots"),
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
            "retention_expired": ids(expired, contract_end=day_text(expired.end)),
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
        e.sheets.newsletter_row(PROSPECT[2], PROSPECT[0], today - 100, "SALON")

    placed[prospect_at] = with_prospect
    return placed


# -- Entry point ------------------------------------------------------------------------
