package corpus

import "testing"

func TestUnescapeLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`\- Nombre de lieux`, `- Nombre de lieux`},
		{`# 1\. Les chiffres`, `# 1. Les chiffres`},
		{`**2024 \- 2028**`, `**2024 - 2028**`},
		{`a \\ b`, `a \ b`},
		// A pipe stays escaped: it would split a table cell.
		{`| a \| b |`, `| a \| b |`},
		// Plain text writes paths with backslashes.
		{`C:\Users\schema`, `C:\Users\schema`},
		{`fin\`, `fin\`},
		{`\`, `\`},
		{``, ``},
	} {
		if got := unescapeLine(tc.in); got != tc.want {
			t.Errorf("unescapeLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestJoinWrappedLabels checks that only two halves of a label of the
// vocabulary are joined, and that short or odd input is left alone.
func TestJoinWrappedLabels(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"Critères", "d’évaluation", "• Nombre"}, []string{"", "Critères d’évaluation", "• Nombre"}},
		{[]string{"Partenaires", "mobilisés", "CAF"}, []string{"", "Partenaires mobilisés", "CAF"}},
		// No value below: the table ends, nothing to read as a label.
		{[]string{"Critères", "d’évaluation", ""}, []string{"Critères", "d’évaluation", ""}},
		// Two words of text, no label together.
		{[]string{"Les familles", "accueillies", "CAF"}, []string{"Les familles", "accueillies", "CAF"}},
		{[]string{"Critères"}, []string{"Critères"}},
		{nil, nil},
	} {
		got := append([]string(nil), tc.in...)
		joinWrappedLabels(got, make([]bool, len(got)))
		if len(got) != len(tc.want) {
			t.Fatalf("%q: %q", tc.in, got)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
				break
			}
		}
	}
}

func TestCutMidPhrase(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Créer une unité d'accueil à Saint-", true},
		{"Renforcer les visites à domicile de la", true},
		{"Recruter des assistants familiaux", false},
		{"à -", false},
		{"", false},
	} {
		if got := cutMidPhrase(tc.title); got != tc.want {
			t.Errorf("cutMidPhrase(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}
