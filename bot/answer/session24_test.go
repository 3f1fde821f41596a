package answer

import (
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/retrieval"
)

// A compound tense or a passive ("va être évaluée", "va-t-on évaluer",
// "ça va être mesuré comment") asks for a fiche's indicators as the
// simple verb does.
func TestEvaluationAskedInCompoundTenses(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, comment va être évaluée la fiche sur l'accueil chez les tiers bénévoles en Isère ?",
		"comment va-t-on évaluer la fiche 9 de l'Isère ?",
		"la fiche 9 de l'Isère, ça va être mesuré comment ?",
		"comment l'action sur les tiers bénévoles en Isère va-t-elle être évaluée ?",
	}, "Diffusion du guide")
}

// What a named fiche plans over a year or a semester is the steps of its
// calendar, not the whole of its actions.
func TestFicheStepsOfAPeriod(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Qu'est-ce qui est prévu en 2020 dans la fiche 12 de l'Isère ?",
		"bonjour ! dans la fiche 12 de l'Isère, qu'est-ce qui est prévu pour 2020 svp ?",
		"what's planned in 2020 in Isère fiche 12?",
	}, "Mise en œuvre des bilans initiaux")
	answersAll(t, eng, []string{
		"what's planned for 2021 in Isère fiche 14?",
		"Fiche 14 de l'Isère : qu'est-ce qui est prévu en 2021 ?",
	}, "Former les professionnels et les accompagner")
	// What is "attendu" of a fiche in a year is due then, not its aims.
	answersAll(t, eng, []string{
		"Mon équipe bosse sur l'accompagnement à domicile (fiche 18 de l'Isère). Qu'est-ce qui est attendu en 2021 ?",
		"qu'est-ce qui est attendu en 2021 pour la fiche 18 de l'Isère ?",
		"fiche 18 isère, c'est quoi qui est attendu en 2021 ?",
	}, "Mise en œuvre du nouveau cahier des charges")
}

// "Est-ce que le schéma fait quelque chose contre…" asks what a fiche
// does about its topic.
func TestDoesTheSchemaDoAnythingAgainst(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Je suis sortie de l'ASE en Isère le jour de mes 18 ans sans rien. Est ce que le schéma fait quelque chose contre les sorties sèches ??",
		"est-ce que l'Isère fait quelque chose contre les sorties sèches ?",
		"Does Isère do anything against young people leaving care with nothing (sorties sèches)?",
	}, "Fiche action n°26", "protocole partenarial")
}

// "À la même date", "around the same time" point to the last question's
// date: the follow-up asks its figure of another schéma, and no date.
func TestSameDateAsksTheFigureAgain(t *testing.T) {
	eng := testEngine(t)
	answersInThread(t, eng, []string{"Combien de MNA étaient accueillis en Moselle fin 2018 ?"}, []string{
		"et en Isère à la même date ?",
		"And in Isère around the same date?",
		"ok et côté Isère, à la même époque ?",
	}, "1 049")
	// A message that asked a figure then compared it: the figure is
	// asked again, not the comparison.
	answersInThread(t, eng, []string{"How many unaccompanied minors (MNA) were placed in Moselle at the end of 2018, and how does that compare with 2013?"}, []string{
		"And in Isère?",
		"And in Isère around the same date?",
		"et en Isère ?",
	}, "1 049")
}

// Of two fiches given for one question, the one whose title names the
// topic comes first and is the one a follow-up speaks of.
func TestTitledFicheLeadsTheThread(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"Coucou, chargée de données à l'ODPE. En Isère, la commission formation de l'ODPE, elle est pilotée par qui ?",
	}, []string{
		"Et ses objectifs exactement ?",
		"et ses objectifs ?",
		"ok, and its objectives?",
	}, "programme pluriannuel des besoins en formation")
}

// What the asker heard ("j'ai entendu que…") and asks to confirm ("vous
// confirmez ?") frames the topic; its words are not searched.
func TestHearsayAndConfirmationFrameTheTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"J'ai entendu que le schéma de la Moselle prévoit quelque chose pour le CDE sur notre territoire, vous confirmez ?",
		"Bonjour, je suis travailleuse sociale au CCAS de Thionville. J'ai entendu que le schéma de la Moselle prévoit quelque chose pour le CDE sur notre territoire, vous confirmez ?",
		"on m'a dit que la Moselle prévoit quelque chose pour le CDE à Thionville, c'est vrai ?",
	}, "antenne du CDE")
}

// "C'est quoi l'idée ?", "what's the idea behind…" ask what a fiche aims
// at.
func TestTheIdeaAsksTheAims(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Le Département nous parle d'accueillir des jeunes suivis par l'ASE en internat, c'est quoi l'idée exactement ?",
		"l'internat scolaire en Isère, quelle est l'idée ?",
		"what's the idea behind the boarding-school scheme in Isère?",
	}, "difficulté transitoire")
}

// A "quand" between a verb of knowing and an infinitive ("savoir quand
// faire une IP", "know when to report") asks no date; one that opens its
// clause does.
func TestWhenBeforeAnInfinitive(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Mes collègues hésitent souvent à faire une IP. Le schéma de la Moselle prévoit-il de mieux informer les pros sur quand en faire une ?",
		"Does the Moselle plan help professionals know when to make an information préoccupante?",
		"la Moselle prévoit-elle d'aider les professionnels à savoir quand faire une information préoccupante ?",
	}, "critères nécessitant d'effectuer une information préoccupante")
	for _, tt := range []struct {
		q    string
		date bool
	}{
		{"savoir quand faire une IP en Moselle ?", false},
		{"how do teachers know when to report?", false},
		{"quand démarrer l'accueil familial d'urgence en Isère ?", true},
		{"quand faire le bilan de l'internat scolaire ?", true},
	} {
		q := understand.Parse(tt.q, eng.lib, chat.Conversation{}, time.Now())
		if got := q.WantsDate || q.Field == retrieval.FieldCalendar; got != tt.date {
			t.Errorf("%q: asks a date = %v, want %v", tt.q, got, tt.date)
		}
	}
}

// A pronoun in a thread on no fiche stands for what the last question
// named: "them" after the MNA figures are the MNA.
func TestPronounTakesTheLastQuestionsWords(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"Combien de MNA étaient accueillis en Moselle fin 2018 ?",
		"et en Isère à la même date ?",
	}, []string{
		"thx. who leads the Isère action on rethinking accommodation for them?",
		"who leads the Isère fiche on housing them?",
		"et en Isère, qui pilote l'action pour les accueillir ?",
	}, "Accueil en Protection de l'Enfance")
}
