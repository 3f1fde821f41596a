package answer

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

// layoutEngine returns an engine on one schéma of corpus/testdata/layouts,
// as a département deploys its own.
func layoutEngine(t *testing.T, file string) *Engine {
	t.Helper()
	return testdataEngine(t, "layouts", file)
}

// testdataEngine returns an engine on one file of a folder of
// corpus/testdata.
func testdataEngine(t *testing.T, dir, file string) *Engine {
	t.Helper()
	lib, err := corpus.LoadPath(context.Background(), filepath.Join("..", "..", "corpus", "testdata", dir, file))
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	e, err := NewEngine(context.Background(), lib, WithEngineLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// Questions name fiches by the labels documents print (1.2, 2.2.4, A2,
// B1 bis), in several wordings; the answer cites the fiche by its label.
func TestAskByFicheLabel(t *testing.T) {
	for _, tt := range []struct {
		file      string
		questions []string
		fiche     string
		want      string // in the answer
	}{
		{"correze-2019-2023.txt", []string{"qui porte la fiche A2 ?", "who leads action a2?", "bonjour, le porteur de la fiche-action A2 svp, c'est pour le copil"},
			"A2", "Mission Prévention et Parentalité"},
		{"correze-2019-2023.txt", []string{"qui porte la B1 bis ?", "who is in charge of fiche B1 bis?", "porteur de l'action b1bis ?"},
			"B1 bis", "Pôle offre d'accueil"},
		{"la-reunion-2022-2026.txt", []string{"qui pilote l'action 2.2.4 ?", "who leads action 2.2.4?", "stp le pilote de la fiche 2.2.4, merci"},
			"2.2.4", "ARS La Réunion"},
		{"deux-sevres-2014-2020.md", []string{"qui pilote la fiche 1.3 ?", "who runs fiche 1.3?", "fiche 1.3 : quel pilote ? je prépare une note"},
			"1.3", "Mission prévention et parentalité"},
		{"schema-2021.md", []string{"qui porte l'action A.2 ?", "who leads action A2?", "le porteur de l'action a.2 stp"},
			"A.2", "Mission Soutien à la parentalité"},
		// A plan of actions as a wide table, one column per field.
		{"doubs-2024-2028.txt", []string{"qui pilote l'action 2.1 ?", "who leads action 2.1?", "bjr, le pilote de la 2.1 svp, c'est pour le copil"},
			"2.1", "Cellule de Recueil des Informations Préoccupantes"},
		{"doubs-2024-2028.txt", []string{"l'action 4.3, c'est pour quand ?", "when is action 4.3 due?", "échéance de la fiche 4.3 ? merci"},
			"4.3", "mi-parcours en 2026"},
		// Measures, as an office export numbers them.
		{"eure-et-loir-2023-2027.txt", []string{"mesure 2.4 c'est qui le responsable ?", "who is responsible for measure 2.4?", "bonjour, qui est responsable de la mesure n°2.4 ? pour le copil"},
			"2.4", "Responsable de la cellule MNA"},
		// Actions coded by their ambition's letter, in a website's markdown.
		{"lot-et-garonne-2025-2029.md", []string{"qui porte l'action B1 ?", "who leads B1?", "hello, le porteur de la B1 svp, c'est pour une note"},
			"B1", "CRIP 47"},
	} {
		e := layoutEngine(t, tt.file)
		for _, q := range tt.questions {
			a, _ := e.Ask(context.Background(), q, chat.Conversation{})
			if !a.Found || !strings.Contains(a.Text, tt.want) {
				t.Errorf("%s: %q\n got %q\nwant it to name %q", tt.file, q, a.Text, tt.want)
				continue
			}
			cited := false
			for _, c := range a.Citations {
				cited = cited || c.Fiche != nil && corpus.CanonicalFicheID(*c.Fiche) == corpus.CanonicalFicheID(tt.fiche)
			}
			if !cited {
				t.Errorf("%s: %q cites %v, want fiche %s", tt.file, q, a.Citations, tt.fiche)
			}
		}
	}
}

// family is one behaviour asked in several wordings of one schéma of
// corpus/testdata/layouts: each answer must be found and hold every want.
type family struct {
	file      string
	questions []string
	want      []string
}

func askFamilies(t *testing.T, fams []family) {
	t.Helper()
	engines := map[string]*Engine{}
	for _, f := range fams {
		e := engines[f.file]
		if e == nil {
			e = layoutEngine(t, f.file)
			engines[f.file] = e
		}
		for _, q := range f.questions {
			a, _ := e.Ask(context.Background(), q, chat.Conversation{})
			ok := a.Found && len(a.Citations) > 0
			for _, w := range f.want {
				ok = ok && strings.Contains(a.Text, w)
			}
			if !ok {
				t.Errorf("%s: %q\n got %q (found %v, %d citations)\nwant %q", f.file, q, a.Text, a.Found, len(a.Citations), f.want)
			}
		}
	}
}

// Questions about a schéma as a whole are answered from its model, in any
// layout: its axes, how many axes and fiches, period, adoption, signatory.
func TestOverviewOfAnyLayout(t *testing.T) {
	askFamilies(t, []family{
		{"seine-saint-denis-2023-2027.md", []string{"quelles sont les priorités du schéma ?", "what are the priorities of the plan?", "salut, c quoi les grands axes du schema ?"},
			[]string{"Priorité I", "Priorité III"}},
		{"correze-2019-2023.txt", []string{"quels sont les enjeux du schéma ?", "what are the main axes?", "on fait le point jeudi : les enjeux du schema c quoi ?"},
			[]string{"Enjeu 1", "Enjeu 3"}},
		// The word a schéma calls its axes, in the plural, asks for them,
		// though a part of the text announces its "finalités".
		{"haute-loire-2023-2027.csv", []string{"what are the main enjeux of the Haute-Loire schema?", "quels sont les enjeux du schéma ?", "bonjour, je découvre le schéma : c quoi les grands enjeux ?"},
			[]string{"Enjeu 1", "Enjeu 4"}},
		{"cotes-d-armor-sommaire.md", []string{"quelles sont les orientations ?", "what are the orientations of the schema?", "c'est quoi les orientations du schema des cotes d'armor"},
			[]string{"Orientation 1", "Orientation 4"}},
		{"schema-enfance-2.txt", []string{"combien d'axes et de fiches ?", "how many axes and how many fiches?", "ça fait combien d'axes et combien de fiches action au total ?"},
			[]string{"4", "9 fiches"}},
		{"guyane-2024-2028.txt", []string{"quand le schéma a-t-il été adopté ?", "when was the plan adopted?", "le schema a ete vote quand ?"},
			[]string{"14 mars 2024"}},
		{"la-reunion-2022-2026.txt", []string{"qui a signé l'édito ?", "who signed the foreword?", "qui signe le mot du président ?"},
			[]string{"Jean-Claude Payet"}},
		{"schema-protection-enfance.md", []string{"quelle période couvre le schéma ?", "what period does the plan cover?", "le schema de mayotte c'est sur quelles annees ?"},
			[]string{"2025", "2029"}},
	})
}

// Two questions joined by "et"/"and" get both answers; the second follows
// the first ("… c'est prévu pour quand et qui le pilote ?").
func TestCompoundQuestions(t *testing.T) {
	askFamilies(t, []family{
		{"guyane-2024-2028.txt", []string{
			"l'observatoire territorial c prevu pour quand et qui le pilote ?",
			"when is the territorial observatory due and who leads it?",
			"qui pilote l'observatoire territorial et c'est pour quand ?",
		}, []string{"2024", "mission observation"}},
		{"schema-enfance-2.txt", []string{
			"il couvre quelle periode et il a ete adopte quand ?",
			"what years does the plan cover and when was it adopted?",
			"le schéma court sur quelles années, et il a été voté quand ?",
		}, []string{"2021", "2025", "18 juin 2021"}},
	})
}

// Axes numbered by letters and sub-levels numbered with a dot list their
// fiches; a fiche is named by its rank, in the document or in an axis.
func TestAxesAndRanks(t *testing.T) {
	askFamilies(t, []family{
		{"schema-2021.md", []string{"which actions fall under axis C?", "quelles actions dans l'axe C ?", "les actions de l'axe stratégique C stp"}, []string{"C.1", "C.2", "C.3"}},
		{"la-reunion-2022-2026.txt", []string{"c quoi les actions de l'objectif 2.2 ?", "which actions are under objective 2.2?", "liste des fiches de l'objectif stratégique 2.2"}, []string{"2.2.1", "2.2.4"}},
		{"schema-enfance-2.txt", []string{"who is in charge of the 3rd fiche action?", "qui pilote la troisième fiche ?", "la 3e fiche action, c'est qui le pilote ?"}, []string{"CRIP 31"}},
		{"deux-sevres-2014-2020.md", []string{"what are the goals of the third fiche in axe 1?", "objectifs de la 3e fiche de l'axe 1 ?", "la troisième fiche de l'axe 1 vise quoi ?"}, []string{"lieu d'accueil enfants-parents"}},
		{"schema-2021.md", []string{"calendrier de l'action B.2 stp", "when is action B2 due?", "c'est pour quand l'action b.2 ?"}, []string{"2022 ; 2024"}},
	})
}

// A document without a glossary still defines its acronyms: in
// parentheses after the words (wrapped over two lines too), or by words
// whose initials spell them.
func TestAcronymsWithoutGlossary(t *testing.T) {
	askFamilies(t, []family{
		{"correze-2019-2023.txt", []string{"what does TISF stand for in the corrèze document?", "c'est quoi les TISF ?", "TISF = ?"}, []string{"techniciens de l'intervention sociale et familiale"}},
		{"deux-sevres-2014-2020.md", []string{"what does ODPE mean in fiche 3.2?", "que veut dire ODPE ?", "ODPE c'est quoi deja"}, []string{"observatoire départemental de la protection de l'enfance"}},
	})
}

// A table of key figures keeps each figure with its label; the axes named
// by the document's own word ("les ambitions") are its axes; a département
// printed in capitals on the cover is known.
func TestFigureTablesAndAxisWords(t *testing.T) {
	askFamilies(t, []family{
		{"reunion-plan-enfance-famille-2025-2029.md", []string{"il y a combien d'assistants familiaux agrées a la reunion ?", "how many approved foster carers (assistants familiaux agréés) are there?", "nombre d'assistants familiaux agréés stp"}, []string{"734"}},
		{"reunion-plan-enfance-famille-2025-2029.md", []string{"c quoi les grandes ambitions du schema reunionnais", "quelles sont les ambitions du schéma ?", "what are the ambitions of the plan?"}, []string{"Ambition C"}},
		{"reunion-plan-enfance-famille-2025-2029.md", []string{"liste moi les actions de l'ambition B stp", "which actions are under ambition B?", "les fiches de l'ambition B ?"}, []string{"B4"}},
		{"schema-dppe-2023-2027.md", []string{"qui pilote la fiche B1 dans les hautes-pyrénées ?", "who leads fiche B1 in Hautes-Pyrénées?", "hautes pyrenees : le pilote de la B1 stp"}, []string{"Pôle accueil"}},
	})
}

// A count of fiches says the document's own word for them: "actions" in a
// schéma whose headings read "ACTION 7 —".
func TestCountSaysTheDocumentsWord(t *testing.T) {
	e := layoutEngine(t, "finistere-2022-2026.txt")
	for _, q := range []string{"combien d'axes et d'actions dans le schéma du finistère ?", "how many actions does the Finistère plan have?", "il y a combien d'actions ?"} {
		a, _ := e.Ask(context.Background(), q, chat.Conversation{})
		if !a.Found || !strings.Contains(a.Text, "10 actions") {
			t.Errorf("%q:\n got %q\nwant “10 actions”", q, a.Text)
		}
	}
}

// A list of fiches asked with no topic lists every fiche, in several
// wordings.
func TestListEveryFiche(t *testing.T) {
	e := layoutEngine(t, "finistere-2022-2026.txt")
	for _, q := range []string{"liste moi toutes les fiches action du schéma stp", "list all the action sheets", "quelles sont les fiches ?"} {
		a, _ := e.Ask(context.Background(), q, chat.Conversation{})
		if !a.Found || len(a.Citations) != 10 {
			t.Errorf("%q: found=%v, %d citations, want the 10 actions:\n%s", q, a.Found, len(a.Citations), a.Text)
		}
	}
}

// The trade's synonyms find a fiche the document names in other words:
// "santé mentale" for "soins psychiques", "enfants placés" for "enfants
// confiés", in several wordings.
func TestTradeSynonyms(t *testing.T) {
	e := layoutEngine(t, "guyane-2024-2028.txt")
	answersAll(t, e, []string{
		"qui s'occupe de l'action sur la sante mentale des enfants places en guyane",
		"santé mentale des enfants placés : qui pilote ?",
		"who leads the action on the mental health of children in care?",
	}, "ARS Guyane")
}

// An axis named by what it is about, in English words the vocabulary
// translates ("spotting and assessing" for "repérer et évaluer").
func TestAxisAboutInEnglish(t *testing.T) {
	askFamilies(t, []family{
		{"aude-2025-2029.md", []string{
			"which actions fall under the axis about spotting and assessing danger in Aude?",
			"the axis on detecting and assessing: which actions?",
			"hi, which fiches are in the axis about spotting children in danger? for my onboarding",
		}, []string{"Axe 2", "Simplifier la transmission des informations préoccupantes"}},
	})
}

// Fiches on a topic that a sub-level of an axis names whole ("Objectif
// opérationnel 1.1 – Renforcer la prévention autour de la naissance") are
// the fiches numbered under it.
func TestSubAxisByTopic(t *testing.T) {
	askFamilies(t, []family{
		{"cotes-darmor-schema-enfance.md", []string{
			"quelles actions portent sur la periode autour de la naissance ?",
			"which actions are about prevention around birth?",
			"bonjour, les fiches sur la prévention autour de la naissance svp ? je suis à la PMI",
		}, []string{"Fiche 1.1.1", "Fiche 1.1.2"}},
	})
}

// The trade's chat abbreviations ("AF", "ass fam") stand for their words.
func TestChatAbbreviationsOfTheTrade(t *testing.T) {
	askFamilies(t, []family{
		{"landes-2024-2028.txt", []string{
			"dans les landes qui pilote l'action sur le recrutement des AF ? on galere a en trouver sur notre secteur",
			"recrutement des AF : c qui le pilote ?",
			"qui porte la fiche sur les ass fam dans les landes ?",
		}, []string{"Service de l'Accueil Familial"}},
	})
}

// The English words of the trade's ordinary life (siblings, teenagers,
// summer, the coast) find the French fiche that says them its way.
func TestEnglishWordsOfTheTrade(t *testing.T) {
	askFamilies(t, []family{
		{"la-reunion-2022-2026.txt", []string{
			"what are the result indicators for the siblings action?",
			"who leads the work on keeping siblings together?",
			"hi! siblings placed in care get split up, what's planned? asking for our team",
		}, []string{"fratries"}},
		{"cotes-darmor-schema-enfance.md", []string{
			"who's in charge of the summer street outreach on the coast?",
			"who runs youth work in coastal towns in summer?",
			"summer outreach on the coast: who's the lead? need it for a meeting",
		}, []string{"Service prévention et jeunesse"}},
	})
}

// How other départements print figures and dates, each asked in several
// wordings of the document's own schéma:
//   - a figure in a list led by a dated line ("Activité de protection de
//     l'enfance (données au 31/12/2022)", then "– 412 enfants confiés…") is
//     the figure of that date;
//   - a key-figures page prints a figure alone on its line, its label on the
//     lines below: they are one statement;
//   - a date asked about what a milestone's line names, beyond the label the
//     parser kept ("expérimentation … en 2024, généralisation au 1er janvier
//     2026"), is that milestone's;
//   - "when is the CRIP phone line up and running?" asks a date: the phone
//     is the topic, not a number asked for.
func TestFiguresAndDatesAsPrinted(t *testing.T) {
	for _, tt := range []struct {
		file      string
		questions []string
		want      string
	}{
		{"doubs-2024-2028.txt", []string{
			"combien d'enfants confiés à l'ASE fin 2022 dans le doubs ?",
			"how many children were in the care of the ASE at the end of 2022?",
			"salut, nb d'enfants confiés à l'ASE au 31/12/2022 ? c'est pour une note",
		}, "1 587"},
		{"schema-dppe-2023-2027.md", []string{
			"combien d'enfants confiés à l'ASE dans les hautes-pyrénées fin 2022 ?",
			"how many children were in the care of the ASE at the end of 2022?",
			"bonjour, je fais un point chiffres : nb d'enfants confiés à l'ASE au 31/12/2022 ?",
		}, "412"},
		{"sdppe-2023-2027.md", []string{
			"combien d'informations preocupantes en 2021 en haute vienne ?",
			"how many information préoccupantes did the CRIP receive in 2021?",
			"salut, le nombre d'IP reçues par la CRIP en 2021 stp ?",
		}, "2 186"},
		{"ille-et-vilaine-schema-enfance-famille-2024-2028.md", []string{
			"pour quand est prevue la généralisation de l'AED renforcée en ille-et-vilaine",
			"AED renforcée : la généralisation, c'est pour quand ?",
			"bonjour ! la généralisation de l'AED renforcée est prévue quand svp ?",
		}, "1er janvier 2026"},
		// An English noun after a hyphenated modifier, a list dated by
		// the sentence that leads it, a year wrapped after its month.
		{"vendee-2022-2026.txt", []string{
			"How many child-at-risk reports (informations préoccupantes) did the CRIP get in 2021?",
			"combien d'IP reçues par la CRIP en 2021 en vendée ?",
			"hi! how many child-protection referrals did the CRIP receive in 2021? for a slide",
		}, "2 457"},
		{"pyrenees-atlantiques-2024-2028.txt", []string{
			"How many informations préoccupantes did the CRIP receive in 2022?",
			"combien d'informations préoccupantes reçues fin 2022 ?",
			"bonjour, le nombre d'IP reçues par la CRIP en 2022 stp ?",
		}, "2 620"},
		{"marne-2023-2027.md", []string{
			"How many children were in ASE care in the Marne at the end of 2022?",
			"combien d'enfants confiés à l'ASE fin 2022 dans la marne ?",
			"salut, nb d'enfants confiés à l'ASE au 31 décembre 2022 ? c'est pour une note",
		}, "2 184"},
		{"somme-schema-enfance-2022-2026.md", []string{
			"when is the crip on-call phone line (astreinte) supposed to be up and running in the somme?",
			"quand l'astreinte téléphonique de la CRIP doit-elle être opérationnelle ?",
			"the CRIP phone on-call (astreinte), when is it planned?",
		}, "1er semestre 2023"},
	} {
		answersAll(t, layoutEngine(t, tt.file), tt.questions, tt.want)
	}
}

// A fiche whose only date names nothing ("Échéance : Fin 2025") is due as
// a whole: a question about what the fiche aims at gets that date.
func TestDueDateOfAWholeFiche(t *testing.T) {
	askFamilies(t, []family{
		{"doubs-2024-2028.txt", []string{
			"ramener le délai d'évaluation des IP à trois mois, c'est pour quand ?",
			"by when should IP assessments take three months at most in the Doubs?",
			"bonjour, le délai de 3 mois max pour traiter les IP, c'est prévu quand ? on en parle en équipe",
		}, []string{"Fin 2025"}},
	})
}

// The amount of something else is no answer to a budget asked of what an
// acronym names: the key figures give the whole ASE spending, not the
// budget of the reinforced AEMO.
func TestBudgetOfSomethingElse(t *testing.T) {
	e := layoutEngine(t, "maine-et-loire-2023-2027.txt")
	for _, q := range []string{
		"What budget is allocated to the reinforced AEMO measures in Maine-et-Loire?",
		"quel budget pour l'AEMO renforcée dans le 49 ?",
		"bonjour, combien d'euros sont prévus pour l'AEMO renforcée ? c'est pour le CA",
	} {
		if a, _ := e.Ask(context.Background(), q, chat.Conversation{}); a.Found {
			t.Errorf("%q: found %q", q, a.Text)
		}
	}
	// The amount the key figures do give is still found.
	askFamilies(t, []family{{"maine-et-loire-2023-2027.txt", []string{
		"combien le Département dépense-t-il pour l'aide sociale à l'enfance ?",
		"what is the ASE spending in Maine-et-Loire?",
		"dépenses d'ASE du maine et loire, c'est combien ?",
	}, []string{"182 millions"}}})
}

// "Which measures…" in a schéma whose fiches are measures asks for a list
// of fiches, and "comment on sait si ça marche" for a fiche's indicators.
func TestMeasuresAndHowWeKnow(t *testing.T) {
	askFamilies(t, []family{
		{"dordogne-2024-2028.pdf", []string{"which measures of the Dordogne plan involve the PJJ?", "quelles mesures associent la PJJ ?", "bonjour, la PJJ est partenaire de quelles mesures ?"},
			[]string{"Fiche 3", "Fiche 9"}},
		{"dordogne-2024-2028.pdf", []string{"comment on sait si la mesure 11 (sorties à 18 ans) marche ?", "how do we know if measure 11 works?", "pour le bilan : comment savoir si la mesure 11 fonctionne ?"},
			[]string{"contrats jeunes majeurs signés"}},
	})
}

// A passage is placed by its fiche and its part, with no empty marks when
// the part has no heading: "(fiche 1.2)", never "()" or "«  »".
func TestPassagePlaceHasNoEmptyMarks(t *testing.T) {
	for _, tt := range []struct{ file, question string }{
		{"oise-2024-2028.csv", "how many IPs did the CRIP 60 get in 2022?"},
		{"oise-2024-2028.csv", "combien d'informations préoccupantes reçues par la CRIP 60 en 2022 ?"},
		{"cote-dor-2023-2027.md", "does the cote d'or plan give the number of kids placed with a tiers digne de confiance?"},
	} {
		a, _ := layoutEngine(t, tt.file).Ask(context.Background(), tt.question, chat.Conversation{})
		if strings.Contains(a.Text, "()") || strings.Contains(a.Text, "«  »") || strings.Contains(a.Text, "« #") {
			t.Errorf("%s: %q\n got %q", tt.file, tt.question, a.Text)
		}
	}
}

// A date asked of what an acronym names is the date of the fiche that
// names it, not of a passage that shares only the verb ("ouvrir",
// "ouvre la séance").
func TestDateOfWhatAnAcronymNames(t *testing.T) {
	askFamilies(t, []family{
		{"vosges-2022-2026.txt", []string{"vosges : l'UAPED elle doit ouvrir quand ??", "quand est-ce que l'UAPED doit ouvrir dans les Vosges ?", "Vosges: the UAPED is supposed to open when?", "bonjour, l'UAPED des vosges elle ouvre quand svp ? je dois prévenir le juge"},
			[]string{"UAPED en 2023"}},
	})
}

// A figure asked of what is ("how many foster carers does it work with?")
// is a count the schéma states, not the target a fiche sets ("50 nouveaux
// assistants familiaux en 5 ans"); a figure asked of the aim is the target.
func TestCountIsNotTheTarget(t *testing.T) {
	askFamilies(t, []family{
		{"dordogne-2024-2028.pdf", []string{"how many foster carers (assistants familiaux) does Dordogne work with?", "combien d'assistants familiaux en Dordogne ?", "Dordogne, nombre d'assistants familiaux ? merci, c'est pour une réunion"},
			[]string{"436 assistants familiaux"}},
		{"dordogne-2024-2028.pdf", []string{"c quoi l'objectif chiffré pr recruter des assistants familiaux en dordogne", "what's the Dordogne's target number of new foster carers?", "combien de nouveaux assistants familiaux la Dordogne vise-t-elle ?"},
			[]string{"50 nouveaux assistants"}},
		{"cote-dor-2023-2027.md", []string{"how many assistants familiaux does cote d'or have?", "combien d'assistants familiaux en Côte-d'Or ?", "bonjour, la côte d'or compte combien d'assistants familiaux ?"},
			[]string{"412"}},
	})
}

// A fiche named by the code its schéma prints ("REP-1", "ACC-1"), with no
// word before it, is that fiche.
func TestFicheNamedByItsCode(t *testing.T) {
	askFamilies(t, []family{
		{"corse-du-sud-2013-2017.md", []string{"qui est pilote de REP-1 ?", "who leads REP-1 in Corse-du-Sud?", "bonjour, REP-1 c'est piloté par qui svp ? merci"},
			[]string{"Direction de l'enfance et de la famille"}},
		{"corse-du-sud-2013-2017.md", []string{"by when should REP-1 be in place?", "REP-1, c'est pour quand ?", "échéance de REP 1 ? je prépare le copil"},
			[]string{"mars 2014"}},
		{"corse-du-sud-2013-2017.md", []string{"qui porte ACC-1 ?", "who's in charge of ACC-1?", "ACC-1 : quel service pilote ?"},
			[]string{"Service de l'accueil familial"}},
	})
}
