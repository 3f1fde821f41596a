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
		"comment saura-t-on que l'accueil chez les tiers bénévoles en Isère a réussi ?",
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
	// So does a demonstrative naming people ("these young people").
	answersInThread(t, testEngine(t), []string{
		"Combien de MNA étaient accueillis en Moselle fin 2018 ?",
		"et en Isère à la même date ?",
	}, []string{
		"What does Isère plan to change in how these young people are housed?",
		"et pour l'hébergement de ces jeunes, l'Isère prévoit quoi ?",
		"what's Isère's plan for housing these kids?",
	}, "appel à projet")
}

// What falls due in a period within an axis ("l'objectif stratégique 3")
// lists the milestones of that axis's fiches only; words of the axis's
// title name the axis and filter nothing more.
func TestAxisMilestonesOfAPeriod(t *testing.T) {
	eng := testEngine(t)
	questions := []string{
		"En Isère, qu'est-ce qui doit aboutir en 2021 dans l'objectif stratégique 3 (offre d'accueil) ?",
		"objectif stratégique 3 de l'Isère : quelles échéances en 2021 ?",
		"Hi, which milestones fall in 2021 under Isère's strategic objective 3?",
	}
	answersAll(t, eng, questions, "nouveau dispositif d'accueil des MNA", "Bilan du dispositif « centres parentaux »", "Mise en œuvre du nouveau cahier des charges")
	// Fiche 26, on "sorties sèches", is due in 2021 too, under objective 4.
	answersInThreadWithout(t, eng, nil, questions, "Fiche 18", "sorties sèches")
}

// A period alone after a fiche's calendar ("et avant ça, en 2020 ?") asks
// the same fiche's steps of that period, not the whole schéma's.
func TestPeriodFollowUpStaysOnTheFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Qu'est-ce qui est attendu en 2021 pour la fiche 18 de l'Isère ?"}
	follows := []string{"et avant ça, en 2020 ?", "et en 2020 ?", "and in 2020?"}
	// A list of the schéma's milestones would start with fiche 1.
	answersInThreadWithout(t, eng, prior, follows, "Bilan des accompagnements sans niveau", "Fiche 1 :")
}

// A term the schéma defines in its text ("des conférences familiales, à
// savoir des réunions…") is defined there, also in a thread on a fiche
// that only uses it; a French word that is English too counts once.
func TestTermDefinedInTheText(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"que veut dire conférences familiales ?",
		"les conférences familiales, qu'est-ce que ça veut dire ?",
		"c'est quoi des conférences familiales ?",
	}, "réunions regroupant une famille")
	answersInThread(t, eng, []string{"Qui pilote la fiche 15 de l'Isère ?"}, []string{
		"ok et les conférences familiales ça veut dire quoi ?",
		"et les conférences familiales, c'est quoi ?",
		"merci. conférences familiales, ça veut dire quoi exactement ?",
	}, "réunions regroupant une famille")
}

// Whether the thread's fiche plans a thing ("y a un recrutement prévu
// dans cette fiche ?", "… là-dedans ?") is asked of that fiche: the word
// that asks whether it is planned names nothing.
func TestWhetherTheThreadsFichePlansIt(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"c quoi le calendrier de la régulation départementale des places en isere"}, []string{
		"y a un recrutement prévu dans cette fiche ?",
		"est-ce qu'un recrutement est prévu dans cette fiche ?",
		"merci ! il y a un recrutement de prévu là-dedans ?",
	}, "Recrut")
}

// What a plan's own study, review or experiment has shown is not in the
// plan, which only schedules them: the fiche is cited as the closest, and
// the answer says the schéma does not give it. What the plan's narrative
// reports of a past evaluation is answered.
func TestResultsOfThePlansOwnEvaluations(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"Qu'est-ce que l'étude longitudinale de la Moselle a montré comme résultats ?",
		"l'étude longitudinale en Moselle, qu'a donné l'étude ?",
	})
	findsNothingInThread(t, eng, []string{"For the Isère boarding-school scheme (internat scolaire), how many educators are being hired?"}, []string{
		"and what did the 2021 review conclude - did the experiment actually work?",
		"did it work?",
		"et ça a marché ?",
	})
	answersAll(t, eng, []string{"qu'a montré le bilan du précédent schéma en Moselle ?"}, "Evaluation")
	answersAll(t, eng, []string{"la fiche 8 de l'Isère, quels résultats attendus ?"}, "difficulté transitoire")
	answersInThread(t, eng, []string{"Qui pilote la fiche 11 de l'Isère ?"}, []string{"d'accord. et comment ils vont savoir si ça a marché ?"}, "Nombre de territoires disposant")
}

// "Et parmi celles-là, lesquelles…" picks among the fiches the thread just
// listed, whatever the demonstrative's ending.
func TestAmongThoseJustListed(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"bonjour, je fais le planning 2022 pour l'objectif strategique 4 de l'Isère (parcours, ruptures). quelles fiches ont des echeances en 2022 ?"}
	follows := []string{
		"et parmi celles-là, lesquelles sont pilotées par le service APE ?",
		"parmi celles-ci, lesquelles sont pilotées par l'APE ?",
		"and which of those are led by the APE service?",
	}
	// Fiche 18 is led by another service head and was not listed.
	answersInThreadWithout(t, eng, prior, follows, "Fiche 23", "Refondre l'offre d'accompagnement à domicile")
}

// "Jobs" are the schémas' "métiers": making them attractive is the
// action on the "attractivité des métiers".
func TestAttractiveJobs(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Staff union again. Does the Moselle plan do anything about making social/educational jobs more attractive?",
		"How does Moselle plan to make social work jobs more attractive?",
		"what is Moselle doing to make jobs in child protection attractive?",
	}, "attractivité des métiers")
}

// "La fiche suivante", "the previous one" in a thread on a fiche name the
// fiche next to it in its schéma, asked the thread's field unless another
// is asked.
func TestNextAndPreviousFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Qui pilote la fiche 12 de l'Isère ?"}
	answersInThread(t, eng, prior, []string{
		"et la fiche suivante, elle vise quoi ?",
		"et la fiche d'après, ses objectifs ?",
		"what are the objectives of the next one?",
	}, "Fiche action n°13", "Faciliter l'accès des enfants aux soins en santé mentale")
	answersInThread(t, eng, prior, []string{
		"et la fiche précédente ?",
		"what about the previous one?",
		"ok et celle d'avant ?",
	}, "Fiche action n°11", "Le pilote")
}

// A sum asked of the thread's fiche that states none ("y a un montant
// quelque part ?") is not answered by the fiche's card.
func TestSumTheFicheDoesNotGive(t *testing.T) {
	findsNothingInThread(t, testEngine(t), []string{"Sur la lutte contre les sorties sèches en Isère, qui est pilote exactement ?"}, []string{
		"Et combien le Département met sur la table pour ça ? y a un montant quelque part ?",
		"y a un budget pour cette fiche ?",
		"how much money is set aside for it?",
	})
}

// "Le chef de file" asks who leads; "what would count as success" asks
// how success is measured.
func TestLeadAndSuccessCues(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		q     string
		field string
	}{
		{"et c'est qui le chef de file pour tout ça ?", retrieval.FieldPilots},
		{"le chef de file de la fiche 25 en Isère ?", retrieval.FieldPilots},
		{"which service is the lead agency on fiche 7?", retrieval.FieldPilots},
		{"What would count as success for it?", retrieval.FieldIndicators},
		{"what counts as success for the users' committee?", retrieval.FieldIndicators},
		{"what would success look like for fiche 15?", retrieval.FieldIndicators},
	} {
		q := understand.Parse(tt.q, eng.lib, chat.Conversation{}, time.Now())
		if q.Field != tt.field {
			t.Errorf("%q: field = %q, want %q", tt.q, q.Field, tt.field)
		}
	}
	answersInThread(t, eng, []string{"the Isère 'comité des usagers', what is it supposed to achieve under the plan?"}, []string{
		"What would count as success for it?",
	}, "Indicateurs")
}
