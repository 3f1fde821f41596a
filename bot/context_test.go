package bot

import (
	"context"
	"strings"
	"testing"
)

// Words around a question (a greeting, the meeting it is for, a second
// sentence) lower nothing: each family asks one thing in several
// wordings, with chat before or after it.
func TestChatAroundTheQuestion(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		questions []string
		want      string
	}{
		{[]string{
			"salut ! qui porte le PPE dans le schema isere ? on a un copil jeudi et je dois mettre un nom de service",
			"Qui pilote le projet pour l'enfant en Isère ? C'est pour le comité de pilotage de demain.",
			"bonjour, on prépare une note au DGA : qui pilote la fiche sur le projet pour l'enfant en isère ?",
		}, "Accompagnement de l'Enfant et de sa Famille"},
		{[]string{
			"hey, quick one: who runs fiche 24 in Isère? need it for my team meeting",
			"Qui pilote la fiche 24 en Isère ? Je monte le comité de pilotage demain.",
			"coucou, petite question pour le copil : qui pilote la fiche 24 de l'isère ? merci !",
		}, "Directeur de l'Éducation"},
	} {
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, Conversation{})
			if !a.Found || !strings.Contains(a.Text, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", q, a.Text, tt.want)
			}
		}
	}
	// Chat around a question the documents do not answer still finds nothing.
	for _, q := range []string{
		"qui est le maire de grenoble ? c'est pour une invitation",
		"bonjour ! quel est le numéro de téléphone du pilote de la fiche 3 en isère ? je dois l'appeler demain",
		"quick one: what is the total budget of the Isère plan? for my report",
	} {
		if a, _ := eng.Ask(context.Background(), q, Conversation{}); a.Found {
			t.Errorf("%q: found %q, want nothing", q, a.Text)
		}
	}
}

// A follow-up that names another schéma asks the thread's question again
// of that schéma, in several wordings.
func TestFollowUpInAnotherSchema(t *testing.T) {
	eng := testEngine(t)
	for _, follow := range []string{"et en moselle ?", "and in moselle? same period roughly", "et dans l'autre schéma ?"} {
		_, conv := eng.Ask(context.Background(), "combien de mineurs non accompagnés en isère ?", Conversation{})
		a, _ := eng.Ask(context.Background(), follow, conv)
		if !a.Found || !strings.Contains(a.Text, "362") {
			t.Errorf("%q after the Isère figure:\n got %q\nwant Moselle's 362", follow, a.Text)
		}
		for _, c := range a.Citations {
			if c.Doc != "moselle-2019-2023" {
				t.Errorf("%q cites %s, want Moselle only", follow, c.Doc)
			}
		}
	}
	// A follow-up on a fiche named by its number keeps the number.
	_, conv := eng.Ask(context.Background(), "qui pilote la fiche 12 en Isère ?", Conversation{})
	if a, _ := eng.Ask(context.Background(), "et en Moselle ?", conv); !a.Found || !strings.Contains(a.Text, "Fiche action n°12") {
		t.Errorf("fiche 12 then Moselle: %q", a.Text)
	}
}
