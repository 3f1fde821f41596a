package answer

import (
	"strings"
	"testing"
)

// A person's name asked by a request ("vous avez le nom de…", "do you have
// the name…") or by the office held ("who is the vice-president…") is not
// in a schéma that names services and roles: not found. An office whose
// holder the schéma names (the president who signs the editorial) is.
func TestNameAskedByRequestOrOffice(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"vous avez le nom de la chargée de mission prévention protection de l'enfance en isère ? besoin d'un contact",
		"tu connais le nom du pilote de la fiche 3 en Moselle ?",
		"do you have the name of the person who leads fiche 12 in Isère?",
		"Who is the elected vice-president in charge of child protection in Moselle?",
		"c'est qui la directrice de l'enfance en Isère ?",
		"who's the current director of the CRIP in Moselle?",
	})
	answersAll(t, eng, []string{
		"c'est qui le président du département de l'Isère ?",
		"qui est le président du conseil départemental de l'Isère ?",
		"who is the president of the Isère département?",
	}, "Barbier")
}

// The items of a counted list are all quoted, including a numbered item
// too long to have become a heading between items that did ("2 Une
// ambition assumée de privilégier la protection « hors-les-murs »…").
func TestCountedListKeepsLongNumberedItem(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Selon le schéma mosellan, quelles sont les « spécificités de la politique mosellane » ? il y en a quatre je crois",
		"what are the specificities of the Moselle policy, the four points?",
		"les spécificités de la politique mosellane en quatre points, c'est quoi ?",
	}, "Une politique qui dépasse le cadre strict", "hors-les-murs", "Une volonté d'innover", "Une politique par et pour les familles")
}

// "Who pilots it? is the PMI in there like for the other fiches?" asks
// the thread's fiche: the other fiches it compares with are no list.
func TestComparisonWithOtherFichesIsNoList(t *testing.T) {
	answersInThreadWithout(t, testEngine(t),
		[]string{"Which Moselle fiche deals with young people in care getting close to 18?"},
		[]string{
			"who pilots it? is the PMI sub-directorate in there like for the other fiches?",
			"et qui la pilote ? la PMI comme pour les autres fiches ?",
			"pilots? the same as the other fiches?",
		}, "Services de l'Etat", "Fiche 12")
}

// "That fiche" a few turns after a list, the thread having moved on to a
// figure, is the fiche the thread's last question names by its topic.
func TestThatFicheAfterTheThreadMovedOnFromAList(t *testing.T) {
	answersInThread(t, testEngine(t),
		[]string{
			"What counts as 'hors les murs' placement in the Moselle plan? need the list of schemes",
			"and what share of placement capacity did hors-les-murs represent in 2018 compared to 2013?",
		},
		[]string{
			"and the impact indicators for that fiche?",
			"et les indicateurs de cette fiche ?",
			"ok, what are the indicators of this fiche then?",
		}, "Diminution du nombre de placements")
}

// "Which schools?", "list the 8 establishments" in a thread on a fiche
// that announces "… dans 8 établissements :" are its items.
func TestListAnnouncedInTheThreadsFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Which Isère fiche is about school boarding (internat scolaire)?"}
	follows := []string{
		"can you list the 8 establishments?",
		"which schools are in the pilot? need the list for the job ads (locations)",
		"c'est dans quels établissements ?",
	}
	answersInThread(t, eng, prior, follows, "Collège du Trièves à Mens", "Saint Siméon de Bressieu", "Pont en Royans")
	for _, f := range follows {
		if a := askInThread(eng, prior, f); len(a.Citations) == 0 || a.Citations[0].Fiche == nil || *a.Citations[0].Fiche != "8" {
			t.Errorf("%q: want fiche 8 cited, got %s", f, citeList(a.Citations))
		}
	}
	// Another field of the fiche is still its field.
	answersInThread(t, eng, prior, []string{"qui pilote ?", "who leads it?"}, "Chargée de projet")
	if a := askInThread(eng, prior, "qui pilote ?"); strings.Contains(a.Text, "Pont en Royans") {
		t.Errorf("the pilot question got the list of schools:\n%s", a.Text)
	}
}

// "Can you list them?", "lesquelles ?" after the count of a schéma's axes
// lists the axes, whatever is said around it.
func TestListThemAfterACountOfAxes(t *testing.T) {
	answersInThread(t, testEngine(t),
		[]string{"how many orientations does the Moselle schéma have?"},
		[]string{
			"can you list them for a slide? short titles is fine",
			"tu peux me les lister ?",
			"lesquelles ?",
			"ok, what are they?",
		}, "AGIR EN PREVENTION", "PILOTER, EVALUER, INNOVER")
}

// "Combien de fiches concernent les MNA ?" counts the fiches on the
// topic, and names them; a count with no topic counts them all.
func TestCountOfFichesOnATopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"combien de fiches concernent les MNA en Isère ?",
		"how many fiches deal with unaccompanied minors in Isère?",
		"bonjour, il y a combien de fiches sur les mineurs non accompagnés dans le schéma isérois ?",
	}, "Une fiche traite de ce sujet|fiches traitent de ce sujet|One fiche on this topic|fiches on this topic", "Fiche 16")
	answersAll(t, eng, []string{
		"combien de fiches action dans le schéma de l'Isère ?",
		"how many action sheets in the Isère plan?",
	}, "32 fiches")
}

// "That experiment" in a thread on a fiche that writes "Expérimenter"
// points back to it: its review date is that fiche's, not another
// fiche's review.
func TestThatNounPointsBackByItsFrenchWords(t *testing.T) {
	answersInThread(t, testEngine(t),
		[]string{"What does the Isère plan foresee for boarding schools (internat scolaire)?"},
		[]string{
			"when is the review (bilan) of that experiment due?",
			"and the bilan of this experiment, when?",
			"ok thanks. that experiment's review is due when?",
		}, "Bilan : 2021")
}

// A list set apart under a title in capitals ("LES CONFÉRENCES DE
// TERRITOIRE", then "Thionville : vendredi 7 septembre 2018"…) answers
// for its items and their dates, before a sentence that only names them.
func TestListUnderACapitalTitleWithDates(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"conferences de territoire moselle liste + dates",
		"conf de territoire moselle c t ou ? dates",
		"les conférences de territoire en Moselle, c'était quand et où ?",
	}, "Thionville : vendredi 7 septembre 2018", "Forbach Saint-Avold : jeudi 27 septembre 2018")
}

// A typo in the one noun that asks (orientations, contributors…) keeps
// what it asks; the nearest noun is meant.
func TestTypoInTheNounThatAsks(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"orientatons schema moselle",
		"les orientaions du schema moselle stp",
		"Moselle : quelles sont les orienations ?",
	}, "AGIR EN PREVENTION")
	answersInThread(t, eng, []string{"moselle fiche 9 pilotes"}, []string{"contribteurs ?", "contributuers ?", "et les contrbuteurs"}, "Magistrats")
}

// "moselle methodo phases": the phases of the making are a detail of the
// method asked; "def" asks a definition.
func TestKeywordQuestionsOfMethodAndDefinition(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"moselle methodo phases",
		"methodologie schema moselle etapes",
		"moselle: method, steps?",
	}, "La méthodologie employée")
	answersAll(t, eng, []string{"cllaj def", "ODPE def stp", "def CRIP isere"}, "signifie|stands for")
}

// "Devant combien de personnes ?": a preposition is no word of the topic,
// however rare in the documents; the sentence on the Conférence
// départementale answers.
func TestPrepositionIsNoTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Moselle : la Conférence départementale, elle s'est tenue devant combien de personnes ?",
		"combien de personnes à la conférence départementale de la Moselle ?",
		"how many people attended the Moselle conférence départementale?",
	}, "450 personnes")
}

// A rate or a share asked ("taux", "percentage", "proportion") is answered
// by a rate, never by a count that happens to be near the words; where the
// schéma gives none for that place, it says so.
func TestRateAskedIsNoCount(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"Does the Moselle plan give a child poverty rate for Moselle?",
		"quel est le taux de pauvreté des enfants en Moselle ?",
		"what percentage of Moselle children live in poverty?",
	})
	answersAll(t, eng, []string{
		"quel est le taux de pauvreté des moins de 18 ans en Isère ?",
		"what percentage of under-18s live in low-income households in Isère?",
		"Isère : quelle part des moins de 18 ans vit dans un ménage à bas revenus ?",
	}, "20,9%")
}
