"""The wording of the letters, read from ``resources/letters/<language>.yaml`` and checked.

Texts are OKLIMA's, not code: each kind of letter has its subject, the paragraphs the DPO may
edit for one letter, and the fixed legal mentions. Every ``{placeholder}`` is checked when the
file is read: an unknown one, or a mention a letter must carry (the new date of an extension,
the CNIL in a refusal…) that is missing, is reported with the file, the line and the key.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from .. import paths
from ..config import yaml_file
from ..config.yaml_file import FILE_MODEL, Loc, NonEmpty, YamlFileError
from ..domain.answers import LetterKind
from ..domain.errors import DpoError

LANGUAGES = ("fr", "en")


#: What a letter's texts may quote, filled from ``LetterData`` (see letter_filling.py).
DATA_FIELDS = frozenset(
    {
        "reference",
        "received_on",
        "today",
        "place",
        "due_on",
        "new_due_on",
        "lift_on",
        "rights",
        "recipient_name",
        "subject_name",
        "subject_identifier",
        "organisation_name",
        "dpo_name",
        "reasons",
        "legal_ground",
        "what_was_done",
        "kept",
        "needed",
        "searched",
        "amount",
        "fee_ground",
        "masked",  # access: « 3 éléments » of other people's data masked; absent: none
        "notified",  # Art. 19: the recipients told of the measure; absent: none yet
        "pending",  # an owner's erasure still under way (the answer is an interim one)
    }
)
#: Yes/no facts a paragraph may depend on (``when:`` / ``unless:``), besides the data fields.
FLAGS = frozenset({"total", "asks_identity", "suppression_list"})
#: Mentions every file defines, because some letters must carry them.
REQUIRED_MENTIONS = ("cnil", "court")

#: Placeholders a kind must use in its fixed legal mentions (the DPO cannot edit them away)…
REQUIRED_IN_LEGAL: dict[LetterKind, frozenset[str]] = {
    LetterKind.ACKNOWLEDGEMENT: frozenset({"due_on"}),
    LetterKind.EXTENSION: frozenset({"reasons", "new_due_on"}),
    LetterKind.REFUSAL: frozenset({"reasons", "legal_ground", "cnil", "court"}),
    LetterKind.RESTRICTION_LIFT_NOTICE: frozenset({"lift_on", "reasons"}),
    LetterKind.FEE_NOTICE: frozenset({"amount", "fee_ground", "reasons", "cnil", "court"}),
    LetterKind.ART19_NOTICE: frozenset({"what_was_done"}),
}
#: … and anywhere in the letter.
REQUIRED_ANYWHERE: dict[LetterKind, frozenset[str]] = {
    LetterKind.INFORMATION_REQUEST: frozenset({"needed"}),
    LetterKind.RECTIFICATION: frozenset({"what_was_done"}),
    LetterKind.ERASURE: frozenset({"what_was_done", "kept"}),
    LetterKind.RESTRICTION: frozenset({"what_was_done"}),
    LetterKind.OBJECTION: frozenset({"what_was_done"}),
    LetterKind.CONSENT_WITHDRAWAL: frozenset({"what_was_done"}),
    LetterKind.NO_DATA: frozenset({"searched"}),
}

_COMMON_FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # key: (allowed besides the data fields, required)
    "date_line": (frozenset(), frozenset({"place", "today"})),
    "subject_line": (frozenset({"subject"}), frozenset({"subject", "reference"})),
    "received_line": (frozenset(), frozenset({"received_on"})),
    "subject_person_line": (frozenset(), frozenset({"subject_name"})),
    "subject_identifier_line": (frozenset(), frozenset({"subject_identifier"})),
}
_ONLY: dict[str, frozenset[str]] = {  # keys whose placeholders are their own
    "footer": frozenset({"reference", "page", "pages"}),
    "phone_label": frozenset({"phone"}),
    "kept_item": frozenset({"what", "ground"}),
    "kept_item_until": frozenset({"what", "ground", "until"}),
}


class LettersFileError(YamlFileError):
    what = "Le fichier des lettres"


class LetterTextsUnavailable(DpoError):
    pass


# -- the file's shape ------------------------------------------------------------------------

Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]


class _Model(BaseModel):
    model_config = FILE_MODEL


class CommonModel(_Model):
    date_line: NonEmpty
    subject_line: NonEmpty
    received_line: NonEmpty
    subject_person_line: NonEmpty
    subject_identifier_line: NonEmpty
    by_email: NonEmpty
    salutation: NonEmpty
    closing: NonEmpty
    dpo_role: NonEmpty
    phone_label: NonEmpty
    footer: NonEmpty


class TermsModel(_Model):
    kept_item: NonEmpty
    kept_item_until: NonEmpty  # the same, with the last day it is kept
    and_: NonEmpty = Field(alias="and")
    manifestly_unfounded: NonEmpty
    excessive: NonEmpty
    item: NonEmpty  # one item of data (« élément »), then many: plurals written, never « (s) »
    items: NonEmpty
    record: NonEmpty
    records: NonEmpty


class ConditionalModel(_Model):
    text: NonEmpty
    when: Key | None = None
    unless: Key | None = None


class KindModel(_Model):
    subject: NonEmpty
    show_received: bool = True
    paragraphs: list[NonEmpty | ConditionalModel] = Field(min_length=1)
    legal: list[NonEmpty | ConditionalModel] = []


class LettersModel(_Model):
    language: Literal["fr", "en"]
    common: CommonModel
    terms: TermsModel
    mentions: dict[Key, NonEmpty]
    kinds: dict[str, KindModel]


# -- what the program uses ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    when: str | None = None  # shown only when this field or flag is set
    unless: str | None = None  # shown only when it is not


@dataclass(frozen=True, slots=True)
class KindTexts:
    subject: str
    paragraphs: tuple[Paragraph, ...]  # OKLIMA's wording, editable per letter
    legal: tuple[Paragraph, ...]  # fixed
    show_received: bool = True


@dataclass(frozen=True, slots=True)
class Terms:
    kept_item: str
    kept_item_until: str
    and_: str
    manifestly_unfounded: str
    excessive: str
    item: str
    items: str
    record: str
    records: str


@dataclass(frozen=True, slots=True)
class LetterTexts:
    path: Path
    language: str
    common: Mapping[str, str]
    terms: Terms
    mentions: Mapping[str, str]
    kinds: Mapping[LetterKind, KindTexts]


def default_path(language: str) -> Path:
    return paths.resource("letters", f"{language}.yaml")


@cache
def letter_texts(language: str) -> LetterTexts:
    """The shipped texts of ``language`` (read once per process)."""
    if language not in LANGUAGES:
        raise LetterTextsUnavailable(
            f"Pas de lettres en « {language} » : langues disponibles {', '.join(LANGUAGES)}."
        )
    texts = load_letter_texts(default_path(language))
    if texts.language != language:
        raise LettersFileError.whole(
            texts.path, f"« language: {texts.language} » dans le fichier des lettres en {language}"
        )
    return texts


def load_letter_texts(path: Path) -> LetterTexts:
    """The texts in ``path``, or :class:`LettersFileError` naming the line and the key."""
    path = Path(path)
    root = yaml_file.compose(path, yaml_file.read_text(path, LettersFileError), LettersFileError)
    if problems := yaml_file.duplicate_keys(root):
        raise LettersFileError(path, problems)
    model = yaml_file.validate(path, root, LettersModel, LettersFileError)
    if checks := _check(model):
        raise LettersFileError(path, yaml_file.problems_at(root, checks))
    return _build(path, model)


def placeholders(text: str) -> list[str]:
    """The ``{names}`` of a text, in order; ValueError for a brace left open or a format."""
    names = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(
                f"« {{{name}{'!' + conversion if conversion else ''}"
                f"{':' + spec if spec else ''}}} » n’est pas un nom de champ simple"
            )
        names.append(name)
    return names


# -- checks ----------------------------------------------------------------------------------


def _used(
    loc: Loc, text: str, allowed: frozenset[str], checks: list[tuple[Loc, str]]
) -> set[str] | None:
    """The placeholders of ``text``; each unknown one or a broken brace added to ``checks``.

    None when the text cannot be read at all (then nothing is said to be missing from it).
    """
    try:
        names = placeholders(text)
    except ValueError as error:
        message = str(error)
        if "{" not in message:  # Python's own words for a lone brace
            message = "accolade seule : écrire {{ ou }} pour une accolade littérale"
        checks.append((loc, message))
        return None
    for name in dict.fromkeys(names):
        if name not in allowed:
            checks.append(
                (
                    loc,
                    f"champ « {{{name}}} » inconnu ; champs possibles : "
                    + ", ".join(sorted(allowed)),
                )
            )
    return set(names)


def _missing(
    loc: Loc, used: set[str] | None, required: frozenset[str], where: str
) -> list[tuple[Loc, str]]:
    if used is None:  # unreadable: already reported
        return []
    return [
        (loc, f"le champ « {{{name}}} » doit figurer {where}") for name in sorted(required - used)
    ]


def _check(model: LettersModel) -> list[tuple[Loc, str]]:
    checks: list[tuple[Loc, str]] = []
    common = model.common.model_dump()
    for key, text in common.items():
        if key in _ONLY:
            allowed = required = _ONLY[key]
        else:
            extra, required = _COMMON_FIELDS.get(key, (frozenset(), frozenset()))
            allowed = DATA_FIELDS | extra
        used = _used(("common", key), text, allowed, checks)
        checks += _missing(("common", key), used, required, "dans cette ligne")
    for key, text in model.terms.model_dump(by_alias=True).items():
        allowed = _ONLY.get(key, frozenset())
        used = _used(("terms", key), text, allowed, checks)
        checks += _missing(("terms", key), used, allowed, "dans ce terme")
    for name in REQUIRED_MENTIONS:
        if name not in model.mentions:
            checks.append((("mentions",), f"la mention « {name} » est obligatoire"))
    for name, text in model.mentions.items():
        _used(("mentions", name), text, DATA_FIELDS, checks)
    known = [kind.text_key for kind in LetterKind]
    for name in model.kinds:
        if name not in known:
            checks.append(
                (
                    ("kinds", name),
                    f"sorte de lettre « {name} » inconnue ; sortes possibles : " + ", ".join(known),
                )
            )
    allowed = DATA_FIELDS | frozenset(model.mentions)
    for kind in LetterKind:
        if kind.text_key not in model.kinds:
            checks.append((("kinds",), f"la lettre « {kind.text_key} » manque"))
            continue
        checks += _check_kind(kind, model.kinds[kind.text_key], allowed)
    return checks


def _check_kind(
    kind: LetterKind, texts: KindModel, allowed: frozenset[str]
) -> list[tuple[Loc, str]]:
    checks: list[tuple[Loc, str]] = []
    base: Loc = ("kinds", kind.text_key)
    _used((*base, "subject"), texts.subject, DATA_FIELDS, checks)
    used: dict[str, set[str]] = {"paragraphs": set(), "legal": set()}
    conditions = DATA_FIELDS | FLAGS
    for part in ("paragraphs", "legal"):
        for index, item in enumerate(getattr(texts, part)):
            loc: Loc = (*base, part, index)
            if isinstance(item, ConditionalModel):
                for name in (item.when, item.unless):
                    if name is not None and name not in conditions:
                        checks.append(
                            (
                                loc,
                                f"condition « {name} » inconnue ; possibles : "
                                + ", ".join(sorted(conditions)),
                            )
                        )
                used[part] |= _used((*loc, "text"), item.text, allowed, checks) or set()
            else:
                used[part] |= _used(loc, item, allowed, checks) or set()
    checks += _missing(
        (*base, "legal"),
        used["legal"],
        REQUIRED_IN_LEGAL.get(kind, frozenset()),
        "dans les mentions fixes (legal) de cette lettre",
    )
    checks += _missing(
        base,
        used["legal"] | used["paragraphs"],
        REQUIRED_ANYWHERE.get(kind, frozenset()),
        "dans cette lettre",
    )
    return checks


def _paragraph(item: str | ConditionalModel) -> Paragraph:
    if isinstance(item, ConditionalModel):
        return Paragraph(item.text, item.when, item.unless)
    return Paragraph(item)


def _build(path: Path, model: LettersModel) -> LetterTexts:
    kinds = {
        kind: KindTexts(
            subject=texts.subject,
            paragraphs=tuple(map(_paragraph, texts.paragraphs)),
            legal=tuple(map(_paragraph, texts.legal)),
            show_received=texts.show_received,
        )
        for kind in LetterKind
        for texts in (model.kinds[kind.text_key],)
    }
    return LetterTexts(
        path=path,
        language=model.language,
        common=model.common.model_dump(),
        terms=Terms(**model.terms.model_dump()),
        mentions=dict(model.mentions),
        kinds=kinds,
    )
