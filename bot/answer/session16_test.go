package answer

import (
	"testing"
)

// A figure's follow-up that names only a year ("et en 2014 ?", "what
// about 2014 over there?") asks the thread's figure of the schéma the
// thread has moved to; "là-bas" / "over there" is no topic. The answer
// speaks the language of the question asked again, the language its
// words are understood in.
func TestFigureFollowUpKeepsTheThreadsSchema(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Combien de mineurs non accompagnés accueillis en Moselle fin 2018 ?", "Et en Isère ?"}
	answersInThread(t, eng, prior, []string{
		"et en 2014 ?",
		"ok merci, et c'était combien là-bas en 2014 ?",
		"et en 2014 c t combien",
	}, "255", "D'après le schéma Isère")
	answersInThread(t, eng, prior, []string{
		"and in 2014?",
		"what about 2014 over there?",
		"thanks. And back in 2014?",
	}, "255", "Isère")
}

// A question word that ends its clause asks ("ça démarre quand et le
// bilan c'est quand"): the message is two questions about the thread's
// fiche.
func TestClauseFinalQuestionWordAsks(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"Le projet d'internat scolaire en Isère, il consiste en quoi ?"}, []string{
		"ça commence quand et le bilan c'est quand",
		"sa démarre quand et le bilan il est prévu quand",
		"bon, ça démarre quand et ça se termine quand ?",
	}, "Semestre 2 / 2019", "2021")
}

// "How is it structured?" asks for the schéma's orientations.
func TestStructureAsksTheOrientations(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"How is the Isère plan structured?",
		"le schéma de l'Isère est structuré comment ?",
		"hello, for onboarding: how's the Isère schéma structured?",
	}, "Objectif stratégique 1")
}

// Words of the trade and of chat for fields: "la fiche veut quoi" asks
// its objectives, "le planning" its calendar, "accountable" its pilot;
// "young people nearing 18" are those approaching their majority.
func TestMoreWordsForFields(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"la fiche sur l'accueil d'urgence en Isère, elle veut quoi ?",
		"l'accueil d'urgence isérois : la fiche veut quoi au juste ?",
		"bonjour, les foyers d'urgence en Isère, la fiche veut quoi ?",
	}, "accueil inconditionnel")
	answersAll(t, eng, []string{
		"c'est quoi le planning de la refonte du PPE en Isère ?",
		"quel planning pour la refonte du PPE isérois ?",
		"salut, le planning pr la refonte du PPE en isère stp",
	}, "Semestre 2 / 2020")
	answersAll(t, eng, []string{
		"Who is accountable for emergency reception in Isère?",
		"which service is accountable for the Isère emergency reception fiche?",
		"quick one: who's accountable for Isère's emergency shelters plan?",
	}, "Le pilote")
	answersAll(t, eng, []string{
		"Moselle: who contributes to the fiche on young people nearing 18?",
		"which partners for Moselle's fiche on teens about to turn 18?",
		"hi! the Moselle fiche for kids almost 18, who are the contributors?",
	}, "Entreprises du territoire")
}

// A length of time asked ("la durée moyenne de séjour") is not answered
// by the indicator that will measure it; a length the text states is.
func TestDurationAskedWantsALength(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"quelle est la durée moyenne de séjour actuelle à l'accueil d'urgence en Isère ?",
		"what is the average length of stay in Isère's emergency reception today?",
		"bonjour, la durée moyenne de séjour au foyer d'urgence isérois, elle est de combien en ce moment ?",
	})
	answersAll(t, eng, []string{
		"combien de temps dure la formation des cadres de l'ASE au statut de l'enfant en Isère ?",
		"la formation des cadres ASE sur le statut de l'enfant, ça dure combien ?",
		"how many days does the Isère training of ASE managers on children's legal status last?",
	}, "3 jours")
}

// A count asked of the thread's fiche ("et combien d'enfants ont déjà
// changé de statut grâce à elle ?") is not answered by the fiche's card
// when no line of it gives that count.
func TestCountTheThreadsFicheDoesNotGive(t *testing.T) {
	findsNothingInThread(t, testEngine(t), []string{
		"La commission pluridisciplinaire sur le statut des enfants confiés en Isère, elle doit être en place quand ?",
		"et concrètement, elle fait quoi ?",
	}, []string{
		"et combien d'enfants ont déjà changé de statut grâce à elle ?",
		"ok. combien de dossiers a-t-elle examinés depuis ?",
		"and how many children has it already reviewed?",
	})
}

// A rate asked ("the staff turnover rate") wants a figure; a line that
// names a rate without one is no answer.
func TestRateAskedWantsAFigure(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"What is the staff turnover rate in Isère's ASE teams?",
		"what was the turnover of ASE staff in Isère last year?",
		"hi, the Isère plan wants to stabilise teams: what's the staff turnover rate there?",
	})
}

// What is counted may carry its complement ("combien de conférences des
// familles"): a figure of conférences de territoire does not count them.
func TestCountedThingKeepsItsComplement(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"combien de conférences des familles la Moselle a-t-elle organisées depuis 2019 ?",
		"la Moselle a organisé combien de conférences des familles en 2020 ?",
		"bonjour, combien de conférences des familles ont déjà eu lieu en Moselle ? on voudrait le bilan",
	})
	answersAll(t, eng, []string{
		"combien de conférences de territoire la Moselle a-t-elle organisées pour son schéma ?",
		"pour l'élaboration du schéma mosellan, combien de conférences de territoire ?",
		"combien de conférences de territoire ont été organisées en Moselle ?",
	}, "5 territoires")
}

// "Quelle fiche traite de X ? je la trouve pas": "traite" and the
// asker's not finding it are no topic.
func TestWhichFicheDealsWithItAmidChat(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Quelle fiche de l'Isère traite de l'internat scolaire ? je la trouve pas",
		"je ne trouve pas la fiche qui traite de l'internat scolaire en Isère, laquelle c'est ?",
		"which Isère fiche deals with school boarding? I can't find it",
	}, "Fiche 8|fiche 8")
}

// A period in what the asker tells of a case ("elle rentre chez sa mère
// le mois prochain", "one of our kids turns 18 next month") is no period
// asked: the plan's answer stands, dated or not.
func TestPeriodOfTheAskersCaseIsNotAsked(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Je suis éducatrice en MECS, une jeune qu'on suit rentre chez sa mère le mois prochain. Quels objectifs la Moselle se fixe pour que les retours à domicile durent ?",
		"Un de nos jeunes rentre en famille le mois prochain. Quels sont les objectifs de la fiche Moselle sur les retours à domicile ?",
		"one of our kids goes back home next month. What are Moselle's objectives to make returns home last?",
	}, "Objectifs|Objectives")
	answersAll(t, eng, []string{
		"a 17-year-old in one of our Isère MECS turns 18 next month. what does the schéma plan for young people approaching adulthood?",
		"Notre jeune de 17 ans a 18 ans le mois prochain. Que prévoit le schéma de l'Isère pour l'accès à l'autonomie des jeunes majeurs ?",
		"my 17-year-old turns 18 next month: what actions does Isère plan for young adults leaving care?",
	}, "entretien à 16 ans|Entretien")
}

// "How many people attended / answered…" counts people: what they did is
// not what is counted, and no orientation is counted either.
func TestHowManyPeopleDid(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"How many people answered the Moselle online barometer?",
		"how many people responded to the survey Moselle ran to prepare its schéma?",
		"quick one: how many people answered the barometer in Moselle?",
	}, "700|698")
	answersAll(t, eng, []string{
		"How many people attended the Moselle departmental conference where the orientations were presented?",
		"roughly how many people came to Moselle's conference presenting the orientations?",
		"combien de personnes ont assisté à la conférence départementale de Moselle qui a présenté les orientations ?",
	}, "450")
}

// Who sits beside the pilot asks for the partners; what a fiche "wants
// to improve" asks for its objectives.
func TestBesidesThePilotAndWantToImprove(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"who sits alongside the pilot on the ODPE training commission action in Isère?",
		"Who's on board for Isère's ODPE training commission besides the Department?",
		"la commission formation de l'ODPE en Isère : qui d'autre à côté du pilote ?",
	}, "IFTS|Institut de Formation en Travail Social")
	answersAll(t, eng, []string{
		"What does Isère want to improve with fiche 2?",
		"fiche 2 de l'Isère, elle veut améliorer quoi ?",
		"hi, what is Isère hoping to improve with its PMI fiche on diverse publics (fiche 2)?",
	}, "Objectives|Les objectifs|Objectifs")
}

// Two counts in one sentence, the second after a preposition ("dans
// combien d'établissements, avec combien de moniteurs ?"), are both
// asked.
func TestTwoCountsAfterPrepositions(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"L'internat scolaire en Isère, ça consiste en quoi ?"}, []string{
		"et l'expé se fait dans combien d'établissements, avec combien de moniteurs ?",
		"ok, et c'est dans combien d'établissements, pour combien de moniteurs ?",
		"bonjour, dans combien d'établissements, avec combien de moniteurs éducateurs ?",
	}, "8 établissements", "6 moniteurs")
}

// An acronym asked alone, with where the asker met it in brackets ("RAPT??
// (Moselle doc, fiche 8)"), asks what it means.
func TestAcronymAskedWithItsSourceInBrackets(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"RAPT?? (Moselle doc, fiche 8)",
		"RAPT ? (vu dans la fiche 8 de la Moselle)",
		"RAPT? [Moselle, fiche 8]",
	}, "Réponse accompagnée pour tous")
}

// How a figure changed ("a plus que triplé", "doubled") is printed as two
// figures; the word asked is no topic the documents lack. "Pour un élu"
// says who the note is for.
func TestChangeOfAFigureAsked(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, je prépare une note pour un élu. C'est vrai que le nombre de MNA placés a plus que triplé en Moselle ? le schéma donne quels chiffres ?",
		"le nombre de placements MNA a triplé en Moselle entre 2013 et 2018 ?",
		"Moselle: have MNA placements tripled since 2013? what figures does the plan give?",
	}, "362")
}

// "Write the schéma" is its élaboration: the firm that helped write it is
// the one that helped draw it up.
func TestWritingTheSchemaIsDrawingItUp(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"which consultancy helped isere write the schéma",
		"who helped Isère write its plan? a consultancy?",
		"hi! which firm did Isère work with to write its schéma?",
	}, "ENEIS")
}

// An acronym quoted, or alone in the last sentence that asks what it is,
// asks for its meaning whatever the chat before names ("the boarding
// pilot"); a field asked of a quoted acronym stays a field.
func TestAcronymMetInAFicheAskedWhatItIs(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"In the list of schools for the boarding pilot in Isère there's 'LEAP' everywhere. What is a LEAP?",
		"dans la fiche internat de l'isère il y a plein de « LEAP », c'est quoi ?",
		"the Isère boarding fiche lists LEAP schools. what does LEAP stand for?",
	}, "Lycée d'enseignement agricole privé")
	answersAll(t, eng, []string{"Le « PPE », il est piloté par qui en Isère ?"}, "Fiche action n°14")
}

// A passage quoted to be explained ("« … », ça veut dire quoi ?") is
// looked for where it is written, not read as the acronym it holds nor as
// the field its words name.
func TestQuotedPassageToExplain(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Pouvez-vous m'expliquer la fiche 24 de l'Isère ? dans les objectifs il y a « l'ASE restant responsable et garant du parcours », ça veut dire quoi en pratique ?",
		"fiche 24 Isère : « l'ASE restant responsable et garant du parcours », qu'est-ce que ça veut dire ?",
		"In Isère fiche 24 the objectives say 'l'ASE restant responsable et garant du parcours' - what does that mean in practice?",
	}, "Redéfinir les responsabilités partagées")
}

// A part of a fiche named by its heading in quotes ("le bloc « indicateurs
// de réalisation »") is the field asked, though quoted words ask nothing
// elsewhere.
func TestPartOfAFicheNamedInQuotes(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Dans le bloc « indicateurs de réalisation » de la fiche 14 Moselle je vois une conférence... vous pouvez me lister tout le bloc ?",
		"fiche 14 de la Moselle, la rubrique « indicateurs de réalisation » contient quoi ?",
		"Moselle fiche 14: can you list the whole 'indicateurs de réalisation' block?",
	}, "Existence d'un tableau de suivi d'indicateurs pour l'ODPE")
}
