package answer

import (
	"context"
	"strings"
	"testing"

	"schemabot/bot/chat"
)

// A list asked by the state, priority or level that tables of progress
// print for each fiche ("Statut : En retard", "Niveau d'enjeu : 4") lists
// the fiches holding that value, and says so, whatever the words around.
func TestListByCategoricalValue(t *testing.T) {
	for _, tt := range []struct {
		file      string
		questions []string
		want      []string // fiche labels, in the answer
		value     string   // the value, quoted in the answer
	}{
		{"charente-2025-2029.pdf", []string{
			"quelles actions sont deja réalisées au point d'étape de juin 2026 ?",
			"which actions are completed?",
			"bonjour, pour le copil : les fiches déjà réalisées svp ?",
		}, []string{"I.B.1", "III.A.1", "IV.A.1"}, "Réalisé"},
		{"cher-2026-2030.md", []string{
			"which fiches have the highest niveau d'enjeu (4)?",
			"fiches avec un niveau d'enjeu de 4 ?",
			"niveau d'enjeu 4 : c'est quelles fiches ?",
		}, []string{"Fiche 2", "Fiche 4", "Fiche 6", "Fiche 9", "Fiche 10"}, "4 (sur une échelle"},
		{"nievre-2025-2029.csv", []string{
			"quelles actions sont en retard ?",
			"which fiches are behind schedule?",
			"y a des fiches en retard dans le plan ? je prépare le bilan",
		}, []string{"2.1", "2.4"}, "En retard"},
		{"seine-et-marne-2024-2028.pdf", []string{
			"quelles fiches sont en priorité haute ?",
			"which fiches are high priority?",
			"les fiches de priorité haute du schéma 77 svp",
		}, []string{"Fiche 1", "Fiche 4", "Fiche 5", "Fiche 7", "Fiche 8", "Fiche 10"}, "Haute"},
		{"eure-et-loir-2023-2027.txt", []string{
			"dans le schema 28 quelles mesures sont classées en niveau d'enjeu prioritaire ?",
			"quelles fiches ont un niveau d'enjeu prioritaire ?",
			"which fiches are prioritaire (niveau d'enjeu)?",
		}, []string{"1.1", "1.3", "2.1", "3.1", "3.2", "3.3", "4.1"}, "Prioritaire"},
	} {
		eng := layoutEngine(t, tt.file)
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
			if !a.Found || !strings.Contains(a.Text, tt.value) {
				t.Errorf("%s: %q: want the fiches valued %q, got:\n%s", tt.file, q, tt.value, a.Text)
				continue
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w+" ") && !strings.Contains(a.Text, w+":") {
					t.Errorf("%s: %q: %s missing in:\n%s", tt.file, q, w, a.Text)
				}
			}
		}
	}
}

// A word that is also a value of such a field, used as a word of the
// topic ("des cours de soutien", "la durée moyenne"), lists no fiche by
// that value.
func TestTopicWordIsNoCategoricalValue(t *testing.T) {
	for _, tt := range []struct {
		file      string
		questions []string
	}{
		{"loire-2023-2027.txt", []string{
			"quelles fiches parlent des cours de soutien scolaire ?",
			"which fiches deal with school courses?",
			"y a des fiches sur les cours de parentalité ?",
		}},
		{"creuse-2023-2027.csv", []string{
			"quelles fiches parlent de la durée moyenne de placement ?",
			"les fiches sur la forte hausse des informations préoccupantes ?",
			"which fiches concern the average length of stay?",
		}},
	} {
		eng := layoutEngine(t, tt.file)
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
			if strings.Contains(a.Text, "Fiches selon") || strings.Contains(a.Text, "Fiches by") {
				t.Errorf("%s: %q: listed by a field value:\n%s", tt.file, q, a.Text)
			}
		}
	}
}

// The one word of a phone-typed follow-up is often the field asked, and
// a typo must not lose it.
func TestFieldWordWithATypo(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"violences conj isere -> objectifs"}
	answersInThread(t, eng, prior, []string{"calendirer ? 🙏", "calendrer ?", "et le calendier stp"}, "Semestre 1 / 2022")
	answersInThread(t, eng, prior, []string{"partenairs ?", "partenaries", "et les partneaires ?"}, "CIDFF")
	answersInThread(t, eng, []string{"fiche 9 moselle -> partenaires"}, []string{"indicatuers", "indicaterus ?", "et les indiacteurs"}, "Nombre de parrainages")
}

// Which fiches deal with an acronym are those that write it, or write
// its expansion word for word: a fiche whose words merely overlap the
// expansion's is not about it.
func TestFichesOnAnAcronymWriteIt(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"dans quelles fiches de la Moselle on parle de la RAPT ?",
		"which moselle fiches deal with RAPT?",
		"la RAPT, c'est dans quelles fiches en moselle ? je prépare une réunion MDPH",
	} {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, "Fiche 8") || !strings.Contains(a.Text, "Fiche 14") || strings.Contains(a.Text, "Fiche 4 ") || strings.Contains(a.Text, "Fiche 4:") {
			t.Errorf("%q: want fiches 8 and 14, not 4, got:\n%s", q, a.Text)
		}
	}
}

// A list of one fiche, asked with a field ("+ what actions"), answers
// with that field of the fiche.
func TestListOfOneFicheGivesTheFieldAsked(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"which moselle fiche covers the STAFF du CHS + what actions",
		"quelle fiche moselle parle du STAFF du CHS de Sarreguemines, et quelles actions ?",
		"the STAFF du CHS in Moselle: which fiche, what are its actions?",
	}, "Fiche action n°8", "pair-aidance")
}

// "OPP c quoi, vu ds un dossier": the clause before a comma asks what an
// acronym means; the clause after says where the asker met it.
func TestAcronymAskedBeforeAComma(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"OPP c quoi deja, vu ds un dossier",
		"OPP ça veut dire quoi, c'est écrit dans le jugement",
		"OPP stands for what, saw it in a court letter",
	}, "Ordonnance de placement provisoire")
}

// A follow-up about a detail the thread's fiche holds outside the field
// the thread was on is answered by the passage that holds it, even in
// one word.
func TestFollowUpOnADetailOfTheFiche(t *testing.T) {
	eng := testEngine(t)
	answersInThread(t, eng, []string{"moselle fiche 13 objectifs"}, []string{
		"et la thèse dedans ?",
		"and the thesis thing in it? whose thesis, on what",
		"y a une thèse dans cette fiche ?",
	}, "Julie CHAPEAU")
	// A follow-up the thread's field holds still asks for that field.
	answersInThread(t, eng, []string{"les entretiens à 16 et 17 ans pour les jeunes confiés (isère), c'était calé sur quelle période ?"}, []string{
		"et le guide pour les mineurs de 17 ans ?",
		"and the guide?",
		"et pour le guide ?",
	}, "Création du guide : 2020 - 2021")
}

// Everyday words for a fiche's partners and a schéma's method.
func TestChatWordsForPartnersAndMethod(t *testing.T) {
	eng := testEngine(t)
	answersInThread(t, eng, []string{"protocole prevention isere signé qd ?"}, []string{"who's in on it", "who is in on it?", "ok and who else is in on it"}, "CPAM")
	answersAll(t, eng, []string{"moselle schema fait comment ? methodo en bref", "la methodo du schéma moselle ?", "methodo moselle stp"}, "3 phases")
}

// In a thread on one fiche, a field asked with no word the documents use
// besides ("what KPIs would we be asked to feed?", "who owns that action
// sheet?") is asked of that fiche; "KPIs" ask for indicators, they are no
// acronym to define.
func TestFieldInTheAskersOwnWordsStaysOnTheThreadsFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Housing directorate here. Does the Moselle plan say anything about sliding leases for young people leaving care?"}
	answersInThread(t, eng, prior, []string{
		"who are the owners (pilotes) of that action sheet?",
		"who owns that action sheet?",
		"ok, who are the pilots of this sheet then?",
	}, "Services de l'Etat")
	answersInThread(t, eng, prior, []string{
		"what KPIs would we be asked to feed?",
		"any KPI we'd have to report on?",
		"which KPIs will our team be asked for?",
	}, "Nombre de baux glissants")
}

// After a list of what falls due in a year, "the year after", "the year
// before" or another year asks the same list of that year, in the same
// schéma, even when the list held one fiche.
func TestDueListFollowsThePeriodAsked(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"dites, quelles fiches isère ont une échéance en 2021 ? je prépare le rétroplanning"}
	answersInThread(t, eng, prior, []string{"et l'année d'après ?", "and the year after?", "et l'année suivante stp"}, "en 2022 (8 fiches)|in 2022 (8 fiches)", "Signature du Protocole")
	answersInThread(t, eng, prior, []string{"et en 2023 il reste quoi comme jalon ?", "et en 2023 ?", "and in 2023?"}, "Bilan : Semestre 1 / 2023")
	answersInThread(t, eng, []string{"quelles fiches isère ont une échéance en 2023 ?"}, []string{"and the year before?", "et l'année d'avant ?", "et l'année précédente ?"}, "Signature du Protocole")
}

// A question on a fiche named by number whose field the fiche does not
// give still sets the thread on that fiche.
func TestThreadStaysOnAFicheWhoseFieldIsMissing(t *testing.T) {
	eng := testEngine(t)
	answersInThread(t, eng, []string{"bjr, fiche 9 moselle (hors les murs) : c'est quoi l'echeance prevue ?"}, []string{
		"ah ok dommage. et qui la pilote du coup ?",
		"and who leads it then?",
		"et le pilote ?",
	}, "Sous-Direction de l'Aide Sociale à l'Enfance")
}

// A count of the axes quotes the sentence in which the document states
// it, when one does, so that the figure can be checked in its words.
func TestAxisCountQuotesTheDocumentsSentence(t *testing.T) {
	eng := layoutEngine(t, "mayotte-2023-2027.txt")
	answersAll(t, eng, []string{
		"Combien d'axes et d'actions dans le schéma de Mayotte ?",
		"how many axes does the Mayotte plan have?",
		"le schéma de Mayotte, il a combien d'axes ? c'est pour une présentation",
	}, "cinq axes et quatorze actions")
}

// A metropolis that holds a département's powers is named as such: its
// schéma, which names the département around it more often than itself,
// is the Métropole de Lyon's by its file's name, and questions naming the
// Métropole are answered from it.
func TestMetropolisNamesItsSchema(t *testing.T) {
	eng := layoutEngine(t, "metropole-de-lyon-2023-2027.md")
	if d := eng.lib.Docs[0]; d.Departement != "Métropole de Lyon" {
		t.Errorf("département %q, want Métropole de Lyon", d.Departement)
	}
	for _, q := range []string{
		"Qui pilote la fiche 6 de la Métropole de Lyon ?",
		"fiche 6 metropole de lyon : le pilote stp",
		"who leads fiche 6 in the Métropole de Lyon plan?",
	} {
		if a, _ := eng.Ask(context.Background(), q, chat.Conversation{}); !a.Found || !strings.Contains(a.Text, "Fiche action n°6") && !strings.Contains(a.Text, "Fiche 6") && !strings.Contains(a.Text, "fiche 6") {
			t.Errorf("%q: want fiche 6 of the Métropole, got:\n%s", q, a.Text)
		}
	}
}
