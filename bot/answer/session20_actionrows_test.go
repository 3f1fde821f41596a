package answer

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

// actionRowsEngine returns an engine on the class fixture whose fiches
// each hold a table of sub-actions numbered within the fiche (N° |
// Action | Calendrier | Porteur | Partenaires associés), a PDF read as
// laid out.
func actionRowsEngine(t *testing.T) *Engine {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("SCHEMABOT_REQUIRE_PDFTOTEXT") == "1" {
			t.Fatalf("pdftotext is required (SCHEMABOT_REQUIRE_PDFTOTEXT=1) but not found: %v", err)
		}
		t.Skipf("pdftotext not installed: %v", err)
	}
	return testdataEngine(t, "classes", "val-d-ombre-sous-actions.pdf")
}

// A question naming a sub-action by its number ("l'action 2.1") of a
// schéma that has no fiche 2.1 but whose fiche 2 holds a row 2.1 is about
// fiche 2: the answer says what that row gives for the field asked, not
// the other rows', and cites fiche 2.
func TestAskSubActionRow(t *testing.T) {
	e := actionRowsEngine(t)
	for _, tt := range []struct {
		questions []string
		fiche     string
		want      string // in the answer
		notWant   string // another row's value, not in the answer
	}{
		// The pilot of a row.
		{[]string{"qui pilote l'action 2.1 ?", "who leads action 2.1?", "bonjour, c'est qui le porteur de l'action 2.1 svp ? c'est pour le copil"},
			"2", "Cellule départementale de recueil", "Direction du numérique"},
		{[]string{"qui porte la mesure 3.2 ?", "who is in charge of action 3.2?", "le responsable de l'action 3.2 stp"},
			"3", "Service des jeunes majeurs", "Direction de l'offre d'accueil"},
		// The partners of a row.
		{[]string{"quels partenaires pour l'action 1.2 ?", "who are the partners of action 1.2?", "salut, l'action 1.2 se fait avec quels partenaires ? merci"},
			"1", "Caisse d'allocations familiales", "Relais petite enfance"},
		{[]string{"partenaires associés à l'action 4.2 ?", "which partners for action 4.2?", "avec qui est menée l'action 4.2 ?"},
			"4", "centres sociaux", "anciens enfants accueillis"},
		// The deadline of a row.
		{[]string{"quelle est l'échéance de l'action 3.1 ?", "when is action 3.1 due?", "hello, l'action 3.1 c'est pour quand ? je fais le point"},
			"3", "Septembre 2027", "Décembre 2028"},
		{[]string{"échéance de la mesure 2.2 ?", "what's the deadline for action 2.2?", "l'action 2.2, elle doit aboutir quand ?"},
			"2", "Fin 2028", "Janvier 2027"},
	} {
		for _, q := range tt.questions {
			a, _ := e.Ask(context.Background(), q, chat.Conversation{})
			if !a.Found || !strings.Contains(a.Text, tt.want) {
				t.Errorf("%q\n got %q\nwant it to name %q", q, a.Text, tt.want)
				continue
			}
			if strings.Contains(a.Text, tt.notWant) {
				t.Errorf("%q\n got %q\nwant only the row asked, not %q", q, a.Text, tt.notWant)
			}
			cited := false
			for _, c := range a.Citations {
				cited = cited || c.Fiche != nil && corpus.CanonicalFicheID(*c.Fiche) == tt.fiche
			}
			if !cited {
				t.Errorf("%q cites %v, want fiche %s", q, a.Citations, tt.fiche)
			}
		}
	}
}
