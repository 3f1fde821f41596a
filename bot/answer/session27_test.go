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
