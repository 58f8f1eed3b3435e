<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Annuler</source>
        <extracomment>The field of InvalidInput.problems that carries a step&apos;s date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Alerte</source>
        <extracomment>Returns the Alert of a row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limite de prolongation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relance due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>A&amp;lertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser les alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune alerte aujourd’hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vérifiées à %1&#xa0;: %n alerte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Alertes non mises à jour&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Impossible d’ouvrir «&#xa0;%1&#xa0;» avec le lecteur du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droits exercés&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accuser réception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demander des &amp;informations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informations &amp;reçues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité &amp;vérifiée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prolonger le délai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Décider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse &amp;envoyée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clôturer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande re&amp;tirée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attri&amp;buer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xte de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut&#xa0;: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;uments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçue le %1 à %2 par %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribuée à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non attribuée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représentée par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandat&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)&#xa0;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fondement&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demande %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance provisoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>délai suspendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance prolongée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul du délai&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si prolongé&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier délai&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongation possible jusqu’au %1 (nouvelle échéance&#xa0;: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aujourd’hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en retard de %1&#xa0;j</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Demande %1 — OKLIMA DPO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>OKLIMA DPO — erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une erreur inattendue s’est produite. Ce que vous avez saisi et enregistré est conservé. Copiez les détails ci-dessous pour le support informatique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détails de l’erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copier les détails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Tableau de bord</source>
        <extracomment>Six figures on one row when they fit (the table keeps room for its ten lines), else two rows of three (125 %, 150 % on a small screen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes &amp;ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance sous &amp;7 jours
(retards compris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En &amp;retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En &amp;attente d’informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prolongées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir la file des demandes correspondantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répondues dans les délais
(12 derniers mois)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochaines échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochaines é&amp;chéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune demande ouverte&#xa0;: aucune échéance à venir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes ouvertes&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes à échéance sous 7 jours, retards compris&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes en retard&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes en attente d’informations&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes prolongées&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ à traiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune réponse envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sur %2 réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponses dans les délais sur 12 mois : %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Droit&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partiellement accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondement juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par exemple&#xa0;: art. 17(3)(b) RGPD — factures conservées dix ans (Code de commerce, art. L123-22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fondement juridique (facultatif)&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fondement juridique (obligatoire)&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouté le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Prolonger le délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prolonger le délai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongation de deux mois (art. 12(3) RGPD), possible une seule fois, lorsque la demande est complexe ou que les demandes sont nombreuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Décidée le&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raisons (obligatoire)&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raisons communiquées à la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle échéance&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La personne doit être informée de la prolongation et de ses raisons avant l’expiration du premier délai, le %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Référence DR-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer par action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jusqu’au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filtrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier la chaîne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal d’audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Journal intact&#xa0;: %n entrée(s) vérifiée(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Journal altéré&#xa0;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OKLIMA DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de &amp;bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle demande…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réglages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;mande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir la demande sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos d’OKLIMA DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de cas&#xa0;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande %1 enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N&#xa0;: nouvelle demande
Ctrl+F&#xa0;: rechercher
Entrée ou Ctrl+O&#xa0;: ouvrir la demande sélectionnée
F5&#xa0;: actualiser
Ctrl+1 à Ctrl+4&#xa0;: tableau de bord, demandes, registre, journal
Ctrl+Maj+A&#xa0;: alertes
Ctrl+,&#xa0;: réglages
Ctrl+W&#xa0;: fermer une demande
Ctrl+Q&#xa0;: quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos d’OKLIMA DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OKLIMA DPO %1 — les demandes d’exercice des droits des personnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alerte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune alerte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulaire web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquer le nom du représentant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande(s) ouverte(s) avec le même identifiant&#xa0;: %1. Enregistrer quand même&#xa0;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer &amp;quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir le canal par lequel la demande est arrivée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.eml *.msg *.txt *.jpg *.jpeg *.png *.tif *.odt *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier du mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner cette demande&#xa0;? Ce qui a été saisi sera perdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continuer la saisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne concernée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom et prénom&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom et prénom de la personne concernée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tel qu’écrit dans la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mails&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresses e-mail, séparées par des points-virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plusieurs&#xa0;: les séparer par «&#xa0;;&#xa0;»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Télép&amp;hones&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéros de téléphone, séparés par des points-virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° &amp;client&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéros client, séparés par des points-virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de c&amp;ontrat&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéros de contrat, séparés par des points-virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse &amp;postale&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse postale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numéro et rue, code postal, ville (Entrée pour aller à la ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande faite par un &amp;représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande faite par un représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du repré&amp;sentant&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personne ou organisme mandaté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier du mandat&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemin du fichier du mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chemin du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parco&amp;urir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir le fichier du mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérification du mandat&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment le mandat a été vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex.&#xa0;: original vu le 24/03, signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçue &amp;le&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure de réception, heure de Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heure de Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;anal&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;gue des réponses&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue des réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droits e&amp;xercés&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit d’accès (art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit de rectification (art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit à l’effacement (art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit à la limitation du traitement (art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit à la portabilité (art. 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit d’opposition (art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait du consentement (art. 7, § 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de la &amp;demande&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la demande telle que reçue, ou son résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ièces reçues&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces reçues&#xa0;: la lettre ou l’e-mail tel que reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;jouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une pièce reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer les pièces sélectionnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la saisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Rechercher : référence ou nom (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher une demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit exercé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En &amp;retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance sous &amp;7 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En &amp;attente d’informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prolongées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File des demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement impossible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n demande(s) affichée(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sur %n chargée(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Registre des traitements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom, finalité, catégorie de données, base légale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrer les traitements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;trer&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharger le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relire le fichier du registre (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur de chargement du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traitements du registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail du traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsable et droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Détail du traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsable, droits et re&amp;marques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le registre des traitements n’a pas pu être chargé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigez le fichier puis choisissez «&#xa0;Recharger&#xa0;» (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n traitement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sur %2 traitements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation seule, d’après la «&#xa0;%1&#xa0;». Responsable du traitement&#xa0;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélectionnez un traitement dans la liste pour en voir le détail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base légale&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégories de données (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun destinataire indiqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferts hors de l’Union européenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun transfert indiqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origine des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune source indiquée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions automatisées&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarque&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fondement&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pays non nommés par la charte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garanties&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non désigné dans la charte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par e-mail&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par courrier&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délégué à la protection des données&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droits que la charte annonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Où exercer ces droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réclamation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auprès de la %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarques sur la charte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune remarque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vide&#xa0;: le dossier par défaut du programme, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vide&#xa0;: le dossier par défaut du programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler sans enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L’Alsace-Moselle ajoute en %1&#xa0;: %2. Changer de calendrier recalcule, à l’enregistrement, les échéances des demandes en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemple&#xa0;: reçue le %1, informations demandées le %2 et reçues le %3 → échéance le %4 (sans suspension&#xa0;: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemple&#xa0;: échéance prolongée le %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemple&#xa0;: informations demandées le %1, sans réponse → relance le %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)&#xa0;: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéances recalculées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages enregistrés. Une demande en cours change d’échéance&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages enregistrés. %1 demandes en cours changent d’échéance&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… et %1 autres (voir les détails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n’a été enregistré&#xa0;: corriger ce qui est signalé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo de l’organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier d’export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages — OKLIMA DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubriques des réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison so&amp;ciale&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse du siège&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du siège</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Immatriculation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immatriculation (SIREN, RCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIREN, RCS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom du DPO&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail du DPO&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpo@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone du DPO&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>01 23 45 67 89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse &amp;postale du DPO&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse postale du DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu du logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parco&amp;urir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir le fichier du logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG, JPEG ou SVG, 512 Ko au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Délais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendrier des jours fériés&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier des jours fériés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspendre le délai pendant l’attente d’in&amp;formations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspendre le délai pendant l’attente d’informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture de la prolon&amp;gation&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception + trois mois (lecture courante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongation : réception + trois mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier délai avant report + deux mois (lecture prudente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongation : premier délai avant report + deux mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relancer &amp;après&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relance après combien de jours sans réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conser&amp;vation et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes &amp;closes conservées&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de conservation des demandes closes, en années</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au-delà, le dossier est purgé&#xa0;; seules restent des statistiques anonymes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal conservé&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de conservation du journal, en années</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un an au moins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier d’e&amp;xport&#xa0;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcou&amp;rir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir le dossier d’export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <extracomment>Returns the EventView / DocumentView of a row, whatever proxy sits in between.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en attente d’informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>répondue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clôturée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrait du consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échéance dans 2 jours ou moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échéance dans 7 jours ou moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>délai suspendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dans les délais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demande enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document ajouté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demande reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accusé de réception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informations demandées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informations reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identité vérifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>délai prolongé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>données rassemblées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réponse envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrait de la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulaire web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n° client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n° de contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mandat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pièce reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>réglages modifiés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>règles de délai modifiées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base de démonstration remplie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par le formulaire web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit d’accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit de rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit à l’effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit à la limitation du traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit à la portabilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit d’opposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partiellement accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OKLIMA DPO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
