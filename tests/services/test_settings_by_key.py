"""The settings by name (the command line's ``settings``): every field of the form has its name,
the names are those the checks give their problems, and each value is read from text for its
type; what is stored goes through ``update_settings`` like the dialog's form."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from oklima_dpo.domain.deadlines import Calendar, ExtensionReading
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import InvalidInput
from oklima_dpo.services.settings import by_key
from oklima_dpo.services.settings import changes as settings_changes
from oklima_dpo.services.settings import checks as settings_checks
from oklima_dpo.services.settings import model as settings_model

from .test_settings import PNG

NAMES = [key.name for key in by_key.SETTING_KEYS]


def leaf_fields(value: object, prefix: str = "") -> set[str]:
    names = set()
    for field in dataclasses.fields(value):  # type: ignore[arg-type]
        inner = getattr(value, field.name)
        if dataclasses.is_dataclass(inner) and field.name != "holidays":
            names |= leaf_fields(inner, f"{prefix}{field.name}.")
        else:
            names.add(prefix + field.name)
    return names


def test_every_field_of_the_form_has_its_name() -> None:
    # Not the form's: the demo flag (the demo service sets it), the logo's type (told by its
    # bytes), where public holidays come from (the program's file).
    not_typed = {"demo", "organisation.logo_type", "policy.holidays"}
    assert set(NAMES) == leaf_fields(settings_model.Settings()) - not_typed
    assert len(NAMES) == len(set(NAMES))


def test_the_names_are_those_of_the_checks_problems(tmp_path: Path) -> None:
    everything_wrong = settings_model.Settings(
        reminder_days=0,
        owner_task_days=61,
        organisation=settings_model.Organisation(
            name=" ",
            address="x" * 501,
            registration="x" * 201,
            dpo_name="x" * 201,
            dpo_email="@",
            dpo_phone="12",
            dpo_address="x" * 501,
            logo=b"GIF89a",
        ),
        closed_case_retention_years=0,
        journal_retention_years=0,
        gathered_data_days=-1,
        suppression_years=0,
        export_folder=str(tmp_path / "absent"),
        backup_folder=str(tmp_path / "absente"),
        backup_keep=0,
        backup_warn_days=31,
    )
    with pytest.raises(InvalidInput) as raised:
        settings_checks.check_settings(everything_wrong)
    # Every field but the choices (deadline rules, identity levels: a choice cannot be wrong)
    # has its problem.
    choices = {n for n in NAMES if n.startswith(("policy.", "identity."))}
    assert set(raised.value.problems) == set(NAMES) - choices


def test_values_are_read_for_their_type(tmp_path: Path) -> None:
    current = settings_model.Settings()
    assert by_key.with_setting(current, "reminder_days", " 20 ").reminder_days == 20
    assert by_key.with_setting(current, "policy.suspension_enabled", "non").policy == (
        dataclasses.replace(current.policy, suspension_enabled=False)
    )
    assert by_key.with_setting(current, "policy.suspension_enabled", "Oui").policy == (
        current.policy
    )
    calendar = by_key.with_setting(current, "policy.calendar", "Alsace_Moselle").policy.calendar
    assert calendar is Calendar.ALSACE_MOSELLE
    reading = by_key.with_setting(
        current, "policy.extension_reading", "first_deadline_plus_2_months"
    ).policy.extension_reading
    assert reading is ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS
    address = by_key.with_setting(current, "organisation.address", r"1 rue\n75001 Paris")
    assert address.organisation.address == "1 rue\n75001 Paris"
    assert address.organisation.name == current.organisation.name  # nothing else moved
    named = by_key.with_setting(current, "organisation.dpo_name", "Camille Exemple")
    assert dataclasses.replace(named, organisation=current.organisation) == current
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    with_logo = by_key.with_setting(current, "organisation.logo", str(logo))
    assert (with_logo.organisation.logo, with_logo.organisation.logo_type) == (PNG, "image/png")
    without = by_key.with_setting(with_logo, "organisation.logo", "")
    assert (without.organisation.logo, without.organisation.logo_type) == (None, "")


@pytest.mark.parametrize(
    ("name", "text", "problem", "words"),
    [
        ("reminder_days", "vingt", "reminder_days", "n’est pas un nombre entier"),
        ("policy.suspension_enabled", "peut-être", "policy.suspension_enabled", "oui ou non"),
        ("policy.calendar", "lunaire", "policy.calendar", "national, alsace-moselle"),
        ("organisation.logo", "absent.png", "organisation.logo", "absent.png"),
        ("couleur", "bleu", "key", "choisir parmi organisation.name, "),
        ("demo", "oui", "key", "inconnu"),
    ],
)
def test_a_value_not_of_its_type_is_refused_by_name(
    name: str, text: str, problem: str, words: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        by_key.with_setting(settings_model.Settings(), name, text)
    assert list(raised.value.problems) == [problem]
    assert words in raised.value.problems[problem]


def test_values_show_the_logo_by_its_type_and_size_never_its_bytes() -> None:
    current = settings_model.Settings(
        organisation=settings_model.Organisation(logo=PNG, logo_type="image/png")
    )
    values = by_key.setting_values(current)
    assert list(values) == NAMES
    assert values["organisation.logo"] == {"type": "image/png", "size": len(PNG)}
    assert values["policy.calendar"] == "national"
    assert values["policy.extension_reading"] == "receipt_plus_3_months"
    assert values["policy.suspension_enabled"] is True and values["reminder_days"] == 15
    assert by_key.setting_values(settings_model.Settings())["organisation.logo"] is None


def test_a_value_changed_by_name_is_stored_and_checked_like_the_form(
    ctx: ServiceContext,
) -> None:
    current = settings_model.get_settings(ctx)
    change = settings_changes.update_settings(
        ctx, by_key.with_setting(current, "suppression_years", "5")
    )
    assert change.changed_keys == ("retention.suppression_years",)
    assert settings_model.get_settings(ctx).suppression_years == 5
    with pytest.raises(InvalidInput) as raised:
        settings_changes.update_settings(
            ctx, by_key.with_setting(current, "suppression_years", "11")
        )
    assert list(raised.value.problems) == ["suppression_years"]
    assert settings_model.get_settings(ctx).suppression_years == 5
