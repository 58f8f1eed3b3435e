"""A demo case base: synthetic French people (Faker), every status and right, dates relative to
today so that some cases are overdue, some due in two days, some suspended, some extended.

Cases are built through the same functions as real ones (intake and workflow steps), so the
demo also exercises the rules; only the batching into large transactions is specific to it.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ..domain.case import Channel, Outcome
from ..domain.deadlines import DeadlinePolicy, due_dates
from ..domain.errors import DpoError
from ..domain.french import PARIS
from ..domain.gates import IdentityMethod
from ..domain.rights import Right
from ..domain.workflow import EventKind
from ..services.cases.intake import add_case, check_new_case
from ..services.cases.steps import (
    answer_sent_in,
    decide_in,
    extend_in,
    step_in,
    verify_identity_in,
)
from ..services.cases.views import IdentityCheck, NewCase
from ..services.context import ServiceContext
from ..services.settings.keys import DEMO, ORG_DPO_EMAIL, ORG_DPO_NAME, ORG_DPO_PHONE
from ..services.settings.model import read as read_settings
from ..store.models import Case
from ..store.unit_of_work import UnitOfWork

BATCH = 500
DEFAULT_SEED = 2026
MOBILE_PREFIXES = [n for n in range(10, 90) if n != 39]  # 06 39 is not allocated

RIGHT_WEIGHTS = {
    Right.ACCESS: 40,
    Right.ERASURE: 20,
    Right.OBJECTION: 15,
    Right.RECTIFICATION: 10,
    Right.CONSENT_WITHDRAWAL: 7,
    Right.PORTABILITY: 5,
    Right.RESTRICTION: 3,
}

REQUEST_TEXTS = {
    Right.ACCESS: "Je souhaite obtenir une copie de toutes les données me concernant.",
    Right.ERASURE: "Merci de supprimer mes données personnelles de vos fichiers.",
    Right.OBJECTION: "Je ne veux plus recevoir vos offres commerciales.",
    Right.RECTIFICATION: "Mon adresse a changé : merci de corriger votre fichier client.",
    Right.CONSENT_WITHDRAWAL: "Je retire mon consentement à l’utilisation de mes données.",
    Right.PORTABILITY: "Je souhaite récupérer mes données dans un format réutilisable.",
    Right.RESTRICTION: "Je conteste l’exactitude de mes données : merci d’en geler l’usage.",
}

REFUSAL_GROUND = (
    "Art. 12(5) RGPD : demande manifestement excessive (quatrième demande identique en "
    "deux mois, réponses déjà données)."
)
PARTIAL_GROUND = "Art. 17(3)(b) RGPD et Code de commerce L123-22 : factures conservées dix ans."


@dataclass(frozen=True)
class DemoReport:
    cases: int
    seed: int


Step = Callable[[UnitOfWork, ServiceContext, Case, DeadlinePolicy], None]


class _Planner:
    """Chooses a receipt date and the steps that bring a case to a given situation."""

    def __init__(self, rng: random.Random, today: date, policy: DeadlinePolicy) -> None:
        self.rng, self.today, self.policy = rng, today, policy

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def on(self, day: date) -> date:
        return min(day, self.today)

    def due_in_two_days(self) -> date:
        """A receipt date whose first deadline falls two days from today (or just after)."""
        candidates = [self.today - timedelta(days=k) for k in range(20, 40)]
        return min(
            candidates, key=lambda r: abs((due_dates(r, 0, self.policy)[0] - self.today).days - 2)
        )


def _ack(on: date) -> Step:
    return lambda s, c, case, p: step_in(s, c, case, p, EventKind.ACKNOWLEDGED, on)


def _ask(on: date) -> Step:
    return lambda s, c, case, p: step_in(
        s, c, case, p, EventKind.INFO_REQUESTED, on, "Justificatif d’identité ou numéro client"
    )


def _answer(on: date) -> Step:
    return lambda s, c, case, p: step_in(s, c, case, p, EventKind.INFO_RECEIVED, on)


def _identity(on: date) -> Step:
    def step(s: UnitOfWork, c: ServiceContext, case: Case, p: DeadlinePolicy) -> None:
        proof = IdentityCheck(
            IdentityMethod.MATCHING_ANSWERS,
            "Numéro client et e-mail connus de nos fichiers",
            mandate_checked=bool(case.representative_name),
        )
        verify_identity_in(s, c, case, p, proof, on)

    return step


def _extend(on: date) -> Step:
    return lambda s, c, case, p: extend_in(
        s, c, case, p, "Données réparties dans plusieurs systèmes et archives papier", on
    )


def _decide_all(on: date, outcome: Outcome) -> Step:
    def step(s: UnitOfWork, c: ServiceContext, case: Case, p: DeadlinePolicy) -> None:
        for row in list(case.rights):
            ground = {Outcome.REFUSED: REFUSAL_GROUND, Outcome.PARTLY_GRANTED: PARTIAL_GROUND}
            decide_in(s, c, case, p, Right(row.right), outcome, ground.get(outcome, ""), on)

    return step


def _send(on: date) -> Step:
    return lambda s, c, case, p: answer_sent_in(s, c, case, p, on, "courrier électronique")


def _simple(kind: EventKind, on: date, text: str = "") -> Step:
    return lambda s, c, case, p: step_in(s, c, case, p, kind, on, text)


def _answered(plan: _Planner, r: date, outcome: Outcome) -> list[Step]:
    first_due = due_dates(r, 0, plan.policy)[0]
    sent = plan.on(
        min(
            first_due + timedelta(days=plan.rng.choice([0, 0, 0, 0, 3])),
            r + timedelta(days=plan.rng.randint(6, 40)),
        )
    )
    decided = plan.on(max(r, sent - timedelta(days=2)))
    return [
        _ack(plan.on(r + timedelta(days=1))),
        _identity(plan.on(r + timedelta(days=1))),
        _decide_all(decided, outcome),
        _send(sent),
    ]


# name -> (weight in large demos, plan)
SCENARIOS: dict[str, tuple[int, Callable[[_Planner], tuple[date, list[Step]]]]] = {
    "reçue": (3, lambda p: (p.days_ago(0, 3), [])),
    "en cours": (6, lambda p: ((r := p.days_ago(3, 20)), [_ack(p.on(r + timedelta(days=1)))])),
    "échéance dans deux jours": (
        2,
        lambda p: ((r := p.due_in_two_days()), [_ack(p.on(r + timedelta(days=1)))]),
    ),
    "en retard": (2, lambda p: ((r := p.days_ago(36, 60)), [_ack(r + timedelta(days=2))])),
    "en attente d’informations": (
        3,
        lambda p: ((r := p.days_ago(4, 20)), [_ask(p.on(r + timedelta(days=2)))]),
    ),
    "relance due": (1, lambda p: ((r := p.days_ago(25, 40)), [_ask(r + timedelta(days=2))])),
    "informations reçues": (
        2,
        lambda p: (
            (r := p.days_ago(15, 30)),
            [
                _ack(r + timedelta(days=1)),
                _ask(r + timedelta(days=2)),
                _answer(p.on(r + timedelta(days=2 + p.rng.randint(2, 8)))),
            ],
        ),
    ),
    "prolongée": (
        2,
        lambda p: ((r := p.days_ago(18, 27)), [_ack(r + timedelta(days=1)), _extend(p.today)]),
    ),
    "à valider": (
        2,
        lambda p: (
            (r := p.days_ago(8, 25)),
            [
                _ack(r + timedelta(days=1)),
                _identity(r + timedelta(days=1)),
                _decide_all(p.today, Outcome.GRANTED),
            ],
        ),
    ),
    "répondue": (15, lambda p: ((r := p.days_ago(40, 365)), _answered(p, r, Outcome.GRANTED))),
    "partiellement accordée": (
        4,
        lambda p: ((r := p.days_ago(40, 365)), _answered(p, r, Outcome.PARTLY_GRANTED)),
    ),
    "refusée": (3, lambda p: ((r := p.days_ago(40, 365)), _answered(p, r, Outcome.REFUSED))),
    "clôturée": (
        45,
        lambda p: (
            (r := p.days_ago(60, 3 * 365)),
            [
                *_answered(p, r, Outcome.GRANTED),
                _simple(EventKind.CLOSED, p.on(r + timedelta(days=50))),
            ],
        ),
    ),
    "retirée": (
        4,
        lambda p: (
            (r := p.days_ago(5, 200)),
            [
                _ack(r + timedelta(days=1)),
                _simple(
                    EventKind.WITHDRAWN,
                    p.on(r + timedelta(days=4)),
                    "La personne a retiré sa demande par téléphone.",
                ),
            ],
        ),
    ),
    "clôturée sans réponse": (
        2,
        lambda p: (
            (r := p.days_ago(70, 300)),
            [
                _ask(r + timedelta(days=2)),
                _simple(
                    EventKind.CLOSED,
                    r + timedelta(days=40),
                    "Aucune réponse à la demande d’informations.",
                ),
            ],
        ),
    ),
}


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum() and c.isascii()).lower()


def _mobile(rng: random.Random) -> str:
    """A French mobile number, 06 10 … 06 89 but 06 39 (Faker also makes unallocated ones,
    which phonenumbers rightly rejects)."""
    pairs = " ".join(f"{rng.randint(0, 99):02d}" for _ in range(3))
    return f"06 {rng.choice(MOBILE_PREFIXES)} {pairs}"


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """A customer of the demo estate (synthetic), as a request names them."""

    first_name: str
    last_name: str
    email: str
    phone: str
    customer_no: str
    address: str  # street, then « postcode town » on the next line


def _estate_person(
    person: DemoPerson, rng: random.Random, rights: list[Right], received: date, now: datetime
) -> NewCase:
    """A request of a customer of the demo estate: what they wrote is what the systems hold,
    so gathering finds them; the letter goes to their address."""
    hour = time(rng.randint(7, 22), rng.randint(0, 59))
    channel = rng.choices(list(Channel), weights=[50, 20, 20, 7, 3])[0]
    return NewCase(
        name=f"{person.first_name} {person.last_name}",
        rights=tuple(r.value for r in rights),
        received_at=min(datetime.combine(received, hour, tzinfo=PARIS), now),
        channel=channel.value,
        emails=(person.email,) if person.email else (),
        phones=(person.phone,) if person.phone and rng.random() < 0.5 else (),
        customer_numbers=(person.customer_no,) if rng.random() < 0.7 else (),
        postal_address=person.address,
        request_text=" ".join(REQUEST_TEXTS[r] for r in rights),
    )


def _person(
    fake: Any, rng: random.Random, rights: list[Right], received: date, now: datetime
) -> NewCase:
    first, last = fake.first_name(), fake.last_name()
    hour = time(rng.randint(7, 22), rng.randint(0, 59))
    channel = rng.choices(list(Channel), weights=[50, 20, 20, 7, 3])[0]
    representative = rng.random() < 0.05
    return NewCase(
        name=f"{first} {last}",
        rights=tuple(r.value for r in rights),
        received_at=min(datetime.combine(received, hour, tzinfo=PARIS), now),
        channel=channel.value,
        emails=(f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{fake.free_email_domain()}",),
        phones=(_mobile(rng),) if rng.random() < 0.6 else (),
        customer_numbers=(f"CL{rng.randint(1, 9_999_999):07d}",) if rng.random() < 0.7 else (),
        postal_address=fake.address().replace("\n", ", ") if channel is Channel.POST else "",
        request_text=" ".join(REQUEST_TEXTS[r] for r in rights),
        representative_name=fake.name() if representative else "",
        mandate_note="Mandat signé joint au courrier, vérifié." if representative else "",
    )


#: The demo's DPO (synthetic): the letters of the demo base are signed and say how to write.
DEMO_DPO = {
    ORG_DPO_NAME: "Claire Delmas (démonstration)",
    ORG_DPO_EMAIL: "dpo@oklima.example",
    ORG_DPO_PHONE: "01 84 60 00 00",
}


def fill_demo(
    ctx: ServiceContext,
    cases: int = 150,
    seed: int = DEFAULT_SEED,
    progress: Callable[[int, int], None] | None = None,
    people: Sequence[DemoPerson] = (),
) -> DemoReport:
    """Add ``cases`` synthetic requests (from ``people``, the demo estate's customers, each
    once while there are some; else made up). Refuses a case base that holds real
    requests."""
    if cases < 1:
        raise DpoError("Le nombre de demandes de démonstration doit être au moins 1.")
    from faker import Faker  # only the demo needs it; keeps it out of start-up

    rng = random.Random(seed)
    fake = Faker("fr_FR")
    fake.seed_instance(seed)
    names = list(SCENARIOS)
    weights = [SCENARIOS[n][0] for n in names]
    rights, right_weights = list(RIGHT_WEIGHTS), list(RIGHT_WEIGHTS.values())
    today = ctx.today()
    done = 0
    with ctx.unit_of_work() as uow:
        current = read_settings(uow, ctx.holidays)
        if not current.demo and uow.cases.count() > 0:
            raise DpoError(
                "Cette base contient de vraies demandes : la démonstration ne la "
                "remplit pas. Utiliser --demo ou une autre base."
            )
        uow.settings.write(DEMO, True)
        if not current.organisation.dpo_name:  # every letter says how to reach the DPO
            for key, value in DEMO_DPO.items():
                uow.settings.write(key, value)
        planner = _Planner(rng, today, current.policy)
        while done < cases:
            # Every situation at least once, then in realistic proportions.
            name = names[done] if done < len(names) else rng.choices(names, weights)[0]
            received, steps = SCENARIOS[name][1](planner)
            asked = sorted(
                set(rng.choices(rights, right_weights, k=rng.choice([1, 1, 1, 2]))),
                key=rights.index,
            )
            new = (
                _estate_person(people[done], rng, asked, received, ctx.now())
                if done < len(people)
                else _person(fake, rng, asked, received, ctx.now())
            )
            case = add_case(uow, ctx, check_new_case(new, ctx.now()), is_demo=True)
            for step in steps:
                step(uow, ctx, case, current.policy)
            done += 1
            if done % BATCH == 0:
                uow.commit()
                uow.forget_loaded()
                if progress:
                    progress(done, cases)
        uow.journal.record("demo.filled", details={"cases": cases, "seed": seed})
        uow.commit()
    if progress:
        progress(done, cases)
    return DemoReport(cases, seed)
