package corpus_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"schemabot/corpus"
)

// layoutFiche is what a reader finds for one fiche: its label as printed,
// the start of its title and of its first pilot ("" when the document
// names none).
type layoutFiche struct{ id, title, pilot string }

// The eight schémas of testdata/layouts are written in the layouts of
// other départements (see each file); the expected values below were read
// from the documents, not from the parser.
var layoutCases = []struct {
	file         string
	departement  string
	period       string
	titleHas     string
	adopted      string // a part of the adoption date as written
	signatory    string
	axes         []string // axis labels, as "Kind N"
	fiches       []layoutFiche
	glossary     int // entries, at least
	fromTOC      bool
	warningsHave []string
}{
	{
		file: "deux-sevres-2014-2020.md", departement: "Deux-Sèvres", period: "2014-2020", titleHas: "Schéma départemental",
		adopted: "20 octobre 2014", signatory: "Jean-Marie Rambaud",
		axes: []string{"Axe 1", "Axe 2", "Axe 3"},
		fiches: []layoutFiche{
			{"1.1", "Consolider la cellule de recueil", "Cellule de recueil des informations préoccupantes"},
			{"1.2", "Développer les visites à domicile", "Service de protection maternelle et infantile"},
			{"1.3", "Soutenir la parentalité", "Mission prévention et parentalité"},
			{"2.1", "Créer un service d'accueil de jour", "Service de l'aide sociale à l'enfance"},
			{"2.2", "Recruter, former et soutenir", "Service de l'accueil familial"},
			{"2.3", "Mieux accompagner les enfants", "Direction de l'enfance et de la famille"},
			{"3.1", "Préparer la sortie du dispositif", "Service ASE"},
			{"3.2", "Faire vivre l'observatoire", "Mission observatoire et évaluation"},
		},
	},
	{
		// pdftotext damage: flattened paragraphs, form feeds, running
		// headers, glued page numbers, "Ficheactionn°3", "AXEN°2", Roman axes.
		file: "schema-enfance-2.txt", departement: "Haute-Garonne", period: "2021-2025", titleHas: "SCHÉMA DÉPARTEMENTAL ENFANCE FAMILLE",
		adopted: "18 juin 2021", signatory: "Bernard Lacoste",
		axes: []string{"Axe I", "Axe 2", "Axe III", "Axe IV"},
		fiches: []layoutFiche{
			{"1", "Généraliser l'entretien prénatal", "Direction de la protection maternelle et infantile"},
			{"2", "Renforcer la prévention spécialisée", "Direction Enfance et Famille – Mission prévention"},
			{"3", "Fiabiliser le circuit", "Cellule de recueil des informations préoccupantes"},
			{"4", "Soutenir et valoriser l'accueil familial", "Service de l'accueil familial départemental"},
			{"5", "Créer une offre d'accueil d'urgence", "Direction Enfance et Famille – Service offre"},
			{"6", "Un projet pour l'enfant", "Direction Enfance et Famille – Pôle parcours"},
			{"7", "Accompagner les jeunes majeurs", "Service jeunes majeurs et mineurs non accompagnés"},
			{"8", "Faire de l'ODPE 31", "Observatoire départemental de la protection de l'enfance"},
			{"9", "Associer les enfants et les familles", "Direction Enfance et Famille – Mission participation"},
		},
		glossary: 10,
	},
	{
		// Orientation / Objectif stratégique 1.1 / Action 1.1.1, fields as
		// tab-separated label and value.
		file: "la-reunion-2022-2026.txt", departement: "La Réunion", period: "2022-2026", titleHas: "PROTECTION DE L'ENFANCE",
		adopted: "29 juin 2022", signatory: "Jean-Claude Payet",
		axes: []string{"Orientation 1", "Orientation 2", "Orientation 3"},
		fiches: []layoutFiche{
			{"1.1.1", "Déployer les visites à domicile", "Direction de la PMI et de la promotion de la santé"},
			{"1.1.2", "Créer des maisons des 1 000 premiers jours", "DPMIPS, en co-pilotage avec la CAF"},
			{"1.2.1", "Développer la médiation familiale", "DEF – Service de prévention"},
			{"2.1.1", "Ouvrir une antenne Sud de la CRIP", "Cellule de recueil des informations préoccupantes"},
			{"2.2.1", "Recruter, former et fidéliser", "DEF – Service de l'accueil familial"},
			{"2.2.2", "Développer les alternatives au placement", "DEF – Service de l'offre et de la tarification"},
			{"2.2.3", "Préserver les liens dans les fratries", "DEF – Pôle parcours de l'enfant"},
			{"2.2.4", "Mieux prendre en charge les enfants à besoins multiples", "DEF et ARS La Réunion"},
			{"3.1.1", "Créer le dispositif « Kaz Autonomie »", "DEF – Mission jeunes majeurs"},
			{"3.2.1", "Doter l'ODPE 974", "Observatoire départemental de la protection de l'enfance"},
		},
		glossary: 10,
	},
	{
		// A sommaire alone: axes and fiche titles, cited to it.
		file: "cotes-d-armor-sommaire.md", departement: "Côtes-d'Armor", period: "2020-2024", titleHas: "Schéma départemental",
		adopted: "14 février 2020", signatory: "Christian Le Goff",
		axes: []string{"Orientation 1", "Orientation 2", "Orientation 3", "Orientation 4"},
		fiches: []layoutFiche{
			{"1", "Renforcer les consultations de PMI", ""}, {"2", "Développer le soutien à la parentalité", ""},
			{"3", "Protéger les enfants exposés", ""}, {"4", "Améliorer le traitement des informations", ""},
			{"5", "Associer davantage les parents", ""}, {"6", "Recruter et soutenir les assistants familiaux", ""},
			{"7", "Créer des places d'accueil pour les adolescents", ""}, {"8", "Faciliter l'accès aux soins", ""},
			{"9", "Préparer l'autonomie des jeunes", ""}, {"10", "Faire vivre l'observatoire", ""},
		},
		fromTOC: true,
	},
	{
		// Priorité I/II/III, "FICHE N°13 - TITRE", flattened HTML tables.
		file: "seine-saint-denis-2023-2027.md", departement: "Seine-Saint-Denis", period: "2023-2027", titleHas: "PROTECTION DE L'ENFANCE",
		adopted: "16 février 2023", signatory: "Nadia Belkacem-Rouvière",
		axes: []string{"Priorité I", "Priorité II", "Priorité III"},
		fiches: []layoutFiche{
			{"11", "RENFORCER LE SUIVI PÉRINATAL", "Service de la protection maternelle et infantile"},
			{"12", "DÉVELOPPER LES LIEUX D'ACCUEIL", "Mission prévention et soutien à la parentalité"},
			{"13", "RÉDUIRE LES DÉLAIS", "Cellule de recueil des informations préoccupantes"},
			{"21", "RECRUTER, FORMER ET FIDÉLISER", "Service de l'accueil familial départemental"},
			{"22", "CRÉER UNE PLATEFORME", "Bureau de l'offre, de la programmation et de la tarification"},
			{"23", "AMÉLIORER LE SUIVI DE SANTÉ", "Médecin référent protection de l'enfance"},
			{"31", "ACCOMPAGNER LES JEUNES VERS L'AUTONOMIE", "Service de l'aide sociale à l'enfance"},
			{"32", "FAIRE VIVRE L'OBSERVATOIRE", "Observatoire départemental de la protection de l'enfance"},
		},
	},
	{
		// Enjeu 1/2/3, "Fiche-action A1", "B1 bis", Porteur, Contributeurs,
		// the adoption date in words.
		file: "correze-2019-2023.txt", departement: "Corrèze", period: "2019-2023", titleHas: "SCHÉMA DÉPARTEMENTAL ENFANCE",
		adopted: "vingt-huit juin deux mille dix-neuf",
		axes:    []string{"Enjeu 1", "Enjeu 2", "Enjeu 3"},
		fiches: []layoutFiche{
			{"A1", "Déployer des permanences itinérantes", "Service de Protection Maternelle et Infantile"},
			{"A2", "Structurer le soutien à la parentalité", "Mission Prévention et Parentalité"},
			{"A3", "Harmoniser le traitement", "Cellule départementale de recueil"},
			{"B1", "Conforter et renouveler l'accueil familial", "Service Accueil Familial"},
			{"B1 bis", "Favoriser l'accueil des fratries", "Service Enfance-Famille - Pôle offre"},
			{"B2", "Développer l'accompagnement éducatif renforcé", "Direction de l'Action Sociale"},
			{"C1", "Préparer la sortie du dispositif", "Service de l'Aide Sociale à l'Enfance"},
			{"C2", "Améliorer l'accès aux soins psychiques", "Médecin départemental de protection de l'enfance"},
		},
	},
	{
		// Numbered actions under each axis, inline fields, two columns
		// interleaved on the page of the previous schéma's review.
		file: "guyane-2024-2028.txt", departement: "Guyane", period: "2024-2028", titleHas: "SCHÉMA TERRITORIAL",
		adopted: "14 mars 2024",
		axes:    []string{"Axe 1", "Axe 2", "Axe 3"},
		fiches: []layoutFiche{
			{"1.1", "Renforcer la PMI", "Direction de la PMI – CTG"},
			{"1.2", "Recruter des médiateurs", "Direction de l'Enfance et de la Famille (DEF) – service prévention"},
			{"1.3", "Mettre en place une CRIP", "Cellule de recueil des informations préoccupantes"},
			{"2.1", "Créer une maison d'enfants", "Direction de l'Enfance et de la Famille (DEF) – service offre"},
			{"2.2", "Développer l'accueil familial", "Service de l'accueil familial – DEF"},
			{"2.3", "Organiser la prise en charge des mineurs", "Service de l'aide sociale à l'enfance (ASE) – cellule MNA"},
			{"3.1", "Accompagner les jeunes majeurs", "Service de l'aide sociale à l'enfance (ASE) – référent"},
			{"3.2", "Faciliter l'accès aux soins psychiques", "ARS Guyane et DEF"},
			{"3.3", "Installer l'Observatoire territorial", "Direction de l'Enfance et de la Famille (DEF) – mission observation"},
		},
	},
	{
		// The file name does not say the département; fields as headings; a
		// label printed twice; a fiche without pilot; a glossary table.
		file: "schema-protection-enfance.md", departement: "Mayotte", period: "2025-2029", titleHas: "enfance et de la famille",
		adopted: "3 octobre 2025", signatory: "Abdallah Hamada Soumaïla",
		axes: []string{"Objectif stratégique 1", "Objectif stratégique 2", "Objectif stratégique 3"},
		fiches: []layoutFiche{
			{"1", "Renforcer le suivi des femmes enceintes", "Direction de la Protection Maternelle et Infantile"},
			{"2", "Développer le soutien à la parentalité", "Service prévention et parentalité"},
			{"3", "Améliorer le repérage", "Cellule de recueil des informations préoccupantes"},
			{"4", "Augmenter et diversifier l'offre", "Service de l'aide sociale à l'enfance (ASE)"},
			{"5", "Recruter, former et soutenir les familles d'accueil", "Service de l'accueil familial"},
			{"5", "Mettre à l'abri et accompagner les mineurs isolés", "Service de l'aide sociale à l'enfance (ASE) – cellule mineurs isolés"},
			{"6", "Garantir l'accès aux soins", "Médecin référent protection de l'enfance"},
			{"7", "Préparer la sortie du dispositif", ""},
			{"8", "Installer une gouvernance partagée", "Mission pilotage et observation"},
		},
		glossary:     15,
		warningsHave: []string{"fiche 5 is defined twice", "fiche 7 has no pilot"},
	},
	// The three below were first met after the parser work above: their
	// first-run scores are in the README.
	{
		// pdftotext -layout: a two-column table with runs of spaces, values
		// wrapped in their column, footers with page numbers, axis
		// headings repeated on each page.
		file: "vienne-2023-2027.txt", departement: "Vienne", period: "2023-2027", titleHas: "PROTECTION DE L'ENFANCE",
		adopted: "15 décembre 2022", signatory: "Bernard LESTRADE",
		axes: []string{"Orientation 1", "Orientation 2", "Orientation 3"},
		fiches: []layoutFiche{
			{"1.1", "Renforcer l'accompagnement périnatal", "Direction de la PMI et de la Santé"},
			{"1.2", "Développer un maillage", "Direction Enfance Famille – Mission Parentalité"},
			{"1.3", "Repenser la prévention spécialisée", "Direction Enfance Famille – Service Prévention"},
			{"2.1", "Réduire les délais", "Direction Enfance Famille – Cellule de recueil"},
			{"2.2", "Diversifier les modes d'accompagnement", "Direction Enfance Famille – Service Aide sociale à l'enfance"},
			{"2.3", "Attirer, former et fidéliser", "Direction des Ressources Humaines – Pôle Accueil familial"},
			{"2.4", "Garantir le suivi de santé", "Médecin référent protection de l'enfance"},
			{"3.1", "Préparer l'accès à l'autonomie", "Direction Enfance Famille – Pôle Jeunes majeurs"},
			{"3.2", "Renforcer la gouvernance", "Direction Enfance Famille – Observatoire"},
		},
		glossary: 10,
	},
	{
		// A Word export: "Axe stratégique A", actions as a numbered list
		// ("**Action A.1** –") with their fields as list items; the file
		// name does not say the département.
		file: "schema-2021.md", departement: "Nord", period: "2021-2026", titleHas: "Schéma départemental",
		adopted: "22 mars 2021", signatory: "Jean-Marc Delattre",
		axes: []string{"Axe stratégique A", "Axe stratégique B", "Axe stratégique C"},
		fiches: []layoutFiche{
			{"A.1", "Déployer des unités mobiles de PMI", "Direction de la Protection Maternelle et Infantile"},
			{"A.2", "Ouvrir une Maison des familles", "Direction Enfance Famille Jeunesse"},
			{"A.3", "Mieux protéger les enfants exposés", "Cellule départementale de recueil"},
			{"B.1", "Plan « 300 familles d'accueil »", "Direction Enfance Famille Jeunesse – Service de l'accueil familial"},
			{"B.2", "Créer des réponses pour les enfants en double vulnérabilité", "Direction Enfance Famille Jeunesse, en co-portage"},
			{"B.3", "Développer l'accueil de jour", "Direction Enfance Famille Jeunesse – Pôle Offre et Tarification"},
			{"B.4", "Réorganiser la mise à l'abri", "Direction Enfance Famille Jeunesse – Mission Mineurs non accompagnés"},
			{"C.1", "Faire du projet pour l'enfant (PPE)", "Direction Enfance Famille Jeunesse – Service Aide sociale à l'enfance"},
			{"C.2", "« Cap 21 »", "Direction Enfance Famille Jeunesse – Mission Jeunes majeurs"},
			{"C.3", "Installer un Conseil des jeunes accueillis", "Observatoire départemental de la protection de l'enfance"},
		},
		glossary: 10,
	},
	{
		// Plain text: numbered chapters, "AXE 1 –" in capitals, "ACTION 7 —"
		// blocks numbered across axes, "Pilote : … / Copilote : …" on one line.
		file: "finistere-2022-2026.txt", departement: "Finistère", period: "2022-2026", titleHas: "SCHÉMA DÉPARTEMENTAL",
		adopted: "30 juin 2022", signatory: "Armelle Kerbrat",
		axes: []string{"Axe 1", "Axe 2", "Axe 3", "Axe 4"},
		fiches: []layoutFiche{
			{"1", "Structurer un parcours des 1000 premiers jours", "Direction de l'Enfance et de la Famille – Service PMI"},
			{"2", "Développer l'intervention des TISF", "Direction de l'Enfance et de la Famille – Service Prévention"},
			{"3", "Garantir l'accès à la prévention dans les îles", "Direction territoriale d'action sociale du Pays de Brest"},
			{"4", "Renforcer la CRIP", "Cellule de recueil des informations préoccupantes (CRIP 29)"},
			{"5", "Ouvrir une unité d'accueil pédiatrique", "Centre hospitalier de Cornouaille"},
			{"6", "Faire évoluer l'offre des maisons d'enfants", "Direction de l'Enfance et de la Famille – Service Offre"},
			{"7", "Soutenir et fidéliser les assistants familiaux", "Direction des ressources humaines"},
			{"8", "Sécuriser le parcours de santé", "Médecin référent protection de l'enfance"},
			{"9", "Accompagner les jeunes majeurs", "Direction de l'Enfance et de la Famille – Mission Jeunes majeurs"},
			{"10", "Associer enfants et familles", "Observatoire départemental de la protection de l'enfance"},
		},
		glossary: 10,
	},
	// A second round of layouts first met unseen.
	{
		// pdftotext default mode: "FICHE ACTION" / "N° 4" / a title over
		// two lines, then the fiche's axis; Wingdings bullets; labels
		// ending with a colon; the département only in the text.
		file: "sdppe-2023-2027.md", departement: "Haute-Vienne", period: "2023-2027", titleHas: "PROTECTION DE L'ENFANCE",
		adopted: "8 décembre 2022", signatory: "Martine Vergnaud",
		axes: []string{"Axe 1", "Axe 2", "Axe 3"},
		fiches: []layoutFiche{
			{"1", "Aller vers les futurs parents des territoires ruraux", "Service départemental de PMI"},
			{"2", "Renforcer l'aide éducative à domicile", "Direction de l'Enfance et de la Famille – Service prévention"},
			{"3", "Repérer les violences intrafamiliales", "Cellule de recueil des informations préoccupantes"},
			{"4", "Recruter, former et fidéliser", "Service de l'accueil familial"},
			{"5", "Prendre soin de la santé", "Médecin référent protection de l'enfance"},
			{"6", "Préparer l'accès à l'autonomie", "Service Parcours Jeunes"},
			{"7", "Faire de l'ODPE un lieu", "Mission observation et évaluation"},
			{"8", "Associer les enfants et les familles", "Chargée de mission participation"},
		},
		glossary: 10,
	},
	{
		// pdftotext -layout of a landscape plan of actions: one column
		// per field, the cells of a row side by side on the same lines,
		// words hyphenated at the end of a cell's line, the header row
		// repeated on every page.
		file: "doubs-2024-2028.txt", departement: "Doubs", period: "2024-2028", titleHas: "PROTECTION DE L'ENFANCE",
		adopted: "25 mars 2024", signatory: "Anne-Sophie Bourdenet",
		axes: []string{"Orientation 1", "Orientation 2", "Orientation 3", "Orientation 4"},
		fiches: []layoutFiche{
			{"1.1", "Renforcer l'accompagnement périnatal par la PMI", "Service de Protection Maternelle et Infantile (PMI)"},
			{"1.2", "Structurer un réseau départemental", "Direction de l'Action Sociale de Proximité"},
			{"1.3", "Prévenir les ruptures chez les adolescents", "Service Prévention et Jeunesse"},
			{"2.1", "Sécuriser le circuit des informations préoccupantes", "Cellule de Recueil des Informations Préoccupantes (CRIP)"},
			{"2.2", "Déployer le référentiel national", "Service de l'Aide Sociale à l'Enfance – Pôle Évaluation"},
			{"2.3", "Protéger les enfants exposés aux", "Mission Égalité et Violences Intrafamiliales"},
			{"3.1", "Conforter et valoriser l'accueil", "Service Accueil Familial"},
			{"3.2", "Développer les alternatives au", "Service Offre et Tarification des Établissements"},
			{"3.3", "Mieux accompagner les enfants à besoins multiples", "Direction Enfance Famille, en copilotage avec la Direction de l'Autonomie"},
			{"4.1", "Accompagner les jeunes vers", "Mission Accompagnement des Jeunes Majeurs"},
			{"4.2", "Garantir le suivi de santé des", "Médecin référent protection de l'enfance – Direction Enfance Famille"},
			{"4.3", "Piloter, observer et évaluer le schéma", "Observatoire Départemental de la Protection de l'Enfance (ODPE)"},
		},
		glossary: 15,
	},
	{
		// A text browser's dump of a web page: breadcrumb, link numbers,
		// "Objectif opérationnel 1.1", actions "1.1.1 - …" with "Qui ?",
		// "Avec qui ?", "Quand ?" as labels; no adoption date.
		file: "cotes-darmor-schema-enfance.md", departement: "Côtes-d'Armor", period: "2024-2028", titleHas: "Schéma enfance",
		axes: []string{"Orientation 1", "Orientation 2", "Orientation 3"},
		fiches: []layoutFiche{
			{"1.1.1", "Ouvrir un lieu ressource", "Direction de la PMI et de la santé publique"},
			{"1.1.2", "Proposer une visite à domicile", "Pôle périnatalité de la PMI"},
			{"1.2.1", "Étendre la prévention spécialisée", "Service prévention et jeunesse"},
			{"1.2.2", "Former les animateurs", "Cellule départementale de recueil des informations préoccupantes (CRIP 22)"},
			{"2.1.1", "Créer 40 places d'accueil de jour", "Direction Enfance Famille – mission offre et tarification"},
			{"2.1.2", "Développer le parrainage", "Service de l'aide sociale à l'enfance – pôle accueil familial"},
			{"2.1.3", "Mieux accueillir les enfants confiés en situation de handicap", "Co-pilotage Direction Enfance Famille"},
			{"2.2.1", "Garantir un contrat", "Service des jeunes majeurs"},
			{"3.1.1", "Publier chaque année le tableau de bord", "Observatoire départemental de la protection de l'enfance (ODPE)"},
		},
	},
	{
		// A plan of actions as tables, one action a row ("| N° | Action |
		// Pilote | Partenaires | Échéance |"), under "Ambition A".
		file: "reunion-plan-enfance-famille-2025-2029.md", departement: "La Réunion", period: "2025-2029", titleHas: "Enfance Famille",
		adopted: "27 mars 2025", signatory: "Sully Payet",
		axes: []string{"Ambition A", "Ambition B", "Ambition C"},
		fiches: []layoutFiche{
			{"A1", "Déployer des équipes mobiles", "Direction de l'enfance et de la famille (DEF) – service prévention"},
			{"A2", "Ouvrir une ligne d'écoute", "Direction de la PMI et de la santé de l'enfant"},
			{"A3", "", "Direction de la PMI"},
			{"B1", "", "Service de l'accueil familial"},
			{"B2", "", "Direction de l'offre et des établissements"},
			{"B3", "", "Service jeunes majeurs et mobilité"},
			{"B4", "", "Service de l'aide sociale à l'enfance – inspecteurs enfance"},
			{"C1", "", "Direction des systèmes d'information"},
			{"C2", "", "Observatoire départemental de la protection de l'enfance (ODPE 974)"},
		},
		glossary: 10,
	},
	// A third round, first met unseen; only the département printed in
	// capitals on the cover of the Hautes-Pyrénées one was missed.
	{
		file: "somme-schema-enfance-2022-2026.md", departement: "Somme", period: "2022-2026", titleHas: "PROTECTION DE L'ENFANCE",
		adopted: "27 juin 2022", signatory: "Hubert DELCOURT-MANIER",
		axes: []string{"Orientation 1", "Orientation 2", "Orientation 3"},
		fiches: []layoutFiche{
			{"1", "Renforcer les visites à domicile de PMI", "Direction de la PMI – Médecin départemental de PMI"},
			{"2", "Déployer des lieux d'accueil enfants-parents", "Service Prévention et Action sociale de proximité"},
			{"3", "Réduire les délais de traitement", "Cellule de recueil des informations préoccupantes (CRIP)"},
			{"4", "Recruter et fidéliser les assistants familiaux", "Service de l'Accueil familial"},
			{"5", "Créer des places d'accueil pour les enfants", "Co-pilotage Direction Enfance Famille"},
			{"6", "Garantir le suivi de santé", "Médecin référent protection de l'enfance"},
			{"7", "Préparer la sortie du dispositif", "Service de l'Aide sociale à l'enfance – Cellule Autonomie"},
			{"8", "Relancer l'Observatoire départemental", "Direction générale adjointe des Solidarités"},
		},
		glossary: 10,
	},
	{
		file: "ille-et-vilaine-schema-enfance-famille-2024-2028.md", departement: "Ille-et-Vilaine", period: "2024-2028", titleHas: "Schéma départemental enfance-famille",
		adopted: "14 décembre 2023", signatory: "Maëlle Guérin-Trévidy",
		axes: []string{"Axe 1", "Axe 2", "Axe 3"},
		fiches: []layoutFiche{
			{"1.1", "Renforcer l'accompagnement éducatif", "Pôle enfance-famille"},
			{"1.2", "Créer une ligne départementale d'écoute", "Mission parentalité"},
			{"1.3", "Mieux protéger les enfants exposés", "Direction enfance-famille, en binôme"},
			{"2.1", "Désigner un référent de parcours unique", "Service de l'aide sociale à l'enfance – Mission parcours"},
			{"2.2", "Développer le placement éducatif à domicile", "Direction enfance-famille – Service de l'offre d'accueil"},
			{"2.3", "Accompagner la scolarité", "Service de l'aide sociale à l'enfance"},
			{"3.1", "Installer un conseil des jeunes accueillis", "Mission participation"},
			{"3.2", "Former les professionnels", "Direction des ressources humaines – Service formation"},
		},
	},
	{
		file: "schema-dppe-2023-2027.md", departement: "Hautes-Pyrénées", period: "2023-2027", titleHas: "PROTECTION DE L'ENFANCE",
		adopted: "7 avril 2023",
		axes:    []string{"Axe A", "Axe B", "Axe C"},
		fiches: []layoutFiche{
			{"A1", "Consolider le parcours périnatal", "Service départemental de Protection maternelle et infantile"},
			{"A2", "Déployer une équipe mobile de prévention", "Direction de la Solidarité Départementale – Mission prévention"},
			{"A3", "Améliorer la circulation de l'information", "Cellule de recueil des informations préoccupantes (CRIP 65)"},
			{"B1", "Accueillir ensemble les fratries", "Service de l'Aide sociale à l'enfance – Pôle accueil"},
			{"B2", "Améliorer la prise en charge de la santé mentale", "co-pilotage Département (DSD) et Agence régionale de santé"},
			{"B3", "Accompagner les jeunes majeurs", "Service de l'Aide sociale à l'enfance – Cellule jeunes majeurs"},
			{"C1", "Faire vivre l'Observatoire départemental", "Directeur de la Solidarité Départementale"},
			{"C2", "Construire un tableau de bord partagé", "Direction de la Solidarité Départementale – Service observation"},
			{"C3", "Développer les formations communes", "Direction de la Solidarité Départementale – Mission formation"},
		},
		glossary: 10,
	},
	// A fourth round, first met unseen; the Martinique one lost its pilots
	// to "Enjeux" read as an axis numbered "X", until Roman numerals had to
	// stand apart from the word.
	{
		file: "loiret-sdpe-2023-2027.md", departement: "Loiret", period: "2023-2027", titleHas: "Schéma départemental",
		adopted: "15 décembre 2022", signatory: "Bertrand Lemoigne",
		axes: []string{"Axe 1", "Axe 2", "Axe 3"},
		fiches: []layoutFiche{
			{"1.1", "Structurer un parcours périnatal", "Direction de la PMI et de la santé familiale"},
			{"1.2", "Déployer des équipes mobiles", "Direction de l'action sociale territoriale"},
			{"2.1", "Réduire les délais d'évaluation", "Cellule de recueil des informations préoccupantes (CRIP 45)"},
			{"2.2", "Diversifier et sécuriser l'offre d'accueil", "Direction de l'enfance et de la famille – Service de l'accueil familial"},
			{"2.3", "Garantir le suivi de santé", "Médecin référent protection de l'enfance"},
			{"3.1", "Accompagner les jeunes de 16 à 21 ans", "Service jeunes majeurs et autonomie"},
			{"3.2", "Associer les enfants et les familles", "Observatoire départemental de la protection de l'enfance (ODPE)"},
		},
	},
	{
		file: "cd13-schema-enfance-famille-2024-2028.md", departement: "Bouches-du-Rhône", period: "2024-2028", titleHas: "ENFANCE ET DE LA FAMILLE",
		axes: []string{"Orientation A", "Orientation B", "Orientation C"},
		fiches: []layoutFiche{
			{"A1", "Renforcer la prévention précoce", "Direction de la Protection maternelle et infantile"},
			{"A2", "Sécuriser et accélérer le circuit", "Cellule de recueil des informations préoccupantes (CRIP 13)"},
			{"A3", "Protéger les enfants exposés", "Mission départementale de lutte contre les violences intrafamiliales"},
			{"B1", "Relancer l'accueil familial", "Direction Enfance-Famille – Service de l'Accueil Familial"},
			{"B2", "Créer des réponses pour les enfants", "Direction Enfance-Famille, en copilotage avec l'ARS PACA"},
			{"B3", "Mieux accompagner les mineurs non accompagnés", "Direction de l'Accueil et de l'Accompagnement des MNA"},
			{"C1", "Préparer la sortie de l'ASE", "Direction Enfance-Famille – Mission Jeunes Majeurs"},
			{"C2", "Faire vivre la participation", "Observatoire départemental de la protection de l'enfance (ODPE 13)"},
		},
	},
	{
		file: "martinique-stpe-2025-2029.md", departement: "Martinique", period: "2025-2029", titleHas: "SCHÉMA TERRITORIAL",
		adopted: "27 mars 2025", signatory: "Josiane BELLEMARE-SAINTE-ROSE",
		axes: []string{"Axe 1", "Axe 2", "Axe 3"},
		fiches: []layoutFiche{
			{"1", "Développer les lieux d'accueil parents-enfants", "Direction de la PMI – CTM"},
			{"2", "Mobiliser la solidarité familiale", "Direction de l'Enfance et de la Famille (DEF) – service Prévention"},
			{"3", "Réorganiser la CRIP", "Cellule de Recueil des Informations Préoccupantes (CRIP) – DEF"},
			{"4", "Renforcer et professionnaliser l'accueil familial", "DEF – Service de l'Accueil Familial"},
			{"5", "Limiter les accueils hors de Martinique", "Direction de l'Enfance et de la Famille, en copilotage"},
			{"6", "Relancer l'Observatoire territorial", "Direction générale adjointe des Solidarités – Mission Observatoire"},
			{"7", "Former ensemble les professionnels", "OTPE, en lien avec le service Formation de la CTM"},
		},
		glossary: 10,
	},
	{
		// An office export: each measure a form of "label<TAB>value" rows
		// (the last axes padded with spaces instead), "Mesure n°<TAB>1.1"
		// alone above its "Intitulé" row, labels of its own ("Responsable
		// de l'action", "Service référent", "Modalités d'évaluation").
		file: "eure-et-loir-2023-2027.txt", departement: "Eure-et-Loir", period: "2023-2027", titleHas: "SCHÉMA DÉPARTEMENTAL ENFANCE-FAMILLE",
		adopted: "27 mars 2023",
		axes:    []string{"Axe 1", "Axe 2", "Axe 3", "Axe 4"},
		fiches: []layoutFiche{
			{"1.1", "Déployer une PMI mobile dans les territoires ruraux", "Médecin chef du service départemental de PMI"},
			{"1.2", "Accompagner les parents face aux écrans", "Cheffe du service Prévention et Parentalité"},
			{"1.3", "Prévenir le décrochage scolaire", "Directrice adjointe Enfance-Famille"},
			{"2.1", "Créer un service d'AEMO renforcée", "Chef du service Tarification et Offre"},
			{"2.2", "Développer le placement éducatif à domicile", "Chef du service Tarification et Offre"},
			{"2.3", "Mobiliser les tiers dignes de confiance", "Responsable du service Accueil familial"},
			{"2.4", "Améliorer l'accueil et l'évaluation des mineurs non accompagnés", "Responsable de la cellule MNA"},
			{"3.1", "Généraliser un PPE numérique partagé", "Directrice adjointe Enfance-Famille"},
			{"3.2", "Renforcer l'accès aux soins psychiques", "Médecin référent protection de l'enfance"},
			{"3.3", "Préparer la sortie de l'ASE", "Cheffe du service Jeunes majeurs"},
			{"4.1", "Renforcer l'attractivité des métiers", "Directeur de l'Enfance, de la Famille et de la Jeunesse"},
			{"4.2", "Prévenir les violences institutionnelles", "Responsable de la cellule Contrôle et Qualité"},
			{"4.3", "Donner la parole aux enfants et aux familles", "Chargée de mission participation"},
			{"4.4", "Piloter et évaluer le schéma avec l'ODPE", "Directeur de l'Enfance, de la Famille et de la Jeunesse"},
		},
		glossary: 10,
	},
	{
		// A website's markdown: actions as "#### A1 – …" headings coded
		// by their ambition's letter, "**Porteur** — …" lines, pandoc
		// definition lists ("Objectifs" / ": …"), an ambition heading with
		// no title whose title only the list of ambitions gives.
		file: "lot-et-garonne-2025-2029.md", departement: "Lot-et-Garonne", period: "2025-2029", titleHas: "Schéma départemental de l'enfance et des familles",
		adopted: "20 décembre 2024",
		axes:    []string{"Ambition A", "Ambition B", "Ambition C", "Ambition D"},
		fiches: []layoutFiche{
			{"A1", "Ouvrir des « Maisons des 1000 premiers jours »", "Service départemental de PMI"},
			{"A2", "Renforcer l'intervention des TISF", "Service Prévention et Parentalité (DEF 47)"},
			{"A3", "Accompagner les enfants de parents souffrant", "Direction de l'Enfance et des Familles"},
			{"B1", "Un circuit unique et rapide", "CRIP 47"},
			{"B2", "Ouvrir une Unité d'accueil pédiatrique", "Centre hospitalier Agen-Nérac"},
			{"B3", "Repenser les visites en présence d'un tiers", "Service de l'Aide sociale à l'enfance"},
			{"C1", "Plan « Accueil familial 47 »", "Service Accueil familial"},
			{"C2", "Créer des petites unités de vie", "Service Offre et Tarification"},
			{"C3", "Accueillir les fratries ensemble", "Service de l'Aide sociale à l'enfance"},
			{"C4", "Sécuriser le passage à la majorité", "Mission Jeunes majeurs"},
			{"D1", "Faire entendre la voix des enfants accueillis", "Mission Droits et participation des usagers"},
			{"D2", "Former ensemble les professionnels", "Mission Formation de la DEF 47"},
			{"D3", "Piloter et évaluer le schéma avec l'ODPE", "Observatoire départemental de la protection de l'enfance"},
		},
		glossary: 10,
	},
	{
		// A slide deck's text export: "--- Diapositive 10 / 38 ---"
		// between slides, the file's name on the first line, one slide an
		// action "Action 1 | …" with "Qui :", "Avec :", "Quand :", "On
		// mesure :" bullets and speaker notes, an axis whose title line
		// reads like a label ("Piloter, coopérer, former").
		file: "meuse-2023-2027.txt", departement: "Meuse", period: "2023-2027", titleHas: "Schéma départemental Enfance-Famille 2023-2027",
		axes: []string{"Axe 1", "Axe 2", "Axe 3", "Axe 4"},
		fiches: []layoutFiche{
			{"1", "Le bus des 1 000 premiers jours", "Service de PMI — Direction Enfance Famille"},
			{"2", "Un réseau parentalité dans chaque EDS", "Direction Enfance Famille, en copilotage avec la CAF de la Meuse"},
			{"3", "Renforcer l'aide à domicile", "Service ASE — pôle milieu ouvert"},
			{"4", "Prévenir le décrochage scolaire", "Département et DSDEN de la Meuse"},
			{"5", "Une CRIP plus réactive", "Responsable de la CRIP"},
			{"6", "Accueil familial : +30 assistants familiaux", "Service Accueil familial"},
			{"7", "Une unité d'accueil d'urgence pour les tout-petits", "Foyer départemental de l'enfance"},
			{"8", "Enfants à besoins multiples", "Direction Enfance Famille, ARS Grand Est et MDPH"},
			{"9", "La santé des enfants confiés", "Médecin référent protection de l'enfance"},
			{"10", "Zéro sortie sèche", "Service ASE — Mission Autonomie"},
			{"11", "Parrainage et mentorat", "Service ASE"},
			{"12", "Faire vivre l'ODPE", "ODPE (Observatoire départemental"},
			{"13", "Un plan de formation commun", "Direction des ressources humaines"},
			{"14", "Donner la parole aux enfants et aux familles", "Direction Enfance Famille"},
		},
		glossary: 10,
	},
	{
		// Fiches written as prose, no labels: "Action n° 5 — Title." then
		// sentences that name the pilot, the partners, the dates and what
		// is followed, in words that change from one action to the next;
		// orientations numbered in words ("B. Deuxième orientation : …").
		file: "yonne-2025-2029.txt", departement: "Yonne", period: "2025-2029", titleHas: "SCHÉMA DÉPARTEMENTAL DE PRÉVENTION ET DE PROTECTION DE L'ENFANCE",
		adopted: "13 décembre 2024",
		axes:    []string{"Orientation 1", "Orientation 2", "Orientation 3", "Orientation 4"},
		fiches: []layoutFiche{
			{"1", "Ouvrir une maison des parents", "La Direction de l'enfance et de la famille et la CAF de l'Yonne"},
			{"2", "Repérer les vulnérabilités dès la grossesse", "Le médecin départemental de PMI en est le pilote"},
			{"3", "Ouvrir deux antennes de la Maison des adolescents", "La Maison des adolescents de l'Yonne"},
			{"4", "Redéployer la prévention spécialisée", "Le service prévention"},
			{"5", "Ramener à trois mois le délai d'évaluation", "Le pilotage en revient au chef de service de la CRIP"},
			{"6", "Former tous les évaluateurs", "La mission qualité et formation"},
			{"7", "Créer une unité d'accueil pédiatrique", "Le Centre hospitalier d'Auxerre est pilote de l'action"},
			{"8", "Recruter cinquante assistants familiaux", "Le service de l'accueil familial en assure le pilotage"},
			{"9", "Transformer trente places de MECS", "Le service de l'offre"},
			{"10", "Garantir à chaque enfant confié un bilan de santé", "Le médecin référent protection de l'enfance"},
			{"11", "Accompagner chaque jeune confié jusqu'à vingt et un ans", "Le pôle autonomie"},
			{"12", "Soutenir la scolarité et les études", "Le service de l'ASE et la DSDEN"},
			{"13", "Associer les enfants et les familles au pilotage", "L'ODPE est chargé du pilotage de cette action"},
		},
	},
}

func TestLayouts(t *testing.T) {
	for _, tc := range layoutCases {
		t.Run(tc.file, func(t *testing.T) {
			d, err := corpus.LoadFile(context.Background(), filepath.Join("testdata", "layouts", tc.file))
			if err != nil {
				t.Fatalf("LoadFile: %v", err)
			}
			if d.Departement != tc.departement || d.Period() != tc.period {
				t.Errorf("département %q period %q, want %q %q", d.Departement, d.Period(), tc.departement, tc.period)
			}
			if !strings.Contains(d.Title, tc.titleHas) || len([]rune(d.Title)) > 160 {
				t.Errorf("title %q, want a short title with %q", d.Title, tc.titleHas)
			}
			if !strings.Contains(d.Adopted, tc.adopted) {
				t.Errorf("adopted %q, want %q", d.Adopted, tc.adopted)
			}
			if d.Signatory != tc.signatory {
				t.Errorf("signatory %q, want %q", d.Signatory, tc.signatory)
			}
			var axes []string
			for _, a := range d.Axes {
				axes = append(axes, strings.SplitN(a.Label(), " : ", 2)[0])
			}
			if strings.Join(axes, "|") != strings.Join(tc.axes, "|") {
				t.Errorf("axes %q, want %q", axes, tc.axes)
			}
			if len(d.Fiches) != len(tc.fiches) {
				t.Fatalf("%d fiches, want %d", len(d.Fiches), len(tc.fiches))
			}
			byLabel := map[string][]corpus.Fiche{}
			for _, f := range d.Fiches {
				byLabel[f.ID] = append(byLabel[f.ID], f)
			}
			seen := map[string]int{}
			for _, want := range tc.fiches {
				fs := byLabel[want.id]
				if seen[want.id] >= len(fs) {
					t.Errorf("no fiche %q", want.id)
					continue
				}
				f := fs[seen[want.id]]
				seen[want.id]++
				if !strings.HasPrefix(f.Title, want.title) {
					t.Errorf("fiche %s title %q, want it to start with %q", f.ID, f.Title, want.title)
				}
				pilots := f.Pilots.Texts()
				switch {
				case want.pilot == "" && len(pilots) > 0:
					t.Errorf("fiche %s pilots %q, want none", f.ID, pilots)
				case want.pilot != "" && (len(pilots) == 0 || !strings.HasPrefix(pilots[0], want.pilot)):
					t.Errorf("fiche %s pilots %q, want %q first", f.ID, pilots, want.pilot)
				}
				if f.FromTOC != tc.fromTOC {
					t.Errorf("fiche %s FromTOC = %v", f.ID, f.FromTOC)
				}
				if f.Axis == "" {
					t.Errorf("fiche %s has no axis", f.ID)
				}
			}
			if len(d.Glossary) < tc.glossary {
				t.Errorf("%d glossary entries, want at least %d", len(d.Glossary), tc.glossary)
			}
			for _, w := range tc.warningsHave {
				if !strings.Contains(strings.Join(d.Warnings, "\n"), w) {
					t.Errorf("warnings %q, want one with %q", d.Warnings, w)
				}
			}
		})
	}
}
