"""French words of dossiers, keyed by the English text (exporters.pdf.words). A missing entry
prints in English: tests/exporters/test_forum_language.py renders French dossiers and finds none."""

FR: dict[str, str] = {
    # page furniture, cover
    "Page {n} of {total}": "Page {n} sur {total}",
    "CASE DOSSIER": "DOSSIER",
    "Contents": "Sommaire",
    "Cover page": "Page de couverture",
    "Index of documents": "Index des documents",
    "Prepared by": "Préparé par",
    "Prepared on": "Préparé le",
    "Produced on": "Établi le",
    "Produced with": "Établi avec",
    "Redaction profile": "Profil de caviardage",
    "Confidentiality": "Confidentialité",
    "Version": "Version",
    "Vault state": "État du coffre",
    "Case reference": "Référence du dossier",
    "audit entry {seq}, SHA-256 {digest}": "entrée d'audit {seq}, SHA-256 {digest}",
    "CaseVault, offline, from the case records in an encrypted vault":
        "CaseVault, hors ligne, à partir des fiches du dossier dans un coffre chiffré",
    "The vault state is the hash at the head of the vault's audit trail when this dossier was made: two dossiers "
    "showing the same value were made from the same records. Exhibits are identified by the SHA-256 of the files "
    "stored in the vault; images reproduced here are resized copies without metadata.":
        "L'état du coffre est l'empreinte en tête du journal d'audit du coffre au moment où ce dossier a été établi : "
        "deux dossiers qui portent la même valeur ont été établis à partir des mêmes fiches. Les pièces sont "
        "identifiées par le SHA-256 des fichiers conservés dans le coffre ; les images reproduites ici sont des "
        "copies redimensionnées, sans métadonnées.",
    "Legal: persons are named where they consented to be named to authorities":
        "Juridique : les personnes sont nommées lorsqu'elles ont consenti à l'être auprès des autorités",
    "Public: only persons who consented to publication are named; contact details, exact places and internal case "
    "details are left out":
        "Public : seules les personnes qui ont consenti à la publication sont nommées ; les coordonnées, les lieux "
        "précis et les détails internes du dossier sont omis",
    "PUBLIC VERSION \u2013 PSEUDONYMISED": "VERSION PUBLIQUE \u2013 PSEUDONYMISÉE",
    "This package has {n} pages.": "Ce dossier compte {n} pages.",
    # sections
    "Summary": "Résumé",
    "Persons": "Personnes",
    "Chronology": "Chronologie",
    "Legal proceedings": "Procédures judiciaires",
    "Exhibits": "Pièces",
    "Sources": "Sources",
    "Interventions": "Démarches",
    "Open tasks": "Tâches en cours",
    "Organisations": "Organisations",
    "Reference": "Référence",
    "Title": "Titre",
    "Status": "Statut",
    "Campaign": "Campagne",
    "Origin state": "État d'origine",
    "Host country": "Pays d'accueil",
    "Outcome": "Issue",
    "Account": "Récit",
    "Outcome over time": "Issue au fil du temps",
    "Undated": "Non daté",
    "undated": "non daté",
    "Key dates": "Dates clés",
    "Incidents": "Incidents",
    "{n} recorded": "{n} enregistrés",
    "Sources and exhibits": "Sources et pièces",
    "{sources} source(s), {exhibits} exhibit(s)": "{sources} source(s), {exhibits} pièce(s)",
    "First incident": "Premier incident",
    "Latest incident": "Dernier incident",
    "Third countries": "Pays tiers",
    "Extradition request": "Demande d'extradition",
    "Member of: {group}": "Membre de : {group}",
    "Named in incidents or exhibits": "Nommé dans des incidents ou des pièces",
    "also: {names}": "aussi : {names}",
    "Sex": "Sexe",
    "Members": "Membres",
    "Category": "Catégorie",
    "Born": "Naissance",
    "Citizenship": "Nationalité",
    "Occupation": "Profession",
    "Consent": "Consentement",
    "Contact": "Contact",
    "Address": "Adresse",
    "Notes": "Notes",
    "Person": "Personne",
    "Role": "Rôle",
    "Residence status": "Statut de séjour",
    "Details": "Détails",
    "Relatives and associates, and what happened to them": "Proches et ce qu'il leur est arrivé",
    "Organisation": "Organisation",
    "Kind": "Nature",
    "Level": "Niveau",
    "Country": "Pays",
    "Part of": "Rattachée à",
    "Every incident in date order; dates are as precise as recorded (\"early\", \"circa\", \"before\" as the sources "
    "say), and incidents of unknown date stand where the case places them. Numbers in brackets refer to the sources "
    "(section Sources), E-numbers to exhibits.":
        "Tous les incidents par ordre de date ; les dates sont aussi précises qu'enregistrées (« début », « vers », "
        "« avant », comme le disent les sources), et les incidents de date inconnue sont placés là où le dossier les "
        "situe. Les numéros entre crochets renvoient aux sources (section Sources), les numéros E aux pièces.",
    "Targeted": "Visé(s)",
    "Acted": "Auteurs",
    "Lasted": "Durée",
    "Host state": "État d'accueil",
    "Date unknown": "Date inconnue",
    "Date": "Date",
    "Incident": "Incident",
    "Verification": "Vérification",
    "Sources, exhibits": "Sources, pièces",
    "Person sought": "Personne recherchée",
    "Issued": "Émise",
    "Requested": "Demandée",
    "by {country}": "par : {country}",
    "of {country}": "à : {country}",
    "Bureau": "Bureau",
    "Charge": "Chef d'accusation",
    "since {date}": "depuis {date}",
    "Requests about it and their decisions": "Demandes à son sujet et décisions",
    "Asks": "Demande",
    "To": "Destinataire",
    "File number": "Numéro de dossier",
    "For": "Au nom de",
    "Counsel of record": "Conseil inscrit au dossier",
    "Decision": "Décision",
    "captured {date}": "saisie le {date}",
    "WITHHELD in this version: it shows a person who may not be named here. It is listed by its number and hash only "
    "and is not reproduced.":
        "RETENUE dans cette version : elle montre une personne qui ne peut pas être nommée ici. Elle n'est citée que "
        "par son numéro et son empreinte, et n'est pas reproduite.",
    "WITHHELD in this version: who appears in it is not recorded. It is listed by its number and hash only and is "
    "not reproduced.":
        "RETENUE dans cette version : les personnes qui y figurent ne sont pas enregistrées. Elle n'est citée que "
        "par son numéro et son empreinte, et n'est pas reproduite.",
    "WARNING: the stored file does not match the SHA-256 recorded at intake ({sha256}).":
        "ATTENTION : le fichier conservé ne correspond pas au SHA-256 relevé à la réception ({sha256}).",
    "Reproduced on page": "Reproduite en page",
    "No exhibits are recorded for this case.": "Aucune pièce n'est enregistrée pour ce dossier.",
    "No sources are recorded for this case.": "Aucune source n'est enregistrée pour ce dossier.",
    "No.": "N°",
    "Exhibit": "Pièce",
    "Grades use the Admiralty code: the letter rates the source (A completely reliable to E unreliable, F cannot be "
    "judged), the digit the information (1 confirmed by other sources to 5 improbable, 6 cannot be judged). "
    "Addresses of online sources are given as text; they were not visited to make this dossier.":
        "Les cotes suivent le code de l'Amirauté : la lettre évalue la source (de A, totalement fiable, à E, peu "
        "fiable ; F, impossible à évaluer), le chiffre l'information (de 1, confirmée par d'autres sources, à 5, "
        "improbable ; 6, impossible à évaluer). Les adresses des sources en ligne sont données comme texte ; elles "
        "n'ont pas été consultées pour établir ce dossier.",
    "Citation": "Référence",
    "Lang.": "Langue",
    "Grade": "Cote",
    "by {authors}": "de {authors}",
    "in {outlet}": "dans {outlet}",
    "reporting [{n}]": "rapportant [{n}]",
    "Intervention": "Démarche",
    "Response": "Réponse",
    "Response and notes": "Réponse et notes",
    "No interventions are recorded.": "Aucune démarche n'est enregistrée.",
    "About": "Objet",
    "Due": "Échéance",
    "Task": "Tâche",
    "no due date": "sans échéance",
    "No open tasks.": "Aucune tâche en cours.",
    "Not reproduced: {why}.": "Non reproduite : {why}.",
    "it could not be read as an image": "elle n'a pas pu être lue comme image",
    "it could not be read as a PDF": "elle n'a pas pu être lue comme PDF",
    "it is an encrypted PDF": "c'est un PDF chiffré",
    "the PDF has no pages": "le PDF n'a aucune page",
    "of {exhibit}": "de {exhibit}",
    "an exhibit no longer in the case": "une pièce qui n'est plus au dossier",
    "translated by {name}": "traduite par {name}",
    "language": "langue",
    "by {name}": "par {name}",
    "to {name}": "à {name}",
    "Custody": "Garde",
    "Not an image: the file is kept in the vault and can be produced on request.":
        "Ce n'est pas une image : le fichier est conservé dans le coffre et peut être produit sur demande.",
    "Exhibit {label}": "Pièce {label}",
    "SHA-256 of the stored file {sha256}": "SHA-256 du fichier conservé {sha256}",
    "{n} bytes": "{n} octets",
    "kB": "ko",
    "MB": "Mo",
    "GB": "Go",
    "group, number unknown": "groupe, nombre inconnu",
    "group of {size} people": "groupe de {size} personnes",
    "Person {letter}": "Personne {letter}",
    "Group {letter}": "Groupe {letter}",
    "Group {letter} ({size} people)": "Groupe {letter} ({size} personnes)",
    "[contact withheld]": "[coordonnées retirées]",
    "unidentified person": "personne non identifiée",
    "{relation} of the target": "{relation} de la personne visée",
    # dates
    "date unknown": "date inconnue",
    "until {date}": "jusqu'à {date}",
    "{start} \u2013 {end}": "{start} \u2013 {end}",
    "circa {date}": "vers {date}",
    "early {date}": "début {date}",
    "mid-{date}": "mi-{date}",
    "late {date}": "fin {date}",
    "before {date}": "avant {date}",
    "after {date}": "après {date}",
    "{n} year": "{n} an",
    "{n} years": "{n} ans",
    "{n} month": "{n} mois",
    "{n} months": "{n} mois",
    "{n} week": "{n} semaine",
    "{n} weeks": "{n} semaines",
    "{n} day": "{n} jour",
    "{n} days": "{n} jours",
    "about {duration}": "environ {duration}",
    "more than {duration}": "plus de {duration}",
    "less than {duration}": "moins de {duration}",
    # packages
    "IRB file no.": "N° de dossier CISR",
    "CCF ref.": "Réf. CCF",
    "File no.": "N° de dossier",
    "Document": "Document",
    "Pages": "Pages",
    "page {n} of {total} of the exhibit": "page {n} sur {total} de la pièce",
    "This file cannot be printed on paper (for example a sound or video recording). It is kept in the vault with "
    "the hash below and can be produced on request.":
        "Ce fichier ne peut pas être imprimé (par exemple un enregistrement sonore ou vidéo). Il est conservé dans le "
        "coffre avec l'empreinte ci-dessous et peut être produit sur demande.",
    "Translator's declaration for exhibit {label}": "Déclaration du traducteur pour la pièce {label}",
    "Exhibit translated": "Pièce traduite",
    "Translation": "Traduction",
    "not yet in the case: attach it behind this declaration":
        "pas encore au dossier : la joindre après cette déclaration",
    "Translated from": "Traduit de",
    "Dialect": "Dialecte",
    "Translated into": "Traduit en",
    "I, {name}, declare that I am competent to translate from {source} into {target}, and that the attached "
    "translation of exhibit {label} is, to the best of my knowledge and belief, an accurate and complete translation "
    "of the original.":
        "Je soussigné(e), {name}, déclare être compétent(e) pour traduire de la langue « {source} » vers la langue "
        "« {target} », et que la "
        "traduction ci-jointe de la pièce {label} est, à ma connaissance, une traduction fidèle et complète de "
        "l'original.",
    "Name": "Nom",
    "Signature": "Signature",
    "Place": "Lieu",
    "Refugee Protection Division \u2013 disclosure package": "Section de la protection des réfugiés \u2013 "
                                                              "dossier de communication de la preuve",
    "Claimant": "Demandeur d'asile",
    "IRB file number": "Numéro de dossier de la CISR",
    "UCI": "IUC",
    "Proof of service": "Preuve de signification",
    "I certify that on the date below I served a copy of this disclosure package on the party named, by the method "
    "stated.":
        "J'atteste avoir signifié, à la date ci-dessous, une copie de ce dossier à la partie nommée, selon le mode "
        "indiqué.",
    "Served on": "Signifié à",
    "\u2610 Minister's counsel   \u2610 Refugee Protection Division":
        "\u2610 Conseil du ministre   \u2610 Section de la protection des réfugiés",
    "Method of service": "Mode de signification",
    "Date of service": "Date de signification",
    "Request to the Commission for the Control of INTERPOL's Files":
        "Requête à la Commission de contrôle des fichiers d'INTERPOL",
    "Applicant": "Requérant",
    "Request": "Demande",
    "Represented by": "Représenté par",
    "CCF reference": "Référence CCF",
    "The request": "La requête",
    "The applicant asks the Commission for access to the data about the applicant processed in INTERPOL's files, "
    "including which country issued them and what they say.":
        "Le requérant demande à la Commission l'accès aux données le concernant traitées dans les fichiers "
        "d'INTERPOL, y compris le pays qui les a transmises et leur contenu.",
    "The applicant asks the Commission to have the data about the applicant in INTERPOL's files corrected, for the "
    "reasons below.":
        "Le requérant demande à la Commission de faire rectifier les données le concernant dans les fichiers "
        "d'INTERPOL, pour les motifs ci-dessous.",
    "The applicant asks the Commission to have the data about the applicant deleted from INTERPOL's files, for the "
    "reasons below.":
        "Le requérant demande à la Commission de faire supprimer les données le concernant des fichiers d'INTERPOL, "
        "pour les motifs ci-dessous.",
    "The notice": "La notice",
    "No Interpol notice is recorded in the case: state what is known of it.":
        "Aucune notice d'Interpol n'est enregistrée au dossier : indiquer ce que l'on en sait.",
    "Arguments": "Moyens",
    "Article 3 of INTERPOL's Constitution: the case is predominantly political":
        "Article 3 du Statut d'INTERPOL : l'affaire revêt un caractère essentiellement politique",
    "Article 2: human rights (risk of torture, unfair trial)":
        "Article 2 : droits humains (risque de torture, procès inéquitable)",
    "Quality of the data": "Qualité des données",
    "INTERPOL's refugee policy": "Politique d'INTERPOL relative aux réfugiés",
    "Campaign: {campaign}": "Campagne : {campaign}",
    "Charge stated in the notice: {charge}": "Infraction indiquée dans la notice : {charge}",
    "No extradition request is recorded in this case.": "Aucune demande d'extradition n'est enregistrée au dossier.",
    "Refugee protection: {decision} ({date}), file number {number}":
        "Protection de réfugié : {decision} ({date}), numéro de dossier {number}",
    "Facts recorded in the case that bear on this argument:": "Faits enregistrés au dossier qui étayent ce moyen :",
    "Counsel's argument:": "Argumentation du conseil :",
    "No fact recorded in the case bears on this argument: to be completed by counsel, or left out.":
        "Aucun fait enregistré au dossier n'étaye ce moyen : à compléter par le conseil, ou à omettre.",
    "Attachments": "Pièces jointes",
    "Signed power of attorney": "Procuration signée",
    "Copy of an identity document (name, date of birth, photograph)":
        "Copie d'une pièce d'identité (nom, date de naissance, photographie)",
    "Refugee decision of the state that granted protection":
        "Décision d'octroi du statut de réfugié par l'État d'accueil",
    "Signature of the applicant or counsel": "Signature du requérant ou de son conseil",
    "Communication to the UN Special Procedures": "Communication aux procédures spéciales de l'ONU",
    "Concerning": "Concernant",
    "The communication": "La communication",
    "Alleged victim(s)": "Victime(s) présumée(s)",
    "Alleged perpetrator(s): name, function, affiliation": "Auteur(s) présumé(s) : nom, fonction, affiliation",
    "Submitter (to be kept confidential)": "Auteur de la communication (à garder confidentiel)",
    "Date and place": "Date et lieu",
    "Facts": "Faits",
    "Described in detail in the chronology (document {n} of the index).":
        "Décrits en détail dans la chronologie (document {n} de l'index).",
    "Steps taken (domestic and international)": "Démarches entreprises (nationales et internationales)",
    "Consent of the victim(s) or family to the use of their names":
        "Consentement de la ou des victimes ou de la famille à l'usage de leur nom",
    "Confidential items": "Éléments confidentiels",
    "The identity of the submitter.": "L'identité de l'auteur de la communication.",
    "Persons who have not consented to publication are not to be named in public communications or reports.":
        "Les personnes qui n'ont pas consenti à la publication ne doivent pas être nommées dans des communications "
        "ou rapports publics.",
    "Other support": "Autres éléments de preuve",
    "Every source of this case is a media report: say what else supports the facts (testimony, documents).":
        "Toutes les sources de ce dossier sont des articles de presse : indiquer ce qui étaye aussi les faits "
        "(témoignages, documents).",
    "Complaint \u2013 summary": "Plainte \u2013 résumé",
    "Who is targeted": "Personne visée",
    "Who acted": "Auteurs",
    "What": "Faits",
    "When": "Quand",
    "Where": "Où",
    "Evidence": "Preuves",
    "{n} exhibit(s), listed with their SHA-256": "{n} pièce(s), listées avec leur SHA-256",
    "Contact for follow-up": "Contact pour le suivi",
}
