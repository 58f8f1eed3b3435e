<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Annuler</source>
        <extracomment>The field of InvalidInput.problems that carries a step&apos;s date.</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActivitiesTableModel</name>
    <message>
        <source>Traitement</source>
        <extracomment>Returns the Activity of a row, whatever proxy sits between the view and this model. What sorting compares (numbers as numbers, text without accents). The text the filter searches: names, purposes, basis, categories, retention.</extracomment>
        <translation>Processing activity</translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Alerte</source>
        <extracomment>Returns the Alert of a row.</extracomment>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>J-2</source>
        <translation>D-2</translation>
    </message>
    <message>
        <source>Limite de prolongation</source>
        <translation>Last day to extend</translation>
    </message>
    <message>
        <source>J-7</source>
        <translation>D-7</translation>
    </message>
    <message>
        <source>Tâche en retard</source>
        <translation>Task late</translation>
    </message>
    <message>
        <source>Relance due</source>
        <translation>Reminder due</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>A&amp;lertes</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Ac&amp;tualiser</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <source>Actualiser les alertes</source>
        <translation>Refresh the alerts</translation>
    </message>
    <message>
        <source>Alertes du jour</source>
        <translation>Today’s alerts</translation>
    </message>
    <message>
        <source>Aucune alerte aujourd’hui.</source>
        <translation>No alerts today.</translation>
    </message>
    <message numerus="yes">
        <source>Vérifiées à %1&#xa0;: %n alerte(s)</source>
        <translation>
            <numerusform>Checked at %1: %n alert</numerusform>
            <numerusform>Checked at %1: %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Alertes non mises à jour&#xa0;: %1</source>
        <translation>Alerts not updated: %1</translation>
    </message>
</context>
<context>
    <name>AnnounceLiftDialog</name>
    <message>
        <source>Annoncer la levée de la limitation</source>
        <translation>Announce the lifting of the restriction</translation>
    </message>
    <message>
        <source>&amp;Annoncer</source>
        <translation>&amp;Announce</translation>
    </message>
    <message>
        <source>La personne doit être informée avant la levée (art. 18(3) RGPD)&#xa0;: après l’annonce, produire le courrier de levée, l’envoyer, puis lever la limitation à la date annoncée.</source>
        <translation>The person must be told before the lifting (Art. 18(3) GDPR): after the announcement, produce the lifting letter, send it, then lift the restriction on the announced date.</translation>
    </message>
    <message>
        <source>Levée le</source>
        <translation>Lifted on</translation>
    </message>
    <message>
        <source>&amp;Levée le&#xa0;:</source>
        <translation>&amp;Lifted on:</translation>
    </message>
    <message>
        <source>Motifs</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Par exemple&#xa0;: exactitude des données vérifiée</source>
        <translation>For example: accuracy of the data checked</translation>
    </message>
    <message>
        <source>&amp;Motifs (obligatoire)&#xa0;:</source>
        <translation>&amp;Reasons (required):</translation>
    </message>
</context>
<context>
    <name>AnswersProduction</name>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Document à produire</source>
        <translation>Document to produce</translation>
    </message>
    <message>
        <source>Document à produ&amp;ire&#xa0;:</source>
        <translation>Document to pro&amp;duce:</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Langue&#xa0;:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Chi&amp;ffrer (AES-256)</source>
        <translation>En&amp;crypt (AES-256)</translation>
    </message>
    <message>
        <source>Chiffrer (AES-256)</source>
        <translation>Encrypt (AES-256)</translation>
    </message>
    <message>
        <source>PDF ou archive zip chiffrés en AES-256&#xa0;; le mot de passe est affiché une seule fois, à communiquer par un autre moyen.</source>
        <translation>PDF or zip archive encrypted with AES-256; the password is shown once, to be sent by another channel.</translation>
    </message>
    <message>
        <source>&amp;Modifier le texte…</source>
        <translation>Edit the &amp;wording…</translation>
    </message>
    <message>
        <source>Produire</source>
        <translation>Produce</translation>
    </message>
    <message>
        <source>Produire le document (%1)</source>
        <translation>Produce the document (%1)</translation>
    </message>
    <message>
        <source>Dossier &amp;juridique…</source>
        <translation>Legal case &amp;file…</translation>
    </message>
    <message>
        <source>Un PDF pour le service juridique&#xa0;: résumé, chronologie, délai, décisions, documents envoyés et journal de la demande.</source>
        <translation>A PDF for the legal team: summary, timeline, deadline, decisions, documents sent and the request&apos;s journal.</translation>
    </message>
    <message>
        <source>Production de «&#xa0;%1&#xa0;»…</source>
        <translation>Producing “%1”…</translation>
    </message>
    <message>
        <source>Produit&#xa0;: %1 (dans %2).</source>
        <translation>Produced: %1 (in %2).</translation>
    </message>
    <message>
        <source>%1 donnée(s) d’autres personnes masquée(s).</source>
        <translation>%1 item(s) of other people’s data masked.</translation>
    </message>
    <message>
        <source>Texte modifié, utilisé pour la prochaine production.</source>
        <translation>Edited wording, used for the next production.</translation>
    </message>
    <message>
        <source>Texte du modèle&#xa0;; une modification est gardée dans la demande&#xa0;: «&#xa0;Modifier le texte…&#xa0;» la reprend.</source>
        <translation>Template wording; an edit is kept in the request: “Edit the wording…” brings it back.</translation>
    </message>
    <message>
        <source>Texte du modèle.</source>
        <translation>Template wording.</translation>
    </message>
    <message>
        <source>Production du dossier juridique…</source>
        <translation>Producing the legal case file…</translation>
    </message>
    <message>
        <source>Dossier juridique&#xa0;: %1</source>
        <translation>Legal case file: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Base de cas restaurée&#xa0;: %1, %2.</source>
        <translation>Case base restored: %1, %2.</translation>
    </message>
    <message>
        <source>La base remplacée est gardée dans «&#xa0;%1&#xa0;».</source>
        <translation>The replaced base is kept in “%1”.</translation>
    </message>
</context>
<context>
    <name>ApplyPanel</name>
    <message>
        <source>Exécuter…</source>
        <translation>Execute…</translation>
    </message>
    <message>
        <source>Arrêter après ce système</source>
        <translation>Stop after this system</translation>
    </message>
    <message>
        <source>Les systèmes déjà modifiés le restent&#xa0;; les suivants ne sont pas touchés.</source>
        <translation>Systems already changed stay changed; the next ones are not touched.</translation>
    </message>
    <message>
        <source>Vérifier à nouveau</source>
        <translation>Verify again</translation>
    </message>
    <message>
        <source>Rechercher à nouveau les données de la personne (après les tâches)</source>
        <translation>Search the person’s data again (after the tasks)</translation>
    </message>
    <message>
        <source>Progression de l’exécution</source>
        <translation>Execution progress</translation>
    </message>
    <message>
        <source>Demande %1 — %2 (%3), plan n°&#xa0;%4</source>
        <translation>Request %1 — %2 (%3), plan no. %4</translation>
    </message>
    <message>
        <source>%v sur %m étapes</source>
        <translation>%v of %m steps</translation>
    </message>
    <message>
        <source>Exécution en cours…</source>
        <translation>Execution under way…</translation>
    </message>
    <message>
        <source>Arrêt demandé&#xa0;: le système en cours se termine, les suivants ne sont pas modifiés.</source>
        <translation>Stop requested: the current system finishes, the next ones are not changed.</translation>
    </message>
    <message>
        <source>Vérification&#xa0;: nouvelle recherche dans les sources…</source>
        <translation>Verification: searching the sources again…</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Sauvegarde de la base de cas…</source>
        <translation>Backing up the case base…</translation>
    </message>
    <message>
        <source>Sauvegarde avant fermeture…</source>
        <translation>Backing up before closing…</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sauvegarde du jour faite&#xa0;: %1.</source>
        <translation>Today&apos;s backup made: %1.</translation>
    </message>
    <message>
        <source>Sauvegarde du jour impossible&#xa0;: %1</source>
        <translation>Today&apos;s backup could not be made: %1</translation>
    </message>
    <message>
        <source>Sauvegarde faite</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Sauvegarde chiffrée faite&#xa0;: %1
%2, %3, %4.</source>
        <translation>Encrypted backup made: %1
%2, %3, %4.</translation>
    </message>
    <message>
        <source>Sauvegarde du %1 à %2, vérifiée en entier (sceaux, empreintes SHA-256, intégrité, chaîne du journal)&#xa0;: %3, %4, journal jusqu’à l’entrée n° %5.</source>
        <translation>Backup of %1 at %2, checked in full (seals, SHA-256 fingerprints, integrity, audit log chain): %3, %4, audit log up to entry no. %5.</translation>
    </message>
    <message>
        <source>1 demande</source>
        <translation>1 request</translation>
    </message>
    <message>
        <source>%1 demandes</source>
        <translation>%1 requests</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 document</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Sauvegardes OKLIMA DPO (%1)</source>
        <translation>OKLIMA DPO backups (%1)</translation>
    </message>
    <message>
        <source>Une base PostgreSQL se restaure sur son serveur.</source>
        <translation>A PostgreSQL case base is restored on its server.</translation>
    </message>
    <message>
        <source>Vérification de la sauvegarde…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Phrase de passe de récupération</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Cette sauvegarde s’ouvre avec la phrase de passe de récupération en vigueur quand elle a été faite&#xa0;:</source>
        <translation>This backup opens with the recovery passphrase that was in force when it was made:</translation>
    </message>
    <message>
        <source>La restaurer remplace la base de cas actuelle, qui est gardée à côté («&#xa0;avant-restauration-…&#xa0;»). Le programme se ferme, restaure, puis se rouvre sur la base restaurée.</source>
        <translation>Restoring it replaces the current case base, which is kept beside it (“avant-restauration-…”). The program closes, restores, then opens again on the restored base.</translation>
    </message>
    <message>
        <source>⚠ Cette sauvegarde est celle d’une autre base de cas que celle ouverte ici (un autre poste, ou la base vide d’une première ouverture).</source>
        <translation>⚠ This backup is of another case base than the one open here (another computer, or the empty base of a first start).</translation>
    </message>
    <message>
        <source>&amp;Restaurer</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Accuser réception</source>
        <translation>Acknowledge receipt</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l’accusé de réception</source>
        <translation>&amp;Record acknowledgement</translation>
    </message>
    <message>
        <source>L’accusé de réception confirme à la personne que sa demande est prise en compte.</source>
        <translation>The acknowledgement confirms to the data subject that their request is being dealt with.</translation>
    </message>
    <message>
        <source>&amp;Envoyé le&#xa0;:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>Demander des informations</source>
        <translation>Request information</translation>
    </message>
    <message>
        <source>&amp;Demander</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>Le délai est suspendu du jour de la demande jusqu’à la réception de la réponse.</source>
        <translation>The time limit is suspended from the day of the request until the answer is received.</translation>
    </message>
    <message>
        <source>&amp;Demandées le&#xa0;:</source>
        <translation>Requested &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Informations demandées&#xa0;:</source>
        <translation>&amp;Information requested:</translation>
    </message>
    <message>
        <source>Ce qui manque pour identifier la personne ou comprendre la demande</source>
        <translation>What is missing to identify the data subject or to understand the request</translation>
    </message>
    <message>
        <source>Informations reçues</source>
        <translation>Information received</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la réception</source>
        <translation>&amp;Record receipt</translation>
    </message>
    <message>
        <source>Le délai repart à la date de réception de la réponse.</source>
        <translation>The time limit starts running again on the date the answer is received.</translation>
    </message>
    <message>
        <source>&amp;Reçues le&#xa0;:</source>
        <translation>Re&amp;ceived on:</translation>
    </message>
    <message>
        <source>&amp;Note&#xa0;:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Identité vérifiée</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la vérification</source>
        <translation>&amp;Record verification</translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Méthode&#xa0;:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>M&amp;andat du représentant vérifié</source>
        <translation>Representative’s m&amp;andate checked</translation>
    </message>
    <message>
        <source>&amp;Vérifiée le&#xa0;:</source>
        <translation>&amp;Verified on:</translation>
    </message>
    <message>
        <source>Dire comment l’identité a été établie&#xa0;: le moyen le moins intrusif qui lève un doute raisonnable (RGPD art. 12(6)). Ne conserver aucune copie de pièce d’identité.</source>
        <translation>Say how the identity was established: the least intrusive means that removes a reasonable doubt (GDPR Art. 12(6)). Keep no copy of an identity document.</translation>
    </message>
    <message>
        <source>Par exemple&#xa0;: numéro client et e-mail connus concordants</source>
        <translation>For example: customer number and email match those on file</translation>
    </message>
    <message>
        <source>Réponse envoyée</source>
        <translation>Response sent</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l’envoi</source>
        <translation>&amp;Record dispatch</translation>
    </message>
    <message>
        <source>&amp;Envoyée le&#xa0;:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>&amp;Moyen d’envoi&#xa0;:</source>
        <translation>Sent &amp;via:</translation>
    </message>
    <message>
        <source>Clôturer la demande</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <source>&amp;Clôturer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Clôturée le&#xa0;:</source>
        <translation>Closed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Motif&#xa0;:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Demande retirée</source>
        <translation>Request withdrawn</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le retrait</source>
        <translation>&amp;Record withdrawal</translation>
    </message>
    <message>
        <source>La personne a retiré sa demande.</source>
        <translation>The data subject has withdrawn their request.</translation>
    </message>
    <message>
        <source>&amp;Retirée le&#xa0;:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <source>&amp;Précisions&#xa0;:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Rouvrir la demande</source>
        <translation>Reopen the request</translation>
    </message>
    <message>
        <source>&amp;Rouvrir</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>&amp;Rouverte le&#xa0;:</source>
        <translation>Reopened &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Raison (obligatoire)&#xa0;:</source>
        <translation>Rea&amp;son (required):</translation>
    </message>
    <message>
        <source>Ajouter une note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>&amp;Ajouter la note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>Attribuer la demande</source>
        <translation>Assign the request</translation>
    </message>
    <message>
        <source>&amp;Attribuer</source>
        <translation>Assi&amp;gn</translation>
    </message>
    <message>
        <source>Laisser vide pour ne l’attribuer à personne.</source>
        <translation>Leave blank to assign it to no one.</translation>
    </message>
    <message>
        <source>&amp;Chargé(e) de la demande&#xa0;:</source>
        <translation>&amp;Assignee:</translation>
    </message>
    <message>
        <source>Passer outre un avertissement</source>
        <translation>Override a warning</translation>
    </message>
    <message>
        <source>&amp;Passer outre</source>
        <translation>&amp;Override</translation>
    </message>
    <message>
        <source>Dire pourquoi cet avertissement ne s’applique pas à cette demande&#xa0;: la raison est journalisée et figure au dossier juridique.</source>
        <translation>Say why this warning does not apply to this request: the reason is journaled and appears in the legal case file.</translation>
    </message>
</context>
<context>
    <name>CaseDataTab</name>
    <message>
        <source>État des sources</source>
        <translation>State of the sources</translation>
    </message>
    <message>
        <source>Données trouvées</source>
        <translation>Data found</translation>
    </message>
    <message>
        <source>Recherche en cours dans les sources…</source>
        <translation>Searching the sources…</translation>
    </message>
    <message>
        <source>Annulation demandée…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>1 enregistrement trouvé</source>
        <translation>1 record found</translation>
    </message>
    <message>
        <source>%1 enregistrements trouvés</source>
        <translation>%1 records found</translation>
    </message>
    <message>
        <source>, %1 inclus.</source>
        <translation>, %1 included.</translation>
    </message>
    <message>
        <source>Écarté&#xa0;: %1</source>
        <translation>Excluded: %1</translation>
    </message>
    <message>
        <source>Aucune recherche dans les sources pour cette demande.</source>
        <translation>The sources have not been searched for this request.</translation>
    </message>
    <message>
        <source>&amp;Rechercher dans les sources</source>
        <translation>&amp;Search the sources</translation>
    </message>
    <message>
        <source>Ctrl+Maj+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>A&amp;nnuler la recherche</source>
        <translation>Ca&amp;ncel the search</translation>
    </message>
    <message>
        <source>Réessa&amp;yer cette source</source>
        <translation>Retr&amp;y this source</translation>
    </message>
    <message>
        <source>É&amp;carter cette source…</source>
        <translation>S&amp;kip this source…</translation>
    </message>
    <message>
        <source>Réponse &amp;manuelle…</source>
        <translation>&amp;Manual answer…</translation>
    </message>
    <message>
        <source>Enre&amp;gistrer la revue</source>
        <translation>Sa&amp;ve the review</translation>
    </message>
    <message>
        <source>Revue incomplète</source>
        <translation>Incomplete review</translation>
    </message>
    <message>
        <source>Des sources n’ont pas répondu&#xa0;:
%1

Enregistrer la revue quand même&#xa0;? Aucune donnée ne pourra être communiquée tant qu’elle n’est pas complète (relancer, ou écarter chaque source avec une raison).</source>
        <translation>Some sources have not answered:
%1

Save the review all the same? No data can be disclosed until it is complete (ask again, or skip each source with a reason).</translation>
    </message>
    <message>
        <source>Données incomplètes (%1).</source>
        <translation>Data incomplete (%1).</translation>
    </message>
    <message>
        <source>⚠ %1 au-delà de leur durée de conservation.</source>
        <translation>⚠ %1 beyond their retention period.</translation>
    </message>
    <message>
        <source>Revue enregistrée le %1 (SHA-256 %2…).</source>
        <translation>Review saved on %1 (SHA-256 %2…).</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Droits exercés&#xa0;:</source>
        <translation>Rights exercised:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Statut&#xa0;: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Statut&#xa0;: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reçue le %1 à %2 %3</source>
        <translation>Received on %1 at %2 %3</translation>
    </message>
    <message>
        <source>attribuée à %1</source>
        <translation>assigned to %1</translation>
    </message>
    <message>
        <source>non attribuée</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>Représentée par %1</source>
        <translation>Represented by %1</translation>
    </message>
    <message>
        <source>mandat&#xa0;: %1</source>
        <translation>mandate: %1</translation>
    </message>
    <message>
        <source>à décider</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <source>%1 (%2)&#xa0;: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>fondement&#xa0;: %1</source>
        <translation>legal ground: %1</translation>
    </message>
</context>
<context>
    <name>CaseStepsBox</name>
    <message>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>&amp;Accuser réception…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>Demander des &amp;informations…</source>
        <translation>Request &amp;information…</translation>
    </message>
    <message>
        <source>Informations &amp;reçues…</source>
        <translation>Information &amp;received…</translation>
    </message>
    <message>
        <source>Identité &amp;vérifiée…</source>
        <translation>Identity &amp;verified…</translation>
    </message>
    <message>
        <source>&amp;Prolonger le délai…</source>
        <translation>&amp;Extend the deadline…</translation>
    </message>
    <message>
        <source>&amp;Décider…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>Réponse &amp;envoyée…</source>
        <translation>Response &amp;sent…</translation>
    </message>
    <message>
        <source>&amp;Clôturer…</source>
        <translation>&amp;Close…</translation>
    </message>
    <message>
        <source>Demande re&amp;tirée…</source>
        <translation>Request &amp;withdrawn…</translation>
    </message>
    <message>
        <source>R&amp;ouvrir…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>Attri&amp;buer…</source>
        <translation>Assi&amp;gn…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Texte de la demande</source>
        <translation>Request text</translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>Te&amp;xte de la demande</source>
        <translation>Request &amp;text</translation>
    </message>
    <message>
        <source>Demandes &amp;liées</source>
        <translation>&amp;Linked requests</translation>
    </message>
    <message>
        <source>Do&amp;nnées</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <source>Répon&amp;ses</source>
        <translation>An&amp;swers</translation>
    </message>
    <message>
        <source>Ex&amp;écution</source>
        <translation>E&amp;xecution</translation>
    </message>
    <message>
        <source>Doc&amp;uments (%1)</source>
        <translation>Doc&amp;uments (%1)</translation>
    </message>
    <message>
        <source>Demandes &amp;liées (%1)</source>
        <translation>&amp;Linked requests (%1)</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Demande %1 — OKLIMA DPO</source>
        <translation>Request %1 — OKLIMA DPO</translation>
    </message>
</context>
<context>
    <name>CasesTableModel</name>
    <message>
        <source>Référence</source>
        <extracomment>Returns the CaseSummary of a row. What sorting compares: dates as dates, days as numbers.</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Délai</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chargé(e)</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>suspendu</source>
        <extracomment>Runs ``work()`` off the GUI thread and hands its result to ``done`` on the GUI thread.</extracomment>
        <translation>suspended</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Vérifier l’identité…</source>
        <translation>Verify the identity…</translation>
    </message>
    <message>
        <source>Décider…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Aller aux données</source>
        <translation>Go to the data</translation>
    </message>
    <message>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>✓ %1&#xa0;: rien ne s’y oppose.</source>
        <translation>✓ %1: nothing stands in the way.</translation>
    </message>
    <message>
        <source>%1&#xa0;: 1 point à régler.</source>
        <translation>%1: 1 item to settle.</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2 points à régler.</source>
        <translation>%1: %2 items to settle.</translation>
    </message>
    <message>
        <source>Bloquant</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>⚠ Avertissement</source>
        <translation>⚠ Warning</translation>
    </message>
    <message>
        <source>Passer outre…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>Lever cet avertissement en disant pourquoi (la raison est journalisée).</source>
        <translation>Lift this warning by saying why (the reason is journaled).</translation>
    </message>
</context>
<context>
    <name>ConfirmExecutionDialog</name>
    <message>
        <source>Exécuter dans les systèmes</source>
        <translation>Execute in the systems</translation>
    </message>
    <message>
        <source>&amp;Exécuter</source>
        <translation>&amp;Execute</translation>
    </message>
    <message>
        <source>Systèmes concernés et ce qui y sera fait&#xa0;:</source>
        <translation>Systems concerned and what will be done there:</translation>
    </message>
    <message>
        <source>• %1&#xa0;: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Chaque système est modifié en une seule transaction (tout ou rien), puis les données de la personne sont recherchées à nouveau pour vérifier le résultat.</source>
        <translation>Each system is changed in a single transaction (all or nothing), then the person’s data are searched again to verify the result.</translation>
    </message>
    <message>
        <source>Les suppressions et pseudonymisations sont définitives&#xa0;: aucune annulation possible.</source>
        <translation>Deletions and pseudonymisations are final: they cannot be undone.</translation>
    </message>
    <message>
        <source>Référence de la demande, pour confirmer</source>
        <translation>The request’s reference, to confirm</translation>
    </message>
    <message>
        <source>Pour confirmer, saisir la référence %1&#xa0;:</source>
        <translation>To confirm, type the reference %1:</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>Rectification&#xa0;: champs à corriger</source>
        <translation>Rectification: fields to correct</translation>
    </message>
    <message>
        <source>&amp;Préparer le plan</source>
        <translation>&amp;Prepare the plan</translation>
    </message>
    <message>
        <source>Indiquer la nouvelle valeur des seuls champs à corriger&#xa0;; un champ laissé vide n’est pas modifié. Le plan montre ensuite chaque changement (ancienne → nouvelle valeur) avant toute écriture.</source>
        <translation>Enter the new value of the fields to correct only; a field left empty is not changed. The plan then shows each change (old → new value) before anything is written.</translation>
    </message>
    <message>
        <source>actuellement&#xa0;: %1</source>
        <translation>currently: %1</translation>
    </message>
    <message>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>OKLIMA DPO — erreur inattendue</source>
        <translation>OKLIMA DPO — unexpected error</translation>
    </message>
    <message>
        <source>Une erreur inattendue s’est produite. Ce que vous avez saisi et enregistré est conservé. Copiez les détails ci-dessous pour le support informatique.</source>
        <translation>An unexpected error occurred. What you entered and saved has been kept. Copy the details below for IT support.</translation>
    </message>
    <message>
        <source>Détails de l’erreur</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>&amp;Copier les détails</source>
        <translation>&amp;Copy details</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Tableau de bord</source>
        <extracomment>Six figures on one row when they fit (the table keeps room for its ten lines), else two rows of three (125 %, 150 % on a small screen).</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Demandes &amp;ouvertes</source>
        <translation>&amp;Open requests</translation>
    </message>
    <message>
        <source>Échéance sous &amp;7 jours
(retards compris)</source>
        <translation>Due within &amp;7 days
(overdue included)</translation>
    </message>
    <message>
        <source>En &amp;retard</source>
        <translation>Overd&amp;ue</translation>
    </message>
    <message>
        <source>En &amp;attente d’informations</source>
        <translation>Awaiting &amp;information</translation>
    </message>
    <message>
        <source>&amp;Prolongées</source>
        <translation>E&amp;xtended</translation>
    </message>
    <message>
        <source>Ouvrir la file des demandes correspondantes</source>
        <translation>Open the matching requests in the queue</translation>
    </message>
    <message>
        <source>Répondues dans les délais
(12 derniers mois)</source>
        <translation>Answered on time
(last 12 months)</translation>
    </message>
    <message>
        <source>Prochaines échéances</source>
        <translation>Next due dates</translation>
    </message>
    <message>
        <source>Prochaines é&amp;chéances</source>
        <translation>&amp;Next due dates</translation>
    </message>
    <message>
        <source>Aucune demande ouverte&#xa0;: aucune échéance à venir.</source>
        <translation>No open requests: no upcoming due dates.</translation>
    </message>
    <message>
        <source>Tâches des propriétaires en retard</source>
        <translation>Owners&apos; tasks late</translation>
    </message>
    <message>
        <source>&amp;Tâches des propriétaires en retard</source>
        <translation>Owners&apos; &amp;tasks late</translation>
    </message>
    <message>
        <source>Situation au %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Demandes ouvertes&#xa0;: %1</source>
        <translation>Open requests: %1</translation>
    </message>
    <message>
        <source>Demandes à échéance sous 7 jours, retards compris&#xa0;: %1</source>
        <translation>Requests due within 7 days, overdue included: %1</translation>
    </message>
    <message>
        <source>Demandes en retard&#xa0;: %1</source>
        <translation>Overdue requests: %1</translation>
    </message>
    <message>
        <source>Demandes en attente d’informations&#xa0;: %1</source>
        <translation>Requests awaiting information: %1</translation>
    </message>
    <message>
        <source>Demandes prolongées&#xa0;: %1</source>
        <translation>Extended requests: %1</translation>
    </message>
    <message>
        <source>⚠ à traiter</source>
        <translation>⚠ action needed</translation>
    </message>
    <message>
        <source>⚠ Base de cas non chiffrée&#xa0;: aucune sauvegarde n’est faite. La chiffrer (oklima-dpo vault encrypt), puis Fichier → Sauvegarder maintenant.</source>
        <translation>⚠ Case base not encrypted: no backup is made. Encrypt it (oklima-dpo vault encrypt), then File → Back up now.</translation>
    </message>
    <message>
        <source>⚠ Aucune sauvegarde n’a encore été faite&#xa0;: Fichier → Sauvegarder maintenant (Ctrl+Maj+S).</source>
        <translation>⚠ No backup has been made yet: File → Back up now (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Dernière sauvegarde&#xa0;: le %1 à %2.</source>
        <translation>Last backup: %1 at %2.</translation>
    </message>
    <message>
        <source>Elle a plus d’un jour</source>
        <translation>It is more than a day old</translation>
    </message>
    <message>
        <source>Elle a plus de %1 jours</source>
        <translation>It is more than %1 days old</translation>
    </message>
    <message>
        <source>&#xa0;: Fichier → Sauvegarder maintenant (Ctrl+Maj+S).</source>
        <translation>: File → Back up now (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>%1 jour</source>
        <translation>%1 day</translation>
    </message>
    <message>
        <source>%1 jours</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 — tâche n°&#xa0;%2 «&#xa0;%3&#xa0;» (%4)&#xa0;: attendue le %5, en retard de %6</source>
        <translation>%1 — task no.&#xa0;%2 “%3” (%4): due on %5, %6 late</translation>
    </message>
    <message>
        <source>Aucune réponse envoyée</source>
        <translation>No responses sent</translation>
    </message>
    <message>
        <source>%1&#xa0;%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 sur %2 réponses</source>
        <translation>%1 of %2 responses</translation>
    </message>
    <message>
        <source>Réponses dans les délais sur 12 mois&#xa0;: %1 (%2)</source>
        <translation>Responses on time over the last 12 months: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>demande %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>Échéance provisoire</source>
        <translation>Provisional due date</translation>
    </message>
    <message>
        <source>délai suspendu</source>
        <translation>time limit suspended</translation>
    </message>
    <message>
        <source>Échéance prolongée</source>
        <translation>Extended due date</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Calcul du délai&#xa0;: %1</source>
        <translation>Deadline calculation: %1</translation>
    </message>
    <message>
        <source>Si prolongé&#xa0;: %1</source>
        <translation>If extended: %1</translation>
    </message>
    <message>
        <source>Premier délai&#xa0;: %1</source>
        <translation>First deadline: %1</translation>
    </message>
    <message>
        <source>Prolongation possible jusqu’au %1 (nouvelle échéance&#xa0;: %2)</source>
        <translation>Extension possible until %1 (new due date: %2)</translation>
    </message>
    <message>
        <source>J-%1</source>
        <translation>D-%1</translation>
    </message>
    <message>
        <source>aujourd’hui</source>
        <translation>today</translation>
    </message>
    <message>
        <source>en retard de %1&#xa0;j</source>
        <translation>%1 d overdue</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)</source>
        <translation>Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)</translation>
    </message>
    <message>
        <source> jour</source>
        <translation> day</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <source>L’Alsace-Moselle ajoute en %1&#xa0;: %2. Changer de calendrier recalcule, à l’enregistrement, les échéances des demandes en cours.</source>
        <translation>In %1, Alsace-Moselle adds: %2. Changing the calendar recalculates, on saving, the due dates of open requests.</translation>
    </message>
    <message>
        <source>Exemple&#xa0;: reçue le %1, informations demandées le %2 et reçues le %3 → échéance le %4 (sans suspension&#xa0;: %5).</source>
        <translation>Example: received on %1, information requested on %2 and received on %3 → due on %4 (without suspension: %5).</translation>
    </message>
    <message>
        <source>Exemple&#xa0;: échéance prolongée le %1 — %2.</source>
        <translation>Example: extended due date %1 — %2.</translation>
    </message>
    <message>
        <source>Exemple&#xa0;: informations demandées le %1, sans réponse → relance le %2.</source>
        <translation>Example: information requested on %1, no answer → reminder on %2.</translation>
    </message>
    <message>
        <source>Exemple&#xa0;: tâche ouverte le %1 (archives papier, fichier…) → réponse attendue le %2&#xa0;; au-delà, elle est signalée en retard et un rappel est proposé.</source>
        <translation>Example: task opened on %1 (paper archives, a file…) → answer due on %2; after that it is reported late and a reminder is offered.</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Décider</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la décision</source>
        <translation>&amp;Save decision</translation>
    </message>
    <message>
        <source>Droit</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>à décider</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>&amp;Droit&#xa0;:</source>
        <translation>&amp;Right:</translation>
    </message>
    <message>
        <source>&amp;Accordé</source>
        <translation>&amp;Granted</translation>
    </message>
    <message>
        <source>&amp;Partiellement accordé</source>
        <translation>&amp;Partially granted</translation>
    </message>
    <message>
        <source>&amp;Refusé</source>
        <translation>Re&amp;fused</translation>
    </message>
    <message>
        <source>Décision&#xa0;:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Fondement juridique</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Par exemple&#xa0;: art. 17(3)(b) RGPD — factures conservées dix ans (Code de commerce, art. L123-22)</source>
        <translation>For example: Art. 17(3)(b) GDPR — invoices kept for ten years (French Commercial Code, Art. L123-22)</translation>
    </message>
    <message>
        <source>&amp;Fondement juridique (facultatif)&#xa0;:</source>
        <translation>&amp;Legal ground (optional):</translation>
    </message>
    <message>
        <source>&amp;Fondement juridique (obligatoire)&#xa0;:</source>
        <translation>&amp;Legal ground (required):</translation>
    </message>
</context>
<context>
    <name>DocumentOpener</name>
    <message>
        <source>Enregistrer une copie de «&#xa0;%1&#xa0;»</source>
        <translation>Save a copy of “%1”</translation>
    </message>
    <message>
        <source>Copie enregistrée en clair&#xa0;: %1</source>
        <translation>Copy saved unencrypted: %1</translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <source>Document — %1</source>
        <translation>Document — %1</translation>
    </message>
    <message>
        <source>SHA-256&#xa0;: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Écrire ce document en clair dans un fichier choisi (un envoi)</source>
        <translation>Write this document unencrypted to a file of your choice (a delivery)</translation>
    </message>
    <message>
        <source>Ce type de fichier ne s’affiche pas dans le programme&#xa0;: en enregistrer une copie pour l’ouvrir avec un autre logiciel.</source>
        <translation>This type of file cannot be shown in the program: save a copy to open it with other software.</translation>
    </message>
    <message>
        <source>Image du document</source>
        <translation>Image of the document</translation>
    </message>
    <message>
        <source>Texte du document</source>
        <translation>Text of the document</translation>
    </message>
    <message>
        <source>De&#xa0;:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>À&#xa0;:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Copie&#xa0;:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date&#xa0;:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Objet&#xa0;:</source>
        <translation>Subject:</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Ajouté le</source>
        <translation>Added on</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Lire</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Lire le document dans le programme (Entrée)</source>
        <translation>Read the document in the program (Enter)</translation>
    </message>
    <message>
        <source>Enregistrer une copie sous…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <source>Écrire le document en clair dans un fichier choisi (un envoi)</source>
        <translation>Write the document unencrypted to a file of your choice (a delivery)</translation>
    </message>
</context>
<context>
    <name>ExecutionTexts</name>
    <message>
        <source>La demande ne porte sur aucun droit à exécuter dans les systèmes.</source>
        <translation>The request asks for no right carried out in the systems.</translation>
    </message>
    <message>
        <source>Retrait du consentement&#xa0;: inscrire la personne sur la liste d’opposition&#xa0;; les sources qui servent un traitement fondé sur le consentement sont indiquées, une tâche est ouverte pour celles que le programme ne peut pas modifier.</source>
        <translation>Withdrawal of consent: add the person to the objection list; the sources serving a consent-based processing are shown, a task is opened for those the program cannot change.</translation>
    </message>
    <message>
        <source>Aucun plan pour ce droit&#xa0;: «&#xa0;Préparer le plan&#xa0;» montre ce qui serait fait dans chaque système, sans rien modifier.</source>
        <translation>No plan for this right: “Prepare the plan” shows what would be done in each system, without changing anything.</translation>
    </message>
    <message>
        <source>Plan n°&#xa0;%1 du %2 (SHA-256 %3…)&#xa0;: %4.</source>
        <translation>Plan no. %1 of %2 (SHA-256 %3…): %4.</translation>
    </message>
    <message>
        <source>Aperçu&#xa0;: %1.</source>
        <translation>Preview: %1.</translation>
    </message>
    <message>
        <source>Limitation levée.</source>
        <translation>Restriction lifted.</translation>
    </message>
    <message>
        <source>Vérification impossible&#xa0;: %1</source>
        <translation>Verification impossible: %1</translation>
    </message>
    <message>
        <source>Vérifié&#xa0;: une nouvelle recherche confirme le plan.</source>
        <translation>Verified: a new search confirms the plan.</translation>
    </message>
    <message>
        <source>Échec&#xa0;: aucun système n’a pu être modifié.</source>
        <translation>Failed: no system could be changed.</translation>
    </message>
    <message>
        <source>Appliqué en partie&#xa0;: voir ce qui reste ci-dessous.</source>
        <translation>Partly applied: see what remains below.</translation>
    </message>
    <message>
        <source>Reste&#xa0;: %1.</source>
        <translation>Remaining: %1.</translation>
    </message>
    <message>
        <source>Systèmes en échec&#xa0;: %1.</source>
        <translation>Systems that failed: %1.</translation>
    </message>
    <message>
        <source>Non vérifiés (source injoignable)&#xa0;: %1.</source>
        <translation>Not verified (source unreachable): %1.</translation>
    </message>
    <message>
        <source>Inscrit sur la liste d’opposition à la prospection jusqu’au %1&#xa0;: %2 identifiant(s) (%3), dont %4 déjà inscrit(s).</source>
        <translation>On the marketing objection list until %1: %2 identifier(s) (%3), %4 of them already listed.</translation>
    </message>
    <message>
        <source>Aucune source ne sert un traitement fondé sur le consentement.</source>
        <translation>No source serves a consent-based processing.</translation>
    </message>
    <message>
        <source>%1&#xa0;: marque posée par l’exécution (%2)</source>
        <translation>%1: mark set by the execution (%2)</translation>
    </message>
    <message>
        <source>%1&#xa0;: tâche n°&#xa0;%2 pour son propriétaire</source>
        <translation>%1: task no. %2 for its owner</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Prolonger le délai</source>
        <translation>Extend the deadline</translation>
    </message>
    <message>
        <source>&amp;Prolonger le délai</source>
        <translation>&amp;Extend the deadline</translation>
    </message>
    <message>
        <source>Prolongation de deux mois (art. 12(3) RGPD), possible une seule fois, lorsque la demande est complexe ou que les demandes sont nombreuses.</source>
        <translation>Extension by two months (Art. 12(3) GDPR), possible only once, where the request is complex or the requests are numerous.</translation>
    </message>
    <message>
        <source>&amp;Décidée le&#xa0;:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>&amp;Raisons (obligatoire)&#xa0;:</source>
        <translation>&amp;Reasons (required):</translation>
    </message>
    <message>
        <source>Raisons communiquées à la personne</source>
        <translation>Reasons given to the data subject</translation>
    </message>
    <message>
        <source>Nouvelle échéance&#xa0;: %1</source>
        <translation>New due date: %1</translation>
    </message>
    <message>
        <source>La personne doit être informée de la prolongation et de ses raisons avant l’expiration du premier délai, le %1.</source>
        <translation>The data subject must be informed of the extension and of the reasons for it before the first deadline expires, on %1.</translation>
    </message>
</context>
<context>
    <name>FindingsTreeModel</name>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Valeur / rattachement</source>
        <translation>Value / match</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Changement</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 (1 enregistrement)</source>
        <translation>%1 (1 record)</translation>
    </message>
    <message>
        <source>%1 (%2 enregistrements)</source>
        <translation>%1 (%2 records)</translation>
    </message>
    <message>
        <source>inclus par le DPO</source>
        <translation>included by the DPO</translation>
    </message>
    <message>
        <source>écarté&#xa0;: %1</source>
        <translation>excluded: %1</translation>
    </message>
    <message>
        <source>opposé à la prospection</source>
        <translation>objected to marketing</translation>
    </message>
    <message>
        <source>La personne s’est opposée à la prospection (liste d’opposition)&#xa0;: ne plus l’utiliser pour la prospection.</source>
        <translation>The person objected to marketing (objection list): no longer use them for marketing.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>OKLIMA DPO — base de cas chiffrée</source>
        <translation>OKLIMA DPO — encrypted case base</translation>
    </message>
    <message>
        <source>La base de cas n’est pas chiffrée&#xa0;: ce qu’elle contient se lit sans clé sur le disque. Chiffrée (AES-256), sa clé est gardée par le trousseau du système pour votre session&#xa0;: le programme s’ouvre sans rien demander. Sur un autre poste ou un autre compte, ou pour restaurer une sauvegarde, il faut la phrase de passe de récupération ci-dessous.</source>
        <translation>The case base is not encrypted: what it holds can be read on the disk without a key. Encrypted (AES-256), its key is kept by the system&apos;s keyring for your session: the program opens without asking anything. On another computer or account, or to restore a backup, the recovery passphrase below is needed.</translation>
    </message>
    <message>
        <source>Première ouverture&#xa0;: la base de cas est créée chiffrée (AES-256). Sa clé est gardée par le trousseau du système pour votre session&#xa0;: le programme s’ouvre sans rien demander. Sur un autre poste ou un autre compte, ou pour restaurer une sauvegarde, il faut la phrase de passe de récupération ci-dessous.</source>
        <translation>First start: the case base is created encrypted (AES-256). Its key is kept by the system&apos;s keyring for your session: the program opens without asking anything. On another computer or account, or to restore a backup, the recovery passphrase below is needed.</translation>
    </message>
    <message>
        <source>Phrase de passe de récupération</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Elle n’est affichée qu’une fois. La noter sur papier (ou imprimer la feuille de récupération) et la garder sous clé, loin de l’ordinateur&#xa0;; jamais dans un fichier à côté de la base ni par courriel.</source>
        <translation>It is shown only once. Write it down on paper (or print the recovery sheet) and keep it locked away, far from the computer; never in a file beside the base, never by e-mail.</translation>
    </message>
    <message>
        <source>Enregistrer la &amp;feuille de récupération (PDF)…</source>
        <translation>Save the recovery &amp;sheet (PDF)…</translation>
    </message>
    <message>
        <source>J’ai &amp;noté la phrase de passe et je la garde en lieu sûr</source>
        <translation>I have &amp;noted the passphrase and keep it in a safe place</translation>
    </message>
    <message>
        <source>&amp;Chiffrer la base</source>
        <translation>&amp;Encrypt the base</translation>
    </message>
    <message>
        <source>&amp;Créer la base chiffrée</source>
        <translation>&amp;Create the encrypted base</translation>
    </message>
    <message>
        <source>Plus &amp;tard</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Feuille de récupération</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>feuille-de-recuperation-oklima-dpo.pdf</source>
        <translation>oklima-dpo-recovery-sheet.pdf</translation>
    </message>
    <message>
        <source>Feuille enregistrée&#xa0;: %1. L’imprimer, puis effacer le fichier&#xa0;: une phrase de passe ne se garde pas sur l’ordinateur.</source>
        <translation>Sheet saved: %1. Print it, then delete the file: a passphrase is not kept on the computer.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Request views</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Référence DR-…</source>
        <translation>Reference DR-…</translation>
    </message>
    <message>
        <source>Filtrer par référence</source>
        <translation>Filter by reference</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Filtrer par utilisateur</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>Filtrer par action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Jusqu’au</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>&amp;Filtrer</source>
        <translation>Fil&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Vérifier la chaîne</source>
        <translation>Verify the &amp;chain</translation>
    </message>
    <message>
        <source>Journal d’audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Verifying…</translation>
    </message>
    <message numerus="yes">
        <source>Journal intact&#xa0;: %n entrée(s) vérifiée(s).</source>
        <translation>
            <numerusform>Log intact: %n entry verified.</numerusform>
            <numerusform>Log intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal altéré&#xa0;: %1.</source>
        <translation>Log altered: %1.</translation>
    </message>
</context>
<context>
    <name>KeepingPage</name>
    <message>
        <source>Vide&#xa0;: le dossier par défaut du programme, %1.</source>
        <translation>Empty: the program’s default folder, %1.</translation>
    </message>
    <message>
        <source>Vide&#xa0;: le dossier par défaut du programme.</source>
        <translation>Empty: the program’s default folder.</translation>
    </message>
    <message>
        <source> an</source>
        <translation> year</translation>
    </message>
    <message>
        <source> ans</source>
        <translation> years</translation>
    </message>
    <message>
        <source> jour</source>
        <translation> day</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <source> sauvegarde</source>
        <translation> backup</translation>
    </message>
    <message>
        <source> sauvegardes</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Dossier d’export</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OKLIMA DPO</source>
        <translation>OKLIMA DPO</translation>
    </message>
    <message>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Tableau de &amp;bord</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Demandes</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <source>&amp;Registre</source>
        <translation>Record of &amp;processing</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>Audit &amp;log</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nouvelle demande…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>&amp;Réglages…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>E&amp;xporter le registre des demandes…</source>
        <translation>E&amp;xport the register of requests…</translation>
    </message>
    <message>
        <source>&amp;Purger les données échues…</source>
        <translation>&amp;Purge data past their time…</translation>
    </message>
    <message>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Res&amp;taurer une sauvegarde…</source>
        <translation>Res&amp;tore a backup…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>De&amp;mande</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la demande sélectionnée</source>
        <translation>&amp;Open selected request</translation>
    </message>
    <message>
        <source>&amp;Rechercher…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Ac&amp;tualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Alertes</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À &amp;propos d’OKLIMA DPO</source>
        <translation>&amp;About OKLIMA DPO</translation>
    </message>
    <message>
        <source>Ctrl+N&#xa0;: nouvelle demande
Ctrl+F&#xa0;: rechercher
Entrée ou Ctrl+O&#xa0;: ouvrir la demande sélectionnée
F5&#xa0;: actualiser
Ctrl+1 à Ctrl+4&#xa0;: tableau de bord, demandes, registre, journal
Ctrl+Maj+A&#xa0;: alertes
Ctrl+,&#xa0;: réglages
Ctrl+Maj+S&#xa0;: sauvegarder maintenant
Ctrl+W&#xa0;: fermer une demande
Ctrl+Q&#xa0;: quitter</source>
        <translation>Ctrl+N: new request
Ctrl+F: search
Enter or Ctrl+O: open the selected request
F5: refresh
Ctrl+1 to Ctrl+4: dashboard, requests, record of processing, audit log
Ctrl+Shift+A: alerts
Ctrl+,: settings
Ctrl+Shift+S: back up now
Ctrl+W: close a request
Ctrl+Q: quit</translation>
    </message>
    <message>
        <source>Base de cas&#xa0;: %1</source>
        <translation>Case base: %1</translation>
    </message>
    <message>
        <source>OKLIMA DPO — DÉMONSTRATION (personnes fictives)</source>
        <translation>OKLIMA DPO — DEMONSTRATION (fictitious people)</translation>
    </message>
    <message>
        <source>Démonstration&#xa0;: personnes fictives, rien n’est réel</source>
        <translation>Demonstration: fictitious people, nothing is real</translation>
    </message>
    <message>
        <source>Demande %1 enregistrée.</source>
        <translation>Request %1 recorded.</translation>
    </message>
    <message>
        <source>La langue choisie s’appliquera au prochain démarrage.</source>
        <translation>The selected language will take effect the next time OKLIMA DPO starts.</translation>
    </message>
    <message>
        <source>Exécution interrompue reprise et enregistrée&#xa0;: %1 (voir son onglet Exécution).</source>
        <translation>Interrupted execution recovered and recorded: %1 (see its Execution tab).</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>À propos d’OKLIMA DPO</source>
        <translation>About OKLIMA DPO</translation>
    </message>
    <message>
        <source>OKLIMA DPO %1 — les demandes d’exercice des droits des personnes.</source>
        <translation>OKLIMA DPO %1 — data subject rights requests.</translation>
    </message>
    <message numerus="yes">
        <source>%n alerte(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune alerte</source>
        <translation>No alerts</translation>
    </message>
</context>
<context>
    <name>ManualAnswerDialog</name>
    <message>
        <source>Réponse de «&#xa0;%1&#xa0;»</source>
        <translation>Answer from “%1”</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Trouvé</source>
        <translation>&amp;Found</translation>
    </message>
    <message>
        <source>&amp;Rien trouvé</source>
        <translation>&amp;Nothing found</translation>
    </message>
    <message>
        <source>Résultat&#xa0;:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Ré&amp;ponse&#xa0;:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>&amp;Document joint&#xa0;:</source>
        <translation>Attached &amp;document:</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Document joint</source>
        <translation>Attached document</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Marquer comme envoyé</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l’envoi</source>
        <translation>&amp;Record the sending</translation>
    </message>
    <message>
        <source>L’envoi est inscrit au journal avec l’empreinte SHA-256 de chaque fichier&#xa0;; une réponse fait passer la demande à «&#xa0;répondue&#xa0;».</source>
        <translation>The sending is written in the journal with each file’s SHA-256; an answer moves the request to “answered”.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>courrier</source>
        <translation>post</translation>
    </message>
    <message>
        <source>courrier recommandé avec AR</source>
        <translation>registered post with acknowledgement of receipt</translation>
    </message>
    <message>
        <source>remise en main propre</source>
        <translation>handed over in person</translation>
    </message>
    <message>
        <source>Moyen d’envoi</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>&amp;Moyen d’envoi&#xa0;:</source>
        <translation>Sent &amp;by:</translation>
    </message>
    <message>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>&amp;Envoyé le&#xa0;:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>• %1
   SHA-256&#xa0;: %2…</source>
        <translation>• %1
   SHA-256: %2…</translation>
    </message>
    <message>
        <source>Documents envoyés</source>
        <translation>Documents sent</translation>
    </message>
    <message>
        <source>Documents&#xa0;:</source>
        <translation>Documents:</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Formulaire web</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>En personne</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Indiquer le nom du représentant.</source>
        <translation>Enter the representative’s name.</translation>
    </message>
    <message>
        <source>Demande(s) ouverte(s) avec le même identifiant&#xa0;: %1. Enregistrer quand même&#xa0;?</source>
        <translation>Open request(s) with the same identifier: %1. Save anyway?</translation>
    </message>
    <message>
        <source>Enregistrer &amp;quand même</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Choisir le canal par lequel la demande est arrivée.</source>
        <translation>Choose the channel through which the request arrived.</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Nouvelle demande</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Abandonner cette demande&#xa0;? Ce qui a été saisi sera perdu.</source>
        <translation>Discard this request? What you have entered will be lost.</translation>
    </message>
    <message>
        <source>&amp;Abandonner</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Continuer la saisie</source>
        <translation>&amp;Continue editing</translation>
    </message>
    <message>
        <source>Personne concernée</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <source>&amp;Nom et prénom&#xa0;:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Nom et prénom de la personne concernée</source>
        <translation>Full name of the data subject</translation>
    </message>
    <message>
        <source>tel qu’écrit dans la demande</source>
        <translation>as written in the request</translation>
    </message>
    <message>
        <source>E-&amp;mails&#xa0;:</source>
        <translation>E&amp;mails:</translation>
    </message>
    <message>
        <source>Adresses e-mail, séparées par des points-virgules</source>
        <translation>Email addresses, separated by semicolons</translation>
    </message>
    <message>
        <source>plusieurs&#xa0;: les séparer par «&#xa0;;&#xa0;»</source>
        <translation>several: separate them with “;”</translation>
    </message>
    <message>
        <source>Télép&amp;hones&#xa0;:</source>
        <translation>P&amp;hones:</translation>
    </message>
    <message>
        <source>Numéros de téléphone, séparés par des points-virgules</source>
        <translation>Phone numbers, separated by semicolons</translation>
    </message>
    <message>
        <source>N° &amp;client&#xa0;:</source>
        <translation>&amp;Customer no.:</translation>
    </message>
    <message>
        <source>Numéros client, séparés par des points-virgules</source>
        <translation>Customer numbers, separated by semicolons</translation>
    </message>
    <message>
        <source>N° de c&amp;ontrat&#xa0;:</source>
        <translation>C&amp;ontract no.:</translation>
    </message>
    <message>
        <source>Numéros de contrat, séparés par des points-virgules</source>
        <translation>Contract numbers, separated by semicolons</translation>
    </message>
    <message>
        <source>Adresse &amp;postale&#xa0;:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <source>Adresse postale</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>numéro et rue, code postal, ville (Entrée pour aller à la ligne)</source>
        <translation>number and street, postcode, town (Enter for a new line)</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Demande faite par un &amp;représentant</source>
        <translation>Request made by a &amp;representative</translation>
    </message>
    <message>
        <source>Demande faite par un représentant</source>
        <translation>Request made by a representative</translation>
    </message>
    <message>
        <source>Nom du repré&amp;sentant&#xa0;:</source>
        <translation>Representat&amp;ive’s name:</translation>
    </message>
    <message>
        <source>Nom du représentant</source>
        <translation>Representative’s name</translation>
    </message>
    <message>
        <source>personne ou organisme mandaté</source>
        <translation>authorised person or organisation</translation>
    </message>
    <message>
        <source>&amp;Fichier du mandat&#xa0;:</source>
        <translation>Mandate &amp;file:</translation>
    </message>
    <message>
        <source>Chemin du fichier du mandat</source>
        <translation>Path of the mandate file</translation>
    </message>
    <message>
        <source>chemin du fichier</source>
        <translation>file path</translation>
    </message>
    <message>
        <source>Parco&amp;urir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choisir le fichier du mandat</source>
        <translation>Choose the mandate file</translation>
    </message>
    <message>
        <source>&amp;Vérification du mandat&#xa0;:</source>
        <translation>Mandate &amp;verification:</translation>
    </message>
    <message>
        <source>Comment le mandat a été vérifié</source>
        <translation>How the mandate was verified</translation>
    </message>
    <message>
        <source>ex.&#xa0;: original vu le 24/03, signé</source>
        <translation>e.g. original seen on 24/03, signed</translation>
    </message>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Reçue &amp;le&#xa0;:</source>
        <translation>Receive&amp;d on:</translation>
    </message>
    <message>
        <source>Date et heure de réception, heure de Paris</source>
        <translation>Date and time of receipt, Paris time</translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>heure de Paris</source>
        <translation>Paris time</translation>
    </message>
    <message>
        <source>C&amp;anal&#xa0;:</source>
        <translation>Channe&amp;l:</translation>
    </message>
    <message>
        <source>Canal de réception</source>
        <translation>Channel of receipt</translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Lan&amp;gue des réponses&#xa0;:</source>
        <translation>Response lan&amp;guage:</translation>
    </message>
    <message>
        <source>Langue des réponses</source>
        <translation>Response language</translation>
    </message>
    <message>
        <source>Droits e&amp;xercés&#xa0;:</source>
        <translation>Rights e&amp;xercised:</translation>
    </message>
    <message>
        <source>Droit d’accès (art. 15)</source>
        <translation>Right of access (Art. 15)</translation>
    </message>
    <message>
        <source>Droit de rectification (art. 16)</source>
        <translation>Right to rectification (Art. 16)</translation>
    </message>
    <message>
        <source>Droit à l’effacement (art. 17)</source>
        <translation>Right to erasure (Art. 17)</translation>
    </message>
    <message>
        <source>Droit à la limitation du traitement (art. 18)</source>
        <translation>Right to restriction of processing (Art. 18)</translation>
    </message>
    <message>
        <source>Droit à la portabilité (art. 20)</source>
        <translation>Right to data portability (Art. 20)</translation>
    </message>
    <message>
        <source>Droit d’opposition (art. 21)</source>
        <translation>Right to object (Art. 21)</translation>
    </message>
    <message>
        <source>Retrait du consentement (art. 7, § 3)</source>
        <translation>Withdrawal of consent (Art. 7(3))</translation>
    </message>
    <message>
        <source>Texte de la &amp;demande&#xa0;:</source>
        <translation>Request &amp;text:</translation>
    </message>
    <message>
        <source>Texte de la demande</source>
        <translation>Request text</translation>
    </message>
    <message>
        <source>la demande telle que reçue, ou son résumé</source>
        <translation>the request as received, or a summary of it</translation>
    </message>
    <message>
        <source>P&amp;ièces reçues&#xa0;:</source>
        <translation>Doc&amp;uments received:</translation>
    </message>
    <message>
        <source>Pièces reçues&#xa0;: la lettre ou l’e-mail tel que reçu</source>
        <translation>Documents received: the letter or email as received</translation>
    </message>
    <message>
        <source>A&amp;jouter…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Ajouter une pièce reçue</source>
        <translation>Add a received document</translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Retirer les pièces sélectionnées</source>
        <translation>Remove the selected documents</translation>
    </message>
    <message>
        <source>Enregistrer la demande</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler la saisie</source>
        <translation>Cancel the entry</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Notification de l’article 19 à «&#xa0;%1&#xa0;»</source>
        <translation>Article 19 notice to “%1”</translation>
    </message>
    <message>
        <source>&amp;Produire</source>
        <translation>&amp;Produce</translation>
    </message>
    <message>
        <source>Le destinataire est informé des mesures prises (rectification, effacement, limitation) pour les appliquer à son tour. Le courrier PDF est gardé dans la demande&#xa0;; l’e-mail préparé n’est pas envoyé.</source>
        <translation>The recipient is told of the measures taken (rectification, erasure, restriction) to apply them in turn. The PDF letter is kept in the request; the prepared e-mail is not sent.</translation>
    </message>
    <message>
        <source>Adresse postale</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>&amp;Adresse postale&#xa0;:</source>
        <translation>Postal &amp;address:</translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Adresse e-&amp;mail&#xa0;:</source>
        <translation>E-&amp;mail address:</translation>
    </message>
    <message>
        <source>Préparer aussi un e-mail (.eml) avec le courrier</source>
        <translation>Also prepare an e-mail (.eml) carrying the letter</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Langue&#xa0;:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Aucun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo de l’organisation</source>
        <translation>Organisation logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Aperçu impossible</source>
        <translation>Preview unavailable</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>OKLIMA DPO — phrase de passe de récupération</source>
        <translation>OKLIMA DPO — recovery passphrase</translation>
    </message>
    <message>
        <source>La base de cas «&#xa0;%1&#xa0;» est chiffrée et le trousseau de cette session ne garde pas sa clé (autre poste ou autre compte). Taper la phrase de passe de récupération&#xa0;:</source>
        <translation>The case base “%1” is encrypted and this session&apos;s keyring does not hold its key (another computer or account). Type the recovery passphrase:</translation>
    </message>
    <message>
        <source>Phrase de passe de récupération</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mot de passe de l’envoi chiffré</source>
        <translation>Password of the encrypted delivery</translation>
    </message>
    <message>
        <source>Les fichiers de «&#xa0;%1&#xa0;» sont chiffrés (AES-256) avec ce mot de passe. Le communiquer à la personne par un autre moyen que les fichiers (téléphone, SMS, courrier séparé).</source>
        <translation>The files of “%1” are encrypted (AES-256) with this password. Give it to the person by another channel than the files (telephone, text message, separate letter).</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Mot de passe&#xa0;:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Copier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copier le mot de passe</source>
        <translation>Copy the password</translation>
    </message>
    <message>
        <source>⚠ Il n’est conservé nulle part&#xa0;: une fois cette fenêtre fermée, il ne pourra plus être affiché. Sans lui, les fichiers ne s’ouvrent pas.</source>
        <translation>⚠ It is kept nowhere: once this window is closed, it cannot be shown again. Without it, the files do not open.</translation>
    </message>
    <message>
        <source>J’ai noté le mot de passe, &amp;fermer</source>
        <translation>I have noted the password, &amp;close</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Aperçu — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>Pages du document</source>
        <translation>Pages of the document</translation>
    </message>
    <message>
        <source>SHA-256&#xa0;: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>L’empreinte du fichier, inscrite au journal quand il est envoyé.</source>
        <translation>The file’s fingerprint, written in the journal when it is sent.</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Enregistrer une &amp;copie sous…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>Écrire ce document en clair dans un fichier choisi (un envoi)</source>
        <translation>Write this document unencrypted to a file of your choice (a delivery)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>&amp;Page&#xa0;:</source>
        <translation>&amp;Page:</translation>
    </message>
    <message>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>&amp;Largeur</source>
        <translation>&amp;Width</translation>
    </message>
    <message>
        <source>Ajuster à la largeur</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Page &amp;entière</source>
        <translation>Whole pa&amp;ge</translation>
    </message>
    <message>
        <source>Page entière dans la fenêtre</source>
        <translation>Whole page in the window</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>&amp;Mot de passe du document&#xa0;:</source>
        <translation>Document pass&amp;word:</translation>
    </message>
    <message>
        <source>Mot de passe du document</source>
        <translation>Document password</translation>
    </message>
    <message>
        <source>&amp;Ouvrir</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Ouvrir le document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>sur %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Mot de passe incorrect.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Ce document est chiffré&#xa0;: saisir son mot de passe.</source>
        <translation>This document is encrypted: enter its password.</translation>
    </message>
    <message>
        <source>Impossible d’afficher «&#xa0;%1&#xa0;» (%2).</source>
        <translation>Cannot show “%1” (%2).</translation>
    </message>
    <message>
        <source>fichier introuvable</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>ce n’est pas un PDF valide</source>
        <translation>not a valid PDF</translation>
    </message>
    <message>
        <source>chiffrement non pris en charge</source>
        <translation>encryption not supported</translation>
    </message>
    <message>
        <source>erreur inconnue</source>
        <translation>unknown error</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Droit à exécuter</source>
        <extracomment>Of the tree&apos;s width, at most this share per column: room is left for the result.</extracomment>
        <translation>Right to carry out</translation>
    </message>
    <message>
        <source>Droit&#xa0;:</source>
        <translation>Right:</translation>
    </message>
    <message>
        <source>Préparer le p&amp;lan</source>
        <translation>Prepare the p&amp;lan</translation>
    </message>
    <message>
        <source>Le plan et ses comptes, sans rien modifier dans les systèmes</source>
        <translation>The plan and its counts, without changing anything in the systems</translation>
    </message>
    <message>
        <source>Plan d’exécution</source>
        <translation>Execution plan</translation>
    </message>
    <message>
        <source>à décider</source>
        <translation>to decide</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Lecture des champs modifiables…</source>
        <translation>Reading the correctable fields…</translation>
    </message>
    <message>
        <source>Préparation du plan…</source>
        <translation>Preparing the plan…</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>tâche pour %1</source>
        <extracomment>On a source&apos;s item: its SourcePlan; on a record&apos;s: its RecordPlan. States of the verification that say something is wrong.</extracomment>
        <translation>task for %1</translation>
    </message>
    <message>
        <source>conservé&#xa0;: %1</source>
        <translation>kept: %1</translation>
    </message>
    <message>
        <source>l’enregistrement est supprimé</source>
        <translation>the record is deleted</translation>
    </message>
    <message>
        <source>champs vidés&#xa0;: %1</source>
        <translation>fields emptied: %1</translation>
    </message>
    <message>
        <source>remplacés par un pseudonyme&#xa0;: %1</source>
        <translation>replaced by a pseudonym: %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
    <message>
        <source>✓ %1 écriture(s)&#xa0;; avant %2 ligne(s) (%3) → après %4 ligne(s) (%5)</source>
        <translation>✓ %1 write(s); before %2 row(s) (%3) → after %4 row(s) (%5)</translation>
    </message>
    <message>
        <source>✗ échec, rien n’a été modifié&#xa0;: %1</source>
        <translation>✗ failed, nothing was changed: %1</translation>
    </message>
    <message>
        <source>✗ non exécutée (annulation)&#xa0;: rien n’a été modifié</source>
        <translation>✗ not carried out (cancelled): nothing changed</translation>
    </message>
    <message>
        <source>tâche n°&#xa0;%1&#xa0;: %2</source>
        <translation>task no. %1: %2</translation>
    </message>
    <message>
        <source>Système / enregistrement</source>
        <translation>System / record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>échec</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>appliqué</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✓ plus trouvé</source>
        <translation>✓ no longer found</translation>
    </message>
</context>
<context>
    <name>ProducedDocumentsModel</name>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Produit le</source>
        <translation>Produced on</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>avec le lecteur du système</source>
        <translation>with the system viewer</translation>
    </message>
    <message>
        <source>✓ lu</source>
        <translation>✓ read</translation>
    </message>
    <message>
        <source>à lire</source>
        <translation>to read</translation>
    </message>
</context>
<context>
    <name>ProducedDocumentsPanel</name>
    <message>
        <source>Documents produits pour la demande&#xa0;:</source>
        <translation>Documents produced for the request:</translation>
    </message>
    <message>
        <source>Documents produits</source>
        <translation>Documents produced</translation>
    </message>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Lire le document sélectionné (Entrée)</source>
        <translation>Read the selected document (Enter)</translation>
    </message>
    <message>
        <source>Mar&amp;quer comme envoyé…</source>
        <translation>Mar&amp;k as sent…</translation>
    </message>
    <message>
        <source>Envoi enregistré (%1, le %2).</source>
        <translation>Sending recorded (%1, on %2).</translation>
    </message>
    <message>
        <source>Sélectionner les documents envoyés.</source>
        <translation>Select the documents sent.</translation>
    </message>
    <message>
        <source>Lire d’abord dans l’aperçu&#xa0;: %1.</source>
        <translation>Read in the preview first: %1.</translation>
    </message>
    <message>
        <source>Lecture des documents de la demande…</source>
        <translation>Reading the request’s documents…</translation>
    </message>
    <message>
        <source>Enregistrer le moyen et la date d’envoi des documents sélectionnés</source>
        <translation>Record how and when the selected documents were sent</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purger les données échues</source>
        <translation>Purge data past their time</translation>
    </message>
    <message>
        <source>&amp;Purger</source>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <source>Rien n’est à purger aujourd’hui dans la base de cas.</source>
        <translation>Nothing is due for purging today in the case base.</translation>
    </message>
    <message>
        <source>Ce qui est échu aujourd’hui (réglages de minimisation). La preuve reste&#xa0;: empreintes SHA-256, comptes, décisions&#xa0;; chaque purge est journalisée. Les données purgées ne peuvent pas être rétablies.</source>
        <translation>What is due today (minimisation settings). The proof stays: SHA-256 fingerprints, counts, decisions; each purge is journaled. Purged data cannot be restored.</translation>
    </message>
    <message>
        <source>Purges prévues</source>
        <translation>Planned purges</translation>
    </message>
    <message>
        <source>Liste d’opposition&#xa0;: %1 entrée(s) échue(s) à retirer.</source>
        <translation>Objection list: %1 expired entr(y/ies) to remove.</translation>
    </message>
</context>
<context>
    <name>PurgeFlow</name>
    <message>
        <source>Recherche de ce qui est à purger…</source>
        <translation>Looking for what is due for purging…</translation>
    </message>
    <message>
        <source>Purge faite&#xa0;: %1 purge(s) sur %2 demande(s), %3 entrée(s) échue(s) retirée(s) de la liste d’opposition&#xa0;; chaque purge est au journal.</source>
        <translation>Purge done: %1 purge(s) over %2 request(s), %3 expired entr(y/ies) removed from the objection list; each purge is in the journal.</translation>
    </message>
</context>
<context>
    <name>PurgeItemsModel</name>
    <message>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Due depuis le</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>Éléments</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Rechercher&#xa0;: référence ou nom (Ctrl+F)</source>
        <translation>Search: reference or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rechercher une demande</source>
        <translation>Search for a request</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Demandes ouvertes</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Toutes les demandes</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Droit exercé</source>
        <translation>Right exercised</translation>
    </message>
    <message>
        <source>Tous les droits</source>
        <translation>All rights</translation>
    </message>
    <message>
        <source>En &amp;retard</source>
        <translation>Overd&amp;ue</translation>
    </message>
    <message>
        <source>Échéance sous &amp;7 jours</source>
        <translation>Due within &amp;7 days</translation>
    </message>
    <message>
        <source>En &amp;attente d’informations</source>
        <translation>Awaiting &amp;information</translation>
    </message>
    <message>
        <source>&amp;Prolongées</source>
        <translation>E&amp;xtended</translation>
    </message>
    <message>
        <source>File des demandes</source>
        <translation>Request queue</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Chargement impossible.</source>
        <translation>Could not load.</translation>
    </message>
    <message numerus="yes">
        <source>%n demande(s) affichée(s)</source>
        <translation>
            <numerusform>%n request shown</numerusform>
            <numerusform>%n requests shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sur %n chargée(s)</source>
        <translation>
            <numerusform>of %n loaded</numerusform>
            <numerusform>of %n loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Export du registre des demandes…</source>
        <translation>Exporting the register of requests…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Registre des demandes</source>
        <translation>Register of requests</translation>
    </message>
    <message>
        <source>Registre exporté&#xa0;: %1</source>
        <translation>Register exported: %1</translation>
    </message>
</context>
<context>
    <name>RegisterHtml</name>
    <message>
        <source>Consultation seule, d’après la «&#xa0;%1&#xa0;». Responsable du traitement&#xa0;: %2.</source>
        <translation>Read-only, based on the “%1”. Controller: %2.</translation>
    </message>
    <message>
        <source>Sélectionnez un traitement dans la liste pour en voir le détail.</source>
        <translation>Select a processing activity in the list to see its details.</translation>
    </message>
    <message>
        <source>Le registre des traitements n’a pas pu être chargé.</source>
        <translation>The record of processing activities could not be loaded.</translation>
    </message>
    <message>
        <source>Corrigez le fichier puis choisissez «&#xa0;Recharger&#xa0;» (F5).</source>
        <translation>Correct the file, then choose “Reload” (F5).</translation>
    </message>
    <message>
        <source>Fichier&#xa0;:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Base légale&#xa0;:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Finalités</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>Catégories de données (%1)</source>
        <translation>Data categories (%1)</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Aucun destinataire indiqué.</source>
        <translation>No recipients stated.</translation>
    </message>
    <message>
        <source>Transferts hors de l’Union européenne</source>
        <translation>Transfers outside the European Union</translation>
    </message>
    <message>
        <source>Aucun transfert indiqué.</source>
        <translation>No transfers stated.</translation>
    </message>
    <message>
        <source>Origine des données</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <source>Aucune source indiquée.</source>
        <translation>No sources stated.</translation>
    </message>
    <message>
        <source>Décisions automatisées&#xa0;:</source>
        <translation>Automated decisions:</translation>
    </message>
    <message>
        <source>Remarque&#xa0;:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <source>Fondement&#xa0;:</source>
        <translation>Legal ground:</translation>
    </message>
    <message>
        <source>pays non nommés par la charte</source>
        <translation>countries not named in the charter</translation>
    </message>
    <message>
        <source>Garanties&#xa0;:</source>
        <translation>Safeguards:</translation>
    </message>
    <message>
        <source>non désigné dans la charte</source>
        <translation>not named in the charter</translation>
    </message>
    <message>
        <source>Par e-mail&#xa0;:</source>
        <translation>By email:</translation>
    </message>
    <message>
        <source>Par courrier&#xa0;:</source>
        <translation>By post:</translation>
    </message>
    <message>
        <source>Responsable du traitement</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Délégué à la protection des données&#xa0;:</source>
        <translation>Data protection officer:</translation>
    </message>
    <message>
        <source>Droits que la charte annonce</source>
        <translation>Rights stated in the charter</translation>
    </message>
    <message>
        <source>Où exercer ces droits</source>
        <translation>Where to exercise these rights</translation>
    </message>
    <message>
        <source>Réclamation&#xa0;:</source>
        <translation>Complaint:</translation>
    </message>
    <message>
        <source>auprès de la %1</source>
        <translation>with the %1</translation>
    </message>
    <message>
        <source>Remarques sur la charte</source>
        <translation>Remarks on the charter</translation>
    </message>
    <message>
        <source>Aucune remarque.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <source>Source&#xa0;:</source>
        <translation>Source:</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Registre des traitements</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <source>Nom, finalité, catégorie de données, base légale…</source>
        <translation>Name, purpose, data category, legal basis…</translation>
    </message>
    <message>
        <source>Filtrer les traitements</source>
        <translation>Filter the processing activities</translation>
    </message>
    <message>
        <source>Fil&amp;trer&#xa0;:</source>
        <translation>Fil&amp;ter:</translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation>Rel&amp;oad</translation>
    </message>
    <message>
        <source>Recharger le registre</source>
        <translation>Reload the record</translation>
    </message>
    <message>
        <source>Relire le fichier du registre (F5)</source>
        <translation>Read the record file again (F5)</translation>
    </message>
    <message>
        <source>Erreur de chargement du registre</source>
        <translation>Error loading the record</translation>
    </message>
    <message>
        <source>Traitements du registre</source>
        <translation>Processing activities in the record</translation>
    </message>
    <message>
        <source>Détail du traitement</source>
        <translation>Processing activity details</translation>
    </message>
    <message>
        <source>Responsable et droits</source>
        <translation>Controller and rights</translation>
    </message>
    <message>
        <source>&amp;Détail du traitement</source>
        <translation>Activity deta&amp;ils</translation>
    </message>
    <message>
        <source>Responsable, droits et re&amp;marques</source>
        <translation>Controller, rights and re&amp;marks</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n traitement(s)</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sur %2 traitements</source>
        <translation>%1 of %2 processing activities</translation>
    </message>
</context>
<context>
    <name>RelatedRequestsView</name>
    <message>
        <source>Autres demandes de la personne</source>
        <translation>The person’s other requests</translation>
    </message>
    <message>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Droits et décisions</source>
        <translation>Rights and decisions</translation>
    </message>
    <message>
        <source>En commun</source>
        <translation>In common</translation>
    </message>
    <message>
        <source> (moins de 12 mois)</source>
        <translation> (less than 12 months)</translation>
    </message>
    <message>
        <source>Aucune autre demande de cette personne.</source>
        <translation>No other request from this person.</translation>
    </message>
    <message>
        <source>Une autre demande de cette personne a été reçue</source>
        <translation>Another request from this person was received</translation>
    </message>
    <message>
        <source>%1 autres demandes de cette personne ont été reçues</source>
        <translation>%1 other requests from this person were received</translation>
    </message>
    <message>
        <source> dans les 12 mois précédant celle-ci. Si la demande est manifestement infondée ou excessive, notamment par son caractère répétitif, le DPO peut la refuser ou demander des frais (article 12(5) du RGPD), en le motivant&#xa0;: la décision lui revient.</source>
        <translation> in the 12 months before this one. If the request is manifestly unfounded or excessive, in particular because of its repetitive character, the DPO may refuse it or charge a fee (Article 12(5) GDPR), giving the reasons: the decision is the DPO’s.</translation>
    </message>
    <message>
        <source>Autres demandes de cette personne, toutes reçues plus de 12 mois avant.</source>
        <translation>Other requests from this person, all received more than 12 months before.</translation>
    </message>
</context>
<context>
    <name>RequestFiles</name>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.eml *.msg *.txt *.jpg *.jpeg *.png *.tif *.odt *.docx)</source>
        <translation>Documents (*.pdf *.eml *.msg *.txt *.jpg *.jpeg *.png *.tif *.odt *.docx)</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Fichier du mandat</source>
        <translation>Mandate file</translation>
    </message>
    <message>
        <source>Pièces reçues</source>
        <translation>Documents received</translation>
    </message>
</context>
<context>
    <name>RestrictionPanel</name>
    <message>
        <source>Annoncer la levée…</source>
        <translation>Announce the lifting…</translation>
    </message>
    <message>
        <source>Produire le courrier de levée</source>
        <translation>Produce the lifting letter</translation>
    </message>
    <message>
        <source>Lever la li&amp;mitation</source>
        <translation>Lift the restriction (&amp;m)</translation>
    </message>
    <message>
        <source>Levée annoncée pour le %1&#xa0;: produire maintenant le courrier de levée.</source>
        <translation>Lifting announced for %1: now produce the lifting letter.</translation>
    </message>
    <message>
        <source>Courrier de levée produit&#xa0;: %1 — à envoyer à la personne (onglet Réponses).</source>
        <translation>Lifting letter produced: %1 — to send to the person (Answers tab).</translation>
    </message>
    <message>
        <source>Production du courrier de levée…</source>
        <translation>Producing the lifting letter…</translation>
    </message>
    <message>
        <source>Levée de la limitation…</source>
        <translation>Lifting the restriction…</translation>
    </message>
    <message>
        <source>Limitation levée dans les systèmes.</source>
        <translation>Restriction lifted in the systems.</translation>
    </message>
</context>
<context>
    <name>ReviewDialogs</name>
    <message>
        <source>Écarter une source</source>
        <translation>Skip a source</translation>
    </message>
    <message>
        <source>É&amp;carter</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» ne sera plus attendue&#xa0;: les données de la demande pourront être déclarées complètes.</source>
        <translation>“%1” will no longer be waited for: the request’s data may then be declared complete.</translation>
    </message>
    <message>
        <source>&amp;Motif&#xa0;:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Écarter un enregistrement</source>
        <translation>Exclude a record</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» ne figurera pas dans la réponse.</source>
        <translation>“%1” will not appear in the answer.</translation>
    </message>
    <message>
        <source>Inclure un enregistrement</source>
        <translation>Include a record</translation>
    </message>
    <message>
        <source>&amp;Inclure</source>
        <translation>&amp;Include</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» n’est rattaché que par le nom, ou porte le nom d’une autre personne&#xa0;: il figurera dans la réponse. Dire pourquoi il est bien celui de la personne.</source>
        <translation>“%1” is tied by the name alone, or bears someone else’s name: it will be in the answer. Say why it is the person’s.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Aucun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler sans enregistrer</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>%1 (%2)&#xa0;: %3 → %4</source>
        <translation>%1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>Échéances recalculées</source>
        <translation>Due dates recalculated</translation>
    </message>
    <message>
        <source>Réglages enregistrés. Une demande en cours change d’échéance&#xa0;:</source>
        <translation>Settings saved. One open request has a new due date:</translation>
    </message>
    <message>
        <source>Réglages enregistrés. %1 demandes en cours changent d’échéance&#xa0;:</source>
        <translation>Settings saved. %1 open requests have new due dates:</translation>
    </message>
    <message>
        <source>… et %1 autres (voir les détails)</source>
        <translation>… and %1 more (see the details)</translation>
    </message>
    <message>
        <source>Rien n’a été enregistré&#xa0;: corriger ce qui est signalé.</source>
        <translation>Nothing was saved: correct what is flagged.</translation>
    </message>
    <message>
        <source>Dossier d’export</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Réglages — OKLIMA DPO</source>
        <translation>Settings — OKLIMA DPO</translation>
    </message>
    <message>
        <source>Rubriques des réglages</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Raison so&amp;ciale&#xa0;:</source>
        <translation>&amp;Company name:</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Adresse du siège&#xa0;:</source>
        <translation>Registered office &amp;address:</translation>
    </message>
    <message>
        <source>Adresse du siège</source>
        <translation>Registered office address</translation>
    </message>
    <message>
        <source>&amp;Immatriculation&#xa0;:</source>
        <translation>Re&amp;gistration:</translation>
    </message>
    <message>
        <source>Immatriculation (SIREN, RCS)</source>
        <translation>Registration (SIREN, RCS)</translation>
    </message>
    <message>
        <source>SIREN, RCS…</source>
        <translation>SIREN, RCS…</translation>
    </message>
    <message>
        <source>&amp;Nom du DPO&#xa0;:</source>
        <translation>DPO &amp;name:</translation>
    </message>
    <message>
        <source>Nom du DPO</source>
        <translation>DPO name</translation>
    </message>
    <message>
        <source>E-&amp;mail du DPO&#xa0;:</source>
        <translation>DPO e&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail du DPO</source>
        <translation>DPO email</translation>
    </message>
    <message>
        <source>dpo@exemple.fr</source>
        <translation>dpo@example.com</translation>
    </message>
    <message>
        <source>&amp;Téléphone du DPO&#xa0;:</source>
        <translation>DPO &amp;phone:</translation>
    </message>
    <message>
        <source>Téléphone du DPO</source>
        <translation>DPO phone</translation>
    </message>
    <message>
        <source>01 23 45 67 89</source>
        <translation>01 23 45 67 89</translation>
    </message>
    <message>
        <source>Adresse &amp;postale du DPO&#xa0;:</source>
        <translation>DPO pos&amp;tal address:</translation>
    </message>
    <message>
        <source>Adresse postale du DPO</source>
        <translation>DPO postal address</translation>
    </message>
    <message>
        <source>&amp;Logo&#xa0;:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Aperçu du logo</source>
        <translation>Logo preview</translation>
    </message>
    <message>
        <source>Parco&amp;urir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choisir le fichier du logo</source>
        <translation>Choose the logo file</translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Retirer le logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>PNG, JPEG ou SVG, 512 Ko au plus.</source>
        <translation>PNG, JPEG or SVG, 512 KB at most.</translation>
    </message>
    <message>
        <source>&amp;Délais</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <source>&amp;Calendrier des jours fériés&#xa0;:</source>
        <translation>Public &amp;holiday calendar:</translation>
    </message>
    <message>
        <source>Calendrier des jours fériés</source>
        <translation>Public holiday calendar</translation>
    </message>
    <message>
        <source>Suspension&#xa0;:</source>
        <translation>Suspension:</translation>
    </message>
    <message>
        <source>Suspendre le délai pendant l’attente d’in&amp;formations</source>
        <translation>Suspend the time limit while awaiting in&amp;formation</translation>
    </message>
    <message>
        <source>Suspendre le délai pendant l’attente d’informations</source>
        <translation>Suspend the time limit while awaiting information</translation>
    </message>
    <message>
        <source>Lecture de la prolon&amp;gation&#xa0;:</source>
        <translation>&amp;Interpretation of the extension:</translation>
    </message>
    <message>
        <source>Réception + trois mois (lecture courante)</source>
        <translation>Receipt + three months (usual reading)</translation>
    </message>
    <message>
        <source>Prolongation&#xa0;: réception + trois mois</source>
        <translation>Extension: receipt + three months</translation>
    </message>
    <message>
        <source>Prolongation&#xa0;: premier délai avant report + deux mois</source>
        <translation>Extension: first deadline before roll-over + two months</translation>
    </message>
    <message>
        <source>Tâches des &amp;propriétaires&#xa0;:</source>
        <translation>Owners&apos; &amp;tasks:</translation>
    </message>
    <message>
        <source>Réponse attendue des propriétaires des systèmes sous combien de jours</source>
        <translation>Days the systems&apos; owners have to answer</translation>
    </message>
    <message>
        <source>Données rassemblées &amp;purgées&#xa0;:</source>
        <translation>&amp;Gathered data purged after:</translation>
    </message>
    <message>
        <source>Après l’envoi de la réponse, les copies des données de la personne sont effacées de la base&#xa0;; restent les empreintes, les comptes et les décisions.</source>
        <translation>Once the answer has been sent, the copies of the person&apos;s data are erased from the case base; the hashes, counts and decisions remain.</translation>
    </message>
    <message>
        <source>&amp;Liste d’opposition&#xa0;:</source>
        <translation>Marketing s&amp;uppression list:</translation>
    </message>
    <message>
        <source>Dossier des &amp;sauvegardes&#xa0;:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <source>Dossier des sauvegardes</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Choisir le dossier des sauvegardes</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Vide&#xa0;: «&#xa0;sauvegardes&#xa0;» à côté de la base de cas. Un partage réseau ou un disque externe protège aussi de la perte du poste. Une sauvegarde chiffrée est faite au premier démarrage du jour et à la fermeture.</source>
        <translation>Empty: “sauvegardes” beside the case base. A network share or an external disk also protects against losing the computer. An encrypted backup is made at the first start of the day and at closing.</translation>
    </message>
    <message>
        <source>Sauvegardes gar&amp;dées&#xa0;:</source>
        <translation>Backups &amp;kept:</translation>
    </message>
    <message>
        <source>Nombre de sauvegardes de cette base gardées dans le dossier</source>
        <translation>Number of this base&apos;s backups kept in the folder</translation>
    </message>
    <message>
        <source>Les plus anciennes de cette base au-delà de ce nombre sont retirées après chaque sauvegarde.</source>
        <translation>This base&apos;s oldest backups beyond this number are removed after each backup.</translation>
    </message>
    <message>
        <source>&amp;Alerte de sauvegarde après&#xa0;:</source>
        <translation>Backup &amp;alert after:</translation>
    </message>
    <message>
        <source>Jours sans sauvegarde avant l’alerte du tableau de bord</source>
        <translation>Days without a backup before the dashboard&apos;s alert</translation>
    </message>
    <message>
        <source>Le tableau de bord signale en rouge une dernière sauvegarde plus ancienne.</source>
        <translation>The dashboard shows an older last backup in red.</translation>
    </message>
    <message>
        <source>Premier délai avant report + deux mois (lecture prudente)</source>
        <translation>First deadline before roll-over + two months (cautious reading)</translation>
    </message>
    <message>
        <source>Relancer &amp;après&#xa0;:</source>
        <translation>Send a reminder &amp;after:</translation>
    </message>
    <message>
        <source>Relance après combien de jours sans réponse</source>
        <translation>Number of days without an answer before a reminder</translation>
    </message>
    <message>
        <source>Conser&amp;vation et exports</source>
        <translation>&amp;Retention and exports</translation>
    </message>
    <message>
        <source>Demandes &amp;closes conservées&#xa0;:</source>
        <translation>&amp;Closed requests kept for:</translation>
    </message>
    <message>
        <source>Durée de conservation des demandes closes, en années</source>
        <translation>Retention period for closed requests, in years</translation>
    </message>
    <message>
        <source>Au-delà, le dossier est purgé&#xa0;; seules restent des statistiques anonymes.</source>
        <translation>After that, the case file is purged; only anonymous statistics remain.</translation>
    </message>
    <message>
        <source>&amp;Journal conservé&#xa0;:</source>
        <translation>Audit &amp;log kept for:</translation>
    </message>
    <message>
        <source>Durée de conservation du journal, en années</source>
        <translation>Retention period for the audit log, in years</translation>
    </message>
    <message>
        <source>Un an au moins.</source>
        <translation>At least one year.</translation>
    </message>
    <message>
        <source>Délai de purge des données rassemblées après la réponse, en jours</source>
        <translation>Delay before the gathered data are purged after the answer, in days</translation>
    </message>
    <message>
        <source>Durée d’inscription sur la liste d’opposition à la prospection, en années</source>
        <translation>How long a person stays on the marketing suppression list, in years</translation>
    </message>
    <message>
        <source>Une personne opposée à la prospection n’est plus sollicitée pendant cette durée (3 ans recommandés).</source>
        <translation>A person who objected to marketing is not contacted again during this period (3 years recommended).</translation>
    </message>
    <message>
        <source>Dossier d’e&amp;xport&#xa0;:</source>
        <translation>E&amp;xport folder:</translation>
    </message>
    <message>
        <source>Parcou&amp;rir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choisir le dossier d’export</source>
        <translation>Choose the export folder</translation>
    </message>
</context>
<context>
    <name>SourceStatesModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Enregistrements</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>SourcesOverviewModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Propriétaire</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Traitements</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>Dernier test</source>
        <translation>Last test</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>sans objet</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>jamais testée</source>
        <translation>never tested</translation>
    </message>
    <message>
        <source>✓ conforme</source>
        <translation>✓ matches the catalogue</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>Sources de données</source>
        <translation>Data sources</translation>
    </message>
    <message>
        <source>&amp;Tester la source</source>
        <translation>&amp;Test the source</translation>
    </message>
    <message>
        <source>Tester to&amp;utes les sources</source>
        <translation>Test &amp;all the sources</translation>
    </message>
    <message>
        <source>C&amp;hoisir le catalogue…</source>
        <translation>C&amp;hoose the catalogue…</translation>
    </message>
    <message>
        <source>Sources du catalogue</source>
        <translation>Sources of the catalogue</translation>
    </message>
    <message>
        <source>Catalogue des sources</source>
        <translation>Source catalogue</translation>
    </message>
    <message>
        <source>Catalogue YAML (*.yaml *.yml)</source>
        <translation>YAML catalogue (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Catalogue&#xa0;: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>Sources en échec&#xa0;: %1.</source>
        <translation>Failing sources: %1.</translation>
    </message>
</context>
<context>
    <name>SuppressionPanel</name>
    <message>
        <source>Inscrire sur la liste d’opposition</source>
        <translation>Add to the objection list</translation>
    </message>
    <message>
        <source>Les identifiants de la personne (e-mail, téléphone, numéros) sont exclus de toute prospection pendant la durée des réglages.</source>
        <translation>The person’s identifiers (e-mail, phone, numbers) are excluded from all marketing for the period in the settings.</translation>
    </message>
    <message>
        <source>Inscription sur la liste d’opposition…</source>
        <translation>Adding to the objection list…</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>%1, en retard depuis le %2</source>
        <translation>%1, late since %2</translation>
    </message>
    <message>
        <source>%1, attendue le %2</source>
        <translation>%1, due on %2</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tâche</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Réponse, suivi</source>
        <translation>Answer, follow-up</translation>
    </message>
    <message>
        <source>Mise à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>avis produit, à envoyer</source>
        <translation>notice produced, to send</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>Tâches des propriétaires et notifications (art. 19)&#xa0;:</source>
        <translation>Owners’ tasks and notices (Art. 19):</translation>
    </message>
    <message>
        <source>Tâches</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Réponse reçue…</source>
        <translation>Answer received…</translation>
    </message>
    <message>
        <source>Préparer un rappel</source>
        <translation>Prepare a reminder</translation>
    </message>
    <message>
        <source>Un e-mail au propriétaire (.eml, à envoyer depuis la messagerie)</source>
        <translation>An e-mail to the owner (.eml, to send from the mail program)</translation>
    </message>
    <message>
        <source>Notifier les destinataires (art. 19)</source>
        <translation>Notify the recipients (Art. 19)</translation>
    </message>
    <message>
        <source>Une notification par sous-traitant ou partenaire du registre ayant reçu ces données</source>
        <translation>One notice per processor or partner of the register that received these data</translation>
    </message>
    <message>
        <source>Produire l’avis…</source>
        <translation>Produce the notice…</translation>
    </message>
    <message>
        <source>Marquer envoyé…</source>
        <translation>Mark sent…</translation>
    </message>
    <message>
        <source>Accusé reçu…</source>
        <translation>Acknowledged…</translation>
    </message>
    <message>
        <source>Réponse du propriétaire</source>
        <translation>Owner’s answer</translation>
    </message>
    <message>
        <source>&amp;Enregistrer la réponse</source>
        <translation>&amp;Save the answer</translation>
    </message>
    <message>
        <source>&amp;Ce qui a été fait&#xa0;:</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <source>Ce qui a été fait, où et à quelle date</source>
        <translation>What was done, where and when</translation>
    </message>
    <message>
        <source>Réponse enregistrée (tâche n°&#xa0;%1).</source>
        <translation>Answer recorded (task no. %1).</translation>
    </message>
    <message>
        <source>Rappel préparé pour %1&#xa0;: %2 (dans %3).</source>
        <translation>Reminder prepared for %1: %2 (in %3).</translation>
    </message>
    <message>
        <source>Préparation du rappel…</source>
        <translation>Preparing the reminder…</translation>
    </message>
    <message>
        <source>%1 destinataire(s) à notifier.</source>
        <translation>%1 recipient(s) to notify.</translation>
    </message>
    <message>
        <source>Aucun sous-traitant ni partenaire du registre à notifier.</source>
        <translation>No processor or partner of the register to notify.</translation>
    </message>
    <message>
        <source>Recherche des destinataires à notifier…</source>
        <translation>Looking for the recipients to notify…</translation>
    </message>
    <message>
        <source>Avis produit&#xa0;: %1 (dans %2).</source>
        <translation>Notice produced: %1 (in %2).</translation>
    </message>
    <message>
        <source>Notification envoyée</source>
        <translation>Notice sent</translation>
    </message>
    <message>
        <source>&amp;Enregistrer l’envoi</source>
        <translation>&amp;Save the sending</translation>
    </message>
    <message>
        <source>Notification à «&#xa0;%1&#xa0;».</source>
        <translation>Notice to “%1”.</translation>
    </message>
    <message>
        <source>&amp;Envoyée le&#xa0;:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>&amp;Moyen d’envoi&#xa0;:</source>
        <translation>&amp;Sent by:</translation>
    </message>
    <message>
        <source>Par exemple&#xa0;: e-mail à dpo@prestataire.example</source>
        <translation>For example: e-mail to dpo@processor.example</translation>
    </message>
    <message>
        <source>Envoi de la notification enregistré.</source>
        <translation>Notice sending recorded.</translation>
    </message>
    <message>
        <source>Accusé de réception du destinataire</source>
        <translation>Recipient’s acknowledgement</translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>«&#xa0;%1&#xa0;» confirme avoir appliqué les mesures.</source>
        <translation>“%1” confirms it applied the measures.</translation>
    </message>
    <message>
        <source>&amp;Reçu le&#xa0;:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Réponse du destinataire&#xa0;:</source>
        <translation>&amp;Recipient’s answer:</translation>
    </message>
    <message>
        <source>Accusé de réception enregistré.</source>
        <translation>Acknowledgement recorded.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <extracomment>Returns the EventView / DocumentView of a row, whatever proxy sits in between.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Enregistré le</source>
        <translation>Recorded on</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <source>Texte du courrier — %1</source>
        <translation>Wording of the letter — %1</translation>
    </message>
    <message>
        <source>Un paragraphe par bloc, les blocs séparés par une ligne vide. Les mentions légales obligatoires (droits, réclamation auprès de la CNIL, signature) restent dans le courrier et ne se modifient pas ici.</source>
        <translation>One paragraph per block, blocks separated by a blank line. The mandatory legal mentions (rights, complaint to the CNIL, signature) stay in the letter and are not edited here.</translation>
    </message>
    <message>
        <source>Texte modifié précédemment pour cette demande.</source>
        <translation>Wording edited earlier for this request.</translation>
    </message>
    <message>
        <source>Texte par défaut du modèle.</source>
        <translation>Template’s default wording.</translation>
    </message>
    <message>
        <source>&amp;Texte&#xa0;:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Texte du courrier</source>
        <translation>Wording of the letter</translation>
    </message>
    <message>
        <source>&amp;Garder ce texte</source>
        <translation>&amp;Keep this wording</translation>
    </message>
    <message>
        <source>Garder ce texte</source>
        <translation>Keep this wording</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Rétablir le texte par défaut</source>
        <translation>&amp;Restore the default wording</translation>
    </message>
    <message>
        <source>Rétablir le texte par défaut</source>
        <translation>Restore the default wording</translation>
    </message>
    <message>
        <source>Le courrier reprendra le texte du modèle, sans modification.</source>
        <translation>The letter will use the template’s wording, unedited.</translation>
    </message>
    <message>
        <source>Le texte est vide&#xa0;: écrire au moins un paragraphe.</source>
        <translation>The wording is empty: write at least one paragraph.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>reçue</source>
        <translation>received</translation>
    </message>
    <message>
        <source>en attente d’informations</source>
        <translation>awaiting information</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>à valider</source>
        <translation>for review</translation>
    </message>
    <message>
        <source>répondue</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>clôturée</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>refusée</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>retirée</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Portabilité</source>
        <translation>Portability</translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Retrait du consentement</source>
        <translation>Withdrawal of consent</translation>
    </message>
    <message>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>échéance dans 2 jours ou moins</source>
        <translation>due in 2 days or less</translation>
    </message>
    <message>
        <source>échéance dans 7 jours ou moins</source>
        <translation>due in 7 days or less</translation>
    </message>
    <message>
        <source>délai suspendu</source>
        <translation>time limit suspended</translation>
    </message>
    <message>
        <source>dans les délais</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>terminée</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>demande enregistrée</source>
        <translation>request recorded</translation>
    </message>
    <message>
        <source>consultation de la demande</source>
        <translation>request viewed</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>assignment</translation>
    </message>
    <message>
        <source>document ajouté</source>
        <translation>document added</translation>
    </message>
    <message>
        <source>revue d’un enregistrement trouvé</source>
        <translation>review of a record found</translation>
    </message>
    <message>
        <source>source écartée</source>
        <translation>source skipped</translation>
    </message>
    <message>
        <source>réponse d’une source manuelle</source>
        <translation>answer from a manual source</translation>
    </message>
    <message>
        <source>revue des données enregistrée</source>
        <translation>data review saved</translation>
    </message>
    <message>
        <source>catalogue des sources choisi</source>
        <translation>source catalogue chosen</translation>
    </message>
    <message>
        <source>documents envoyés</source>
        <translation>documents sent</translation>
    </message>
    <message>
        <source>dossier juridique produit</source>
        <translation>legal case file produced</translation>
    </message>
    <message>
        <source>registre des demandes exporté</source>
        <translation>register of requests exported</translation>
    </message>
    <message>
        <source>plan d’exécution préparé</source>
        <translation>execution plan prepared</translation>
    </message>
    <message>
        <source>document lu</source>
        <translation>document read</translation>
    </message>
    <message>
        <source>copie d’un document enregistrée</source>
        <translation>copy of a document saved</translation>
    </message>
    <message>
        <source>document refusé (modifié ou absent sur le disque)</source>
        <translation>document refused (changed or missing on disk)</translation>
    </message>
    <message>
        <source>exécution commencée</source>
        <translation>execution started</translation>
    </message>
    <message>
        <source>source modifiée ou en échec</source>
        <translation>source changed or failed</translation>
    </message>
    <message>
        <source>exécution interrompue reprise</source>
        <translation>interrupted execution recovered</translation>
    </message>
    <message>
        <source>exécution appliquée</source>
        <translation>execution applied</translation>
    </message>
    <message>
        <source>exécution vérifiée</source>
        <translation>execution verified</translation>
    </message>
    <message>
        <source>limitation levée</source>
        <translation>restriction lifted</translation>
    </message>
    <message>
        <source>tâche ouverte pour un propriétaire</source>
        <translation>task opened for an owner</translation>
    </message>
    <message>
        <source>réponse d’un propriétaire à sa tâche</source>
        <translation>owner’s answer to a task</translation>
    </message>
    <message>
        <source>rappel préparé pour un propriétaire</source>
        <translation>reminder prepared for an owner</translation>
    </message>
    <message>
        <source>notifications de l’article 19 prévues</source>
        <translation>Article 19 notices planned</translation>
    </message>
    <message>
        <source>notification de l’article 19 produite</source>
        <translation>Article 19 notice produced</translation>
    </message>
    <message>
        <source>notification de l’article 19 envoyée</source>
        <translation>Article 19 notice sent</translation>
    </message>
    <message>
        <source>notification de l’article 19 confirmée par le destinataire</source>
        <translation>Article 19 notice confirmed by the recipient</translation>
    </message>
    <message>
        <source>pièces d’identité supprimées</source>
        <translation>identity documents deleted</translation>
    </message>
    <message>
        <source>données rassemblées purgées</source>
        <translation>gathered data purged</translation>
    </message>
    <message>
        <source>demande close supprimée (statistiques anonymes conservées)</source>
        <translation>closed request deleted (anonymous statistics kept)</translation>
    </message>
    <message>
        <source>entrées échues retirées de la liste d’opposition</source>
        <translation>expired entries removed from the objection list</translation>
    </message>
    <message>
        <source>base de cas créée chiffrée</source>
        <translation>case base created encrypted</translation>
    </message>
    <message>
        <source>sauvegarde chiffrée faite</source>
        <translation>encrypted backup made</translation>
    </message>
    <message>
        <source>base restaurée depuis une sauvegarde</source>
        <translation>base restored from a backup</translation>
    </message>
    <message>
        <source>clé de chiffrement de la base changée</source>
        <translation>the base&apos;s encryption key changed</translation>
    </message>
    <message>
        <source>&#xa0;; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>le %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>reçue le %1</source>
        <translation>received on %1</translation>
    </message>
    <message>
        <source>nouvelle échéance %1</source>
        <translation>new due date %1</translation>
    </message>
    <message>
        <source>statut&#xa0;: %1 → %2</source>
        <translation>status: %1 → %2</translation>
    </message>
    <message>
        <source>identifiants fournis&#xa0;: %1</source>
        <translation>identifiers given: %1</translation>
    </message>
    <message>
        <source>par un représentant</source>
        <translation>by a representative</translation>
    </message>
    <message>
        <source>par %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>personne</source>
        <translation>no one</translation>
    </message>
    <message>
        <source>avant&#xa0;: %1</source>
        <translation>before: %1</translation>
    </message>
    <message>
        <source>après&#xa0;: %1</source>
        <translation>after: %1</translation>
    </message>
    <message>
        <source>rôle&#xa0;: %1</source>
        <translation>role: %1</translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>enregistrements&#xa0;: %1</source>
        <translation>records: %1</translation>
    </message>
    <message>
        <source>inclus</source>
        <translation>included</translation>
    </message>
    <message>
        <source>écarté</source>
        <translation>excluded</translation>
    </message>
    <message>
        <source>complète</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplète</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>trouvé</source>
        <translation>found</translation>
    </message>
    <message>
        <source>rien trouvé</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <source>limite de recherche atteinte</source>
        <translation>search limit reached</translation>
    </message>
    <message>
        <source>document joint</source>
        <translation>document attached</translation>
    </message>
    <message>
        <source>SHA-256&#xa0;: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>n°&#xa0;%1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>sans les données brutes</source>
        <translation>without the raw data</translation>
    </message>
    <message>
        <source>fichier&#xa0;: %1</source>
        <translation>file: %1</translation>
    </message>
    <message>
        <source>document&#xa0;: %1</source>
        <translation>document: %1</translation>
    </message>
    <message>
        <source>chiffré (AES-256)</source>
        <translation>encrypted (AES-256)</translation>
    </message>
    <message>
        <source>caviardages&#xa0;: %1</source>
        <translation>redactions: %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: appliqué, %2 écriture(s), avant %3 ligne(s) (SHA-256 %4), après %5 ligne(s) (SHA-256 %6)</source>
        <translation>%1: applied, %2 write(s), before %3 row(s) (SHA-256 %4), after %5 row(s) (SHA-256 %6)</translation>
    </message>
    <message>
        <source>avec les données brutes</source>
        <translation>with the raw data</translation>
    </message>
    <message>
        <source>état&#xa0;: %1</source>
        <translation>state: %1</translation>
    </message>
    <message>
        <source>exécution n°&#xa0;%1</source>
        <translation>execution no. %1</translation>
    </message>
    <message>
        <source>tâche n°&#xa0;%1</source>
        <translation>task no. %1</translation>
    </message>
    <message>
        <source>pour&#xa0;: %1</source>
        <translation>for: %1</translation>
    </message>
    <message>
        <source>destinataire&#xa0;: %1</source>
        <translation>recipient: %1</translation>
    </message>
    <message>
        <source>destinataires&#xa0;: %1</source>
        <translation>recipients: %1</translation>
    </message>
    <message>
        <source>plan SHA-256&#xa0;: %1</source>
        <translation>plan SHA-256: %1</translation>
    </message>
    <message>
        <source>revue SHA-256&#xa0;: %1</source>
        <translation>review SHA-256: %1</translation>
    </message>
    <message>
        <source>tâches pour&#xa0;: %1</source>
        <translation>tasks for: %1</translation>
    </message>
    <message>
        <source>non exécutées (annulation)&#xa0;: %1</source>
        <translation>not carried out (cancelled): %1</translation>
    </message>
    <message>
        <source>rien ne reste</source>
        <translation>nothing remains</translation>
    </message>
    <message>
        <source>reste&#xa0;: %1</source>
        <translation>remaining: %1</translation>
    </message>
    <message>
        <source>non vérifiées&#xa0;: %1</source>
        <translation>not verified: %1</translation>
    </message>
    <message>
        <source>avec un e-mail préparé</source>
        <translation>with a prepared e-mail</translation>
    </message>
    <message>
        <source>entrées retirées&#xa0;: %1</source>
        <translation>entries removed: %1</translation>
    </message>
    <message>
        <source>échues avant le %1</source>
        <translation>expired before %1</translation>
    </message>
    <message>
        <source>à purger depuis le %1</source>
        <translation>due for purging since %1</translation>
    </message>
    <message>
        <source>liste d’opposition jusqu’au %1</source>
        <translation>objection list until %1</translation>
    </message>
    <message>
        <source>levée de la limitation annoncée pour le %1</source>
        <translation>lifting of the restriction announced for %1</translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <extracomment>Details that name sources by their ids: named from the catalogue when it is known.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1&#xa0;: en échec, rien n’a été modifié</source>
        <translation>%1: failed, nothing was changed</translation>
    </message>
    <message>
        <source>%1&#xa0;: appliqué, %2 écriture(s), avant %3 ligne(s) → après %4 ligne(s)</source>
        <translation>%1: applied, %2 write(s), before %3 row(s) → after %4 row(s)</translation>
    </message>
    <message>
        <source>en échec&#xa0;: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>sources&#xa0;: %1</source>
        <translation>sources: %1</translation>
    </message>
    <message>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>aujourd’hui</source>
        <translation>today</translation>
    </message>
    <message>
        <source>demande reçue</source>
        <translation>request received</translation>
    </message>
    <message>
        <source>accusé de réception</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <source>informations demandées</source>
        <translation>information requested</translation>
    </message>
    <message>
        <source>informations reçues</source>
        <translation>information received</translation>
    </message>
    <message>
        <source>identité vérifiée</source>
        <translation>identity verified</translation>
    </message>
    <message>
        <source>délai prolongé</source>
        <translation>deadline extended</translation>
    </message>
    <message>
        <source>données rassemblées</source>
        <translation>data gathered</translation>
    </message>
    <message>
        <source>décision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>réponse envoyée</source>
        <translation>response sent</translation>
    </message>
    <message>
        <source>clôture</source>
        <translation>closure</translation>
    </message>
    <message>
        <source>retrait de la demande</source>
        <translation>request withdrawn</translation>
    </message>
    <message>
        <source>réouverture</source>
        <translation>reopening</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>avertissement levé</source>
        <translation>warning lifted</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>courrier</source>
        <translation>post</translation>
    </message>
    <message>
        <source>formulaire web</source>
        <translation>web form</translation>
    </message>
    <message>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>n° client</source>
        <translation>customer no.</translation>
    </message>
    <message>
        <source>n° de contrat</source>
        <translation>contract no.</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>nom complet</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>code postal</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>clé</source>
        <translation>key</translation>
    </message>
    <message>
        <source>demande reçue de l’adresse ou du compte déjà connus</source>
        <translation>request received from the address or account already on file</translation>
    </message>
    <message>
        <source>réponse reçue de l’adresse déjà connue</source>
        <translation>reply received from the address already on file</translation>
    </message>
    <message>
        <source>réponses concordant avec les données détenues</source>
        <translation>answers matching the data held</translation>
    </message>
    <message>
        <source>demande faite depuis l’espace client authentifié</source>
        <translation>request made from the signed-in customer area</translation>
    </message>
    <message>
        <source>pièce d’identité vue, non conservée</source>
        <translation>identity document seen, not kept</translation>
    </message>
    <message>
        <source>vérification en personne</source>
        <translation>checked in person</translation>
    </message>
    <message>
        <source>autre (voir la note)</source>
        <translation>other (see the note)</translation>
    </message>
    <message>
        <source>mandat</source>
        <translation>mandate</translation>
    </message>
    <message>
        <source>pièce reçue</source>
        <translation>received document</translation>
    </message>
    <message>
        <source>Avis avant la levée de la limitation</source>
        <translation>Notice before the restriction is lifted</translation>
    </message>
    <message>
        <source>suppression</source>
        <extracomment>What the plan does to a record (``domain.plan.Action`` values).</extracomment>
        <translation>deletion</translation>
    </message>
    <message>
        <source>champs vidés</source>
        <translation>fields emptied</translation>
    </message>
    <message>
        <source>pseudonymisation</source>
        <translation>pseudonymisation</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>marque de limitation</source>
        <translation>restriction mark</translation>
    </message>
    <message>
        <source>marque d’opposition à la prospection</source>
        <translation>marketing objection mark</translation>
    </message>
    <message>
        <source>conservé</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>tâche pour le propriétaire</source>
        <translation>task for the owner</translation>
    </message>
    <message>
        <source>couvert par la marque</source>
        <translation>covered by the mark</translation>
    </message>
    <message>
        <source>%1 suppression</source>
        <extracomment>« 1 suppression », « 3 suppressions » (``domain.plan.Action`` values): French takes the singular for 0 and 1. ``covered``: kept as it is, a mark set elsewhere in its source covers it.</extracomment>
        <translation>%1 deletion</translation>
    </message>
    <message>
        <source>%1 suppressions</source>
        <translation>%1 deletions</translation>
    </message>
    <message>
        <source>%1 enregistrement vidé</source>
        <translation>%1 record emptied</translation>
    </message>
    <message>
        <source>%1 enregistrements vidés</source>
        <translation>%1 records emptied</translation>
    </message>
    <message>
        <source>%1 pseudonymisation</source>
        <translation>%1 pseudonymisation</translation>
    </message>
    <message>
        <source>%1 pseudonymisations</source>
        <translation>%1 pseudonymisations</translation>
    </message>
    <message>
        <source>%1 correction</source>
        <translation>%1 correction</translation>
    </message>
    <message>
        <source>%1 corrections</source>
        <translation>%1 corrections</translation>
    </message>
    <message>
        <source>%1 marque de limitation</source>
        <translation>%1 restriction mark</translation>
    </message>
    <message>
        <source>%1 marques de limitation</source>
        <translation>%1 restriction marks</translation>
    </message>
    <message>
        <source>%1 marque d’opposition</source>
        <translation>%1 objection mark</translation>
    </message>
    <message>
        <source>%1 marques d’opposition</source>
        <translation>%1 objection marks</translation>
    </message>
    <message>
        <source>%1 conservé</source>
        <translation>%1 kept</translation>
    </message>
    <message>
        <source>%1 conservés</source>
        <translation>%1 kept</translation>
    </message>
    <message>
        <source>%1 enregistrement confié au propriétaire</source>
        <translation>%1 record left to the owner</translation>
    </message>
    <message>
        <source>%1 enregistrements confiés au propriétaire</source>
        <translation>%1 records left to the owner</translation>
    </message>
    <message>
        <source>%1 couvert par la marque</source>
        <translation>%1 covered by the mark</translation>
    </message>
    <message>
        <source>%1 couverts par la marque</source>
        <translation>%1 covered by the mark</translation>
    </message>
    <message>
        <source>planifiée, rien n’a été modifié</source>
        <extracomment>Qt Linguist&apos;s context of these words (a literal in each mark below, as lupdate needs). Where an execution, a task or a notice stands (services&apos; ``status`` codes).</extracomment>
        <translation>planned, nothing changed</translation>
    </message>
    <message>
        <source>en cours d’application</source>
        <translation>being applied</translation>
    </message>
    <message>
        <source>appliquée</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>appliquée et vérifiée</source>
        <translation>applied and verified</translation>
    </message>
    <message>
        <source>appliquée en partie</source>
        <translation>partly applied</translation>
    </message>
    <message>
        <source>échouée, rien n’a été modifié</source>
        <translation>failed, nothing changed</translation>
    </message>
    <message>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <source>envoyée, accusé de réception attendu</source>
        <translation>sent, acknowledgement awaited</translation>
    </message>
    <message>
        <source>prise en compte par le destinataire</source>
        <translation>applied by the recipient</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>effacement</source>
        <extracomment>What a task asks (``Task.kind``).</extracomment>
        <translation>erasure</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>rectification</translation>
    </message>
    <message>
        <source>limitation</source>
        <translation>restriction</translation>
    </message>
    <message>
        <source>opposition à la prospection</source>
        <translation>objection to marketing</translation>
    </message>
    <message>
        <source>levée de la limitation</source>
        <translation>lifting of the restriction</translation>
    </message>
    <message>
        <source>arrêt des traitements fondés sur le consentement</source>
        <translation>stop of consent-based processing</translation>
    </message>
    <message>
        <source>notification (art. 19)</source>
        <translation>notice (Art. 19)</translation>
    </message>
    <message>
        <source>conservé (obligation légale)</source>
        <extracomment>What the verification found of a record still there (``remaining[].state``).</extracomment>
        <translation>kept (legal obligation)</translation>
    </message>
    <message>
        <source>confié au propriétaire (tâche)</source>
        <translation>left to the owner (task)</translation>
    </message>
    <message>
        <source>toujours présent</source>
        <translation>still present</translation>
    </message>
    <message>
        <source>source en échec</source>
        <translation>source failed</translation>
    </message>
    <message>
        <source>modification non constatée</source>
        <translation>change not found</translation>
    </message>
    <message>
        <source>non retrouvé</source>
        <translation>not found again</translation>
    </message>
    <message>
        <source>corrigé</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>marqué</source>
        <translation>marked</translation>
    </message>
    <message>
        <source>enregistrements</source>
        <extracomment>What a purge counted.</extracomment>
        <translation>records</translation>
    </message>
    <message>
        <source>revues</source>
        <translation>reviews</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>événements</source>
        <translation>events</translation>
    </message>
    <message>
        <source>reçu avec la demande</source>
        <extracomment>A document of the case by its role, as the case file lists it.</extracomment>
        <translation>received with the request</translation>
    </message>
    <message>
        <source>mandat du représentant</source>
        <translation>representative’s mandate</translation>
    </message>
    <message>
        <source>produit pour la réponse</source>
        <translation>produced for the answer</translation>
    </message>
    <message>
        <source>envoyé à la personne</source>
        <translation>sent to the data subject</translation>
    </message>
    <message>
        <source>pièces d’identité à supprimer</source>
        <extracomment>The purges of the case base (``purge.PurgeItem.kind``).</extracomment>
        <translation>identity documents to delete</translation>
    </message>
    <message>
        <source>données rassemblées à purger</source>
        <translation>gathered data to purge</translation>
    </message>
    <message>
        <source>demande close à supprimer (statistiques anonymes conservées)</source>
        <translation>closed request to delete (anonymous statistics kept)</translation>
    </message>
    <message>
        <source>document produit</source>
        <translation>produced document</translation>
    </message>
    <message>
        <source>texte modifié d’un courrier</source>
        <translation>edited wording of a letter</translation>
    </message>
    <message>
        <source>Accusé de réception</source>
        <extracomment>What can be produced for a case (``LetterKind`` values), in the order the window offers them.</extracomment>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Demande d’informations complémentaires</source>
        <translation>Request for further information</translation>
    </message>
    <message>
        <source>Prolongation du délai</source>
        <translation>Extension of the deadline</translation>
    </message>
    <message>
        <source>Réponse d’accès (courrier, annexe, données)</source>
        <translation>Access answer (letter, annex, data)</translation>
    </message>
    <message>
        <source>Portabilité (courrier et export des données)</source>
        <translation>Portability (letter and data export)</translation>
    </message>
    <message>
        <source>Aucune donnée détenue</source>
        <translation>No data held</translation>
    </message>
    <message>
        <source>Refus (total ou partiel)</source>
        <translation>Refusal (total or partial)</translation>
    </message>
    <message>
        <source>Réponse&#xa0;: rectification effectuée</source>
        <translation>Answer: rectification done</translation>
    </message>
    <message>
        <source>Réponse&#xa0;: effacement (effacé et conservé)</source>
        <translation>Answer: erasure (erased and kept)</translation>
    </message>
    <message>
        <source>Réponse&#xa0;: limitation du traitement</source>
        <translation>Answer: restriction of processing</translation>
    </message>
    <message>
        <source>Réponse&#xa0;: opposition</source>
        <translation>Answer: objection</translation>
    </message>
    <message>
        <source>Réponse&#xa0;: retrait du consentement</source>
        <translation>Answer: withdrawal of consent</translation>
    </message>
    <message>
        <source>a répondu</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>en échec</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>écartée</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>recherche manuelle en attente</source>
        <translation>manual search pending</translation>
    </message>
    <message>
        <source>pas encore interrogée</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <source>interrogation…</source>
        <translation>asking…</translation>
    </message>
    <message>
        <source>base SQL</source>
        <translation>SQL database</translation>
    </message>
    <message>
        <source>tableur</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <source>messagerie</source>
        <translation>mailbox</translation>
    </message>
    <message>
        <source>recherche manuelle</source>
        <translation>manual search</translation>
    </message>
    <message>
        <source>identique</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>identique une fois normalisé</source>
        <translation>identical once normalised</translation>
    </message>
    <message>
        <source>par référence</source>
        <translation>by reference</translation>
    </message>
    <message>
        <source>cité dans le texte</source>
        <translation>mentioned in the text</translation>
    </message>
    <message>
        <source>nom, prénom et code postal</source>
        <translation>name, first name and postcode</translation>
    </message>
    <message>
        <source>nom seul (à confirmer)</source>
        <translation>name only (to confirm)</translation>
    </message>
    <message>
        <source>nouveau</source>
        <translation>new</translation>
    </message>
    <message>
        <source>modifié</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>disparu</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>réglages modifiés</source>
        <translation>settings changed</translation>
    </message>
    <message>
        <source>règles de délai modifiées</source>
        <translation>deadline rules changed</translation>
    </message>
    <message>
        <source>base de démonstration remplie</source>
        <translation>demo case base filled</translation>
    </message>
    <message>
        <source>demandes&#xa0;: %1</source>
        <translation>requests: %1</translation>
    </message>
    <message>
        <source>par e-mail</source>
        <extracomment>How a request came (``Channel`` values), as a complement: « reçue par e-mail ».</extracomment>
        <translation>by email</translation>
    </message>
    <message>
        <source>par courrier</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>par le formulaire web</source>
        <translation>via the web form</translation>
    </message>
    <message>
        <source>par téléphone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>en personne</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>J-%1</source>
        <translation>D-%1</translation>
    </message>
    <message>
        <source>en retard de %1&#xa0;j</source>
        <translation>%1 d overdue</translation>
    </message>
    <message>
        <source>Droit d’accès</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Droit de rectification</source>
        <translation>Right to rectification</translation>
    </message>
    <message>
        <source>Droit à l’effacement</source>
        <translation>Right to erasure</translation>
    </message>
    <message>
        <source>Droit à la limitation du traitement</source>
        <translation>Right to restriction of processing</translation>
    </message>
    <message>
        <source>Droit à la portabilité</source>
        <translation>Right to data portability</translation>
    </message>
    <message>
        <source>Droit d’opposition</source>
        <translation>Right to object</translation>
    </message>
    <message>
        <source>accordé</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>partiellement accordé</source>
        <translation>partially granted</translation>
    </message>
    <message>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OKLIMA DPO</source>
        <translation>OKLIMA DPO</translation>
    </message>
</context>
</TS>
