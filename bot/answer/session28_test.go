package answer

import (
	"strings"
	"testing"
)

// "C'est quoi le nom de la personne qui pilote… ?", "j'aimerais avoir un
// nom à contacter": a person's name, which the schémas do not give (they
// name services and roles), however the request is put. The role itself
// may still be asked for.
func TestAPersonsNameIsNotGiven(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"c'est quoi le nom de la personne qui pilote la fiche 6 en Isère ?",
		"la personne responsable de la CRIP, c'est qui ? j'aimerais avoir un nom à contacter",
		"can I get the name of whoever leads fiche 3 in Moselle?",
		"hello 🙂 pour mon dossier il me faudrait avoir le nom du pilote de la fiche 12 en Moselle",
	})
	answersAll(t, eng, []string{
		"c'est quoi le nom du dispositif de la fiche 17 en Isère ?",
		"Qui est responsable de la CRIP en Isère ?",
	}, "fiche")
}

// "Family conferences in Isère?": an English topic that is one phrase of
// the vocabulary, read as two French words ("conférences familiales"),
// is as much a question as those two words typed.
func TestEnglishPhraseTopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"family conferences in Isère?",
		"is there anything on family conferences in the Moselle plan?",
		"hi 👋 family conferences, anything in the Moselle plan?",
	}, "conférences familiales|conférences des familles")
	// A word the documents lack besides the phrase still abstains.
	findsNothing(t, eng, []string{"are children in care put up in hotels in Moselle?"})
}

// "Est-ce que les deux schémas prévoient quelque chose pour…", "do both
// plans…": a question asked of every schéma gets each one's answer, the
// other schéma's fiche not having to score as well as the first.
func TestBothSchemasAnswerEach(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Est-ce que les deux schémas prévoient quelque chose pour les gens de la famille qui gardent les enfants ?",
		"les schémas prévoient quoi pour les gens de la famille qui gardent les enfants ?",
		"Bonjour, je suis grand-mère et j'ai mes petits-enfants à la maison depuis des mois. Est-ce que les schémas prévoient quelque chose pour les gens de la famille qui gardent les enfants ?",
	}, "Isère (2020-2024) — Fiche action n°9", "Moselle (2019-2023) — Fiche action n°9")
}

// "On est en Moselle (Forbach)", "coach dans un club à Échirolles": where
// the asker is, a town no document makes a topic of, is no word of the
// question.
func TestAskersTownIsNoTopic(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Le schéma de l'Isère prévoit quoi pour les tiers bénévoles ?"}
	answersInThread(t, eng, prior, []string{
		"On est en Moselle (Forbach). C'est qui qui pilote ça chez nous ?",
		"On est en Moselle (Sarreguemines). C'est qui qui pilote ça chez nous ?",
		"on bosse en Moselle (Thionville), qui pilote ça chez vous ?",
	}, "Moselle (2019-2023) — Fiche action n°9")
	answersAll(t, eng, []string{
		"Je suis coach dans un club de foot à Échirolles. Qui pilote la fiche sur l'internat scolaire en Isère ?",
		"prof à Voiron ici : qui pilote l'internat scolaire en Isère ?",
		"I'm a teacher in Échirolles: who leads the school boarding fiche in Isère?",
	}, "n°8")
	// "A PhD" in English: "a" is the article, not "à".
	answersAll(t, eng, []string{
		"Someone mentioned a PhD on returns home in the Moselle plan — what's that about?",
		"Moselle research actions - is there a PhD on kids returning home?",
	}, "CHAPEAU")
}

// "Ils ont parlé de la CRIP au téléphone, ça veut dire quoi ?": the way
// someone spoke is no phone number asked.
func TestByPhoneIsNoContactAsked(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"ils ont parlé de la CRIP au téléphone, ça veut dire quoi ce sigle ?",
		"they mentioned the ODPE on the phone, what does it stand for?",
		"on m'a parlé par mail de la CRIP, ça veut dire quoi ?",
	}, "signifie|stands for")
	findsNothing(t, eng, []string{"le téléphone de la CRIP en Isère ?", "what's the CRIP's phone number in Isère?"})
}

// "Si les petits retournent chez elle", "ces signalements": a phrase of
// the trade's synonyms is read in any form of its words, and the everyday
// "signalement" stands for the documents' "information préoccupante",
// unless the question tells the two apart.
func TestSynonymPhrasesInAnyForm(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"si les enfants rentrent chez leurs parents, le schéma de la Moselle prévoit un accompagnement ?",
		"si les enfants retournent chez leurs parents en Moselle, qu'est-ce qui est prévu pour les accompagner ?",
		"en Moselle, pour les enfants qui rentrent à la maison après un placement, il y a une fiche ?",
	}, "retours à domicile")
	answersAll(t, eng, []string{
		"En Isère, qu'est-ce qui est prévu pour le traitement des signalements ?",
		"le traitement des signalements en Isère, le schéma prévoit quoi ?",
		"Une assistante sociale est passée suite à un « signalement ». On habite à côté de Vienne (Isère). Le schéma du Département dit quoi sur la façon dont ils traitent ces signalements ?",
	}, "n°32|fiche 32")
}

// "Mon pote est placé en Moselle, c pareil là-bas ?": the other schéma's
// counterpart of the thread's fiche, the clause about the asker's own
// left aside and "c pareil" read as "c'est pareil".
func TestSameThereAfterAStory(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"slt, jai 16 ans je suis en foyer a grenoble depuis 2 ans. mon educ dit qu'a 18 ans faut que je me debrouille tout seul. c vrai ?? le departement prevoit quoi pour nous"}
	answersInThread(t, eng, prior, []string{
		"mon pote est placé en moselle lui, c pareil la bas ?",
		"ma cousine est en foyer en Moselle, c'est pareil chez eux ?",
		"en moselle c pareil ?",
	}, "Fiche 7|n°7")
}

// "C'est qui le juge des enfants à Metz ?": a judge is a person, whom the
// schémas do not name.
func TestAJudgeIsAPerson(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"c'est qui le juge des enfants référent à metz ? <@U0ABC> tu sais ?",
		"qui est le juge des enfants en Isère ?",
		"who is the juvenile judge in Moselle?",
	})
}

// "Qu'est-ce qui concerne les TISF là-dedans ?" asks what in the schéma
// concerns them, not what the acronym means.
func TestWhatConcernsIsAList(t *testing.T) {
	eng := testEngine(t)
	for _, q := range []string{
		"Qu'est-ce qui concerne les TISF dans le schéma de la Moselle ?",
		"Je viens d'être embauchée comme TISF à Thionville. Qu'est-ce qui concerne directement les TISF dans le schéma de la Moselle ?",
		"what concerns TISF in the Moselle plan?",
	} {
		a := askInThread(eng, nil, q)
		if !a.Found || strings.Contains(a.Text, "signifie") || strings.Contains(a.Text, "stands for") || !strings.Contains(a.Text, "2") {
			t.Errorf("%q: got %q, want the fiches that concern TISF", q, a.Text)
		}
	}
}

// "Par curiosité, et chez les voisins isérois…": chat and the neighbours
// are no topic.
func TestCuriosityAndNeighboursAreNoTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Par curiosité, et chez les voisins isérois, ils font quoi pour les tiers et c'est pour quand ?",
		"just out of curiosity, what does Isère do for volunteer third parties?",
		"par pure curiosité, chez nos voisins isérois ils font quoi pour les tiers ?",
	}, "n°9")
}

// "Do you know how many mothers got a home visit from a PMI midwife?":
// the documents count the mothers the PMI sees as "femmes".
func TestMothersAreWomen(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"do you know how many mothers got a home visit from a PMI midwife?",
		"how many mothers had a home visit by a PMI midwife in Isère?",
		"hi! number of mothers visited at home by PMI midwives in Isère?",
	}, "2282")
}

// "Il y a un truc sur le handicap, non ?": a tag that asks for agreement
// is no word of the topic.
func TestTagQuestionIsNoTopic(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Je suis TISF en Moselle, qu'est-ce qui concerne les TISF dans le schéma ?"}
	answersInThread(t, eng, prior, []string{
		"Il y a aussi un truc sur le handicap non ? ma collègue parlait de TISF handicap",
		"il y a aussi quelque chose sur les TISF et le handicap, non ?",
		"there's also something on TISF and disability, right?",
	}, "fiche 8|n°8")
}

// "On a un copil jeudi sur la régulation des places. Rappelez-moi le
// calendrier prévu ?": "rappelez-moi" and "prévu" ask, the sentence before
// names the topic.
func TestRemindMeTheCalendar(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"on a un copil jeudi sur la régulation des places. Rappelez-moi le calendrier prévu dans le schéma ?",
		"copil demain sur la régulation des places en Isère. Rappelle-moi le calendrier prévu ?",
		"we have a steering committee on Thursday about placement regulation in Isère. Remind me of the timetable?",
	}, "n°20")
}

// "Et pour l'accueil d'urgence, c'était prévu pour quand ?" on the fiche
// on placement regulation, which mentions emergency reception: a topic
// another fiche's title names whole is that fiche's.
func TestFollowUpNamingAnotherFichesTitle(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Rappelez-moi le calendrier de la fiche 20 de l'Isère ?"}
	answersInThread(t, eng, prior, []string{
		"et pour l'accueil d'urgence, c'était prévu pour quand ?",
		"et l'accueil d'urgence, c'est prévu quand ?",
		"and the emergency reception, when is it due?",
	}, "n°21")
}

// "J'ai droit à une indemnité ? c'est combien par mois ?", "the monthly
// rent": a sum of money the schémas do not give is not found, whichever
// word names it.
func TestAllowancesAndRentAreSums(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"Et est-ce que j'ai droit à une indemnité pour les garder en Isère ? c'est combien par mois ?",
		"am I entitled to an allowance as a volunteer third party in Isère?",
		"What would the monthly rent be at a centre parental in Isère?",
		"c'est quoi le loyer dans un centre parental en Isère ?",
	})
}

// "Combien d'enfants confiés à l'ASE dans le Gard ?": a figure is found
// by its words in a table of key figures, however long the table.
func TestFigureInAKeyFiguresTable(t *testing.T) {
	answersAll(t, layoutEngine(t, "gard-2029-2033.txt"), []string{
		"combien d'enfants confiés a l'ASE dans le Gard ?",
		"how many children are in the ASE's care in the Gard?",
		"nombre d'enfants confiés à l'ASE ?",
	}, "2 180")
}

// "A colleague mentioned a 'Petits Pas' programme, what's that about?":
// a name of capitalised words that one fiche's title carries names that
// fiche, though its small words ("pas") are no search words.
func TestSchemeNamedByItsName(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"A colleague mentioned a 'Petits Pas' programme, what's that about?",
		"c'est quoi Petits Pas ?",
		"Qui pilote la démarche Petits Pas Grands Pas ?",
	}, "n°3")
	answersInThread(t, eng, []string{"A colleague mentioned a 'Petits Pas' programme, what's that about?"}, []string{"who leads it?"}, "n°3")
}

// "On prépare le bilan sur les tiers bénévoles en Isère. Le calendrier
// prévu ?": the asker's work is no word of the topic; what it is about is.
func TestAskersWorkIsNoTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"on prépare le bilan sur les tiers bénévoles en Isère. Le calendrier prévu, c'était quoi ?",
		"je prépare une note sur les tiers bénévoles en Isère : c'est prévu pour quand ?",
		"I'm writing a report on volunteer third parties in Isère: when is it due?",
	}, "n°9")
}
