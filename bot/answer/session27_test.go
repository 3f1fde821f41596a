package answer

import "testing"

// "What role does the ODPE play in evaluating the plan?": the evaluation
// of the schéma itself is a topic (Moselle's fiche 14, "Consolider
// l'évaluation des effets…"), not the indicators of whichever fiche names
// the ODPE. A fiche's evaluation still asks its indicators, and so does a
// named plan of the documents ("le plan familles d'accueil").
func TestEvaluatingTheSchemaIsATopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"what role does the ODPE play in evaluating the plan in Moselle?",
		"En Moselle, l'ODPE a quel rôle pour évaluer le schéma ?",
		"salut 👋 je prépare le copil : quel rôle pour l'ODPE dans l'évaluation du schéma mosellan ?",
	}, "fiche 14", "outiller l'ODPE")
	answersAll(t, eng, []string{
		"quels indicateurs pour la fiche 14 en Moselle ?",
		"how will they evaluate fiche 14 in Moselle?",
	}, "Indicat", "tableau de suivi d'indicateurs pour l'ODPE")
}

// "Quels sont les engagements du cap 2 ?": a schéma may call its axes
// "caps", "leviers" or "workstreams"; a question names them by the
// document's word.
func TestAxesNamedByOtherWords(t *testing.T) {
	answersAll(t, layoutEngine(t, "herault-2028-2032.html"), []string{
		"quels sont les engagements du cap 2 ?",
		"which engagements fall under cap 2?",
		"bonjour, la liste des fiches du cap n°2 svp, c'est pour le copil",
	}, "Moderniser la CRIP", "UAPED à Béziers")
}

// "Who leads the fight against child prostitution?": the English words
// for "lutter contre" are, like the French, no topic; a question put that
// way finds the fiche that "Lutter contre la prostitution…" titles.
func TestEnglishFightAgainstIsNoTopic(t *testing.T) {
	answersAll(t, layoutEngine(t, "herault-2028-2032.html"), []string{
		"Who's piloting the fight against child prostitution in Herault?",
		"who leads the fight on the prostitution of minors?",
		"hi 👋 quick one, I work at a MECS: who's in charge of tackling child prostitution?",
	}, "Mission violences faites aux enfants")
	answersAll(t, testEngine(t), []string{
		"who pilots the fight against sorties sèches in Isère?",
		"Isère: who leads the fight against dry exits from care (sorties sèches)?",
	}, "fiche 26")
}

// "J'ai aussi entendu que le Département allait prendre un avocat…": what
// the asker heard is passed on, the hearing is no topic, whatever adverb
// sits in the phrase.
func TestHearsayIsNoTopic(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Bonjour, avocate d'enfants. Des gamins restent placés des années sans statut juridique, le schéma de l'Isère prévoit quelque chose ?"}
	answersInThread(t, eng, prior, []string{
		"j'ai aussi entendu que le Département allait se faire représenter par un avocat en cour d'appel ?",
		"on entend parler d'un avocat pour les audiences en cour d'appel, c'est vrai ?",
		"I also heard the Département will hire a lawyer for the Court of Appeal, is that so?",
	}, "fiche 31")
}

// "Et la fiche juste après ?": the fiche after the thread's one, however
// the asker says "after".
func TestFicheJustAfter(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Qui pilote la fiche 31 de l'Isère ?"}
	answersInThread(t, eng, prior, []string{
		"ok merci. et la fiche juste après ?",
		"et celle juste après ?",
		"and the one after?",
	}, "n°32")
	answersInThread(t, eng, prior, []string{"et la fiche juste avant ?", "and the one before?"}, "n°30")
}

// "Qui les organise, ces réunions ?": who organises a fiche's work is who
// leads it.
func TestWhoOrganisesIsThePilot(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Le schéma de l'Isère prévoit quelque chose pour informer les partenaires comme les collèges sur les informations préoccupantes ?"}
	answersInThread(t, eng, prior, []string{
		"qui les organise, ces réunions ?",
		"et qui organise ça ?",
		"who organises those meetings?",
	}, "Cellule de Recueil des Informations Préoccupantes")
}

// "Anything similar in the Isère plan?" after a Moselle fiche: the other
// schéma's counterpart, with what it does, not its title alone.
func TestCounterpartSaysWhatItDoes(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"who leads Moselle fiche 8 on young people needing care, disability and educational support?"}
	answersInThread(t, eng, prior, []string{
		"anything similar in the Isère plan?",
		"et en Isère, il y a un équivalent ?",
		"ok merci 🙏 un truc pareil côté Isère ?",
	}, "n°22", "accueil pluriel")
}

// "En gros, le schéma il est organisé comment ?" asks for the schéma's
// orientations.
func TestSchemaOrganisedAsked(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Bonjour, je viens d'être élu en Moselle. En gros, le schéma il est organisé comment ?",
		"le schéma de la Moselle est organisé comment ?",
		"how is the Moselle plan organised?",
	}, "AGIR EN PREVENTION", "PILOTER, EVALUER, INNOVER")
}

// "The leaving-care fiche": in the documents, leaving care is the
// approach of majority and the young adults' autonomy.
func TestLeavingCareIsMajority(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"For Moselle's leaving-care fiche, what output indicators will they track?",
		"indicators of the Moselle fiche on leaving care?",
		"hi, I'm a care leaver myself — what does the Moselle plan track for leaving care?",
	}, "n°7", "baux glissants")
}

// "Réf lieux de vie": "réf" is the trade's short word for a référentiel
// (or a référent).
func TestRefIsReferentiel(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Réf lieux de vie isère, c'est prévu quoi ?",
		"le réf lieux de vie en Isère ?",
		"bjr, le ref des lieux de vie en isere il en est où ?",
	}, "fiche 19|n°19", "référentiel")
}

// "Which partners does the DEF work with…?": an acronym of the schéma
// that spells a cue ("def" for "définition") asks nothing by itself; the
// field asked is answered. Asked what it means, it is defined.
func TestAcronymSpellingACueIsNoCue(t *testing.T) {
	eng := layoutEngine(t, "eure-et-loir-2028-2032.docx")
	answersAll(t, eng, []string{
		"Which partners does the DEF work with to prevent school dropout of vulnerable kids?",
		"who does the DEF partner with on school dropout (ruptures scolaires)?",
		"hello 👋 which partners does the DEF have on school ruptures?",
	}, "DSDEN d'Eure-et-Loir")
	answersAll(t, eng, []string{"c'est quoi la DEF ?", "what does DEF stand for?", "DEF def ?"}, "Direction de l'Enfance et de la Famille")
}

// "Les gens de la famille qui recueillent un gamin", "je suis sa tante":
// relatives who take a child in are the documents' "tiers"; "les puer"
// are the PMI's puéricultrices.
func TestEverydayWordsForTiersAndPuericultrices(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Bonjour, mon neveu dort chez moi depuis trois semaines (je suis sa tante). Le schéma de l'Isère prévoit quelque chose pour les gens de la famille qui recueillent un gamin comme ça ?",
		"le schéma de l'Isère prévoit quelque chose pour les membres de la famille qui accueillent un enfant ?",
		"je suis l'oncle d'un enfant placé chez moi, le schéma de l'Isère prévoit quoi ?",
	}, "n°9", "tiers bénévole")
	answersAll(t, eng, []string{
		"Dans le plan de l'Isère il y a quoi sur les visites des puer ?",
		"une puer de la PMI passe à la maison depuis la naissance. L'Isère prévoit quoi sur les visites des puer ?",
		"visites à domicile des puer en isère ?",
	}, "fiche 3|n°3", "visites à domicile")
}
