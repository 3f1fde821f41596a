package answer

import (
	"strings"
	"testing"

	"schemabot/retrieval"
)

// A term of the trade that is no acronym is defined in running text, not
// in the glossary: asking what it means, quoted or not, in French or in
// English, is answered by the sentence that defines it.
func TestTermsAreDefinedFromTheirSentence(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Le schéma moselle parle de \"méta-besoin\". C'est quoi ce jargon ?",
		"The Moselle schéma mentions a 'méta-besoin'. What does it mean?",
		"bonjour, je révise mon partiel : que veut dire « méta-besoin » ?",
	}, "besoin englobant")
	answersAll(t, eng, []string{
		"Dans le schéma de l'Isère, qu'entend-on par « conférences familiales » ?",
		"What is a 'conférence familiale' according to the Isère plan?",
		"c'est quoi une conférence familiale ? on m'en a parlé en réunion",
	}, "entourage proche")
	answersAll(t, eng, []string{
		"c'est quoi le hors les murs ?",
		"what is meant by \"hors les murs\" in Moselle?",
		"Salut ! « hors les murs », ça désigne quoi exactement ?",
	}, "accueils hors établissement")
}

// A definition sentence answers what a term is, not what it costs, when
// it opens or how many places it has: those stay not found when the
// documents do not say.
func TestDefinitionsAnswerNoOtherFact(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"c'est quoi le budget prévu pour les conférences familiales en Isère ?",
		"what is the phone number of the comité des usagers?",
		"c'est quoi le nom de la personne qui anime les conférences familiales ?",
	})
}

// How a figure changed is told in the text's own word: "hausse",
// "explosé", "soared" find the sentence that says "augmentation" or gives
// two figures; a word for a change the documents do not use is no typo of
// one they do.
func TestAnyWordForAChangeFindsTheFigure(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Le schéma de la Moselle parle d'une forte hausse des MNA, c'est quoi les chiffres exacts ?",
		"bonjour, les MNA en Moselle ont explosé ? ça donne quoi en chiffres",
		"Moselle: the number of unaccompanied minors soared, what are the figures?",
	}, "362")
	answersAll(t, eng, []string{
		"les AEMO renforcées ont explosé en Isère ? c'est quoi les chiffres ?",
		"Is it true that reinforced AEMO measures exploded in Isère? what are the numbers compared to 2014?",
		"en Isère, l'AEMO renforcée a flambé depuis 2014 ? je prépare une note",
	}, "332")
}

// "Chez le juge", "to the judge" is the judiciarisation the text speaks
// of; a question that names no schéma, in a thread about one, is asked of
// that one when both together do not answer it.
func TestShareSentToTheJudgeInTheThreadsSchema(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"et en Moselle, ils donnent quoi comme chiffre sur les IP ? genre la part qui part chez le juge",
		"Moselle : quelle part des IP évaluées finit devant le juge ?",
		"What share of assessed IPs in Moselle go to the judge?",
	}, "23,6")
	answersInThread(t, eng, []string{"After an IP is assessed, what does the Moselle plan want to change regarding judicial vs administrative responses?"}, []string{
		"what's the current rate of cases going to the judge that they quote?",
		"ok. and the rate of cases sent to the judge they mention?",
		"et la part qui part chez le juge, ils citent un chiffre ?",
	}, "23,6")
}

// A fiche named by its number after a list of one schéma's fiches that
// holds it is that schéma's fiche, even when the question has words of its
// own; and what its thread asks next stays there.
func TestFicheOfTheListedSchema(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Which action sheets of the Moselle schéma involve the PJJ?"}
	answersInThreadWithout(t, eng, prior, []string{
		"In sheet 6, who are the contributors?",
		"ok and fiche 6, who works on it with the ASE?",
		"dans la fiche 6 il y a qui comme contributeurs ?",
	}, "Moselle (2019-2023) — Fiche action n°6", "Isère")
	findsNothingInThread(t, eng, append(prior, "In sheet 6, who's the lead?"), []string{
		"and is there a deadline attached to it?",
		"c'est prévu pour quand ?",
		"and when is it due?",
	})
}

// "Anything similar in the other schéma?" after a fiche that no fiche of
// the other schéma matches as a whole finds the passage of the other
// schéma on the thread fiche's subject.
func TestCounterpartFoundInAPassage(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"Health follow-up of children in care in Isère: who is accountable for that fiche?"}, []string{
		"does Moselle have anything similar for kids in care?",
		"la Moselle a prévu quelque chose de similaire ?",
		"is there an equivalent in the Moselle schéma?",
	}, "référence santé")
}

// "Et la Moselle, elle fait quoi sur les violences intrafamiliales ?"
// after a question on Isère's fiche on violences conjugales names a topic
// of its own: it is asked as such, not as the thread's question asked of
// Moselle. "Et dans l'autre schéma, ça donne quoi ?" names none and still
// asks the thread's question there.
func TestFollowUpWithATopicOfItsOwnInTheOtherSchema(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Sur les violences conjugales, qu'est-ce que l'Isère prévoit concrètement pour protéger les enfants ?"}
	answersInThread(t, eng, prior, []string{
		"Et la Moselle, elle fait quoi sur les violences intrafamiliales ?",
		"et en Moselle, qu'est-ce qui est prévu sur les violences intrafamiliales ?",
		"ok merci ! et côté Moselle, sur les violences intrafamiliales ?",
	}, "Fiche action n°3")
	answersInThread(t, eng, []string{"Dans le schéma isérois c'est quelle fiche action qui traite de l'accueil des mineurs non accompagnés ?", "et c'est piloté par qui ?"}, []string{
		"et dans l'autre schéma, ça donne quoi ?",
		"and in the other schéma?",
		"même question pour l'autre schéma",
	}, "Fiche action n°11")
}

// What a body is made of is answered by the sentence that says so, even
// with an acronym in the words around the question.
func TestCompositionOfABody(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, dans le schéma isérois on parle beaucoup d'un « comité des usagers ». C'est composé de qui exactement ? (question pour mon dossier de DEASS)",
		"le comité des usagers de l'Isère, qui y siège ?",
		"who sits on the Isère 'comité des usagers'?",
	}, "parents et de jeunes")
}

// "Un équivalent pour associer les familles ?" asks for a counterpart:
// "équivalent" is no word to search, and does not find "Équivalent temps
// plein" in a glossary.
func TestEquivalentIsNoSearchWord(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"En Isère ils ont monté un \"comité des usagers\" pour écrire le schéma. Il était composé de qui ?"}
	answersInThread(t, eng, prior, []string{
		"Et en Moselle, il y a un équivalent pour associer les familles ?",
		"et côté Moselle, un équivalent pour associer les familles ?",
	}, "Paroles de familles")
	for _, f := range []string{
		"Et en Moselle, il y a un équivalent pour associer les familles ?",
		"ok merci. En Moselle, il existe un équivalent pour associer les familles ?",
		"et en Moselle, un équivalent ?",
	} {
		if a := askInThread(eng, prior, f); strings.Contains(a.Text, "Equivalent temps plein") {
			t.Errorf("%q after %q: got %q, the glossary's Equivalent temps plein", f, prior, a.Text)
		}
	}
}

// An acronym that completes a noun ("les sorties sèches de l'ASE") only
// says whose: "… : qu'est-ce que l'Isère veut faire ?" asks what is
// planned about the noun, not what the acronym means.
func TestAcronymCompletingANounIsNotAsked(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"sorties seches de l'ASE : qu'est ce que l'Isère veut faire ?",
		"sorties sèches de l'ASE : qu'est-ce que l'Isère prévoit ?",
		"bonjour ! les sorties sèches de l'ASE : qu'est-ce que le schéma de l'Isère veut faire ?",
	}, "Fiche action n°26")
	answersAll(t, testEngine(t), []string{
		"CRIP : qu'est-ce que c'est ?",
		"la CRIP : qu'est ce que c'est ?",
		"salut, CRIP : qu'est-ce que ça veut dire ?",
	}, "Cellule de recueil des informations préoccupantes")
}

// A manner word ("concrètement", "concretely") asks for the actions only
// when no field is named: "et concrètement les indicateurs ?" asks for
// the indicators.
func TestMannerWordGivesWayToTheFieldNamed(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Quel est l'objectif de la fiche sur l'évaluation des effets de la politique départementale en Moselle ?"}
	answersInThread(t, eng, prior, []string{
		"et concretement les indicateurs de réalisation c'est quoi",
		"concrètement, les indicateurs ?",
		"ok, and concretely what are the indicators?",
	}, "tableau de suivi")
	answersInThread(t, eng, prior, []string{
		"et concrètement, on fait quoi ?",
		"concretely, what's planned?",
		"ok merci. concrètement ça donne quoi ?",
	}, "étude longitudinale")
}

// What the asker says of themselves in brackets after the question ("(I'm
// the evaluation officer)") is no topic: the follow-up stays on the
// thread's fiche.
func TestSelfInBracketsIsNoTopic(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"sorties sèches de l'ASE : qu'est-ce que l'Isère prévoit ?"}, []string{
		"which indicators will be tracked? (I'm the evaluation officer)",
		"quels indicateurs ? (je suis chargée d'évaluation)",
		"and the indicators? (asking for our evaluation team)",
	}, "sorties sèches")
}

// "À Vienne" names a town, where the asker works: a département is "en
// Vienne" or "dans la Vienne". The question is asked of the schémas held.
func TestTownAfterAIsNoDepartement(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"éducatrice PJJ à Vienne : sur la lutte contre les sorties sèches, la PJJ fait partie des acteurs associés ?",
		"je bosse à Vienne, en Isère les acteurs associés contre les sorties sèches c'est qui ?",
		"Bonjour, assistante sociale à Vienne. Qui sont les acteurs associés de la fiche sur les sorties sèches en Isère ?",
	}, "Missions Locales")
}

// "Le schéma s'organise autour de quels grands objectifs ?" asks for the
// schéma's orientations.
func TestOrganisedAroundAsksTheOrientations(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, je viens d'arriver comme directrice territoriale en Isère. Le schéma enfance famille s'organise autour de quels grands objectifs ?",
		"the Isère plan is organised around what?",
		"le schéma de l'Isère se structure autour de quoi ?",
	}, "Sécuriser les parcours")
}

// Two fields asked as alternatives ("pilote ou seulement partenaire ?")
// are both shown.
func TestFieldsAskedAsAlternatives(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Moselle fiche 8 : la MDPH est dans les pilotes ou seulement dans les contributeurs ?",
		"fiche 8 de la Moselle, pilotes ou contributeurs ?",
		"Moselle, fiche 8: is the ARS among the pilots or only the contributors?",
	}, "MDPH", "Etablissements et services médico-sociaux")
}

// "The one about unaccompanied minors" after a list of one orientation's
// fiches is the listed fiche on that topic, not a fiche of the other
// schéma; what the thread asks next stays on it.
func TestOneOfTheListedByItsTopic(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Could you give me the main orientations of the Moselle schéma 2019-2023?", "Thanks. Which fiches belong to orientation 4?"}
	answersInThreadWithout(t, eng, prior, []string{
		"ok and the one about unaccompanied minors, how will they measure if it works? what indicators",
		"et celle sur les mineurs non accompagnés, c'est quoi les indicateurs ?",
		"the one on unaccompanied minors: indicators?",
	}, "Fiche action n°11", "Isère")
	findsNothingInThread(t, eng, append(prior, "ok and the one about unaccompanied minors, how will they measure if it works?"), []string{
		"and what's the deadline for that fiche? like which year should it be done",
		"et c'est prévu pour quand ?",
		"when is it due?",
	})
}

// A date that the fiche found by its topic does not give (Moselle's
// fiches have no calendar) is looked for in the schéma's narrative, where
// it may be written.
func TestDateInTheNarrativeWhenTheFicheHasNone(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"SI project lead here. When was the new PPE form supposed to be computerised in Moselle?",
		"Quand le nouveau formulaire PPE devait-il être informatisé en Moselle ?",
		"bonjour, l'informatisation du formulaire PPE en Moselle c'était prévu pour quand ?",
	}, "semestre 2019")
}

// "Psychiatry", "psychiatrists", "hospital" find the schéma's own words
// ("pédopsychiatres", "CHS", "soins").
func TestPsychiatryFindsTheCareFiche(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"I'm a child psychiatrist at the hospital in Sarreguemines. Does the Moselle plan say anything about working with hospital psychiatry?",
		"does the Moselle schéma plan anything with hospital psychiatry?",
		"in Moselle, what about hospital psychiatry?",
	}, "Fiche action n°8|fiche 8")
}

// surfaceOf finds a term's words as the text writes them, and nothing
// when they are not there in a row.
func TestSurfaceOf(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"whats this comité des usagers in Isère? who's on it", "comité des usagers"},
		{"c'est quoi leurs intitulés en gros ?", ""},
		{"le comité, il est composé des usagers ?", ""},
	} {
		if got := surfaceOf(tc.text, retrieval.Terms("comité des usagers")); got != tc.want {
			t.Errorf("surfaceOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := surfaceOf("et l'équivalent côté Moselle ?", nil); got != "" {
		t.Errorf("surfaceOf with no term = %q, want nothing", got)
	}
}
