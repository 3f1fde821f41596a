package answer

import (
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/retrieval"
)

// What the asker says of themselves before a colon ("je prépare une
// réunion avec nos partenaires : …") is no topic: a period asked after it
// lists what falls due then.
func TestSelfClauseBeforeColonAsksNothing(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Je prépare une réunion avec nos partenaires : qu'est-ce qui est prévu au 1er semestre 2023 dans le schéma de l'Isère ?",
		"on fait le point avec mon équipe et nos partenaires ; qu'est-ce qui tombe au premier semestre 2023 en Isère ?",
		"I'm preparing our partners' meeting: what is due in the first half of 2023 in Isère?",
	}, "Fiche 32", "Semestre 1 / 2023")
}

// People named by what they do ("les élèves décrocheurs") are what the
// fiche that names the doing ("le décrochage scolaire") is about.
func TestAgentNounFindsTheDoing(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Principale de collège. Pour l'action sur la prévention spécialisée en Isère, comment ils vont mesurer l'effet sur nos élèves décrocheurs ?",
		"comment l'Isère va mesurer l'effet de la prévention spécialisée sur les élèves décrocheurs ?",
		"prévention spécialisée en Isère : quels indicateurs pour les décrocheurs ?",
	}, "Fiche action n°5", "décrochage scolaire au collège")
}

// "Comment ils comptent…" asks what is done; "what would show that it
// worked" asks the indicators; "what does it aim for" the objectives.
func TestFieldCuesOfIntentionsAndProof(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Isere: comment ils comptent encadrer l'accueil chez des tiers bénévoles ?",
		"bonjour, comment le Département de l'Isère compte encadrer l'accueil par un tiers bénévole ?",
		"l'accueil chez les tiers bénévoles en Isère, comment ils comptent s'y prendre ?",
	}, "Élaborer un contrat type")
	answersAll(t, eng, []string{
		"What does Isère aim for with volunteer third-party care?",
		"hi! what is Isère aiming for with care by volunteer third parties?",
		"volunteer third-party care in Isère: what do they aim for?",
	}, "dans l'environnement de l'enfant")
	answersInThread(t, eng, []string{"Qui pilote la fiche 13 de la Moselle ?"}, []string{
		"and what would show that it worked?",
		"what would show it worked?",
		"ok, et qu'est-ce qui permettra de montrer que ça a marché ?",
	}, "Indicateurs")
}

// The words that ask for a field, whatever topic they come with: an
// intention ("comment ils comptent…"), a proof ("what would show it
// worked") or an aim ("what do they aim for").
func TestFieldCueFamilies(t *testing.T) {
	eng := testEngine(t)
	for _, tt := range []struct {
		q     string
		field string
	}{
		{"comment ils comptent encadrer l'accueil chez des tiers bénévoles ?", retrieval.FieldActions},
		{"le Département, comment il compte recruter des assistants familiaux ?", retrieval.FieldActions},
		{"comment ils comptent mesurer ça ?", retrieval.FieldIndicators},
		{"and what would show that it worked?", retrieval.FieldIndicators},
		{"what would show the new protocol worked?", retrieval.FieldIndicators},
		{"qu'est-ce qui permettra de montrer que ça a marché ?", retrieval.FieldIndicators},
		{"What does Isère aim for with volunteer third-party care?", retrieval.FieldObjectives},
		{"what are they aiming for with the users' committee?", retrieval.FieldObjectives},
	} {
		q := understand.Parse(tt.q, eng.lib, chat.Conversation{}, time.Now())
		if q.Field != tt.field || q.FieldWeak && tt.field != retrieval.FieldActions {
			t.Errorf("%q: field = %q (weak %v), want %q", tt.q, q.Field, q.FieldWeak, tt.field)
		}
	}
}

// A count that points back to the thread's fiche ("for it", "pour ça")
// is counted in that fiche, though it says more than what it counts.
func TestCountPointingBackToTheFiche(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"Qui pilote la fiche 8 de l'Isère ?"}, []string{
		"how many educators are they recruiting for it?",
		"et ils recrutent combien de personnes pour ça ?",
		"super, and how many educators will they hire for it?",
	}, "6 moniteurs éducateurs")
}

// A count that points back to a fiche that counts none of it is not
// answered by a figure from another part of the schéma: the fiche does not
// say.
func TestCountTheFicheDoesNotGive(t *testing.T) {
	findsNothingInThread(t, testEngine(t), []string{"En Isère ils refondent l'accueil des MNA, concrètement c'est quoi le projet ?"}, []string{
		"ca fera combien de places en tout ?",
		"how many places will that make?",
		"ok, et combien de places ça représente ?",
	})
}

// An axis named by a word of its title ("l'axe Protéger") lists its
// fiches, as "l'axe 2" does.
func TestAxisNamedByATitleWord(t *testing.T) {
	eng := testdataEngine(t, "layouts", "isere-2025-2029.pdf")
	answersAll(t, eng, []string{
		"Quelles fiches sont rattachées à l'axe Protéger ?",
		"bonjour, c'est quoi les fiches de l'axe protéger svp",
		"l'axe Protéger regroupe quelles fiches ?",
	}, "Fiche 4", "Fiche 5", "Fiche 6")
}
