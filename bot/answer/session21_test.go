package answer

import (
	"strings"
	"testing"
)

// "In which years is … carried out?" asks for the calendar, although
// "carried out" may also ask what is done: the years asked for decide.
func TestWhichYearsAsksCalendar(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"in which years is Isère fiche 12 carried out?",
		"hi! which year will the initial health assessments of children in care be carried out in Isère? thanks",
		"en quelle année sont réalisés les bilans de santé des enfants confiés en Isère ?",
	}, "Semestre 1 / 2020")
	answersAll(t, testdataEngine(t, "layouts", "seine-et-marne-2024-2028.pdf"), []string{
		"Seine et Marne: in which years is the rural LAEP action carried out?",
		"which years are the LAEP in rural areas opened?",
		"bonjour, en quelles années ouvrent les LAEP ruraux ?",
	}, "2025-2026")
}

// A list of the axes laid out as a table ("Axe 2 Mieux repérer… (fiches 4
// à 6)") answers "what are the axes", each with its fiches.
func TestAxesFromTableRows(t *testing.T) {
	answersAll(t, testdataEngine(t, "layouts", "seine-et-marne-2024-2028.pdf"), []string{
		"c'est quoi les grands axes du schéma 77 2024-2028 ?",
		"what are the main axes of the plan?",
		"salut ! tu peux me rappeler les axes du schéma ? c'est pour une réunion",
	}, "Mieux repérer et évaluer les situations de danger (fiches 4, 5, 6)")
}

// "Quelqu'un" asks who, as "qui" does: it is no word of the topic that the
// documents would have to hold.
func TestSomeoneIsNoTopicWord(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Les enfants placés en Moselle, est-ce qu'il y a quelqu'un qui suit leur santé ?",
		"hello, in Moselle is there someone who keeps track of the health of children in care?",
		"bonjour, y a-t-il quelqu'un chargé du suivi de la santé des enfants placés en Moselle ? merci",
	}, "santé")
}

// A dictated question, numbers and acronyms spelled out as speech-to-text
// writes them, is answered as the same question typed.
func TestDictatedQuestionsAnswerAsTyped(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"qui pilote la fiche douze en isère",
		"who pilots fiche twelve in isere",
		"euh alors la fiche action numéro douze de l'isère c'est qui le pilote",
	}, "Médecin départemental de PMI")
	answersAll(t, eng, []string{
		"c'est quoi les indicateurs de la fiche dix non pardon la neuf de la moselle",
		"indicators of moselle fiche ten sorry no nine",
		"moselle fiche huit euh non enfin la neuf les indicateurs",
	}, "Nombre de parrainages")
	answersAll(t, eng, []string{
		"c'est quoi une c t t je l'ai vu dans le glossaire du schéma",
		"c t t ça veut dire quoi en moselle",
		"um what does c t t stand for in the moselle plan",
	}, "Commission territoriale transversale")
}

// "Ils parlent de la CRIP, c'est quoi ?": the verb says where the acronym
// was met; the acronym is what is asked about.
func TestAcronymMetThenAsked(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"dans le document de l'isère ils parlent de la CRIP c'est quoi",
		"j'ai entendu parler de la CRIP en Isère, c'est quoi ?",
		"in the Isère plan they keep talking of the CRIP, what is it?",
	}, "Cellule de recueil des informations préoccupantes")
}

// "L'action 5 de cette fiche", "fiche 13, action 5": an action a fiche
// numbers within itself, not the fiche numbered 5.
func TestActionNumberedWithinFiche(t *testing.T) {
	eng := testEngine(t)
	for _, f := range []string{"et l'action 5 de cette fiche ?", "and what's action 5 in that fiche", "ok, action 5 of the fiche: what is it?"} {
		a := askInThread(eng, []string{"qui pilote la fiche 13 en Moselle ?"}, f)
		if !strings.Contains(a.Text, "Julie CHAPEAU") || strings.Contains(a.Text, "n°5") {
			t.Errorf("%q after fiche 13: got %q, want its action 5", f, a.Text)
		}
	}
	answersAll(t, eng, []string{
		"Moselle fiche 7, action 5 : c'est quoi ?",
		"what does action five of moselle fiche seven say",
		"dans la fiche 7 de la Moselle, l'action 5 prévoit quoi ?",
	}, "protocole de passage à la majorité")
}

// A question buried in a story, or after a cry that asks nothing the
// schéma holds ("C'est normal ??"), is answered from the sentence that
// asks about the schéma.
func TestQuestionAfterStory(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Ma fille (14 ans) a été placée en urgence il y a 3 mois et elle y est encore, personne ne sait où elle ira après. C'est normal ?? Le schéma de l'Isère dit quoi sur l'accueil d'urgence",
		"I'm so tired. My son has been in an emergency shelter for months! Is that normal?! What does the Isère plan say about emergency reception",
		"j'en peux plus, vraiment. c'est quoi ce système ? bref, en Isère le schéma prévoit quoi pour l'accueil d'urgence",
	}, "accueil inconditionnel")
	answersAll(t, testEngine(t), []string{
		"Bonsoir. Mon fils est placé et je peux le voir seulement en visite médiatisée, a plus d'une heure de chez moi, sans voiture c'est l'enfer. Est ce que le département de l'isere a prévu des lieux de visite plus près",
		"l'isère a prévu des lieux de visite plus près ?",
		"hello, visits with my daughter are 1h away. in Isère, any plan for visiting places closer to families?",
	}, "à proximité du lieu de résidence")
}

// "Quels indicateurs on s'est fixés ?", "how is X going to evaluate…":
// the words that say the field was set, or that ask how something will be
// judged, ask for the indicators and name no topic.
func TestIndicatorsSetOrEvaluated(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Et chez nous en Isère, sur le PPE, quels indicateurs on s'est fixés ?",
		"quels indicateurs ont été retenus pour le PPE en Isère ?",
		"what indicators did Isère set for the PPE?",
	}, "Conforter la mise en œuvre du Projet pour l'enfant", "Indicat")
	answersAll(t, eng, []string{
		"How is Isère going to evaluate its school boarding experiment (internat scolaire)?",
		"how is the Isère plan going to measure the internat scolaire thing?",
		"hi, how are they going to assess school boarding in Isère?",
	}, "moniteurs éducateurs recrutés")
}

// A message that asks a thing the schéma does not hold keeps its "not
// found", though one of its sentences alone would be answered.
func TestBuriedQuestionKeepsRefusals(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"who heads the ODPE in Moselle? name pls",
		"slt. vous savez combien le département de l'Isère met sur les internats scolaires ? le budget en euros",
		"Bonjour. Qui est le médecin référent protection de l'enfance en Moselle ? il me faut son nom",
	})
}

// "Dans l'édito, quel est le « parti pris fort » ?" asks for what the
// editorial says; "qui a signé l'édito ?" for who signed it.
func TestEditorialSaysOrSigns(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Dans l'édito de l'Isère, quel est le « parti pris fort » du schéma ?",
		"dans l'édito du président de l'isère il parle d'un « parti pris fort », c'est quoi exactement ?",
		"In the Isère editorial, what is the strong stance (parti pris fort) the plan takes?",
	}, "donner la parole aux enfants")
	answersAll(t, eng, []string{
		"qui a signé l'édito en Isère ?",
		"who wrote the editorial of the Isère plan?",
		"l'édito de l'Isère, c'est signé par qui ?",
	}, "Barbier")
}

// "J'ai besoin du nom", "il me faut le nom pour un mail": a request for
// a person's name, which a schéma that names roles does not hold, even
// after a question its role would answer.
func TestNameNeededAfterRoleQuestion(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"c'est qui le chef de service APE à la DEJS en ce moment ? j'ai besoin du nom",
		"Qui est le ou la chef de service APE à la DEJS de l'Isère en ce moment ? il me faut le nom pour un mail",
		"who is the head of the PMI service in Isère right now? I need the name for an invite",
	})
}

// "C'est quoi les partenaires associés ?" asks for the fiche's partners,
// not what the topic named before it means.
func TestWhatAreThePartnersIsNoDefinition(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"pour l'internat scolaire en isere c'est quoi les partenaires associés",
		"l'internat scolaire en Isère, c'est quoi ses partenaires ?",
		"c'est quoi les acteurs associés de l'internat scolaire en Isère ?",
	}, "Groupement d'employeurs Message")
}

// A correction or a filler ("ah pardon", "euh") in a follow-up names no
// topic: the thread's fiche is still the one asked about.
func TestFollowUpWithFillers(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"la fiche quatorze elle parle de quoi"}, []string{
		"ah celle de l'isère pardon c'est qui le pilote",
		"euh celle de l'Isère, qui la pilote ?",
		"oops I meant the Isère one, who leads it?",
	}, "Chef de Service Accompagnement de l'Enfant")
}

// A rare word of the documents typed alone with the schéma's place
// ("parrainage moselle") is a topic the few passages that use it answer.
func TestRareWordAlone(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"parrainage en moselle",
		"moselle parrainage",
		"le parrainage, en Moselle ?",
	}, "parrainage")
}

// "Comment ils vont savoir si ça a marché ?", "how will they track
// whether that works?": the thread's fiche's indicators; "works" names no
// fiche whose title says "fonctionnement".
func TestWhetherItWorksAsksIndicators(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"What is Moselle actually doing for young people in care approaching 18?"}, []string{
		"How are they going to track whether that works?",
		"et comment ils vont savoir si ça a marché ?",
		"ok, how would they know if it worked",
	}, "baux glissants")
}

// "C'est quoi le plan ?", "what's the plan for…?" ask what is planned:
// the fiche's actions. "What's the Isère plan trying to achieve?" names
// the document and asks its aims.
func TestWhatsThePlanAsksActions(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"la refonte de l'aide a domicile en isère pour les niveaux un a trois c'est quoi le plan",
		"pour l'offre d'accompagnement à domicile en Isère, quel est le plan ?",
	}, "Réaliser un bilan des accompagnements")
	answersAll(t, eng, []string{
		"what's the plan for the commissions d'accueil pluriel in Isère?",
		"les commissions d'accueil pluriel en Isère, c'est quoi le plan ?",
	}, "cadres ASE")
	answersAll(t, eng, []string{
		"What's the Isère plan trying to achieve for unaccompanied minors (MNA)?",
		"what is the Isère plan aiming for with unaccompanied minors?",
	}, "orientation adaptée à chaque MNA")
}

// "What does the plan foresee for them?" asks what the fiche on the topic
// plans: its actions.
func TestForeseeAsksActions(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"I work with unaccompanied minors in Isère. What does the plan foresee for them?",
		"the Isère plan, what does it foresee for unaccompanied minors?",
		"what does the Isère plan foresee for MNA?",
	}, "appel à projet")
}

// "And the mental health one?" after "who pilots it?" asks the thread's
// question of the fiche its topic names, as "and for mental health?" does.
func TestAndTheOtherTopicKeepsTheQuestion(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"Hi! What does Isère plan for the health follow-up of children in care?", "who pilots it"}, []string{
		"and the mental health one?",
		"et celle sur la santé mentale ?",
		"and for mental health?",
	}, "Faciliter l'accès des enfants aux soins en santé mentale", "Directeur de l'Éducation, de la Jeunesse")
}
