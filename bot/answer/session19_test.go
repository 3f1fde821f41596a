package answer

import (
	"context"
	"strings"
	"testing"

	"schemabot/bot/chat"
)

// A list asked by the state, priority or level that tables of progress
// print for each fiche ("Statut : En retard", "Niveau d'enjeu : 4") lists
// the fiches holding that value, and says so, whatever the words around.
func TestListByCategoricalValue(t *testing.T) {
	for _, tt := range []struct {
		file      string
		questions []string
		want      []string // fiche labels, in the answer
		value     string   // the value, quoted in the answer
	}{
		{"charente-2025-2029.pdf", []string{
			"quelles actions sont deja réalisées au point d'étape de juin 2026 ?",
			"which actions are completed?",
			"bonjour, pour le copil : les fiches déjà réalisées svp ?",
		}, []string{"I.B.1", "III.A.1", "IV.A.1"}, "Réalisé"},
		{"cher-2026-2030.md", []string{
			"which fiches have the highest niveau d'enjeu (4)?",
			"fiches avec un niveau d'enjeu de 4 ?",
			"niveau d'enjeu 4 : c'est quelles fiches ?",
		}, []string{"Fiche 2", "Fiche 4", "Fiche 6", "Fiche 9", "Fiche 10"}, "4 (sur une échelle"},
		{"nievre-2025-2029.csv", []string{
			"quelles actions sont en retard ?",
			"which fiches are behind schedule?",
			"y a des fiches en retard dans le plan ? je prépare le bilan",
		}, []string{"2.1", "2.4"}, "En retard"},
		{"seine-et-marne-2024-2028.pdf", []string{
			"quelles fiches sont en priorité haute ?",
			"which fiches are high priority?",
			"les fiches de priorité haute du schéma 77 svp",
		}, []string{"Fiche 1", "Fiche 4", "Fiche 5", "Fiche 7", "Fiche 8", "Fiche 10"}, "Haute"},
		{"eure-et-loir-2023-2027.txt", []string{
			"dans le schema 28 quelles mesures sont classées en niveau d'enjeu prioritaire ?",
			"quelles fiches ont un niveau d'enjeu prioritaire ?",
			"which fiches are prioritaire (niveau d'enjeu)?",
		}, []string{"1.1", "1.3", "2.1", "3.1", "3.2", "3.3", "4.1"}, "Prioritaire"},
	} {
		eng := layoutEngine(t, tt.file)
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
			if !a.Found || !strings.Contains(a.Text, tt.value) {
				t.Errorf("%s: %q: want the fiches valued %q, got:\n%s", tt.file, q, tt.value, a.Text)
				continue
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w+" ") && !strings.Contains(a.Text, w+":") {
					t.Errorf("%s: %q: %s missing in:\n%s", tt.file, q, w, a.Text)
				}
			}
		}
	}
}

// A word that is also a value of such a field, used as a word of the
// topic ("des cours de soutien", "la durée moyenne"), lists no fiche by
// that value.
func TestTopicWordIsNoCategoricalValue(t *testing.T) {
	for _, tt := range []struct {
		file      string
		questions []string
	}{
		{"loire-2023-2027.txt", []string{
			"quelles fiches parlent des cours de soutien scolaire ?",
			"which fiches deal with school courses?",
			"y a des fiches sur les cours de parentalité ?",
		}},
		{"creuse-2023-2027.csv", []string{
			"quelles fiches parlent de la durée moyenne de placement ?",
			"les fiches sur la forte hausse des informations préoccupantes ?",
			"which fiches concern the average length of stay?",
		}},
	} {
		eng := layoutEngine(t, tt.file)
		for _, q := range tt.questions {
			a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
			if strings.Contains(a.Text, "Fiches selon") || strings.Contains(a.Text, "Fiches by") {
				t.Errorf("%s: %q: listed by a field value:\n%s", tt.file, q, a.Text)
			}
		}
	}
}
