package answer

import "testing"

// "Pendant la réunion", "à la réunion de jeudi": a French word that is also
// a département's name with its article, written in lower case, is that
// word, not a place no schéma covers.
func TestMeetingIsNoPlace(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"la fiche 11 c'est sur quoi déjà ? j'ai noté juste le numéro pendant la réunion",
		"La fiche 11 on en parle à la réunion de jeudi, c'est sur quoi ?",
		"fiche 11 ? c'était dit en réunion, la réunion de service",
	}, "Adapter les modalités de visite", "Poursuivre le déploiement de réponses")
	findsNothing(t, eng, []string{"Le schéma de La Réunion prévoit quoi sur les MNA ?"})
}

// "What period does each one cover?", "quelle période couvrent les deux
// schémas ?": the schémas counted and the verb "cover" belong to the
// question of the period, which each schéma answers.
func TestPeriodOfEachSchema(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"What period does each one cover?",
		"what period do the two plans cover?",
		"Quelle période couvrent les deux schémas ?",
		"Hi, I'm a researcher comparing the Moselle and Isère child-welfare plans. What period does each one cover?",
	}, "2020-2024|2020 to 2024", "2019-2023|2019 to 2023")
}

// "Children looked after" are the documents' "enfants pris en charge" as
// well as "confiés": a growth asked of them is the one the context gives.
func TestLookedAfterChildrenGrowth(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"What's the growth in the number of children looked after by ASE in Isère between 2014 and 2018?",
		"How much did the number of children looked after in Isère grow between 2014 and 2018?",
		"By how much has the number of children looked after by the ASE in Isère increased?",
	}, "16.4")
}

// A topic of one word ("l'internat en Isère ?"), or one wrapped in filler
// ("the boarding school thing", "tell me about"), that no sentence answers
// is answered by the fiche whose title names it.
func TestTopicNamingOneFicheTitle(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"l'internat en Isère ?",
		"c'est quoi les internats en Isère ?",
		"c'est quoi le truc des internats en Isère ?",
		"what's the boarding school thing in Isère about?",
		"tell me about the boarding schools in Isère",
	}, "Développer l'accueil en internat scolaire")
	// What no fiche holds stays unfound.
	findsNothing(t, eng, []string{
		"le parrainage en Isère ?",
		"Does the Moselle plan set any target for CMP waiting times for children in care?",
	})
}

// "Qui est associé aux travaux ? l'ADEPAPE en fait partie ?" in a thread
// on a fiche: an acronym that fiche names, asked with a field, checks that
// fiche's field.
func TestAcronymCheckedInTheThreadsFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Dans le schéma de l'Isère il y a une commission sur le statut des enfants confiés, c'est qui le pilote ?"}
	answersInThread(t, eng, prior, []string{
		"ok. qui est associé aux travaux ? l'ADEPAPE en fait partie ?",
		"quels partenaires ? l'ADEPAPE en fait partie ?",
		"et les acteurs associés, il y a l'ADEPAPE ?",
	}, "Fiche action n°27", "ADEPAPE")
}

// "Salut, je viens d'arriver à la DEJS. C'est qui qui pilote…?": the
// service the asker names by its acronym, told before the question, is no
// word of it; the département it names still places the question.
func TestIntroductionIsNoTopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"salut, je viens d'arriver à la DEJS (je viens de l'hospitalier). c'est qui qui pilote le suivi santé des gamins placés en Isère ?",
		"Bonjour, je suis nouvelle à la DEJS en Isère. Qui pilote le suivi de la santé des enfants placés ?",
		"Hi, I'm a nurse from the hospital, I just joined the DEJS in Isère. Who leads the health follow-up of children in care?",
	}, "Fiche action n°12", "Médecin départemental de PMI")
	answersAll(t, eng, []string{
		"Bonjour, je suis éducatrice à l'ASE en Isère. Le comité des usagers, il sert à quoi ?",
		"Hi, I'm a social worker with the ASE in Isère. What's the users' committee in the plan supposed to do?",
	}, "Fiche action n°15", "Co-construire")
}

// "Et en Moselle il y a un équivalent ?" of a fiche whose topic the other
// schéma treats within several fiches, none of them about it as a whole:
// those fiches, not a question back.
func TestCounterpartSpreadOverFiches(t *testing.T) {
	eng := testEngine(t)
	for _, prior := range [][]string{
		{"Qu'est-ce que le schéma de l'Isère prévoit pour les enfants exposés aux violences conjugales ?"},
		{"Bonjour, je suis éducatrice en Isère, qu'est-ce que le schéma prévoit pour les enfants exposés aux violences conjugales ?"},
	} {
		answersInThread(t, eng, prior, []string{
			"et en Moselle il y a un équivalent ?",
			"y a l'équivalent côté Moselle ?",
		}, "Fiche 3|fiche 3")
	}
}

// "Le CIDFF est dans la boucle ?", "is the CAF in the loop?" ask who takes
// part.
func TestInTheLoopAsksThePartners(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Qu'est-ce que le schéma de l'Isère prévoit pour les enfants exposés aux violences conjugales ?"}
	answersInThread(t, eng, prior, []string{
		"le CIDFF est dans la boucle ?",
		"et la gendarmerie, elle est dans la boucle ?",
		"is the police in the loop?",
	}, "Fiche action n°6", "acteurs associés|Partners")
}

// A count of the axes says the document's own word for its fiches
// ("18 engagements", "chantiers"), and an axis numbered by a letter
// ("Orientation A") is counted as "orientations".
func TestCountSaysTheFichesOwnNoun(t *testing.T) {
	e := layoutEngine(t, "haute-garonne-2029-2033.docx")
	answersAll(t, e, []string{
		"How many orientations and engagements does the Haute-Garonne plan have?",
		"combien d'orientations et d'engagements dans le schéma ?",
		"il y a combien d'orientations ?",
	}, "18 engagements", "rientations (")
}

// "Qui le signe ?", "who signs it?": the signatory of the schéma's
// editorial, asked with a pronoun.
func TestWhoSignsIt(t *testing.T) {
	e := layoutEngine(t, "indre-et-loire-2028-2032.pdf")
	answersAll(t, e, []string{
		"le schema d'indre et loire a ete adopté quand et qui le signe ?",
		"le schéma, qui le signe ?",
		"the Indre-et-Loire plan: who signs it?",
	}, "Sophie Marchandeau")
}

// "C'est combien par mois ?", "l'enveloppe prévue pour les honoraires ?"
// ask a sum: a fiche that states none does not answer them.
func TestSumsAskedInOtherWords(t *testing.T) {
	eng := testEngine(t)
	findsNothingInThread(t, eng, []string{"c quoi qui est prevu en Isère pour ceux qui vont avoir 18 ans ?"}, []string{
		"et l'aide jeune majeur c combien par mois ?",
		"and how much per month is the young adult allowance?",
	})
	findsNothingInThread(t, eng, []string{"Le Département de l'Isère veut se faire représenter par un avocat en cour d'appel, c'est quoi cette action ?"}, []string{
		"et l'enveloppe prévue pour les honoraires ?",
		"what are the lawyer's fees?",
	})
}

// "Les éducs de rue", "street workers" are the prévention spécialisée.
func TestStreetWorkersAreSpecialisedPrevention(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"prévention spécialisée en Isère : combien de jeunes suivis par les éducs de rue ?",
		"combien de jeunes suivis par les éducateurs de rue en Isère ?",
		"how many young people do street workers follow in Isère?",
	}, "4930")
}

// "Le Département allait se faire représenter…", "ils iraient…": the
// forms of "aller" that make a future of the past ask nothing of their
// own.
func TestFutureOfThePastIsNoTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, greffe du juge des enfants à Grenoble. On m'a dit que le Département de l'Isère allait se faire représenter par un avocat devant la cour d'appel, c'est dans le schéma ?",
		"le Département de l'Isère allait se faire représenter par un avocat devant la cour d'appel, c'est dans le schéma ?",
		"il paraît que l'Isère allait se faire représenter par un avocat en cour d'appel, c'est prévu ?",
	}, "fiche 31")
}

// "Combien de temps faut-il attendre ?", "the average waiting time" ask a
// duration: the fiche of the thread, or one found by its topic, that
// states none does not answer them.
func TestWaitingTimesTheFicheDoesNotGive(t *testing.T) {
	eng := testEngine(t)
	findsNothingInThread(t, eng, []string{"pour les visites en présence d'un tiers en Isère, il y a quelque chose de prévu ?"}, []string{
		"et il faut attendre combien de temps en moyenne pour avoir un créneau de visite ?",
		"what's the average waiting time for a visit slot?",
	})
	findsNothing(t, eng, []string{
		"quel est le délai d'attente pour une place en MECS en Isère ?",
		"What's the average waiting time for a placement in Isère right now?",
	})
}

// A field asked of a schéma after a sum or a count the thread asked ("how
// much does each spend per minor?", then "back to Moselle: what are they
// going to measure?") is that field, not the sum again.
func TestFieldAfterASumAskedBefore(t *testing.T) {
	eng := testEngine(t)
	prior := []string{
		"What does the Moselle plan say about unaccompanied minors?",
		"How much does each department spend per unaccompanied minor per year?",
	}
	answersInThread(t, eng, prior, []string{
		"Back to Moselle: what are they going to measure on this?",
		"and in Moselle, which indicators?",
	}, "Fiche action n°11", "FJT")
	answersInThread(t, eng, []string{
		"Que prévoit la Moselle pour les mineurs non accompagnés ?",
		"ça coûte combien par jeune et par an ?",
	}, []string{"et en Moselle, quels indicateurs ?"}, "Fiche action n°11", "FJT")
}

// "Y a quelque chose sur les fratries ?": whether a schéma has anything on
// one word it uses in a few passages only is answered by those passages.
func TestWhetherAnyOnARareWord(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"y a quelque chose sur les fratries en Moselle ?",
		"le schéma de la Moselle dit quelque chose sur les fratries ?",
		"Moselle : rien sur les fratries ?",
	}, "fratries")
	findsNothing(t, eng, []string{"y a quelque chose sur le parrainage en Isère ?"})
}

// "Qui pilote la fiche 6 en Isère ?" then "et en Moselle il y a un
// équivalent ?": the counterpart of Isère's fiche 6, not Moselle's fiche
// 6; "et en Moselle ?" alone still asks Moselle's fiche 6.
func TestEquivalentIsNoSameNumber(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"qui pilote la fiche 6 en Isère ?"}
	answersInThreadWithout(t, eng, prior, []string{
		"et en Moselle il y a un équivalent ?",
		"il y a un équivalent côté Moselle ?",
		"is there an equivalent in Moselle?",
	}, "iche 3", "Pilotes :")
	answersInThread(t, eng, prior, []string{"et en Moselle ?"}, "Consolider la mise en œuvre du Projet pour l'Enfant")
}
