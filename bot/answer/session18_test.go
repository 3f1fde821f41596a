package answer

import (
	"testing"
)

// Whether a schéma has anything on a topic, asked in everyday words and
// often after the asker's own story, is answered by the fiche on that
// topic, whatever the words around.
func TestWhetherAnyIsAnsweredByTheFicheOnTheTopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Est-ce que le schéma de la Moselle dit quelque chose sur les retours à la maison ?",
		"Bonjour, mon fils est placé en Moselle depuis 2 ans, je voudrais qu'il rentre. Le schéma prévoit qqch sur les retours à la maison ?",
		"does the Moselle plan say anything about children going back home?",
	}, "Pérenniser les retours à domicile")
	answersAll(t, eng, []string{
		"le schéma de l'isère prévoit qqch pour les visites médiatisées ?",
		"je vois mon fils une heure par mois avec une éducatrice, c'est dur. y a un truc dans le schéma isère sur les visites médiatisées ?",
		"Is there anything in the Isère plan about supervised visits?",
	}, "visite en présence d'un tiers")
	answersAll(t, eng, []string{
		"does the Isère plan do anything about kids being dumped at 18?",
		"I aged out of care last year and slept on a friend's sofa. does the Isère plan do anything about that?",
		"le schéma de l'Isère prévoit quelque chose pour les jeunes qui se retrouvent à la rue en sortant de l'ASE ?",
	}, "sorties sèches")
}

// Whether a schéma has anything on a topic no document uses, or on a
// detail inside a fiche the question names, is not answered by a fiche's
// card.
func TestWhetherAnyKeepsToWhatIsAsked(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"does either plan say anything about the impact of Covid on child protection?",
		"le schéma de l'Isère dit quelque chose sur le cannabis chez les ados placés ?",
		"y a un truc dans le schéma moselle sur le harcèlement en ligne des ados ?",
	})
	answersAll(t, eng, []string{
		"dans la fiche innovation de la Moselle y'a un truc sur une thèse, c'est quoi exactement ?",
		"the Moselle innovation fiche mentions something about a PhD thesis, what is it?",
		"la fiche sur l'innovation en Moselle, y a qqch sur une thèse dedans ?",
	}, "Julie CHAPEAU")
}

// A line of chat to colleagues before the line that asks the bot, and the
// mentions of people anywhere, are not part of the question.
func TestMentionsAndChatToColleaguesAreNoQuestion(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"@here qqn a le nombre de jeunes majeurs accompagnés en Isère fin 2018 ? sinon je demande à @schemabot",
		"les gens je boucle la note ce soir, dsl pour le spam\n@schemabot nb de jeunes majeurs accompagnés en Isère au 31/12/2018 ?",
		"@channel petite question pour @marie : combien de jeunes majeurs accompagnés en Isère fin 2018 ?",
	}, "709")
	answersAll(t, eng, []string{
		"@paul tu peux regarder ça avec moi demain ?\n@schemabot qui pilote la fiche soin / handicap / éducatif en moselle ?",
		"@here réunion demain 9h, pensez au café ☕\n@schemabot who leads the Moselle fiche on soins/handicap/éducatif?",
		"@julie @marc on se voit jeudi ?\n@schemabot c'est qui le pilote de la fiche 8 en Moselle ?",
	}, "MDPH")
}

// A town where the asker is names the schéma of its département when one
// document alone names that town.
func TestTownNamesItsSchema(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"bjr je suis mna j'ai 16 ans je suis a grenoble dans un hotel. est ce que le departement va faire des vrai foyers pour nous ?",
		"I'm an unaccompanied minor living in Grenoble. who leads the fiche on our accommodation?",
		"éducatrice à Grenoble : qui pilote la fiche sur l'accueil des MNA ?",
	}, "Isère (2020-2024)")
	answersAll(t, eng, []string{
		"je travaille à Thionville, qui pilote la fiche sur le PPE ?",
		"social worker in Thionville here: who leads the fiche on the PPE?",
		"on est à Thionville au CDE, c'est qui le pilote de la fiche sur le projet pour l'enfant ?",
	}, "Moselle (2019-2023)")
}

// The schéma's aims asked in plain words are its orientations.
func TestPlainWordsAskForTheOrientations(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"j'ai pas le temps de lire 50 pages, en gros le schéma de la moselle il veut faire quoi ?",
		"le schéma moselle, il veut faire quoi ?",
		"what are the big goals of the Moselle child welfare plan, in a nutshell?",
	}, "AGIR EN PREVENTION")
}

// "La différence entre AED et AEMO" asks what both stand for.
func TestDifferenceBetweenAcronymsDefinesBoth(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"c quoi la différence entre AED et AEMO ? on m'a dit qu'on passait de l'un à l'autre",
		"what's the difference between AED and AEMO?",
		"Bonjour, quelle est la différence entre une AED et une AEMO svp ?",
	}, "Action éducative à domicile", "Assistance éducative en milieu ouvert")
}

// What the asker tells after a follow-up's question does not move the
// thread off its fiche.
func TestStoryAfterAFollowUpKeepsTheThreadsFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Est-ce que le schéma de la Moselle dit quelque chose sur les retours à la maison ?"}
	answersInThread(t, eng, prior, []string{
		"concrètement ils vont faire quoi pour aider les parents ? on a un petit appart et pas bcp de sous",
		"ils prévoient quoi pour les parents ? moi je suis seule avec trois enfants",
		"what will they actually do for the parents? we live in a tiny flat",
	}, "Pérenniser les retours à domicile")
}

// How often something happens is answered by the sentence that says so,
// not by a fiche's field; a topic whose frequency no sentence gives stays
// not found.
func TestHowOftenIsAnsweredByTheSentenceThatSaysSo(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"à quelle fréquence la Moselle évalue-t-elle les réalisations du schéma ?",
		"How often does Moselle evaluate the achievements of its schéma?",
		"bonjour, en Moselle les réalisations du schéma sont évaluées à quel rythme ?",
	}, "Annuellement")
	answersInThread(t, eng, []string{"Hey, we're on 'Consolider l'évaluation des effets de la politique départementale' (Moselle). Who are the pilots?"}, []string{
		"how often are we meant to evaluate the schéma's achievements?",
		"et on évalue les réalisations tous les combien ?",
		"à quelle fréquence faut-il évaluer les réalisations ?",
	}, "Annuellement")
	answersAll(t, eng, []string{
		"how often did the Isère users' committee meet while drafting the plan?",
		"le comité des usagers de l'Isère s'est réuni à quelle fréquence pendant l'élaboration ?",
		"Isère : tous les combien le comité des usagers s'est-il réuni pour écrire le schéma ?",
	}, "trois reprises")
	findsNothing(t, eng, []string{
		"à quelle fréquence se réunit la commission pluridisciplinaire sur le statut des enfants en Isère ?",
		"how often are foster carers trained in Isère?",
		"tous les combien les conférences familiales ont lieu en Isère ?",
	})
}

// In a schéma whose fiches are its "Engagements" (its axes being
// "Ambitions" or having no number), "l'engagement 4" is a fiche, not an
// axis.
func TestFicheNamedByTheDocumentsOwnWord(t *testing.T) {
	for _, tt := range []struct {
		file      string
		questions []string
		want      string
	}{
		{"yvelines-2022-2026.md", []string{"Qui pilote l'engagement 4 du schéma des Yvelines ?", "who leads engagement 4?", "bjr, engagement n°4 : c'est qui le pilote svp ?"},
			"CRIP 78"},
	} {
		answersAll(t, layoutEngine(t, tt.file), tt.questions, tt.want)
	}
}

// "Qui est censé animer…", "who do I talk to" ask for the pilot.
func TestWhoIsSupposedToAsksThePilot(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"coucou, je fais partie du comité des usagers en isère (ancienne de l'ase). c'est qui au département qui est censé animer le comité ?",
		"for the Isère users' committee, who is supposed to run it at the département?",
		"le comité des usagers de l'Isère, à qui je m'adresse pour y participer ?",
	}, "Conseillère technique politiques sociales")
}

// "X has a fiche on Y - what's the aim of it?" asks one field of that
// fiche after a dash, as after a comma; "what is it for" asks its aims.
func TestFieldAskedAfterADash(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"In Ireland we don't really use boarding schools as a child protection tool. Isère has a fiche on 'internat scolaire' - what's the aim of it?",
		"Isère a une fiche sur l'internat scolaire – quels sont ses objectifs ?",
		"the Isère fiche on boarding schools: what is it for?",
	}, "Développer l'accueil en internat scolaire", "bjecti")
	answersAll(t, eng, []string{
		"Isère plans a 'commission' on the legal status of children in care - sounds like our permanence planning panels. What is it for?",
		"la commission sur le statut des enfants en Isère, ça sert à quoi ?",
		"what's the point of the Isère commission on the status of children in care?",
	}, "Créer une commission départementale pluridisciplinaire", "bjecti")
}

// An age asked of a fiche's topic is answered by the sentence that gives
// it, not by a field that states none.
func TestAnAgeIsAnsweredByTheSentenceThatGivesIt(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"et en Moselle, a quel age l'entretien de preparation a la majorité est il organisé ?",
		"at what age does Moselle hold the interview preparing for adulthood?",
		"en Moselle l'entretien de préparation à la majorité c'est à quel âge ? je bosse en MECS",
	}, "17 ans")
}

// A year outside a schéma's period that its text never names is not the
// schéma's: what it plans then is not found; a year of its period is.
func TestYearOutsideTheSchemasPeriod(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"qu'est-ce que le schéma isère prévoit comme objectifs pour 2026 ?",
		"what's planned in Isère for 2027?",
		"bonjour, les échéances de la Moselle en 2025 svp ?",
	})
	answersAll(t, eng, []string{
		"qu'est-ce qui est prévu en Isère en 2021 ?",
		"Isère deadlines in 2021?",
	}, "2021")
}

// "Nommément", "by name" ask for a person's name, which the schémas do
// not give: a role is no name.
func TestANameAskedIsNotARole(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"c'est qui nommément le chef de service APE en Isère ? je dois lui envoyer ma fiche",
		"who is the head of the APE service in Isère, by name?",
		"what is the name of the person heading the APE service in Isère?",
	})
}

// An acronym that neither a glossary nor the text spells out is not
// defined by the passages that use it.
func TestAnAcronymNoTextSpellsOutIsNotFound(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"@schemabot SERAD ça veut dire quoi en toutes lettres ? pas trouvé dans le glossaire 😅",
		"what does SERAD stand for?",
		"SERAD, que signifie ce sigle ?",
	})
	answersAll(t, eng, []string{"que veut dire RAPT ?", "what does RAPT stand for?"}, "Réponse accompagnée pour tous")
}

// "C'est quoi ?" after a story that names one acronym asks what that
// acronym means; so does "what does X even mean?".
func TestWhatIsItAfterAStoryDefinesItsAcronym(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"le juge a parlé d'une OPP pour ma nièce à l'audience, personne m'a expliqué. c'est quoi ?",
		"at the hearing the judge mentioned an OPP for my niece. what's that?",
		"on me parle d'OPP depuis hier. ça veut dire quoi ?",
	}, "Ordonnance de placement provisoire")
	answersAll(t, eng, []string{
		"my caseworker in Moselle keeps saying I could sign a CJM when I turn 18. what does CJM even mean??",
		"my caseworker keeps saying CJM. what's that?",
		"mon éduc m'a parlé d'un CJM pour mes 18 ans. c quoi ?",
	}, "Contrat jeune majeur")
}

// Who wrote a schéma, with a consultancy or not, is its method of
// elaboration, which names the consultancy.
func TestWhoWroteTheSchemaIsItsMethod(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Comment le schema de l'Isere a ete construit ? il y a eu un cabinet de conseil ?",
		"Qui a rédigé le schéma de l'Isère ? le département tout seul ou avec un bureau d'études ?",
		"who wrote the Isère plan, a consultancy?",
	}, "ENEIS")
}

// "The protocol" in a thread about a fiche that holds a protocol is that
// fiche's, as "ce protocole" is.
func TestTheNounOfTheThreadsFiche(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"does the Isère plan do anything about kids being dumped at 18?",
	}, []string{
		"when is the protocol with the partners supposed to be done?",
		"and the protocol, who is working on it?",
		"et ce protocole, il est prévu pour quand ?",
	}, "Lutter contre les sorties sèches")
}

// Whether families or young people were consulted to write a schéma is
// its method.
func TestConsultedToWriteIsTheMethod(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"est ce que des jeunes placés ou des parents ont été consultés pour écrire le schéma de l'isère ou c'est que des pros entre eux ?",
		"were families consulted for the Isère plan?",
		"les familles ont été consultées pour écrire le schéma de l'Isère ?",
	}, "usagers")
}

// "Le guide il sort quand ?" in a thread about the fiche that holds a
// guide is that fiche's guide, not another fiche's.
func TestShortFollowUpNamesTheThreadsNoun(t *testing.T) {
	answersInThread(t, testEngine(t), []string{
		"Bonjour, famille d'accueil ici. L'accueil chez un tiers bénévole en Isère : qui pilote ?",
	}, []string{
		"le guide il sort quand ?",
		"et le guide, c'est pour quand ?",
		"when is the guide due?",
	}, "tiers bénévoles")
}

// "How many big objectives?" counts the schéma's axes, not a fiche's
// objectives.
func TestBigObjectivesAreTheAxes(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Can you give me a quick overview of the Isère plan? how is it organised, like how many big objectives?",
		"how many big objectives does the Isère plan have?",
		"combien de grands objectifs dans le schéma de l'Isère ?",
	}, "Cinq objectifs stratégiques (32|Five objectifs stratégiques (32")
}

// "Les indicateurs de réalisation de cette fiche" with no fiche in the
// thread asks which fiche: the kind of indicator is no topic that picks a
// fiche whose title holds "réaliser".
func TestIndicatorKindIsNoTopic(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"merci, et les indicateurs de réalisation de cette fiche ?",
		"et les indicateurs d'impact de cette fiche ?",
		"and the realisation indicators of this fiche?",
	})
	answersAll(t, eng, []string{
		"quels indicateurs de réalisation pour la fiche MNA de la moselle ?",
		"Moselle, fiche 11 : les indicateurs d'impact ?",
	}, "Davantage de mineurs non accompagnés")
}
