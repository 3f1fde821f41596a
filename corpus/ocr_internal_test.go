package corpus

import "testing"

// TestRepairOCR checks the OCR repair of the cleaning on the confusions it
// undoes and on correct words of the documents that it must leave alone.
func TestRepairOCR(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Misread by the engine.
		{"PiIote : CopiIotage", "Pilote : Copilotage"},
		{"Ie déIai moyen", "le délai moyen"},
		{"Ia CRIP et Ies MDSI", "la CRIP et les MDSI"},
		{"Ie ConseiI départementaI", "le Conseil départemental"},
		{"de I'enfance", "de l'enfance"},
		{"lntitulé", "Intitulé"},
		{"lndicateurs", "Indicateurs"},
		{"les Iieux d'accueil", "les lieux d'accueil"},
		{"en 2O23", "en 2023"},
		{"7O0 assistants", "700 assistants"},
		{"l42 mineurs", "142 mineurs"},
		{"2l4 jeunes", "214 jeunes"},
		{"Page l0 / 24", "Page 10 / 24"},
		// Correct words that stay.
		{"Île-de-France", "Île-de-France"},
		{"l'IA générative", "l'IA générative"},
		{"Axe III", "Axe III"},
		{"en 2023", "en 2023"},
		{"l'enfant", "l'enfant"},
		{"Isère", "Isère"},
		{"le PIA", "le PIA"},
		{"CASF L.223-1", "CASF L.223-1"},
		{"Il a été", "Il a été"},
		{"LinkedIn", "LinkedIn"},
		{"getElementById", "getElementById"},
		{"leftIndent=10", "leftIndent=10"},
		{"la vulnérabilité", "la vulnérabilité"},
		{"OMS, ODPE, O2", "OMS, ODPE, O2"},
		{"l'article L2112-2", "l'article L2112-2"},
		{"Institut", "Institut"},
	} {
		if got := repairOCR(c.in); got != c.want {
			t.Errorf("repairOCR(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := cleanText(c.in); got != c.want {
			t.Errorf("cleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
