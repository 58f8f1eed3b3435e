"""The words of the Exécution tab's banner: where the chosen right stands, what the
verification found, what the suppression list and a withdrawal of consent did.

Words only: each function says what a service returned; none decides anything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ....domain.french import fr_date
from ....domain.identity import IdentifierKind
from ....domain.plan import Action
from ....domain.rights import Right
from ....services.execution.views import ExecutionView
from ....services.objection.consent import ConsentStop
from ....services.objection.suppression import SuppressionResult
from ...labels import REMAINING, STATE, code_label, identifier_label, plan_action_count

__all__ = ["preview_counts", "status_text", "stops_text", "suppression_text", "verification_text"]


def status_text(right: Right | None, view: ExecutionView | None) -> str:
    """Where the chosen right stands, in words: the banner."""
    if right is None:
        return QCoreApplication.translate(
            "ExecutionTexts", "La demande ne porte sur aucun droit à exécuter dans les systèmes."
        )
    if right is Right.CONSENT_WITHDRAWAL and view is None:
        return QCoreApplication.translate(
            "ExecutionTexts",
            "Retrait du consentement\u00a0: inscrire la personne sur la liste "
            "d’opposition\u00a0; les sources qui servent un traitement fondé sur le "
            "consentement sont indiquées, une tâche est ouverte pour celles que le "
            "programme ne peut pas modifier.",
        )
    if view is None:
        return QCoreApplication.translate(
            "ExecutionTexts",
            "Aucun plan pour ce droit\u00a0: «\u00a0Préparer le plan\u00a0» montre ce qui "
            "serait fait dans chaque système, sans rien modifier.",
        )
    text = (
        QCoreApplication.translate(
            "ExecutionTexts", "Plan n°\u00a0%1 du %2 (SHA-256 %3…)\u00a0: %4."
        )
        .replace("%1", str(view.id))
        .replace("%2", fr_date(view.created_at.date()))
        .replace("%3", view.plan_sha256[:12])
        .replace("%4", code_label(STATE, view.status))
    )
    counts = ", ".join(plan_action_count(code, n) for code, n in preview_counts(view).items())
    if counts:
        text += " " + QCoreApplication.translate("ExecutionTexts", "Aperçu\u00a0: %1.").replace(
            "%1", counts
        )
    for warning in view.plan.warnings:
        text += "\n⚠ " + warning
    if view.verification:
        text += "\n" + verification_text(view, view.verification)
    if view.lifted:
        text += "\n" + QCoreApplication.translate("ExecutionTexts", "Limitation levée.")
    return text


def verification_text(view: ExecutionView, verification: dict[str, Any]) -> str:
    """What gathering again found: verified, partly applied or failed, what remains, and the
    systems that failed or could not be asked."""
    if verification.get("error"):
        return "⚠ " + QCoreApplication.translate(
            "ExecutionTexts", "Vérification impossible\u00a0: %1"
        ).replace("%1", str(verification["error"]))
    tally: dict[str, int] = {}
    for item in verification.get("remaining", ()):
        tally[item["state"]] = tally.get(item["state"], 0) + 1
    if view.status == "verified":
        text = "✓ " + QCoreApplication.translate(
            "ExecutionTexts", "Vérifié\u00a0: une nouvelle recherche confirme le plan."
        )
    elif view.status == "failed":
        text = "✗ " + QCoreApplication.translate(
            "ExecutionTexts", "Échec\u00a0: aucun système n’a pu être modifié."
        )
    else:
        text = "⚠ " + QCoreApplication.translate(
            "ExecutionTexts", "Appliqué en partie\u00a0: voir ce qui reste ci-dessous."
        )
    if tally:
        text += " " + QCoreApplication.translate("ExecutionTexts", "Reste\u00a0: %1.").replace(
            "%1", ", ".join(f"{code_label(REMAINING, k)} × {v}" for k, v in tally.items())
        )
    names = {s.source: s.name for s in view.plan.sources}
    failed = [names.get(s, s) for s in verification.get("failed_sources", ())]
    if failed:
        text += " " + QCoreApplication.translate(
            "ExecutionTexts", "Systèmes en échec\u00a0: %1."
        ).replace("%1", ", ".join(failed))
    unverified = [names.get(s, s) for s in verification.get("unverified_sources", ())]
    if unverified:
        text += " " + QCoreApplication.translate(
            "ExecutionTexts", "Non vérifiés (source injoignable)\u00a0: %1."
        ).replace("%1", ", ".join(unverified))
    return text


def preview_counts(view: ExecutionView) -> dict[str, int]:
    """Records per action over every system; kept records covered by a mark apart."""
    counts: dict[str, int] = {}
    for source in view.plan.sources:
        for record in source.records:
            code = record.action.value
            if record.action is Action.KEEP and not record.ground:
                code = "covered"
            counts[code] = counts.get(code, 0) + 1
    return {
        code: counts[code] for code in (*(a.value for a in Action), "covered") if code in counts
    }


def _identifier_word(kind: str) -> str:
    if kind in IdentifierKind._value2member_map_:
        return identifier_label(IdentifierKind(kind))
    return kind


def suppression_text(result: SuppressionResult) -> str:
    """« Inscrit sur la liste d’opposition à la prospection jusqu’au … »."""
    kinds = ", ".join(f"{count} {_identifier_word(kind)}" for kind, count in result.kinds.items())
    return (
        QCoreApplication.translate(
            "ExecutionTexts",
            "Inscrit sur la liste d’opposition à la prospection jusqu’au %1\u00a0: %2 "
            "identifiant(s) (%3), dont %4 déjà inscrit(s).",
        )
        .replace("%1", fr_date(result.expires_on))
        .replace("%2", str(result.total))
        .replace("%3", kinds)
        .replace("%4", str(result.extended))
    )


def stops_text(stops: tuple[ConsentStop, ...]) -> str:
    """Where a withdrawal of consent stops a processing: a mark set, or an owner's task."""
    if not stops:
        return QCoreApplication.translate(
            "ExecutionTexts", "Aucune source ne sert un traitement fondé sur le consentement."
        )
    parts = []
    for stop in stops:
        if stop.writable:
            parts.append(
                QCoreApplication.translate(
                    "ExecutionTexts", "%1\u00a0: marque posée par l’exécution (%2)"
                )
                .replace("%1", stop.source_name)
                .replace("%2", ", ".join(stop.fields))
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "ExecutionTexts", "%1\u00a0: tâche n°\u00a0%2 pour son propriétaire"
                )
                .replace("%1", stop.source_name)
                .replace("%2", str(stop.task_id))
            )
    return "\u00a0; ".join(parts) + "."
