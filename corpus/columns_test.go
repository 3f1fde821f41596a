package corpus

import (
	"strings"
	"testing"
)

// A plan of actions as `pdftotext -layout` prints a landscape table: the
// cells of a row side by side, words hyphenated at the end of a cell's line,
// the header repeated after a page break.
func TestColumnTable(t *testing.T) {
	header := "  N°    Intitulé et objectifs        Contenu de l'action            Pilote                Partenaires          Échéance"
	text := strings.Join([]string{
		"SCHÉMA DÉPARTEMENTAL DE PROTECTION DE L'ENFANCE 2024-2028",
		"",
		header,
		"",
		"  ORIENTATION 1 – PRÉVENIR",
		"",
		"  1.1   Sécuriser le circuit des infor-  Réviser le protocole avec      Cellule de recueil    Parquets ; Éduca-    Fin 2025",
		"        mations préoccupantes            les parquets.                  des informations      tion nationale",
		"        Objectifs : ramener le délai                                    préoccupantes",
		"        à trois mois.",
		"",
		"  1.2   Soutenir les parents             Créer un guide en ligne.       Direction de          CAF ; MSA            2024 – 2026",
		"                                                                        l'action sociale",
		"\f                                                             page 7",
		header,
		"",
		"  2.1   Conforter l'accueil familial     Recruter 60 assistants         Service accueil       France Travail       2027",
		"                                         familiaux.                     familial",
		"",
		"  Le comité de pilotage se réunit deux fois par an pour suivre ces actions.",
	}, "\n")
	d, err := Parse("t", "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ id, title, pilot, partners, calendar string }{
		{"1.1", "Sécuriser le circuit des informations préoccupantes", "Cellule de recueil des informations préoccupantes", "Parquets ; Éducation nationale", "Fin 2025"},
		{"1.2", "Soutenir les parents", "Direction de l'action sociale", "CAF ; MSA", "2024 – 2026"},
		{"2.1", "Conforter l'accueil familial", "Service accueil familial", "France Travail", "2027"},
	}
	if len(d.Fiches) != len(want) {
		t.Fatalf("%d fiches, want %d", len(d.Fiches), len(want))
	}
	for i, w := range want {
		f := d.Fiches[i]
		got := []string{f.ID, f.Title, strings.Join(f.Pilots.Texts(), "|"), strings.Join(f.Partners.Texts(), "|"), strings.Join(f.Calendar.Texts(), "|")}
		exp := []string{w.id, w.title, w.pilot, w.partners, w.calendar}
		if strings.Join(got, " / ") != strings.Join(exp, " / ") {
			t.Errorf("fiche %d:\n got %q\nwant %q", i, got, exp)
		}
	}
	if obj := strings.Join(d.Fiches[0].Objectives.Texts(), " "); !strings.Contains(obj, "ramener le délai à trois mois") {
		t.Errorf("fiche 1.1 objectives %q, want the objective written under its title", obj)
	}
	if strings.Contains(d.Text(d.Fiches[2].Span), "comité de pilotage") {
		t.Errorf("the paragraph after the table was read into fiche 2.1")
	}
}

// A glossary in two columns holds two entries a line.
func TestGlossaryInColumns(t *testing.T) {
	text := "GLOSSAIRE DES SIGLES\n\nAED       Action éducative à domicile                 HAS       Haute Autorité de santé\n\nAEMO      Action éducative en milieu ouvert           IP        Information préoccupante\n"
	d, err := Parse("t", "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, g := range d.Glossary {
		got[g.Acronym] = g.Expansion
	}
	for acr, exp := range map[string]string{"AED": "Action éducative à domicile", "HAS": "Haute Autorité de santé", "AEMO": "Action éducative en milieu ouvert", "IP": "Information préoccupante"} {
		if got[acr] != exp {
			t.Errorf("%s = %q, want %q", acr, got[acr], exp)
		}
	}
}

// Key figures in boxes side by side, as `pdftotext -layout` prints them:
// each figure is read with the label centred under it.
func TestFigureBoxes(t *testing.T) {
	text := strings.Join([]string{
		"Chiffres clés",
		"",
		"              2 874                           1 587                          61 %",
		"     informations préoccupantes      enfants confiés à l'ASE            des enfants confiés",
		"     reçues par la CRIP en 2022       au 31/12/2022 (+11 %)          en famille d'accueil",
		"",
		"Le délai moyen était de 4,2 mois.",
	}, "\n")
	lines, _, _ := unfoldColumnTables(strings.Split(text, "\n"))
	got := strings.Join(lines, "\n")
	for _, want := range []string{
		"2 874 informations préoccupantes reçues par la CRIP en 2022",
		"1 587 enfants confiés à l'ASE au 31/12/2022 (+11 %)",
		"61 % des enfants confiés en famille d'accueil",
		"Le délai moyen était de 4,2 mois.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no line %q in:\n%s", want, got)
		}
	}
	// Years side by side are a table's header, not figures.
	years := "   2019      2020      2021\n   Bilan     Bilan     Bilan\n"
	if l, _, _ := unfoldColumnTables(strings.Split(years, "\n")); strings.Join(l, "\n") != years {
		t.Errorf("years read as figures: %q", l)
	}
}

// A table row led by a short label keeps the label with its text in the
// narrative: "Atelier 1<TAB>La prévention" is one paragraph.
func TestLabelledRowsInNarrative(t *testing.T) {
	text := "Schéma 2019-2023\n\nLA MÉTHODE\n\nLes pistes ont été présentées dans le cadre de deux ateliers :\n\nAtelier 1\tLa prévention : le défi d'agir au plus tôt\nAtelier 2\tLa diversification des réponses\n"
	d, err := Parse("t", "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sections {
		for _, p := range s.Paragraphs {
			got = append(got, p.Text)
		}
	}
	joined := strings.Join(got, "\n")
	for _, want := range []string{"Atelier 1 : La prévention : le défi d'agir au plus tôt", "Atelier 2 : La diversification des réponses"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no paragraph %q in %q", want, got)
		}
	}
}
