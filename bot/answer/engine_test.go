package answer

import (
	"context"
	"io"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

// The shipped documents' ids.
const (
	isere   = "isere-2020-2024"
	moselle = "moselle-2019-2023"
)

var (
	engineOnce sync.Once
	sharedEng  *Engine
	engineErr  error
	// docText holds each document's text normalised by normQuote, to tell
	// whether a citation's quote is really in the document.
	docText map[string]string
)

// testEngine returns an engine on the shipped documents, built once per test
// binary: indexing takes about a second.
func testEngine(tb testing.TB) *Engine {
	tb.Helper()
	engineOnce.Do(func() {
		lib, err := corpus.LoadDefault()
		if err != nil {
			engineErr = err
			return
		}
		quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
		sharedEng, engineErr = NewEngine(context.Background(), lib, WithEngineLogger(quiet))
		docText = map[string]string{}
		for _, d := range lib.Docs {
			docText[d.ID] = normQuote(strings.Join(d.Lines, "\n"))
		}
	})
	if engineErr != nil {
		tb.Fatalf("build engine: %v", engineErr)
	}
	return sharedEng
}

var (
	reTagT      = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	reSupT      = regexp.MustCompile(`\^\{([^}]*)\}`)
	reNumSign   = regexp.MustCompile(`n\s*°\s*`)
	reSpacePct  = regexp.MustCompile(`\s+([:;!?,.])`)
	reSentences = regexp.MustCompile(`[.;!?]\s+`)
	markup      = strings.NewReplacer("**", "", "__", "", "*", "", "•", " ", "●", " ", "○", " ", "◦", " ", "▪", " ", "■", " ", "\t", " ", "\n", " ")
)

// normQuote removes what the documents' conversion added (HTML tags,
// emphasis, bullets, superscripts) and what typography varies (case,
// accents, dashes, "n°", spaces before French punctuation), so that a quote
// can be looked up in its document.
func normQuote(s string) string {
	s = reTagT.ReplaceAllString(s, " ")
	s = reSupT.ReplaceAllString(s, "$1")
	s = markup.Replace(s)
	s = corpus.Fold(s)
	s = reNumSign.ReplaceAllString(s, "")
	s = reSpacePct.ReplaceAllString(s, "$1")
	return strings.TrimSpace(s)
}

// quoteInDoc reports the first part of quote that its document does not
// hold, or "" when every line (or every sentence of a line the engine
// joined) is found in the document.
func quoteInDoc(doc, quote string) string {
	text := docText[doc]
	for _, line := range strings.Split(quote, "\n") {
		line = strings.TrimLeft(strings.TrimSpace(line), "-•○ ")
		n := normQuote(line)
		if n == "" || strings.Contains(text, n) {
			continue
		}
		for _, part := range reSentences.Split(n, -1) {
			part = strings.TrimRight(strings.TrimSpace(part), ".;!?")
			if len(part) > 2 && !strings.Contains(text, part) {
				return line
			}
		}
	}
	return ""
}

// wantCite describes a citation an answer must (or must not) carry; zero
// fields are not checked.
type wantCite struct {
	doc     string
	fiche   int
	section string
	page    int
}

func (w wantCite) matches(c chat.Citation) bool {
	if w.doc != "" && c.Doc != w.doc {
		return false
	}
	if w.fiche != 0 && (c.Fiche == nil || *c.Fiche != strconv.Itoa(w.fiche)) {
		return false
	}
	if w.section != "" && c.Section != w.section {
		return false
	}
	if w.page != 0 && (c.Page == nil || *c.Page != w.page) {
		return false
	}
	return true
}

// Labels the engine writes, by language: an answer in one language must
// not carry the other's.
var (
	frenchLabels  = []string{"Source :", "Voir aussi", "Je n'ai pas", "existe dans", "signifie", "Échéances qui", "Fiches rattachées", "Fiches qui traitent", "D'après le schéma", "ne renseigne pas", "Pas de fiche", "fiches 1 à", "Je peux répondre"}
	englishLabels = []string{"Source:", "See also", "I did not", "I found no", "stands for", "From the schéma", "Fiches on this", "Milestones due", "Fiches under", "Pilot(s)", "Partners and", "gives no", "I can answer"}
	// notFoundWords say plainly that the documents do not answer.
	notFoundWords = []string{"pas trouvé", "ne renseigne pas", "ne dispose", "did not find", "found no", "gives no", "do not have", "no calendar"}
	reYearT       = regexp.MustCompile(`\b(19|20)\d\d\b`)
)

type askCase struct {
	name  string
	q     string
	found bool
	lang  string
	// has must appear as written; hasFold case and accents aside; anyOf
	// groups need one of their strings (case and accents aside).
	has     []string
	hasFold []string
	anyOf   [][]string
	absent  []string
	cites   []wantCite
	noCites []wantCite
	// noDate: the answer must not give a date of its own (Moselle fiches
	// have no calendar).
	noDate bool
}

// checkAnswer checks what every answer must satisfy, then the case.
func checkAnswer(t *testing.T, tc askCase, a chat.Answer) {
	t.Helper()
	text := a.Text
	if strings.TrimSpace(text) == "" {
		t.Fatalf("%q: empty answer", tc.q)
	}
	if a.Found != tc.found {
		t.Errorf("%q: Found = %v, want %v\n%s", tc.q, a.Found, tc.found, text)
	}
	if tc.lang != "" {
		if a.Lang != tc.lang {
			t.Errorf("%q: Lang = %q, want %q", tc.q, a.Lang, tc.lang)
		}
		other := englishLabels
		if tc.lang == chat.English {
			other = frenchLabels
		}
		// The document's own words (quotes, section headings) stay French.
		labels := text
		for _, c := range a.Citations {
			labels = strings.ReplaceAll(labels, c.Quote, "")
			labels = strings.ReplaceAll(labels, c.Section, "")
		}
		for _, l := range other {
			if strings.Contains(labels, l) {
				t.Errorf("%q: a %s answer holds the label %q of the other language:\n%s", tc.q, tc.lang, l, text)
			}
		}
	}
	for _, s := range tc.has {
		if !strings.Contains(text, s) {
			t.Errorf("%q: answer lacks %q:\n%s", tc.q, s, text)
		}
	}
	for _, s := range tc.hasFold {
		if !strings.Contains(corpus.Fold(text), corpus.Fold(s)) {
			t.Errorf("%q: answer lacks %q (case and accents aside):\n%s", tc.q, s, text)
		}
	}
	for _, group := range tc.anyOf {
		ok := false
		for _, s := range group {
			ok = ok || strings.Contains(corpus.Fold(text), corpus.Fold(s))
		}
		if !ok {
			t.Errorf("%q: answer holds none of %q:\n%s", tc.q, group, text)
		}
	}
	for _, s := range tc.absent {
		if strings.Contains(corpus.Fold(text), corpus.Fold(s)) {
			t.Errorf("%q: answer holds %q, which it must not:\n%s", tc.q, s, text)
		}
	}
	for _, w := range tc.cites {
		ok := false
		for _, c := range a.Citations {
			ok = ok || w.matches(c)
		}
		if !ok {
			t.Errorf("%q: no citation %+v among %s", tc.q, w, citeList(a.Citations))
		}
	}
	for _, w := range tc.noCites {
		for _, c := range a.Citations {
			if w.matches(c) {
				t.Errorf("%q: unexpected citation %s", tc.q, citeList([]chat.Citation{c}))
			}
		}
	}
	if !tc.found {
		lower := corpus.Fold(text)
		said := false
		for _, w := range notFoundWords {
			said = said || strings.Contains(lower, corpus.Fold(w))
		}
		if !said {
			t.Errorf("%q: a not-found answer does not say it did not find:\n%s", tc.q, text)
		}
		if strings.Contains(text, "\n> ") || strings.HasPrefix(text, "> ") || strings.HasPrefix(text, "D'après") || strings.HasPrefix(text, "From the") {
			t.Errorf("%q: a not-found answer quotes the documents as if they answered:\n%s", tc.q, text)
		}
	}
	if tc.noDate {
		rest := text
		for _, label := range []string{"2019-2023", "2020-2024"} {
			rest = strings.ReplaceAll(rest, label, "")
		}
		if reYearT.MatchString(rest) || strings.Contains(corpus.Fold(rest), "semestre") {
			t.Errorf("%q: the answer gives a date the fiche does not have:\n%s", tc.q, text)
		}
	}
	checkCitations(t, tc.q, a)
	checkDefused(t, tc.q, a)
}

// checkCitations: a found answer rests on at least one citation, and every
// citation points at a real document, fiche and text.
func checkCitations(t *testing.T, q string, a chat.Answer) {
	t.Helper()
	if a.Found && len(a.Citations) == 0 {
		t.Errorf("%q: found answer without citation:\n%s", q, a.Text)
	}
	lib := sharedEng.Library()
	for _, c := range a.Citations {
		d := lib.Doc(c.Doc)
		if d == nil {
			t.Errorf("%q: citation of unknown document %q", q, c.Doc)
			continue
		}
		if c.Fiche != nil && d.Fiche(*c.Fiche) == nil {
			t.Errorf("%q: citation of fiche %s, which %s does not have", q, *c.Fiche, c.Doc)
		}
		if strings.TrimSpace(c.Quote) == "" {
			t.Errorf("%q: citation %s has an empty quote", q, citeList([]chat.Citation{c}))
			continue
		}
		if missing := quoteInDoc(c.Doc, c.Quote); missing != "" {
			t.Errorf("%q: citation quote %q is not in %s", q, missing, c.Doc)
		}
	}
}

// checkDefused: nothing the bot posts may notify a channel or a person.
func checkDefused(t *testing.T, q string, a chat.Answer) {
	t.Helper()
	texts := []string{a.Text}
	for _, c := range a.Citations {
		texts = append(texts, c.Quote)
	}
	for _, s := range texts {
		if !utf8.ValidString(s) {
			t.Errorf("%q: output is not valid UTF-8: %q", q, s)
		}
		if bad := undefused(s); bad != "" {
			t.Errorf("%q: output holds an un-defused %q: %q", q, bad, s)
		}
	}
}

// undefused returns the first mention in s that would notify people.
func undefused(s string) string {
	l := strings.ToLower(s)
	for _, m := range []string{"@channel", "@here", "@everyone", "@all", "<!", "<@"} {
		if strings.Contains(l, m) {
			return m
		}
	}
	return ""
}

func citeList(cs []chat.Citation) string {
	var parts []string
	for _, c := range cs {
		s := c.Doc
		if c.Fiche != nil {
			s += " fiche " + *c.Fiche
		}
		s += " «" + c.Section + "»"
		if c.Page != nil {
			s += " p." + strconv.Itoa(*c.Page)
		}
		parts = append(parts, "{"+s+"}")
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func runAskCases(t *testing.T, cases []askCase) {
	t.Helper()
	eng := testEngine(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := eng.Ask(context.Background(), tc.q, chat.Conversation{})
			checkAnswer(t, tc, a)
		})
	}
}

// Expected values below come from reading corpus/docs/*.md.

func TestAskPilots(t *testing.T) {
	runAskCases(t, []askCase{
		{name: "isere 24 fr", q: "Qui pilote la fiche 24 en Isère ?", found: true, lang: chat.French,
			has:    []string{"Directeur de l'Éducation, de la Jeunesse et du Sport (DEJS), Département de l'Isère", "Le pilote"},
			absent: []string{"Moselle"},
			cites:  []wantCite{{doc: isere, fiche: 24, section: "Le pilote", page: 82}}},
		{name: "moselle 3 en, FA", q: "who leads FA 3 in Moselle", found: true, lang: chat.English,
			has:    []string{"Direction de l'enfance, de la famille, et de l'insertion", "Sous-Direction des Actions Préventives et de l'Insertion", "Délégations territoriales : Service Social Polyvalent"},
			absent: []string{"Puéricultrice"}, // Isère fiche 3's pilot
			cites:  []wantCite{{doc: moselle, fiche: 3, section: "Pilotes"}}},
		{name: "isere 20 no accent no verb", q: "pilote fiche 20 isere", found: true, lang: chat.French,
			has:   []string{"Chef de service Accueil Protection de l'Enfance (APE) et Chef de service Accompagnement de l'Enfance et de sa Famille (AEF)"},
			cites: []wantCite{{doc: isere, fiche: 20, section: "Les pilotes", page: 75}}},
		{name: "isere 32 typo", q: "qui pilotte la fiche 32 en isere", found: true, lang: chat.French,
			has:   []string{"Cellule de Recueil des Informations Préoccupantes, Direction de l'Éducation, de la Jeunesse et du Sport (DEJS)"},
			cites: []wantCite{{doc: isere, fiche: 32, page: 97}}},
		{name: "isere 16 n°", q: "Qui est le pilote de la fiche n° 16 en Isere ?", found: true, lang: chat.French,
			has:   []string{"Chef de service Accueil en Protection de l'Enfance (APE)"},
			cites: []wantCite{{doc: isere, fiche: 16, section: "Le pilote", page: 67}}},
		{name: "isere 25 en two pilots", q: "who is responsible for action sheet 25 in isere?", found: true, lang: chat.English,
			has: []string{"Directeur adjoint et Chargée de mission prévention protection de l'enfance",
				"Chef de service action sociale de polyvalence, Direction des solidarités (DSO)"},
			cites: []wantCite{{doc: isere, fiche: 25, section: "Les pilotes", page: 84}}},
		{name: "moselle 12 pilots hold associations, not magistrates", q: "Qui pilote la fiche 12 en Moselle ?", found: true, lang: chat.French,
			has:    []string{"Associations habilitées", "Sous-Direction de l'Aide Sociale à l'Enfance"},
			absent: []string{"Magistrats", "Médecin départemental"},
			cites:  []wantCite{{doc: moselle, fiche: 12, section: "Pilotes"}}},
		{name: "moselle 12 partners hold magistrates, not associations", q: "Quels sont les partenaires de la fiche 12 en Moselle ?", found: true, lang: chat.French,
			has:    []string{"Magistrats", "Familles et personnes ressources pour les familles", "Professionnels du soin et du handicap"},
			absent: []string{"Associations habilitées"},
			cites:  []wantCite{{doc: moselle, fiche: 12, section: "Contributeurs"}}},
		{name: "both docs fr", q: "Qui pilote la fiche 5 ?", found: true, lang: chat.French,
			has: []string{"Chargé de projet – Service Jeunesse et sport", "Sous-Direction de l'Action Préventive et de l'Insertion",
				"Isère (2020-2024)", "Moselle (2019-2023)"},
			cites: []wantCite{{doc: isere, fiche: 5, section: "Le pilote", page: 45}, {doc: moselle, fiche: 5, section: "Pilotes"}}},
		{name: "both docs en", q: "Who leads fiche 12?", found: true, lang: chat.English,
			has:   []string{"Médecin départemental de PMI", "Associations habilitées", "Isère (2020-2024)", "Moselle (2019-2023)"},
			cites: []wantCite{{doc: isere, fiche: 12, page: 59}, {doc: moselle, fiche: 12}}},
	})
}

func TestAskCalendar(t *testing.T) {
	runAskCases(t, []askCase{
		{name: "by number fr", q: "Quel est le calendrier de la fiche 32 en Isère ?", found: true, lang: chat.French,
			has:   []string{"Actualisation du guide de procédure : Semestre 2 / 2019", "Semestre 1 / 2023"},
			cites: []wantCite{{doc: isere, fiche: 32, section: "Le calendrier", page: 97}}},
		{name: "by number lower case no accent", q: "calendrier fiche 24 isere", found: true, lang: chat.French,
			has:   []string{"Expérimentation de la mise en œuvre des référentiels : 2021", "Écriture des référentiels : 2020"},
			cites: []wantCite{{doc: isere, fiche: 24, section: "Le calendrier", page: 82}}},
		{name: "by number en with gloss", q: "When is fiche 20 in Isère due?", found: true, lang: chat.English,
			has:   []string{"Mise en place de la commission de régulation des places d'accueil", "Semestre 1 / 2020", "2022"},
			anyOf: [][]string{{"first half of 2020", "January–June 2020", "January-June 2020", "H1 2020", "1st half of 2020"}},
			cites: []wantCite{{doc: isere, fiche: 20, section: "Le calendrier", page: 75}}},
		{name: "by topic en: CRIP guide", q: "When is the CRIP guide due?", found: true, lang: chat.English,
			has:   []string{"Actualisation du guide de procédure", "Semestre 2 / 2019"},
			anyOf: [][]string{{"second half of 2019", "July–December 2019", "July-December 2019", "H2 2019", "2nd half of 2019"}},
			cites: []wantCite{{doc: isere, fiche: 32, section: "Le calendrier", page: 97}}},
		{name: "by milestone fr: guide for 17-year-olds", q: "Quand est prévue la création du guide pour les jeunes de 17 ans ?", found: true, lang: chat.French,
			has:   []string{"Création du guide : 2020 - 2021"},
			cites: []wantCite{{doc: isere, fiche: 25, section: "Le calendrier", page: 84}}},
		{name: "by milestone fr no accent: regulation commission", q: "quand est prevue la mise en place de la commission de regulation des places d'accueil", found: true, lang: chat.French,
			has:   []string{"Mise en place de la commission de régulation des places d'accueil", "Semestre 1 / 2020"},
			cites: []wantCite{{doc: isere, fiche: 20, section: "Le calendrier", page: 75}}},
		{name: "by milestone en: family conferences training", q: "When will ASE staff be trained to run family conferences?", found: true, lang: chat.English,
			has:   []string{"Formation des professionnels de l'ASE à l'animation de conférences familiales", "Semestre 1 / 2024"},
			cites: []wantCite{{doc: isere, fiche: 15, section: "Le calendrier", page: 65}}},
	})
}

func TestAskFields(t *testing.T) {
	runAskCases(t, []askCase{
		{name: "partners en", q: "What are the partners of fiche 12 in Isère?", found: true, lang: chat.English,
			has:   []string{"Équipe mobile de la DEJS", "Acteurs du champ médical et psychologique (libéraux, hospitaliers, etc.)", "Partners"},
			cites: []wantCite{{doc: isere, fiche: 12, section: "Les acteurs associés", page: 59}}},
		{name: "partners fr no accent", q: "partenaires de la fiche 30 en isere", found: true, lang: chat.French,
			has:   []string{"Institut de Formation en Travail Social (IFTS)", "Service recrutement et mobilités de la DRH"},
			cites: []wantCite{{doc: isere, fiche: 30, section: "Les acteurs associés", page: 94}}},
		{name: "objectives fr", q: "quels sont les objectifs de la fiche 16 en isere", found: true, lang: chat.French,
			has:   []string{"Garantir une orientation adaptée à chaque MNA", "Favoriser l'insertion sociale et professionnelle des MNA"},
			cites: []wantCite{{doc: isere, fiche: 16, section: "Les objectifs", page: 67}}},
		{name: "objectives en", q: "What are the objectives of fiche 11 in Moselle?", found: true, lang: chat.English,
			has:   []string{"Exercer pleinement les compétences dévolues au Département en matière de protection des mineurs"},
			cites: []wantCite{{doc: moselle, fiche: 11, section: "Objectifs"}}},
		{name: "actions fr", q: "Quelles sont les actions prévues dans la fiche 11 en Moselle ?", found: true, lang: chat.French,
			has:   []string{"Poursuivre la diversification de l'offre d'accueil et d'accompagnement en faveur des mineurs non accompagnés"},
			cites: []wantCite{{doc: moselle, fiche: 11, section: "Déclinaisons opérationnelles"}}},
		{name: "actions en", q: "What actions are planned in fiche 32 in Isère?", found: true, lang: chat.English,
			has:   []string{"Actualisation du guide départemental de procédures de traitement des informations préoccupantes"},
			cites: []wantCite{{doc: isere, fiche: 32, section: "Les modalités de mise en œuvre", page: 97}}},
		{name: "indicators fr", q: "quels sont les indicateurs de la fiche 12 en Isère ?", found: true, lang: chat.French,
			has:   []string{"Part des enfants placés dans l'année ayant bénéficié d'un bilan initial", "Prise de fonction des professionnels de l'équipe mobile"},
			cites: []wantCite{{doc: isere, fiche: 12, page: 59}}},
		{name: "indicators en", q: "What are the indicators of fiche 14 in Moselle?", found: true, lang: chat.English,
			has:   []string{"Existence d'un tableau de suivi d'indicateurs pour l'ODPE", "Consolidation du suivi des données d'activité"},
			cites: []wantCite{{doc: moselle, fiche: 14, section: "Indicateurs de réalisation"}}},
		{name: "fiche card", q: "fiche 12 isère", found: true, lang: chat.French,
			has: []string{"Organiser le suivi de la santé des enfants confiés", "Médecin départemental de PMI", "Équipe mobile de la DEJS",
				"Recrutements pour constituer l'équipe mobile : Semestre 2 / 2019"},
			cites: []wantCite{{doc: isere, fiche: 12, page: 59}}},
	})
}

func TestAskGlossary(t *testing.T) {
	runAskCases(t, []askCase{
		{name: "ODPE fr", q: "que veut dire ODPE ?", found: true, lang: chat.French,
			hasFold: []string{"Observatoire départemental de la protection de l'enfance"},
			cites:   []wantCite{{section: "Glossaire"}}},
		{name: "CDIP en, Moselle only", q: "What does CDIP stand for?", found: true, lang: chat.English,
			hasFold: []string{"Cellule départementale des informations préoccupantes"},
			cites:   []wantCite{{doc: moselle, section: "Glossaire", page: 53}},
			noCites: []wantCite{{doc: isere}}},
		{name: "CRIP alone, Isère", q: "CRIP", found: true,
			hasFold: []string{"Cellule de recueil des informations préoccupantes"},
			cites:   []wantCite{{doc: isere}},
			noCites: []wantCite{{doc: moselle}}},
		{name: "lower case fr", q: "que veut dire mna ?", found: true, lang: chat.French,
			hasFold: []string{"Mineur non accompagné"},
			cites:   []wantCite{{section: "Glossaire"}}},
		{name: "lower case en", q: "What does crip mean?", found: true, lang: chat.English,
			hasFold: []string{"Cellule de recueil des informations préoccupantes"},
			cites:   []wantCite{{doc: isere, section: "Glossaire"}}},
		{name: "c'est quoi", q: "c'est quoi la PJJ", found: true, lang: chat.French,
			hasFold: []string{"Protection judiciaire de la jeunesse"},
			cites:   []wantCite{{section: "Glossaire"}}},
	})
}

func TestAskLists(t *testing.T) {
	const (
		m4  = "Faire de l'évaluation initiale un levier de travail avec la famille"
		m5  = "Faire vivre l'évaluation tout au long du parcours de l'enfant"
		m6  = "Consolider la mise en œuvre du Projet pour l'Enfant"
		i7  = "Renouveler les réunions d'information des partenaires"
		i32 = "Harmoniser les pratiques de traitement des informations préoccupantes"
		i16 = "Redéfinir l'offre d'accueil dédiée aux Mineurs Non Accompagnés (MNA)"
		m11 = "Poursuivre le déploiement de réponses tenant compte des besoins des mineurs non accompagnés"
	)
	due2021 := []wantCite{{doc: isere, fiche: 1}, {doc: isere, fiche: 2}, {doc: isere, fiche: 16}, {doc: isere, fiche: 24}, {doc: isere, fiche: 25}}
	// Fiches whose milestones all fall outside 2021; Moselle has no calendar.
	not2021 := []wantCite{{doc: isere, fiche: 12}, {doc: isere, fiche: 20}, {doc: isere, fiche: 31}, {doc: isere, fiche: 32}, {doc: moselle}}
	runAskCases(t, []askCase{
		{name: "orientation 2 Moselle fr", q: "Quelles fiches relèvent de l'orientation 2 en Moselle ?", found: true, lang: chat.French,
			has: []string{m4, m5}, absent: []string{m6},
			cites: []wantCite{{doc: moselle, fiche: 4}, {doc: moselle, fiche: 5}}, noCites: []wantCite{{doc: moselle, fiche: 6}, {doc: isere}}},
		{name: "orientation 2 Moselle en", q: "Which fiches fall under orientation 2 in Moselle?", found: true, lang: chat.English,
			has: []string{m4, m5}, absent: []string{m6},
			cites: []wantCite{{doc: moselle, fiche: 4}, {doc: moselle, fiche: 5}}},
		{name: "piloted by the CRIP fr", q: "Quelles fiches sont pilotées par la CRIP ?", found: true, lang: chat.French,
			has: []string{i7, i32}, cites: []wantCite{{doc: isere, fiche: 7}, {doc: isere, fiche: 32}}},
		{name: "piloted by the CRIP en", q: "Which fiches are piloted by the CRIP?", found: true, lang: chat.English,
			has: []string{i7, i32}, cites: []wantCite{{doc: isere, fiche: 7}, {doc: isere, fiche: 32}}},
		{name: "due in 2021 fr", q: "Quelles fiches arrivent à échéance en 2021 ?", found: true, lang: chat.French,
			has: []string{"Élaboration du référentiel : Semestre 2 / 2021"}, cites: due2021, noCites: not2021},
		{name: "due in 2021 en", q: "Which fiches are due in 2021?", found: true, lang: chat.English,
			cites: due2021, noCites: not2021},
		{name: "about MNA fr", q: "Quelles fiches concernent les MNA ?", found: true, lang: chat.French,
			has: []string{i16, m11}, cites: []wantCite{{doc: isere, fiche: 16}, {doc: moselle, fiche: 11}}},
		{name: "about MNA en", q: "Which fiches are about unaccompanied minors?", found: true, lang: chat.English,
			has: []string{i16, m11}, cites: []wantCite{{doc: isere, fiche: 16}, {doc: moselle, fiche: 11}}},
	})
}

func TestAskOverview(t *testing.T) {
	mosOrientations := []string{"AGIR EN PREVENTION", "GARANTIR UNE EVALUATION CONTINUE DES BESOINS", "RENFORCER L'ACCOMPAGNEMENT GLOBAL",
		"ACCENTUER LA TRANSFORMATION QUALITATIVE", "PILOTER, EVALUER, INNOVER"}
	isereObjectives := []string{"Prévenir les difficultés auxquelles peuvent être confrontés les enfants et les familles",
		"Améliorer la prise en compte des besoins des enfants et des familles et de l'environnement",
		"Poursuivre l'évolution et mieux r", // "réguler" in the summary, "régulier" in the plan
		"Sécuriser les parcours des enfants accompagnés et éviter les ruptures",
		"Accompagner les professionnels intervenant en prévention et en protection de l'enfance"}
	runAskCases(t, []askCase{
		{name: "Moselle orientations fr", q: "Quelles sont les orientations du schéma de la Moselle ?", found: true, lang: chat.French,
			hasFold: mosOrientations, cites: []wantCite{{doc: moselle}}, noCites: []wantCite{{doc: isere}}},
		{name: "Moselle orientations en", q: "What are the orientations of the Moselle schéma?", found: true, lang: chat.English,
			hasFold: mosOrientations, cites: []wantCite{{doc: moselle}}, noCites: []wantCite{{doc: isere}}},
		{name: "Isère strategic objectives fr", q: "Quels sont les objectifs stratégiques de l'Isère ?", found: true, lang: chat.French,
			hasFold: isereObjectives, cites: []wantCite{{doc: isere}}, noCites: []wantCite{{doc: moselle}}},
		{name: "Isère strategic objectives en", q: "What are the strategic objectives of Isère?", found: true, lang: chat.English,
			hasFold: isereObjectives, cites: []wantCite{{doc: isere}}, noCites: []wantCite{{doc: moselle}}},
		{name: "Isère editorial fr", q: "Qui a signé l'édito du schéma de l'Isère ?", found: true, lang: chat.French,
			has: []string{"Jean-Pierre Barbier"}, absent: []string{"WEITEN"}, cites: []wantCite{{doc: isere}}},
		{name: "Moselle editorial en", q: "Who signed the Moselle editorial?", found: true, lang: chat.English,
			has: []string{"Patrick WEITEN"}, absent: []string{"Barbier"}, cites: []wantCite{{doc: moselle}}},
		{name: "Isère period fr", q: "Quelle est la période du schéma de l'Isère ?", found: true, lang: chat.French,
			has: []string{"2020", "2024"}, cites: []wantCite{{doc: isere}}},
		{name: "Moselle period en", q: "What period does the Moselle schéma cover?", found: true, lang: chat.English,
			has: []string{"2019", "2023"}, cites: []wantCite{{doc: moselle}}},
	})
}

func TestAskPassages(t *testing.T) {
	runAskCases(t, []askCase{
		{name: "figure fr", q: "Combien de jeunes majeurs étaient accueillis ou accompagnés en Isère fin 2018 ?", found: true, lang: chat.French,
			has: []string{"709"}, cites: []wantCite{{doc: isere}}},
		{name: "figure en", q: "How many young adults were supported in Isère at the end of 2018?", found: true, lang: chat.English,
			has: []string{"709"}, cites: []wantCite{{doc: isere}}},
		{name: "figure fr Moselle MNA", q: "combien de placements MNA fin 2018 en Moselle ?", found: true, lang: chat.French,
			has: []string{"362"}, cites: []wantCite{{doc: moselle}}},
		{name: "date fr", q: "Quand se sont tenus les États généraux de la protection de l'enfance en Isère ?", found: true, lang: chat.French,
			has: []string{"23 et 24 avril 2018"}, cites: []wantCite{{doc: isere}}},
	})
}

func TestAskNotFound(t *testing.T) {
	runAskCases(t, []askCase{
		{name: "Meurthe-et-Moselle", q: "Qui pilote la fiche 3 en Meurthe-et-Moselle ?", lang: chat.French,
			has: []string{"Meurthe-et-Moselle"}, absent: []string{"Direction de l'enfance", "Puéricultrice"}},
		{name: "Savoie fr", q: "Quelles sont les orientations du schéma de la Savoie ?", lang: chat.French,
			has: []string{"Savoie"}, absent: []string{"AGIR EN PREVENTION"}},
		{name: "Savoie en", q: "Who leads fiche 3 in Savoie?", lang: chat.English,
			has: []string{"Savoie"}, absent: []string{"Direction de l'enfance", "Puéricultrice"}},
		{name: "département number", q: "qui pilote la fiche 3 dans le 69 ?", lang: chat.French,
			absent: []string{"Direction de l'enfance", "Puéricultrice"}},
		{name: "no such fiche", q: "qui pilote la fiche 40 ?", lang: chat.French, has: []string{"40"}},
		{name: "no such fiche in Moselle en", q: "who pilots fiche 15 in Moselle?", lang: chat.English, has: []string{"15"}},
		{name: "unrelated fr", q: "quelle est la capitale de l'Australie ?", lang: chat.French},
		{name: "unrelated en", q: "What is the capital of Australia?", lang: chat.English},
		{name: "recipe", q: "recette de la tarte tatin", lang: chat.French},
		{name: "address", q: "Quelle est l'adresse de l'ASE de l'Isère ?", lang: chat.French},
		{name: "phone", q: "Quel est le numéro de téléphone de la CRIP ?", lang: chat.French},
		{name: "Moselle calendar fr", q: "Quel est le calendrier de la fiche 11 en Moselle ?", lang: chat.French, noDate: true,
			hasFold: []string{"calendrier"}},
		{name: "Moselle calendar en", q: "When is fiche 5 in Moselle due?", lang: chat.English, noDate: true,
			hasFold: []string{"calendar"}},
	})
}

// TestAskLanguage checks that the same question gets labels in the asker's
// language while the document's words stay French.
func TestAskLanguage(t *testing.T) {
	eng := testEngine(t)
	ctx := context.Background()
	fr, _ := eng.Ask(ctx, "Qui pilote la fiche 24 en Isère ?", chat.Conversation{})
	en, _ := eng.Ask(ctx, "Who leads fiche 24 in Isère?", chat.Conversation{})
	const pilot = "Directeur de l'Éducation, de la Jeunesse et du Sport (DEJS), Département de l'Isère"
	for _, a := range []chat.Answer{fr, en} {
		if !strings.Contains(a.Text, pilot) {
			t.Errorf("%q: the pilot is not quoted in French as written:\n%s", a.Question, a.Text)
		}
	}
	if !strings.Contains(fr.Text, "Source :") || strings.Contains(fr.Text, "Source:") {
		t.Errorf("French answer without French source line:\n%s", fr.Text)
	}
	if !strings.Contains(en.Text, "Source:") || strings.Contains(en.Text, "Source :") {
		t.Errorf("English answer without English source line:\n%s", en.Text)
	}
	if fr.Lang != chat.French || en.Lang != chat.English {
		t.Errorf("Lang = %q / %q, want fr / en", fr.Lang, en.Lang)
	}
	if len(en.Citations) == 0 || len(fr.Citations) == 0 || en.Citations[0].Quote != fr.Citations[0].Quote {
		t.Errorf("the quote must be the document's, whatever the language: %q vs %q", citeList(fr.Citations), citeList(en.Citations))
	}
}

// TestAskQuotesAreVerbatim runs many questions and checks every citation.
func TestAskQuotesAreVerbatim(t *testing.T) {
	eng := testEngine(t)
	for _, q := range fuzzSeeds {
		a, _ := eng.Ask(context.Background(), q, chat.Conversation{})
		checkCitations(t, q, a)
		checkDefused(t, q, a)
	}
}

func TestQuoteInDocHelper(t *testing.T) {
	testEngine(t)
	for _, tc := range []struct {
		doc, quote string
		ok         bool
	}{
		{isere, "Fiche action n°1 : Définir un référentiel départemental d'intervention de la PMI", true},
		{isere, "709 jeunes majeurs accueillis ou accompagnés", true},
		{moselle, "Direction de l'enfance, de la famille, et de l'insertion\nSous-Direction de l'Aide Sociale à l'Enfance", true},
		{moselle, "Objectif stratégique 1 : Prévenir les difficultés", false},
		{isere, "710 jeunes majeurs accueillis", false},
		{isere, "Patrick WEITEN", false},
	} {
		if got := quoteInDoc(tc.doc, tc.quote) == ""; got != tc.ok {
			t.Errorf("quoteInDoc(%s, %q) found = %v, want %v", tc.doc, tc.quote, got, tc.ok)
		}
	}
}

// TestAskReadsWhatIsAsked checks questions whose words could mislead: a
// topic that contains an intent word, a definition phrase that only opens
// the sentence, a list verb that asks for a field, ordinals, co-pilots,
// and questions the documents cannot answer although their words appear.
// Expected values are from the documents.
func TestAskReadsWhatIsAsked(t *testing.T) {
	runAskCases(t, []askCase{
		{name: "topic says mise en place, asks the date", q: "Mise en place effective de la commission départementale sur le statut des enfants confiés : quelle échéance ?",
			found: true, lang: chat.French, has: []string{"Mise en place effective de la commission départementale : Semestre 2 / 2020"},
			cites: []wantCite{{doc: isere, fiche: 27, section: "Le calendrier"}}},
		{name: "période of an action, not of the schéma", q: "Sur quelle période l'Isère prévoit-elle de former les pros au PPE ?",
			found: true, lang: chat.French, has: []string{"Former les professionnels et les accompagner : Semestre 2 / 2020 – Semestre 2 / 2024"},
			cites: []wantCite{{doc: isere, fiche: 14}}},
		{name: "qu'est-ce que opens a question about the CDE", q: "Qu'est-ce que la Moselle prévoit pour l'accueil d'urgence au CDE ?",
			found: true, lang: chat.French, has: []string{"Développer une antenne du CDE sur le territoire de Thionville"},
			absent: []string{"signifie"}, cites: []wantCite{{doc: moselle, fiche: 10}}},
		{name: "liste les modalités asks for the actions", q: "liste les modalités de mise en œuvre de la fiche sport/culture de l'Isère",
			found: true, lang: chat.French, hasFold: []string{"sports de nature"}, absent: []string{"Fiches qui traitent"},
			cites: []wantCite{{doc: isere, fiche: 10}}},
		{name: "ordinal orientation en", q: "list the action sheets under Moselle's 4th orientation", found: true, lang: chat.English,
			cites: []wantCite{{doc: moselle, fiche: 9}, {doc: moselle, fiche: 10}, {doc: moselle, fiche: 11}, {doc: moselle, fiche: 12}}},
		{name: "ordinal orientation fr in words", q: "les fiches de la quatrième orientation de la Moselle", found: true, lang: chat.French,
			cites: []wantCite{{doc: moselle, fiche: 9}, {doc: moselle, fiche: 12}}},
		{name: "co-pilotées", q: "Quelles fiches de l'Isère sont co-pilotées par la DSO ?", found: true, lang: chat.French,
			cites: []wantCite{{doc: isere, fiche: 6}, {doc: isere, fiche: 25}, {doc: isere, fiche: 29}}},
		{name: "filler words and a typo", q: "avec qui on bosse sur les violences conjuguales en isère ? les acteurs associés stp", found: true, lang: chat.French,
			hasFold: []string{"gendarmerie"}, cites: []wantCite{{doc: isere, fiche: 6}}},
		{name: "nb abbreviation and IP acronym", q: "nb d'enfants ayant fait l'objet d'une IP en 2018 en isere ?", found: true, lang: chat.French,
			has: []string{"3 230 enfants"}, cites: []wantCite{{doc: isere}}},
		{name: "list items under a heading", q: "les conferences de territoire en moselle c'etait ou et quand ?", found: true, lang: chat.French,
			has: []string{"Thionville : vendredi 7 septembre 2018"}, cites: []wantCite{{doc: moselle}}},
		{name: "exact figure set apart", q: "combien de répondants au baromètre en Moselle ?", found: true, lang: chat.French,
			has: []string{"698 répondants"}, cites: []wantCite{{doc: moselle}}},
		{name: "budget of a year the schéma does not give", q: "Quel budget est prévu pour le schéma de l'Isère en 2025 ?", lang: chat.French,
			absent: []string{"Élaboration du budget"}},
		{name: "phone number en", q: "What's the phone number of the CRIP in Isère?", lang: chat.English, absent: []string{"stands for"}},
		{name: "a person's name", q: "comment s'appelle le chef de service APE en isère ?", lang: chat.French},
		// Isère's figures count places chez les assistants maternels, never assistants familiaux.
		{name: "figure of something else", q: "Combien d'assistants familiaux en Isère ?", lang: chat.French, absent: []string{"32 600"}},
		{name: "an age is no count", q: "combien d'enfants confiés à l'ASE en Moselle ?", lang: chat.French, absent: []string{"17 ans"}},
		{name: "a budget is a sum of money", q: "Quel est le budget de la protection de l'enfance en Isère ?", lang: chat.French, absent: []string{"40 propositions"}},
		{name: "acronym counted by its expansion", q: "combien de MNA accueillis en isere fin 2018 ?", found: true, lang: chat.French,
			has: []string{"1 049 mineurs non accompagnés"}, cites: []wantCite{{doc: isere}}},
		// Isère's text gives no adoption date; fiche 27 mentions adoption but plans none.
		{name: "the plan's adoption is no milestone", q: "when was the Isère plan adopted?", lang: chat.English, absent: []string{"Fiche action n°27"}},
		{name: "the plan's adoption in Moselle", q: "When did the Moselle assembly adopt the plan?", found: true, lang: chat.English,
			has: []string{"19 mars 2019"}, cites: []wantCite{{doc: moselle}}},
		{name: "every milestone of a year", q: "quelles échéances en 2021 pour l'Isère ?", found: true, lang: chat.French,
			has:   []string{"Élaboration du référentiel : Semestre 2 / 2021"},
			cites: []wantCite{{doc: isere, fiche: 1}}},
		{name: "the contact of a fiche is its pilot", q: "Who's the contact for the CRIP guide?", found: true, lang: chat.English,
			has: []string{"Cellule de Recueil des Informations Préoccupantes"}, cites: []wantCite{{doc: isere, fiche: 32}}},
		{name: "is there a fiche on", q: "Y a-t-il une fiche sur la santé mentale ?", found: true, lang: chat.French,
			has: []string{"Fiche 13 : Faciliter l'accès des enfants aux soins en santé mentale"}, cites: []wantCite{{doc: isere, fiche: 13}}},
		{name: "a preamble before the question", q: "Bonjour ! Je prépare le comité de pilotage. Quelles sont les échéances de la fiche 21 de l'Isère ? Merci",
			found: true, lang: chat.French, has: []string{"Le calendrier"}, absent: []string{"Le pilote"}, cites: []wantCite{{doc: isere, fiche: 21, section: "Le calendrier"}}},
		{name: "English topic words: emergency reception overhaul", q: "hello, what are the milestones for the emergency reception overhaul in Isere?",
			found: true, lang: chat.English, cites: []wantCite{{doc: isere, fiche: 21, section: "Le calendrier"}}},
		{name: "how many orientations", q: "combien d'orientations dans le schéma de la Moselle ?", found: true, lang: chat.French,
			has: []string{"Cinq orientations (14 fiches"}, cites: []wantCite{{doc: moselle}}},
		{name: "what's planned", q: "What's planned for the users' committee?", found: true, lang: chat.English,
			has: []string{"Pérenniser le comité des usagers"}, cites: []wantCite{{doc: isere, fiche: 15, section: "Les modalités de mise en œuvre"}}},
		{name: "résultats attendus are objectives", q: "quels résultats attendus pour la fiche 13 en isère ?", found: true, lang: chat.French,
			cites: []wantCite{{doc: isere, fiche: 13, section: "Les objectifs"}}},
		{name: "how a fiche is evaluated: its indicators", q: "comment sera évaluée la fiche 7 de l'isère ?", found: true, lang: chat.French,
			cites: []wantCite{{doc: isere, fiche: 7, section: "Indicateurs de réalisation"}}},
		// Isère's fiches have no diagnostic: the context comes from the chapter
		// on its objective ("Les enjeux repérés", l.494).
		{name: "why a fiche without diagnostic", q: "why was fiche 17 created in Isère?", found: true, lang: chat.English,
			has:   []string{"l'offre d'accueil mère-enfant doit évoluer vers des centres parentaux"},
			cites: []wantCite{{doc: isere, fiche: 17}, {doc: isere, section: "Les enjeux repérés"}}},
		{name: "acronyms in the text count for themselves", q: "how many children benefited from AED or AEMO in Isère?", found: true, lang: chat.English,
			has: []string{"3 698 enfants"}, cites: []wantCite{{doc: isere}}},
		{name: "one word and a number asked", q: "Quelle est la population de l'Isère ?", found: true, lang: chat.French,
			has: []string{"1, 251 millions d'habitants"}, cites: []wantCite{{doc: isere}}},
		// The CDE is named in Moselle fiche 10 only (l.983-1029); "centre",
		// "départemental" and "enfance" apart are in every fiche.
		{name: "fiches an acronym appears in", q: "which Moselle fiches does the CDE appear in?", found: true, lang: chat.English,
			cites: []wantCite{{doc: moselle, fiche: 10}}, absent: []string{"Fiche 1:", "Fiche 2:", "Fiche 3:"}},
		{name: "fiches associating a partner", q: "Quelles fiches associent la PJJ ?", found: true, lang: chat.French,
			cites: []wantCite{{doc: moselle, fiche: 9}, {doc: isere, fiche: 22}}},
		// "axe 4 de la RAPT" is a reference, not a quantity; no MECS capacity is given.
		{name: "a reference number is no figure", q: "combien de places en MECS dans le 57 ?", lang: chat.French, absent: []string{"axe 4"}},
		// DEJS's director is named by office only ("Directeur de l'Éducation…"); "Service PMI" is no person.
		{name: "an office is no name", q: "Who is the director of the DEJS?", lang: chat.English},
		{name: "acronym and a year is no definition question", q: "What will the ODPE do in 2030?", lang: chat.English, absent: []string{"stands for"}},
		{name: "a semester's milestones", q: "échéances du 2e semestre 2022 en Isère", found: true, lang: chat.French,
			has: []string{"du 01/07/2022 au 31/12/2022"}, cites: []wantCite{{doc: isere, fiche: 4}}},
		{name: "a half-year in English", q: "deadlines in the first half of 2023", found: true, lang: chat.English,
			has: []string{"Bilan : Semestre 1 / 2023", "(1 fiche)"}, cites: []wantCite{{doc: isere, fiche: 32}}},
		{name: "the schéma's own years are no period asked", q: "quels sont les grands axes du schéma mosellan 2019-2023 ?", found: true, lang: chat.French,
			hasFold: []string{"AGIR EN PREVENTION"}},
		{name: "trade abbreviations", q: "combien de jeunes suivis par la prev spé en isere en 2018 ?", found: true, lang: chat.French,
			has: []string{"4930 jeunes"}, cites: []wantCite{{doc: isere}}},
		{name: "whats without apostrophe", q: "whats a CJM ?", found: true, lang: chat.English, hasFold: []string{"Contrat jeune majeur"}},
		{name: "English words of evaluation", q: "who pilots Moselle's action on evaluating the effects of the departmental policy?", found: true,
			lang: chat.English, cites: []wantCite{{doc: moselle, fiche: 14, section: "Pilotes"}}},
		// Isère's users' committee "s'est réuni à trois reprises" (a count in words).
		{name: "a count written in words", q: "How many times did the users' committee meet while the Isère plan was being drafted?",
			found: true, lang: chat.English, hasFold: []string{"trois reprises"}, cites: []wantCite{{doc: isere}}},
		{name: "strategic objectifs in franglais", q: "Can you summarize the 5 strategic objectifs of the Isere schema?", found: true,
			lang: chat.English, hasFold: []string{"Prévenir les difficultés"}},
		// Isère fiche 17's partners include the Centre parental de Charmeyran.
		{name: "a clear lead despite chat words", q: "avec qui l'isere travaille pour passer des accueils mere-enfant aux centres parentaux ? acteurs associés svp",
			found: true, lang: chat.French, hasFold: []string{"Charmeyran"}, cites: []wantCite{{doc: isere, fiche: 17, section: "Les acteurs associés"}}},
		// Moselle l.307: "délais légaux de 3 mois entre la réception de l'information et la décision".
		{name: "a legal delay is a duration, and French words stay French", q: "Quel est le délai légal entre la réception d'une IP et la décision, d'après le schéma de la Moselle ?",
			found: true, lang: chat.French, has: []string{"3 mois"}, cites: []wantCite{{doc: moselle}}},
		{name: "the président is the editorial's signatory", q: "qui est le président du département de la Moselle ?", found: true, lang: chat.French,
			has: []string{"Patrick WEITEN"}},
	})
}

// TestAskOtherLanguages checks that a question in neither French nor
// English gets an invitation to rephrase, in both, rather than an answer
// beside the point; French and English questions are not mistaken for them.
func TestAskOtherLanguages(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"Wer leitet Maßnahme 12 in Isère?", "¿Quién dirige la ficha 12 en Isère?", "Chi gestisce la scheda 12 in Isère?"} {
		a, _ := e.Ask(context.Background(), q, chat.Conversation{})
		if a.Found || !strings.Contains(a.Text, "français ou en anglais") || !strings.Contains(a.Text, "French or English") {
			t.Errorf("%q: %+v", q, a)
		}
	}
	for _, q := range []string{"Qui pilote la fiche 12 ?", "Who is in charge of fiche 3 in Isère?", "Que veut dire ODPE ?", "el PPE c'est quoi ?"} {
		if a, _ := e.Ask(context.Background(), q, chat.Conversation{}); strings.Contains(a.Text, "French or English") {
			t.Errorf("%q taken for another language: %q", q, a.Text)
		}
	}
}

// A fault while answering one question is reported to the user and
// logged; it does not take the command or the chat connection down, and
// the thread stays as it was.
func TestFaultWhileAnswering(t *testing.T) {
	var logs strings.Builder
	broken := &Engine{log: slog.New(slog.NewTextHandler(&logs, nil))} // no documents, no index
	conv := chat.Conversation{Doc: "isere-2020-2024", Fiche: "12"}
	a, got := broken.Ask(context.Background(), "Qui pilote la fiche 12 ?", conv)
	if a.Found || !strings.Contains(a.Text, "erreur interne") {
		t.Errorf("answer %+v, want a French internal-error reply", a)
	}
	if got.Doc != conv.Doc || got.Fiche != conv.Fiche {
		t.Errorf("thread %+v, want it unchanged", got)
	}
	if !strings.Contains(logs.String(), "answering failed") {
		t.Errorf("no error logged: %q", logs.String())
	}
	if a, _ := broken.Ask(context.Background(), "Who leads fiche 12?", conv); !strings.Contains(a.Text, "internal error") {
		t.Errorf("English question: %q", a.Text)
	}
}
