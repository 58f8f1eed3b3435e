"""The shape of the register file (``resources/register/oklima.yaml``), checked by pydantic:
every field typed, unknown fields refused. What the fields mean is the domain's
(:mod:`~oklima_dpo.domain.register`); whether the ids they name exist is checked after, by
:mod:`.register_file`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from ..domain import register as reg
from ..domain.rights import Right
from .yaml_file import FILE_MODEL, Key, NonEmpty


class _Model(BaseModel):
    model_config = FILE_MODEL


class TextModel(_Model):
    fr: NonEmpty
    en: NonEmpty


class CharterModel(_Model):
    title: NonEmpty
    file: NonEmpty


class ControllerModel(_Model):
    name: NonEmpty
    address: NonEmpty
    email: NonEmpty


class DpoModel(_Model):
    designated: bool
    contact: NonEmpty | None = None
    note: TextModel | None = None


class ChannelModel(_Model):
    kind: Literal["email", "post"]
    address: NonEmpty


class RightsModel(_Model):
    rights: list[Right] = Field(min_length=1)
    channels: list[ChannelModel] = Field(min_length=1)
    complaint: TextModel


class CategoryModel(_Model):
    fr: NonEmpty
    en: NonEmpty
    origin: reg.Origin
    note: TextModel | None = None


class DurationModel(_Model):
    value: int = Field(gt=0)
    unit: reg.DurationUnit


class RetentionModel(_Model):
    text: TextModel
    event: reg.RetentionEvent
    duration: DurationModel | None = None
    data: TextModel | None = None
    categories: list[Key] = []
    extension: TextModel | None = None
    archive: TextModel | None = None
    legal_ground: TextModel | None = None


class RecipientModel(_Model):
    kind: reg.RecipientKind
    name: TextModel
    examples: TextModel | None = None
    condition: TextModel | None = None


class TransferModel(_Model):
    destination: TextModel
    countries: list[NonEmpty]
    safeguards: list[reg.Safeguard] = Field(min_length=1)
    text: TextModel
    copy_: TextModel | None = Field(default=None, alias="copy")


class SourceModel(_Model):
    kind: reg.SourceKind
    label: TextModel
    condition: TextModel | None = None


class ActivityModel(_Model):
    id: Key
    name: TextModel
    purposes: list[TextModel] = Field(min_length=1)
    legal_basis: reg.LegalBasis
    legitimate_interest: TextModel | None = None
    data_categories: list[Key] = Field(min_length=1)
    retention: list[Key] = Field(min_length=1)
    recipients: list[Key]
    transfers: list[Key]
    sources: list[Key]
    automated_decisions: reg.AutomatedDecisions
    automated_decisions_text: TextModel | None = None
    note: TextModel | None = None


class RegisterModel(_Model):
    version: Literal[1]
    charter: CharterModel
    controller: ControllerModel
    dpo: DpoModel
    rights: RightsModel
    remarks: list[TextModel] = []
    categories: dict[Key, CategoryModel] = Field(min_length=1)
    retention_rules: dict[Key, RetentionModel] = Field(min_length=1)
    recipients: dict[Key, RecipientModel]
    transfers: dict[Key, TransferModel]
    sources: dict[Key, SourceModel]
    activities: list[ActivityModel] = Field(min_length=1)
