package answer

import (
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
)

// "…ils décrochent quand ils changent de foyer. Le Département a un plan
// pour les clubs ?": a "when" in a statement told before the question
// joins two facts of a story; the question asks what is planned, not a
// date. A "when" after a verb of knowing still asks one.
func TestWhenInAStoryAsksNoDate(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Salut ! Je suis coach dans un club de foot. Nos deux gamins placés en foyer décrochent quand ils changent de foyer. Le Département de l'Isère a un plan pour les clubs comme nous ?",
		"J'entraîne des jeunes au rugby. Souvent ils abandonnent quand ils changent de foyer. Le Département de l'Isère fait quelque chose avec les clubs ?",
		"I coach a football team. The kids in care drop out when they move to another home! Does Isère have anything for sports clubs?",
	}, "fiche 10")
	answersAll(t, eng, []string{
		"Je voudrais savoir quand démarre la fiche 10 en Isère. Vous pouvez m'aider ?",
		"Tell me when fiche 10 in Isère starts. Can you?",
	}, "Semestre")
}

// "Je suis à la CAF de Moselle. Le schéma nous engage sur quoi ?", "ARS
// colleague here - what are we down for?": a partner who says where they
// work and asks what concerns "us" gets the fiches that involve their body.
func TestPartnerAsksWhatInvolvesThem(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Bonjour, je suis à la CAF de Moselle. Concrètement le schéma départemental nous engage sur quoi ?",
		"je travaille à la CAF, en Moselle on est cités où ?",
		"Hi, I'm at the CAF in Metz. What does the Moselle plan expect of us?",
	}, "Fiches associant CAF|Fiches involving CAF")
	answersAll(t, eng, []string{
		"ARS colleague here - what are we down for in the Moselle and Isère plans?",
		"Bonjour, je suis à l'ARS. Qu'est-ce qui nous concerne dans les schémas de l'Isère et de la Moselle ?",
		"I work for the ARS: which fiches mention us in Isère and Moselle?",
	}, "ARS (", "Moselle (2019-2023)", "Isère (2020-2024)")
	// Where the asker is is no body: the question stays about its topic.
	answersAll(t, eng, []string{"On est en Moselle, qu'est-ce qui nous concerne pour les mineurs non accompagnés ?"}, "fiche 11|Fiche action n°11")
}

// "Which fiches name the Education nationale as a partner?": "name" before
// its object is the verb; no person's name is asked.
func TestNameAsAVerbAsksNoName(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Which Isère fiches name the Education nationale as a partner?",
		"which fiches name the PJJ in Moselle?",
		"do the Isère fiches name the CAF anywhere?",
	}, "Fiche")
	findsNothing(t, eng, []string{
		"what's the name of the pilot of fiche 3 in Isère?",
		"can I get the name of whoever leads fiche 3 in Moselle?",
	})
}

// "Le Département a prévu quelque chose avec les clubs ?": what is planned
// is asked; "prévu" is no word of the topic the passage must hold.
func TestPlannedIsNoTopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Le Département de l'Isère a prévu quelque chose avec les clubs ?",
		"Je préside un club de foot à Voiron (Isère), on aimerait accueillir des jeunes suivis par l'ASE. Le Département a prévu quelque chose avec les clubs ?",
		"y a quelque chose de prévu avec les clubs sportifs en Isère ?",
	}, "fiche 10")
}

// "Je reprends le dossier violences conjugales. La fiche sur la protection
// des enfants dans ces situations, ses objectifs ?": "ces situations"
// points back to the sentence before, which names the topic.
func TestTheseSituationsPointBack(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Salut ! je reprends le dossier violences conjugales en Isère. la fiche sur la protection des enfants dans ces situations, ses objectifs c'est quoi exactement ?",
		"Je travaille sur les violences conjugales en Isère. Qu'est-ce que le schéma prévoit pour les enfants dans ce genre de situations ?",
		"I'm new on domestic violence cases in Isère. What does the plan aim at for children in such situations?",
	}, "Fiche action n°6")
}

// "Mineurs isolés", the name unaccompanied minors had before 2016, and
// "ballottés de foyer en foyer" are the everyday words for what the
// schémas call "mineurs non accompagnés" and "ruptures de parcours".
func TestEverydayWordsForTradeTerms(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Qu'est ce que le schéma mosellan prévoit pour les mineurs isolés ?",
		"slt, je suis bénévole dans une asso d'aide aux exilés à Metz. Qu'est ce que le schéma de la Moselle prévoit pour les mineurs isolés étrangers ?",
		"en Moselle il y a une fiche pour les jeunes isolés étrangers ?",
	}, "Fiche action n°11|la fiche 11")
}

// "How many children are in care?" asks a count: a document's key figures
// give it ("dont enfants et jeunes confiés au Département : 7 160"), while a
// fiche's finding that "27 % des enfants confiés…" tells a share of them.
func TestCountFromKeyFigures(t *testing.T) {
	askFamilies(t, []family{
		{"gironde-2029-2033.csv", []string{
			"combien d'enfants confiés en gironde ?",
			"how many children are in care in Gironde?",
			"ils sont combien les enfants confiés au Département en Gironde ?",
		}, []string{"7 160"}},
		{"oise-2029-2033.html", []string{
			"combien d'enfants et de jeunes confiés dans l'Oise ?",
			"how many children and young people are in care in the Oise?",
		}, []string{"2 6"}},
	})
}

// "Does the Moselle plan change anything…?": "the plan" is one schéma;
// only "the plans", "both plans", "les deux schémas" ask of each.
func TestThePlanIsOneSchema(t *testing.T) {
	eng := testEngine(t)
	tests := []struct {
		q    string
		each bool
	}{
		{"Does the Moselle plan change anything about how the PPE is done?", false},
		{"what does the plan say about family conferences?", false},
		{"dans le schéma, il y a quoi sur les MNA ?", false},
		{"what do the plans say about family conferences?", true},
		{"do both plans say anything about family conferences?", true},
		{"les deux schémas prévoient quoi pour les MNA ?", true},
	}
	for _, tt := range tests {
		if q := understand.Parse(tt.q, eng.lib, chat.Conversation{}, time.Now()); q.EachSchema != tt.each {
			t.Errorf("%q: EachSchema = %v, want %v", tt.q, q.EachSchema, tt.each)
		}
	}
}

// "Quelles sont les échéances 2021 en Isère ?", "un récap des échéances
// 2021": the milestones of a year, asked of no fiche, are the list of
// what falls due that year across the schéma, not one fiche's calendar.
func TestDeadlinesOfAYearAreAList(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"quelles sont les échéances 2021 en Isère ?",
		"salut ! fais-moi un récap des échéances 2021 en Isère stp, on a un copil jeudi",
		"give me a recap of the 2021 deadlines in Isère",
	}, "- Fiche 1", "- Fiche 2")
	answersAll(t, eng, []string{"les échéances 2021 de la fiche 26 en Isère ?"}, "Fiche action n°26")
}

// "What's the boarding school scheme about?": an English term the
// vocabulary reads as one French phrase ("internat scolaire") is defined
// from the fiche that names it, as the French term is.
func TestEnglishTermDefinedFromItsFiche(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"what's the boarding school scheme about?",
		"what is the boarding school scheme?",
		"L'internat scolaire, c'est quoi ?",
	}, "internat scolaire", "fiche 8")
}

// "La deuxième UAPED": a rank word is the same whichever of its forms the
// document prints ("une seconde UAPED").
func TestRankWordsAreOneAnother(t *testing.T) {
	askFamilies(t, []family{
		{"gironde-2029-2033.csv", []string{
			"la deuxieme UAPED a Arcachon c'est pour quand ?",
			"when is the second UAPED in Arcachon due?",
			"la seconde UAPED, elle ouvre quand ?",
		}, []string{"septembre 2031"}},
	})
}

// "Il y aura un vrai contrat ?" after a question on the tiers bénévoles:
// whether a thing of one word exists is asked of the thread's fiche, as
// "et le contrat ?" is.
func TestWhetherAThingExistsInTheThreadsFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Le schéma de l'Isère prévoit quoi pour les tiers bénévoles ?"}
	answersInThread(t, eng, prior, []string{
		"il y aura un vrai contrat ?",
		"il y a un contrat ?",
		"y aura un contrat ?",
	}, "contrat type")
	// A thing another fiche is about is still looked for in the schéma.
	answersInThread(t, eng, prior, []string{"il y a une fiche sur les MNA ?"}, "Fiche 16")
}
