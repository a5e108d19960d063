<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../ui/about_dialog.py" line="17" />
      <source>About CaseVault</source>
      <translation>À propos de CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="23" />
      <source>Offline, encrypted case manager.</source>
      <translation>Gestionnaire de dossiers chiffré, hors ligne.</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="31" />
      <source>This copy checks nothing online. To make sure it is the published release, compare the line above with the SHA256SUMS file published with it (docs/install.md explains how).</source>
      <translation>Cette copie ne vérifie rien en ligne. Pour vous assurer qu’il s’agit de la version publiée, comparez la ligne ci-dessus avec le fichier SHA256SUMS publié avec elle (docs/install.md explique comment).</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="34" />
      <source>Includes the fonts WenQuanYi Micro Hei, DejaVu Sans and Noto Naskh Arabic, under their own free licences.</source>
      <translation>Comprend les polices WenQuanYi Micro Hei, DejaVu Sans et Noto Naskh Arabic, sous leurs propres licences libres.</translation>
    </message>
    <message>
      <location filename="../ui/about_dialog.py" line="40" />
      <source>&amp;Copy build line</source>
      <translation>&amp;Copier la ligne de version</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <location filename="../ui/backup_dialog.py" line="27" />
      <source>Back up vault</source>
      <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="27" />
      <source>Back up</source>
      <translation>Sauvegarder</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="30" />
      <source>Open it with the vault's passphrase</source>
      <translation>L’ouvrir avec la phrase secrète du coffre</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="32" />
      <source>Give it its own passphrase:</source>
      <translation>Lui donner sa propre phrase secrète :</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="41" />
      <source>A backup is a complete, encrypted copy of this vault, checked after writing. Keep it on another medium, stored somewhere else than this computer.</source>
      <translation>Une sauvegarde est une copie complète et chiffrée de ce coffre, vérifiée après écriture. Gardez-la sur un autre support, rangé ailleurs que cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="44" />
      <source>Backup file</source>
      <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="48" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="50" />
      <source>Repeat passphrase</source>
      <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="57" />
      <source>Back up vault to</source>
      <translation>Sauvegarder le coffre dans</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="71" />
      <source>Choose where to write the backup.</source>
      <translation>Choisissez où écrire la sauvegarde.</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="74" />
      <source>A file with this name exists already; choose a new name.</source>
      <translation>Un fichier de ce nom existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="96" />
      <source>The backup {path} was written and checked: it reopens and holds the same {records} records, {exhibits} exhibits and {entries} history entries as the vault, with the same audit-chain head.</source>
      <translation>La sauvegarde {path} a été écrite et vérifiée : elle se rouvre et contient les mêmes {records} enregistrements, {exhibits} pièces et {entries} entrées d’historique que le coffre, avec la même tête de chaîne d’audit.</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="100" />
      <source>It opens with its own passphrase.</source>
      <translation>Elle s’ouvre avec sa propre phrase secrète.</translation>
    </message>
    <message>
      <location filename="../ui/backup_dialog.py" line="101" />
      <source>It opens with the vault's passphrase.</source>
      <translation>Elle s’ouvre avec la phrase secrète du coffre.</translation>
    </message>
    <message>
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation type="vanished">La phrase secrète doit compter au moins 8 caractères ; plusieurs mots, c’est le mieux.</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="vanished">Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>BundleDialogs</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="264" />
      <source>Wrote {path}: {cases} case(s), {records} record(s), {exhibits} exhibit(s), {deletions} deletion(s); encrypted, {size} bytes.</source>
      <translation>{path} écrit : {cases} dossier(s), {records} enregistrement(s), {exhibits} pièce(s), {deletions} suppression(s) ; chiffré, {size} octets.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="268" />
      <source>Give the bundle passphrase to the other side separately from the file.</source>
      <translation>Transmettez la phrase secrète du lot à l’autre partie séparément du fichier.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="277" />
      <source>Warning: the vault that made this bundle saw history of this vault that it no longer holds. This vault was rolled back to an older copy, or its history was rewritten. Check it with `casevault verify`.</source>
      <translation>Attention : le coffre qui a produit ce lot a vu un historique de ce coffre que celui-ci ne contient plus. Ce coffre a été ramené à une copie plus ancienne, ou son historique a été réécrit. Vérifiez-le avec `casevault verify`.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="281" />
      <source>Nothing to merge: this vault already holds everything in {file}.</source>
      <translation>Rien à fusionner : ce coffre contient déjà tout ce que contient {file}.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="283" />
      <source>Merged {file}: {created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged, {kept} kept as they are here.</source>
      <translation>{file} fusionné : {created} créé(s), {updated} mis à jour, {deleted} supprimé(s), {unchanged} inchangé(s), {kept} conservé(s) tels qu’ici.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="287" />
      <source>{n} record(s) had been changed the same way on both sides.</source>
      <translation>{n} enregistrement(s) avaient été modifiés de la même façon des deux côtés.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="289" />
      <source>Renamed because the name was taken here:</source>
      <translation>Renommés parce que le nom était déjà pris ici :</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="292" />
      <source>{n} record(s) deleted here came back because records from the bundle need them.</source>
      <translation>{n} enregistrement(s) supprimé(s) ici sont revenus, car des enregistrements du lot en ont besoin.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="295" />
      <source>{n} record(s) were changed both here and in the bundle. Both versions are kept until you choose one in Vault ▸ Conflicts.</source>
      <translation>{n} enregistrement(s) ont été modifiés ici et dans le lot. Les deux versions sont conservées jusqu’à ce que vous en choisissiez une dans Coffre ▸ Conflits.</translation>
    </message>
  </context>
  <context>
    <name>CaseListPanel</name>
    <message>
      <location filename="../ui/case_list.py" line="110" />
      <source>Search cases, people, incidents… (Ctrl+F)</source>
      <translation>Rechercher dossiers, personnes, incidents… (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="118" />
      <source>Any status</source>
      <translation>Tout statut</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="119" />
      <source>Any campaign</source>
      <translation>Toute campagne</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="121" />
      <source>Any tactic</source>
      <translation>Toute tactique</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="122" />
      <source>Any country</source>
      <translation>Tout pays</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="123" />
      <source>Any tag</source>
      <translation>Toute étiquette</translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="124" />
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_list.py" line="300" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n dossier</numerusform>
        <numerusform>%n dossiers</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_list.py" line="303" />
      <source>the open case does not match, but stays open: it has unsaved changes</source>
      <translation>le dossier ouvert ne correspond pas, mais reste ouvert : il a des modifications non enregistrées</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="23" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="24" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="24" />
      <source>Campaign</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <location filename="../ui/case_table_model.py" line="25" />
      <source>Last change</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <source>Host country</source>
      <translation type="vanished">Pays d'accueil</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <location filename="../ui/case_tabs.py" line="65" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="66" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="67" />
      <location filename="../ui/case_tabs.py" line="126" />
      <location filename="../ui/case_tabs.py" line="143" />
      <location filename="../ui/case_tabs.py" line="164" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="68" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="69" />
      <source>Residence status</source>
      <translation>Statut de résidence</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="71" />
      <location filename="../ui/case_tabs.py" line="152" />
      <location filename="../ui/case_tabs.py" line="182" />
      <location filename="../ui/case_tabs.py" line="191" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="89" />
      <source>Date unknown: shown where it was placed (Move up / Move down)</source>
      <translation>Date inconnue : affiché à la place choisie (Monter / Descendre)</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="90" />
      <source>As entered: {date}</source>
      <translation>Tel que saisi : {date}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="99" />
      <location filename="../ui/case_tabs.py" line="127" />
      <location filename="../ui/case_tabs.py" line="144" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="100" />
      <source>Tactic</source>
      <translation>Tactique</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="101" />
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="102" />
      <source>Targeted</source>
      <translation>Visé</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="103" />
      <source>Involved</source>
      <translation>Impliqués</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="104" />
      <source>Host state</source>
      <translation>État d'accueil</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="105" />
      <location filename="../ui/case_tabs.py" line="190" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="106" />
      <source>Exhibits</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="107" />
      <source>Verification</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="108" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="120" />
      <source>reports {source}</source>
      <translation>rapporte {source}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="124" />
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="125" />
      <source>Grade</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="128" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="129" />
      <source>Citation</source>
      <translation>Référence citée</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="130" />
      <source>Title, author, outlet</source>
      <translation>Titre, auteur, média</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="131" />
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="145" />
      <location filename="../ui/case_tabs.py" line="168" />
      <location filename="../ui/case_tabs.py" line="180" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="146" />
      <source>Addressed to</source>
      <translation>Adressé à</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="147" />
      <source>File number</source>
      <translation>Numéro de dossier</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="148" />
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="149" />
      <source>Asks</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="150" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="151" />
      <source>Response</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="165" />
      <location filename="../ui/case_tabs.py" line="176" />
      <source>Person sought</source>
      <translation>Personne recherchée</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="166" />
      <source>Issued</source>
      <translation>Émise</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="167" />
      <location filename="../ui/case_tabs.py" line="179" />
      <source>Charge</source>
      <translation>Chef d'accusation</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="170" />
      <source>Requests to the CCF</source>
      <translation>Requêtes à la CCF</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="177" />
      <source>From → to</source>
      <translation>De → à</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="178" />
      <source>Requested</source>
      <translation>Demandée</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="188" />
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="189" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="197" />
      <source>Written</source>
      <translation>Écrite le</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="198" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="199" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="205" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="206" />
      <source>Task</source>
      <translation>Tâche</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="207" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="231" />
      <source>Choice between two versions of: {record}</source>
      <translation>Choix entre deux versions de : {record}</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="232" />
      <source>Choice between two versions of a record no longer in this case</source>
      <translation>Choix entre deux versions d’un enregistrement qui n’est plus dans ce dossier</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="233" />
      <source>(no longer in this case)</source>
      <translation>(plus dans ce dossier)</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="239" />
      <source>deleted by a merge</source>
      <translation>supprimé par une fusion</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="245" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="246" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="247" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="248" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../ui/case_tabs.py" line="249" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>Date unknown</source>
      <translation type="vanished">Date inconnue</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../ui/case_view.py" line="131" />
      <source>Add a new person…</source>
      <translation>Ajouter une nouvelle personne…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="132" />
      <source>Add an existing person…</source>
      <translation>Ajouter une personne existante…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="133" />
      <source>New incident…</source>
      <translation>Nouvel incident…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="136" />
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="137" />
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="139" />
      <source>Moves an incident of unknown date in the chronology</source>
      <translation>Déplace dans la chronologie un incident de date inconnue</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="142" />
      <source>New source…</source>
      <translation>Nouvelle source…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="146" />
      <source>New intervention…</source>
      <translation>Nouvelle démarche…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="148" />
      <source>New note…</source>
      <translation>Nouvelle note…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="149" />
      <source>New task…</source>
      <translation>Nouvelle tâche…</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="156" />
      <source>Overview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="156" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="157" />
      <source>Chronology</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="157" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="158" />
      <source>Exhibits</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="158" />
      <source>Proceedings</source>
      <translation>Procédures</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="159" />
      <source>Notes and tasks</source>
      <translation>Notes et tâches</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="159" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="162" />
      <source>Select a case in the list, or create one with Case ▸ New case.</source>
      <translation>Choisissez un dossier dans la liste, ou créez-en un avec Dossier ▸ Nouveau dossier.</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="247" />
      <source>No one is recorded in this case yet.</source>
      <translation>Personne n'est encore enregistré dans ce dossier.</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="248" />
      <source>No incident recorded yet.</source>
      <translation>Aucun incident enregistré.</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="251" />
      <source>No source recorded yet.</source>
      <translation>Aucune source enregistrée.</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="253" />
      <source>No intervention recorded yet.</source>
      <translation>Aucune démarche enregistrée.</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="305" />
      <source>New person in this case</source>
      <translation>Nouvelle personne dans ce dossier</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="310" />
      <source>Edit person</source>
      <translation>Modifier la personne</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="333" />
      <source>New incident</source>
      <translation>Nouvel incident</translation>
    </message>
    <message>
      <location filename="../ui/case_view.py" line="333" />
      <source>Edit incident</source>
      <translation>Modifier l'incident</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_view_actions.py" line="52" />
      <source>… and %n more</source>
      <translation>
        <numerusform>… et %n autre</numerusform>
        <numerusform>… et %n autres</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="58" />
      <source>New source</source>
      <translation>Nouvelle source</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="58" />
      <source>Edit source</source>
      <translation>Modifier la source</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="59" />
      <source>Edit exhibit details</source>
      <translation>Modifier la pièce</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="60" />
      <source>New intervention</source>
      <translation>Nouvelle démarche</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="60" />
      <source>Edit intervention</source>
      <translation>Modifier la démarche</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="61" />
      <source>New note</source>
      <translation>Nouvelle note</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="61" />
      <source>Edit note</source>
      <translation>Modifier la note</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="62" />
      <source>New task</source>
      <translation>Nouvelle tâche</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="62" />
      <source>Edit task</source>
      <translation>Modifier la tâche</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="63" />
      <source>New Interpol notice</source>
      <translation>Nouvelle notice Interpol</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="63" />
      <source>Edit Interpol notice</source>
      <translation>Modifier la notice Interpol</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="64" />
      <source>New extradition request</source>
      <translation>Nouvelle demande d'extradition</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="65" />
      <source>Edit extradition request</source>
      <translation>Modifier la demande d'extradition</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="66" />
      <source>New outcome</source>
      <translation>Nouvelle issue</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="66" />
      <source>Edit outcome</source>
      <translation>Modifier l'issue</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="122" />
      <source>Make it the case's current outcome (shown in the case list)</source>
      <translation>En faire l'issue actuelle du dossier (affichée dans la liste)</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="192" />
      <source>Delete case?</source>
      <translation>Supprimer le dossier ?</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="193" />
      <source>Delete case {case} and the {n} record(s) in it? This cannot be undone.</source>
      <translation>Supprimer le dossier {case} et les {n} fiche(s) qu’il contient ? Impossible d’annuler.</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="215" />
      <source>No incident cites it. This cannot be undone.</source>
      <translation>Aucun incident ne la cite. Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_view_actions.py" line="217" />
      <source>%n incident(s) cite it and will no longer refer to it:</source>
      <translation>
        <numerusform>%n incident la cite et n’y renverra plus :</numerusform>
        <numerusform>%n incidents la citent et n’y renverront plus :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="218" />
      <source>This cannot be undone.</source>
      <translation>Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="219" />
      <source>Delete {what}?</source>
      <translation>Supprimer : {what} ?</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="220" />
      <source>Delete {what} “{summary}”?</source>
      <translation>Supprimer ({what}) « {summary} » ?</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/case_view_actions.py" line="232" />
      <source>They appear in %n incident(s) of this case, which will still name them:</source>
      <translation>
        <numerusform>Cette personne apparaît dans %n incident de ce dossier, qui continuera de la nommer :</numerusform>
        <numerusform>Cette personne apparaît dans %n incidents de ce dossier, qui continueront de la nommer :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="235" />
      <source>They appear in no incident of this case.</source>
      <translation>Cette personne n’apparaît dans aucun incident de ce dossier.</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="236" />
      <source>Remove person?</source>
      <translation>Retirer la personne ?</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="237" />
      <source>Remove {name} from this case? If they are in no other case, their record is deleted too.</source>
      <translation>Retirer {name} de ce dossier ? Si la personne ne figure dans aucun autre dossier, sa fiche est aussi supprimée.</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="247" />
      <source>Add exhibits</source>
      <translation>Ajouter des pièces</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="272" />
      <source>Decrypting…</source>
      <translation>Déchiffrement…</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="283" />
      <source>Save an unencrypted copy?</source>
      <translation>Enregistrer une copie non chiffrée ?</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="284" />
      <source>The copy of {label} will NOT be encrypted: anyone with access to where you save it can read it. Keep it on an encrypted disk and delete it when done.</source>
      <translation>La copie de {label} ne sera PAS chiffrée : quiconque a accès à l’emplacement choisi pourra la lire. Gardez-la sur un disque chiffré et supprimez-la après usage.</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="289" />
      <source>Save a copy as</source>
      <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="294" />
      <source>Copy saved</source>
      <translation>Copie enregistrée</translation>
    </message>
    <message>
      <location filename="../ui/case_view_actions.py" line="294" />
      <source>Saved an unencrypted copy as {path}.</source>
      <translation>Copie non chiffrée enregistrée sous {path}.</translation>
    </message>
    <message>
      <source>Interventions</source>
      <translation type="vanished">Démarches</translation>
    </message>
    <message>
      <source>Incidents citing it will no longer refer to it. This cannot be undone.</source>
      <translation type="vanished">Les incidents qui la citent n’y renverront plus. Impossible d’annuler.</translation>
    </message>
    <message>
      <source>Export dossier</source>
      <translation type="vanished">Exporter le dossier</translation>
    </message>
    <message>
      <source>The PDF dossier will NOT be encrypted and names the persons who consented to be named to authorities. Continue?</source>
      <translation type="vanished">Le dossier PDF ne sera PAS chiffré et nomme les personnes qui ont accepté d'être nommées auprès des autorités. Continuer ?</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="vanished">Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Dossier exported</source>
      <translation type="vanished">Dossier exporté</translation>
    </message>
    <message>
      <source>Wrote {path} ({pages} pages).</source>
      <translation type="vanished">{path} écrit ({pages} pages).</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation type="vanished">{path} écrit.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../ui/conflicts_view.py" line="163" />
      <source>Conflicts</source>
      <translation>Conflits</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="166" />
      <source>These records were changed both in this vault and in a bundle imported from another vault. Both versions are kept until you choose. Your choice is recorded in the history.</source>
      <translation>Ces enregistrements ont été modifiés à la fois dans ce coffre et dans un lot importé d’un autre coffre. Les deux versions sont conservées jusqu’à votre choix. Votre choix est consigné dans l’historique.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="171" />
      <source>Keep this vault's version</source>
      <translation>Garder la version de ce coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="173" />
      <source>Keep the other vault's version</source>
      <translation>Garder la version de l’autre coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="179" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="179" />
      <source>This vault</source>
      <translation>Ce coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="179" />
      <source>Other vault</source>
      <translation>Autre coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="213" />
      <source>No open conflicts: every record agrees with what was imported.</source>
      <translation>Aucun conflit ouvert : chaque enregistrement concorde avec ce qui a été importé.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="236" />
      <source>this vault's version</source>
      <translation>la version de ce coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="236" />
      <source>the other vault's version</source>
      <translation>la version de l’autre coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="237" />
      <source>{record}: {which}. Until you choose, the vault shows {live}.</source>
      <translation>{record} : {which}. En attendant votre choix, le coffre affiche {live}.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="242" />
      <source>Choosing the deleted version deletes the case and everything in it, on every laptop that exchanges with this one:</source>
      <translation>Choisir la version supprimée supprime le dossier et tout son contenu, sur chaque ordinateur qui échange avec celui-ci :</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="306" />
      <source>This deletes case {case} and everything in it, here and on every laptop that exchanges with this one: {what}.</source>
      <translation>Cela supprime le dossier {case} et tout son contenu, ici et sur chaque ordinateur qui échange avec celui-ci : {what}.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="309" />
      <source>This deletes the {record} {which}.</source>
      <translation>Cela supprime l’enregistrement ({record}) {which}.</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="311" />
      <source>Delete?</source>
      <translation>Supprimer ?</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="312" />
      <source>Choose the other version to keep it instead.</source>
      <translation>Choisissez l’autre version pour le conserver.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <location filename="../ui/conflicts_view.py" line="41" />
      <source>Changed here and in the other vault</source>
      <translation>Modifié ici et dans l’autre coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="42" />
      <source>Changed here and in the imported file</source>
      <translation>Modifié ici et dans le fichier importé</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="43" />
      <source>Changed here, deleted in the other vault</source>
      <translation>Modifié ici, supprimé dans l’autre coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="44" />
      <source>Deleted here, changed in the other vault (their version is shown meanwhile)</source>
      <translation>Supprimé ici, modifié dans l’autre coffre (leur version est affichée en attendant)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="46" />
      <source>Deleted in the other vault, still used here</source>
      <translation>Supprimé dans l’autre coffre, encore utilisé ici</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="47" />
      <source>Deleted here, needed by records from the other vault (restored meanwhile)</source>
      <translation>Supprimé ici, nécessaire aux enregistrements de l’autre coffre (rétabli en attendant)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="48" />
      <source>The whole case was deleted in the other vault and changed here (all of it is kept meanwhile)</source>
      <translation>Le dossier entier a été supprimé dans l’autre coffre et modifié ici (il est conservé en entier en attendant)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="50" />
      <source>The whole case was deleted here and changed in the other vault (all of it is back meanwhile)</source>
      <translation>Le dossier entier a été supprimé ici et modifié dans l’autre coffre (il est revenu en entier en attendant)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="58" />
      <source>Incidents</source>
      <translation>Incidents</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="58" />
      <location filename="../ui/conflicts_view.py" line="90" />
      <source>Exhibits</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="58" />
      <location filename="../ui/conflicts_view.py" line="90" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="59" />
      <source>People in the case</source>
      <translation>Personnes du dossier</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="59" />
      <source>Interventions</source>
      <translation>Démarches</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="59" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="60" />
      <source>Tasks</source>
      <translation>Tâches</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="66" />
      <source>{n} ({mb} MB of files)</source>
      <translation>{n} ({mb} Mo de fichiers)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="90" />
      <source>Involved</source>
      <translation>Impliqués</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="91" />
      <source>Targeted</source>
      <translation>Visé</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="91" />
      <source>Places</source>
      <translation>Lieux</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="91" />
      <source>Chain of custody</source>
      <translation>Chaîne de possession</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="92" />
      <source>Who appears in it</source>
      <translation>Qui y figure</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="93" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="94" />
      <source>File type</source>
      <translation>Type de fichier</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="94" />
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="118" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="118" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="136" />
      <source>deleted</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="142" />
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="143" />
      <source>Which</source>
      <translation>Lequel</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="144" />
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="145" />
      <source>What differs</source>
      <translation>Ce qui diffère</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="147" />
      <source>Situation</source>
      <translation>Situation</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="148" />
      <source>This vault's version</source>
      <translation>Version de ce coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="149" />
      <source>Other vault's version</source>
      <translation>Version de l’autre coffre</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="246" />
      <location filename="../ui/conflicts_view.py" line="255" />
      <location filename="../ui/conflicts_view.py" line="256" />
      <source>(deleted)</source>
      <translation>(supprimé)</translation>
    </message>
    <message>
      <location filename="../ui/conflicts_view.py" line="246" />
      <location filename="../ui/conflicts_view.py" line="255" />
      <location filename="../ui/conflicts_view.py" line="256" />
      <source>(kept)</source>
      <translation>(conservé)</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../ui/messages.py" line="151" />
      <source>Replace file?</source>
      <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
      <location filename="../ui/messages.py" line="151" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
  </context>
  <context>
    <name>DossierDialog</name>
    <message>
      <location filename="../ui/dossier_dialog.py" line="88" />
      <source>Export dossier · {reference}</source>
      <translation>Exporter le dossier · {reference}</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="103" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="104" />
      <source>Redaction summary</source>
      <translation>Résumé du caviardage</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="121" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="130" />
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="132" />
      <source>Save as…</source>
      <translation>Enregistrer sous…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="180" />
      <source>Legal</source>
      <translation>Juridique</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="182" />
      <source>Public</source>
      <translation>Public</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="188" />
      <source>For authorities, courts and lawyers: names the persons who consented to be named to authorities; the others become Person A, Person B…</source>
      <translation>Pour les autorités, les tribunaux et les avocats : nomme les personnes qui ont accepté d’être nommées auprès des autorités ; les autres deviennent Personne A, Personne B…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="190" />
      <source>For publication: names only those who consented to publication, and leaves out contact details, exact addresses and photos of the others.</source>
      <translation>Pour publication : ne nomme que les personnes qui ont accepté d’être publiées, et omet les coordonnées, les adresses exactes et les photos des autres.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="195" />
      <source>Case dossier</source>
      <translation>Dossier de l'affaire</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="195" />
      <source>IRB disclosure package</source>
      <translation>Communication de la preuve à la CISR</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="196" />
      <source>Interpol CCF request</source>
      <translation>Requête à la CCF d'Interpol</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="197" />
      <source>UN Special Procedures communication</source>
      <translation>Communication aux procédures spéciales de l'ONU</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="198" />
      <source>Police or national-security complaint</source>
      <translation>Plainte à la police ou à la sécurité nationale</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="212" />
      <source>Name and organisation</source>
      <translation>Nom et organisation</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="215" />
      <source>As recorded in the case</source>
      <translation>Comme enregistré au dossier</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="215" />
      <source>Access to the data</source>
      <translation>Accès aux données</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="216" />
      <source>Correction</source>
      <translation>Rectification</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="216" />
      <source>Deletion</source>
      <translation>Suppression</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="219" />
      <source>Signed power of attorney</source>
      <translation>Procuration signée</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="220" />
      <source>Copy of an identity document</source>
      <translation>Copie d'une pièce d'identité</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="221" />
      <source>Refugee decision</source>
      <translation>Décision d'octroi du statut de réfugié</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="225" />
      <source>Hearing date</source>
      <translation>Date de l'audience</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="230" />
      <source>A reply to the Minister's documents</source>
      <translation>Une réponse aux documents du ministre</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="236" />
      <source>Attach the original exhibit files, with their SHA-256</source>
      <translation>Joindre les fichiers originaux des pièces, avec leur SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="238" />
      <source>So that a court can check each file against the hash listed. The PDF grows by the size of the files.</source>
      <translation>Pour qu'un tribunal puisse vérifier chaque fichier d'après l'empreinte indiquée. Le PDF grossit de la taille des fichiers.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="244" />
      <source>Include open tasks</source>
      <translation>Inclure les tâches ouvertes</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="246" />
      <source>Open tasks are internal: a public dossier never includes them.</source>
      <translation>Les tâches ouvertes sont internes : un dossier public ne les contient jamais.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="249" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="250" />
      <source>US Letter</source>
      <translation>Lettre US</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="256" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="264" />
      <source>Protect the PDF with a password</source>
      <translation>Protéger le PDF par un mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="291" />
      <source>Package</source>
      <translation>Dossier à déposer</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="292" />
      <source>Made for</source>
      <translation>Destiné à</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="293" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="295" />
      <source>Prepared by</source>
      <translation>Préparé par</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="300" />
      <source>The request asks for</source>
      <translation>La requête demande</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="301" />
      <source>Attachments you have (ticked in the request's checklist):</source>
      <translation>Pièces jointes dont vous disposez (cochées dans la liste de la requête) :</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="312" />
      <source>Redaction profile</source>
      <translation>Profil de caviardage</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="314" />
      <source>Purpose (printed on the cover)</source>
      <translation>Objet (imprimé sur la couverture)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="316" />
      <source>Paper size</source>
      <translation>Format du papier</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="318" />
      <source>Font for other scripts</source>
      <translation>Police pour d’autres écritures</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="319" />
      <source>Encryption</source>
      <translation>Chiffrement</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="323" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="325" />
      <source>Repeat password</source>
      <translation>Répéter le mot de passe</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="377" />
      <source>The IRB takes Letter pages with text of at least 12 points: the package uses both.</source>
      <translation>La CISR exige des pages au format Lettre et un texte d'au moins 12 points : le dossier respecte les deux.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="380" />
      <source>Chinese dossiers are for internal use: bodies take filings in English or French (the CCF also in Spanish or Arabic).</source>
      <translation>Les dossiers en chinois sont à usage interne : les instances reçoivent les dépôts en anglais ou en français (la CCF aussi en espagnol ou en arabe).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="399" />
      <source>The hearing is in {days} day(s): disclosure must reach the Division at least {need} days before it. Late documents need the Division's leave.</source>
      <translation>L'audience a lieu dans {days} jour(s) : les documents doivent parvenir à la Section au moins {need} jours avant. Des documents tardifs exigent l'autorisation de la Section.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="409" />
      <source>The options changed: press “Save as…” again.</source>
      <translation>Les options ont changé : appuyez de nouveau sur « Enregistrer sous… ».</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="420" />
      <source>The saved PDF will be encrypted with AES-256 and open only with this password.</source>
      <translation>Le PDF enregistré sera chiffré en AES-256 et ne s’ouvrira qu’avec ce mot de passe.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="423" />
      <source>An encrypted PDF cannot be an archival PDF (PDF/A): with a password the file is an ordinary PDF, which some courts and archives refuse.</source>
      <translation>Un PDF chiffré ne peut pas être un PDF d'archivage (PDF/A) : avec un mot de passe, le fichier est un PDF ordinaire, que certains tribunaux et archives refusent.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="426" />
      <source>Without a password the PDF is NOT encrypted: anyone who gets the file can read it. Keep it on an encrypted disk, or set a password.</source>
      <translation>Sans mot de passe, le PDF n’est PAS chiffré : toute personne qui obtient le fichier peut le lire. Gardez-le sur un disque chiffré, ou définissez un mot de passe.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="429" />
      <source>Saved as an archival PDF (PDF/A-2b): fonts embedded, colours declared, as courts and archives accept it.</source>
      <translation>Enregistré comme PDF d'archivage (PDF/A-2b) : polices incorporées, couleurs déclarées, tel que tribunaux et archives l'acceptent.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="434" />
      <source>Choose a TrueType font</source>
      <translation>Choisir une police TrueType</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="434" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>Polices TrueType (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="442" />
      <source>Found on this computer</source>
      <translation>Trouvée sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="510" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="515" />
      <source>Preparing the preview…</source>
      <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="516" />
      <source>Rendering the dossier…</source>
      <translation>Mise en page du dossier…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="527" />
      <source>Preview cancelled.</source>
      <translation>Aperçu annulé.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="547" />
      <source>Preparing the dossier…</source>
      <translation>Préparation du dossier…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="564" />
      <source>Cancelled: nothing was written.</source>
      <translation>Annulé : rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="579" />
      <source>Save dossier as</source>
      <translation>Enregistrer le dossier sous</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="579" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="586" />
      <source>Replace file?</source>
      <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="586" />
      <source>{name} already exists. Replace it?</source>
      <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="592" />
      <location filename="../ui/dossier_dialog.py" line="596" />
      <location filename="../ui/dossier_texts.py" line="125" />
      <location filename="../ui/dossier_texts.py" line="128" />
      <source>Dossier not saved</source>
      <translation>Dossier non enregistré</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="592" />
      <source>{name} is a folder. Choose a file name for the dossier.</source>
      <translation>{name} est un répertoire. Choisissez un nom de fichier pour le dossier PDF.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="596" />
      <source>The folder {folder} does not exist. Choose another place for the dossier; nothing was written.</source>
      <translation>Le répertoire {folder} n’existe pas. Choisissez un autre emplacement pour le dossier ; rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="600" />
      <source>Saving the dossier…</source>
      <translation>Enregistrement du dossier…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_dialog.py" line="617" />
      <source>Dossier saved</source>
      <translation>Dossier enregistré</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="18" />
      <source>Type a password, then type it again below.</source>
      <translation>Saisissez un mot de passe, puis saisissez-le à nouveau ci-dessous.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="20" />
      <source>This password is too long: PDF passwords hold at most 127 bytes (about 40 Chinese or 127 Latin characters).</source>
      <translation>Ce mot de passe est trop long : un mot de passe PDF tient en 127 octets au plus (environ 40 caractères chinois ou 127 caractères latins).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="23" />
      <source>Type the password again to confirm it.</source>
      <translation>Saisissez à nouveau le mot de passe pour le confirmer.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="25" />
      <source>The two passwords do not match.</source>
      <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="32" />
      <source>A password encrypts the whole PDF with AES-256, the current PDF standard (Acrobat X or later, recent Preview, Firefox, Chrome, Okular and Evince open it). It protects the file if it is copied, mailed or lost: without the password nobody can read its pages or its properties. It does not protect what happens after someone opens it: they can print, copy or forward the content. The file name and size stay visible. A short or guessable password can be found by trying many passwords on another computer: use a long passphrase and pass it on by another channel than the file. The password is not stored anywhere; if it is lost, make the dossier again from the vault.</source>
      <translation>Un mot de passe chiffre tout le PDF en AES-256, la norme PDF actuelle (Acrobat X ou plus récent, Aperçu récent, Firefox, Chrome, Okular et Evince l’ouvrent). Il protège le fichier s’il est copié, envoyé ou perdu : sans le mot de passe, personne ne peut lire ses pages ni ses propriétés. Il ne protège pas ce qui se passe une fois le fichier ouvert : on peut alors imprimer, copier ou transmettre son contenu. Le nom et la taille du fichier restent visibles. Un mot de passe court ou facile à deviner peut être trouvé en essayant de nombreux mots de passe sur un autre ordinateur : utilisez une longue phrase de passe et transmettez-la par un autre canal que le fichier. Le mot de passe n’est conservé nulle part ; s’il est perdu, refaites le dossier à partir du coffre.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="44" />
      <source>Reading the case…</source>
      <translation>Lecture de l’affaire…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="46" />
      <source>Reading exhibits: {done} of {total}</source>
      <translation>Lecture des pièces : {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="48" />
      <source>Laying out page {page}…</source>
      <translation>Mise en page de la page {page}…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="50" />
      <source>Encrypting…</source>
      <translation>Chiffrement…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="52" />
      <source>Finishing…</source>
      <translation>Finalisation…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="64" />
      <source>Saved {name} ({pages} pages).</source>
      <translation>{name} enregistré ({pages} pages).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="66" />
      <source>It is encrypted with AES-256: send the password by another channel than the file.</source>
      <translation>Il est chiffré en AES-256 : transmettez le mot de passe par un autre canal que le fichier.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="68" />
      <source>It is NOT encrypted: keep it on an encrypted disk and delete it when it is no longer needed.</source>
      <translation>Il n’est PAS chiffré : gardez-le sur un disque chiffré et supprimez-le quand il n’est plus utile.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="84" />
      <source>Check the redaction before saving: {persons} person(s) replaced by pseudonyms, {mentions} mention(s) of their names replaced, {withheld} exhibit(s) withheld.</source>
      <translation>Vérifiez le caviardage avant d'enregistrer : {persons} personne(s) remplacée(s) par des pseudonymes, {mentions} mention(s) de leur nom remplacée(s), {withheld} pièce(s) retenue(s).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="87" />
      <source>Names spelled in a way not recorded as the person's name or alias are not found: read the preview too.</source>
      <translation>Un nom écrit autrement que le nom ou l'alias enregistré de la personne n'est pas trouvé : relisez aussi l'aperçu.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="92" />
      <source>Chinese</source>
      <translation>chinois</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="92" />
      <source>Arabic-script (Uyghur, Arabic, Persian)</source>
      <translation>en écriture arabe (ouïghour, arabe, persan)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="92" />
      <source>Latin</source>
      <translation>latin</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="97" />
      <source>Install a Chinese TrueType font (Debian/Ubuntu: sudo apt install fonts-wqy-microhei; Windows has Microsoft YaHei, macOS has STHeiti).</source>
      <translation>Installez une police TrueType chinoise (Debian/Ubuntu : sudo apt install fonts-wqy-microhei ; Windows a Microsoft YaHei, macOS a STHeiti).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="99" />
      <source>Install an Arabic-script TrueType font (Debian/Ubuntu: sudo apt install fonts-noto-core; Windows has Arial and Tahoma, macOS has Geeza Pro).</source>
      <translation>Installez une police TrueType pour l’écriture arabe (Debian/Ubuntu : sudo apt install fonts-noto-core ; Windows a Arial et Tahoma, macOS a Geeza Pro).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="101" />
      <source>Install a TrueType font such as DejaVu Sans (Debian/Ubuntu: sudo apt install fonts-dejavu-core).</source>
      <translation>Installez une police TrueType telle que DejaVu Sans (Debian/Ubuntu : sudo apt install fonts-dejavu-core).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="114" />
      <source>This dossier contains {scripts} text, but no font on this computer has those characters. Nothing was written.</source>
      <translation>Ce dossier contient du texte {scripts}, mais aucune police de cet ordinateur n’a ces caractères. Rien n’a été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="117" />
      <source>Or choose a TrueType font file that has them under “Font for other scripts”.</source>
      <translation>Ou choisissez un fichier de police TrueType qui les contient sous « Police pour d’autres écritures ».</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="118" />
      <source>A font is missing</source>
      <translation>Une police manque</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="120" />
      <source>The font cannot be used</source>
      <translation>La police ne peut pas être utilisée</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="120" />
      <source>The chosen font file cannot be used for the dossier. Choose another TrueType (.ttf) font.</source>
      <translation>Le fichier de police choisi ne peut pas servir pour le dossier. Choisissez une autre police TrueType (.ttf).</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="123" />
      <source>The password cannot be used</source>
      <translation>Le mot de passe ne peut pas être utilisé</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="125" />
      <source>The disk is full. Nothing was written, and an earlier file of that name is unchanged. Free some space or choose another place.</source>
      <translation>Le disque est plein. Rien n’a été écrit, et un fichier existant de ce nom n’a pas été modifié. Libérez de la place ou choisissez un autre emplacement.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="128" />
      <source>The disk refused the file. Nothing was written, and an earlier file of that name is unchanged.</source>
      <translation>Le disque a refusé le fichier. Rien n’a été écrit, et un fichier existant de ce nom n’a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_texts.py" line="130" />
      <source>The dossier could not be made</source>
      <translation>Le dossier n’a pas pu être produit</translation>
    </message>
  </context>
  <context>
    <name>DossierPreview</name>
    <message>
      <location filename="../ui/dossier_preview.py" line="57" />
      <source>The preview cannot be shown.</source>
      <translation>L’aperçu ne peut pas être affiché.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="60" />
      <source>{pages} pages. The preview stays in memory and is not encrypted; nothing is written until you press “Save as…”.</source>
      <translation>{pages} pages. L’aperçu reste en mémoire et n’est pas chiffré ; rien n’est écrit tant que vous n’appuyez pas sur « Enregistrer sous… ».</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="66" />
      <source>The options changed since this preview: press Preview to see them.</source>
      <translation>Les options ont changé depuis cet aperçu : appuyez sur Aperçu pour les voir.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_preview.py" line="76" />
      <source>Press Preview to see the first pages of the dossier before saving it.</source>
      <translation>Appuyez sur Aperçu pour voir les premières pages du dossier avant de l’enregistrer.</translation>
    </message>
  </context>
  <context>
    <name>Editors</name>
    <message>
      <location filename="../ui/editors.py" line="88" />
      <source>Country (CN, CA...)</source>
      <translation>Pays (CN, CA…)</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="92" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="95" />
      <source>Place (address or description)</source>
      <translation>Lieu (adresse ou description)</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="96" />
      <source>Add place</source>
      <translation>Ajouter le lieu</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="99" />
      <location filename="../ui/editors.py" line="179" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="159" />
      <source>Whom it targeted</source>
      <translation>Qui était visé</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="161" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="176" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="191" />
      <source>Who acted</source>
      <translation>Qui a agi</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="199" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="202" />
      <source>Exhibits</source>
      <translation>Pièces</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="292" />
      <source>Add an existing person to this case</source>
      <translation>Ajouter une personne existante à ce dossier</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="297" />
      <source>Type part of a name, in any script</source>
      <translation>Tapez une partie d'un nom, dans n'importe quelle écriture</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="301" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../ui/editors.py" line="334" />
      <source>Choose a person from the list first.</source>
      <translation>Choisissez d'abord une personne dans la liste.</translation>
    </message>
  </context>
  <context>
    <name>ExhibitDetails</name>
    <message>
      <location filename="../ui/exhibit_details.py" line="49" />
      <source>Date (YYYY-MM-DD)</source>
      <translation>Date (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="50" />
      <source>by —</source>
      <translation>par —</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="51" />
      <source>to —</source>
      <translation>à —</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="54" />
      <source>How (screenshots on her phone, sealed envelope...)</source>
      <translation>Comment (captures sur son téléphone, enveloppe scellée…)</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="57" />
      <source>Where, or from where</source>
      <translation>Où, ou d'où</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="58" />
      <source>Add step</source>
      <translation>Ajouter l'étape</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="61" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="97" />
      <source>by {name}</source>
      <translation>par {name}</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="99" />
      <source>to {name}</source>
      <translation>à {name}</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="112" />
      <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
      <translation>Écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../ui/exhibit_details.py" line="157" />
      <source>Chain of custody</source>
      <translation>Chaîne de possession</translation>
    </message>
  </context>
  <context>
    <name>ExhibitViewer</name>
    <message>
      <location filename="../ui/exhibits.py" line="130" />
      <source>Fit to window</source>
      <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="132" />
      <source>Fit to window (F or Ctrl+0)</source>
      <translation>Ajuster à la fenêtre (F ou Ctrl+0)</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="137" />
      <source>Actual size (1 or Ctrl+1)</source>
      <translation>Taille réelle (1 ou Ctrl+1)</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="142" />
      <source>Zoom out (- or Ctrl+-)</source>
      <translation>Zoom arrière (- ou Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="147" />
      <source>Zoom in (+ or Ctrl++)</source>
      <translation>Zoom avant (+ ou Ctrl++)</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="218" />
      <source>Opening…</source>
      <translation>Ouverture…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="228" />
      <source>No preview for this kind of file ({mime}). Use “Save a copy as…” to open it in another program.</source>
      <translation>Pas d’aperçu pour ce type de fichier ({mime}). Utilisez « Enregistrer une copie sous… » pour l’ouvrir avec un autre programme.</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="249" />
      <source>Only the first {n} of {total} pages are shown here. Use “Save a copy as…” to read the rest in another program.</source>
      <translation>Seules les {n} premières pages sur {total} sont affichées ici. Utilisez « Enregistrer une copie sous… » pour lire la suite dans un autre programme.</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="275" />
      <source>This file took too long to open and was not shown. It may be damaged or made to hang a viewer; use “Save a copy as…” only if you trust it.</source>
      <translation>Ce fichier a mis trop longtemps à s’ouvrir et n’a pas été affiché. Il est peut-être endommagé ou conçu pour bloquer une visionneuse ; n’utilisez « Enregistrer une copie sous… » que si vous lui faites confiance.</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="277" />
      <source>This file needs too much memory to show and was not shown.</source>
      <translation>Ce fichier demande trop de mémoire pour être affiché ; il ne l’a pas été.</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="278" />
      <source>This image is too large to show here.</source>
      <translation>Cette image est trop grande pour être affichée ici.</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="280" />
      <source>This file could not be shown; it may be damaged.</source>
      <translation>Ce fichier n’a pas pu être affiché ; il est peut-être endommagé.</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="317" />
      <source>Select an exhibit and press View.</source>
      <translation>Choisissez une pièce et cliquez sur Afficher.</translation>
    </message>
  </context>
  <context>
    <name>Exhibits</name>
    <message>
      <location filename="../ui/exhibits.py" line="47" />
      <source>1 person</source>
      <translation>1 personne</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="47" />
      <source>{n} persons</source>
      <translation>{n} personnes</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="48" />
      <source>Nobody</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="48" />
      <source>Not recorded</source>
      <translation>Non renseigné</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="53" />
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="54" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="55" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="56" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="57" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="58" />
      <source>Captured</source>
      <translation>Pris le</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="59" />
      <source>Who appears</source>
      <translation>Qui y figure</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="60" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="441" />
      <source>Not recorded yet</source>
      <translation>Pas encore renseigné</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="443" />
      <source>Nobody identifiable</source>
      <translation>Personne d’identifiable</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="445" />
      <source>These persons:</source>
      <translation>Ces personnes :</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="460" />
      <source>A person who is not in this case ({id})</source>
      <translation>Une personne qui n'est pas dans ce dossier ({id})</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="469" />
      <source>Dossiers do not reproduce an image that shows someone who may not be named in them, nor an image whose persons are not recorded (unless you confirm it when exporting).</source>
      <translation>Les dossiers ne reproduisent pas une image montrant quelqu'un qui ne peut pas y être nommé, ni une image dont les personnes ne sont pas renseignées (sauf si vous le confirmez à l'export).</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="479" />
      <source>Who appears in it</source>
      <translation>Qui y figure</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="514" />
      <source>Tick the persons who appear in it, or choose “Nobody identifiable”.</source>
      <translation>Cochez les personnes qui y figurent, ou choisissez « Personne d’identifiable ».</translation>
    </message>
  </context>
  <context>
    <name>ExhibitsTab</name>
    <message>
      <location filename="../ui/exhibits.py" line="337" />
      <source>Add files…</source>
      <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="338" />
      <source>View</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="339" />
      <source>Save a copy as…</source>
      <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="340" />
      <source>Copy SHA-256</source>
      <translation>Copier le SHA-256</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="349" />
      <source>Drop files here to add them as exhibits. They are stored encrypted inside the vault; the originals are not changed.</source>
      <translation>Déposez des fichiers ici pour les ajouter comme pièces. Ils sont stockés chiffrés dans le coffre ; les originaux ne sont pas modifiés.</translation>
    </message>
    <message>
      <location filename="../ui/exhibits.py" line="383" />
      <source>{label} · {name} · SHA-256 at intake: {sha}</source>
      <translation>{label} · {name} · SHA-256 à l’enregistrement : {sha}</translation>
    </message>
  </context>
  <context>
    <name>ExportBundleDialog</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="96" />
      <source>Export bundle</source>
      <translation>Exporter un lot</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="96" />
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="99" />
      <source>All cases, with every person, organisation and deletion</source>
      <translation>Tous les dossiers, avec chaque personne, organisation et suppression</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="101" />
      <source>Only the cases ticked below</source>
      <translation>Seulement les dossiers cochés ci-dessous</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="108" />
      <source>Filter by reference or title</source>
      <translation>Filtrer par référence ou titre</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="120" />
      <source>Only what this vault has not seen:</source>
      <translation>Seulement ce que ce coffre n’a pas encore vu :</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="122" />
      <source>Leaves out what the chosen vault already had when it made the last bundle imported here. No date is used: laptop clocks are often wrong.</source>
      <translation>Laisse de côté ce que le coffre choisi avait déjà quand il a produit le dernier lot importé ici. Aucune date n’est utilisée : les horloges des ordinateurs sont souvent fausses.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="129" />
      <source>Bundle file</source>
      <translation>Fichier du lot</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="135" />
      <source>Bundle passphrase</source>
      <translation>Phrase secrète du lot</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="137" />
      <source>Repeat passphrase</source>
      <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="138" />
      <source>The bundle is encrypted with this passphrase. Agree on it with the person who will import it and give it to them separately from the file, never on the same stick.</source>
      <translation>Le lot est chiffré avec cette phrase secrète. Convenez-en avec la personne qui l’importera et transmettez-la séparément du fichier, jamais sur la même clé USB.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="150" />
      <source>Gathering the cases, their records and their history…</source>
      <translation>Rassemblement des dossiers, de leurs enregistrements et de leur historique…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="151" />
      <source>Encrypting and writing the bundle…</source>
      <translation>Chiffrement et écriture du lot…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="163" />
      <source>(no bundle imported yet)</source>
      <translation>(aucun lot importé pour l’instant)</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="167" />
      <source>Export bundle to</source>
      <translation>Exporter le lot dans</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="184" />
      <source>Choose where to write the bundle.</source>
      <translation>Choisissez où écrire le lot.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="190" />
      <source>Tick at least one case, or choose all cases.</source>
      <translation>Cochez au moins un dossier, ou choisissez tous les dossiers.</translation>
    </message>
    <message>
      <source>Only cases changed on or after</source>
      <translation type="vanished">Seulement les dossiers modifiés depuis le</translation>
    </message>
    <message>
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation type="vanished">La phrase secrète doit compter au moins 8 caractères ; plusieurs mots, c’est le mieux.</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type them again.</source>
      <translation type="vanished">Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../ui/fields.py" line="18" />
      <location filename="../ui/fields.py" line="155" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="19" />
      <location filename="../ui/fields.py" line="86" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="20" />
      <location filename="../ui/fields.py" line="119" />
      <location filename="../ui/fields.py" line="143" />
      <location filename="../ui/fields.py" line="158" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="21" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="22" />
      <source>Confidentiality</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="23" />
      <source>Campaign</source>
      <translation>Campagne</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="24" />
      <source>Origin state</source>
      <translation>État d'origine</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="25" />
      <source>Host country</source>
      <translation>Pays d'accueil</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="26" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="27" />
      <source>Current outcome</source>
      <translation>Issue actuelle</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="28" />
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="29" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="36" />
      <source>This record is</source>
      <translation>Cette fiche est</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="37" />
      <location filename="../ui/fields.py" line="191" />
      <source>Name (original script)</source>
      <translation>Nom (écriture d’origine)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="37" />
      <location filename="../ui/fields.py" line="39" />
      <source>e.g. {name}</source>
      <translation>p. ex. {name}</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="38" />
      <source>Name (Latin script), or a description</source>
      <translation>Nom (écriture latine), ou une description</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="40" />
      <source>Number of people</source>
      <translation>Nombre de personnes</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="41" />
      <source>The number is</source>
      <translation>Ce nombre est</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="42" />
      <source>Known members</source>
      <translation>Membres connus</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="43" />
      <source>Aliases</source>
      <translation>Autres noms</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="44" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="45" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="46" />
      <source>Citizenships</source>
      <translation>Nationalités</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="47" />
      <source>Residence status</source>
      <translation>Statut de résidence</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="48" />
      <source>Occupation</source>
      <translation>Profession</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="49" />
      <source>Target category</source>
      <translation>Catégorie de cible</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="50" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="51" />
      <source>Contact notes</source>
      <translation>Notes de contact</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="52" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="53" />
      <source>Notes about the person</source>
      <translation>Notes sur la personne</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="59" />
      <source>Role in this case</source>
      <translation>Rôle dans ce dossier</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="60" />
      <source>Relation to the target</source>
      <translation>Lien avec la cible</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="61" />
      <source>What happened to them in this case</source>
      <translation>Ce qui leur est arrivé dans ce dossier</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="69" />
      <source>Tactic</source>
      <translation>Tactique</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="70" />
      <source>Date (or start)</source>
      <translation>Date (ou début)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="71" />
      <location filename="../ui/fields.py" line="169" />
      <source>Date is</source>
      <translation>La date est</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="72" />
      <source>Until (for a range)</source>
      <translation>Jusqu'à (pour une période)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="73" />
      <source>How long it lasted</source>
      <translation>Durée</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="73" />
      <source>6 years, 3 months, 20 days, or P6Y</source>
      <translation>6 ans, 3 mois, 20 jours, ou P6Y</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="74" />
      <source>That duration is</source>
      <translation>Cette durée est</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="75" />
      <source>Host state's part</source>
      <translation>Rôle de l'État d'accueil</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="76" />
      <source>Verification</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="77" />
      <location filename="../ui/fields.py" line="105" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="84" />
      <location filename="../ui/fields.py" line="117" />
      <location filename="../ui/fields.py" line="136" />
      <location filename="../ui/fields.py" line="192" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="85" />
      <source>Citation</source>
      <translation>Référence citée</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="87" />
      <source>Author(s)</source>
      <translation>Auteur(s)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="88" />
      <source>Outlet or publisher</source>
      <translation>Média ou éditeur</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="89" />
      <location filename="../ui/fields.py" line="118" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="90" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="91" />
      <source>URL (kept as text, never opened)</source>
      <translation>URL (gardée comme texte, jamais ouverte)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="92" />
      <source>It reports (another source)</source>
      <translation>Elle rapporte (une autre source)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="93" />
      <source>Source reliability (A-F)</source>
      <translation>Fiabilité de la source (A-F)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="94" />
      <source>Information credibility (1-6)</source>
      <translation>Crédibilité de l'information (1-6)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="102" />
      <source>Exhibit number</source>
      <translation>Numéro de pièce</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="103" />
      <source>Original file name</source>
      <translation>Nom d'origine du fichier</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="104" />
      <source>Captured on</source>
      <translation>Capturé le</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="106" />
      <source>Language of its content</source>
      <translation>Langue de son contenu</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="107" />
      <source>This file is</source>
      <translation>Ce fichier est</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="108" />
      <source>Copy or translation of</source>
      <translation>Copie ou traduction de</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="109" />
      <source>Translated by</source>
      <translation>Traduit par</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="120" />
      <source>Addressed to</source>
      <translation>Adressé à</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="121" />
      <source>File number there</source>
      <translation>Numéro de dossier chez le destinataire</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="122" />
      <source>Filed for (claimant)</source>
      <translation>Déposé pour (demandeur)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="123" />
      <source>Claimant's UCI (IRCC client number)</source>
      <translation>IUC du demandeur (numéro de client IRCC)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="124" />
      <source>Counsel of record</source>
      <translation>Conseil inscrit au dossier</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="125" />
      <source>About (notice or extradition request)</source>
      <translation>Au sujet de (notice ou demande d'extradition)</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="126" />
      <source>What it asks</source>
      <translation>Ce qu'elle demande</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="127" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="128" />
      <source>Decision date</source>
      <translation>Date de la décision</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="129" />
      <source>Response</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="130" />
      <location filename="../ui/fields.py" line="146" />
      <location filename="../ui/fields.py" line="161" />
      <location filename="../ui/fields.py" line="171" />
      <location filename="../ui/fields.py" line="197" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="137" />
      <location filename="../ui/fields.py" line="152" />
      <source>Person sought</source>
      <translation>Personne recherchée</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="138" />
      <source>Issuing country</source>
      <translation>Pays émetteur</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="139" />
      <source>Issuing bureau</source>
      <translation>Bureau émetteur</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="140" />
      <source>Notice number</source>
      <translation>Numéro de la notice</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="141" />
      <source>Issued on</source>
      <translation>Émise le</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="142" />
      <location filename="../ui/fields.py" line="157" />
      <source>Charge</source>
      <translation>Chef d'accusation</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="144" />
      <location filename="../ui/fields.py" line="159" />
      <source>Status since</source>
      <translation>Statut depuis</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="145" />
      <location filename="../ui/fields.py" line="160" />
      <location filename="../ui/fields.py" line="170" />
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="153" />
      <source>Requesting country</source>
      <translation>Pays requérant</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="154" />
      <source>Requested country</source>
      <translation>Pays requis</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="156" />
      <source>Requested on</source>
      <translation>Demandée le</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="167" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="168" />
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="176" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="181" />
      <source>Task</source>
      <translation>Tâche</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="182" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="183" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="190" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="193" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="194" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="195" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../ui/fields.py" line="196" />
      <source>Belongs to or run by</source>
      <translation>Rattaché à ou dirigé par</translation>
    </message>
    <message>
      <source>Name (Latin script)</source>
      <translation type="vanished">Nom (alphabet latin)</translation>
    </message>
    <message>
      <source>Place</source>
      <translation type="vanished">Endroit</translation>
    </message>
    <message>
      <source>Who was targeted</source>
      <translation type="vanished">Qui était visé</translation>
    </message>
  </context>
  <context>
    <name>ImportBundleDialog</name>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="217" />
      <location filename="../ui/bundle_dialogs.py" line="235" />
      <source>Import bundle</source>
      <translation>Importer un lot</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="217" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="221" />
      <source>The bundle's cases are merged into this vault: records changed only in the bundle are updated, records changed on both sides are kept in both versions for you to choose from. Nothing is written if the bundle is damaged or the passphrase is wrong.</source>
      <translation>Les dossiers du lot sont fusionnés dans ce coffre : les enregistrements modifiés seulement dans le lot sont mis à jour, ceux modifiés des deux côtés sont conservés en deux versions pour que vous choisissiez. Rien n’est écrit si le lot est endommagé ou si la phrase secrète est fausse.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="225" />
      <source>Bundle file</source>
      <translation>Fichier du lot</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="226" />
      <source>Bundle passphrase</source>
      <translation>Phrase secrète du lot</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="228" />
      <source>Decrypting and reading the bundle…</source>
      <translation>Déchiffrement et lecture du lot…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="229" />
      <source>Checking every record in the bundle…</source>
      <translation>Vérification de chaque enregistrement du lot…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="230" />
      <source>Merging into this vault and updating the search index…</source>
      <translation>Fusion dans ce coffre et mise à jour de l’index de recherche…</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="242" />
      <source>Choose the bundle file (.cvb) to import.</source>
      <translation>Choisissez le fichier du lot (.cvb) à importer.</translation>
    </message>
    <message>
      <location filename="../ui/bundle_dialogs.py" line="246" />
      <source>Type the bundle passphrase.</source>
      <translation>Saisissez la phrase secrète du lot.</translation>
    </message>
  </context>
  <context>
    <name>ImportTableWizard</name>
    <message>
      <location filename="../ui/import_table_wizard.py" line="59" />
      <source>(not imported)</source>
      <translation>(non importée)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="59" />
      <source>Case: key (groups the rows of one case)</source>
      <translation>Dossier : clé (regroupe les lignes d'un dossier)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="60" />
      <source>Case: CaseVault id</source>
      <translation>Dossier : identifiant CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="60" />
      <source>CaseVault version of the row</source>
      <translation>Version CaseVault de la ligne</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="61" />
      <source>Case: reference</source>
      <translation>Dossier : référence</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="61" />
      <source>Case: title</source>
      <translation>Dossier : titre</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="62" />
      <source>Case: status</source>
      <translation>Dossier : statut</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="62" />
      <source>Case: priority</source>
      <translation>Dossier : priorité</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="63" />
      <source>Case: confidentiality</source>
      <translation>Dossier : confidentialité</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="63" />
      <source>Case: origin state</source>
      <translation>Dossier : État d'origine</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="64" />
      <source>Case: host country</source>
      <translation>Dossier : pays d'accueil</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="64" />
      <source>Case: region</source>
      <translation>Dossier : région</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="65" />
      <source>Case: campaign</source>
      <translation>Dossier : campagne</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="65" />
      <source>Case: summary</source>
      <translation>Dossier : résumé</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="65" />
      <source>Case: outcome</source>
      <translation>Dossier : issue</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="66" />
      <source>Case: tags</source>
      <translation>Dossier : étiquettes</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="66" />
      <source>Target: name (Latin script)</source>
      <translation>Cible : nom (alphabet latin)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="67" />
      <source>Target: name (original script)</source>
      <translation>Cible : nom (écriture d'origine)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="67" />
      <source>Target: other names</source>
      <translation>Cible : autres noms</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="68" />
      <source>Target: sex</source>
      <translation>Cible : sexe</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="68" />
      <source>Target: date of birth</source>
      <translation>Cible : date de naissance</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="69" />
      <source>Target: citizenships</source>
      <translation>Cible : nationalités</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="69" />
      <source>Target: residence status</source>
      <translation>Cible : statut de résidence</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="70" />
      <source>Target: occupation</source>
      <translation>Cible : profession</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="70" />
      <source>Target: category</source>
      <translation>Cible : catégorie</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="71" />
      <source>Target: consent</source>
      <translation>Cible : consentement</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="71" />
      <source>Target: individual or group</source>
      <translation>Cible : personne ou groupe</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="72" />
      <source>Target: number of people</source>
      <translation>Cible : nombre de personnes</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="73" />
      <source>Incident: CaseVault id</source>
      <translation>Incident : identifiant CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="74" />
      <source>Incident: key</source>
      <translation>Incident : clé</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="74" />
      <source>Incident: tactic</source>
      <translation>Incident : tactique</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="75" />
      <source>Incident: date</source>
      <translation>Incident : date</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="75" />
      <source>Incident: end date</source>
      <translation>Incident : date de fin</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="76" />
      <source>Incident: country</source>
      <translation>Incident : pays</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="76" />
      <source>Incident: city</source>
      <translation>Incident : ville</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="77" />
      <source>Incident: description</source>
      <translation>Incident : description</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="77" />
      <source>Incident: verification</source>
      <translation>Incident : vérification</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="78" />
      <source>Incident: host state's part</source>
      <translation>Incident : rôle de l'État d'accueil</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="78" />
      <source>Source: citation</source>
      <translation>Source : référence</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="79" />
      <source>Source: URL</source>
      <translation>Source : URL</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="79" />
      <source>Source: kind</source>
      <translation>Source : type</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="79" />
      <source>Source: date</source>
      <translation>Source : date</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="80" />
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="80" />
      <source>Outcome: date</source>
      <translation>Issue : date</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="86" />
      <source>Relative {n}: name (Latin script)</source>
      <translation>Proche {n} : nom (alphabet latin)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="87" />
      <source>Relative {n}: name (original script)</source>
      <translation>Proche {n} : nom (écriture d'origine)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="87" />
      <source>Relative {n}: relation</source>
      <translation>Proche {n} : lien</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="88" />
      <source>Relative {n}: role in the case</source>
      <translation>Proche {n} : rôle dans le dossier</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="89" />
      <source>Relative {n}: sex</source>
      <translation>Proche {n} : sexe</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="89" />
      <source>Relative {n}: date of birth</source>
      <translation>Proche {n} : date de naissance</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="90" />
      <source>Relative {n}: consent</source>
      <translation>Proche {n} : consentement</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="90" />
      <source>Relative {n}: notes</source>
      <translation>Proche {n} : notes</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Father</source>
      <translation>Père</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Mother</source>
      <translation>Mère</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Son</source>
      <translation>Fils</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="97" />
      <source>Daughter</source>
      <translation>Fille</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Brother</source>
      <translation>Frère</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Sister</source>
      <translation>Sœur</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Husband</source>
      <translation>Mari</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="98" />
      <source>Wife</source>
      <translation>Épouse</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="103" />
      <source>Safeguard Defenders-style list of returns</source>
      <translation>Liste de retours (modèle Safeguard Defenders)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="104" />
      <source>Freedom House-style list of incidents</source>
      <translation>Liste d'incidents (modèle Freedom House)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="105" />
      <source>CaseVault workbook: Cases sheet</source>
      <translation>Classeur CaseVault : feuille Dossiers</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="106" />
      <source>CaseVault workbook: Incidents sheet</source>
      <translation>Classeur CaseVault : feuille Incidents</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="115" />
      <source>Choose a spreadsheet</source>
      <translation>Choisir un tableur</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="116" />
      <source>A CSV or XLSX file, and how its columns become cases. Nothing is written until the last step.</source>
      <translation>Un fichier CSV ou XLSX, et comment ses colonnes deviennent des dossiers. Rien n'est écrit avant la dernière étape.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="121" />
      <source>&amp;Choose…</source>
      <translation>&amp;Choisir…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="133" />
      <source>Guess from the column headers</source>
      <translation>Deviner d'après les en-têtes de colonnes</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="136" />
      <source>&amp;Open a saved mapping…</source>
      <translation>&amp;Ouvrir une correspondance enregistrée…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="145" />
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="146" />
      <source>Sheet:</source>
      <translation>Feuille :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="147" />
      <source>Mapping:</source>
      <translation>Correspondance :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="151" />
      <location filename="../ui/import_table_wizard.py" line="492" />
      <source>Import spreadsheet</source>
      <translation>Importer un tableur</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="159" />
      <source>Reading…</source>
      <translation>Lecture…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="169" />
      <source>{rows} row(s), {columns} column(s).</source>
      <translation>{rows} ligne(s), {columns} colonne(s).</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="171" />
      <source>Read as {encoding} text.</source>
      <translation>Lu comme texte {encoding}.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="176" />
      <source>This file cannot be imported: {error}</source>
      <translation>Ce fichier ne peut pas être importé : {error}</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="181" />
      <location filename="../ui/import_table_wizard.py" line="187" />
      <source>Open a mapping</source>
      <translation>Ouvrir une correspondance</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="213" />
      <source>Match the columns</source>
      <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="214" />
      <source>Choose what each column holds. The key column names the case of each row. Each relative's column is a person of its own: give the relation where the column says it.</source>
      <translation>Indiquez ce que contient chaque colonne. La colonne clé désigne le dossier de chaque ligne. Chaque colonne de proche est une personne distincte : indiquez le lien quand la colonne le dit.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="218" />
      <source>One row per case</source>
      <translation>Une ligne par dossier</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="219" />
      <source>One row per incident, grouped into cases by the key</source>
      <translation>Une ligne par incident, regroupées en dossiers par la clé</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <location filename="../ui/import_table_wizard.py" line="360" />
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <source>First value</source>
      <translation>Première valeur</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <source>Imported as</source>
      <translation>Importée comme</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="224" />
      <source>Relation</source>
      <translation>Lien</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="231" />
      <location filename="../ui/import_table_wizard.py" line="374" />
      <source>&amp;Save mapping…</source>
      <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="235" />
      <source>Rows:</source>
      <translation>Lignes :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="236" />
      <source>Key column:</source>
      <translation>Colonne clé :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="276" />
      <source>(from a column)</source>
      <translation>(d'une colonne)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="335" />
      <location filename="../ui/import_table_wizard.py" line="341" />
      <source>Save mapping</source>
      <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="354" />
      <source>Check before importing</source>
      <translation>Vérifier avant d'importer</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="355" />
      <source>A dry run: nothing has been written yet.</source>
      <translation>Un essai à blanc : rien n'a encore été écrit.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="360" />
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="360" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="366" />
      <source>Value in the sheet</source>
      <translation>Valeur dans le tableur</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="366" />
      <source>Import as</source>
      <translation>Importer comme</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="371" />
      <source>Check &amp;again</source>
      <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="383" />
      <source>Problems, by row and column:</source>
      <translation>Problèmes, par ligne et par colonne :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="385" />
      <source>Values to map once (saved in the mapping):</source>
      <translation>Valeurs à faire correspondre une fois (enregistrées dans la correspondance) :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="387" />
      <source>Persons who may be one person (tick to merge them):</source>
      <translation>Personnes qui sont peut-être une seule personne (cochez pour les fusionner) :</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="408" />
      <source>Checking every row…</source>
      <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="426" />
      <source>{rows} row(s): {created} record(s) to create, {updated} to change, {unchanged} unchanged; {errors} error(s), {warnings} warning(s).</source>
      <translation>{rows} ligne(s) : {created} fiche(s) à créer, {updated} à modifier, {unchanged} inchangée(s) ; {errors} erreur(s), {warnings} avertissement(s).</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="431" />
      <source>{kept} record(s) changed in the vault since the sheet last said otherwise: the vault's values are kept.</source>
      <translation>{kept} fiche(s) modifiée(s) dans le coffre depuis que la feuille disait autre chose : les valeurs du coffre sont conservées.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="434" />
      <source>{conflicts} record(s) changed both in the sheet and in the vault: each becomes a conflict to resolve, and the vault's version stays until then.</source>
      <translation>{conflicts} fiche(s) modifiée(s) à la fois dans la feuille et dans le coffre : chacune devient un conflit à résoudre, et la version du coffre reste en place d'ici là.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="438" />
      <source>Fix the sheet or map the values below, then check again.</source>
      <translation>Corrigez le tableur ou faites correspondre les valeurs ci-dessous, puis vérifiez à nouveau.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="455" />
      <source>(choose)</source>
      <translation>(choisir)</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="471" />
      <source>(rows {rows})</source>
      <translation>(lignes {rows})</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="473" />
      <source>— already in the vault</source>
      <translation>— déjà dans le coffre</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="503" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="515" />
      <location filename="../ui/import_table_wizard.py" line="540" />
      <source>Importing…</source>
      <translation>Importation…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="515" />
      <source>Checking row {n} of {total}…</source>
      <translation>Vérification de la ligne {n} sur {total}…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="532" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="549" />
      <source>Cancelled: nothing was imported.</source>
      <translation>Annulé : rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="550" />
      <source>Nothing was imported: {error}</source>
      <translation>Rien n'a été importé : {error}</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="559" />
      <source>{cases} case(s) imported: {written} record(s) created or changed.</source>
      <translation>{cases} dossier(s) importé(s) : {written} fiche(s) créée(s) ou modifiée(s).</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="562" />
      <source>{n} person(s) merged into another.</source>
      <translation>{n} personne(s) fusionnée(s) avec une autre.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="564" />
      <source>{n} conflict(s) wait for your choice (Vault &gt; Conflicts).</source>
      <translation>{n} conflit(s) attendent votre choix (Coffre &gt; Conflits).</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="576" />
      <source>Spreadsheet imported</source>
      <translation>Tableur importé</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="591" />
      <location filename="../ui/import_table_wizard.py" line="601" />
      <source>Export spreadsheet</source>
      <translation>Exporter un tableur</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="596" />
      <source>The workbook will NOT be encrypted: anyone who gets the file can read it. Keep it on an encrypted disk and delete it after use.</source>
      <translation>Le classeur ne sera PAS chiffré : quiconque obtient le fichier peut le lire. Gardez-le sur un disque chiffré et supprimez-le après usage.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="599" />
      <source>Public profile: persons who did not consent to publication appear as pseudonyms; contact details, exact places and internal case details are left out.</source>
      <translation>Profil public : les personnes qui n'ont pas consenti à la publication apparaissent sous un pseudonyme ; coordonnées, lieux exacts et détails internes des dossiers sont omis.</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="606" />
      <source>Spreadsheet written</source>
      <translation>Tableur écrit</translation>
    </message>
    <message>
      <location filename="../ui/import_table_wizard.py" line="606" />
      <source>Wrote {path}: {cases} case(s), {persons} person(s), {incidents} incident(s).</source>
      <translation>{path} écrit : {cases} dossier(s), {persons} personne(s), {incidents} incident(s).</translation>
    </message>
    <message>
      <source>Relative: name (Latin script)</source>
      <translation type="vanished">Proche : nom (alphabet latin)</translation>
    </message>
    <message>
      <source>Relative: name (original script)</source>
      <translation type="vanished">Proche : nom (écriture d'origine)</translation>
    </message>
    <message>
      <source>Relative: relation to the target</source>
      <translation type="vanished">Proche : lien avec la cible</translation>
    </message>
    <message>
      <source>Relative or other person: role</source>
      <translation type="vanished">Proche ou autre personne : rôle</translation>
    </message>
    <message>
      <source>Relative: notes</source>
      <translation type="vanished">Proche : notes</translation>
    </message>
    <message>
      <source>Choose what each column holds. The key column names the case of each row.</source>
      <translation type="vanished">Indiquez ce que contient chaque colonne. La colonne clé désigne le dossier de chaque ligne.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../ui/labels.py" line="54" />
      <source>{where}: {what}</source>
      <translation>{where} : {what}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="156" />
      <source>{month} {year}</source>
      <translation>{month} {year}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="157" />
      <source>{day} {month} {year}</source>
      <translation>{day} {month} {year}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="165" />
      <source>date unknown</source>
      <translation>date inconnue</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="169" />
      <source>until {date}</source>
      <translation>jusqu'à {date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="170" />
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="178" />
      <source>circa {date}</source>
      <translation>vers {date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="178" />
      <source>early {date}</source>
      <translation>début {date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="178" />
      <source>mid-{date}</source>
      <translation>mi-{date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="179" />
      <source>late {date}</source>
      <translation>fin {date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="179" />
      <source>before {date}</source>
      <translation>avant {date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="179" />
      <source>after {date}</source>
      <translation>après {date}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} year</source>
      <translation>{n} an</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} years</source>
      <translation>{n} ans</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} month</source>
      <translation>{n} mois</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="188" />
      <source>{n} months</source>
      <translation>{n} mois</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} week</source>
      <translation>{n} semaine</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} weeks</source>
      <translation>{n} semaines</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} day</source>
      <translation>{n} jour</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="189" />
      <source>{n} days</source>
      <translation>{n} jours</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="204" />
      <source>{name} (group, number unknown)</source>
      <translation>{name} (groupe, nombre inconnu)</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="206" />
      <source>{name} (group of {size})</source>
      <translation>{name} (groupe de {size})</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="208" />
      <source>{name} (unidentified)</source>
      <translation>{name} (non identifiée)</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="286" />
      <source>Extradition request</source>
      <translation>Demande d'extradition</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" line="151" />
      <source>&amp;Vault</source>
      <translation>&amp;Coffre</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="152" />
      <source>&amp;Lock</source>
      <translation>&amp;Verrouiller</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="153" />
      <source>Lock and &amp;minimise</source>
      <translation>Verrouiller et &amp;réduire</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="156" />
      <source>&amp;Back up vault…</source>
      <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="158" />
      <source>E&amp;xport bundle…</source>
      <translation>E&amp;xporter un lot…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="160" />
      <source>&amp;Import bundle…</source>
      <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="162" />
      <source>Import spr&amp;eadsheet…</source>
      <translation>Importer un tab&amp;leur…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="164" />
      <source>Export sp&amp;readsheet…</source>
      <translation>Exporter un ta&amp;bleur…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="166" />
      <source>Export &amp;public spreadsheet…</source>
      <translation>Exporter un tableur p&amp;ublic…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="169" />
      <source>&amp;Conflicts…</source>
      <translation>&amp;Conflits…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="171" />
      <source>Comp&amp;act vault…</source>
      <translation>Co&amp;mpacter le coffre…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="174" />
      <source>&amp;Organisations…</source>
      <translation>&amp;Organisations…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="176" />
      <source>S&amp;tatistics…</source>
      <translation>S&amp;tatistiques…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="179" />
      <source>&amp;Settings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="180" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="181" />
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="182" />
      <location filename="../ui/main_window.py" line="244" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="184" />
      <source>&amp;Find cases</source>
      <translation>&amp;Rechercher des dossiers</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="185" />
      <source>&amp;Case</source>
      <translation>&amp;Dossier</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="186" />
      <source>&amp;New case…</source>
      <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="188" />
      <source>New &amp;incident…</source>
      <translation>Nouvel &amp;incident…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="190" />
      <source>&amp;Delete case…</source>
      <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="193" />
      <source>&amp;Export dossier…</source>
      <translation>&amp;Exporter le dossier…</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="195" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="196" />
      <source>&amp;About CaseVault</source>
      <translation>À &amp;propos de CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="247" />
      <source>&amp;Undo: {action} {what}</source>
      <translation>&amp;Annuler : {what} {action}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="285" />
      <source>{n} more wrong passphrase(s) and this vault will be erased.</source>
      <translation>Encore {n} phrase(s) secrète(s) erronée(s) et ce coffre sera effacé.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="297" />
      <source>Too many wrong passphrases: the vault {file} was erased.</source>
      <translation>Trop de phrases secrètes erronées : le coffre {file} a été effacé.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="301" />
      <source>Too many wrong passphrases, but the vault could not be erased: {error}</source>
      <translation>Trop de phrases secrètes erronées, mais le coffre n’a pas pu être effacé : {error}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="309" />
      <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
      <translation>Phrase secrète incorrecte. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="311" />
      <source>This vault is already open in another CaseVault window. Close it there first.</source>
      <translation>Ce coffre est déjà ouvert dans une autre fenêtre de CaseVault. Fermez-le d’abord.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="313" />
      <source>There is no file at this location.</source>
      <translation>Il n'y a pas de fichier à cet emplacement.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="315" />
      <source>This file is not a CaseVault vault.</source>
      <translation>Ce fichier n'est pas un coffre CaseVault.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="317" />
      <source>This vault was written by a newer CaseVault. Update CaseVault to open it.</source>
      <translation>Ce coffre a été écrit par une version plus récente de CaseVault. Mettez CaseVault à jour pour l’ouvrir.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="361" />
      <location filename="../ui/main_window.py" line="428" />
      <location filename="../ui/main_window.py" line="527" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="362" />
      <source>Save your changes before locking?</source>
      <translation>Enregistrer vos modifications avant de verrouiller ?</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="416" />
      <source>The vault locked itself, but some unsaved changes could not be saved: {problems}</source>
      <translation>Le coffre s'est verrouillé, mais certaines modifications n'ont pas pu être enregistrées : {problems}</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="419" />
      <source>The vault is locked.</source>
      <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="429" />
      <source>Save the changes to this case before opening another?</source>
      <translation>Enregistrer les modifications de ce dossier avant d’en ouvrir un autre ?</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="470" />
      <source>New case</source>
      <translation>Nouveau dossier</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="519" />
      <source>CaseVault</source>
      <translation>CaseVault</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" line="527" />
      <source>Save your changes before quitting?</source>
      <translation>Enregistrer vos modifications avant de quitter ?</translation>
    </message>
    <message>
      <source>Import &amp;spreadsheet…</source>
      <translation type="vanished">Importer un &amp;tableur…</translation>
    </message>
    <message>
      <source>Co&amp;mpact vault…</source>
      <translation type="vanished">Co&amp;mpacter le coffre…</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <location filename="../db/dates.py" line="60" />
      <source>{value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>{value} n’est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="63" />
      <source>{value} has year 0000, which does not exist</source>
      <translation>{value} a l’année 0000, qui n’existe pas</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="65" />
      <source>{value} has no month {month}</source>
      <translation>{value} n’a pas de mois {month}</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="186" />
      <source>{value} is not a duration such as P6Y, P1Y6M, P20D or '6 years'</source>
      <translation>{value} n’est pas une durée comme P6Y, P1Y6M, P20D ou « 6 ans »</translation>
    </message>
    <message>
      <location filename="../db/dates.py" line="70" />
      <source>{value} has no day {day} in that month</source>
      <translation>{value} : ce mois n’a pas de jour {day}</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="429" />
      <source>the {entity} {id} needs record {ref}, which neither the bundle nor this vault holds; nothing was imported</source>
      <translation>la fiche {entity} {id} a besoin de la fiche {ref}, que ni le lot ni ce coffre ne contient ; rien n’a été importé</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="427" />
      <source>the {entity} {id} needs record {ref}, which neither the file nor this vault holds; nothing was imported</source>
      <translation>la fiche {entity} {id} a besoin de la fiche {ref}, que ni le fichier ni ce coffre ne contient ; rien n’a été importé</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="441" />
      <source>source {old} from the file is now {new}: {old} is used here</source>
      <translation>la source {old} du fichier devient {new} : {old} est déjà utilisée ici</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="442" />
      <source>source {old} from the bundle is now {new}: {old} is used here</source>
      <translation>la source {old} du lot devient {new} : {old} est déjà utilisée ici</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="436" />
      <source>case {old} from the file is now {new}: {old} is used here</source>
      <translation>le dossier {old} du fichier devient {new} : {old} est déjà utilisé ici</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="437" />
      <source>case {old} from the bundle is now {new}: {old} is used here</source>
      <translation>le dossier {old} du lot devient {new} : {old} est déjà utilisé ici</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="439" />
      <source>exhibit {old} from the file is now {new}: {old} is used here</source>
      <translation>la pièce {old} du fichier devient {new} : {old} est déjà utilisée ici</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="440" />
      <source>exhibit {old} from the bundle is now {new}: {old} is used here</source>
      <translation>la pièce {old} du lot devient {new} : {old} est déjà utilisée ici</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="507" />
      <source>the file lacks the file of exhibit {label} ({id})</source>
      <translation>il manque au fichier le fichier de la pièce {label} ({id})</translation>
    </message>
    <message>
      <location filename="../db/merge.py" line="509" />
      <source>the bundle lacks the file of exhibit {label} ({id})</source>
      <translation>il manque au lot le fichier de la pièce {label} ({id})</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="309" />
      <source>ours</source>
      <translation>la version de ce coffre a été gardée</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="309" />
      <source>theirs</source>
      <translation>la version de l’autre coffre a été gardée</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="309" />
      <source>superseded</source>
      <translation>remplacé par un conflit plus récent</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="310" />
      <source>settled</source>
      <translation>une fusion ultérieure a mis les deux versions d’accord</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="315" />
      <source>Conflict {id} is already resolved ({resolution}).</source>
      <translation>Le conflit {id} est déjà résolu ({resolution}).</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="277" />
      <source>Choose which version to keep: ours or theirs.</source>
      <translation>Choisissez la version à garder : ours (la nôtre) ou theirs (la leur).</translation>
    </message>
    <message>
      <location filename="../db/merge_conflicts.py" line="358" />
      <source>the case was deleted here since the conflict was found; nothing to decide</source>
      <translation>le dossier a été supprimé ici depuis que le conflit a été constaté ; il n’y a plus rien à décider</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="33" />
      <source>cannot be read ({why})</source>
      <translation>ne peut pas être lu ({why})</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="44" />
      <source>case</source>
      <translation>dossier</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="44" />
      <source>person</source>
      <translation>personne</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="44" />
      <source>organisation</source>
      <translation>organisation</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="45" />
      <source>role</source>
      <translation>rôle</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="45" />
      <source>incident</source>
      <translation>incident</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="45" />
      <source>source</source>
      <translation>source</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="46" />
      <source>exhibit</source>
      <translation>pièce</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="46" />
      <source>intervention</source>
      <translation>démarche</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="46" />
      <source>note</source>
      <translation>note</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="47" />
      <source>task</source>
      <translation>tâche</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="47" />
      <source>interpol_notice</source>
      <translation>notice d’Interpol</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="48" />
      <source>extradition_request</source>
      <translation>demande d’extradition</translation>
    </message>
    <message>
      <location filename="../db/notices.py" line="48" />
      <source>outcome</source>
      <translation>issue</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="55" />
      <source>must be a country code</source>
      <translation>doit être un code de pays</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="57" />
      <source>{value} is not an ISO 3166 country code (two letters, such as CN or CA)</source>
      <translation>{value} n’est pas un code de pays ISO 3166 (deux lettres, comme CN ou CA)</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="72" />
      <source>cannot point to the record itself</source>
      <translation>ne peut pas renvoyer à la fiche elle-même</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="102" />
      <source>names a source twice</source>
      <translation>cite deux fois la même source</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="131" />
      <source>{value} is already used by another case</source>
      <translation>{value} est déjà utilisé par un autre dossier</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="209" />
      <source>describe the group or the unidentified person (for example 'relatives in China' or 'man who approached him')</source>
      <translation>décrivez le groupe ou la personne non identifiée (par exemple « proches en Chine » ou « homme qui l’a abordé »)</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="218" />
      <source>must be a whole number of people, 1 or more (or left empty)</source>
      <translation>doit être un nombre entier de personnes, 1 ou plus (ou rester vide)</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="220" />
      <source>only a group has a size and members</source>
      <translation>seul un groupe a un effectif et des membres</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="234" />
      <source>lists a person twice, or the group itself</source>
      <translation>cite deux fois une personne, ou le groupe lui-même</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="239" />
      <source>{name} is still part of {n} role(s), incident(s), exhibit(s), filing(s), notice(s) or group(s); remove those first</source>
      <translation>{name} figure encore dans {n} rôle(s), incident(s), pièce(s), démarche(s), notice(s) ou groupe(s) ; retirez-l’en d’abord</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="274" />
      <source>an organisation needs a name</source>
      <translation>une organisation doit avoir un nom</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="283" />
      <source>{name} is still named in {n} incident(s), filing(s), notice(s) or organisation(s); remove it there first</source>
      <translation>{name} est encore cité dans {n} incident(s), démarche(s), notice(s) ou organisation(s) ; retirez-le d’abord</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="306" />
      <source>a relative or associate needs a relation to the target (parent, child, business partner, friend...)</source>
      <translation>un proche ou un associé doit avoir un lien avec la cible (parent, enfant, associé, ami…)</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="324" />
      <source>ends before it starts</source>
      <translation>se termine avant de commencer</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="330" />
      <source>is needed for 'more than', 'about' or 'less than'</source>
      <translation>est nécessaire pour « plus de », « environ » ou « moins de »</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="334" />
      <source>names a target twice</source>
      <translation>cite deux fois la même cible</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="408" />
      <source>must be a whole number, 1 or more</source>
      <translation>doit être un nombre entier, 1 ou plus</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="444" />
      <source>must be 64 hexadecimal digits</source>
      <translation>doit compter 64 chiffres hexadécimaux</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="448" />
      <source>only a translation has a translator</source>
      <translation>seule une traduction a un traducteur</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="501" />
      <source>the bytes of exhibit {label} do not match its SHA-256</source>
      <translation>le contenu de la pièce {label} ne correspond pas à son SHA-256</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="531" />
      <source>a decision date needs the decision</source>
      <translation>une date de décision exige la décision</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="208" />
      <source>a person needs a name in Latin or original script</source>
      <translation>une personne doit avoir un nom en alphabet latin ou dans l'écriture d'origine</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="229" />
      <source>{value} is not an ISO 3166 country code (such as CN)</source>
      <translation>{value} n’est pas un code de pays ISO 3166 (comme CN)</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="340" />
      <source>give a country, a city or a place</source>
      <translation>indiquez un pays, une ville ou un lieu</translation>
    </message>
    <message>
      <location filename="../db/repositories.py" line="345" />
      <source>name exactly one person or one organisation</source>
      <translation>indiquez exactement une personne ou une organisation</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="624" />
      <location filename="../exporters/interchange_explain.py" line="55" />
      <source>{value} is not one of: {keys}</source>
      <translation>{value} ne fait pas partie de : {keys}</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="601" />
      <source>is {n:,} characters long; at most {most:,} are allowed (keep long documents as exhibits)</source>
      <translation>compte {n} caractères ; {most} au plus sont permis (gardez les longs documents comme pièces)</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="612" />
      <source>is required</source>
      <translation>est obligatoire</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="606" />
      <source>holds characters that are not valid Unicode text</source>
      <translation>contient des caractères qui ne sont pas du texte Unicode valide</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="565" />
      <source>has {n:,} entries; at most {most:,} are allowed</source>
      <translation>compte {n} entrées ; {most} au plus sont permises</translation>
    </message>
    <message>
      <location filename="../db/repository.py" line="572" />
      <source>{value} is too large a number</source>
      <translation>{value} est un nombre trop grand</translation>
    </message>
    <message>
      <location filename="../db/search_filter.py" line="142" />
      <source>The 'to' date {value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
      <translation>La date « au » {value} n’est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../db/search_filter.py" line="72" />
      <source>The 'from' date is after the 'to' date.</source>
      <translation>La date « du » est postérieure à la date « au ».</translation>
    </message>
    <message>
      <location filename="../db/search_filter.py" line="140" />
      <source>The 'from' date {value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
      <translation>La date « du » {value} n’est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../db/search_query.py" line="98" />
      <source>The search text is too long ({n} characters; at most {most}).</source>
      <translation>Le texte recherché est trop long ({n} caractères ; au plus {most}).</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="210" />
      <source>is missing or not a str</source>
      <translation>est absent ou n’est pas du texte (str)</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="210" />
      <source>is missing or not a dict</source>
      <translation>est absent ou n’est pas un objet (dict)</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="211" />
      <source>is missing or not a list</source>
      <translation>est absent ou n’est pas une liste (list)</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="293" />
      <source>$.document ({entity} {id})</source>
      <translation>$.document (fiche {entity} {id})</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="207" />
      <source>{what}; nothing was imported</source>
      <translation>{what} ; rien n’a été importé</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="196" />
      <source>holds an incomplete payload</source>
      <translation>contient un contenu incomplet</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="218" />
      <source>is not a version vector</source>
      <translation>n’est pas un vecteur de versions</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="225" />
      <source>is not an audit-chain head [seq, hash]</source>
      <translation>n’est pas une tête de chaîne d’audit [seq, hash]</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="234" />
      <source>this is not a CaseVault bundle payload</source>
      <translation>ce n’est pas le contenu d’un lot CaseVault</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="237" />
      <source>this bundle was made by an older CaseVault (bundle format 1), which this one no longer reads: update CaseVault on the laptop that made it and export again</source>
      <translation>ce lot a été fait par une ancienne version de CaseVault (format de lot 1), que celle-ci ne lit plus : mettez CaseVault à jour sur l’ordinateur qui l’a fait et exportez de nouveau</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="241" />
      <source>version {version} is not one this CaseVault reads; update CaseVault</source>
      <translation>la version {version} n’est pas une version que ce CaseVault sait lire ; mettez CaseVault à jour</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="249" />
      <source>must be all, cases or for</source>
      <translation>doit valoir all, cases ou for</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="203" />
      <source>holds a payload that is not valid JSON</source>
      <translation>contient un contenu qui n’est pas du JSON valide</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="265" />
      <source>a record in a bundle must carry its revision</source>
      <translation>une fiche d’un lot doit porter sa révision</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="267" />
      <source>a record does not match its revision's digest</source>
      <translation>une fiche ne correspond pas à l’empreinte de sa révision</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="275" />
      <source>is not a tombstone</source>
      <translation>n’est pas une trace de suppression</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="277" />
      <source>record {id} is both present and deleted</source>
      <translation>la fiche {id} est à la fois présente et supprimée</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="192" />
      <source>holds data that does not decompress</source>
      <translation>contient des données qui ne se décompressent pas</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="281" />
      <source>only a case's tombstone covers other records</source>
      <translation>seule la trace de suppression d’un dossier couvre d’autres fiches</translation>
    </message>
    <message>
      <location filename="../exporters/bundle.py" line="188" />
      <source>would expand to more than {mb:,} MB, far more than any bundle CaseVault writes</source>
      <translation>occuperait plus de {mb} Mo une fois décompressé, bien plus que tout lot écrit par CaseVault</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="151" />
      <source>was modified or damaged (part {part} does not authenticate)</source>
      <translation>a été modifié ou endommagé (la partie {part} ne s’authentifie pas)</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="47" />
      <source>{name} is not a CaseVault bundle.</source>
      <translation>{name} n’est pas un lot CaseVault.</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="52" />
      <source>{name} was written by a newer CaseVault (bundle format {version}; this version reads format {reads}). Update CaseVault to import it.</source>
      <translation>{name} a été écrit par une version plus récente de CaseVault (format de lot {version} ; cette version lit le format {reads}). Mettez CaseVault à jour pour l’importer.</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="59" />
      <source>Wrong passphrase for bundle {name} (or its header was changed); nothing was imported.</source>
      <translation>Phrase secrète incorrecte pour le lot {name} (ou son en-tête a été modifié) ; rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="67" />
      <source>Bundle {name} {why}; nothing was imported.</source>
      <translation>Le lot {name} {why} ; rien n’a été importé.</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="115" />
      <source>is incomplete (cut off in its header)</source>
      <translation>est incomplet (coupé dans son en-tête)</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="123" />
      <source>has a damaged header</source>
      <translation>a un en-tête endommagé</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="150" />
      <source>is damaged or incomplete (its end does not authenticate)</source>
      <translation>est endommagé ou incomplet (sa fin ne s’authentifie pas)</translation>
    </message>
    <message>
      <location filename="../exporters/bundle_format.py" line="148" />
      <source>is incomplete (it was cut off)</source>
      <translation>est incomplet (il a été coupé)</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="240" />
      <source>the JSON is nested too deeply</source>
      <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="233" />
      <source>line {line}, column {column}</source>
      <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="244" />
      <source>Expecting value</source>
      <translation>une valeur est attendue</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="245" />
      <source>Expecting ',' delimiter</source>
      <translation>le séparateur « , » est attendu</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="246" />
      <source>Expecting ':' delimiter</source>
      <translation>le séparateur « : » est attendu</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="247" />
      <source>Expecting property name enclosed in double quotes</source>
      <translation>un nom de champ entre guillemets doubles est attendu</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="248" />
      <source>Unterminated string starting at</source>
      <translation>une chaîne commencée ici n’est pas terminée</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="249" />
      <source>Invalid control character at</source>
      <translation>caractère de contrôle non valide à cet endroit</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="250" />
      <source>Invalid \escape</source>
      <translation>séquence d’échappement \ non valide</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="251" />
      <source>Invalid \uXXXX escape</source>
      <translation>séquence d’échappement \uXXXX non valide</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="252" />
      <source>Extra data</source>
      <translation>données en trop</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="258" />
      <source>invalid JSON: {why}</source>
      <translation>JSON non valide : {why}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="540" />
      <source>no person has id {id}</source>
      <translation>aucune personne n’a l’identifiant {id}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="544" />
      <source>no organisation has id {id}</source>
      <translation>aucune organisation n’a l’identifiant {id}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="237" />
      <source>byte {n}</source>
      <translation>octet {n}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="237" />
      <source>the file is not UTF-8 text</source>
      <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="284" />
      <source>version {version} was written by a newer CaseVault; this one reads versions {versions}</source>
      <translation>la version {version} a été écrite par une version plus récente de CaseVault ; celle-ci lit les versions {versions}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="222" />
      <source>is {size} MB; an interchange file may hold at most {limit} MB (exchange bigger vaults with a bundle)</source>
      <translation>fait {size} Mo ; un fichier d’échange peut contenir au plus {limit} Mo (échangez les coffres plus gros par un lot)</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="466" />
      <source>id {id} appears twice in the file</source>
      <translation>l’identifiant {id} figure deux fois dans le fichier</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="476" />
      <source>the bytes do not match the exhibit's sha256</source>
      <translation>les octets ne correspondent pas au sha256 de la pièce</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="478" />
      <source>is {size} but the data holds {n} bytes</source>
      <translation>vaut {size}, mais les données font {n} octets</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="513" />
      <source>no source of this case has id {id}</source>
      <translation>aucune source de ce dossier n’a l’identifiant {id}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="515" />
      <source>no exhibit of this case has id {id}</source>
      <translation>aucune pièce de ce dossier n’a l’identifiant {id}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="517" />
      <source>no Interpol notice or extradition request of this case has id {id}</source>
      <translation>aucune notice d’Interpol ni demande d’extradition de ce dossier n’a l’identifiant {id}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="576" />
      <source>{entity} {id} has the id of a deleted {other}; nothing was imported</source>
      <translation>la fiche {entity} {id} porte l’identifiant d’une fiche {other} supprimée ; rien n’a été importé</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="474" />
      <source>is not valid base64</source>
      <translation>n’est pas du base64 valide</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="570" />
      <source>{entity} {id} has the id of a {other} in this vault; nothing was imported</source>
      <translation>la fiche {entity} {id} porte l’identifiant d’une fiche {other} de ce coffre ; rien n’a été importé</translation>
    </message>
    <message>
      <location filename="../exporters/interchange.py" line="501" />
      <source>{label} is used twice in this case</source>
      <translation>{label} est utilisé deux fois dans ce dossier</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="89" />
      <source>text</source>
      <translation>du texte</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="89" />
      <source>a whole number</source>
      <translation>un nombre entier</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="89" />
      <source>true or false</source>
      <translation>true ou false</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="90" />
      <source>null</source>
      <translation>null</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="90" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="90" />
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="91" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="25" />
      <source>{value} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, or names a day, month or year 0000 that does not exist</source>
      <translation>{value} n’est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ en chiffres ASCII, ou désigne un jour, un mois ou une année 0000 qui n’existe pas</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="27" />
      <source>{value} is not a UTC timestamp such as 2026-11-22T13:45:40.123Z</source>
      <translation>{value} n’est pas un horodatage UTC comme 2026-11-22T13:45:40.123Z</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="28" />
      <source>{value} is not an id: ids are UUIDs written in lower case, such as 0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f</source>
      <translation>{value} n’est pas un identifiant : les identifiants sont des UUID écrits en minuscules, comme 0190f1d2-7c3a-7b1e-8f00-1a2b3c4d5e6f</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="30" />
      <source>{value} is not a duration such as P6Y (six years), P1Y6M, P3W or P20D</source>
      <translation>{value} n’est pas une durée comme P6Y (six ans), P1Y6M, P3W ou P20D</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="32" />
      <source>{value} is empty; it is required</source>
      <translation>{value} est vide ; ce champ est obligatoire</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="33" />
      <source>{value} is not a SHA-256 (64 lower-case hexadecimal digits)</source>
      <translation>{value} n’est pas un SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="64" />
      <source>{value} is not {types}</source>
      <translation>{value} n’est pas {types}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="75" />
      <source>names the same record twice</source>
      <translation>nomme deux fois la même fiche</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="77" />
      <source>an actor names exactly one person or one organisation</source>
      <translation>un acteur désigne exactement une personne ou une organisation</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="81" />
      <source>must not be empty here (it goes with another field of this record)</source>
      <translation>ne doit pas être vide ici (il va avec un autre champ de cette fiche)</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="83" />
      <source>a place needs a country, a city or a description</source>
      <translation>un lieu doit avoir un pays, une ville ou une description</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="85" />
      <source>needs a name in Latin or original script (or a description)</source>
      <translation>doit avoir un nom en alphabet latin ou dans son écriture d’origine (ou une description)</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="50" />
      <source>{value} is not an ISO 3166 country code (two capital letters, such as CN or CA)</source>
      <translation>{value} n’est pas un code de pays ISO 3166 (deux lettres capitales, comme CN ou CA)</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="54" />
      <source>{value} is not one of: {keys} (or empty)</source>
      <translation>{value} ne fait pas partie des valeurs possibles : {keys} (ou vide)</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="61" />
      <source>{value} is neither 'start' nor the id of an incident</source>
      <translation>{value} n’est ni « start » ni l’identifiant d’un incident</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="69" />
      <source>{name} is required</source>
      <translation>{name} est obligatoire</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="73" />
      <source>{name} is not a field of this record</source>
      <translation>{name} n’est pas un champ de cette fiche</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_explain.py" line="65" />
      <source>{a} or {b}</source>
      <translation>{a} ou {b}</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="197" />
      <source>invalid JSON: expected {a} or {b}, found {found}</source>
      <translation>JSON non valide : {a} ou {b} attendu, {found} trouvé</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="193" />
      <source>invalid JSON: expected {a}, found {found}</source>
      <translation>JSON non valide : {a} attendu, {found} trouvé</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="195" />
      <source>invalid JSON: expected {a} or {b}, found the end of the file</source>
      <translation>JSON non valide : {a} ou {b} attendu, mais le fichier s’arrête là</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="192" />
      <source>invalid JSON: expected {a}, found the end of the file</source>
      <translation>JSON non valide : {a} attendu, mais le fichier s’arrête là</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="212" />
      <source>{value} is not of type 'object'</source>
      <translation>{value} n’est pas de type « object »</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="240" />
      <source>invalid JSON: extra data after the document</source>
      <translation>JSON non valide : données en trop après le document</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="281" />
      <source>this is not a CaseVault interchange file</source>
      <translation>ce n’est pas un fichier d’échange CaseVault</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="219" />
      <source>invalid JSON: expected a field name</source>
      <translation>JSON non valide : nom de champ attendu</translation>
    </message>
    <message>
      <location filename="../exporters/interchange_stream.py" line="349" />
      <source>persons and organisations must all come before the cases or all after them</source>
      <translation>les personnes et les organisations doivent toutes venir avant les dossiers, ou toutes après</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="209" />
      <source>The exhibits that support no incident of the case ({labels}) run to {pages} pages: if they are country-condition material, the Division expects a justification for more than about {most} pages.</source>
      <translation>Les pièces qui n’appuient aucun incident du dossier ({labels}) comptent {pages} pages : s’il s’agit de documentation sur la situation dans le pays, la Section attend une justification au-delà d’environ {most} pages.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="178" />
      <source>Open tasks are not printed in this profile.</source>
      <translation>Les tâches en cours ne sont pas imprimées dans ce profil.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="180" />
      <source>The original exhibit files are not attached to a public dossier: they are the files as stored, with any name, place or metadata in them, which redaction cannot reach.</source>
      <translation>Les fichiers originaux des pièces ne sont pas joints à un dossier public : ce sont les fichiers tels qu’enregistrés, avec les noms, lieux ou métadonnées qu’ils contiennent, que l’anonymisation ne peut atteindre.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="184" />
      <source>Not PDF/A: the PDF exhibit(s) {labels} use fonts that are not embedded or CMYK colours, which an archival PDF may not hold. The package is an ordinary PDF.</source>
      <translation>Pas en PDF/A : la ou les pièces PDF {labels} utilisent des polices non incorporées ou des couleurs CMJN, qu’un PDF d’archivage ne peut contenir. Le dossier est un PDF ordinaire.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="221" />
      <source>The hearing is in {days} day(s): disclosure must reach the Division at least {need} days before it. Late documents need the Division's leave; say why they are late.</source>
      <translation>L’audience a lieu dans {days} jour(s) : la communication doit parvenir à la Section au moins {need} jours avant. Les documents en retard exigent l’autorisation de la Section ; expliquez le retard.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="348" />
      <source>Withheld because they show a person who may not be named in this profile: {labels}.</source>
      <translation>Non reproduites parce qu’elles montrent une personne qui ne peut être nommée dans ce profil : {labels}.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="352" />
      <source>Images and PDF documents withheld because who appears in them is not recorded: {labels}. Record it in each exhibit's details, or confirm them for this dossier.</source>
      <translation>Images et documents PDF non reproduits parce que les personnes qui y figurent ne sont pas enregistrées : {labels}. Enregistrez-les dans les détails de chaque pièce, ou confirmez-les pour ce dossier.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="356" />
      <source>{n} contact detail(s) found in the text (phone numbers, e-mail addresses, messenger handles) were replaced by a note that they are withheld.</source>
      <translation>{n} coordonnée(s) trouvée(s) dans le texte (numéros de téléphone, adresses électroniques, identifiants de messagerie) ont été remplacées par une mention indiquant qu’elles sont retenues.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="359" />
      <source>{n} text field(s) longer than {characters:,} characters or {lines:,} lines were cut; the dossier says where.</source>
      <translation>{n} champ(s) de texte de plus de {characters} caractères ou {lines} lignes ont été coupés ; le dossier indique où.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="363" />
      <source>The stored file of {labels} no longer matches the SHA-256 recorded at intake; the dossier says so.</source>
      <translation>Le fichier enregistré de {labels} ne correspond plus au SHA-256 relevé à la réception ; le dossier le signale.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="367" />
      <source>Images not reproduced because they could not be read or are too large: {labels}.</source>
      <translation>Images non reproduites parce qu’elles sont illisibles ou trop grandes : {labels}.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="277" />
      <source>No translation is recorded for {labels} (not in English or French): record the translation as an exhibit (a translation of it, with its translator) before filing.</source>
      <translation>Aucune traduction n’est enregistrée pour {labels} (ni en anglais ni en français) : enregistrez la traduction comme pièce (une traduction de celle-ci, avec son traducteur) avant le dépôt.</translation>
    </message>
    <message>
      <location filename="../exporters/pdf/dossier.py" line="283" />
      <source>Every source of this case is a media report: a UN communication that rests only on media reports is not admissible. Add what else supports the facts.</source>
      <translation>Toutes les sources de ce dossier sont des articles de presse : une communication à l’ONU qui ne repose que sur la presse n’est pas recevable. Ajoutez ce qui appuie par ailleurs les faits.</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="873" />
      <source>{value} is not among the values this column may take; map it to one (the mapping's "values")</source>
      <translation>{value} ne fait pas partie des valeurs possibles de cette colonne ; associez-le à l’une d’elles (les « values » de la correspondance)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="859" />
      <source>lists {n} date(s) of birth for {count} persons; give one for each, in the same order ("?" for one not known)</source>
      <translation>donne {n} date(s) de naissance pour {count} personnes ; donnez-en une pour chacune, dans le même ordre (« ? » pour une date inconnue)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="236" />
      <source>lists {n} values for {count} persons; give one for all, or one for each in the same order</source>
      <translation>donne {n} valeurs pour {count} personnes ; donnez-en une pour toutes, ou une pour chacune dans le même ordre</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="414" />
      <source>has no tactic; the incident is recorded as "other"</source>
      <translation>n’indique aucune tactique ; l’incident est enregistré comme « autre »</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="522" />
      <source>lists {n} original name(s) for {names} name(s); give them in the same order, one for each</source>
      <translation>donne {n} nom(s) en écriture originale pour {names} nom(s) ; donnez-les dans le même ordre, un pour chacun</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="340" />
      <source>the date differs from an earlier row's with the same key; the earlier date is kept</source>
      <translation>la date diffère de celle d’une ligne précédente de même clé ; la date précédente est conservée</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="359" />
      <source>the mapping names this column but the sheet has none</source>
      <translation>la correspondance nomme cette colonne, mais la feuille ne la contient pas</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="372" />
      <source>has no value in the key column {key}; the row is not imported</source>
      <translation>n’a pas de valeur dans la colonne clé {key} ; la ligne n’est pas importée</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="387" />
      <source>{value} is not a CaseVault id</source>
      <translation>{value} n’est pas un identifiant CaseVault</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="458" />
      <source>is not a version CaseVault wrote; the row is compared with the vault as a sheet made elsewhere</source>
      <translation>n’est pas une version écrite par CaseVault ; la ligne est comparée au coffre comme une feuille faite ailleurs</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="347" />
      <source>is {value} here but {kept} in an earlier row with the same key; the earlier value is kept</source>
      <translation>vaut {value} ici mais {kept} dans une ligne précédente de même clé ; la valeur précédente est conservée</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="477" />
      <source>{value} is not a number of people</source>
      <translation>{value} n’est pas un nombre de personnes</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="654" />
      <source>is {value} here but {kept} for the person they are merged into; that value is kept</source>
      <translation>vaut {value} ici mais {kept} pour la personne avec laquelle elle est fusionnée ; cette valeur est conservée</translation>
    </message>
    <message>
      <location filename="../exporters/tables_import.py" line="757" />
      <source>the vault's value was changed since a sheet said what this one says; the vault's is kept</source>
      <translation>la valeur du coffre a été modifiée depuis qu’une feuille a dit ce que dit celle-ci ; celle du coffre est conservée</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="294" />
      <source>must be an object of text values</source>
      <translation>doit être un objet dont les valeurs sont des textes</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="301" />
      <source>is not a CaseVault table mapping ("format": "{format}" is missing)</source>
      <translation>n’est pas une correspondance de tableur CaseVault ("format": "{format}" manque)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="304" />
      <source>is {version}; this CaseVault reads mappings of version {supported}</source>
      <translation>vaut {version} ; cette version de CaseVault lit les correspondances de version {supported}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="313" />
      <source>must be an object</source>
      <translation>doit être un objet</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="332" />
      <source>must be one of {choices}</source>
      <translation>doit valoir l’une de ces valeurs : {choices}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="335" />
      <source>must name the column that identifies each case</source>
      <translation>doit nommer la colonne qui identifie chaque dossier</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="342" />
      <source>must be a short text such as ";" (or "" for the usual ones)</source>
      <translation>doit être un texte court tel que ";" (ou "" pour les séparateurs habituels)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="344" />
      <source>must be true or false</source>
      <translation>doit valoir true ou false</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="309" />
      <source>{value} is not a field (see docs/tables.md)</source>
      <translation>{value} n’est pas un champ (voir docs/tables.md)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="320" />
      <source>is not a field that takes a vocabulary</source>
      <translation>n’est pas un champ qui prend un vocabulaire</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="329" />
      <source>is not a field</source>
      <translation>n’est pas un champ</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="339" />
      <source>must be a short text</source>
      <translation>doit être un texte court</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="356" />
      <source>is larger than {size} KB: not a mapping</source>
      <translation>dépasse {size} Ko : ce n’est pas une correspondance</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="361" />
      <source>is not a JSON mapping file</source>
      <translation>n’est pas un fichier de correspondance JSON</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="365" />
      <source>{file}: {field}</source>
      <translation>{file} : {field}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="318" />
      <source>values of every relative slot are given once, under {field}</source>
      <translation>les valeurs de tous les emplacements de proche se donnent une seule fois, sous {field}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_mapping.py" line="324" />
      <source>{key} is not a key of this vocabulary</source>
      <translation>{key} n’est pas une clé de ce vocabulaire</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="116" />
      <source>is an old Excel (.xls) or other OLE2 file; save it as .xlsx or CSV in your spreadsheet program and import that</source>
      <translation>est un ancien fichier Excel (.xls) ou un autre fichier OLE2 ; enregistrez-le au format .xlsx ou CSV dans votre tableur et importez ce fichier</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="174" />
      <source>is a damaged XLSX workbook ({error})</source>
      <translation>est un classeur XLSX endommagé ({error})</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="114" />
      <source>is a password-protected workbook; CaseVault cannot open it. Open it in your spreadsheet program, remove the password (or save an unprotected copy as .xlsx) and import that copy</source>
      <translation>est un classeur protégé par mot de passe ; CaseVault ne peut pas l’ouvrir. Ouvrez-le dans votre tableur, retirez le mot de passe (ou enregistrez une copie non protégée au format .xlsx) et importez cette copie</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="179" />
      <source>row {number}</source>
      <translation>ligne {number}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="180" />
      <source>has more than {most} columns; CaseVault reads at most {most}</source>
      <translation>a plus de {most} colonnes ; CaseVault en lit au plus {most}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="305" />
      <source>Windows-1252 (Western European)</source>
      <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="128" />
      <source>is not an XLSX workbook (it is not a ZIP file): save it from your spreadsheet program as .xlsx or CSV</source>
      <translation>n’est pas un classeur XLSX (ce n’est pas un fichier ZIP) : enregistrez-le depuis votre tableur au format .xlsx ou CSV</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="138" />
      <source>is a ZIP file but not an XLSX workbook</source>
      <translation>est un fichier ZIP, mais pas un classeur XLSX</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="140" />
      <source>would unpack to {size} MB; a workbook may unpack to at most {limit} MB</source>
      <translation>occuperait {size} Mo une fois décompressé ; un classeur peut occuper au plus {limit} Mo décompressé</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="287" />
      <source>UTF-8 (with BOM)</source>
      <translation>UTF-8 (avec BOM)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="292" />
      <source>holds NUL bytes: it is a binary file, not a CSV text file</source>
      <translation>contient des octets NUL : c’est un fichier binaire, pas un fichier texte CSV</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="371" />
      <source>the sheet has more than {most} rows; CaseVault imports at most {most} at once (split it)</source>
      <translation>la feuille a plus de {most} lignes ; CaseVault en importe au plus {most} à la fois (scindez-la)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="379" />
      <source>the sheet is empty: no row holds a value</source>
      <translation>la feuille est vide : aucune ligne ne contient de valeur</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="85" />
      <source>is {size} MB; a sheet may be at most {limit} MB (split it, or save it as CSV without the other sheets)</source>
      <translation>fait {size} Mo ; un tableur peut faire au plus {limit} Mo (scindez-le, ou enregistrez-le en CSV sans les autres feuilles)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="135" />
      <source>is a damaged or truncated XLSX workbook (its ZIP structure cannot be read)</source>
      <translation>est un classeur XLSX endommagé ou tronqué (sa structure ZIP est illisible)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="147" />
      <source>is not a workbook CaseVault can read ({error})</source>
      <translation>n’est pas un classeur que CaseVault sait lire ({error})</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="154" />
      <source>has no sheet {sheet}; its sheets are: {sheets}</source>
      <translation>n’a pas de feuille {sheet} ; ses feuilles sont : {sheets}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="158" />
      <source>sheet {sheet} is a chart, not a table</source>
      <translation>la feuille {sheet} est un graphique, pas un tableau</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="220" />
      <source>holds a formula; formulas are not evaluated or imported: replace it by its value (copy, then paste values only)</source>
      <translation>contient une formule ; les formules ne sont ni calculées ni importées : remplacez-la par sa valeur (copier, puis coller les valeurs seulement)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="302" />
      <source>GB18030 (Chinese)</source>
      <translation>GB18030 (chinois)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="339" />
      <source>is not text in an encoding CaseVault reads (UTF-8, UTF-16, GB18030, Windows-1252)</source>
      <translation>n’est pas du texte dans un encodage que CaseVault sait lire (UTF-8, UTF-16, GB18030, Windows-1252)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="356" />
      <source>line {line}</source>
      <translation>ligne {line}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="357" />
      <source>is not valid CSV ({error})</source>
      <translation>n’est pas un CSV valide ({error})</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="275" />
      <source>merged cells (rows {first}-{last}): each row takes the value of the first</source>
      <translation>cellules fusionnées (lignes {first}-{last}) : chaque ligne prend la valeur de la première</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="394" />
      <source>holds values beyond the last named column ({column}); they are not read</source>
      <translation>contient des valeurs au-delà de la dernière colonne nommée ({column}) ; elles ne sont pas lues</translation>
    </message>
    <message>
      <location filename="../exporters/tables_read.py" line="399" />
      <source>holds {n:,} characters; a cell may hold at most {most:,}</source>
      <translation>contient {n} caractères ; une cellule peut en contenir au plus {most}</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="162" />
      <source>{value} is not a date: give the year with four digits</source>
      <translation>{value} n’est pas une date : donnez l’année en quatre chiffres</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="157" />
      <source>{value} is not a date CaseVault can read (examples: 2015-06, 06/2015, June 2015, juin 2015, 2015年6月, circa 2016)</source>
      <translation>{value} n’est pas une date que CaseVault sait lire (exemples : 2015-06, 06/2015, juin 2015, June 2015, 2015年6月, vers 2016)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="116" />
      <source>{value}: the range ends before it starts</source>
      <translation>{value} : la période se termine avant de commencer</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="297" />
      <source>{value} is not a country CaseVault knows (give its name or its two-letter ISO code)</source>
      <translation>{value} n’est pas un pays connu de CaseVault (donnez son nom ou son code ISO à deux lettres)</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="153" />
      <source>{value} is not a date: {word} is not a month</source>
      <translation>{value} n’est pas une date : {word} n’est pas un mois</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="155" />
      <source>{value} is not a date</source>
      <translation>{value} n’est pas une date</translation>
    </message>
    <message>
      <location filename="../exporters/tables_values.py" line="170" />
      <source>{value}: {why}</source>
      <translation>{value} : {why}</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (ours).</source>
      <translation type="vanished">Le conflit {id} est déjà résolu (la version de ce coffre a été gardée).</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (theirs).</source>
      <translation type="vanished">Le conflit {id} est déjà résolu (la version de l’autre coffre a été gardée).</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (superseded).</source>
      <translation type="vanished">Le conflit {id} est déjà résolu (remplacé par un conflit plus récent).</translation>
    </message>
    <message>
      <source>Conflict {id} is already resolved (settled).</source>
      <translation type="vanished">Le conflit {id} est déjà résolu (une fusion ultérieure a mis les deux versions d’accord).</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsDialog</name>
    <message>
      <location filename="../ui/organisations.py" line="26" />
      <source>Organisations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="30" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="31" />
      <source>Original name</source>
      <translation>Nom d'origine</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="32" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="33" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="34" />
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="35" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="36" />
      <source>New organisation…</source>
      <translation>Nouvelle organisation…</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="50" />
      <source>No organisation recorded yet.</source>
      <translation>Aucune organisation enregistrée.</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="61" />
      <source>New organisation</source>
      <translation>Nouvelle organisation</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="61" />
      <source>Edit organisation</source>
      <translation>Modifier l'organisation</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="72" />
      <source>Delete organisation?</source>
      <translation>Supprimer l'organisation ?</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="73" />
      <source>Delete “{name}”?</source>
      <translation>Supprimer « {name} » ?</translation>
    </message>
    <message>
      <location filename="../ui/organisations.py" line="83" />
      <source>Cannot delete</source>
      <translation>Suppression impossible</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message>
      <location filename="../ui/overview.py" line="74" />
      <source>Save changes</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="77" />
      <source>Revert</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="166" />
      <source>Created {created} · last change {updated} by {author}</source>
      <translation>Créé le {created} · modifié le {updated} par {author}</translation>
    </message>
    <message>
      <location filename="../ui/overview.py" line="168" />
      <source>Created {created} · last change {changed} (case details: {updated} by {author})</source>
      <translation>Créé le {created} · dernière modification le {changed} (fiche du dossier : {updated} par {author})</translation>
    </message>
  </context>
  <context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="31" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="33" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n heure</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="35" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/passphrase_strength.py" line="37" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n an</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="38" />
      <source>centuries</source>
      <translation>des siècles</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="38" />
      <source>less than a minute</source>
      <translation>moins d’une minute</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Very weak</source>
      <translation>Très faible</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Weak</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Fair</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Almost strong</source>
      <translation>Presque forte</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="43" />
      <source>Strong</source>
      <translation>Forte</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="44" />
      <source>Strength: {level}. Someone who has the file would need {time} to guess it.</source>
      <translation>Robustesse : {level}. Quelqu’un qui possède le fichier mettrait {time} à la deviner.</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="50" />
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>Ajoutez un ou deux mots. Les mots peu courants sont meilleurs.</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="69" />
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="72" />
      <source>Suggest a passphrase</source>
      <translation>Proposer une phrase secrète</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="91" />
      <source>Six random words make a strong passphrase you can remember; “Suggest a passphrase” picks them for you.</source>
      <translation>Six mots tirés au hasard font une phrase secrète forte et facile à retenir ; « Proposer une phrase secrète » les choisit pour vous.</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="111" />
      <source>Write these words down and keep them somewhere safe, then type them again below.</source>
      <translation>Notez ces mots et gardez-les en lieu sûr, puis retapez-les ci-dessous.</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="124" />
      <source>Weak passphrase</source>
      <translation>Phrase secrète faible</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="124" />
      <source>This passphrase is weak.</source>
      <translation>Cette phrase secrète est faible.</translation>
    </message>
    <message>
      <location filename="../ui/passphrase_strength.py" line="126" />
      <source>Use it anyway? A passphrase of six random words (press “Suggest a passphrase”) would take centuries to guess.</source>
      <translation>L’utiliser quand même ? Une phrase de six mots tirés au hasard (bouton « Proposer une phrase secrète ») demanderait des siècles à deviner.</translation>
    </message>
  </context>
  <context>
    <name>Proceedings</name>
    <message>
      <location filename="../ui/proceedings.py" line="23" />
      <source>New Interpol notice…</source>
      <translation>Nouvelle notice Interpol…</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="25" />
      <source>New extradition request…</source>
      <translation>Nouvelle demande d'extradition…</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="26" />
      <source>New outcome…</source>
      <translation>Nouvelle issue…</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="30" />
      <source>Interventions</source>
      <translation>Interventions</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="30" />
      <source>Interpol notices</source>
      <translation>Notices Interpol</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="31" />
      <source>Extradition requests</source>
      <translation>Demandes d'extradition</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="32" />
      <source>Outcome over time</source>
      <translation>Issue au fil du temps</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="42" />
      <source>No Interpol notice or diffusion recorded.</source>
      <translation>Aucune notice ni diffusion Interpol enregistrée.</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="43" />
      <source>No extradition request recorded.</source>
      <translation>Aucune demande d'extradition enregistrée.</translation>
    </message>
    <message>
      <location filename="../ui/proceedings.py" line="44" />
      <source>No outcome recorded yet: add one each time the situation changes (returned, prosecuted, case dropped...).</source>
      <translation>Aucune issue enregistrée : ajoutez-en une à chaque changement de situation (retour, poursuites, abandon des charges…).</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../ui/forms.py" line="340" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="354" />
      <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
      <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="356" />
      <source>separate with commas</source>
      <translation>séparez par des virgules</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="421" />
      <source>This field is required.</source>
      <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="426" />
      <source>Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2015 or 2015-06).</source>
      <translation>Écrivez la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2015 ou 2015-06).</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="533" />
      <source>In this case</source>
      <translation>Dans ce dossier</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="591" />
      <source>Discard changes?</source>
      <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
      <location filename="../ui/forms.py" line="591" />
      <source>You changed this record. Discard the changes?</source>
      <translation>Vous avez modifié cette fiche. Abandonner les modifications ?</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <location filename="../ui/record_table.py" line="197" />
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <location filename="../ui/record_table.py" line="198" />
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
  </context>
  <context>
    <name>RedactionSummaryView</name>
    <message>
      <location filename="../ui/dossier_summary.py" line="48" />
      <source>In the dossier</source>
      <translation>Dans le dossier</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="48" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="49" />
      <source>Mentions replaced</source>
      <translation>Mentions remplacées</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="57" />
      <location filename="../ui/dossier_summary.py" line="143" />
      <source>Exhibits withheld</source>
      <translation>Pièces retenues</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="68" />
      <source>Save this dossier…</source>
      <translation>Enregistrer ce dossier…</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="101" />
      <source>Make a preview to see which persons the dossier replaces by pseudonyms and which exhibits it withholds.</source>
      <translation>Faites un aperçu pour voir quelles personnes le dossier remplace par des pseudonymes et quelles pièces il retient.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="113" />
      <source>Public dossier: only persons who consented to publication are named.</source>
      <translation>Dossier public : seules les personnes qui ont consenti à la publication sont nommées.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="115" />
      <source>Legal dossier: persons who consented to be named to authorities are named.</source>
      <translation>Dossier juridique : les personnes qui ont consenti à être nommées aux autorités sont nommées.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="116" />
      <source>This summary is shown here only; it is not written into the PDF.</source>
      <translation>Ce résumé n'est affiché qu'ici ; il n'est pas écrit dans le PDF.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="118" />
      <source>Nobody is replaced by a pseudonym in this dossier.</source>
      <translation>Personne n'est remplacé par un pseudonyme dans ce dossier.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="125" />
      <source>(another case)</source>
      <translation>(autre dossier)</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="140" />
      <source>No exhibit is withheld.</source>
      <translation>Aucune pièce n'est retenue.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="144" />
      <source>{n} field(s) were longer than a dossier prints and were cut; the dossier says where.</source>
      <translation>{n} champ(s) dépassai(en)t ce qu'un dossier imprime et ont été coupé(s) ; le dossier indique où.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="170" />
      <source>{label}: shows a person who may not be named here. Listed by number and hash only.</source>
      <translation>{label} : montre une personne qui ne peut pas être nommée ici. Seuls son numéro et son empreinte sont listés.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="173" />
      <source>{label}: who appears in it is not recorded; reproduced because you confirmed it.</source>
      <translation>{label} : qui y figure n'est pas renseigné ; reproduite parce que vous l'avez confirmé.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="176" />
      <source>{label}: who appears in it is not recorded. Listed by number and hash only.</source>
      <translation>{label} : qui y figure n'est pas renseigné. Seuls son numéro et son empreinte sont listés.</translation>
    </message>
    <message>
      <location filename="../ui/dossier_summary.py" line="183" />
      <source>Reproduce {label}: I checked that it shows nobody who may not be named</source>
      <translation>Reproduire {label} : j'ai vérifié qu'elle ne montre personne qui ne peut pas être nommé</translation>
    </message>
  </context>
  <context>
    <name>RelationshipView</name>
    <message>
      <location filename="../ui/relationship_view.py" line="90" />
      <source>Who acts in these cases</source>
      <translation>Qui agit dans ces dossiers</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="106" />
      <source>In at least </source>
      <translation>Dans au moins </translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="107" />
      <source> case(s)</source>
      <translation> dossier(s)</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="117" />
      <source>Image for legal use: persons named where they consented to authorities</source>
      <translation>Image à usage juridique : personnes nommées si elles ont consenti envers les autorités</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="119" />
      <source>Image for publication: only persons who consented to publication</source>
      <translation>Image pour publication : seules les personnes ayant consenti à la publication</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="121" />
      <source>Who the saved image names. Other persons show as Person A, B…; cases show as their reference only, or as Case 1, 2… in an image for publication.</source>
      <translation>Qui l’image enregistrée nomme. Les autres personnes apparaissent comme Personne A, B… ; les dossiers par leur seule référence, ou comme Dossier 1, 2… dans une image destinée à la publication.</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="124" />
      <source>Save image…</source>
      <translation>Enregistrer l'image…</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="127" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="149" />
      <source>Reading…</source>
      <translation>Lecture…</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="164" />
      <source>{n} case(s): {name}</source>
      <translation>{n} dossier(s) : {name}</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="171" />
      <source>Person {letter}</source>
      <translation>Personne {letter}</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="179" />
      <source>Case {n}</source>
      <translation>Dossier {n}</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="228" />
      <source>No actor appears in {n} case(s) or more among the cases the list shows.</source>
      <translation>Aucun acteur n'apparaît dans {n} dossier(s) ou plus parmi ceux qu'affiche la liste.</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="231" />
      <source>{actors} actor(s) in {cases} case(s).</source>
      <translation>{actors} acteur(s) dans {cases} dossier(s).</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="233" />
      <source>{n} more case(s) not drawn.</source>
      <translation>{n} autre(s) dossier(s) non dessiné(s).</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="280" />
      <location filename="../ui/relationship_view.py" line="287" />
      <location filename="../ui/relationship_view.py" line="289" />
      <source>Save the graph as</source>
      <translation>Enregistrer le graphe sous</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="281" />
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../ui/relationship_view.py" line="289" />
      <source>Saved {name}. It names organisations, and persons only where they consented; it is not encrypted.</source>
      <translation>{name} enregistré. Il nomme les organisations, et les personnes seulement si elles y ont consenti ; il n’est pas chiffré.</translation>
    </message>
    <message>
      <source>Who the saved image names. Other persons show as Person A, B…; cases show as their reference only.</source>
      <translation type="vanished">Qui l’image enregistrée nomme. Les autres personnes apparaissent comme Personne A, B… ; les dossiers par leur seule référence.</translation>
    </message>
    <message>
      <source>Saved {name}. The image shows names and is not encrypted.</source>
      <translation type="vanished">{name} enregistré. L'image montre des noms et n'est pas chiffrée.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../ui/settings_dialog.py" line="39" />
      <location filename="../ui/settings_dialog.py" line="157" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="44" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="52" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="55" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="56" />
      <source>A new language applies the next time CaseVault starts.</source>
      <translation>La nouvelle langue s’applique au prochain démarrage de CaseVault.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="57" />
      <source>Lock after inactivity</source>
      <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="58" />
      <source>Ctrl+Shift+L locks at once and minimises the window.</source>
      <translation>Ctrl+Maj+L verrouille immédiatement et réduit la fenêtre.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="73" />
      <source>Automatic backups</source>
      <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="74" />
      <source>Back up the vault when I quit CaseVault with it unlocked</source>
      <translation>Sauvegarder le coffre quand je quitte CaseVault alors qu’il est déverrouillé</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="79" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="89" />
      <source>Backups are encrypted with the vault's passphrase and checked after writing; the oldest backups of the vault beyond this number are deleted from the folder. While automatic backups are on, the folder's location is kept in CaseVault's settings file on this computer; turning them off removes it.</source>
      <translation>Les sauvegardes sont chiffrées avec la phrase secrète du coffre et vérifiées après écriture ; les plus anciennes sauvegardes du coffre au-delà de ce nombre sont supprimées du dossier. Tant que les sauvegardes automatiques sont activées, l’emplacement du dossier est conservé dans le fichier de réglages de CaseVault sur cet ordinateur ; les désactiver l’efface.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="98" />
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="99" />
      <source>Backups to keep</source>
      <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="106" />
      <source>Folder for automatic backups</source>
      <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="113" />
      <source>Erase the vault after wrong passphrases</source>
      <translation>Effacer le coffre après des phrases secrètes erronées</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="116" />
      <source>Erase this vault after this many wrong passphrases in a row:</source>
      <translation>Effacer ce coffre après ce nombre de phrases secrètes erronées d’affilée :</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="126" />
      <source>Off unless you turn it on. Only for when this vault falling into the wrong hands is worse than losing it. When the number is reached, CaseVault overwrites the vault file with random data and deletes it: nothing can bring it back, so keep a backup somewhere else. It does not stop anyone who copies the file first and guesses elsewhere, and on SSDs and some file systems traces of the old data may survive. While it is on, CaseVault's settings file holds a fingerprint of this vault's location and the count of wrong passphrases.</source>
      <translation>Désactivé sauf si vous l’activez. Seulement si voir ce coffre tomber entre de mauvaises mains est pire que le perdre. Quand le nombre est atteint, CaseVault écrase le fichier du coffre avec des données aléatoires et le supprime : rien ne peut le faire revenir, gardez donc une sauvegarde ailleurs. Cela n’arrête pas quelqu’un qui copie d’abord le fichier et devine ailleurs, et sur les SSD et certains systèmes de fichiers des traces des anciennes données peuvent subsister. Tant que c’est activé, le fichier de réglages de CaseVault contient une empreinte de l’emplacement de ce coffre et le nombre de phrases secrètes erronées.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="136" />
      <source>Unlock the vault to change this setting for it.</source>
      <translation>Déverrouillez le coffre pour modifier ce réglage.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="157" />
      <source>Choose a folder for the automatic backups.</source>
      <translation>Choisissez un dossier pour les sauvegardes automatiques.</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>Erase after wrong passphrases?</source>
      <translation>Effacer après des phrases secrètes erronées ?</translation>
    </message>
    <message>
      <location filename="../ui/settings_dialog.py" line="163" />
      <source>After {n} wrong passphrases in a row, CaseVault will overwrite and delete {file}. Nothing can bring it back. Turn this on?</source>
      <translation>Après {n} phrases secrètes erronées d’affilée, CaseVault écrasera et supprimera {file}. Rien ne pourra le faire revenir. Activer ?</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <location filename="../ui/statistics_view.py" line="83" />
      <source>Statistics</source>
      <translation>Statistiques</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="102" />
      <source>Cross-table of two dimensions</source>
      <translation>Tableau croisé de deux dimensions</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="111" />
      <source>As published (small numbers hidden)</source>
      <translation>Tel que publié (petits nombres masqués)</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="116" />
      <source>Map</source>
      <translation>Carte</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="118" />
      <source>Show the host countries on a world map, shaded by their number of cases</source>
      <translation>Afficher les pays d’accueil sur une carte du monde, teintés selon leur nombre de dossiers</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="143" />
      <source>Click a bar, a country or a number to list the cases behind it.</source>
      <translation>Cliquez sur une barre, un pays ou un nombre pour lister les dossiers correspondants.</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="157" />
      <source>Open case</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="160" />
      <source>Who acts in these cases…</source>
      <translation>Qui agit dans ces dossiers…</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="163" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="277" />
      <location filename="../ui/statistics_view.py" line="300" />
      <source>Counting…</source>
      <translation>Décompte en cours…</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="280" />
      <source>the cases the case list shows (its search and filters)</source>
      <translation>les dossiers qu'affiche la liste (sa recherche et ses filtres)</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="281" />
      <source>every case in the vault</source>
      <translation>tous les dossiers du coffre</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="283" />
      <source>Counted: {cases} case(s), {incidents} incident(s): {where}.</source>
      <translation>Comptés : {cases} dossier(s), {incidents} incident(s) : {where}.</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="286" />
      <source>Counted: {cases} case(s): {where}.</source>
      <translation>Comptés : {cases} dossier(s) : {where}.</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="298" />
      <source>Choose two different dimensions.</source>
      <translation>Choisissez deux dimensions différentes.</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="305" />
      <source>Not published: it would single out a case.</source>
      <translation>Non publié : il permettrait d'isoler un dossier.</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="347" />
      <location filename="../ui/statistics_view.py" line="365" />
      <source>Count</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="437" />
      <source>Finding the cases behind this number…</source>
      <translation>Recherche des dossiers derrière ce nombre…</translation>
    </message>
    <message>
      <location filename="../ui/statistics_view.py" line="449" />
      <source>{n} case(s) behind “{what}” in “{table}”:</source>
      <translation>{n} dossier(s) derrière « {what} » dans « {table} » :</translation>
    </message>
    <message>
      <source>Click a bar or a number to list the cases behind it.</source>
      <translation type="vanished">Cliquez sur une barre ou un nombre pour voir les dossiers qui le composent.</translation>
    </message>
    <message>
      <source>Reading the cases behind this number…</source>
      <translation type="vanished">Lecture des dossiers derrière ce nombre…</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../ui/task_dialog.py" line="87" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../ui/task_dialog.py" line="171" />
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation>La phrase secrète doit compter au moins 8 caractères ; plusieurs mots, c’est le mieux.</translation>
    </message>
    <message>
      <location filename="../ui/task_dialog.py" line="173" />
      <source>The two passphrases differ. Type them again.</source>
      <translation>Les deux phrases secrètes diffèrent. Saisissez-les à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../ui/unlock_view.py" line="79" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="89" />
      <location filename="../ui/unlock_view.py" line="145" />
      <source>Remember this vault's location on this computer</source>
      <translation>Mémoriser l'emplacement de ce coffre sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="92" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="102" />
      <source>Create a new vault…</source>
      <translation>Créer un nouveau coffre…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="107" />
      <source>Vault file</source>
      <translation>Fichier du coffre</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="108" />
      <location filename="../ui/unlock_view.py" line="164" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="111" />
      <source>Open your vault</source>
      <translation>Ouvrir votre coffre</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="130" />
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="144" />
      <source>shown in the history of every change (optional)</source>
      <translation>affiché dans l'historique de chaque modification (facultatif)</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="148" />
      <source>Write the passphrase down and keep it somewhere safe. If it is forgotten, the vault cannot be opened by anyone: there is no reset and no recovery.</source>
      <translation>Notez la phrase secrète et gardez-la en lieu sûr. Si elle est oubliée, personne ne pourra ouvrir le coffre : il n'y a ni réinitialisation ni récupération.</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="156" />
      <source>Create vault</source>
      <translation>Créer le coffre</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="159" />
      <source>Open an existing vault…</source>
      <translation>Ouvrir un coffre existant…</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="163" />
      <source>New vault file</source>
      <translation>Nouveau fichier de coffre</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="166" />
      <source>Repeat passphrase</source>
      <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="167" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="170" />
      <source>Create a new vault</source>
      <translation>Créer un nouveau coffre</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="216" />
      <source>Open vault</source>
      <translation>Ouvrir un coffre</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="222" />
      <source>New vault</source>
      <translation>Nouveau coffre</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="230" />
      <source>Choose the vault file first.</source>
      <translation>Choisissez d'abord le fichier du coffre.</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="234" />
      <source>Type the passphrase.</source>
      <translation>Tapez la phrase secrète.</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="245" />
      <source>Choose where to create the vault.</source>
      <translation>Choisissez où créer le coffre.</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="247" />
      <source>The passphrase needs at least 8 characters; several words are best.</source>
      <translation>La phrase secrète doit compter au moins 8 caractères ; plusieurs mots, c’est mieux.</translation>
    </message>
    <message>
      <location filename="../ui/unlock_view.py" line="250" />
      <source>The two passphrases differ. Type them again.</source>
      <translation>Les deux phrases secrètes diffèrent. Retapez-les.</translation>
    </message>
    <message>
      <source>Very weak</source>
      <translation type="vanished">Très faible</translation>
    </message>
    <message>
      <source>Weak</source>
      <translation type="vanished">Faible</translation>
    </message>
    <message>
      <source>Fair</source>
      <translation type="vanished">Moyenne</translation>
    </message>
    <message>
      <source>Good</source>
      <translation type="vanished">Bonne</translation>
    </message>
    <message>
      <source>Strong</source>
      <translation type="vanished">Forte</translation>
    </message>
    <message>
      <source>Strength: {level}. Four or more random words make a strong, memorable passphrase.</source>
      <translation type="vanished">Solidité : {level}. Quatre mots pris au hasard ou plus font une phrase secrète solide et facile à retenir.</translation>
    </message>
    <message>
      <source>Four or more random words make a strong, memorable passphrase.</source>
      <translation type="vanished">Quatre mots pris au hasard ou plus font une phrase secrète solide et facile à retenir.</translation>
    </message>
  </context>
  <context>
    <name>VaultActions</name>
    <message>
      <location filename="../ui/vault_actions.py" line="27" />
      <source>Backup verified</source>
      <translation>Sauvegarde vérifiée</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="38" />
      <source>Bundle written</source>
      <translation>Lot écrit</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="59" />
      <location filename="../ui/vault_actions.py" line="65" />
      <source>Bundle merged</source>
      <translation>Lot fusionné</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="60" />
      <source>{n} conflict(s) are waiting for your choice. Review them now?</source>
      <translation>{n} conflit(s) attendent votre choix. Les examiner maintenant ?</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="90" />
      <location filename="../ui/vault_actions.py" line="102" />
      <source>Compact vault</source>
      <translation>Compacter le coffre</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="90" />
      <source>Rewrite the vault's file compactly? After large imports or deletions this makes it smaller and quicker to open. Nothing in the vault changes.</source>
      <translation>Réécrire le fichier du coffre de façon compacte ? Après de gros imports ou des suppressions, il devient plus petit et plus rapide à ouvrir. Rien ne change dans le coffre.</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="92" />
      <source>It takes about half a minute per gigabyte, and needs free disk space about the size of the vault. If it is interrupted, the vault stays as it was.</source>
      <translation>Cela prend environ une demi-minute par gigaoctet et demande un espace disque libre de la taille du coffre environ. En cas d’interruption, le coffre reste tel qu’il était.</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="97" />
      <source>Compacting the vault…</source>
      <translation>Compactage du coffre…</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="102" />
      <source>Compacted: {before} MB before, {after} MB now.</source>
      <translation>Compacté : {before} Mo avant, {after} Mo maintenant.</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="125" />
      <source>Backing up the vault to {folder} before closing…</source>
      <translation>Sauvegarde du coffre dans {folder} avant la fermeture…</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="131" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="131" />
      <source>Some unsaved changes could not be saved: {problems}</source>
      <translation>Certaines modifications non enregistrées n’ont pas pu l’être : {problems}</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="136" />
      <source>Automatic backup failed</source>
      <translation>Échec de la sauvegarde automatique</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="137" />
      <source>The automatic backup could not be written: {error}</source>
      <translation>La sauvegarde automatique n’a pas pu être écrite : {error}</translation>
    </message>
    <message>
      <location filename="../ui/vault_actions.py" line="139" />
      <source>Close CaseVault anyway? The vault itself is unharmed.</source>
      <translation>Fermer CaseVault quand même ? Le coffre lui-même est intact.</translation>
    </message>
  </context>
  <context>
    <name>vocab</name>
    <message>
      <source>Sky Net</source>
      <translation>Sky Net</translation>
    </message>
    <message>
      <source>Fox Hunt</source>
      <translation>Fox Hunt</translation>
    </message>
    <message>
      <source>Sky Net (other)</source>
      <translation>Sky Net (autre)</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Monitoring</source>
      <translation>En suivi</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clos</translation>
    </message>
    <message>
      <source>Public</source>
      <translation>Public</translation>
    </message>
    <message>
      <source>Restricted</source>
      <translation>Restreint</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <source>Strictly confidential</source>
      <translation>Strictement confidentiel</translation>
    </message>
    <message>
      <source>May not be named</source>
      <translation>Ne peut pas être nommé</translation>
    </message>
    <message>
      <source>May be named to authorities</source>
      <translation>Peut être nommé auprès des autorités</translation>
    </message>
    <message>
      <source>May be named in public reports</source>
      <translation>Peut être nommé dans les rapports publics</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>Original</translation>
    </message>
    <message>
      <source>Certified copy</source>
      <translation>Copie certifiée</translation>
    </message>
    <message>
      <source>Working copy</source>
      <translation>Copie de travail</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Traduction</translation>
    </message>
    <message>
      <source>Collected</source>
      <translation>Recueillie</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçue</translation>
    </message>
    <message>
      <source>Handed over</source>
      <translation>Remise</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copiée</translation>
    </message>
    <message>
      <source>Stored</source>
      <translation>Conservée</translation>
    </message>
    <message>
      <source>Examined</source>
      <translation>Examinée</translation>
    </message>
    <message>
      <source>circa</source>
      <translation>vers</translation>
    </message>
    <message>
      <source>early</source>
      <translation>début</translation>
    </message>
    <message>
      <source>mid</source>
      <translation>mi-</translation>
    </message>
    <message>
      <source>late</source>
      <translation>fin</translation>
    </message>
    <message>
      <source>before</source>
      <translation>avant</translation>
    </message>
    <message>
      <source>after</source>
      <translation>après</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Accordée</translation>
    </message>
    <message>
      <source>Partly granted</source>
      <translation>Partiellement accordée</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>Inadmissible</source>
      <translation>Irrecevable</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <source>Carried out</source>
      <translation>Exécuté</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Ordonné</translation>
    </message>
    <message>
      <source>Suspected</source>
      <translation>Soupçonné</translation>
    </message>
    <message>
      <source>about</source>
      <translation>environ</translation>
    </message>
    <message>
      <source>more than</source>
      <translation>plus de</translation>
    </message>
    <message>
      <source>less than</source>
      <translation>moins de</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Demandée</translation>
    </message>
    <message>
      <source>Before the courts</source>
      <translation>Devant les tribunaux</translation>
    </message>
    <message>
      <source>Person surrendered</source>
      <translation>Personne remise</translation>
    </message>
    <message>
      <source>at least</source>
      <translation>au moins</translation>
    </message>
    <message>
      <source>Origin state acted directly</source>
      <translation>L'État d'origine a agi directement</translation>
    </message>
    <message>
      <source>Host state cooperated</source>
      <translation>L'État d'accueil a coopéré</translation>
    </message>
    <message>
      <source>Host state assisted origin-state officials</source>
      <translation>L'État d'accueil a aidé des agents de l'État d'origine</translation>
    </message>
    <message>
      <source>Host state did not act</source>
      <translation>L'État d'accueil n'a pas agi</translation>
    </message>
    <message>
      <source>Host state protected the target</source>
      <translation>L'État d'accueil a protégé la cible</translation>
    </message>
    <message>
      <source>Physical assaults, including domestic violence</source>
      <translation>Agressions physiques, dont la violence domestique</translation>
    </message>
    <message>
      <source>Psychological assault, harassment</source>
      <translation>Agression psychologique, harcèlement</translation>
    </message>
    <message>
      <source>Threats against the victim</source>
      <translation>Menaces contre la victime</translation>
    </message>
    <message>
      <source>Threats against the victim's family</source>
      <translation>Menaces contre la famille de la victime</translation>
    </message>
    <message>
      <source>Threats against the victim's friends and colleagues</source>
      <translation>Menaces contre les amis et les collègues de la victime</translation>
    </message>
    <message>
      <source>Surveillance</source>
      <translation>Surveillance</translation>
    </message>
    <message>
      <source>Arrest</source>
      <translation>Arrestation</translation>
    </message>
    <message>
      <source>Detention, imprisonment</source>
      <translation>Détention, emprisonnement</translation>
    </message>
    <message>
      <source>Abduction; kidnapping</source>
      <translation>Rapt; enlèvement</translation>
    </message>
    <message>
      <source>Direct actions which violate the right to privacy</source>
      <translation>Actions directes qui violent le droit à la vie privée</translation>
    </message>
    <message>
      <source>Restriction on travel</source>
      <translation>Restrictions aux voyages</translation>
    </message>
    <message>
      <source>Confiscation of property</source>
      <translation>Confiscation de biens</translation>
    </message>
    <message>
      <source>Defamation</source>
      <translation>Diffamation</translation>
    </message>
    <message>
      <source>Lay-off or dismissal</source>
      <translation>Licenciement</translation>
    </message>
    <message>
      <source>Expulsion; deportation</source>
      <translation>Expulsion; déportation</translation>
    </message>
    <message>
      <source>Denial of the right to fair trial</source>
      <translation>Déni du droit à un procès équitable</translation>
    </message>
    <message>
      <source>Confirmed by other sources</source>
      <translation>Confirmée par d'autres sources</translation>
    </message>
    <message>
      <source>Probably true</source>
      <translation>Probablement vraie</translation>
    </message>
    <message>
      <source>Possibly true</source>
      <translation>Peut-être vraie</translation>
    </message>
    <message>
      <source>Doubtful</source>
      <translation>Douteuse</translation>
    </message>
    <message>
      <source>Improbable</source>
      <translation>Improbable</translation>
    </message>
    <message>
      <source>Truth cannot be judged</source>
      <translation>Véracité impossible à évaluer</translation>
    </message>
    <message>
      <source>Police report</source>
      <translation>Plainte à la police</translation>
    </message>
    <message>
      <source>National-security report</source>
      <translation>Signalement à la sécurité nationale</translation>
    </message>
    <message>
      <source>Asylum claim</source>
      <translation>Demande d'asile</translation>
    </message>
    <message>
      <source>Interpol CCF request</source>
      <translation>Requête à la CCF d’Interpol</translation>
    </message>
    <message>
      <source>UN communication</source>
      <translation>Communication à l'ONU</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>Médias</translation>
    </message>
    <message>
      <source>Legal aid</source>
      <translation>Aide juridique</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Access to the data</source>
      <translation>Accès aux données</translation>
    </message>
    <message>
      <source>Correction</source>
      <translation>Rectification</translation>
    </message>
    <message>
      <source>Deletion</source>
      <translation>Suppression</translation>
    </message>
    <message>
      <source>Protection</source>
      <translation>Protection</translation>
    </message>
    <message>
      <source>Investigation</source>
      <translation>Enquête</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Déposée</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Répondue</translation>
    </message>
    <message>
      <source>Red Notice</source>
      <translation>Notice rouge</translation>
    </message>
    <message>
      <source>Diffusion</source>
      <translation>Diffusion</translation>
    </message>
    <message>
      <source>Blue Notice</source>
      <translation>Notice bleue</translation>
    </message>
    <message>
      <source>Other notice</source>
      <translation>Autre notice</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publiée</translation>
    </message>
    <message>
      <source>Refused by Interpol</source>
      <translation>Refusée par Interpol</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Suspendue</translation>
    </message>
    <message>
      <source>Withdrawn by the issuing country</source>
      <translation>Retirée par le pays émetteur</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Supprimée</translation>
    </message>
    <message>
      <source>Ministry of Public Security</source>
      <translation>Ministère de la Sécurité publique</translation>
    </message>
    <message>
      <source>Public security bureau</source>
      <translation>Bureau de la sécurité publique</translation>
    </message>
    <message>
      <source>Procuratorate</source>
      <translation>Parquet (procuratorat)</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <source>Discipline commission (CCDI / NSC)</source>
      <translation>Commission de discipline (CCID / CNS)</translation>
    </message>
    <message>
      <source>Interpol National Central Bureau</source>
      <translation>Bureau central national d'Interpol</translation>
    </message>
    <message>
      <source>United-front body</source>
      <translation>Organe du Front uni</translation>
    </message>
    <message>
      <source>Overseas police service station</source>
      <translation>« Poste de police » à l’étranger</translation>
    </message>
    <message>
      <source>Embassy or consulate</source>
      <translation>Ambassade ou consulat</translation>
    </message>
    <message>
      <source>Proxy association</source>
      <translation>Association relais</translation>
    </message>
    <message>
      <source>Host-country agency</source>
      <translation>Agence du pays d'accueil</translation>
    </message>
    <message>
      <source>International body</source>
      <translation>Organisme international</translation>
    </message>
    <message>
      <source>National</source>
      <translation>National</translation>
    </message>
    <message>
      <source>Provincial</source>
      <translation>Provincial</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>County or district</source>
      <translation>Comté ou district</translation>
    </message>
    <message>
      <source>Not returned</source>
      <translation>Pas de retour</translation>
    </message>
    <message>
      <source>Returned after persuasion</source>
      <translation>Retour après « persuasion »</translation>
    </message>
    <message>
      <source>Returned by extradition</source>
      <translation>Retour par extradition</translation>
    </message>
    <message>
      <source>Returned by deportation</source>
      <translation>Retour par expulsion</translation>
    </message>
    <message>
      <source>Returned by rendition</source>
      <translation>Retour par enlèvement</translation>
    </message>
    <message>
      <source>Returned: surrendered</source>
      <translation>Retour : reddition</translation>
    </message>
    <message>
      <source>Detained after return</source>
      <translation>Détenu après le retour</translation>
    </message>
    <message>
      <source>Prosecuted</source>
      <translation>Poursuivi</translation>
    </message>
    <message>
      <source>Sentenced</source>
      <translation>Condamné</translation>
    </message>
    <message>
      <source>Case dropped</source>
      <translation>Poursuites abandonnées</translation>
    </message>
    <message>
      <source>Released</source>
      <translation>Libéré</translation>
    </message>
    <message>
      <source>Relatives punished</source>
      <translation>Proches sanctionnés</translation>
    </message>
    <message>
      <source>Detained in host country</source>
      <translation>Détenu dans le pays d'accueil</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Disparu</translation>
    </message>
    <message>
      <source>Deceased</source>
      <translation>Décédé</translation>
    </message>
    <message>
      <source>Direct attack</source>
      <translation>Attaque directe</translation>
    </message>
    <message>
      <source>Co-opting other countries</source>
      <translation>Instrumentalisation d'autres pays</translation>
    </message>
    <message>
      <source>Impediments to mobility</source>
      <translation>Entraves à la mobilité</translation>
    </message>
    <message>
      <source>Threats from a distance</source>
      <translation>Menaces à distance</translation>
    </message>
    <message>
      <source>Individual</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Group of people</source>
      <translation>Groupe de personnes</translation>
    </message>
    <message>
      <source>Unidentified person</source>
      <translation>Personne non identifiée</translation>
    </message>
    <message>
      <source>Where it took place</source>
      <translation>Lieu des faits</translation>
    </message>
    <message>
      <source>Where the person aimed at was</source>
      <translation>Lieu où se trouvait la personne visée</translation>
    </message>
    <message>
      <source>Third country</source>
      <translation>Pays tiers</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Basse</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Haute</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Urgente</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Parent</translation>
    </message>
    <message>
      <source>Spouse</source>
      <translation>Conjoint</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Enfant</translation>
    </message>
    <message>
      <source>Sibling</source>
      <translation>Frère ou sœur</translation>
    </message>
    <message>
      <source>Grandparent</source>
      <translation>Grand-parent</translation>
    </message>
    <message>
      <source>Grandchild</source>
      <translation>Petit-enfant</translation>
    </message>
    <message>
      <source>In-law</source>
      <translation>Belle-famille</translation>
    </message>
    <message>
      <source>Other relative</source>
      <translation>Autre parent</translation>
    </message>
    <message>
      <source>Business partner</source>
      <translation>Associé en affaires</translation>
    </message>
    <message>
      <source>Colleague</source>
      <translation>Collègue</translation>
    </message>
    <message>
      <source>Employer</source>
      <translation>Employeur</translation>
    </message>
    <message>
      <source>Employee</source>
      <translation>Employé</translation>
    </message>
    <message>
      <source>Friend</source>
      <translation>Ami</translation>
    </message>
    <message>
      <source>Lawyer of the target</source>
      <translation>Avocat de la cible</translation>
    </message>
    <message>
      <source>Citizen</source>
      <translation>Citoyen</translation>
    </message>
    <message>
      <source>Permanent resident</source>
      <translation>Résident permanent</translation>
    </message>
    <message>
      <source>Refugee claimant</source>
      <translation>Demandeur d'asile</translation>
    </message>
    <message>
      <source>Student</source>
      <translation>Étudiant</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>Visiteur</translation>
    </message>
    <message>
      <source>Undocumented</source>
      <translation>Sans papiers</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Relative</source>
      <translation>Proche</translation>
    </message>
    <message>
      <source>Associate (partner, colleague, friend)</source>
      <translation>Proche (associé, collègue, ami)</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Témoin</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Perpetrator</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Intermediary</source>
      <translation>Intermédiaire</translation>
    </message>
    <message>
      <source>Lawyer</source>
      <translation>Avocat</translation>
    </message>
    <message>
      <source>Host authority contact</source>
      <translation>Contact aux autorités d'accueil</translation>
    </message>
    <message>
      <source>Documenter (field worker)</source>
      <translation>Documentaliste (travailleur de terrain)</translation>
    </message>
    <message>
      <source>Translator</source>
      <translation>Traducteur</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Interview</source>
      <translation>Entretien</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>News article</source>
      <translation>Article de presse</translation>
    </message>
    <message>
      <source>NGO report</source>
      <translation>Rapport d'ONG</translation>
    </message>
    <message>
      <source>Official Chinese source</source>
      <translation>Source officielle chinoise</translation>
    </message>
    <message>
      <source>Court record</source>
      <translation>Pièce judiciaire</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Réseaux sociaux</translation>
    </message>
    <message>
      <source>Completely reliable</source>
      <translation>Totalement fiable</translation>
    </message>
    <message>
      <source>Usually reliable</source>
      <translation>Généralement fiable</translation>
    </message>
    <message>
      <source>Fairly reliable</source>
      <translation>Assez fiable</translation>
    </message>
    <message>
      <source>Not usually reliable</source>
      <translation>Peu fiable</translation>
    </message>
    <message>
      <source>Unreliable</source>
      <translation>Pas fiable</translation>
    </message>
    <message>
      <source>Reliability cannot be judged</source>
      <translation>Fiabilité impossible à évaluer</translation>
    </message>
    <message>
      <source>Pressure on relatives or associates</source>
      <translation>Pressions sur les proches</translation>
    </message>
    <message>
      <source>Detention of relatives</source>
      <translation>Détention de proches</translation>
    </message>
    <message>
      <source>Relatives punished (job, pension, schooling)</source>
      <translation>Proches sanctionnés (emploi, retraite, scolarité)</translation>
    </message>
    <message>
      <source>Relatives sent abroad</source>
      <translation>Proches envoyés à l'étranger</translation>
    </message>
    <message>
      <source>Agents abroad</source>
      <translation>Agents à l'étranger</translation>
    </message>
    <message>
      <source>Persuasion meeting</source>
      <translation>Rencontre de « persuasion »</translation>
    </message>
    <message>
      <source>Overseas police station</source>
      <translation>« Poste de police » à l’étranger</translation>
    </message>
    <message>
      <source>Online threat</source>
      <translation>Menace en ligne</translation>
    </message>
    <message>
      <source>Threat in person</source>
      <translation>Menace en personne</translation>
    </message>
    <message>
      <source>Harassment</source>
      <translation>Harcèlement</translation>
    </message>
    <message>
      <source>Physical surveillance</source>
      <translation>Surveillance physique</translation>
    </message>
    <message>
      <source>Digital surveillance</source>
      <translation>Surveillance numérique</translation>
    </message>
    <message>
      <source>Hacking or spyware</source>
      <translation>Piratage ou logiciel espion</translation>
    </message>
    <message>
      <source>Smear campaign</source>
      <translation>Campagne de dénigrement</translation>
    </message>
    <message>
      <source>Demand to return</source>
      <translation>Sommation de rentrer</translation>
    </message>
    <message>
      <source>Interpol notice</source>
      <translation>Notice d'Interpol</translation>
    </message>
    <message>
      <source>Extradition request</source>
      <translation>Demande d'extradition</translation>
    </message>
    <message>
      <source>Luring to a third country</source>
      <translation>Attirer dans un pays tiers</translation>
    </message>
    <message>
      <source>Detention in host country</source>
      <translation>Détention dans le pays d'accueil</translation>
    </message>
    <message>
      <source>Deportation</source>
      <translation>Expulsion</translation>
    </message>
    <message>
      <source>Passport or document refusal</source>
      <translation>Refus de passeport ou de document</translation>
    </message>
    <message>
      <source>Exit ban</source>
      <translation>Interdiction de sortie</translation>
    </message>
    <message>
      <source>Asset freeze</source>
      <translation>Gel des avoirs</translation>
    </message>
    <message>
      <source>Kidnapping or rendition</source>
      <translation>Enlèvement ou transfert forcé</translation>
    </message>
    <message>
      <source>Assault</source>
      <translation>Agression</translation>
    </message>
    <message>
      <source>Accusation or criminal charge</source>
      <translation>Accusation ou mise en examen</translation>
    </message>
    <message>
      <source>Trial in absentia</source>
      <translation>Procès par contumace</translation>
    </message>
    <message>
      <source>Surrender or return</source>
      <translation>Reddition ou retour</translation>
    </message>
    <message>
      <source>Detention after return</source>
      <translation>Détention après le retour</translation>
    </message>
    <message>
      <source>Case sent back for insufficient evidence</source>
      <translation>Dossier renvoyé pour insuffisance de preuves</translation>
    </message>
    <message>
      <source>Trial</source>
      <translation>Procès</translation>
    </message>
    <message>
      <source>Sentence</source>
      <translation>Condamnation</translation>
    </message>
    <message>
      <source>Official or former official</source>
      <translation>Fonctionnaire ou ancien fonctionnaire</translation>
    </message>
    <message>
      <source>Manager of a state enterprise</source>
      <translation>Dirigeant d'entreprise d'État</translation>
    </message>
    <message>
      <source>Private business</source>
      <translation>Entreprise privée</translation>
    </message>
    <message>
      <source>Dissident or political opponent</source>
      <translation>Dissident ou opposant politique</translation>
    </message>
    <message>
      <source>Activist or human rights defender</source>
      <translation>Militant ou défenseur des droits humains</translation>
    </message>
    <message>
      <source>Journalist</source>
      <translation>Journaliste</translation>
    </message>
    <message>
      <source>Member of an ethnic minority</source>
      <translation>Membre d'une minorité ethnique</translation>
    </message>
    <message>
      <source>Member of a religious group</source>
      <translation>Membre d'un groupe religieux</translation>
    </message>
    <message>
      <source>Unverified</source>
      <translation>Non vérifié</translation>
    </message>
    <message>
      <source>Corroborated</source>
      <translation>Corroboré</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Confirmé</translation>
    </message>
    <message>
      <source>Disputed</source>
      <translation>Contesté</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Incident</translation>
    </message>
    <message>
      <source>Exhibit</source>
      <translation>Pièce</translation>
    </message>
    <message>
      <source>Intervention</source>
      <translation>Démarche</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Tâche</translation>
    </message>
    <message>
      <source>Conflict</source>
      <translation>Conflit</translation>
    </message>
    <message>
      <source>Exchange bundle</source>
      <translation>Lot d’échange</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Issue</translation>
    </message>
    <message>
      <source>created</source>
      <translation>créé</translation>
    </message>
    <message>
      <source>edited</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>importé</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionné</translation>
    </message>
    <message>
      <source>upgraded to the new case model</source>
      <translation>converti au nouveau modèle de dossier</translation>
    </message>
    <message>
      <source>kept this vault's version</source>
      <translation>version de ce coffre gardée</translation>
    </message>
    <message>
      <source>took the other vault's version</source>
      <translation>version de l’autre coffre adoptée</translation>
    </message>
    <message>
      <source>Discipline commission</source>
      <translation type="vanished">Commission de discipline</translation>
    </message>
    <message>
      <source>Pressure on relatives</source>
      <translation type="vanished">Pressions sur les proches</translation>
    </message>
  </context>
  <context>
    <name>zxcvbn</name>
    <message>
      <source>Add another word or two. Uncommon words are better.</source>
      <translation>Ajoutez un ou deux mots. Les mots peu courants sont meilleurs.</translation>
    </message>
    <message>
      <source>Capitalization doesn't help very much.</source>
      <translation>Les majuscules n’aident pas beaucoup.</translation>
    </message>
    <message>
      <source>Reversed words aren't much harder to guess.</source>
      <translation>Des mots à l’envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
      <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
      <translation>Des substitutions prévisibles comme « @ » au lieu de « a » n’aident pas beaucoup.</translation>
    </message>
    <message>
      <source>Use a few words, avoid common phrases.</source>
      <translation>Utilisez plusieurs mots, évitez les expressions courantes.</translation>
    </message>
    <message>
      <source>No need for symbols, digits, or uppercase letters.</source>
      <translation>Pas besoin de symboles, de chiffres ni de majuscules.</translation>
    </message>
    <message>
      <source>Straight rows of keys are easy to guess.</source>
      <translation>Les rangées de touches sont faciles à deviner.</translation>
    </message>
    <message>
      <source>Short keyboard patterns are easy to guess.</source>
      <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
      <source>This is a top-10 common password.</source>
      <translation>C’est l’un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
      <source>This is similar to a commonly used password.</source>
      <translation>Cela ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
      <source>A word by itself is easy to guess.</source>
      <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
      <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
      <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
      <source>Use a longer keyboard pattern with more turns.</source>
      <translation>Utilisez un motif de clavier plus long, avec plus de changements de direction.</translation>
    </message>
    <message>
      <source>Repeats like "aaa" are easy to guess.</source>
      <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
      <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
      <translation>Les répétitions comme « abcabcabc » ne sont qu’un peu plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
      <source>This is a top-100 common password.</source>
      <translation>C’est l’un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
      <source>This is a very common password.</source>
      <translation>C’est un mot de passe très courant.</translation>
    </message>
    <message>
      <source>Names and surnames by themselves are easy to guess.</source>
      <translation>Les prénoms et noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
      <source>Common names and surnames are easy to guess.</source>
      <translation>Les prénoms et noms courants sont faciles à deviner.</translation>
    </message>
    <message>
      <source>Avoid repeated words and characters.</source>
      <translation>Évitez de répéter des mots et des caractères.</translation>
    </message>
    <message>
      <source>Sequences like "abc" or "6543" are easy to guess.</source>
      <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
      <source>Avoid sequences.</source>
      <translation>Évitez les suites.</translation>
    </message>
    <message>
      <source>Recent years are easy to guess.</source>
      <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
      <source>Dates are often easy to guess.</source>
      <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
      <source>Avoid recent years.</source>
      <translation>Évitez les années récentes.</translation>
    </message>
    <message>
      <source>Avoid years that are associated with you.</source>
      <translation>Évitez les années liées à vous.</translation>
    </message>
    <message>
      <source>Avoid dates and years that are associated with you.</source>
      <translation>Évitez les dates et années liées à vous.</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>is required</source>
      <translation type="vanished">est obligatoire</translation>
    </message>
    <message>
      <source>ends before it starts</source>
      <translation type="vanished">se termine avant de commencer</translation>
    </message>
    <message>
      <source>a person needs a name in Latin or original script</source>
      <translation type="vanished">une personne doit avoir un nom en alphabet latin ou dans l'écriture d'origine</translation>
    </message>
    <message>
      <source>an organisation needs a name</source>
      <translation type="vanished">une organisation doit avoir un nom</translation>
    </message>
    <message>
      <source>a relative needs a relation (parent, spouse, child, sibling, other)</source>
      <translation type="vanished">un proche doit avoir un lien (parent, conjoint, enfant, frère ou sœur, autre)</translation>
    </message>
    <message>
      <source>must be 64 hexadecimal digits</source>
      <translation type="vanished">doit compter 64 chiffres hexadécimaux</translation>
    </message>
    <message>
      <source>name exactly one person or one organisation</source>
      <translation type="vanished">indiquez exactement une personne ou une organisation</translation>
    </message>
  </context>
</TS>
