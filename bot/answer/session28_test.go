package answer

import "testing"

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
