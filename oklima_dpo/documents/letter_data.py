"""What a letter is given: plain data the services gather from the case and the settings.

Each kind of letter uses some of the fields; one it needs and lacks is reported with the
words of :data:`FIELD_LABELS` (:class:`LetterDataError`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ..domain.errors import DpoError
from ..domain.rights import Right


class FeeGround(StrEnum):
    """Art. 12(5): why a request may cost a fee (or be refused)."""

    MANIFESTLY_UNFOUNDED = "manifestly_unfounded"
    EXCESSIVE = "excessive"


@dataclass(frozen=True, slots=True)
class Kept:
    """Data kept despite an erasure (or a withdrawal), with the legal ground that keeps them."""

    what: str
    ground: str
    until: date | None = None  # the last day it is kept (the register's retention), if known


@dataclass(frozen=True)
class LetterData:
    """Everything a letter may say; each kind uses some fields (a missing one is an error).

    Dates are plain dates; lists are short readable lines (« Adresse e-mail corrigée dans
    l’espace client »), never raw records.
    """

    reference: str  # the case, « DR-2025-0001 »
    received_on: date
    today: date
    recipient_name: str  # the person, their representative, or the Art. 19 recipient
    organisation_name: str
    language: str = "fr"
    recipient_address: str = ""  # several lines; empty: sent by e-mail
    recipient_email: str = ""
    organisation_address: str = ""  # the place is taken from its last line…
    place: str = ""  # … unless given
    dpo_name: str = ""
    dpo_role: str = ""  # empty: « Délégué à la protection des données » / the texts' role
    dpo_email: str = ""
    dpo_phone: str = ""
    dpo_address: str = ""  # several lines
    rights: tuple[Right, ...] = ()
    subject_name: str = ""  # the person concerned, when the letter goes to someone else
    subject_identifier: str = ""  # Art. 19: what the recipient needs to find the person
    due_on: date | None = None  # the first deadline
    new_due_on: date | None = None  # the extended one
    lift_on: date | None = None  # when a restriction will be lifted
    reasons: str = ""
    legal_ground: str = ""
    total: bool = False  # a total refusal (else partial)
    what_was_done: tuple[str, ...] = ()
    kept: tuple[Kept, ...] = ()
    needed: tuple[str, ...] = ()  # information request: what is needed
    searched: tuple[str, ...] = ()  # no data: the systems and identifiers searched
    amount: Decimal | None = None  # fee, in euros
    fee_ground: FeeGround | None = None
    asks_identity: bool = False  # information request: an identity proof is asked
    suppression_list: bool = False  # objection to marketing: kept on the suppression list
    masked: int = 0  # access: items of other people's data masked in the copy
    notified: tuple[str, ...] = ()  # Art. 19: the recipients told of the measure (sent)
    pending: tuple[str, ...] = ()  # an execution's owners' tasks still open (the answer waits)


class LetterDataError(DpoError):
    """The case lacks something the letter must say."""


#: The fields as the DPO knows them, for « il manque … » messages.
FIELD_LABELS = {
    "reference": "la référence de la demande",
    "received_on": "la date de réception",
    "today": "la date de la lettre",
    "place": "le lieu (adresse de l’organisation dans les réglages)",
    "due_on": "l’échéance de réponse",
    "new_due_on": "la nouvelle échéance (prolongation)",
    "lift_on": "la date de levée de la limitation",
    "rights": "les droits exercés",
    "recipient_name": "le nom du destinataire",
    "subject_name": "le nom de la personne concernée",
    "subject_identifier": "l’identifiant de la personne concernée",
    "organisation_name": "la raison sociale",
    "dpo_name": "le nom du DPO (réglages)",
    "reasons": "les motifs",
    "legal_ground": "le fondement juridique",
    "what_was_done": "ce qui a été fait",
    "kept": "les données conservées et leur motif",
    "needed": "les informations demandées",
    "searched": "les systèmes consultés",
    "amount": "le montant des frais",
    "fee_ground": "le motif des frais (manifestement infondée ou excessive)",
    "masked": "les données de tiers masquées",
    "notified": "les destinataires informés (article 19)",
    "pending": "les effacements en cours chez les propriétaires",
}
