package answer

import "testing"

// "How many reports involved domestic violence?": a figure of all reports
// does not count those of one kind; what the schémas do not break down is
// not found. The total asked alone is still given.
func TestCountOfAKindIsNotTheTotal(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"How many child-concern reports involved domestic violence in Isère in 2018?",
		"combien d'IP liées à des violences conjugales en 2018 en Isère ?",
		"salut, pour un article : combien d'enfants victimes de violences conjugales en Isère ?",
		"number of reports due to school absenteeism in Isère in 2018?",
	})
	answersAll(t, eng, []string{
		"How many child-concern reports in Isère in 2018?",
		"combien d'informations préoccupantes en Isère en 2018 ?",
	}, "3 230")
}

// "In your opinion, which of the two does better?": a judgement is no
// fact of the schémas, and no passage that shares its words answers it.
// "Do you think the plan addresses…" asks what the plan holds.
func TestOpinionIsNotFound(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"in your opinion, which of the two départements is doing a better job?",
		"à ton avis, le schéma de l'Isère est-il assez ambitieux sur les MNA ?",
		"Which plan is better, Moselle or Isère?",
		"franchement, tu en penses quoi, c'est un bon schéma celui de la Moselle ?",
	})
	answersAll(t, eng, []string{
		"Do you think the Isère plan does anything for unaccompanied minors?",
		"à ton avis, quelle fiche de l'Isère parle des mineurs non accompagnés ?",
	}, "Mineurs Non Accompagnés|mineurs non accompagnés")
}

// "Quelle(s) fiche(s)": the inclusive plural asks for the list of fiches.
func TestInclusivePluralAsksTheList(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"les conférences familiales, c'est dans quelle(s) fiche(s) ?",
		"Quelle(s) fiche(s) parle(nt) des conférences familiales ?",
		"bonjour, dans quelle(s) fiche(s) il y a les conférences familiales svp",
	}, "Fiches qui traitent de ce sujet", "Fiche 15")
}

// "On a un copil jeudi sur le PPE, tu peux me résumer ce que prévoit le
// schéma 57 ?": the meeting the asker has is no topic, what it is about
// is; "ce que prévoit" asks, it names nothing to find.
func TestMeetingPreambleKeepsItsTopic(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Salut, cheffe de service ASE sur Forbach. On a un copil jeudi sur le PPE, tu peux me résumer ce que prévoit le schéma 57 ?",
		"On a une réunion jeudi sur le PPE, tu peux me résumer ce que prévoit le schéma de la Moselle ?",
		"we have a meeting tomorrow, can you sum up what the Moselle plan says about the PPE?",
	}, "Fiche action n°6", "Projet pour l'Enfant")
}

// "Résume la fiche MNA de la Moselle", "la fiche PPE, elle dit quoi ?":
// a fiche named by the thing its title names, summed up, is that fiche.
// "What does the plan say about the PPE?" asks the same, not what PPE
// stands for.
func TestFicheNamedByItsThingSummedUp(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"résume la fiche PPE de la Moselle",
		"la fiche PPE en Moselle, elle dit quoi ?",
		"sum up the Moselle PPE fiche",
		"What does the Moselle plan say about the PPE?",
	}, "Fiche action n°6", "Projet pour l'Enfant")
	answersAll(t, eng, []string{
		"résume la fiche MNA de la Moselle",
		"summarise the Moselle MNA fiche",
	}, "Fiche action n°11")
	answersAll(t, eng, []string{"what does PPE mean in the Moselle plan?", "c'est quoi le PPE ?"}, "Projet pour l'enfant")
}

// "Les mamans avec leurs bébés": a parent's words for the documents'
// "mère-enfants".
func TestMothersInEverydayWords(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"en Moselle il y a un projet de structure pour héberger les mamans avec leurs bébés ?",
		"Moselle : un hébergement pour les mamans et leurs enfants, c'est prévu ?",
		"coucou, la Moselle prévoit une structure pour les jeunes mamans ?",
	}, "structure mixte d'hébergement mère-enfants")
}

// "Il y a un calendrier pour la structure mère-enfants ? prévu pour quelle
// année ?": a passage that names the topic but dates nothing gives no
// date; the answer says so and shows it, as not found.
func TestCalendarPassageWithoutDate(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"Le schéma de la Moselle donne un calendrier pour la structure mixte mère-enfants ? c'est prévu pour quelle année ?",
		"Moselle: is there a timeline for the mother-and-child housing structure? which year?",
		"la structure mixte d'hébergement mère-enfants en Moselle, c'est prévu pour quelle année ?",
	})
}

// A grandparent who takes a grandchild in is what the schémas call a
// "tiers" (bénévole, digne de confiance); "qqch" is chat for "quelque
// chose", no word of the topic.
func TestGrandparentsAreTheThirdParty(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, mon petit-fils vit chez moi depuis 2 ans, c'est l'ASE de l'Isère qui me l'a confié. Est-ce que le schéma prévoit qqch pour les grands-parents comme moi ?",
		"my grandmother looks after me, does the Isère plan help grandparents?",
		"Isère: what does the plan offer grandparents who take in their grandchild?",
	}, "tiers bénévole")
}

// "What does the plan say about helping kids like me when we leave care?":
// the best passage is a fiche's diagnostic, which tells why; what the
// schéma does is that fiche's actions.
func TestWhatThePlanDoesIsTheFichesActions(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"hi. I'm 17, in a foster family in Moselle since I was 12, I turn 18 in march and honestly I'm scared. what does the departement's plan say about helping kids like me when we leave care?",
		"what does the Moselle plan do for young people in care about to turn 18?",
		"Je vais avoir 18 ans et je suis placé en Moselle, que fait le schéma pour les jeunes qui approchent de la majorité ?",
	}, "Fiche action n°7", "Action 1")
	answersAll(t, eng, []string{
		"Hi, foster carer near Sarreguemines. The 15 yo I look after is autistic, the IME and the ASE barely talk to each other. What does the Moselle plan do for kids caught between disability, care and education?",
		"what does the Moselle plan do for children between disability and child protection?",
		"que fait le schéma de la Moselle pour les jeunes entre handicap, soin et éducatif ?",
	}, "Fiche action n°8", "Action 1")
}

// "Élu départemental. Avant la commission de lundi je voudrais savoir
// combien…": the asker's office, the meeting and "je voudrais savoir" are
// no words of the figure asked.
func TestFigureAskedAfterARoleAndAMeeting(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, élu départemental mosellan. Avant la commission de lundi je voudrais savoir combien de MNA on accueillait fin 2018 par rapport à 2013 svp",
		"Avant le copil je voudrais savoir combien de MNA la Moselle accueillait fin 2018",
		"conseillère départementale, j'aimerais savoir combien de mineurs non accompagnés étaient accueillis en Moselle fin 2018",
	}, "362")
}

// "C'est quoi la fiche sur les sorties sèches ?", "what's the fiche on…
// about?": the fiche whose title is about the topic is summed up, rather
// than a line that names it; a line of the narrative that is a fiche's
// title stands for that fiche.
func TestTheFicheOnATopicIsSummedUp(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"c quoi la fiche sur les sorties seches isere",
		"c'est quoi la fiche sur les sorties sèches en Isère ?",
		"what's the fiche on dry exits from care in Isère about?",
	}, "Fiche action n°26", "Éviter la rupture des liens du jeune")
	answersAll(t, eng, []string{
		"Hello! I'm head of a collège in Mens. Some of our pupils are going through a rough patch at home and boarding could really help them. Does the Isère child welfare plan have anything on boarding schools?",
		"does the Isère plan have anything on boarding schools?",
		"y a quelque chose sur l'internat scolaire dans le schéma de l'Isère ?",
	}, "Fiche action n°8")
}

// "What does the plan do for unaccompanied minors?" is answered by a line
// of the plan's list of actions that is the MNA fiche's title without its
// acronym: that fiche's actions answer. Then "how many unaccompanied
// minors were there?" asks the schéma's figure: its "there" points back
// at nothing, so the thread's fiche is not where the count is sought.
func TestFicheTitleListedWithoutItsAcronym(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"hi, I came to Isère as an unaccompanied minor in 2017, I'm 20 now. what does the plan do for unaccompanied minors?"}
	answersAll(t, eng, prior, "Fiche action n°16", "appel à projet")
	answersInThread(t, eng, prior, []string{
		"how many unaccompanied minors were there in Isere?",
		"How many unaccompanied minors were there in the Isère?",
		"how many MNA were there in Isère at the end of 2018?",
	}, "1 049")
}

// "Ça rapporte combien ?", "how much does it bring?" ask a sum, which the
// schémas do not give.
func TestHowMuchItBringsIsASum(t *testing.T) {
	findsNothing(t, testEngine(t), []string{
		"Et le Fonds d'investissement social du Plan pauvreté, ça rapporte combien à la Moselle ?",
		"le fonds d'investissement social, ça rapporte combien à la Moselle ?",
		"how much does the social investment fund bring to Moselle?",
	})
}

// "Et pour Petits Pas Grands Pas, ils vont mesurer ça comment ?" in a
// thread on another fiche: a scheme named in two words or more, which the
// thread's fiche never mentions and another fiche's title names, is that
// fiche's, even when its name is longer than the title's.
func TestFollowUpNamingAnotherFichesScheme(t *testing.T) {
	prior := []string{"Bonjour, qui pilote la fiche 1 en Isère ?"}
	answersInThread(t, testEngine(t), prior, []string{
		"et pour Petits Pas Grands Pas, ils vont mesurer ça comment ?",
		"et pour Petits Pas Grands Pas, quels indicateurs ?",
		"ok, and for Petits Pas Grands Pas, how will they measure it?",
	}, "Fiche action n°3", "Nombre de VAD prénatales")
}
