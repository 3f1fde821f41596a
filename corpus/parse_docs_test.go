package corpus_test

// These tests pin what the parser must extract from the two shipped
// schémas. Every expected value below was read from the documents
// (corpus/docs/*.md) by hand, never copied from the parser's output: the
// line numbers in comments point at the source so that a reviewer can check
// them.

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"schemabot/corpus"
)

var (
	shippedOnce sync.Once
	shippedLib  *corpus.Library
	shippedErr  error
)

// shippedDoc returns a document of the default corpus, parsed once for the
// whole test binary.
func shippedDoc(t *testing.T, id string) *corpus.Document {
	t.Helper()
	shippedOnce.Do(func() { shippedLib, shippedErr = corpus.LoadDefault() })
	if shippedErr != nil {
		t.Fatalf("LoadDefault: %v", shippedErr)
	}
	d := shippedLib.Doc(id)
	if d == nil {
		t.Fatalf("document %q is not in the default corpus", id)
	}
	return d
}

const (
	moselleID = "moselle-2019-2023"
	isereID   = "isere-2020-2024"
)

// Trailing list punctuation ("Education Nationale,") is not significant:
// the same entry is written with and without it in the documents.
func norm(s string) string { return strings.TrimRight(strings.TrimSpace(s), " ,;") }

func normAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = norm(s)
	}
	return out
}

// checkContains reports each wanted text missing from got.
func checkContains(t *testing.T, what string, got, want []string) {
	t.Helper()
	g := normAll(got)
	for _, w := range want {
		if !slices.Contains(g, norm(w)) {
			t.Errorf("%s: missing %q\n  got %q", what, w, got)
		}
	}
}

// checkAbsent reports each text of notWant present in got.
func checkAbsent(t *testing.T, what string, got, notWant []string) {
	t.Helper()
	g := normAll(got)
	for _, w := range notWant {
		if slices.Contains(g, norm(w)) {
			t.Errorf("%s: %q must not be there\n  got %q", what, w, got)
		}
	}
}

func checkEqual(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(normAll(got), normAll(want)) {
		t.Errorf("%s:\n  got  %q\n  want %q", what, got, want)
	}
}

func TestDocumentMetadata(t *testing.T) {
	shippedDoc(t, moselleID) // loads the library
	if n := len(shippedLib.Docs); n != 2 {
		t.Errorf("default corpus has %d documents, want 2", n)
	}
	tests := []struct {
		id, departement, period, title string
		start, end, fiches, lines      int
	}{
		// moselle l.3 and l.5 "DEPARTEMENT DE LA MOSELLE".
		{moselleID, "Moselle", "2019-2023", "Schéma départemental Enfance Jeunesse Familles 2019-2023", 2019, 2023, 14, 1282},
		// isere l.3-7, a title split over five lines in bold.
		{isereID, "Isère", "2020-2024", "Schéma départemental en faveur de l'enfance et de la famille 2020-2024", 2020, 2024, 32, 2061},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d := shippedDoc(t, tt.id)
			if d.Departement != tt.departement {
				t.Errorf("Departement = %q, want %q", d.Departement, tt.departement)
			}
			if d.Period() != tt.period || d.StartYear != tt.start || d.EndYear != tt.end {
				t.Errorf("period = %q (%d-%d), want %q", d.Period(), d.StartYear, d.EndYear, tt.period)
			}
			if d.Title != tt.title {
				t.Errorf("Title = %q, want %q", d.Title, tt.title)
			}
			if len(d.Fiches) != tt.fiches {
				t.Errorf("%d fiches, want %d", len(d.Fiches), tt.fiches)
			}
			if len(d.Lines) != tt.lines {
				t.Errorf("%d lines, want %d", len(d.Lines), tt.lines)
			}
			// Every fiche of both documents has pilots: no warning is due.
			for _, w := range d.Warnings {
				t.Errorf("unexpected warning: %s", w)
			}
		})
	}
}

type ficheWant struct {
	num   int
	line  int // heading line
	title string
	axis  int
	page  int
	// pilots and partners: exact when exact is set, else a subset.
	pilots, partners       []string
	exactPilots            bool
	exactPartners          bool
	notPilots, notPartners []string
}

// Moselle: Pilotes/Contributeurs as bullet lists (fiches 1, 2, 4, 7, 13) or
// as a flattened two-column table whose left cell is the pilots (the others).
var (
	mosDEFI = []string{
		"Direction de l'enfance, de la famille, et de l'insertion",
		"Sous-Direction de l'Aide Sociale à l'Enfance",
		"Sous-Direction de l'Action Préventive et de l'Insertion",
		"Sous-Direction de la Protection Maternelle Infantile",
		"Délégations territoriales : Service Social Polyvalent",
	}
	mosDEFIActions = []string{ // fiches 1-3 write "des Actions Préventives"
		"Sous-Direction de l'Aide Sociale à l'Enfance",
		"Sous-Direction des Actions Préventives et de l'Insertion",
		"Sous-Direction de la Protection Maternelle Infantile",
		"Délégations territoriales : Service Social Polyvalent",
	}
)

func withDEFI(base []string, extra ...string) []string {
	return append(slices.Clone(base), extra...)
}

var moselleFiches = []ficheWant{
	{num: 1, line: 478, axis: 1, title: "Développer une veille territorialisée des besoins du territoire et renforcer la stratégie départementale de prévention",
		pilots:        append([]string{"Direction de l'Enfance, de la Famille, et de l'Insertion"}, mosDEFIActions...),
		exactPilots:   true,
		partners:      []string{"Ensemble des professionnels intervenant auprès des enfants et familles (Département et partenaires : communes/intercommunalités, CAF, services de l'État, Education Nationale, centres sociaux, acteurs de l'éducation populaire, ARS, etc.)"},
		exactPartners: true},
	{num: 2, line: 526, axis: 1, title: "Renforcer la pertinence et la mobilisation de l'offre de prévention sur les différents territoires au regard des besoins",
		pilots: []string{"Comité de pilotage départemental du Schéma des services aux familles", "Direction de l'enfance, de la famille, et de l'insertion",
			"Sous-Direction des Actions Préventives et de l'Insertion", "Délégations territoriales : Service Social Polyvalent"},
		partners: []string{"Education Nationale", "Services de l'Etat (DDCS notamment)", "Réseaux locaux territoriaux de soutien à la parentalité Acteurs de l'Education populaire et associations",
			"Communes et intercommunalités", "Centres sociaux"},
		exactPartners: true},
	{num: 3, line: 589, axis: 1, title: "Proposer une offre de service préventive en faveur des familles potentiellement vulnérables",
		pilots:      append([]string{"Direction de l'enfance, de la famille, et de l'insertion"}, mosDEFIActions...),
		exactPilots: true,
		partners: []string{"CAF", "Education Nationale", "Services de l'Etat (DDCS notamment)", "Acteurs de l'Education populaire et associations",
			"Communes et intercommunalités", "Centres sociaux", "Bailleurs sociaux"},
		exactPartners: true, notPilots: []string{"CAF", "Bailleurs sociaux"}},
	{num: 4, line: 630, axis: 2, title: "Faire de l'évaluation initiale un levier de travail avec la famille",
		pilots: []string{"Direction de l'enfance, de la famille, et de l'insertion", "Cellule Départementale des Informations Préoccupantes",
			"Sous-Direction de l'Aide Sociale à l'Enfance", "Sous-Direction de l'Action Préventive et de l'Insertion",
			"Sous-Direction de la Protection Maternelle Infantile", "Délégations territoriales : Service Social Polyvalent"},
		exactPilots:   true,
		partners:      []string{"Enfants, jeunes et familles", "Paroles de familles", "Ensemble des professionnels œuvrant auprès de l'enfant, du jeune et de sa famille"},
		exactPartners: true},
	{num: 5, line: 687, axis: 2, title: "Faire vivre l'évaluation tout au long du parcours de l'enfant dans le cadre ou non d'une mesure",
		pilots: mosDEFI, exactPilots: true,
		partners: []string{"Enfants, jeunes et familles", "Ensemble des acteurs de la prévention et de la protection de l'enfance"}, exactPartners: true,
		notPilots: []string{"Enfants, jeunes et familles"}},
	{num: 6, line: 732, axis: 3, title: "Consolider la mise en œuvre du Projet pour l'Enfant, décloisonner les accompagnements et animer la démarche « projet »",
		pilots: mosDEFI, exactPilots: true,
		partners: []string{"Enfants, jeunes et familles", "Paroles de familles", "Associations habilitées", "Education Nationale",
			"Protection Judiciaire de la Jeunesse", "Professionnels du soin et du handicap"}, exactPartners: true},
	{num: 7, line: 792, axis: 3, title: "Consolider l'accompagnement des mineurs confiés à l'approche de leur majorité",
		pilots: []string{"Direction de l'enfance, de la famille, et de l'insertion", "Sous-Direction de l'Aide Sociale à l'Enfance",
			"Sous-Direction de l'Action Préventive et de l'Insertion", "Délégations territoriales : Service Social Polyvalent", "Services de l'Etat"},
		exactPilots: true,
		partners: []string{"Jeunes", "Paroles de jeunes", "Associations habilitées", "Education Nationale",
			"Acteurs de l'insertion socio-professionnelle du droit commun", "Entreprises du territoire"}, exactPartners: true},
	{num: 8, line: 851, axis: 3, title: "Garantir la continuité des réponses pour les jeunes nécessitant des approches soins/handicap/éducatif",
		pilots: []string{"Direction de l'enfance, de la famille, et de l'insertion", "Sous-Direction de l'Aide Sociale à l'Enfance",
			"Sous-Direction de l'Action Préventive et de l'Insertion", "Sous-Direction de la Protection Maternelle Infantile", "MDPH",
			"Observatoire départemental de protection de l'enfance", "Délégations territoriales : Service Social Polyvalent", "Agence Régionale de Santé"},
		exactPilots: true,
		partners: []string{"Direction de l'enfance, de la famille, et de l'insertion", "Sous-direction de la Protection maternelle et infantile",
			"Etablissements et services médico-sociaux", "Professionnels du soin et du handicap", "Protection Judiciaire de la Jeunesse", "Education Nationale"},
		exactPartners: true, notPilots: []string{"Etablissements et services médico-sociaux"}},
	{num: 9, line: 913, axis: 4, title: "Poursuivre et consolider le développement de l'offre hors-les-murs",
		pilots: mosDEFI, exactPilots: true,
		partners: []string{"Magistrats", "Protection Judiciaire de la Jeunesse", "Associations habilitées"}, exactPartners: true,
		notPilots: []string{"Magistrats", "Associations habilitées"}},
	{num: 10, line: 958, axis: 4, title: "Au-delà du « hors les murs », accentuer la diversification de l'offre et sa dimension qualitative",
		pilots: withDEFI(mosDEFI, "Centre Départemental de l'Enfance"), exactPilots: true,
		partners: []string{"Magistrats", "Protection Judiciaire de la Jeunesse", "Associations habilitées", "Services de l'Etat"}, exactPartners: true,
		notPartners: []string{"Centre Départemental de l'Enfance"}},
	{num: 11, line: 1031, axis: 4, title: "Poursuivre le déploiement de réponses tenant compte des besoins des mineurs non accompagnés",
		pilots: []string{"Direction de l'enfance, de la famille, et de l'insertion", "Sous-Direction de l'Aide Sociale à l'Enfance",
			"Sous-Direction de l'Action Préventive et de l'Insertion", "Délégation territoriale : Service Social Polyvalent"},
		exactPilots: true,
		partners: []string{"Services de l'Etat", "Magistrats", "Associations habilitées", "Acteurs de l'insertion socio-professionnelle du droit commun",
			"Protection Judiciaire de la Jeunesse"}, exactPartners: true},
	// The brief's example: "Associations habilitées" is a pilot of fiche 12
	// (left cell, l.1110) and "Magistrats" a contributor (right cell).
	{num: 12, line: 1069, axis: 4, title: "Pérenniser les retours à domicile",
		pilots: withDEFI(mosDEFI, "Associations habilitées"), exactPilots: true,
		partners: []string{"Familles et personnes ressources pour les familles", "Magistrats", "Professionnels du soin et du handicap",
			"Acteurs de l'insertion socio-professionnelle et du logement"}, exactPartners: true,
		notPilots: []string{"Magistrats"}, notPartners: []string{"Associations habilitées"}},
	{num: 13, line: 1114, axis: 5, title: "Impulser une dynamique d'innovation visant à promouvoir la qualité des prises en charge sur le département",
		pilots: withDEFI(mosDEFI, "Observatoire départemental de la protection de l'enfance"), exactPilots: true,
		partners: []string{"Ensemble des contributeurs de la politique de prévention et de protection de l'enfance", "Entreprises et fonds privés"}, exactPartners: true},
	{num: 14, line: 1167, axis: 5, title: "Consolider l'évaluation des effets de la politique départementale",
		pilots: withDEFI(mosDEFI, "Observatoire départemental de la protection de l'enfance"), exactPilots: true,
		partners: []string{"Ensemble des contributeurs de la politique de prévention et de protection de l'enfance"}, exactPartners: true},
}

// Isère: "Le pilote"/"Les pilotes" and "Les acteurs associés" bullet lists;
// pages from the table of contents (l.55-98).
const dejs = "Direction de l'Éducation, de la Jeunesse et du Sport (DEJS)"

var isereFiches = []ficheWant{
	{num: 1, line: 616, axis: 1, page: 37, title: "Définir un référentiel départemental d'intervention de la PMI",
		pilots:   []string{"Chef du Service PMI et parentalité - " + dejs + " - Département de l'Isère"},
		partners: []string{"Services PMI du Département en territoires", "Centres hospitaliers", "Réseaux périnataux", "Éducation nationale"}},
	{num: 2, line: 656, axis: 1, page: 39, title: "Renforcer la capacité de la PMI à toucher des publics diversifiés",
		pilots: []string{"Chef de service PMI et parentalité – " + dejs + " - Département de l'Isère"},
		partners: []string{"Écoles de formation dans le domaine de la santé, du médico-social et de l'éducation", "Professionnels de santé (centres hospitaliers, professionnels libéraux, ...)",
			"Réseaux périnatalité", "Éducation Nationale", "Services PMI du Département en territoires"}},
	{num: 3, line: 698, axis: 1, page: 41, title: "Mettre en œuvre la démarche Petits Pas par les professionnels de PMI",
		pilots:   []string{"Puéricultrice référente technique PMI, " + dejs + ", Département de l'Isère"},
		partners: []string{"Services PMI du Département dans les territoires expérimentaux", "ARS"}},
	{num: 4, line: 745, axis: 1, page: 43, title: "Élaborer le protocole de mise en œuvre et de coordination des actions de prévention menées en direction de l'enfant et de sa famille prévu par la loi du 14 mars 2016",
		pilots:   []string{dejs + ", Département de l'Isère"},
		partners: []string{"CAF", "MSA", "DDSCS", "Communes", "ARS", "CPAM", "PJJ", "Education nationale", "Acteurs associatifs"}},
	{num: 5, line: 787, axis: 1, page: 45, title: "Renforcer le travail en réseau et accompagner l'évolution de la Prévention spécialisée",
		pilots: []string{"Chargé de projet – Service Jeunesse et sport – " + dejs + ", Département de l'Isère"},
		partners: []string{"Associations de prévention spécialisée", "Grenoble Alpes Métropole", "Collectivités locales",
			"Acteurs socio-éducatifs, culturels, associations sportives", "Éducation Nationale", "Services ASE et ASO du Département en territoires"}},
	// The partners list of fiche 6 has a blank line inside (l.869).
	{num: 6, line: 843, axis: 1, page: 47, title: "Mieux protéger les enfants dans les situations de violences conjugales",
		pilots: []string{"Chef de service PMI Parentalité, " + dejs + ", Département de l'Isère",
			"Chef du Service action sociale de polyvalence, Direction des Solidarités (DSO), Département de l'Isère"},
		partners: []string{"Autorité judiciaire", "Services de police et gendarmerie", "Services ASE, PMI et ASO du Département en territoires",
			"Centre d'information sur les droits des femmes et des familles (CIDFF)", "Associations de soutien aux victimes de violences conjugales",
			"Structures d'accueil mère-enfant(s)", "Direction Départementale de la Cohésion Sociale (DDCS)", "Services habilités"}},
	{num: 7, line: 893, axis: 1, page: 49, title: "Renouveler les réunions d'information des partenaires sur le dispositif départemental de protection de l'enfance et sur le repérage des situations de risque et de danger",
		pilots: []string{"Cellule de Recueil des Informations Préoccupantes (CRIP) et Conseillère technique Politiques sociales – " + dejs + " – Département de l'Isère"},
		partners: []string{"Membres de la Commission « formation » de l'ODPE", "Éducation nationale", "Centres hospitaliers",
			"Structures d'accueil petite enfance, enfance, jeunesse", "Services ASE, ASO et PMI du Département en territoires"}},
	{num: 8, line: 934, axis: 2, page: 51, title: "Développer l'accueil en internat scolaire",
		pilots:   []string{"Chargée de projet – Service Jeunesse et sport - " + dejs + ", Département de l'Isère"},
		partners: []string{"Chefs d'établissements scolaires", "Groupement d'employeurs Message", "Services territoriaux ASE et ASO du Département"}},
	{num: 9, line: 979, axis: 2, page: 53, title: "Développer et encadrer l'accueil chez les tiers bénévoles",
		pilots:   []string{"Chef de service Accueil en Protection de l'Enfance - " + dejs + ", Département de l'Isère"},
		partners: []string{"Services ASE/ enfance famille du Département en territoires"}},
	{num: 10, line: 1016, axis: 2, page: 55, title: "Faciliter la mobilisation des ressources de droit commun dans les domaines du sport, de la culture et des loisirs",
		pilots: []string{"Chef de Service Jeunesse et Sport – " + dejs + ", Département de l'Isère"},
		partners: []string{"Direction de la culture et du patrimoine du Département", "Services ASO et ASE du Département en territoires",
			"Chargés de développement culturel du Département", "Communes et EPCI", "Acteurs sportifs, culturels et socio-éducatifs", "Structures jeunesse",
			"Référents territoriaux des Espaces naturels sensibles"}},
	{num: 11, line: 1061, axis: 2, page: 57, title: "Adapter les modalités de visite en présence d'un tiers aux besoins des enfants et des familles",
		pilots:   []string{"Chef de service APE, Directeur de l'Éducation, de la Jeunesse et du Sport (DEJS) - Département de l'Isère"},
		partners: []string{"Services territoriaux ASE/ enfance famille du Département", "Acteurs locaux", "Services habilités exerçant des droits de visite", "CAF"}},
	{num: 12, line: 1100, axis: 2, page: 59, title: "Organiser le suivi de la santé des enfants confiés",
		pilots: []string{"Médecin départemental de PMI, référent protection de l'enfance – Service PMI et parentalité – " + dejs + ", Département de l'Isère"},
		partners: []string{"Équipe mobile de la DEJS", "Services ASE/ enfance famille et PMI du Département en territoire", "Assistants familiaux et établissements habilités",
			"Acteurs du champ médical et psychologique (libéraux, hospitaliers, etc.)"}},
	{num: 13, line: 1141, axis: 2, page: 61, title: "Faciliter l'accès des enfants aux soins en santé mentale",
		pilots: []string{"Directeur de l'Éducation, de la Jeunesse et du Sport (DEJS), Département de l'Isère"},
		partners: []string{"Service PMI Parentalité du Département", "Services territoriaux ASE/ enfance famille du Département", "Assistants familiaux", "ARS",
			"Maison de l'Autonomie",
			"Centre Hospitalier Alpes Isère (CHAI), Centre Psychothérapique Nord Dauphiné (CPND), Établissement Santé Mentale Porte de l'Isère (ESMPI) et autres services hospitaliers",
			"Acteurs du Projet Territorial de Santé Mentale (PTSM)", "PJJ", "Établissements et services habilités en protection de l'enfance", "Maison des adolescents"}},
	{num: 14, line: 1183, axis: 2, page: 63, title: "Conforter la mise en œuvre du Projet pour l'enfant",
		pilots:   []string{"Chef de Service Accompagnement de l'Enfant et de sa Famille et Conseillère technique politiques sociales - " + dejs + " - Département de l'Isère"},
		partners: []string{"Services territoriaux ASO, PMI et ASE du Département", "Établissements et services habilités", "Membres du comité d'usagers"}},
	{num: 15, line: 1238, axis: 2, page: 65, title: "Poursuivre l'animation du comité des usagers",
		pilots: []string{"Conseillère technique politiques sociales – " + dejs + ", Département de l'Isère"},
		partners: []string{"Usagers des politiques de prévention et de protection de l'enfance et ancien bénéficiaires, enfants et parents",
			"Services territoriaux ASE, PMI et ASO sociale du Département", "Établissements et services habilités",
			"Associations représentantes des familles et des usagers (UDAF, ADEPAPE,...)"}},
	{num: 16, line: 1280, axis: 3, page: 67, title: "Redéfinir l'offre d'accueil dédiée aux Mineurs Non Accompagnés (MNA)",
		pilots:   []string{"Chef de service Accueil en Protection de l'Enfance (APE) – " + dejs + ", Département de l'Isère"},
		partners: []string{"Futur(s) opérateur(s) retenu(s) par le Conseil départemental", "Tissu associatif local", "Services territoriaux ASE / enfance famille du Département"}},
	{num: 17, line: 1314, axis: 3, page: 69, title: "Faire évoluer l'offre d'accueil mère-enfant vers des centres parentaux",
		pilots: []string{"Directeur de l'établissement public départemental", "Directeur de l'Éducation, de la Jeunesse et du Sport (DEJS), Département de l'Isère"},
		partners: []string{"Les équipes du Charmeyran", "Services territoriaux ASE, PMI et ASO du Département",
			"Service Accueil en Protection de l'Enfance (APE) du Département"}},
	{num: 18, line: 1352, axis: 3, page: 71, title: "Refondre l'offre d'accompagnement à domicile en protection de l'enfance",
		pilots: []string{"Chef de service Accompagnement de l'enfant et de sa Famille - " + dejs + ", Département de l'Isère"},
		partners: []string{"Services territoriaux ASE / enfance famille du Département", "Service Accueil en Protection de l'Enfance du Département",
			"Service juridique du Département", "Services habilités ASE"}},
	{num: 19, line: 1404, axis: 3, page: 73, title: "Réaliser un référentiel de l'accueil en lieu de vie",
		pilots:   []string{"Chef de service Accueil en Protection de l'Enfance (APE) – " + dejs + ", Département de l'Isère"},
		partners: []string{"Lieux de vie et d'accueil", "Service juridique du Département"}},
	{num: 20, line: 1442, axis: 3, page: 75, title: "Instaurer une régulation départementale d'orientation vers les places d'accueil du département",
		pilots:   []string{"Chef de service Accueil Protection de l'Enfance (APE) et Chef de service Accompagnement de l'Enfance et de sa Famille (AEF) - " + dejs + ", Département de l'Isère"},
		partners: []string{"Établissements habilités", "Chefs de service accueil familial", "Services territoriaux ASE / enfance famille du Département"}},
	{num: 21, line: 1482, axis: 3, page: 77, title: "Réviser les modalités de fonctionnement du dispositif d'accueil d'urgence",
		pilots: []string{"Directeur de l'Éducation, de la Jeunesse et du Sport (DEJS), Département de l'Isère"},
		partners: []string{"Autorité Judiciaire", "Établissements d'accueil d'urgence", "Établissement Public Départemental",
			"Services territoriaux ASE / enfance famille du Département", "Service Accueil en Protection de l'Enfance (APE) du Département"}},
	// The partners list of fiche 22 has a blank line inside (l.1547).
	{num: 22, line: 1522, axis: 4, page: 78, title: "Améliorer la prise en charge des situations d'enfants en grande difficulté en partenariat avec les acteurs du soin et du handicap",
		pilots: []string{"Chargée de mission prévention et protection de l'enfance - " + dejs + ", Département de l'Isère"},
		partners: []string{"Membres des Commissions d'accueil pluriel du Nord Isère et du Sud Isère", "Services territoriaux ASE / enfance famille du Département",
			"Établissements et services habilités au titre de l'aide sociale à l'enfance", "Établissements médico-sociaux (IME, ITEP, ...)", "ARS",
			"Maison de l'Autonomie", "Professionnels de santé (centres hospitaliers, professionnels libéraux, ...)", "Éducation Nationale", "PJJ"}},
	// The last partner of fiche 23 has no bullet (l.1589).
	{num: 23, line: 1567, axis: 4, page: 80, title: "Faire évoluer les modalités de prise en charge et de tarification des établissements et services habilités pour renforcer la continuité des accompagnements",
		pilots:   []string{"Chef de service de l'Accueil en Protection de l'Enfance (APE) – " + dejs + ", Département de l'Isère"},
		partners: []string{"Établissements et services habilités", "Réseau 38", "Services territoriaux ASE / enfance famille du Département"}},
	{num: 24, line: 1606, axis: 4, page: 82, title: "Redéfinir les notions de références éducatives et le contour des responsabilités de l'ASE et des partenaires habilités",
		pilots: []string{"Directeur de l'Éducation, de la Jeunesse et du Sport (DEJS), Département de l'Isère"},
		partners: []string{"Établissements et services habilités ASE", "Service accueil familial", "Services territoriaux ASE / enfance famille du Département",
			"Service Accompagnement de l'Enfant et de sa Famille (AEF) du Département", "Service juridique du Département"}},
	{num: 25, line: 1654, axis: 4, page: 84, title: "Redéfinir les modalités d'accompagnement des adolescents et jeunes majeurs pour préparer l'accès à l'autonomie",
		pilots: []string{"Directeur adjoint et Chargée de mission prévention protection de l'enfance - " + dejs + " - Département de l'Isère",
			"Chef de service action sociale de polyvalence, Direction des solidarités (DSO), Département de l'Isère"},
		partners: []string{"Services territoriaux ASE et ASO du Département", "Établissements et services habilités ASE", "Missions Locales"}},
	{num: 26, line: 1695, axis: 4, page: 86, title: "Lutter contre les sorties sèches de l'Aide sociale à l'enfance",
		pilots: []string{"Directeur adjoint et Chargée de mission prévention protection de l'enfance - " + dejs + " - Département de l'Isère",
			"Chef de service action sociale de polyvalence, Direction des solidarités (DSO), Département de l'Isère"},
		partners: []string{"Service de l'Accueil en Protection de l'Enfance (APE) de la DEJS", "Services territoriaux ASE et ASO du Département", "DDCS",
			"Établissements et services habilités ASE",
			"Professionnels portant des dispositifs relatifs à l'insertion des jeunes dans tous les champs (formation, logement, loisirs...),",
			"Éducation Nationale", "Missions Locales", "PJJ", "CAF"}},
	{num: 27, line: 1744, axis: 4, page: 88, title: "Créer une commission départementale pluridisciplinaire sur le statut des enfants confiés à l'ASE",
		pilots: []string{"Chargée de mission prévention protection de l'enfance – " + dejs + " – Département de l'Isère"},
		partners: []string{"Services territoriaux ASE / Enfance Famille du Département", "Service Adoption du Département", "DDSCS", "Autorité judiciaire",
			"Établissements et services habilités au titre de l'Aide sociale à l'enfance",
			"Association départementale d'entraide des personnes accueillies en protection de l'enfance (ADEPAPE) ou Fédération nationale des ADEPAPE"}},
	{num: 28, line: 1804, axis: 5, page: 90, title: "Poursuivre la formation des professionnels au référentiel d'évaluation des situations familiales",
		pilots: []string{"Conseillère technique politiques sociales - " + dejs + ", Département de l'Isère"},
		partners: []string{"DRH service recrutement et mobilités, Professionnels du Département et des institutions partenaires",
			"Services territoriaux ASO, PMI et ASE du Département", "Équipe de formateurs internes au référentiel du Département de l'Isère"}},
	{num: 29, line: 1840, axis: 5, page: 92, title: "Accompagner l'évolution des pratiques professionnelles",
		pilots: []string{"Conseillère technique politiques sociales - " + dejs + ", Département de l'Isère",
			"Chef de service action sociale de polyvalence, Direction des solidarités (DSO), Département de l'Isère"},
		partners: []string{"Service territoriaux ASE/enfance famille, PMI et ASO du Département"}},
	{num: 30, line: 1877, axis: 5, page: 94, title: "Mettre en place une commission « formation » dans le cadre de l'ODPE",
		pilots: []string{"Conseillère technique politiques sociales - " + dejs + ", Département de l'Isère"},
		partners: []string{"Directeurs référents de territoires du Département de l'Isère", "Service recrutement et mobilités de la DRH du Département de l'Isère",
			"Membres de la commission « formation et évolution des pratiques professionnelles » dont l'Institut de Formation en Travail Social (IFTS)"}},
	{num: 31, line: 1919, axis: 5, page: 96, title: "Mettre en place une veille et un appui juridique pour accompagner les équipes ASE",
		pilots:   []string{"Chargée de mission prévention et protection de l'enfance - " + dejs + ", Département de l'Isère"},
		partners: []string{"Service juridique du Département", "Avocat retenu suite à la procédure de marché public", "Services territoriaux ASE / enfance famille du Département"}},
	{num: 32, line: 1954, axis: 5, page: 97, title: "Harmoniser les pratiques de traitement des informations préoccupantes",
		pilots: []string{"Cellule de Recueil des Informations Préoccupantes, " + dejs + ", Département de l'Isère"},
		partners: []string{"Conseillère technique politiques sociales, " + dejs + ", Département de l'Isère",
			"Services territoriaux ASO, PMI et ASE du Département de l'Isère"}},
}

func init() {
	// Every Isère list is a plain bullet list: compare them whole.
	for i := range isereFiches {
		isereFiches[i].exactPilots, isereFiches[i].exactPartners = true, true
	}
}

func TestFiches(t *testing.T) {
	for _, doc := range []struct {
		id     string
		want   []ficheWant
		kind   string
		titles map[int]string
	}{
		{moselleID, moselleFiches, "Orientation", nil},
		{isereID, isereFiches, "Objectif stratégique", nil},
	} {
		d := shippedDoc(t, doc.id)
		var nums []int
		for _, f := range d.Fiches {
			nums = append(nums, f.Number)
		}
		var wantNums []int
		for _, w := range doc.want {
			wantNums = append(wantNums, w.num)
		}
		if !slices.Equal(nums, wantNums) {
			t.Errorf("%s: fiche numbers %v, want %v", doc.id, nums, wantNums)
		}
		for _, w := range doc.want {
			t.Run(doc.id+"/"+itoa(w.num), func(t *testing.T) {
				f := d.Fiche(fmt.Sprint(w.num))
				if f == nil {
					t.Fatalf("fiche %d not found", w.num)
				}
				if f.Doc != doc.id {
					t.Errorf("Doc = %q", f.Doc)
				}
				if f.Title != w.title {
					t.Errorf("Title = %q\n             want %q", f.Title, w.title)
				}
				if f.AxisNumber != w.axis {
					t.Errorf("AxisNumber = %d, want %d", f.AxisNumber, w.axis)
				}
				if prefix := doc.kind + " " + itoa(w.axis) + " : "; !strings.HasPrefix(f.Axis, prefix) {
					t.Errorf("Axis = %q, want it to start with %q", f.Axis, prefix)
				}
				if f.Page != w.page {
					t.Errorf("Page = %d, want %d", f.Page, w.page)
				}
				if f.Span.StartLine != w.line {
					t.Errorf("Span.StartLine = %d, want %d", f.Span.StartLine, w.line)
				}
				if w.exactPilots {
					checkEqual(t, "pilots", f.Pilots.Texts(), w.pilots)
				} else {
					checkContains(t, "pilots", f.Pilots.Texts(), w.pilots)
				}
				if w.exactPartners {
					checkEqual(t, "partners", f.Partners.Texts(), w.partners)
				} else {
					checkContains(t, "partners", f.Partners.Texts(), w.partners)
				}
				checkAbsent(t, "pilots", f.Pilots.Texts(), w.notPilots)
				checkAbsent(t, "partners", f.Partners.Texts(), w.notPartners)
			})
		}
	}
}

// TestFicheSpans checks that each fiche runs from its heading to the last
// non-blank line before the next heading (or the glossary).
func TestFicheSpans(t *testing.T) {
	tests := []struct {
		id         string
		num        int
		start, end int
	}{
		{moselleID, 1, 478, 524},    // ends with the Contributeurs paragraph
		{moselleID, 3, 589, 626},    // ends with the table row
		{moselleID, 14, 1167, 1206}, // "Glossaire" follows at l.1208
		{isereID, 1, 616, 654},
		{isereID, 31, 1919, 1952},
		{isereID, 32, 1954, 1993}, // "Glossaire" follows at l.1995
	}
	for _, tt := range tests {
		f := shippedDoc(t, tt.id).Fiche(fmt.Sprint(tt.num))
		if f == nil {
			t.Errorf("%s: fiche %d not found", tt.id, tt.num)
			continue
		}
		if f.Span.StartLine != tt.start || f.Span.EndLine != tt.end {
			t.Errorf("%s fiche %d: span %d-%d, want %d-%d", tt.id, tt.num, f.Span.StartLine, f.Span.EndLine, tt.start, tt.end)
		}
	}
}

// TestPilotLevels: sub-directions are nested under the direction, in
// bullet lists (Moselle fiche 1) as in flattened table cells (fiche 3).
func TestPilotLevels(t *testing.T) {
	d := shippedDoc(t, moselleID)
	for _, n := range []int{1, 3, 12} {
		f := d.Fiche(fmt.Sprint(n))
		if f == nil {
			t.Fatalf("fiche %d not found", n)
		}
		for _, it := range f.Pilots.Items {
			want := 0
			if strings.HasPrefix(it.Text, "Sous-Direction") {
				want = 1
			}
			if it.Level != want {
				t.Errorf("fiche %d pilot %q: level %d, want %d", n, it.Text, it.Level, want)
			}
			if it.Span.StartLine < f.Span.StartLine || it.Span.EndLine > f.Span.EndLine {
				t.Errorf("fiche %d pilot %q: span %v outside the fiche %v", n, it.Text, it.Span, f.Span)
			}
		}
	}
	// The pilots cell of Moselle fiche 12 is on l.1110.
	for _, it := range d.Fiche(fmt.Sprint(12)).Pilots.Items {
		if it.Span.StartLine != 1110 {
			t.Errorf("fiche 12 pilot %q at line %d, want 1110", it.Text, it.Span.StartLine)
		}
	}
}

type msWant struct {
	line       int
	label, raw string
	start, end string // "2006-01-02"; both empty for an undated milestone
}

// Every Isère milestone, read from "Le calendrier" of each fiche.
// Semestre 1 = Jan 1-Jun 30, Semestre 2 = Jul 1-Dec 31, a year = the whole
// year. A sentence-final period is not part of the time expression.
var isereMilestones = map[int][]msWant{
	1: {
		{644, "Etat des lieux", "Semestre 1 / 2020 – Semestre 1 / 2021", "2020-01-01", "2021-06-30"},
		{645, "Élaboration du référentiel", "Semestre 2 / 2021", "2021-07-01", "2021-12-31"},
	},
	2: {
		{685, "Faire connaître les missions de PMI", "Semestre 1 / 2021 – Semestre 2 / 2024", "2021-01-01", "2024-12-31"},
		{686, "Élaboration de protocoles de coordination", "Semestre 2 / 2021", "2021-07-01", "2021-12-31"},
		{687, "Élaboration de supports de communication harmonisés", "Semestre 1 / 2022", "2022-01-01", "2022-06-30"},
	},
	3: {
		// A group line ending with ":" gives its label to the items under it.
		{726, "Expérimentation dans le cadre du plan de lutte contre la pauvreté – Détermination des territoires expérimentaux", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{727, "Expérimentation dans le cadre du plan de lutte contre la pauvreté – Recrutement et formation des EJE", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
		{729, "Bilan intermédiaire de l'expérimentation", "Semestre 2 / 2020", "2020-07-01", "2020-12-31"},
		{730, "Supports de communication", "Semestre 2 2019 – Semestre 2 / 2020", "2019-07-01", "2020-12-31"},
		{731, "Supervision des professionnels", "Semestre 1 2020 – Semestre 2 / 2020", "2020-01-01", "2020-12-31"},
	},
	4: {
		{778, "Signature du Protocole", "2022", "2022-01-01", "2022-12-31"},
	},
	5: {
		{828, "Renforcer le travail en réseau", "Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31"},
		{829, "Développer des actions centrées sur les axes d'intervention prioritaires", "Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31"},
		{830, "Améliorer le suivi des actions de prévention", "Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31"},
	},
	6: {
		{879, "Identification et formation de personnes ressources", "Semestre 1 / 2020 – Semestre 1 / 2021", "2020-01-01", "2021-06-30"},
		{880, "Diversification de l'offre", "Semestre 1 / 2022 – Semestre 2 / 2022", "2022-01-01", "2022-12-31"},
	},
	7: {
		// The whole calendar is one time expression, without a label.
		{920, "", "Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31"},
	},
	8: {
		{966, "Recrutement des moniteurs éducateurs", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{967, "Expérimentation du dispositif dans 8 établissements", "Semestre 2 / 2019 – Semestre 1 /2020", "2019-07-01", "2020-06-30"},
		{968, "Bilan", "2021", "2021-01-01", "2021-12-31"},
	},
	9: {
		{1006, "Élaboration et diffusion du guide", "Semestre 1 : 2021", "2021-01-01", "2021-06-30"},
		{1007, "Accompagnement et temps de travail avec les acteurs locaux et territoires sur le développement de ce type d'accueil", "2021-2024", "2021-01-01", "2024-12-31"},
	},
	10: {
		{1048, "Définition d'un axe de la politique culturelle du Département spécifiquement tourné vers le public des jeunes suivis dans le cadre de la prévention et de la protection de l'enfance",
			"Semestre 1 : 2020", "2020-01-01", "2020-06-30"},
		{1049, "Développement des actions en lien avec les acteurs sportifs", "Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31"},
		{1050, "Mise en place d'actions partenariales dans le cadre des CTJ pour favoriser l'inscription des jeunes suivis le cadre de la prévention et de la protection de l'enfance dans le tissu associatif de proximité",
			"Semestre 1 / 2021 – Semestre 2 /2022", "2021-01-01", "2022-12-31"},
	},
	11: {
		{1088, "Etat des lieux des besoins et recherche de lieux et modalités", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
		{1089, "Élaboration du budget", "Semestre 2 / 2020", "2020-07-01", "2020-12-31"},
		{1090, "Mise en place du dispositif", "Semestre 1 – Semestre 2 / 2021", "2021-01-01", "2021-12-31"},
	},
	12: {
		{1127, "Recrutements pour constituer l'équipe mobile", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1128, "Élaboration du référentiel départemental", "Semestre 2 / 2019 – Semestre 1 / 2020", "2019-07-01", "2020-06-30"},
		{1129, "Mise en œuvre des bilans initiaux", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
		{1130, "Mise en œuvre des bilans de suivi", "Semestre 2 / 2020", "2020-07-01", "2020-12-31"},
	},
	13: {
		{1174, "Rencontre avec les partenaires", "Semestre 2 / 2019 – Semestre 1 / 2020", "2019-07-01", "2020-06-30"},
		{1175, "Présentation d'un plan d'action en CTS", "Semestre 1 - Semestre 2 / 2020", "2020-01-01", "2020-12-31"},
	},
	14: {
		{1224, "Définir la fonction des acteurs du PPE", "2020", "2020-01-01", "2020-12-31"},
		{1225, "Refondre la trame et créer des outils d'accompagnement", "2020", "2020-01-01", "2020-12-31"},
		{1226, "Consolider et étoffer la notice d'utilisation", "2020", "2020-01-01", "2020-12-31"},
		{1227, "Former les professionnels et les accompagner", "Semestre 2 / 2020 – Semestre 2 / 2024", "2020-07-01", "2024-12-31"},
	},
	15: {
		{1265, "Réunions du comité d'usagers", "Semestre 2 / 2019 – Semestre 2 / 2024", "2019-07-01", "2024-12-31"},
		{1266, "Formation des professionnels de l'ASE à l'animation de conférences familiales", "Semestre 1 / 2024 – Semestre 2 / 2024", "2024-01-01", "2024-12-31"},
	},
	16: {
		{1306, "Lancement de l'appel à projet", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1307, "Mise en place progressive du nouveau dispositif d'accueil des MNA", "Semestre 1 / 2020 – Semestre 2 / 2021", "2020-01-01", "2021-12-31"},
	},
	17: {
		{1341, "Mise en place de l'accueil parents-enfants et de l'accompagnement à partir du bassin de vie des familles", "2020", "2020-01-01", "2020-12-31"},
		{1342, "Bilan du dispositif « centres parentaux »", "2021", "2021-01-01", "2021-12-31"},
	},
	18: {
		{1389, "Bilan des accompagnements sans niveau d'intervention", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
		{1390, "Définition et mise en œuvre des nouvelles modalités de fonctionnement des mesures de niveaux 1 à 3", "Semestre 2 / 2020", "2020-07-01", "2020-12-31"},
		{1391, "Mise en œuvre du nouveau cahier des charges", "Semestre 1 / 2021", "2021-01-01", "2021-06-30"},
		{1392, "Définition et mise en œuvre des nouvelles modalités de fonctionnement des mesures de niveaux 4", "Semestre 1 – Semestre 2 / 2021", "2021-01-01", "2021-12-31"},
	},
	19: {
		{1431, "Création des outils et d'un référentiel commun", "Semestre 2 / 2019 – Semestre 1 / 2020", "2019-07-01", "2020-06-30"},
		{1432, "Déploiement du référentiel", "2020", "2020-01-01", "2020-12-31"},
	},
	20: {
		{1469, "Recrutement de l'agent", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1470, "Création des outils de gestion des places", "Semestre 2 / 2019 - Semestre 1 /2020", "2019-07-01", "2020-06-30"},
		{1471, "Définition du fonctionnement de la commission de régulation", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1472, "Mise en place de la commission de régulation des places d'accueil", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
		{1473, "Déploiement du dispositif aux mesures de milieu ouvert", "2022", "2022-01-01", "2022-12-31"},
	},
	21: {
		{1509, "Mise en œuvre de l'accueil inconditionnel des mineurs en situation de danger nécessitant un accueil en urgence", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
		{1510, "Bilan et ajustement éventuel", "Semestre 2 / 2020", "2020-07-01", "2020-12-31"},
	},
	22: {
		{1557, "Mise en place de la commission", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
	},
	23: {
		{1593, "Expérimentation de budgets globaux pour les associations gestionnaires", "Semestre 2 / 2020 – Semestre 1 / 2021", "2020-07-01", "2021-06-30"},
		{1594, "Généralisation à l'ensemble du département", "Semestre 2 / 2021 – Semestre 1 / 2022", "2021-07-01", "2022-06-30"},
		{1595, "Développement de nouvelles modalités de prise en charge interservices", "Semestre 2 / 2020 – Semestre 2 / 2022", "2020-07-01", "2022-12-31"},
		{1596, "Diagnostic et contractualisation des CPOM", "Semestre 1 / 2022 – Semestre 2 / 2024", "2022-01-01", "2024-12-31"},
	},
	24: {
		{1638, "Écriture des référentiels", "2020", "2020-01-01", "2020-12-31"},
		{1639, "Expérimentation de la mise en œuvre des référentiels", "2021", "2021-01-01", "2021-12-31"},
		{1640, "Généralisation des référentiels et accompagnement des professionnels", "2022-24", "2022-01-01", "2024-12-31"},
	},
	25: {
		// A blank line separates the first item from the others (l.1682).
		{1681, "Mise en œuvre de la procédure départementale de traitement des demandes d'aide jeune majeur", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1683, "Mise en place des entretiens de 16 et 17 ans", "Semestre 2 / 2019 – Semestre 1 / 2020", "2019-07-01", "2020-06-30"},
		{1684, "Création du guide", "2020 - 2021", "2020-01-01", "2021-12-31"},
	},
	26: {
		{1730, "Lancement des expérimentations avec les partenaires", "2020", "2020-01-01", "2020-12-31"},
		{1731, "Bilan des expérimentations et généralisation", "2022", "2022-01-01", "2022-12-31"},
		{1732, "Signature des conventions avec les bailleurs et partenaires", "2021", "2021-01-01", "2021-12-31"},
		{1733, "Élaboration du protocole", "2021-2022", "2021-01-01", "2022-12-31"},
	},
	27: {
		{1787, "Préparation de la mise en place de la commission pluridisciplinaire", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1788, "Création des nouveaux outils", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1789, "Formation des cadres ASE", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1790, "Mise en place effective de la commission départementale", "Semestre 2 / 2020", "2020-07-01", "2020-12-31"},
	},
	28: {
		{1830, "Diffusion du nouveau programme de formation", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1831, "Organisation de sessions de formations", "Semestre 2 / 2019 - Semestre 2 / 2024", "2019-07-01", "2024-12-31"},
	},
	29: {
		{1865, "Organisation des journées techniques dans les territoires", "Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31"},
		{1866, "Poursuite des expérimentations dans le cadre de l'accompagnement à l'évolution des interventions et des pratiques professionnelles", "Semestre 1 / 2020 – Semestre 2 / 2020", "2020-01-01", "2020-12-31"},
	},
	30: {
		{1903, "Constitution de la commission formation", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1904, "Etat des lieux des formations délivrées et construction du programme de formation", "Semestre 1 / 2020 – Semestre 2 / 2020", "2020-01-01", "2020-12-31"},
		{1906, "Bilan annuel des formations continues délivrées dans le département", "Semestre 1 / 2021 – Semestre 2 / 2024", "2021-01-01", "2024-12-31"},
	},
	31: {
		{1945, "Publication du marché public et choix du prestataire", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1946, "Note d'information et communication aux territoires", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
		{1947, "Mise en place du dispositif", "Semestre 1 / 2020", "2020-01-01", "2020-06-30"},
	},
	32: {
		{1980, "Rédaction et diffusion de la note de cadrage", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1981, "Actualisation du guide de procédure", "Semestre 2 / 2019", "2019-07-01", "2019-12-31"},
		{1982, "Diffusion et accompagnement à la mise en œuvre du guide actualisé", "2020", "2020-01-01", "2020-12-31"},
		{1983, "Bilan", "Semestre 1 / 2023", "2023-01-01", "2023-06-30"},
	},
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func TestIsereMilestones(t *testing.T) {
	d := shippedDoc(t, isereID)
	total := 0
	for n := 1; n <= 32; n++ {
		want := isereMilestones[n]
		total += len(want)
		t.Run(itoa(n), func(t *testing.T) {
			f := d.Fiche(fmt.Sprint(n))
			if f == nil {
				t.Fatalf("fiche %d not found", n)
			}
			if len(f.Milestones) != len(want) {
				t.Errorf("%d milestones, want %d:", len(f.Milestones), len(want))
				for _, m := range f.Milestones {
					t.Logf("  got l.%d %q | %q", m.Span.StartLine, m.Label, m.Raw)
				}
			}
			for i, w := range want {
				if i >= len(f.Milestones) {
					t.Errorf("missing l.%d %q : %q", w.line, w.label, w.raw)
					continue
				}
				m := f.Milestones[i]
				if m.Label != w.label {
					t.Errorf("l.%d label = %q\n          want %q", w.line, m.Label, w.label)
				}
				if m.Raw != w.raw {
					t.Errorf("l.%d raw = %q, want %q", w.line, m.Raw, w.raw)
				}
				if got := fmtDate(m.Start) + "…" + fmtDate(m.End); got != w.start+"…"+w.end {
					t.Errorf("l.%d %q: dates %s, want %s…%s", w.line, w.raw, got, w.start, w.end)
				}
				if m.Span.StartLine != w.line {
					t.Errorf("%q: line %d, want %d", w.label, m.Span.StartLine, w.line)
				}
				if m.Start.Location() != time.UTC {
					t.Errorf("l.%d: Start is in %v, want UTC dates", w.line, m.Start.Location())
				}
			}
		})
	}
	if total != 90 {
		t.Errorf("the table lists %d Isère milestones, expected 90 (table typo?)", total)
	}
}

// TestMoselleHasNoCalendar: the Moselle fiches have no calendar at all; the
// parser must not invent milestones from other fields.
func TestMoselleHasNoCalendar(t *testing.T) {
	d := shippedDoc(t, moselleID)
	for _, f := range d.Fiches {
		if len(f.Milestones) != 0 || !f.Calendar.Empty() {
			t.Errorf("fiche %d: %d milestones, calendar %q; the document has none", f.Number, len(f.Milestones), f.Calendar.Texts())
		}
	}
}

func TestFicheContent(t *testing.T) {
	type fieldCheck struct {
		field   string // Objectives, Actions, Diagnostic, Realisation, Impact, Indicators, All
		exact   []string
		has     []string
		hasSub  []string // substrings some item must contain
		absent  []string
		noItems bool
	}
	tests := []struct {
		doc    string
		num    int
		checks []fieldCheck
	}{
		{isereID, 19, []fieldCheck{
			{field: "Objectives", exact: []string{
				"Définir un cadre commun d'intervention et d'accompagnement en lieu de vie pour harmoniser les pratiques et renforcer la qualité des accompagnements.",
				"Harmoniser et affiner les modalités de tarification des lieux de vie et d'accueil.",
				"Affiner le pilotage de l'activité des lieux de vie et d'accueil.",
			}, hasSub: []string{"cadre commun", "tarification"}},
			{field: "Actions", has: []string{"Créer un outil de tarification des lieux de vie."}},
			{field: "Realisation", exact: []string{"Création d'un référentiel des lieux de vie et d'accueil", "Création d'un outil de tarification"}},
			{field: "Impact", exact: []string{"Harmonisation des modalités d'accompagnement et de financement des lieux de vie"}},
			{field: "Indicators", noItems: true},
		}},
		{isereID, 32, []fieldCheck{
			{field: "Realisation", exact: []string{"Rédaction de la note et du guide"}},
			{field: "Impact", exact: []string{
				"Existence de pratiques harmonisées garantissant une équité de traitement des usagers",
				"Suites données aux informations préoccupantes par territoire",
				"Nombre de familles ayant fait l'objet de plusieurs IP sur 3 ans",
				"Part des IP concernant des familles déjà connues",
			}, hasSub: []string{"plusieurs IP sur 3 ans"}},
			{field: "Indicators", noItems: true},
			{field: "Actions", has: []string{"Réaliser un bilan de l'effectivité", "Rédaction d'une note entérinant les modalités de traitement des informations préoccupantes."}},
		}},
		// "Indicateurs de réalisation :" / "Indicateurs d'impact :" with the
		// indicators nested under each (l.649-654).
		{isereID, 1, []fieldCheck{
			{field: "Realisation", exact: []string{"Rapport d'état des lieux de l'activité de PMI", "Élaboration du référentiel"}},
			{field: "Impact", has: []string{"Données socio-sanitaires relatives au public suivi en PMI."}},
			{field: "Objectives", has: []string{"Recentrer l'action de la PMI sur les missions de prévention médico-sociale précoce."}},
		}},
		// Nested indicators two levels deep (l.737-740).
		{isereID, 3, []fieldCheck{
			{field: "Realisation", has: []string{"Données d'activité des sages-femmes et puéricultrices",
				"Nombre de VAD prénatales et postnatales réalisées par les puéricultrices"}},
			{field: "Impact", exact: []string{
				"Adéquation entre les besoins évalués et la réponse apportée dans le cadre de la démarche « Petits Pas Grands Pas »",
				"Satisfaction des personnels et des usagers",
			}},
		}},
		// Un-bulleted sub-headings inside the actions (l.796, 801, 808).
		{isereID, 5, []fieldCheck{
			{field: "Actions", has: []string{"Renforcer le travail en réseau avec les partenaires institutionnels et acteurs de la prévention classique",
				"Harmoniser les rapports d'activité et indicateurs de suivi."}},
			{field: "Realisation", has: []string{"Outils de suivi harmonisés"}},
			{field: "Impact", has: []string{"Évolution du nombre de jeunes en décrochage scolaire au collège"}},
		}},
		// "Indicateur d'impact :" written in the singular (l.1137).
		{isereID, 12, []fieldCheck{
			{field: "Realisation", exact: []string{"Prise de fonction des professionnels de l'équipe mobile",
				"Formalisation d'un référentiel de suivi de la santé des enfants confiés à l'ASE"}},
			{field: "Impact", exact: []string{"Part des enfants placés dans l'année ayant bénéficié d'un bilan initial",
				"Part des enfants confiés à l'ASE ayant bénéficié d'un bilan de suivi"}},
		}},
		// Only realisation indicators (l.1179-1181).
		{isereID, 13, []fieldCheck{
			{field: "Realisation", exact: []string{"Rencontres régulières avec les acteurs concernés",
				"Construction de fiches actions sur les 13 territoires pour les activités relatives à la maison des adolescents"}},
			{field: "Impact", noItems: true},
		}},
		// Both indicators inline, in the singular (l.1311-1312).
		{isereID, 16, []fieldCheck{
			{field: "Realisation", exact: []string{"nombre de places habilitées dédiées aux MNA déployées dans le Département"}},
			{field: "Impact", exact: []string{"meilleure cohérence entre l'orientation proposée à chaque jeune, les résultats de son évaluation, et son projet"}},
		}},
		// Impact inline after a nested realisation list (l.1480).
		{isereID, 20, []fieldCheck{
			{field: "Realisation", exact: []string{"Nombre de commissions organisées", "Tableau de bord des places et de leurs caractéristiques mis à jour en temps réel"}},
			{field: "Impact", exact: []string{"diminution du nombre d'enfants en attente d'une place d'accueil et de la durée d'attente"}},
		}},
		// "Indicateur de réalisation :" / "Indicateur d'impact :" (l.1835-1838).
		{isereID, 28, []fieldCheck{
			{field: "Realisation", exact: []string{"nombre de personnes formées"}},
			{field: "Impact", exact: []string{"amélioration de la qualité de l'évaluation / aux décisions prises"}},
		}},
		{isereID, 31, []fieldCheck{
			{field: "Realisation", exact: []string{"Nombre d'audiences en Cour d'appel réalisées par l'avocat"}},
			{field: "Impact", exact: []string{"Issues des jugements en Cours d'appel"}},
		}},
		{moselleID, 1, []fieldCheck{
			{field: "Diagnostic", hasSub: []string{"Schéma parentalité"}},
			{field: "Objectives", exact: []string{
				"Favoriser l'articulation des acteurs de la prévention sur les territoires dans une logique de développement social local",
				"Mieux piloter les approches préventives sur les territoires et contractualiser avec les partenaires sur la base d'une évaluation partagée des besoins et des impacts de l'action",
			}},
			{field: "Actions", has: []string{
				"Action 1 : Favoriser l'élaboration de diagnostics et de projets territoriaux partagés, et d'une évolution de l'offre en conséquence",
				"Organiser une veille stratégique des besoins en territoire",
			}},
			{field: "Realisation", exact: []string{"Existence de rencontres partenariales en territoire",
				"Existence d'indicateurs partagés d'évaluation des approches préventives", "Existence de protocoles de prévention territorialisés"}},
			{field: "Impact", has: []string{"Baisse du nombre de placements en protection de l'enfance"}},
		}},
		{moselleID, 3, []fieldCheck{
			{field: "Realisation", exact: []string{
				"Renforcement des capacités d'accueil parental",
				"Existence de projets innovants sur les thématiques clés d'accompagnement",
				"Mise en place de formations interdisciplinaires et de « boîtes à outils » partagées de travail avec les enfants et les familles",
			}, hasSub: []string{"accueil parental", "boîtes à outils"}},
			{field: "Impact", exact: []string{
				"Emergence de nouvelles modalités d'accompagnement des familles",
				"Diminution du nombre de mesures de protection de l'enfance, et notamment du nombre de placements",
			}},
			{field: "Indicators", noItems: true},
			{field: "Actions", has: []string{"Développer des boîtes à outils communes de travail avec les enfants et les familles"}},
		}},
		// Indicators in a flattened two-column table (l.724): left cell
		// realisation, right cell impact.
		{moselleID, 5, []fieldCheck{
			{field: "Realisation", has: []string{
				"Formalisation d'un outil d'évaluation continue, commun à l'ensemble des accompagnements, intégrant l'ensemble des dimensions relatives aux besoins de l'enfant, aux ressources parentales et familiales",
				"Nombre de formations interinstitutionnelles réalisées et évolution du nombre de participants",
			}, absent: []string{"Partage d'une vision commune sur la démarche d'évaluation et ses principaux items"}},
			{field: "Impact", has: []string{
				"Renforcement de la capacité des professionnels à identifier les « signes en creux »",
				"Partage d'une vision commune sur la démarche d'évaluation et ses principaux items",
			}, absent: []string{"Nombre de formations interinstitutionnelles réalisées et évolution du nombre de participants"}},
		}},
		// A markdown pipe table then a tab row (l.781-783).
		{moselleID, 6, []fieldCheck{
			{field: "Realisation", has: []string{"Mise en place d'une instance de suivi de la démarche PPE",
				"Mobilisation de la méthodologie des conférences familiales",
				"Organisation d'échanges « retours d'expérience » autour du PPE/Projet pour la Famille"}},
			{field: "Impact", has: []string{"Augmentation du « taux de couverture » en PPE",
				"Diminution de la durée des mesures et fluidification des sorties du dispositif"},
				absent: []string{"Mobilisation de la méthodologie des conférences familiales"}},
		}},
		// "Objectif" in the singular (l.803).
		{moselleID, 7, []fieldCheck{
			{field: "Objectives", exact: []string{"Anticiper et accompagner la sortie du dispositif d'Aide Sociale à l'Enfance en améliorant l'accès aux droits et le recours au droit commun"}},
			{field: "Diagnostic", has: []string{"Une politique mosellane de soutien aux jeunes majeurs qui se maintient notamment au travers des contrats jeunes majeurs"}},
		}},
		// Two indicator headings then two plain lists one under the other
		// (l.1004-1026): whichever way the parser files them, they are all
		// kept and an impact indicator is not filed as a realisation one.
		{moselleID, 10, []fieldCheck{
			{field: "All", has: []string{"Formation des professionnels sur les modalités d'accueil et d'accompagnement",
				"Existence d'une structure mixte d'hébergement mère-enfants", "Diminution du nombre d'accueils au CDE", "Diminution des orientations « par défaut »"}},
			{field: "Realisation", absent: []string{"Diminution du nombre d'accueils au CDE", "Diminution des orientations « par défaut »"}},
		}},
		{moselleID, 14, []fieldCheck{
			{field: "Objectives", exact: []string{"Disposer d'une vision plus fine des impacts des actions départementales sur le dispositif de prévention et de protection de l'enfance et l'accompagnement des jeunes et des familles"}},
			{field: "Realisation", has: []string{"Conférence annuelle de la prévention et de la protection de l'enfance"}},
		}},
	}
	for _, tt := range tests {
		f := shippedDoc(t, tt.doc).Fiche(fmt.Sprint(tt.num))
		if f == nil {
			t.Errorf("%s: fiche %d not found", tt.doc, tt.num)
			continue
		}
		for _, c := range tt.checks {
			var got []string
			switch c.field {
			case "Objectives":
				got = f.Objectives.Texts()
			case "Actions":
				got = f.Actions.Texts()
			case "Diagnostic":
				got = f.Diagnostic.Texts()
			case "Realisation":
				got = f.IndicatorsRealisation.Texts()
			case "Impact":
				got = f.IndicatorsImpact.Texts()
			case "Indicators":
				got = f.Indicators.Texts()
			case "All":
				for _, it := range f.AllIndicators() {
					got = append(got, it.Text)
				}
			default:
				t.Fatalf("unknown field %q", c.field)
			}
			what := tt.doc + " fiche " + itoa(tt.num) + " " + c.field
			if c.exact != nil {
				checkEqual(t, what, got, c.exact)
			}
			checkContains(t, what, got, c.has)
			checkAbsent(t, what, got, c.absent)
			for _, sub := range c.hasSub {
				if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, sub) }) {
					t.Errorf("%s: no item mentions %q; got %q", what, sub, got)
				}
			}
			if c.noItems && len(got) != 0 {
				t.Errorf("%s: want no item, got %q", what, got)
			}
		}
	}
}

func TestGlossary(t *testing.T) {
	tests := []struct {
		doc     string
		entries int
		want    map[string]string
		line    map[string]int
		absent  []string
	}{
		{moselleID, 37, map[string]string{
			"CDIP": "Cellule départementale des informations préoccupantes",
			"ODPE": "Observatoire départemental de la protection de l'enfance",
			"RAPT": "Réponse accompagnée pour tous",
			"AED":  "Action éducative à domicile",
			"IP":   "Information préoccupante",
			"mnA":  "Mineur non accompagné", // case-insensitive lookup
		}, map[string]int{"AED": 1210, "RAPT": 1280}, []string{"CRIP", "ADEPAPE"}},
		{isereID, 32, map[string]string{
			"CRIP":  "Cellule de recueil des informations préoccupantes",
			"ODPE":  "Observatoire départemental de la protection de l'enfance",
			"TISF":  "Technicien.ne de l'intervention sociale et familiale",
			"LEAP":  "Lycée d'enseignement agricole privé",
			"CHAI":  "Centre hospitalier alpes Isère",
			"CREAI": "Centre régional d'études, d'actions et d'informations en faveur des personnes en situation de vulnérabilité",
		}, map[string]int{"CRIP": 2021, "VAD": 2059}, []string{"CDIP", "RAPT", "DEJS"}},
	}
	for _, tt := range tests {
		d := shippedDoc(t, tt.doc)
		if len(d.Glossary) != tt.entries {
			var acr []string
			for _, g := range d.Glossary {
				acr = append(acr, g.Acronym)
			}
			t.Errorf("%s: %d glossary entries, want %d: %v", tt.doc, len(d.Glossary), tt.entries, acr)
		}
		for a, exp := range tt.want {
			if got := d.Expand(a); got != exp {
				t.Errorf("%s: Expand(%q) = %q, want %q", tt.doc, a, got, exp)
			}
		}
		for _, a := range tt.absent {
			if got := d.Expand(a); got != "" {
				t.Errorf("%s: Expand(%q) = %q, want nothing (not in this glossary)", tt.doc, a, got)
			}
		}
		for _, g := range d.Glossary {
			if l, ok := tt.line[g.Acronym]; ok && g.Span.StartLine != l {
				t.Errorf("%s: %s at line %d, want %d", tt.doc, g.Acronym, g.Span.StartLine, l)
			}
		}
	}
}

func TestAxes(t *testing.T) {
	tests := []struct {
		doc    string
		kind   string
		titles []string
		// first axis: where its narrative heading is, its page and a phrase
		// of its presentation.
		line, page int
		text       string
	}{
		{moselleID, "Orientation", []string{
			"AGIR EN PREVENTION, EN MOBILISANT L'ENSEMBLE DES ACTEURS ET EN DEPASSANT LE CADRE STRICT DE LA PROTECTION DE L'ENFANCE",
			"GARANTIR UNE EVALUATION CONTINUE DES BESOINS DES ENFANTS ET DES FAMILLES",
			"RENFORCER L'ACCOMPAGNEMENT GLOBAL DES ENFANTS ET DES FAMILLES, EN PRENANT APPUI SUR LEURS RESSOURCES ET LEUR ENVIRONNEMENT",
			"ACCENTUER LA TRANSFORMATION QUALITATIVE DU DISPOSITIF DE PROTECTION DE L'ENFANCE SUR L'ENSEMBLE DES TERRITOIRES",
			"PILOTER, EVALUER, INNOVER : FAIRE VIVRE LE SCHEMA DEPARTEMENTAL",
		}, 400, 19, "La politique départementale, dans le cadre du Schéma 2014-2018"},
		{isereID, "Objectif stratégique", []string{
			"Prévenir les difficultés auxquelles peuvent être confrontés les enfants et les familles et repérer les situations de fragilité",
			"Améliorer la prise en compte des besoins des enfants et des familles et de l'environnement",
			// l.47 (sommaire) and l.462 write "réguler"; l.74 and l.1278 have the typo "régulier".
			"Poursuivre l'évolution et mieux réguler l'offre d'accueil et d'accompagnement en protection de l'enfance",
			"Sécuriser les parcours des enfants accompagnés et éviter les ruptures",
			"Accompagner les professionnels intervenant en prévention et en protection de l'enfance",
		}, 350, 23, "Le renforcement global de la prévention faisait l'objet d'un objectif stratégique"},
	}
	for _, tt := range tests {
		d := shippedDoc(t, tt.doc)
		var titles []string
		for i, a := range d.Axes {
			titles = append(titles, a.Title)
			if a.Kind != tt.kind || a.Number != i+1 {
				t.Errorf("%s: axis %d is %s %d", tt.doc, i+1, a.Kind, a.Number)
			}
		}
		if !slices.Equal(titles, tt.titles) {
			t.Errorf("%s: axis titles\n  got  %q\n  want %q", tt.doc, titles, tt.titles)
		}
		if len(d.Axes) == 0 {
			continue
		}
		a := d.Axes[0]
		if a.Span.StartLine != tt.line || a.Span.Page != tt.page {
			t.Errorf("%s: axis 1 at line %d page %d, want line %d (the axis heading before its presentation, not the sommaire) page %d",
				tt.doc, a.Span.StartLine, a.Span.Page, tt.line, tt.page)
		}
		if !strings.Contains(a.Text, tt.text) {
			t.Errorf("%s: axis 1 text does not contain %q; got %q", tt.doc, tt.text, truncate(a.Text, 200))
		}
		if want := tt.kind + " 1 : " + tt.titles[0]; a.Label() != want {
			t.Errorf("%s: Label() = %q, want %q", tt.doc, a.Label(), want)
		}
	}
}

func TestSections(t *testing.T) {
	tests := []struct {
		doc      string
		heading  string
		page     int
		line     int
		pathHead string // first element of the path; the last is the heading
		contains []string
	}{
		// The signature closes the Éditorial (l.30-34).
		{isereID, "Éditorial", 0, 11, "Éditorial", []string{"S'adressant aux plus jeunes de nos citoyens", "Jean-Pierre Barbier"}},
		// Listed under "Introduction" in the sommaire (l.38-41).
		{isereID, "Quelques chiffres clés et éléments de contexte démographique et socio-économique", 13, 229, "Introduction", nil},
		{isereID, "Une politique de prévention et de protection de l'enfance en évolution", 6, 106, "Introduction", nil},
		{moselleID, "Edito du Président", 3, 37, "Edito du Président", []string{"Dès mon arrivée à la Présidence du Département de la Moselle", "Patrick WEITEN"}},
		{moselleID, "La méthodologie employée : d'un schéma à l'autre", 9, 200, "", nil},
	}
	for _, tt := range tests {
		d := shippedDoc(t, tt.doc)
		var s *corpus.Section
		for i := range d.Sections {
			if d.Sections[i].Heading == tt.heading {
				s = &d.Sections[i]
				break
			}
		}
		if s == nil {
			t.Errorf("%s: no section %q", tt.doc, tt.heading)
			continue
		}
		if s.Span.Page != tt.page {
			t.Errorf("%s %q: page %d, want %d", tt.doc, tt.heading, s.Span.Page, tt.page)
		}
		if s.Span.StartLine != tt.line {
			t.Errorf("%s %q: line %d, want %d", tt.doc, tt.heading, s.Span.StartLine, tt.line)
		}
		if len(s.Path) == 0 || s.Path[len(s.Path)-1] != tt.heading {
			t.Errorf("%s %q: path %q does not end with the heading", tt.doc, tt.heading, s.Path)
		} else if tt.pathHead != "" && s.Path[0] != tt.pathHead {
			t.Errorf("%s %q: path %q, want it to start with %q", tt.doc, tt.heading, s.Path, tt.pathHead)
		}
		for _, c := range tt.contains {
			if !strings.Contains(s.Text, c) {
				t.Errorf("%s %q: text does not contain %q; text: %q", tt.doc, tt.heading, c, truncate(s.Text, 300))
			}
		}
		if got := d.Text(s.Span); !strings.Contains(got, tt.heading) {
			t.Errorf("%s %q: Text(Span) does not start at the heading: %q", tt.doc, tt.heading, truncate(got, 100))
		}
	}
	// Figures set apart and source lines are text, not headings: "698
	// répondants à l'échelle du département" (Moselle l.246) belongs to the
	// section on the baromètre.
	for _, id := range []string{moselleID, isereID} {
		for _, s := range shippedDoc(t, id).Sections {
			if h := s.Heading; h != "" && (h[0] >= '0' && h[0] <= '9' && strings.ToLower(h) == h || strings.HasPrefix(h, "Source")) {
				t.Errorf("%s: %q (l.%d) became a heading", id, h, s.Span.StartLine)
			}
		}
	}
	if s := findSection(shippedDoc(t, moselleID), "Phase 2 : Evaluation de la politique enfance, jeunesse, familles mosellane"); s == nil || !strings.Contains(s.Text, "698 répondants à l'échelle du département") {
		t.Error("Moselle: the baromètre section does not hold its figure, 698 répondants")
	}
	// No fiche text leaks into narrative sections.
	for _, id := range []string{moselleID, isereID} {
		d := shippedDoc(t, id)
		for _, s := range d.Sections {
			for _, f := range d.Fiches {
				if s.Span.StartLine >= f.Span.StartLine && s.Span.StartLine <= f.Span.EndLine {
					t.Errorf("%s: section %q (l.%d) is inside fiche %d (l.%d-%d)", id, s.Heading, s.Span.StartLine, f.Number, f.Span.StartLine, f.Span.EndLine)
				}
			}
		}
	}
}

func findSection(d *corpus.Document, heading string) *corpus.Section {
	for i := range d.Sections {
		if d.Sections[i].Heading == heading {
			return &d.Sections[i]
		}
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}
