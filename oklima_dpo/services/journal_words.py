"""The journal's entries in words: what was done (``action_label``) and its details
(``details_text``), the one wording of the window's journal and of the legal team's case file.

French as it is by default (the case file, the command line); the window passes Qt's
translation (``linguist``). The window is terse where the case file is whole: with ``brief``,
the proofs shorten (a source's counts without its hashes, files by name) and a produced
package is said in words; the case file quotes these values as recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ..domain.case import Channel, Outcome
from ..domain.french import fr_date
from ..domain.rights import Right
from ..domain.workflow import EventKind, Status
from .code_words import (
    CHANNEL_BY,
    COUNTED,
    DOCUMENT_ROLES,
    PACKAGE,
    REMAINING,
    STATE,
    TASK_KIND,
    code_word,
    plan_action_count,
)
from .linguist import QT_TRANSLATE_NOOP, Translate, fill, same

__all__ = ["ACTIONS", "action_label", "details_text"]

# Actions of the journal besides "case.<event kind>" (those take the event's name).
ACTIONS = {
    "case.opened": QT_TRANSLATE_NOOP("labels", "demande enregistrée"),
    "case.consulted": QT_TRANSLATE_NOOP("labels", "consultation de la demande"),
    "case.assigned": QT_TRANSLATE_NOOP("labels", "attribution"),
    "case.document_added": QT_TRANSLATE_NOOP("labels", "document ajouté"),
    "case.document_read": QT_TRANSLATE_NOOP("labels", "document lu"),
    "case.document_copied": QT_TRANSLATE_NOOP("labels", "copie d’un document enregistrée"),
    "case.document_refused": QT_TRANSLATE_NOOP(
        "labels", "document refusé (modifié ou absent sur le disque)"
    ),
    "case.finding_reviewed": QT_TRANSLATE_NOOP("labels", "revue d’un enregistrement trouvé"),
    "case.source_skipped": QT_TRANSLATE_NOOP("labels", "source écartée"),
    "case.manual_source_answered": QT_TRANSLATE_NOOP("labels", "réponse d’une source manuelle"),
    "case.review_saved": QT_TRANSLATE_NOOP("labels", "revue des données enregistrée"),
    "case.casefile": QT_TRANSLATE_NOOP("labels", "dossier juridique produit"),
    "case.package_produced": QT_TRANSLATE_NOOP("labels", "document produit"),
    "case.documents_sent": QT_TRANSLATE_NOOP("labels", "documents envoyés"),
    "case.execution_planned": QT_TRANSLATE_NOOP("labels", "plan d’exécution préparé"),
    "case.execution_started": QT_TRANSLATE_NOOP("labels", "exécution commencée"),
    "case.execution_source_done": QT_TRANSLATE_NOOP("labels", "source modifiée ou en échec"),
    "case.execution_recovered": QT_TRANSLATE_NOOP("labels", "exécution interrompue reprise"),
    "case.execution_applied": QT_TRANSLATE_NOOP("labels", "exécution appliquée"),
    "case.execution_verified": QT_TRANSLATE_NOOP("labels", "exécution vérifiée"),
    "case.restriction_lifted": QT_TRANSLATE_NOOP("labels", "limitation levée"),
    "case.task_created": QT_TRANSLATE_NOOP("labels", "tâche ouverte pour un propriétaire"),
    "case.task_completed": QT_TRANSLATE_NOOP("labels", "réponse d’un propriétaire à sa tâche"),
    "case.task_reminder_prepared": QT_TRANSLATE_NOOP(
        "labels", "rappel préparé pour un propriétaire"
    ),
    "case.notices_planned": QT_TRANSLATE_NOOP("labels", "notifications de l’article 19 prévues"),
    "case.notice_produced": QT_TRANSLATE_NOOP("labels", "notification de l’article 19 produite"),
    "case.notice_sent": QT_TRANSLATE_NOOP("labels", "notification de l’article 19 envoyée"),
    "case.notice_acknowledged": QT_TRANSLATE_NOOP(
        "labels", "notification de l’article 19 confirmée par le destinataire"
    ),
    "case.purged.identity_documents": QT_TRANSLATE_NOOP("labels", "pièces d’identité supprimées"),
    "case.purged.gathered_data": QT_TRANSLATE_NOOP("labels", "données rassemblées purgées"),
    "case.purged.closed_case": QT_TRANSLATE_NOOP(
        "labels", "demande close supprimée (statistiques anonymes conservées)"
    ),
    "suppression.expired_removed": QT_TRANSLATE_NOOP(
        "labels", "entrées échues retirées de la liste d’opposition"
    ),
    "register.exported": QT_TRANSLATE_NOOP("labels", "registre des demandes exporté"),
    "settings.changed": QT_TRANSLATE_NOOP("labels", "réglages modifiés"),
    "settings.deadline_policy": QT_TRANSLATE_NOOP("labels", "règles de délai modifiées"),
    "settings.catalogue": QT_TRANSLATE_NOOP("labels", "catalogue des sources choisi"),
    "demo.filled": QT_TRANSLATE_NOOP("labels", "base de démonstration remplie"),
    "base.created": QT_TRANSLATE_NOOP("labels", "base de cas créée chiffrée"),
    "base.backup": QT_TRANSLATE_NOOP("labels", "sauvegarde chiffrée faite"),
    "base.restored": QT_TRANSLATE_NOOP("labels", "base restaurée depuis une sauvegarde"),
    "base.key_rotated": QT_TRANSLATE_NOOP("labels", "clé de chiffrement de la base changée"),
}

#: Details that name sources by their ids: named from the catalogue when it is known.
_SOURCE_KEYS = ("source", "sources", "failed", "tasks", "target", "not_run", "unverified_sources")


def action_label(action: str, translate: Translate = same) -> str:
    """« accusé de réception », « dossier juridique produit »; the code when unknown."""
    kind = action.removeprefix("case.")
    if action.startswith("case.") and kind in EventKind._value2member_map_:
        return translate(EventKind(kind).label_fr)  # declared in gui/labels.py (EVENT)
    word = ACTIONS.get(action)
    return translate(word) if word else action


def details_text(
    details: Mapping[str, object],
    sources: Mapping[str, str] | None = None,
    translate: Translate = same,
    *,
    brief: bool = False,
) -> str:
    """« le 28/07/2024 ; statut : répondue → clôturée »: the details of an entry in words;
    ``sources`` names the sources by their identifiers (the catalogue's names)."""
    return _Words(translate, brief).details(details, sources)


class _Words:
    def __init__(self, translate: Translate, brief: bool) -> None:
        self.tr, self.brief = translate, brief

    def say(self, template: str, *values: object) -> str:
        """``template`` translated, then its placeholders filled."""
        return fill(self.tr(template), *values)

    def details(self, given: Mapping[str, object], sources: Mapping[str, str] | None) -> str:
        details = dict(given)
        for key in _SOURCE_KEYS:
            if sources and key in details:
                details[key] = _named(details[key], sources)
        counts = details.get("counts")
        if sources and isinstance(counts, dict):
            details["counts"] = {sources.get(k, k): v for k, v in counts.items()}
        details.pop("event", None)  # already said by the action
        parts: list[str] = []
        if "right" in details and "outcome" in details:  # a decision: « Effacement : accordé »
            right, outcome = details.pop("right"), details.pop("outcome")
            parts.append(
                self.say(
                    QT_TRANSLATE_NOOP("labels", "%1\u00a0: %2"),
                    self.detail("right", right),
                    self.detail("outcome", outcome),
                )
            )
        parts += [self.detail(key, value) for key, value in details.items()]
        return self.separator.join(part for part in parts if part)

    @property
    def separator(self) -> str:
        return self.tr(QT_TRANSLATE_NOOP("labels", "\u00a0; "))

    def day(self, value: object) -> str:
        try:
            return fr_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)

    def right(self, value: object) -> str:
        text = str(value)
        known = text in Right._value2member_map_
        return self.tr(Right(text).info.short_fr) if known else text  # gui/labels.py RIGHT_SHORT

    def status(self, value: object) -> str:
        text = str(value)
        known = text in Status._value2member_map_
        return self.tr(Status(text).label_fr) if known else text  # gui/labels.py STATUS

    def detail(self, key: str, value: object) -> str:
        """The case's steps, its gathering and its documents; then ``execution_detail``."""
        say = self.say
        match key:
            case "on":
                return say(QT_TRANSLATE_NOOP("labels", "le %1"), self.day(value))
            case "received_on":
                return say(QT_TRANSLATE_NOOP("labels", "reçue le %1"), self.day(value))
            case "extended_due":
                return say(QT_TRANSLATE_NOOP("labels", "nouvelle échéance %1"), self.day(value))
            case "status" if isinstance(value, list) and len(value) == 2:
                before, after = (self.status(v) for v in value)
                return say(QT_TRANSLATE_NOOP("labels", "statut\u00a0: %1 → %2"), before, after)
            case "right":
                return self.right(value)
            case "rights" if isinstance(value, list):
                return ", ".join(self.right(v) for v in value)
            case "outcome" if str(value) in Outcome._value2member_map_:
                return self.tr(Outcome(str(value)).label_fr)  # gui/labels.py OUTCOME
            case "channel" if str(value) in Channel._value2member_map_:
                return code_word(CHANNEL_BY, str(value), self.tr)
            case "identifiers":
                return say(QT_TRANSLATE_NOOP("labels", "identifiants fournis\u00a0: %1"), value)
            case "representative":
                return self.tr(QT_TRANSLATE_NOOP("labels", "par un représentant")) if value else ""
            case "verified_by":
                return say(QT_TRANSLATE_NOOP("labels", "par %1"), value)
            case "before" if _is_day(value):
                return say(QT_TRANSLATE_NOOP("labels", "échues avant le %1"), self.day(value))
            case "before":
                nobody = self.tr(QT_TRANSLATE_NOOP("labels", "personne"))
                return say(QT_TRANSLATE_NOOP("labels", "avant\u00a0: %1"), value or nobody)
            case "after":
                nobody = self.tr(QT_TRANSLATE_NOOP("labels", "personne"))
                return say(QT_TRANSLATE_NOOP("labels", "après\u00a0: %1"), value or nobody)
            case "role":
                if str(value) in DOCUMENT_ROLES:
                    return code_word(DOCUMENT_ROLES, str(value), self.tr)
                return say(QT_TRANSLATE_NOOP("labels", "rôle\u00a0: %1"), value)
            case "size":
                return say(QT_TRANSLATE_NOOP("labels", "%1 octets"), value)
            case "sources" if isinstance(value, dict):
                return self.separator.join(self.source_result(str(k), v) for k, v in value.items())
            case "sources" | "source":
                text = QT_TRANSLATE_NOOP("labels", "sources\u00a0: %1")
                return say(text, _names(value)) if value else ""
            case "failed":
                text = QT_TRANSLATE_NOOP("labels", "en échec\u00a0: %1")
                return say(text, _names(value)) if value else ""
            case "records":
                return say(QT_TRANSLATE_NOOP("labels", "enregistrements\u00a0: %1"), value)
            case "included":
                return self.tr(
                    QT_TRANSLATE_NOOP("labels", "inclus")
                    if value
                    else QT_TRANSLATE_NOOP("labels", "écarté")
                )
            case "complete":
                return self.tr(
                    QT_TRANSLATE_NOOP("labels", "complète")
                    if value
                    else QT_TRANSLATE_NOOP("labels", "incomplète")
                )
            case "found":
                return self.tr(
                    QT_TRANSLATE_NOOP("labels", "trouvé")
                    if value
                    else QT_TRANSLATE_NOOP("labels", "rien trouvé")
                )
            case "bound_reached":
                text = QT_TRANSLATE_NOOP("labels", "limite de recherche atteinte")
                return self.tr(text) if value else ""
            case "attachment":
                return self.tr(QT_TRANSLATE_NOOP("labels", "document joint")) if value else ""
            case "sha256":
                return say(QT_TRANSLATE_NOOP("labels", "SHA-256\u00a0: %1"), value)
            case "finding" | "snapshot":
                return say(QT_TRANSLATE_NOOP("labels", "n°\u00a0%1"), value)
            case "raw_data":
                return self.tr(
                    QT_TRANSLATE_NOOP("labels", "avec les données brutes")
                    if value
                    else QT_TRANSLATE_NOOP("labels", "sans les données brutes")
                )
            case "file":
                return say(QT_TRANSLATE_NOOP("labels", "fichier\u00a0: %1"), value)
            case "document":
                return say(QT_TRANSLATE_NOOP("labels", "document\u00a0: %1"), value)
            case "cases":
                return say(QT_TRANSLATE_NOOP("labels", "demandes\u00a0: %1"), value)
        if self.brief:
            return self.brief_detail(key, value)
        return self.execution_detail(key, value)

    def brief_detail(self, key: str, value: object) -> str:
        """The window's short forms of what the case file quotes as recorded."""
        match key:
            case "package":
                return code_word(PACKAGE, str(value), self.tr)
            case "files" if isinstance(value, list):
                return ", ".join(
                    str(f.get("name", f)) if isinstance(f, dict) else str(f) for f in value
                )
            case "channel":
                return str(value)  # typed by the DPO: « courrier recommandé avec AR »
            case "encrypted":
                return self.tr(QT_TRANSLATE_NOOP("labels", "chiffré (AES-256)")) if value else ""
            case "redactions":
                text = QT_TRANSLATE_NOOP("labels", "caviardages\u00a0: %1")
                return self.say(text, value) if value else ""
        return self.execution_detail(key, value)

    def execution_detail(self, key: str, value: object) -> str:
        """Executions, owners' tasks, Art. 19 notices, purges: counts and hashes in words."""
        say = self.say
        match key:
            case "status" if str(value) in STATE:
                state = code_word(STATE, str(value), self.tr)
                return say(QT_TRANSLATE_NOOP("labels", "état\u00a0: %1"), state)
            case "execution":
                return say(QT_TRANSLATE_NOOP("labels", "exécution n°\u00a0%1"), value)
            case "task":
                return say(QT_TRANSLATE_NOOP("labels", "tâche n°\u00a0%1"), value)
            case "kind" if str(value) in TASK_KIND:
                return code_word(TASK_KIND, str(value), self.tr)
            case "target":
                return say(QT_TRANSLATE_NOOP("labels", "pour\u00a0: %1"), value)
            case "recipient":
                return say(QT_TRANSLATE_NOOP("labels", "destinataire\u00a0: %1"), value)
            case "recipients" if isinstance(value, list):
                return say(QT_TRANSLATE_NOOP("labels", "destinataires\u00a0: %1"), _names(value))
            case "plan_sha256":
                return say(QT_TRANSLATE_NOOP("labels", "plan SHA-256\u00a0: %1"), value)
            case "snapshot_sha256":
                return say(QT_TRANSLATE_NOOP("labels", "revue SHA-256\u00a0: %1"), value)
            case "counts" if isinstance(value, dict):
                return self.counts(value)
            case "tasks" if isinstance(value, list):
                text = QT_TRANSLATE_NOOP("labels", "tâches pour\u00a0: %1")
                return say(text, _names(value)) if value else ""
            case "not_run" if isinstance(value, list):
                text = QT_TRANSLATE_NOOP("labels", "non exécutées (annulation)\u00a0: %1")
                return say(text, _names(value)) if value else ""
            case "remaining" if isinstance(value, dict):
                if not value:
                    return self.tr(QT_TRANSLATE_NOOP("labels", "rien ne reste"))
                parts = ", ".join(
                    f"{code_word(REMAINING, str(k), self.tr)} × {v}" for k, v in value.items()
                )
                return say(QT_TRANSLATE_NOOP("labels", "reste\u00a0: %1"), parts)
            case "unverified_sources" if isinstance(value, list):
                text = QT_TRANSLATE_NOOP("labels", "non vérifiées\u00a0: %1")
                return say(text, _names(value)) if value else ""
            case "email":
                text = QT_TRANSLATE_NOOP("labels", "avec un e-mail préparé")
                return self.tr(text) if value else ""
            case "removed":
                return say(QT_TRANSLATE_NOOP("labels", "entrées retirées\u00a0: %1"), value)
            case "due_since":
                return say(QT_TRANSLATE_NOOP("labels", "à purger depuis le %1"), self.day(value))
            case "suppression" if isinstance(value, dict):
                text = QT_TRANSLATE_NOOP("labels", "liste d’opposition jusqu’au %1")
                return say(text, self.day(value.get("expires_on", "")))
            case "restriction_lift" if isinstance(value, dict):
                text = QT_TRANSLATE_NOOP("labels", "levée de la limitation annoncée pour le %1")
                return say(text, self.day(value.get("on", "")))
        return say(QT_TRANSLATE_NOOP("labels", "%1\u00a0: %2"), key, value)

    def counts(self, counts: dict) -> str:
        """An execution's plan (source → action → records) or a purge's counts (what → number)."""
        pair = QT_TRANSLATE_NOOP("labels", "%1\u00a0: %2")
        if all(isinstance(v, dict) for v in counts.values()):
            return self.separator.join(
                self.say(
                    pair,
                    source,
                    ", ".join(plan_action_count(a, n, self.tr) for a, n in actions.items()),
                )
                for source, actions in counts.items()
            )
        return ", ".join(
            self.say(pair, code_word(COUNTED, str(k), self.tr), v) for k, v in counts.items()
        )

    def source_result(self, source: str, result: object) -> str:
        """The proof of a source's changes: counts, and in the case file the SHA-256 before
        and after, in full."""
        if not isinstance(result, dict):
            return self.say(QT_TRANSLATE_NOOP("labels", "%1\u00a0: %2"), source, result)
        if result.get("status") != "applied":
            text = QT_TRANSLATE_NOOP("labels", "%1\u00a0: en échec, rien n’a été modifié")
            return self.say(text, source)
        before, after = result.get("before") or {}, result.get("after") or {}
        written = result.get("statements", 0)
        if self.brief:
            text = QT_TRANSLATE_NOOP(
                "labels",
                "%1\u00a0: appliqué, %2 écriture(s), avant %3 ligne(s) → après %4 ligne(s)",
            )
            return self.say(
                text, source, written, before.get("count", "?"), after.get("count", "?")
            )
        text = QT_TRANSLATE_NOOP(
            "labels",
            "%1\u00a0: appliqué, %2 écriture(s), avant %3 ligne(s) (SHA-256 %4), "
            "après %5 ligne(s) (SHA-256 %6)",
        )
        return self.say(
            text,
            source,
            written,
            before.get("count", "?"),
            before.get("sha256", "?"),
            after.get("count", "?"),
            after.get("sha256", "?"),
        )


def _is_day(value: object) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _named(value: object, sources: Mapping[str, str]) -> object:
    if isinstance(value, dict):
        return {sources.get(str(k), k): v for k, v in value.items()}
    if isinstance(value, list):
        return [sources.get(str(v), v) for v in value]
    return sources.get(str(value), value)


def _names(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
