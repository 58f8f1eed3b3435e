"""Settings are shared in the case base; changing the deadline ones re-dates the open cases."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from oklima_dpo.domain.deadlines import Calendar, DeadlinePolicy, ExtensionReading
from oklima_dpo.domain.french import PARIS
from oklima_dpo.domain.gates import IdentityLevel, IdentityPolicy
from oklima_dpo.services import audit
from oklima_dpo.services.cases import queue as case_queue
from oklima_dpo.services.cases import steps as case_steps
from oklima_dpo.services.cases.views import CaseFilter
from oklima_dpo.services.context import ServiceContext
from oklima_dpo.services.errors import InvalidInput
from oklima_dpo.services.settings import changes as settings_changes
from oklima_dpo.services.settings import checks as settings_checks
from oklima_dpo.services.settings import keys as settings_keys
from oklima_dpo.services.settings import model as settings_model
from oklima_dpo.services.settings import preview as settings_preview

from ..conftest import Clock
from .helpers import open_request

# These tests start from the settings as first opened, before anyone saved them.
pytestmark = pytest.mark.unconfigured


def test_defaults(ctx: ServiceContext) -> None:
    current = settings_model.get_settings(ctx)
    assert current.policy == DeadlinePolicy()
    assert current.reminder_days == 15 and not current.demo


def test_changing_the_calendar_redates_open_cases_only(ctx: ServiceContext, clock: Clock) -> None:
    """Received 25/11/2025: due 26/12 nationally, 29/12 in Alsace-Moselle (26/12 is a holiday)."""
    clock.now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    open_case = open_request(ctx, received_at=datetime(2025, 11, 25, 10, 0, tzinfo=PARIS))
    done = open_request(
        ctx, name="Marc Durand", received_at=datetime(2025, 11, 25, 11, 0, tzinfo=PARIS)
    )
    case_steps.withdraw(ctx, done)
    assert case_steps.show_case(ctx, open_case).deadline.due == date(2025, 12, 26)

    changed = settings_changes.set_deadline_policy(
        ctx, DeadlinePolicy(calendar=Calendar.ALSACE_MOSELLE)
    )
    assert changed == 1
    assert settings_model.get_settings(ctx).policy.calendar is Calendar.ALSACE_MOSELLE
    detail = case_steps.show_case(ctx, open_case)
    assert detail.deadline.due == date(2025, 12, 29)
    assert "Noël" in detail.deadline.explanation
    assert "Saint-Étienne" in detail.deadline.explanation  # the Alsace-Moselle holiday
    # The queue (cached dates) agrees with the case view.
    listed = {c.reference: c.due for c in case_queue.list_cases(ctx, CaseFilter(open_only=True))}
    assert listed == {open_case: date(2025, 12, 29)}


def test_the_careful_reading_of_extensions_is_a_setting(ctx: ServiceContext, clock: Clock) -> None:
    clock.now = datetime(2025, 2, 3, 9, 0, tzinfo=UTC)
    reference = open_request(ctx, received_at=datetime(2025, 1, 31, 10, 0, tzinfo=PARIS))
    case_steps.extend(ctx, reference, "Complexe")
    assert case_steps.show_case(ctx, reference).deadline.due == date(2025, 4, 30)
    settings_changes.set_deadline_policy(
        ctx, DeadlinePolicy(extension_reading=ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS)
    )
    assert case_steps.show_case(ctx, reference).deadline.due == date(2025, 4, 28)


def test_switching_suspension_off_restarts_the_clock(ctx: ServiceContext) -> None:
    reference = open_request(ctx)
    case_steps.request_information(ctx, reference, on=date(2025, 3, 12))
    settings_changes.set_deadline_policy(ctx, DeadlinePolicy(suspension_enabled=False))
    detail = case_steps.show_case(ctx, reference)
    assert detail.deadline.due == date(2025, 4, 10)
    assert not detail.deadline.clock_stopped
    assert "désactivée" in detail.deadline.explanation
    [summary] = case_queue.list_cases(ctx)
    assert summary.due == date(2025, 4, 10) and not summary.clock_stopped


# -- the whole settings form -----------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32  # the magic bytes are what is checked
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'


def _everything(export_folder: Path) -> settings_model.Settings:
    return settings_model.Settings(
        policy=DeadlinePolicy(
            calendar=Calendar.ALSACE_MOSELLE,
            suspension_enabled=False,
            extension_reading=ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS,
        ),
        reminder_days=21,
        organisation=settings_model.Organisation(
            name="  OKLIMA   SAS ",
            address="20 bis rue Louis Philippe  \n\n 92200 Neuilly-sur-Seine",
            registration="RCS Nanterre 000 000 000",
            dpo_name="Camille Exemple",
            dpo_email=" DPO@Exemple.FR ",
            dpo_phone="01 23 45 67 89",
            dpo_address="DPO — 20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine",
            logo=SVG,
            logo_type="image/png",  # wrong on purpose: the bytes decide
        ),
        closed_case_retention_years=6,
        journal_retention_years=8,
        export_folder=str(export_folder),
        identity=IdentityPolicy(access=IdentityLevel.DOCUMENT, objection=IdentityLevel.MATCHING),
    )


def test_the_journal_is_never_kept_shorter_than_the_cases_it_proves(ctx: ServiceContext) -> None:
    current = settings_model.get_settings(ctx)
    for closed, journal in ((5, 5), (10, 3), (5, 1)):
        shorter = replace(
            current, closed_case_retention_years=closed, journal_retention_years=journal
        )
        with pytest.raises(InvalidInput) as refused:
            settings_changes.update_settings(ctx, shorter)
        problem = refused.value.problems["journal_retention_years"]
        assert f"au moins {closed + 1} ans" in problem and "prouve" in problem
    assert settings_model.get_settings(ctx) == current  # nothing stored
    longer = replace(current, closed_case_retention_years=10, journal_retention_years=11)
    assert settings_changes.update_settings(ctx, longer).settings.journal_retention_years == 11


def test_an_older_case_base_reads_the_defaults(ctx: ServiceContext) -> None:
    current = settings_model.get_settings(ctx)
    assert current.organisation.name == "OKLIMA"
    assert current.organisation.logo is None and current.organisation.dpo_email == ""
    assert current.closed_case_retention_years == 5
    assert current.journal_retention_years == 6  # a year longer than the cases it proves
    assert current.export_folder == ""


def test_every_setting_round_trips(ctx: ServiceContext, tmp_path: Path) -> None:
    wanted = _everything(tmp_path)
    change = settings_changes.update_settings(ctx, wanted)
    stored = settings_model.get_settings(ctx)
    assert stored == change.settings
    assert stored.policy == wanted.policy
    assert stored.reminder_days == 21
    assert stored.closed_case_retention_years == 6 and stored.journal_retention_years == 8
    assert stored.identity.access is IdentityLevel.DOCUMENT
    assert stored.export_folder == str(tmp_path)
    org = stored.organisation
    assert org.name == "OKLIMA SAS"  # spaces tidied
    assert org.address == "20 bis rue Louis Philippe\n92200 Neuilly-sur-Seine"
    assert org.registration == "RCS Nanterre 000 000 000"
    assert org.dpo_name == "Camille Exemple"
    assert org.dpo_email == "dpo@exemple.fr"
    assert org.dpo_phone == "01 23 45 67 89"  # checked, kept as typed for letters
    assert org.dpo_address.startswith("DPO — 20 bis")
    assert org.logo == SVG and org.logo_type == "image/svg+xml"
    # Every key but demo (and the identity levels left as they were) was written; saving
    # the same again changes nothing.
    assert (
        settings_keys.DEMO not in change.changed_keys and len(change.changed_keys) == 17
    )  # two identity levels
    again = settings_changes.update_settings(ctx, stored)
    assert again.changed_keys == () and again.redated == ()


def test_only_what_changed_is_stored(ctx: ServiceContext) -> None:
    current = settings_model.get_settings(ctx)
    change = settings_changes.update_settings(ctx, replace(current, reminder_days=20))
    assert change.changed_keys == (settings_keys.REMINDER_DAYS,)
    assert change.redated == ()
    with ctx.unit_of_work() as uow:
        assert set(uow.settings.values()) == {settings_keys.REMINDER_DAYS}


def test_the_demo_flag_is_not_a_form_setting(ctx: ServiceContext) -> None:
    change = settings_changes.update_settings(
        ctx, replace(settings_model.get_settings(ctx), demo=True)
    )
    assert change.changed_keys == ()
    assert not settings_model.get_settings(ctx).demo


def test_every_bad_field_is_named_at_once_and_nothing_is_stored(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    bad = settings_model.Settings(
        reminder_days=0,
        organisation=settings_model.Organisation(
            name="  ",
            dpo_email="dpo@@exemple",
            dpo_phone="12",
            registration="x" * 201,
            logo=b"GIF89a not allowed",
        ),
        closed_case_retention_years=31,
        journal_retention_years=0,
        export_folder=str(tmp_path / "missing"),
    )
    with pytest.raises(InvalidInput) as raised:
        settings_changes.update_settings(ctx, bad)
    problems = raised.value.problems
    assert set(problems) == {
        "organisation.name",
        "organisation.registration",
        "organisation.dpo_email",
        "organisation.dpo_phone",
        "organisation.logo",
        "reminder_days",
        "closed_case_retention_years",
        "journal_retention_years",
        "export_folder",
    }
    assert "PNG, JPEG ou SVG" in problems["organisation.logo"]
    assert problems["reminder_days"] == "Relance (en jours)\u00a0: de 1 à 90."
    assert "n’existe pas" in problems["export_folder"]
    assert settings_model.get_settings(ctx) == settings_model.Settings()


def test_a_file_that_is_not_an_image_is_refused_as_a_logo(tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("Ceci n’est pas une image", encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        settings_checks.read_logo(text)
    assert "PNG, JPEG ou SVG" in raised.value.problems["organisation.logo"]
    big = tmp_path / "big.png"
    big.write_bytes(PNG + b"\x00" * settings_checks.MAX_LOGO_BYTES)
    with pytest.raises(InvalidInput, match="512"):
        settings_checks.read_logo(big)
    with pytest.raises(InvalidInput, match=r"absent\.png"):
        settings_checks.read_logo(tmp_path / "absent.png")
    good = tmp_path / "good.png"
    good.write_bytes(PNG)
    assert settings_checks.read_logo(good) == settings_model.Logo(PNG, "image/png")


def test_logo_types_are_told_by_their_bytes() -> None:
    assert settings_checks.logo_type_of(PNG) == "image/png"
    assert settings_checks.logo_type_of(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert settings_checks.logo_type_of(b"\xef\xbb\xbf  <svg/>") == "image/svg+xml"
    assert settings_checks.logo_type_of(b"<?xml version='1.0'?><html/>") is None
    assert settings_checks.logo_type_of(b"%PDF-1.7") is None


def test_changing_the_calendar_returns_the_redated_cases(ctx: ServiceContext, clock: Clock) -> None:
    clock.now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    moved = open_request(ctx, received_at=datetime(2025, 11, 25, 10, 0, tzinfo=PARIS))
    open_request(ctx, name="Marc Durand", received_at=datetime(2025, 11, 20, 10, 0, tzinfo=PARIS))
    current = settings_model.get_settings(ctx)
    new_policy = replace(current.policy, calendar=Calendar.ALSACE_MOSELLE)
    change = settings_changes.update_settings(ctx, replace(current, policy=new_policy))
    assert change.changed_keys == (settings_keys.CALENDAR,)
    # Received 20/11: due 22/12 either way, so only the first case moved.
    assert change.redated == (
        settings_changes.Redated(moved, "Élodie Le Gall", date(2025, 12, 26), date(2025, 12, 29)),
    )
    assert case_steps.show_case(ctx, moved).deadline.due == date(2025, 12, 29)
    listed = {c.reference: c.due for c in case_queue.list_cases(ctx, CaseFilter(open_only=True))}
    assert listed[moved] == date(2025, 12, 29)
    back = settings_changes.update_settings(ctx, current)
    assert [(r.old_due, r.new_due) for r in back.redated] == [
        (date(2025, 12, 29), date(2025, 12, 26))
    ]


def test_the_journal_says_which_keys_changed_without_personal_data(
    ctx: ServiceContext, clock: Clock, tmp_path: Path
) -> None:
    clock.now = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
    reference = open_request(ctx, received_at=datetime(2025, 11, 25, 10, 0, tzinfo=PARIS))
    settings_changes.update_settings(ctx, _everything(tmp_path))
    [entry] = audit.list_entries(ctx, audit.JournalFilter(action_prefix="settings."))
    assert entry.action == "settings.changed" and entry.actor == "dpo.test"
    assert settings_keys.ORG_DPO_EMAIL in entry.details["keys"]
    assert settings_keys.CALENDAR in entry.details["keys"]
    assert entry.details["after"][settings_keys.CALENDAR] == "alsace-moselle"  # rules are shown
    assert entry.details["open_cases_redated"] == [reference]
    text = json.dumps(entry.details, ensure_ascii=False)
    for personal in ("Camille", "dpo@exemple.fr", "01 23 45 67 89", str(tmp_path), "Élodie"):
        assert personal not in text
    assert audit.verify_journal(ctx).intact


def test_the_preview_shows_the_date_of_each_choice() -> None:
    preview = settings_preview.policy_preview(2025)
    national = Calendar.NATIONAL
    receipt = preview.extension_example(national, ExtensionReading.RECEIPT_PLUS_THREE_MONTHS)
    careful = preview.extension_example(national, ExtensionReading.FIRST_DEADLINE_PLUS_TWO_MONTHS)
    assert receipt.received == careful.received == date(2025, 1, 31)
    assert (receipt.due, careful.due) == (date(2025, 4, 30), date(2025, 4, 28))
    assert "28/02/2025" in careful.explanation
    # LEGAL.md's example: received 10/03, information asked 12/03, answered 20/03.
    assert preview.suspension_example(national, True).due == date(2025, 4, 18)
    assert preview.suspension_example(national, False).due == date(2025, 4, 10)
    assert [(h.day, h.name) for h in preview.alsace_moselle_only] == [
        (date(2025, 4, 18), "Vendredi saint"),
        (date(2025, 12, 26), "Saint-Étienne"),
    ]


def test_a_leap_year_takes_another_month_end_for_the_example() -> None:
    """In 2028 both readings of 31/01 give 02/05 (weekend, 1 May): another example is taken."""
    preview = settings_preview.policy_preview(2028)
    dates = {
        preview.extension_example(Calendar.NATIONAL, reading).due for reading in ExtensionReading
    }
    assert len(dates) == 2
