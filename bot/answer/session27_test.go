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
