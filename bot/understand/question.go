package understand

import (
	"fmt"
	"regexp"
	"schemabot/bot/chat"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"schemabot/corpus"
	"schemabot/corpus/calendar"
	"schemabot/retrieval"
)

// Question is what was understood of a user's question: the documents,
// fiches, field, period and kind of answer it asks for.
type Question struct {
	Raw    string
	Lang   string
	Folded string // Fold(raw) with spaces around, for phrase matching

	Docs         []string // documents named, by id
	UnknownPlace string   // a département named that no document covers
	Fiches       []string // fiche labels, canonical
	// Action is an action numbered within the fiche asked ("l'action 5 de
	// cette fiche", "fiche 13, action 5"), 0 when none.
	Action   int
	Axis     int    // "orientation 2", "objectif stratégique 3"
	AxisKind string // folded kind word when given: "orientation", "objectif strategique", "axe"
	Field    string // retrieval.Field* asked for, "" when none
	// FieldWeak is set when the field is asked only by a phrase that may
	// also describe a topic ("la mise en place de…").
	FieldWeak bool
	Acronyms  []string
	Glossary  bool // asks what an acronym means
	List      bool // asks for a list of fiches
	Count     bool // asks how many
	Overview  string
	// Overviews are all the facts of the schéma as a whole the Question
	// asks ("il couvre quelle période et il a été adopté quand ?"),
	// overview being the first.
	Overviews      []string
	SubAxis        string          // "2.2": the fiches labelled under a sub-level of an axis
	Ordinal        int             // "la 3e fiche": a fiche by its rank, 0 when none, LastOrdinal for the last
	Within         map[string]bool // "lesquelles…": the thread's last list ("doc/label"), nil otherwise
	WantsNumber    bool            // the answer is a number or a share
	WantsDate      bool            // the answer is a date
	WantsPlace     bool            // the answer is an address or a place
	WantsTown      bool            // the answer names the towns or sites where something took place
	WantsContact   bool            // the answer is a phone number or an e-mail address
	WantsName      bool            // the answer is a person's name
	WantsMoney     bool            // the number asked is a sum of money
	WantsDuration  bool            // the number asked is an age or a duration
	WantsFrequency bool            // asks how often something happens ("à quelle fréquence", "how often")
	WantsUpcoming  bool            // the date asked is a coming one ("the next meeting")
	WantsPlanned   bool            // the date asked is one the schéma plans ("supposed to", "date limite")
	WantsTarget    bool            // the figure asked is one the schéma aims at ("combien veut-on recruter ?")
	Head           string          // the thing "quel X", "which X" asks for ("quel cabinet" → "cabinet")
	Equivalent     bool            // asks for the other schéma's counterpart ("l'équivalent côté Isère")
	EachSchema     bool            // asks of every schéma at once ("les deux schémas", "both plans")
	// ListByActions is set when the only list cue is one that also asks
	// for a fiche's actions, and the question asks what is planned
	// ("quelles actions sont prévues ?").
	ListByActions bool
	// ListActions is set when the only list cue is "quelles actions" or
	// "which actions": the actions of one fiche when the topic names
	// that fiche's title, the fiches on the topic otherwise.
	ListActions bool
	// TheFiche is set when the question names one fiche by its topic ("la
	// fiche sur…", "the action on…").
	TheFiche bool
	// Part is the topic of a part of the schéma the question names by
	// what it is about ("la partie sur l'offre d'accueil et sa régulation"
	// → "l'offre d'accueil et sa regulation"), folded; "" when none.
	Part string
	// ListBare is set when the only list cue is the word for fiches itself
	// ("les fiches, comment sont-elles organisées ?").
	ListBare bool
	// OneFiche is set when the list cue asks for one fiche ("c'est quelle
	// fiche qui traite de…", "which fiche covers…").
	OneFiche bool
	// ListWeak is set when a list is asked only in words that may ask for
	// a list of anything ("list the working groups", "lesquelles").
	ListWeak bool
	Counted  string // what a "how many" Question counts ("assistants familiaux")
	// WantsOpinion is set when the question asks the bot's own judgement
	// ("in your opinion", "à ton avis"), which no schéma states.
	WantsOpinion bool
	// CountedKind narrows what is counted to a kind ("domestic violence"
	// in "how many reports involved domestic violence"); "" when none.
	CountedKind string
	// FicheNoun is the word a question names one fiche by, beside the word
	// "fiche": "la fiche innovation", "the MNA fiche", "la fiche sur
	// l'internat"; "" when none.
	FicheNoun string
	Year      int // a year the Question names ("en 2018"), 0 when none
	From, To  time.Time
	FollowUp  bool // reads as a follow-up of the thread ("et les partenaires ?")
	// AxisTopic is set when an axis is named by what it is about, not by
	// its number ("the objective about children's pathways").
	AxisTopic bool
	// Continues is set when the question reads as continuing the thread
	// ("et…", "and…", "what about…") or points back at it ("il", "it").
	Continues bool
	Topic     string // the Question without its intent words, for search
	Narrative bool   // search the chapters only, not the fiches
}

// Overview kinds.
const (
	OverviewAxes      = "axes"
	OverviewPeriod    = "period"
	OverviewEditorial = "editorial"
	OverviewDocs      = "docs"
	OverviewFiches    = "fiches"
	OverviewAdopted   = "adopted"
	OverviewMethod    = "method"
)

// LastOrdinal is the rank of "the last fiche".
const LastOrdinal = -1

// labelRef is a fiche label as a folded Question writes it: "12", "1.2",
// "2.2.4", "3 bis", "a3".
const labelRef = `(?:[ivx]{1,4}-\d{1,2}|[a-z]\.?\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,3}(?:\.\d{1,2}){0,3})(?:\s*(?:bis|ter)\b)?\b`

// reOpenPeriod is a period open at its end: "après 2024" (group 1), "2026
// onwards" (group 2), "à partir de 2026" (group 3).
var reOpenPeriod = regexp.MustCompile(`\b(?:(?:apres|after|beyond|au-dela de|au dela de)\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s+(?:onwards|and beyond|et au-dela|et apres)|(?:a partir de|from)\s+((?:19|20)\d\d)\s+(?:onwards|et au-dela))\b`)

var (
	reYear     = regexp.MustCompile(`\b(19|20)\d\d\b`)
	reFicheRef = regexp.MustCompile(`\b(?:fiches?(?:[ -]actions?)?|fa|actions?|mesures?|chantiers?|measures?|sheets?|cards?|action sheets?|items?)\s*(?:n\s*°|n°|no\.?|nr\.?|num(?:ero)?\.?|number|#)?\s*(` + labelRef + `)((?:\s*(?:,|et|and|&|ou|or)\s*(?:n°\s*)?(?:` + labelRef + `))*)`)
	// reCodeRef is a fiche code as schémas print them, capitals then a
	// number: "REP-1", "EF-01", "PE 13", "M4", "B1 bis".
	reCodeRef = regexp.MustCompile(`\b[A-Z]{1,4}(?:\s?[-–]\s?|\s)?\d{1,2}(?:\s*(?:bis|ter)\b)?\b`)
	// reRoleName asks for the name of a role or a body, which the schémas
	// give, not of a person: "le nom du poste", "the name of the role".
	reRoleName = regexp.MustCompile(`\bnom (?:du|de la|de|d'un|d'une|de son|de sa) (?:poste|fonction|role|service|direction|dispositif|structure)\b|\bname of (?:the |that |this )?(?:role|post|position|job|service|team|body)\b`)
	// reCodeSpace is a code typed with a space for its dash: "REP 1".
	reCodeSpace = regexp.MustCompile(`^([A-Z]{2,4})\s(\d)`)
	reBareRef   = regexp.MustCompile(`(?:^|\s)(?:la|le|the|number|n°|#)\s*(\d{1,2}(?:\.\d{1,2}){0,2}(?:\s*(?:bis|ter)\b)?|[a-z]\d{1,2}(?:\s*bis\b)?)\s*(?:\?|$|,|:|de |du |en |in |for |pour |c |c'|est |elle |ca |is |has |aussi\b|also\b|too\b|non\b|svp\b|stp\b|please\b|pls\b)`)
	reAxisRef   = regexp.MustCompile(`\b(objectifs? strat(?:egiques?)?\.?|axes? strategiques?|axe|axis|os|strategic objective|strategic goal|priorite|priority|lever|` + strings.Join(corpus.AxisNouns, "|") + `)(?:\s*(?:n\s*°|n°|no\.?|number)?\s*(\d{1,2})|\s+([ivx]{1,5}|[a-h]))\b(?:[^'.]|$)`)
	// reSubAxisRef is a numbered sub-level of an axis ("l'objectif 2.2"),
	// whose fiches are labelled under it (2.2.1, 2.2.2…).
	reSubAxisRef = regexp.MustCompile(`\b(?:orientation|objectif strategique|objectif|axe|axis|objective|goal|priorite|priority|enjeu)\s*(?:n\s*°|n°)?\s*(\d{1,2}\.\d{1,2})\b`)
	reShortName  = regexp.MustCompile(`(?i:\b(?:les|des|aux|en|dans|the|in|of)\s+)([A-Z][A-Za-z]{1,3})\b`)
	reDeptNumber = regexp.MustCompile(`(?:departement|dept|dpt|departement n°|le|du|dans le|en|in the|schema|schema du|plan)\s+(\d{2,3}|2a|2b)\b|\((\d{2,3}|2a|2b)\)`)
	reDueYear    = regexp.MustCompile(`\b(?:echeances|deadlines|jalons|milestones)\s+(?:de |of |for |en |in )?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+(?:echeances|deadlines|milestones)\b`)
	reYearRef    = regexp.MustCompile(`\b(?:en|in|des|as early as|pour|for|d'ici|by|avant|before|au cours de|during|durant|fin|end of|debut|start of|beginning of)\s+((?:19|20)\d\d)\b`)
	reAcronym    = regexp.MustCompile(`\b[A-Z][A-Z0-9]{1,9}s?\b`)
	// reDottedAcronym is an acronym written with dots, three letters at
	// least: "P.I.P.P.I", "A.E.M.O.".
	reDottedAcronym = regexp.MustCompile(`\b(?:[A-Z]\.){2,}[A-Z]?\.?`)
	reMoreNums      = regexp.MustCompile(labelRef)
	// reActionInFiche is an action numbered within a fiche: "action 5 de
	// cette fiche", "action 2 of fiche 13" (the action's number is group
	// 1), "fiche 13, action 5" (group 2).
	reActionInFiche = regexp.MustCompile(`\baction\s+(?:n\s*°\s*)?(\d{1,2})\s+(?:de|of|in|dans|du|from)\s+(?:(?:cette|that|this|the|la|sa|its)\s+)?(?:fiche|sheet)\b|\b(?:fiche|sheet)\s+(?:n\s*°\s*)?\d{1,3}\s*[,:;-]?\s*(?:l'|the\s+)?action\s+(\d{1,2})\b`)
	// reFicheAction is the compound noun "fiche(s) action(s)".
	reFicheAction = regexp.MustCompile(`\b(fiches?)[ -]actions?\b`)
	// reActionSheet is the English "action sheet": its "action" asks for
	// no field either.
	reActionSheet = regexp.MustCompile(`\bactions?[ -](sheets?)\b`)
	// reAxisAbout is an axis named by its topic.
	reAxisAbout = regexp.MustCompile(`\b(?:objectifs? strategiques?|objectifs?|objectives?|strategic goals?|orientations?|axes?|axis|priorites?|priorities|priority|enjeux?|ambitions?)\s+(?:about|on|regarding|concerning|dedicated to|sur|concernant|(?:relati[fv]|consacre|dedie)\w* (?:a|aux|au)|autour de|qui porte sur|that is about|which is about)\b`)
)

// reAxisWord is the word for an axis before another word ("l'axe
// Protéger"), not before its number.
var reAxisWord = regexp.MustCompile(`\b(?:l'axe|axe|axis|l'orientation|orientation|defi|le defi)\s+[a-z]`)

// genericCounted are what "how many" may count without naming it.
var genericCounted = map[string]bool{"monde": true, "personnes": true, "gens": true, "people": true, "persons": true,
	"fois": true, "times": true, "participants": true}

// countPrefixes introduce what a "how many" Question counts.
var countPrefixes = []string{"combien de ", "combien d'", "how many ", "nombre de ", "nombre d'", "nb de ", "nb d'", "number of "}

// countedWords returns the words a "how many" Question counts: up to two
// words after "combien de", stopping at the first word without meaning
// ("combien d'enfants confiés à l'ASE" → "enfants confies").
func countedWords(folded string) string {
	// "How many staff, how many schools?": each thing counted, either of
	// which a figure may count.
	type at struct {
		i     int
		words string
	}
	var found []at
	for _, p := range countPrefixes {
		for off := 0; ; {
			i := strings.Index(folded[off:], " "+p)
			if i < 0 {
				break
			}
			i += off
			off = i + 1 + len(p)
			// "combien de" is also inside "combien d'…" prefixes' reach:
			// one place counts once.
			if slices.ContainsFunc(found, func(f at) bool { return f.i == i }) {
				continue
			}
			if w := countedAt(folded[off:], p); w != "" {
				found = append(found, at{i, w})
			}
		}
	}
	sort.Slice(found, func(a, b int) bool { return found[a].i < found[b].i })
	var all []string
	for _, f := range found {
		if !slices.Contains(all, f.words) {
			all = append(all, f.words)
		}
	}
	return strings.Join(all, " or ")
}

// countedAt returns the words after the count prefix p (at the start of
// rest) that name what is counted.
func countedAt(rest, p string) string {
	var words []string
	conj := func(w string) bool { return w == "and" || w == "et" || w == "or" || w == "ou" }
	fields := strings.Fields(rest)
	for k, w := range fields {
		w = strings.Trim(w, "?,.;:!()\"'")
		joined := len(words) > 0 && conj(words[len(words)-1])
		// "children and young people", "d'enfants et de jeunes":
		// the things joined are counted together.
		if conj(w) && len(words) > 0 && k+1 < len(fields) {
			words = append(words, w)
			continue
		}
		if joined {
			w = strings.TrimPrefix(w, "d'")
			if w == "de" || w == "des" || w == "du" {
				continue
			}
		}
		// "combien de conférences des familles": a noun's complement
		// names what is counted with it.
		if len(words) == 1 && (w == "de" || w == "des" || w == "du") && p != "how many " && p != "number of " && k+1 < len(fields) {
			next := strings.Trim(fields[k+1], "?,.;:!()\"'")
			if next != "" && !retrieval.IsStop(next) && !isDigits(next) {
				words = append(words, next)
				break
			}
		}
		if w == "" || retrieval.IsStop(w) || len(words) >= 2 && !joined || len(words) >= 5 {
			break
		}
		if genericCounted[w] {
			// "How many people answered…": in English what follows is
			// what they did.
			if len(words) == 0 && (p == "how many " || p == "number of ") {
				break
			}
			continue // "combien de monde", "how many people": anything counts
		}
		// "combien de temps dure la formation": a length of time asked
		// counts nothing the text names.
		if len(words) == 0 && (w == "temps" || w == "time") {
			break
		}
		// "combien d'habitants compte l'Isère": after the noun, a
		// French word that does not look like an adjective or a
		// participle is the verb, not part of what is counted.
		if len(words) == 1 && strings.HasPrefix(p, "combien") && !adjectiveLike(words[0]) && !adjectiveLike(w) {
			break
		}
		words = append(words, w)
	}
	// "how many schools and how many…": a conjunction left at the end
	// joins the next count, not a thing counted.
	for len(words) > 0 && conj(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// countedKind returns the words after a phrase that narrows what a "how
// many" question counts ("involving", "victimes de"), up to three words of
// meaning: "how many reports involved domestic violence in 2018" →
// "domestic violence".
func countedKind(folded string) string {
	t := scan(folded)
	for _, p := range intentVocab.phrases("count-qualifier") {
		_, end := t.index(p)
		if end < 0 {
			continue
		}
		var words []string
		for _, w := range strings.Fields(folded[end:]) {
			w = strings.Trim(w, "?,.;:!()\"'")
			w = strings.TrimPrefix(strings.TrimPrefix(w, "l'"), "d'")
			if len(words) == 0 && isArticle(w) {
				continue
			}
			if w == "" || retrieval.IsStop(w) || isDigits(w) || len(words) == 3 {
				break
			}
			words = append(words, w)
		}
		return strings.Join(words, " ")
	}
	return ""
}

// ordinals name an axis by rank: "4e orientation", "the fourth priority".
var (
	reOrdinalAxis  = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th|e|eme|ieme|er|ere|re|°)\s+(orientation|axe|axis|objectif strategique|strategic objective|strategic goal|priorite|priority|engagement|pilier|pillar)\b`)
	reWordAxis     = regexp.MustCompile(`\b(premier|premiere|first|deuxieme|second|seconde|troisieme|third|quatrieme|fourth|cinquieme|fifth|sixieme|sixth)\s+(orientation|axe|axis|objectif strategique|strategic objective|strategic goal|priorite|priority|engagement|pilier|pillar)\b`)
	reOrdinalFiche = regexp.MustCompile(`\b(?:(\d{1,2})(?:st|nd|rd|th|e|eme|ieme|er|ere|re|°)|(premier|premiere|first|deuxieme|second|seconde|troisieme|third|quatrieme|fourth|cinquieme|fifth|sixieme|sixth|septieme|seventh|huitieme|eighth|neuvieme|ninth|dixieme|tenth|last|final|derniere|dernier))\s+(?:fiches?(?:[ -]actions?)?|actions?|action sheets?|sheets?)\b|\b(?:fiches?(?:[ -]actions?)?|action sheets?)\s+(derniere|dernier)\b`)
	ordinalWords   = map[string]string{"septieme": "7", "seventh": "7", "huitieme": "8", "eighth": "8", "neuvieme": "9", "ninth": "9", "dixieme": "10", "tenth": "10", "premier": "1", "premiere": "1", "first": "1", "deuxieme": "2", "second": "2", "seconde": "2",
		"troisieme": "3", "third": "3", "quatrieme": "4", "fourth": "4", "cinquieme": "5", "fifth": "5", "sixieme": "6", "sixth": "6"}
)

// The vocabularies of questions (vocab/*.txt).
var (
	fieldVocab    = loadLexicon("fields")
	intentVocab   = loadLexicon("intents")
	overviewVocab = loadLexicon("overview")
)

// fieldOrder is the order of the fields' sections, for ties; summary comes
// last and is asked only when nothing more precise is.
var fieldOrder = []string{retrieval.FieldPilots, retrieval.FieldPartners, retrieval.FieldCalendar, retrieval.FieldIndicators,
	retrieval.FieldObjectives, retrieval.FieldActions, retrieval.FieldDiagnostic}

// overviewOrder is the order of the overview kinds, first asked first.
var overviewOrder = []string{OverviewAxes, OverviewEditorial, OverviewPeriod, OverviewMethod, OverviewAdopted, OverviewDocs}

var questionPunct = strings.NewReplacer("’", "'", "?", " ? ", "!", " ",
	// "Quelle(s) fiche(s)": the inclusive plural is the plural.
	"(s)", "s", "(S)", "S", "(es)", "es", "(x)", "x")

// understand reads a question. lib gives the documents' départements and
// glossaries; conv the thread so far.
func Parse(raw string, lib *corpus.Library, conv chat.Conversation, today time.Time) Question {
	return ParseWeighted(raw, lib, conv, today, DefaultWeights)
}

// ParseWeighted is Parse with the weights of its cues given.
func ParseWeighted(raw string, lib *corpus.Library, conv chat.Conversation, today time.Time, w Weights) Question {
	q := Question{Raw: raw, Lang: DetectLang(raw)}
	f := corpus.Fold(questionPunct.Replace(raw))
	q.Folded = " " + f + " "
	// "Fiches actions" is the documents' noun for fiches: its "actions"
	// asks for no field.
	q.Folded = reFicheAction.ReplaceAllString(q.Folded, "$1")
	q.Folded = reActionSheet.ReplaceAllString(q.Folded, "$1")
	// "Quel objectif fixe-t-elle ?", "évalue-t-on": the pronoun of an
	// inverted question is the verb's subject, no word of the topic.
	q.Folded = reInverted.ReplaceAllString(q.Folded, "$1$2")
	// "Savoir quand faire une IP", "know when to report": a "when" before
	// an infinitive says what the asker wants to know how to do; it asks
	// no date.
	q.Folded = reEmbeddedWhen.ReplaceAllString(q.Folded, "$1$2")
	// "…ils décrochent quand ils changent de foyer. Le Département a un
	// plan pour les clubs ?": a "when" in a statement told before the
	// question links two facts of the story; it asks no date.
	q.Folded = withoutStatementWhen(q.Folded)
	// "Il y a un truc sur le handicap, non ?", "that's fiche 3, right?":
	// a tag that asks for agreement is no word of the topic.
	q.Folded = reTagQuestion.ReplaceAllString(q.Folded, "$1")
	// "On prépare le bilan sur les tiers bénévoles", "I'm writing a note on
	// boarding schools": the asker's work is no word of the topic; what it
	// is about is.
	q.Folded = reWorkingOn.ReplaceAllString(q.Folded, " ")
	// "Et en Isère à la même date ?" asks the last question's figure at
	// the last question's date: it names no date to ask.
	q.Folded = without(q.Folded, intentVocab.phrases("same-time"))
	q.Folded = fixFieldTypos(q.Folded)
	rest := q.Folded // what is left once intent words are taken out

	q.Docs, q.UnknownPlace, rest = findPlaces(rest, raw, lib)
	// "Que prévoit le schéma de la Drôme pour les MNA ? on est voisins de
	// l'Isère": the département the sentence that asks names is the one
	// asked about; a covered one named only around it is context.
	if q.UnknownPlace != "" && len(q.Docs) > 0 {
		if asking := " " + corpus.Fold(askingSentence(raw)) + " "; IndexWord(asking, corpus.Fold(q.UnknownPlace)) >= 0 &&
			!slices.ContainsFunc(q.Docs, func(id string) bool {
				d := lib.Doc(id)
				return d != nil && IndexWord(asking, corpus.Fold(d.Departement)) >= 0
			}) {
			q.Docs = nil
		}
	}
	rest = withoutSchemaTitle(rest, q.Docs, lib)
	rest = withoutAskerTowns(rest, raw, lib)
	// The cues of intent are read without the places: "which Moselle
	// actions…" is "which actions…".
	placeless := rest

	// "La 3e fiche", "the third action sheet": a fiche by its rank, in
	// the document or in the axis the Question names.
	if m := reOrdinalFiche.FindStringSubmatch(rest); m != nil {
		n := m[1]
		if w, ok := ordinalWords[m[2]]; ok {
			n = w
		}
		q.Ordinal, _ = strconv.Atoi(n)
		if last := m[2] + m[3]; last == "last" || last == "final" || strings.HasPrefix(last, "dernier") {
			q.Ordinal = LastOrdinal
		}
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	// Axes before fiches: "objectif stratégique 2" is no fiche.
	rest = reOrdinalAxis.ReplaceAllString(rest, "$2 $1")
	rest = reWordAxis.ReplaceAllStringFunc(rest, func(m string) string {
		sm := reWordAxis.FindStringSubmatch(m)
		return sm[2] + " " + ordinalWords[sm[1]]
	})
	if m := reSubAxisRef.FindStringSubmatch(rest); m != nil {
		q.SubAxis = m[1]
		q.List = true
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	if m := reAxisRef.FindStringSubmatch(rest); m != nil {
		if n, _ := corpus.AxisNumber(m[2] + m[3]); n > 0 && m[2] != "" && fichesCalled(lib, m[1]) && !axesCalled(lib, m[1], 1) {
			// "L'engagement 4" in a schéma whose fiches are its
			// "Engagements" (and its axes "Ambitions") is a fiche.
			q.Fiches = AppendUnique(q.Fiches, strconv.Itoa(n))
			rest = strings.Replace(rest, m[0], " ", 1)
		} else if n > 0 {
			q.Axis = n
			q.AxisKind = m[1]
			rest = strings.Replace(rest, m[0], " ", 1)
		}
	}
	// "Les fiches de l'objectif 5" in a schéma whose axes are its
	// "objectifs stratégiques" names the fifth axis, unless a fiche is
	// named too ("l'objectif 2 de la fiche 5" is that fiche's).
	if q.Axis == 0 && !reFicheRef.MatchString(rest) {
		if m := reBareObjective.FindStringSubmatch(rest); m != nil {
			if n, _ := strconv.Atoi(m[1]); n > 0 && axesCalled(lib, "objecti", n) {
				q.Axis = n
				q.AxisKind = "objectif"
				rest = strings.Replace(rest, m[0], " ", 1)
			}
		}
	}
	// "Et l'action 5 de cette fiche ?", "fiche 13, action 5": an action
	// numbered within a fiche, which the fiche's words name; the action's
	// number names no fiche of its own.
	if loc := reActionInFiche.FindStringSubmatchIndex(rest); loc != nil {
		num := loc[2]
		if num < 0 {
			num = loc[4]
		}
		end := num
		for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
			end++
		}
		q.Action, _ = strconv.Atoi(rest[num:end])
		start := strings.LastIndex(rest[:num], "action")
		rest = rest[:start] + strings.Repeat(" ", end-start) + rest[end:]
	}
	for _, m := range reFicheRef.FindAllStringSubmatch(rest, -1) {
		if id := corpus.CanonicalFicheID(m[1]); id != "" && id != "0" {
			q.Fiches = AppendUnique(q.Fiches, id)
		}
		for _, more := range reMoreNums.FindAllString(m[2], -1) {
			if id := corpus.CanonicalFicheID(more); id != "" && id != "0" {
				q.Fiches = AppendUnique(q.Fiches, id)
			}
		}
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	// "Qui est pilote de REP-1 ?": a code a loaded schéma gives one of
	// its fiches names that fiche, with no word before it.
	if len(q.Fiches) == 0 {
		for _, m := range reCodeRef.FindAllString(raw, -1) {
			// "REP 1" is "REP-1" typed in haste.
			code := reCodeSpace.ReplaceAllString(m, "$1-$2")
			if id := corpus.CanonicalFicheID(code); id != "" && libHasFiche(lib, id) {
				q.Fiches = AppendUnique(q.Fiches, id)
				rest = strings.Replace(rest, corpus.Fold(m), " ", 1)
			}
		}
	}
	if len(q.Fiches) == 0 {
		if m := reBareRef.FindStringSubmatch(rest); m != nil {
			if id := corpus.CanonicalFicheID(m[1]); id != "" && id != "0" {
				q.Fiches = []string{id}
				rest = strings.Replace(rest, m[0], " ", 1)
			}
		}
	}
	// "A colleague mentioned a 'Petits Pas' programme", "c'est quoi
	// Petits Pas ?": a name of capitalised words that one fiche's title
	// carries as written names that fiche.
	if len(q.Fiches) == 0 {
		if doc, id := ficheByName(raw, lib, q.Docs); id != "" {
			q.Fiches = []string{id}
			if len(q.Docs) == 0 {
				q.Docs = []string{doc}
			}
		}
	}

	// Acronyms: upper-case words, and any word that a glossary defines.
	// "P.I.P.P.I", "A.S.E.": the dots of some documents' acronyms.
	for _, a := range reDottedAcronym.FindAllString(raw, -1) {
		q.Acronyms = AppendUnique(q.Acronyms, strings.ReplaceAll(a, ".", ""))
	}
	for _, a := range reAcronym.FindAllString(raw, -1) {
		a = strings.TrimSuffix(a, "s")
		if len(a) >= 2 && !isRomanOrUnit(a) {
			q.Acronyms = AppendUnique(q.Acronyms, a)
		}
	}
	for _, w := range strings.Fields(f) {
		w = strings.Trim(w, "?,.;:!()'\"")
		// "l'ase", "d'ase": the elided article is no part of the acronym.
		if i := strings.IndexByte(w, '\''); i > 0 && i <= 3 {
			w = w[i+1:]
		}
		for _, d := range lib.Docs {
			if len(w) >= 2 && d.Expand(w) != "" {
				q.Acronyms = AppendUnique(q.Acronyms, strings.ToUpper(w))
			}
		}
	}

	fq := scan(placeless)
	// "ODPE = ?": the sign asks what the acronym stands for.
	weak, cueThenAcronym := weakDefinitionAt(fq, q.Acronyms)
	// "What does the plan say about the PPE?": a weak cue ("what does")
	// that asks what the schéma says on the thing asks no definition.
	if weak && fq.has(intentVocab.phrases("says-on")) {
		weak = false
	}
	// "Which partners does the DEF work with?": an acronym written in
	// capitals is no cue, though it spells one ("def", short for
	// "définition").
	gq := scan(withoutCapitalAcronyms(placeless, raw, q.Acronyms))
	askedMeaning := gq.hasStrong(intentVocab.phrases("glossary"))
	q.Glossary = len(q.Acronyms) > 0 && (askedMeaning || weak || reEqualsWhat.MatchString(raw) || reDislocatedWhat.MatchString(raw) || acronymThenWhat(raw))
	weakList, plural, cueEnd := false, false, 0
	singEnd, pluralStart := -1, len(placeless)
	byActions, byOther, bare := false, false, false
	for _, p := range intentVocab.phrases("list") {
		if i, j := fq.index(p); i >= 0 {
			if bareListCues[p.text] && comparesWithOthers(placeless[:i]) {
				continue
			}
			if p.weak {
				weakList = true
			} else {
				q.List = true
				switch {
				case strings.Contains(p.text, "action") && !strings.Contains(p.text, "sheet") && !strings.Contains(p.text, "fiche"):
					byActions = true
				case bareListCues[p.text]:
					bare = true
				default:
					byOther = true
				}
				if singularFiche(p.text) {
					if singEnd < 0 || j < singEnd {
						singEnd = j
					}
				} else {
					plural = true
					pluralStart = min(pluralStart, i)
				}
				cueEnd = max(cueEnd, j)
			}
		}
	}
	q.ListByActions = byActions && !byOther && !bare && fq.has(intentVocab.phrases("actions-planned"))
	q.ListActions = byActions && !byOther && !bare
	q.TheFiche = fq.has(intentVocab.phrases("the-fiche"))
	q.Part = partTopic(fq)
	q.ListBare = bare && !byActions && !byOther
	// "Y a quelle fiche et quelles actions ?": after the one fiche asked
	// for, "quelles actions" is its field, not a second list.
	if plural && singEnd >= 0 && pluralStart >= singEnd && asksFieldAfter(placeless[min(singEnd, len(placeless)):]) {
		plural, cueEnd = false, singEnd
	}
	// "Y a une fiche sur la régulation des places, c'est qui qui la
	// porte ?", "c'est quelle fiche et ils prévoient quoi ?": one fiche,
	// then in a clause of its own a field of it, are asked; not a list.
	q.OneFiche = q.List && !plural && singEnd >= 0
	if q.List && !plural && asksFieldAfter(placeless[min(cueEnd, len(placeless)):]) {
		q.List = false
	}
	// "Il y a une fiche sur les violences conjugales. Concrètement ils
	// prévoient quoi ?": a statement names the fiche, the sentence that
	// asks wants one of its fields, not the list.
	// "What's in the 'piloter, évaluer' part? which fiches?": a list asked
	// in a question of its own, after the first, stays asked.
	firstQ := strings.Index(placeless, "?")
	if seg := questionSegment(placeless); seg != placeless && q.List && !scan(seg).hasStrong(intentVocab.phrases("list")) && hasFieldPhrase(seg) &&
		!(firstQ >= 0 && scan(placeless[firstQ+1:]).hasStrong(intentVocab.phrases("list"))) {
		q.List, weakList = false, false
	}
	q.Count = fq.has(intentVocab.phrases("count"))
	if q.Count {
		q.List = true
	}
	q.WantsNumber = fq.has(intentVocab.phrases("number")) && !q.Count
	q.WantsDate = scan(withoutSubordinateWhen(placeless)).has(intentVocab.phrases("date"))
	q.WantsPlace = fq.has(intentVocab.phrases("place"))
	q.WantsTown = fq.has(intentVocab.phrases("town")) ||
		(containsPhrase(q.Folded, "ou") || containsPhrase(q.Folded, "where")) && fq.has(intentVocab.phrases("held"))
	// "J'ai besoin du nom du service pour un mail": a mail to write is the
	// purpose, not the address asked.
	// "On passe des heures au téléphone pour trouver une place. La
	// régulation des places, ça consiste en quoi ?": what the asker says
	// of their own work asks for no phone number and no duration.
	asked := fq
	if w := withoutSelf(fq.s); strings.Trim(w, " .!?\n") != "" {
		asked = scan(w)
	}
	q.WantsContact = scan(reForPurpose.ReplaceAllString(asked.s, " ")).has(intentVocab.phrases("contact"))
	q.WantsName = asked.has(intentVocab.phrases("name")) && !reRoleName.MatchString(q.Folded)
	// "Le nom du poste qui pilote" asks for the pilot: no topic.
	rest = reRoleName.ReplaceAllString(rest, " ")
	q.WantsMoney = asked.has(intentVocab.phrases("money"))
	q.WantsDuration = asked.has(intentVocab.phrases("duration")) || asked.has(intentVocab.phrases("lasts"))
	q.WantsFrequency = asked.has(intentVocab.phrases("frequency"))
	q.WantsOpinion = asked.hasStrong(intentVocab.phrases("opinion")) ||
		asked.has(intentVocab.phrases("opinion")) && asked.has(intentVocab.phrases("judgement"))
	// "Mon jeune a 18 ans le mois prochain : …" tells of the asker's case;
	// its period is no period asked.
	periodAsked := asked
	if w := blankSelf(fq.s, ".!?\n:;"); strings.Trim(w, " .!?\n:;") != "" {
		periodAsked = scan(w)
	}
	q.WantsUpcoming = periodAsked.has(intentVocab.phrases("upcoming"))
	q.WantsPlanned = fq.has(intentVocab.phrases("planned"))
	q.WantsTarget = fq.has(intentVocab.phrases("target"))
	q.Equivalent = fq.has(intentVocab.phrases("equivalent"))
	q.EachSchema = fq.has(intentVocab.phrases("each-schema"))
	q.Head = askedHead(placeless)
	q.Counted = countedWords(placeless)
	if q.Counted != "" {
		q.CountedKind = countedKind(placeless)
	}
	q.FicheNoun = ficheNoun(placeless)
	// "Combien de personnes ont répondu…": people in general are no
	// topic; what they did is.
	for _, p := range countPrefixes {
		for w := range genericCounted {
			rest = strings.Replace(rest, " "+p+w+" ", " "+p+" ", 1)
		}
	}

	// The field asked is the one whose cues weigh most (chooseField).
	// In "Je prépare le comité de pilotage. Quelles sont les échéances de
	// la fiche 21 ?", the field is the question's, not the preamble's.
	// "…, quels axes prioritaires ? un partenaire me demande": a sentence
	// that asks for the schéma's axes asks for no field after it.
	// "New team lead here 👋 what is Isère going to change…": what the
	// asker says of themselves asks for no field.
	rest = without(rest, intentVocab.phrases("chat"))
	rest = without(rest, intentVocab.phrases("asking"))
	// "Je prépare une réunion avec nos partenaires : qu'est-ce qui est
	// prévu…": a clause where the asker speaks of themselves, set apart
	// by a colon, asks for no field either.
	seg := blankSelfLead(questionSentences(rest))
	if !hasFieldPhrase(seg) && !scan(seg).has(overviewVocab.phrases(OverviewAxes)) {
		// "I just joined a team working with children going home. What
		// does the plan propose?": what the asker says of themselves asks
		// for no field.
		seg = withoutSelf(rest)
	} else if tail := lastClause(seg); hasFieldPhrase(tail) {
		// "Moselle's action on working with the family — what are the
		// goals?": the clause after the dash or the colon asks.
		seg = tail
	}
	// "Besides the pilot, who's involved?": a field set aside is not asked.
	seg = reSetAside.ReplaceAllStringFunc(seg, func(m string) string { return strings.Repeat(" ", len(m)) })
	// "The fiches under Moselle's 'steer, evaluate, innovate'
	// orientation": words in quotes name something; they ask nothing.
	fseg := scan(withoutSubordinateWhen(withoutQuoted(seg)))
	var weakOnly bool
	var strong map[string]bool
	q.Field, weakOnly, strong = chooseField(lib, fseg, w)
	// "How often are we meant to evaluate…": how often is said in the
	// text ("Annuellement, évaluer…"), in no field of a fiche; the words
	// of a field stay the topic.
	if q.WantsFrequency {
		q.Field, weakOnly, strong = "", false, nil
	}
	// "Dans le bloc « indicateurs de réalisation » de la fiche 14…": a part
	// of a fiche named in quotes is the field asked.
	if m := reNamedPart.FindStringSubmatch(placeless); q.Field == "" && m != nil {
		if f, _, _ := chooseField(lib, scan(m[1]+m[2]), w); f != "" && f != retrieval.FieldSummary {
			q.Field, weakOnly = f, false
		}
	}
	// "Where and when did they happen?" asks where something took place,
	// with its dates: no fiche's calendar.
	if q.WantsTown && q.Field == retrieval.FieldCalendar {
		q.Field = ""
	}
	chosen := q.Field
	// "Diagnostic et contractualisation, c'est sur quelle période ?": the
	// question word asks a time; the other field's word is the topic.
	if q.WantsDate && strong[retrieval.FieldCalendar] {
		q.Field = retrieval.FieldCalendar
	}
	// "Quelles lois dans le contexte législatif ?": a field word that
	// begins a heading of the documents with the word after it names
	// that part of the document, not a fiche's field.
	if q.Field != "" && len(q.Fiches) == 0 {
		for _, p := range fieldVocab.phrases(q.Field) {
			i, j := fseg.index(p)
			if i < 0 {
				continue
			}
			// The word right after the cue, not one further on.
			next := retrieval.Words(fseg.s[j:])
			if len(next) > 0 && !retrieval.IsStop(next[0]) && inSectionHeading(lib, append(retrieval.Terms(fseg.s[i:j]), retrieval.Stem(next[0]))) {
				q.Field = ""
				break
			}
		}
	}
	// "The ODPE's role in evaluating the plan", "évaluer le schéma": a
	// cue of indicators whose object is the schéma itself names the
	// schéma's own evaluation, a topic some fiche or section treats, not
	// a fiche's indicators. Other fields' verbs are left alone: "who
	// leads the plan to…", "que vise le schéma…" have the schéma as the
	// subject or name a plan of action.
	if q.Field == retrieval.FieldIndicators && len(q.Fiches) == 0 && cueOnSchema(fseg, fieldVocab.phrases(q.Field)) {
		q.Field = ""
	}
	// "The piloting / evaluation part": a field's word that names a part
	// is no field asked.
	if q.Field != "" && q.Part != "" && scan(" "+q.Part+" ").has(fieldVocab.phrases(q.Field)) {
		q.Field = ""
	}
	// "For our partner meeting: how many children…" counts children; a
	// field is asked by a count only when the count is of that field
	// ("combien de partenaires ?").
	if q.WantsNumber && q.Field != "" && q.Counted != "" && !scan(" "+q.Counted+" ").has(fieldVocab.phrases(q.Field)) {
		q.Field = ""
	}
	// "Combien d'actions ?" counts the actions a schéma numbers; it asks
	// for no fiche's actions.
	if q.Count && len(q.Fiches) == 0 && q.Field == retrieval.FieldActions {
		q.Field = ""
	}
	// "Quel budget est prévu pour 2025 ?" asks for an amount, not a date;
	// "quel est le délai légal…" for a duration.
	if weakOnly && (q.WantsNumber || q.WantsDuration && q.Field == retrieval.FieldCalendar) {
		q.Field = ""
		q.WantsNumber = true
	}
	if q.Field == "" && scan(rest).has(fieldVocab.phrases(retrieval.FieldSummary)) {
		q.Field = retrieval.FieldSummary
	}
	// The words that ask for the field are no topic; words of other
	// fields stay, as they may describe the topic ("working with the
	// family" in a question about indicators).
	if q.Field != "" {
		// "Les indicateurs de réalisation de cette fiche": the kind of
		// indicator goes with the word, though the shorter phrase is
		// the one taken out below.
		if q.Field == retrieval.FieldIndicators {
			rest = reIndicatorKind.ReplaceAllString(rest, " ")
		}
		rest = without(rest, fieldVocab.phrases(q.Field))
		if q.Field == retrieval.FieldIndicators || q.Field == retrieval.FieldObjectives {
			rest = without(rest, intentVocab.phrases("field-set"))
		}
	}
	// The words that ask how the schéma was made are taken out last, as
	// they may name the making of something else ("l'élaboration du
	// protocole").
	var methodCue []phrase
	for _, kind := range overviewOrder {
		ov := overviewVocab.phrases(kind)
		if !fq.has(ov) {
			continue
		}
		// "How many children were adopted in 2018?" counts children: the
		// schéma's own adoption is not asked.
		if kind == OverviewAdopted && q.WantsNumber {
			continue
		}
		if q.Overview == "" {
			q.Overview = kind
		}
		q.Overviews = append(q.Overviews, kind)
		// Facts of the document as a whole are no topic to search for.
		if kind == OverviewPeriod || kind == OverviewAdopted || kind == OverviewEditorial || kind == OverviewMethod {
			if kind == OverviewMethod {
				methodCue = ov
			} else {
				rest = without(rest, ov)
			}
		}
	}
	// "Les orientations ont été adoptées à quelle date ?": a date asked of
	// the adoption, the axes saying only what was adopted.
	if q.WantsDate && q.Overview == OverviewAxes && slices.Contains(q.Overviews, OverviewAdopted) {
		q.Overview, q.Overviews = OverviewAdopted, slices.DeleteFunc(q.Overviews, func(k string) bool { return k == OverviewAxes })
	}
	// The axes named with the word the documents use for them ("quels sont
	// les enjeux du schéma ?", "the priorités"), when no fiche or axis
	// number is asked.
	if len(q.Fiches) == 0 && q.Axis == 0 && !slices.Contains(q.Overviews, OverviewAxes) && namesAxisKind(q.Folded, lib) {
		if q.Overview == "" {
			q.Overview = OverviewAxes
		}
		// "Les ambitions", "les objectifs stratégiques" of the schéma are
		// its axes, not a fiche's objectives.
		if q.Field == retrieval.FieldObjectives {
			q.Field = ""
		}
		q.Overviews = append(q.Overviews, OverviewAxes)
	}
	// "the 5 strategic objectifs", "objectifs strat." in any order.
	if q.Overview == "" && reStrategicObjectives.MatchString(q.Folded) && len(q.Fiches) == 0 {
		q.Overview = OverviewAxes
	}
	// "The big picture of the plan: how is it organised?": a field chosen
	// by a weak phrase only does not make an overview a fiche's field.
	if q.Overview == OverviewAxes && weakOnly && len(q.Fiches) == 0 {
		q.Field = ""
	}
	// "Quand ?" asks for a date whatever else the sentence says.
	if when := withoutSubordinateWhen(q.Folded); q.Field != "" && (containsPhrase(when, "quand") || containsPhrase(when, "when")) {
		q.Field = retrieval.FieldCalendar
	}
	// "the strategic objectives of the plan" are its axes, not a fiche's objectives.
	if q.Overview == OverviewAxes && len(q.Fiches) == 0 && strings.Contains(q.Folded, "strateg") && q.Field == retrieval.FieldObjectives {
		q.Field = ""
	}
	// "Une jeune qu'on accompagne retourne chez sa mère le mois
	// prochain": a period in what the asker tells of their case is no
	// period asked.
	for _, p := range intentVocab.phrases("relative-period") {
		if i, _ := periodAsked.index(p); i >= 0 {
			if from, to, err := calendar.ParseRange(p.text, today); err == nil {
				q.From, q.To = from, to
				q.WantsDate = true
				rest = without(rest, []phrase{p})
			}
			break
		}
	}
	m := reYearRef.FindStringSubmatch(q.Folded)
	if m == nil {
		// "Les échéances 2021", "the 2021 deadlines": a year that
		// qualifies the milestones asked.
		if d := reDueYear.FindStringSubmatch(q.Folded); d != nil {
			m = []string{d[0], d[1] + d[2]}
		}
	}
	if m != nil {
		y, _ := strconv.Atoi(m[1])
		q.Year = y
		// "fin 2020", "by 2022": the year is kept, the words that place
		// it are no topic.
		rest = strings.Replace(rest, m[0], " "+m[1]+" ", 1)
		q.From, q.To = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	// A finer period ("au 2e semestre 2022", "Q3 2021", "between 2021 and
	// 2022") is a date Question about that period.
	if span, from, to, ok := findPeriod(rest, today); ok && !isSchemaPeriod(lib, from, to) {
		q.From, q.To, q.WantsDate = from, to, true
		rest = strings.Replace(rest, span, " ", 1)
	} else if ok && strings.ContainsAny(span, "-–") {
		// "pendant le schéma 2019-2023": the schéma's own period names
		// the schéma, not a topic.
		rest = strings.Replace(rest, span, " ", 1)
	}
	// "What hires were scheduled for the second half of 2019?", "quels
	// postes à recruter au 2e semestre 2019 ?": things asked in the plural
	// over a period are the list of what is due then; the towns or the
	// people of a period ("which towns hosted the conferences in September
	// 2018?") are things that took place, not milestones.
	// "Quelles sont les échéances 2021 ?", "un récap des échéances 2021":
	// the milestones of a period, in the plural, are that list too.
	if !q.List && !q.Count && !q.WantsNumber && !q.WantsTown && !q.WantsPlace && !q.WantsName && len(q.Fiches) == 0 && !q.From.IsZero() && (q.Field == "" || q.Field == retrieval.FieldCalendar) && (asksPlural(q.Folded) || reDueYear.MatchString(q.Folded)) {
		q.List, q.Field = true, retrieval.FieldCalendar
	}
	// "Quelles actions ont un bilan prévu en 2021 ?": the actions asked
	// over a period are what falls due then.
	if q.List && (q.ListActions || q.ListByActions) && !q.Count && !q.WantsNumber && len(q.Fiches) == 0 && q.Year != 0 && (q.Field == "" || q.Field == retrieval.FieldActions) {
		q.Field, q.ListActions, q.ListByActions = retrieval.FieldCalendar, false, false
	}
	// "How often are we meant to evaluate…": how often is said in the
	// text ("Annuellement, évaluer…"), in no field of a fiche.
	// "Quelle fréquence…", "à quel rythme…": the noun that asks for a
	// rhythm is no thing the answer names; the rhythm is.
	if q.WantsFrequency && quantityNouns[q.Head] {
		q.Head = ""
	}
	for _, cue := range []string{"glossary", "list", "lasts", "number", "happened", "chat", "asking", "frequency", "reported", "verify"} {
		rest = without(rest, intentVocab.phrases(cue))
	}
	// "C'était dans quelles villes ?": the towns are what the answer
	// names, not words it must hold.
	if q.WantsTown {
		rest = without(rest, intentVocab.phrases("town"))
	}
	// "When is Isère planning to draw up…": the words that ask whether
	// something is planned are no topic ("le planning familial" is).
	rest = without(rest, plannedPhrases())
	if q.ListByActions {
		rest = without(rest, intentVocab.phrases("actions-planned"))
	}
	// "Ils ont prévu un truc équivalent sur l'AEMO ?": the words that ask
	// whether anything is planned name no topic.
	if scan(rest).has(intentVocab.phrases("whether-any")) {
		rest = without(without(rest, intentVocab.phrases("whether-any")), intentVocab.phrases("actions-planned"))
	}
	// "Which indicators will be tracked? (I'm the evaluation officer)":
	// what the asker says of themselves in brackets after the question is
	// no topic.
	if i := strings.LastIndexByte(rest, '?'); i >= 0 {
		rest = rest[:i+1] + reBracketed.ReplaceAllStringFunc(rest[i+1:], func(m string) string {
			if SaysOfSelf(m[1 : len(m)-1]) {
				return strings.Repeat(" ", len(m))
			}
			return m
		})
	}
	withMethod := strings.Join(strings.Fields(rest), " ")
	rest = without(rest, methodCue)
	q.Topic = strings.Join(strings.Fields(rest), " ")
	// "« Signature du protocole prévue en 2022 » : c'est bien ce que dit le
	// schéma ?": a claim quoted to be checked is the topic, and so are the
	// acronyms it names; the words around it are chat.
	// "Il y a « l'ASE restant responsable et garant du parcours », ça veut
	// dire quoi ?": a passage quoted to be explained is the topic as well,
	// not the acronym it holds.
	explain := fq.has(intentVocab.phrases("explain")) && slices.ContainsFunc(reQuoted.FindAllString(q.Topic, -1), func(m string) bool { return len(strings.Fields(m)) >= 4 })
	if fq.has(intentVocab.phrases("verify")) || explain {
		if quoted := reQuoted.FindAllString(q.Topic, -1); len(quoted) > 0 {
			if explain {
				q.Glossary = false
			}
			claim := strings.Trim(strings.Join(quoted, " "), " «»“”\"'")
			claim = strings.NewReplacer("«", " ", "»", " ", "“", " ", "”", " ", "\"", " ").Replace(claim)
			if len(ContentTerms(claim, nil)) > 0 {
				q.Topic = strings.Join(strings.Fields(claim), " ")
				folded := corpus.Fold(claim)
				q.Acronyms = slices.DeleteFunc(q.Acronyms, func(a string) bool { return IndexWord(folded, corpus.Fold(a)) < 0 })
				// What the words around ask ("a partner's email says…")
				// is where the claim comes from, not what is checked; a
				// passage to explain keeps the field it is quoted from
				// ("l'action 3 « … », ça veut dire quoi ?").
				if !explain {
					q.Field, q.FieldWeak = "", false
				}
				// "« Le CDE copilote la diversification de l'offre »":
				// the field the claim states is the one to check.
				// A passage quoted to be explained states no field: the
				// field is the one it is quoted from.
				fc := scan(folded)
				for _, field := range fieldOrder {
					if !explain && fc.hasStrong(fieldVocab.phrases(field)) {
						q.Field = field
						break
					}
				}
				q.WantsContact, q.WantsName, q.WantsMoney, q.WantsPlace, q.WantsTown = false, false, false, false, false
			}
		}
	}

	// What the Question names besides its intent, places and acronyms.
	content := ContentTerms(q.Topic, q.Acronyms)
	// "Fiche MNA, c'est quoi les indicateurs ?" asks for a field of the
	// fiche the acronym names, not what the acronym means.
	if q.Glossary && q.Field != "" && q.Field != retrieval.FieldSummary && !askedMeaning && hasFieldPhrase(placeless) && !reDislocatedWhat.MatchString(raw) {
		q.Glossary = false
	}
	// "Qu'est-ce que la Moselle prévoit pour le CDE ?" is no definition;
	// "I keep seeing CRIP - what is it?", "ODPE = ?" are, whatever the
	// words around.
	if q.Glossary && !cueThenAcronym && len(slices.DeleteFunc(slices.Clone(content), whereWord)) > 0 && !askedMeaning && !reEqualsWhat.MatchString(raw) && !acronymThenWhat(raw) && !reDislocatedWhat.MatchString(raw) {
		q.Glossary = false
	}
	// "Le juge a parlé d'une OPP à l'audience, personne m'a expliqué.
	// C'est quoi ?": the sentence that asks what something is names
	// nothing else; the one acronym of the story before it is what it asks.
	if !q.Glossary && len(q.Acronyms) == 1 {
		if seg := questionSentences(placeless); seg != placeless && scan(seg).has(intentVocab.phrases("glossary")) &&
			len(retrieval.Terms(without(seg, intentVocab.phrases("glossary")))) == 0 {
			q.Glossary = true
		}
	}
	// "CRIP ?" alone asks what it is; "y a une fiche PPE ?" asks for a
	// fiche, "un truc sur l'AEMO ?" for what is planned on it.
	if !q.Glossary && len(q.Acronyms) > 0 && len(content) == 0 && q.Field == "" && !q.List && !weakList && len(q.Fiches) == 0 && !HasAny(q.Folded, []string{"fiche", "fiches", "sheet", "sheets"}) && !fq.has(intentVocab.phrases("whether-any")) &&
		q.Axis == 0 && q.Overview == "" && !q.WantsNumber && !q.WantsDate && q.From.IsZero() {
		q.Glossary = true
	}
	// "RAPT?? (Moselle doc, fiche 8)": an acronym asked alone, the brackets
	// saying where the asker met it, asks what it means there.
	// "Il y a plein de « LEAP » dans la fiche internat, c'est quoi ?",
	// "… there's 'LEAP' everywhere. What is a LEAP?": an acronym quoted
	// or alone in the sentence that asks what something is.
	if !q.Glossary && len(q.Acronyms) == 1 && !q.List && !q.WantsNumber && !q.WantsDate {
		quoted, alone := acronymAsked(raw, q.Acronyms[0])
		noField := q.Field == "" || q.Field == retrieval.FieldSummary
		// "What does the Moselle plan say about the PPE?", "résume ce que
		// prévoit le schéma sur le PPE": what the schéma says on the
		// thing the acronym names is asked, not what it stands for.
		saysOn := scan(q.Folded).has(intentVocab.phrases("says-on"))
		if noField && acronymAlone(raw, q.Acronyms[0]) && !saysOn || AsksMeaning(q.Folded) && (alone || quoted && noField) {
			q.Glossary = true
		}
	}
	// "Liste les modalités de la fiche sport" wants a field, not fiches.
	if weakList && q.Field == "" && q.Overview == "" && !q.List {
		q.List, q.ListWeak = true, true
	}
	// "Sur quelle période l'Isère forme-t-elle au PPE ?" asks when
	// something happens, not which years the schéma covers.
	// "Combien d'orientations ?", "en combien de grandes orientations ?"
	// count the axes.
	// "Sum up the big orientations? how many are there?": a count of
	// nothing named, after the axes are asked, counts them.
	if q.WantsNumber && len(q.Fiches) == 0 && (countsAxes(corpus.Fold(q.Counted), lib) || q.Counted == "" && !countsPeople(placeless) && q.Overview == OverviewAxes && (q.Field == "" || q.Field == retrieval.FieldSummary)) {
		q.Overview, q.Count, q.WantsNumber, q.Field = OverviewAxes, true, false, ""
	}
	// "Quelles échéances en 2021 ?", "is there something planned for
	// 2023?": a period and nothing else to search for asks for every
	// milestone of the period.
	// What follows the question ("…scheduled for 2022? I need a list for
	// the steering committee") is context, not something else asked.
	// What the asker says of themselves before a colon ("je prépare une
	// réunion avec nos partenaires : qu'est-ce qui est prévu au 1er
	// semestre 2023 ?") is no topic either.
	askedContent := content
	if i := strings.Index(q.Topic, "?"); i >= 0 && i < len(q.Topic)-1 {
		askedContent = ContentTerms(blankSelfLead(q.Topic[:i]), q.Acronyms)
	} else if t := blankSelfLead(q.Topic); t != q.Topic {
		askedContent = ContentTerms(t, q.Acronyms)
	}
	if !q.From.IsZero() && len(askedContent) == 0 && len(q.Fiches) == 0 && q.Axis == 0 && !q.Glossary {
		// "Qu'est-ce qui est prévu en 2022 ?": the actions of a period
		// are what falls due then.
		asksNothingElse := (q.Field == "" || weakOnly || q.Field == retrieval.FieldActions) && q.Overview == "" &&
			!q.WantsNumber && !q.WantsMoney && !q.WantsName && !q.WantsContact && !q.WantsPlace
		if q.Field == retrieval.FieldCalendar || asksNothingElse {
			q.Field, q.List = retrieval.FieldCalendar, true
		}
	}
	// "Quand le référentiel doit-il être élaboré ?" is about the
	// référentiel, not about how the schéma was made.
	// "Comment le schéma a-t-il été élaboré ? en combien de phases ?"
	// names the schéma as what was made: the other words ask details of
	// its making.
	// In a thread about a schéma and no fiche, "it", "il" is the schéma.
	namesSchema := fq.has(intentVocab.phrases("schema")) ||
		conv.Doc != "" && conv.Fiche == "" && fq.has(intentVocab.phrases("anaphora"))
	// "Le comité des usagers s'est réuni combien de fois pendant
	// l'élaboration du schéma ?" counts how often something happened
	// during the making, a figure of the text.
	countsTimes := q.WantsNumber && fq.has(intentVocab.phrases("counts-events"))
	// "moselle methodo phases": the parts of a making (its phases, steps)
	// are details of the method asked, not another thing made.
	methodParts := MethodPartTerms()
	otherContent := slices.ContainsFunc(content, func(t string) bool { return !methodParts[t] })
	if slices.Contains(q.Overviews, OverviewMethod) && otherContent && (!namesSchema || countsTimes) {
		q.Overviews = slices.DeleteFunc(q.Overviews, func(k string) bool { return k == OverviewMethod })
		// The making asked is a milestone of the thing: its words are
		// topic again ("Élaboration du protocole : 2021-2022").
		q.Topic = withMethod
		if q.Overview == OverviewMethod {
			q.Overview = ""
			if len(q.Overviews) > 0 {
				q.Overview = q.Overviews[0]
			}
		}
	}
	// "Les grandes priorités / finalités du schéma": the schéma's aims are
	// its axes, no fiche's objectives.
	if q.Field == retrieval.FieldObjectives && len(q.Fiches) == 0 && namesSchema && (q.Overview == OverviewAxes || len(content) == 0) {
		q.Field = ""
		if q.Overview == "" {
			q.Overview = OverviewAxes
			q.Overviews = append(q.Overviews, OverviewAxes)
		}
	}
	// "En gros le schéma, il veut faire quoi ?": what the schéma as a
	// whole means to do is its axes, no fiche's actions.
	if q.Field == retrieval.FieldActions && len(q.Fiches) == 0 && namesSchema && (q.Overview == OverviewAxes || len(content) == 0) && reEndsOnWhat.MatchString(q.Folded) {
		q.Field = ""
		if q.Overview == "" {
			q.Overview = OverviewAxes
			q.Overviews = append(q.Overviews, OverviewAxes)
		}
	}
	// A fact of the schéma as a whole outweighs a field asked in words
	// that may mean something else ("was a consultancy involved?").
	if weakOnly && len(q.Fiches) == 0 && namesSchema && (q.Overview == OverviewMethod || q.Overview == OverviewAdopted || q.Overview == OverviewEditorial) {
		q.Field = ""
	}
	// "Le schéma court sur quelle période ? je dois l'indiquer dans un
	// courrier": what is said after the question is context, no topic.
	if q.Overview == OverviewPeriod && len(periodContext(throughLastQuestion(q.Topic), q.Acronyms)) > 0 && len(q.Overviews) == 1 {
		q.Overview, q.Overviews = "", nil
		if q.Field == "" {
			q.Field = retrieval.FieldCalendar
		}
	}
	// "Combien d'axes et de fiches ?" counts both.
	if (q.Count || q.WantsNumber) && len(q.Fiches) == 0 && slices.Contains(q.Overviews, OverviewAxes) && HasAny(q.Folded, []string{"fiches", "sheets", "actions"}) {
		q.Count, q.WantsNumber, q.Field = true, false, ""
		if !slices.Contains(q.Overviews, OverviewFiches) {
			q.Overviews = append(q.Overviews, OverviewFiches)
		}
	}
	// "How many axes and how many action sheets?" counts both.
	if q.Count && q.Overview == OverviewAxes && fq.has(intentVocab.phrases("count")) && !slices.Contains(q.Overviews, OverviewFiches) {
		q.Overviews = append(q.Overviews, OverviewFiches)
	}

	// A follow-up: no fiche, no topic of its own, in a thread that has one.
	words := retrieval.Terms(q.Topic)
	// "ok merci. et c'est prévu pour quand ?": the sentence that asks may
	// follow a thank-you.
	startsLikeFollowUp := opensWith(f, intentVocab.phrases("continues")) ||
		opensWith(strings.TrimSpace(questionSegment(" "+f+" ")), intentVocab.phrases("continues")) ||
		opensWith(withoutAcknowledgement(f), intentVocab.phrases("continues"))
	pointsBack := fq.has(intentVocab.phrases("anaphora"))
	q.Continues = startsLikeFollowUp || pointsBack
	// "Il y aura un vrai contrat ?", "is there an agreement?" in a thread
	// about one fiche: whether a thing of one word exists is asked of the
	// thread's fiche, as "et le contrat ?" is.
	if !q.Continues && conv.Fiche != "" && len(q.Docs) == 0 && len(q.Fiches) == 0 && len(ContentTerms(retrieval.Translate(q.Topic), q.Acronyms)) == 1 && reExistential.MatchString(f) {
		q.Continues, startsLikeFollowUp = true, true
	}
	if conv.Fiche != "" && len(q.Fiches) == 0 && q.Axis == 0 && !q.List && !q.Glossary && (startsLikeFollowUp || q.Field != "" && (len(words) <= 1 || pointsBack)) {
		q.FollowUp = true
	}
	// "LEAP c quoi ? je le vois partout dans la liste", "what is ASO?
	// keeps coming up next to ASE and PMI": the sentence that asks decides
	// whether an acronym is asked about; the words after it are context.
	// "Isère fiche 5 talks about the CTS — what's CTS?": so does the
	// clause after a dash, whatever the clause before it names.
	if !q.Glossary && len(q.Acronyms) > 0 {
		parts := []string{strings.TrimSpace(lastClause(raw))}
		if len(q.Fiches) == 0 {
			parts = append([]string{askingSentence(raw)}, parts...)
		}
		// "OPP c quoi, vu ds un dossier": the clause before a comma may
		// ask, and what follows it say where the asker met the acronym.
		first, _, comma := strings.Cut(raw, ",")
		if comma {
			parts = append([]string{strings.TrimSpace(first)}, parts...)
		}
		for i, part := range parts {
			if part == "" || part == strings.TrimSpace(raw) {
				continue
			}
			sub := Parse(part, lib, conv, today)
			// A clause after a dash, or before a comma, asks what an
			// acronym means in words that say so ("— is ADEPAPE in it?"
			// does not).
			cue := scan(" " + corpus.Fold(part) + " ")
			said := (i < len(parts)-1 && !(comma && i == 0)) || cue.hasStrong(intentVocab.phrases("glossary")) || weakDefinition(cue, sub.Acronyms)
			if sub.Glossary && len(sub.Fiches) == 0 && said {
				q.Glossary, q.Acronyms, q.List, q.Count, q.Field = true, sub.Acronyms, false, false, ""
				q.Overview, q.Overviews, q.Fiches = "", nil, nil
				break
			}
		}
	}
	// "Which fiches sit under the objective about children's pathways?":
	// an axis by its topic, when fiches are asked for.
	// "Quelles fiches sont rattachées à l'axe Protéger ?": an axis named
	// by a word of its title is one too.
	if q.List && q.Axis == 0 && q.SubAxis == "" && len(q.Fiches) == 0 && (reAxisAbout.MatchString(q.Folded) || reAxisWord.MatchString(q.Folded)) {
		q.AxisTopic = true
		// "the objective about…" names the axis; no fiche's objectives are asked.
		if q.Field == retrieval.FieldObjectives {
			q.Field = ""
		}
	}
	// "Lesquelles se terminent en 2021 ?", "which of those covers…": a
	// Question about the thread's last list.
	if len(conv.List) > 0 && len(q.Fiches) == 0 && (opensWith(f, intentVocab.phrases("among")) || opensWith(withoutAcknowledgement(f), intentVocab.phrases("among"))) {
		q.Within = map[string]bool{}
		for _, k := range conv.List {
			q.Within[k] = true
			if doc, _, ok := strings.Cut(k, "/"); ok {
				q.Docs = AppendUnique(q.Docs, doc)
			}
		}
		q.List, q.FollowUp = true, false
		if !q.From.IsZero() && q.Field == "" {
			q.Field = retrieval.FieldCalendar
		}
	}
	q.FieldWeak = weakOnly && q.Field == chosen && q.Field != ""
	// "Which fiches cover the same thing?" asks for the fiches of the
	// thread's topic; "same thing for Isère?" alone asks the last question
	// again.
	if q.List && fq.has(intentVocab.phrases("same topic")) {
		q.Equivalent = true
	}
	// "Et l'action 5 de cette fiche ?" asks what that action is, unless
	// a field of it is asked ("qui pilote l'action 2 de la fiche 4 ?").
	if q.Action > 0 && (q.Field == "" || q.Field == retrieval.FieldSummary) {
		q.Field, q.FieldWeak = retrieval.FieldActions, false
	}
	// "Qu'est-ce qui est prévu en 2020 dans la fiche 12 ?": what a named
	// fiche plans over a period is its calendar's steps of that period.
	// So is what is "attendu" of it then: a weak cue of its aims.
	if len(q.Fiches) > 0 && q.Action == 0 && !q.From.IsZero() && (q.Field == retrieval.FieldActions || q.Field == retrieval.FieldObjectives && q.FieldWeak) && !q.List && !q.Count && !q.WantsNumber {
		q.Field = retrieval.FieldCalendar
	}
	return q
}

var (
	reYearWord = regexp.MustCompile(`^(?:19|20)\d\d$`)
	reTwoYears = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|a|et|and|to)\s*((?:19|20)\d\d)\b`)
)

// findPeriod finds in a folded Question a period finer than a year, or a
// span of years, that calendar.ParseRange understands: the longest run of
// words ending with a year. It returns the words found and the period.
func findPeriod(folded string, today time.Time) (span string, from, to time.Time, ok bool) {
	// "après 2024", "after 2024": from the next year on; "2026 onwards",
	// "à partir de 2026": from that year on.
	if m := reOpenPeriod.FindStringSubmatch(folded); m != nil {
		y, _ := strconv.Atoi(m[1] + m[2] + m[3])
		if m[1] != "" {
			y++
		}
		return strings.TrimSpace(m[0]), time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+20, 12, 31, 0, 0, 0, 0, time.UTC), true
	}
	if m := reTwoYears.FindStringSubmatch(folded); m != nil {
		if from, to, err := calendar.ParseRange(m[1]+"-"+m[2], today); err == nil {
			return m[0], from, to, true
		}
	}
	words := strings.Fields(folded)
	for i, w := range words {
		if !reYearWord.MatchString(strings.Trim(w, "?,.;:!")) {
			continue
		}
		for k := min(5, i); k >= 1; k-- {
			cand := strings.Join(words[i-k:i+1], " ")
			from, to, err := calendar.ParseRange(strings.Trim(cand, "?,.;:!"), today)
			if err != nil {
				continue
			}
			if from.Year() == to.Year() && from.YearDay() == 1 && to.Month() == 12 && to.Day() == 31 {
				break // a plain year is reYearRef's, and a topic word too
			}
			return strings.Trim(cand, "?,.;:!"), from, to, true
		}
	}
	return "", time.Time{}, time.Time{}, false
}

// isSchemaPeriod reports whether from–to are the years a document covers:
// "le schéma mosellan 2019-2023" names the schéma, it asks no date.
func isSchemaPeriod(lib *corpus.Library, from, to time.Time) bool {
	p := fmt.Sprintf("%d-%d", from.Year(), to.Year())
	for _, d := range lib.Docs {
		if d.Period() == p {
			return true
		}
	}
	return false
}

// askingSentence returns raw up to its first question mark when more text
// follows it, "" otherwise.
func askingSentence(raw string) string {
	i := strings.IndexAny(raw, "?？")
	if i < 0 || strings.TrimSpace(raw[i+1:]) == "" {
		return ""
	}
	return raw[:i+1]
}

// questionSegment returns the sentence of text that asks the question:
// the one ending with the first "?", or text itself when there is none.
func questionSegment(text string) string {
	end := strings.Index(text, "?")
	if end < 0 {
		return text
	}
	start := strings.LastIndexAny(text[:end], ".!") + 1
	return " " + text[start:end] + " "
}

// questionSentences returns the sentences of text that ask, each ending
// with a "?", or text itself when there is none: "on va suivre comment les
// réunions d'info ? quels indicateurs ?" asks in both, and the context
// said in statements around them asks nothing.
func questionSentences(text string) string {
	var b strings.Builder
	for {
		end := strings.Index(text, "?")
		if end < 0 {
			break
		}
		start := strings.LastIndexAny(text[:end], ".!") + 1
		b.WriteString(" " + text[start:end] + " ? ")
		text = text[end+1:]
	}
	if b.Len() == 0 {
		return text
	}
	return b.String()
}

// lastClause returns what follows the last dash or colon of s that sets a
// clause apart, or s when there is none.
func lastClause(s string) string {
	at := -1
	for _, sep := range []string{" — ", " – ", " - ", ": "} {
		if i := strings.LastIndex(s, sep); i >= 0 && i+len(sep) > at {
			at = i + len(sep)
		}
	}
	if at < 0 {
		return s
	}
	return " " + s[at:]
}

// hasFieldPhrase reports whether s asks for a field in words that cannot
// describe a topic (a strong phrase).
func hasFieldPhrase(s string) bool {
	t := scan(s)
	for _, field := range fieldOrder {
		if t.hasStrong(fieldVocab.phrases(field)) {
			return true
		}
	}
	return false
}

// inFicheTitle reports words some fiche title of lib holds, as words or,
// for English words, as their French terms, beside another word of the
// question (others).
func inFicheTitle(lib *corpus.Library, words, others string) bool {
	forms := []string{strings.TrimSpace(words)}
	if fr, _ := retrieval.Translations(words); len(fr) > 0 {
		forms = append(forms, strings.Fields(corpus.Fold(strings.Join(fr, " ")))...)
	}
	// The title must hold another word of the question too: "les réunions
	// d'info des partenaires" names fiche 7 "Renouveler les réunions
	// d'information des partenaires…"; "which partners are involved in the
	// boarding school pilot?" names no fiche by "partenaires".
	other := map[string]bool{}
	for _, t := range retrieval.Terms(retrieval.Translate(others)) {
		other[t] = true
	}
	for _, d := range lib.Docs {
		for _, f := range d.Fiches {
			title := " " + corpus.Fold(f.Title) + " "
			for _, w := range forms {
				if IndexWord(title, w) >= 0 && slices.ContainsFunc(retrieval.Terms(f.Title), func(t string) bool { return other[t] }) {
					return true
				}
			}
		}
	}
	return false
}

// inSectionHeading reports analysed terms that a narrative section of a
// loaded document has in its heading, side by side.
func inSectionHeading(lib *corpus.Library, terms []string) bool {
	if lib == nil || len(terms) < 2 {
		return false
	}
	want := " " + strings.Join(terms, " ") + " "
	for _, d := range lib.Docs {
		for _, h := range headingTerms(d) {
			if strings.Contains(h, want) {
				return true
			}
		}
	}
	return false
}

// headingTermsCache holds each loaded document's section headings as
// analysed terms, read once: questions ask for them again and again.
var headingTermsCache sync.Map // *corpus.Document → []string

func headingTerms(d *corpus.Document) []string {
	if v, ok := headingTermsCache.Load(d); ok {
		return v.([]string)
	}
	out := make([]string, 0, len(d.Sections))
	for _, sec := range d.Sections {
		out = append(out, " "+strings.Join(retrieval.Terms(sec.Heading), " ")+" ")
	}
	v, _ := headingTermsCache.LoadOrStore(d, out)
	return v.([]string)
}

// withoutSubordinateWhen blanks the English "when" that opens a clause
// inside a sentence ("what is Moselle doing to help young people find
// housing when they turn 18?"): it asks no date. The interrogative one
// opens its clause ("when is it due?", "and when?"), ends the question
// ("due when?"), follows a preposition ("since when") or comes before a
// verb. French puts an interrogative "quand" anywhere ("elles ont eu
// lieu quand les conférences ?"): it is left alone.
func withoutSubordinateWhen(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "when" {
			continue
		}
		if i == 0 || i == len(words)-1 {
			continue
		}
		prev, next := words[i-1], strings.Trim(words[i+1], "'")
		if strings.ContainsAny(prev[len(prev)-1:], ",.;:?!-") || whenOpeners[prev] || whenVerbs[next] || strings.HasPrefix(next, "?") {
			continue
		}
		words[i] = ""
	}
	return " " + strings.Join(words, " ") + " "
}

// withoutStatementWhen blanks "quand" and "when" in the sentences of s
// that end with a full stop or an exclamation mark before a later
// question mark: told before the question, they join two facts of a
// story ("ils décrochent quand ils changent de foyer."). A "when" after a
// verb of knowing or telling ("je voudrais savoir quand…", "tell me
// when…") still asks, as does any in the sentence that asks.
func withoutStatementWhen(s string) string {
	last := strings.LastIndexAny(s, "?？")
	if last < 0 {
		return s
	}
	words := strings.Fields(s[:last])
	end := -1 // index of the last word of the current sentence
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		if strings.ContainsAny(w, "?") {
			end = -1 // this sentence asks
			continue
		}
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") {
			end = i
		}
		if end < 0 || i == end || (w != "quand" && w != "when") {
			continue
		}
		if i > 0 && knowVerbs[strings.Trim(words[i-1], ",'")] || i > 1 && knowVerbs[strings.Trim(words[i-2], ",'")] {
			continue
		}
		words[i] = ""
	}
	return " " + strings.Join(words, " ") + " " + s[last:]
}

// knowVerbs are the verbs after which "quand" or "when" asks, even in a
// statement: "je voudrais savoir quand", "dites-moi quand", "tell me when".
var knowVerbs = map[string]bool{"savoir": true, "sais": true, "sait": true, "savez": true, "connaitre": true, "dire": true, "dites-moi": true, "dis-moi": true,
	"moi": true, "demande": true, "demandais": true, "preciser": true, "indiquer": true, "voir": true, "verifier": true,
	"know": true, "tell": true, "me": true, "ask": true, "wonder": true, "wondering": true, "check": true, "see": true, "out": true}

// whenOpeners are the words after which "when" asks: a conjunction that
// starts a new question, or a preposition.
var whenOpeners = map[string]bool{"and": true, "so": true, "ok": true, "then": true, "but": true, "since": true, "until": true, "till": true, "by": true, "due": true}

// whenVerbs are the words that follow an interrogative "when".
var whenVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "does": true, "do": true, "did": true,
	"should": true, "can": true, "could": true, "has": true, "have": true, "had": true, "exactly": true}

// opensWith reports whether s starts with one of ps.
func opensWith(s string, ps []phrase) bool {
	t := scan(" " + s)
	for _, p := range ps {
		if i, _ := t.index(p); i == 1 {
			return true
		}
	}
	return false
}

// withoutAcknowledgement returns s without the words that acknowledge
// the last answer at its start ("ok, merci ! et en 2014 ?" → "et en
// 2014 ?").
func withoutAcknowledgement(s string) string {
	ack := intentVocab.phrases("acknowledge")
	for {
		s = strings.TrimLeft(s, " ,.!;:-")
		t := scan(" " + s)
		cut := 0
		for _, p := range ack {
			if i, j := t.index(p); i == 1 {
				cut = max(cut, j-1)
			}
		}
		if cut == 0 || cut > len(s) {
			return s
		}
		s = s[cut:]
	}
}

// DueTerms are the analysed terms of the words that ask when something is
// due or planned ("prévu", "échéances", "scheduled"): the [planned] and
// [upcoming] cues and the calendar's field cues. In a list of what is due
// they say nothing of what is due.
var DueTerms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{"prevu": true, "prevus": true, "prevue": true, "prevues": true}
	var ps []phrase
	ps = append(ps, intentVocab.phrases("planned")...)
	ps = append(ps, intentVocab.phrases("upcoming")...)
	ps = append(ps, fieldVocab.phrases(retrieval.FieldCalendar)...)
	for _, p := range ps {
		for _, t := range retrieval.Terms(p.text) {
			m[t] = true
		}
	}
	for w := range m {
		for _, t := range retrieval.Terms(w) {
			m[t] = true
		}
	}
	return m
})

// sectionTerms returns, computed once, the analysed terms of the phrases
// of one section of a vocabulary.
func sectionTerms(l lexicon, section string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, p := range l.phrases(section) {
			for _, t := range retrieval.Terms(p.text) {
				m[t] = true
			}
		}
		return m
	})
}

// MethodPartTerms are the analysed terms of the words that name the
// parts of how a schéma was made ("phases", "étapes", "steps").
var MethodPartTerms = sectionTerms(overviewVocab, "method-parts")

// CountTerms are the analysed terms of the words that count fiches
// ("compte", "contains", "au total"): in "combien de fiches compte le
// schéma ?" they name no topic.
var CountTerms = sectionTerms(intentVocab, "count-verbs")

// ChangeTerms are the analysed terms of the words that ask how a figure
// changed ("la progression", "the increase"): the text prints the change
// as two figures, not in those words ([change] in vocab/intents.txt).
var ChangeTerms = sectionTerms(intentVocab, "change")

// plannedPhrases are the [planned] cues of several words ("planning to",
// "prévoit de"): no topic, where a single word may be one.
var plannedPhrases = sync.OnceValue(func() []phrase {
	return slices.DeleteFunc(slices.Clone(intentVocab.phrases("planned")), func(p phrase) bool { return len(p.words) < 2 })
})

// EquivalentTerms are the analysed terms of the words that ask for a
// counterpart ("équivalent", "similar", "comparable": [equivalent] in
// vocab/intents.txt).
var EquivalentTerms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range intentVocab.phrases("equivalent") {
		for _, t := range retrieval.Terms(p.text) {
			m[t] = true
		}
	}
	return m
})

// AxesTerms are the analysed terms of the words that ask for a schéma's
// axes ("orientations", "grands axes", "priorities": [axes] in
// vocab/overview.txt). What else a question says is its topic.
var AxesTerms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range overviewVocab.phrases(OverviewAxes) {
		for _, t := range retrieval.Terms(p.text) {
			m[t] = true
		}
	}
	return m
})

// reFicheNoun finds the word beside "fiche" that names it: after it in
// French ("la fiche innovation", "la fiche sur l'internat scolaire"),
// before it in English ("the innovation fiche", "its MNA sheet").
var reFicheNoun = regexp.MustCompile(`\b(?:(?:la|cette|sa|une)\s+)?fiche\s+(?:(?:sur|concernant|relative a|consacree a|dediee a)\s+)?(?:(?:l'|le |la |les |des |du |d'|aux |au )\s*)?([a-z][a-z-]{2,})\b|\b(?:the|its|their|this|that|[a-z]+'s)\s+([a-z][a-z-]{2,})\s+(?:fiche|sheet|action sheet)\b`)

// ficheNoun returns the word a question names one fiche by, beside
// "fiche", when it is a word of the topic (not a number, a place, a
// field or a word of the documents' own).
func ficheNoun(folded string) string {
	loc := reFicheNoun.FindStringSubmatchIndex(folded)
	if loc == nil {
		return ""
	}
	m := reFicheNoun.FindStringSubmatch(folded)
	w := m[1] + m[2]
	// The word alone names the fiche: what follows it is punctuation or
	// the schéma's place ("la fiche innovation de la Moselle ?"), not more
	// of a topic ("la fiche sur les jeunes qui approchent…").
	rest := strings.TrimSpace(folded[loc[1]:])
	if m[1] != "" && rest != "" && !strings.ContainsAny(rest[:1], ",?:;.!(") && !hasPrefixAny(rest, []string{"de ", "du ", "des ", "en ", "dans "}) {
		return ""
	}
	switch w {
	case "action", "actions", "numero", "which", "that", "this", "same", "other", "fiche", "sheet", "qui", "que", "dont", "pour", "avec", "est", "and", "for", "with", "the":
		return ""
	}
	if retrieval.IsStop(w) || schemaWords[retrieval.Stem(w)] || scan(" "+w+" ").has(fieldVocab.phrases(retrieval.FieldPilots)) || hasFieldPhrase(" "+w+" ") {
		return ""
	}
	return w
}

// IsOverviewWord reports words that themselves ask for a fact of the
// schéma as a whole of kind ("méthode" for the method).
func IsOverviewWord(words, kind string) bool {
	return scan(" " + words + " ").has(overviewVocab.phrases(kind))
}

// AimsNamed returns the words of [aims] (vocab/overview.txt) a question
// names the aims of a schéma with, as it writes them: "finalités".
func AimsNamed(folded string) []string {
	var out []string
	t := scan(folded)
	for _, p := range overviewVocab.phrases("aims") {
		if i, j := t.index(p); i >= 0 {
			out = append(out, t.s[i:j])
		}
	}
	return out
}

// AsksMeaning reports a question that asks in words what something means
// ("que veut dire", "c'est quoi", "what does … stand for"), not an acronym
// alone.
func AsksMeaning(folded string) bool {
	return scan(folded).has(intentVocab.phrases("glossary"))
}

// PicksOneListed reports a question that picks one fiche by its topic
// among those the thread listed ("the one about…", "celle sur…", "la fiche
// sur…").
func PicksOneListed(folded string) bool {
	return scan(folded).has(intentVocab.phrases("one-of-listed"))
}

// AsksComposition reports a question that asks what a body or a scheme
// is made of ("c'est composé de qui ?", "who sits on it?").
func AsksComposition(folded string) bool {
	return scan(folded).has(intentVocab.phrases("composition"))
}

// NamesAllListed reports a question that refers to every fiche the
// thread listed ("those two", "les deux", "each of them").
func NamesAllListed(folded string) bool {
	return scan(folded).has(intentVocab.phrases("all-listed"))
}

// PointsBack reports a sentence that refers back to something named
// before it ("qui porte ce chantier ?", "when is it due?", "mieux les
// soutenir ?").
func PointsBack(folded string) bool {
	return scan(folded).has(intentVocab.phrases("anaphora")) || reObjectPronoun.MatchString(folded)
}

// CountPointsBack is PointsBack for a "how many" question, whose
// existential "there" ("how many MNA were there in Isère?") points at
// nothing said before.
func CountPointsBack(folded string) bool {
	return PointsBack(without(folded, intentVocab.phrases("existential")))
}

// AsksResults reports a question that asks what something done has shown
// or given ("qu'a montré l'étude ?", "did it work?", "what did the review
// conclude?"), not what it is meant to give ("résultats attendus").
func AsksResults(folded string) bool {
	return scan(folded).has(intentVocab.phrases("results"))
}

// FicheStep reports a question that names the fiche after (+1) or before
// (-1) the thread's one ("et la fiche suivante ?", "the previous one?"),
// 0 when it names neither.
func FicheStep(folded string) int {
	t := scan(folded)
	switch {
	case t.has(intentVocab.phrases("next-fiche")):
		return 1
	case t.has(intentVocab.phrases("previous-fiche")):
		return -1
	}
	return 0
}

// PointsBackToPeople reports a sentence whose object pronoun stands for
// people named in an earlier message ("the action on housing them",
// "pour les accueillir", "pour eux"): a subject pronoun ("l'équipe
// mobile, elle…") mostly stands for a topic of its own sentence.
func PointsBackToPeople(folded string) bool {
	return scan(folded).has(intentVocab.phrases("people-pronoun")) || reObjectPronoun.MatchString(folded)
}

// reObjectPronoun finds "les" before an infinitive ("mieux les soutenir",
// "pour les aider"): a pronoun for people named before, where "les"
// before a noun would be an article of a plural, which ends otherwise.
var reObjectPronoun = regexp.MustCompile(`\bles [a-z]{2,}(?:er|ir)\b`)

// Reports reports a sentence that passes on what the asker heard or read
// ("on m'a dit que…", "I'm told…"): what follows is the topic, not the
// asker's own situation.
func Reports(folded string) bool {
	return scan(folded).has(intentVocab.phrases("reported"))
}

// SaysOfSelf reports a clause where the asker speaks of themselves ("je
// prépare…", "on fait un point", "I'm onboarding", "we have…") and asks
// nothing. A clause that passes on what the asker heard ("on m'a dit
// que…") speaks of the topic; one that says what they want ("je cherche
// surtout les indicateurs") asks.
func SaysOfSelf(clause string) bool {
	if k := strings.LastIndexAny(clause, ".!?\n"); k >= 0 {
		clause = clause[k+1:]
	}
	if folded := corpus.Fold(clause); Reports(folded) || scan(folded).has(intentVocab.phrases("wanting")) {
		return false
	}
	words := strings.FieldsFunc(corpus.Fold(clause), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	// "On" is the French "we", and an English preposition ("who's the
	// lead on it").
	french := DetectLang(clause) != chat.English
	self := false
	for _, w := range words {
		w = strings.TrimSuffix(w, "'s")
		switch w {
		case "je", "j'", "nous", "i", "i'm", "im", "we", "we're", "my", "our", "mon", "ma", "mes", "notre", "nos":
			self = true
		case "on":
			self = self || french
		case "qui", "quoi", "quel", "quelle", "quels", "quelles", "comment", "quand", "who", "what", "which", "when", "how", "where":
			return false
		}
		if strings.HasPrefix(w, "j'") {
			self = true
		}
	}
	return self
}

// throughLastQuestion returns text up to its last question mark, or text
// itself when there is none.
func throughLastQuestion(text string) string {
	if i := strings.LastIndex(text, "?"); i >= 0 {
		return text[:i+1]
	}
	return text
}

// compassOf reports text after a compass word ("nord") that makes it a
// part of a place: "de…", "du…", or an adjective of a place a document
// covers ("mosellan" for Moselle, "isérois" for Isère).
func compassOf(after string, covered map[string]string) bool {
	words := strings.Fields(after)
	if len(words) == 0 {
		return false
	}
	switch next := strings.Trim(words[0], ",.;:!?()"); next {
	case "de", "du", "des":
		return true
	default:
		for name := range covered {
			if len(name) >= 4 && len(next) >= 4 && next[:4] == name[:4] {
				return true
			}
		}
	}
	return false
}

// libHasFiche reports whether a loaded schéma has a fiche labelled id.
func libHasFiche(lib *corpus.Library, id string) bool {
	if lib == nil {
		return false
	}
	for _, d := range lib.Docs {
		if d.Fiche(id) != nil {
			return true
		}
	}
	return false
}

// reQuoted is a span in quotes: «…», “…”, "…", or '…' opened after a
// space and closed before a space or a stop (an apostrophe inside a word
// is no quote).
var reQuoted = regexp.MustCompile(`«[^»]{3,80}»|“[^”]{3,80}”|"[^"]{3,80}"|(?:^|\s)'[^'\s][^']{2,80}'(?:\s|[?.,;:!]|$)`)

// withoutQuoted returns text with blanks for its quoted spans.
func withoutQuoted(text string) string {
	return reQuoted.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// withoutSelf returns text with blanks for the sentences in which the
// asker speaks of themselves and asks nothing.
func withoutSelf(text string) string { return blankSelf(text, ".!?\n") }

// WithoutSelfClauses returns text with the clauses where the asker speaks
// of themselves ("je suis greffier", "on bosse en MECS") blanked: the
// words of their trade are no topic the schémas lack.
func WithoutSelfClauses(text string) string { return blankSelf(text, ".!?\n,;:") }

// blankSelf blanks the parts of text, cut at any of ends, where the asker
// speaks of themselves.
func blankSelf(text, ends string) string {
	var b strings.Builder
	from := 0
	for j := 0; j <= len(text); j++ {
		if j < len(text) && !strings.ContainsRune(ends, rune(text[j])) {
			continue
		}
		if SaysOfSelf(text[from:j]) {
			b.WriteString(strings.Repeat(" ", j-from))
		} else {
			b.WriteString(text[from:j])
		}
		if j < len(text) {
			b.WriteByte(text[j])
		}
		from = j + 1
	}
	return b.String()
}

// blankSelfLead blanks the clauses of text set apart by a colon or a
// semicolon after them where the asker speaks of themselves ("je prépare
// une réunion avec nos partenaires : …"); the clause that asks, last,
// stays whatever it says.
func blankSelfLead(text string) string {
	i := strings.LastIndexAny(text, ":;")
	if i < 0 {
		return text
	}
	return blankSelf(text[:i], ":;") + text[i:]
}

// AsksSpelledOut reports a question that asks, in words that ask nothing
// else, what an acronym stands for ("que veut dire", "en toutes
// lettres", "stands for").
func AsksSpelledOut(folded string) bool {
	return scan(folded).hasStrong(intentVocab.phrases("glossary"))
}

// QuestionSentences returns the sentences of text that ask, or text
// itself when none ends with a "?": the story told around a question
// ("mon fils est placé depuis 2 ans. Le schéma dit quelque chose sur les
// retours à la maison ?") asks nothing.
func QuestionSentences(text string) string { return questionSentences(text) }

// AsksWhetherAny reports a question that asks whether a schéma has
// anything on a topic ("il y a quelque chose sur…", "anything similar
// on…").
func AsksWhetherAny(folded string) bool {
	return scan(folded).has(intentVocab.phrases("whether-any"))
}

// AsksWhatPlanSays reports a question that asks what a schéma says, does
// or plans on a thing ("what does the plan say about…", "que fait le
// schéma pour…"), or whether it has anything on it.
func AsksWhatPlanSays(folded string) bool {
	t := scan(folded)
	return t.has(intentVocab.phrases("says-on")) || t.has(intentVocab.phrases("whether-any"))
}

// NamesOtherSchema reports a question that asks of "the other schéma".
func NamesOtherSchema(folded string) bool {
	return scan(folded).has(intentVocab.phrases("other-schema"))
}

// WithoutOtherSchema returns folded text with blanks for the words that
// name the other schéma ("l'autre schéma", "the other plan"): they name no
// topic.
func WithoutOtherSchema(folded string) string {
	for _, p := range intentVocab.phrases("other-schema") {
		for {
			i, j := scan(folded).index(p)
			if i < 0 {
				break
			}
			folded = folded[:i] + strings.Repeat(" ", j-i) + folded[j:]
		}
	}
	return folded
}

// reAcronymThenWhat is an acronym set apart by a dash or a colon, then
// asked about: "CRIP - what is it?", "« ASO » : c'est quoi ?", "ASO c'est
// quoi comme service ?".
var reAcronymThenWhat = regexp.MustCompile(`\b[A-Z][A-Z0-9]{1,9}\b["»”']?\s*[-–—:]\s*(?i:what(?:'s| is| does)|c'?est quoi|qu'?est[- ]ce|ca veut dire|ça veut dire)|\b[A-Z][A-Z0-9]{1,9}\s+(?i:c'?est quoi|c quoi|ça veut dire quoi|ca veut dire quoi|ça désigne quoi|ca designe quoi)(?:\s+(?i:comme|en tant que)\s+\p{L}+(?:\s+\p{L}+)?)?\s*\?\s*$`)

// acronymThenWhat reports an acronym asked about right after it
// (reAcronymThenWhat), unless "c'est quoi" goes on with a thing of its own:
// "MNA : c'est quoi le plan pour l'hébergement ?" asks for the plan.
func acronymThenWhat(raw string) bool {
	for _, m := range reAcronymThenWhat.FindAllStringIndex(raw, -1) {
		// "ASE : qu'est-ce que l'Isère veut faire ?": the thing asked
		// about follows "qu'est-ce que".
		rest := raw[m[1]:]
		if q := reQueAfter.FindString(rest); q != "" {
			rest = " " + rest[len(q):]
		}
		if !reWhatThing.MatchString(rest) {
			return true
		}
	}
	return false
}

// reQueAfter is the "que" that ends "qu'est-ce que".
var reQueAfter = regexp.MustCompile(`^\s*(?i:que\b|qu')\s*`)

// reWhatThing is a noun phrase that follows "c'est quoi", "what is": the
// thing asked about.
var reWhatThing = regexp.MustCompile(`^\s+(?i:le|la|les|l'|son|sa|ses|leur|leurs|the|its|their)\s*\p{L}`)

// reDislocatedWhat is an acronym that opens the question, set out before
// a comma and "c'est quoi ?": "LEAP dans la liste des établissements,
// c'est quoi ?" asks what LEAP is, whatever the words between.
// So does one right before the comma: "they keep saying RAPT, what's
// that?".
var reDislocatedWhat = regexp.MustCompile(`(?:^\s*(?:(?i:bonjour|salut|hello|hi|hey|coucou)\s*[,!]?\s*)?[A-Z][A-Z0-9]{1,9}\b[^?,]{0,120}|\b[A-Z][A-Z0-9]{1,9}["»”']?\s*),\s*(?i:c'?est quoi|ça veut dire quoi|ca veut dire quoi|ça désigne quoi|what is it|what's that|what is that|what does it mean)\s*\?`)

// reEqualsWhat is an acronym followed by "= ?".
var reEqualsWhat = regexp.MustCompile(`\b[A-Z][A-Z0-9.]{1,9}\b[^=?]{0,40}=\s*\?`)

// asksPlural reports a question word followed by a noun in the plural
// ("what hires", "quels postes", "which milestones", "any milestones").
func asksPlural(folded string) bool {
	words := strings.Fields(strings.NewReplacer("?", " ", ",", " ", ":", " ").Replace(folded))
	for i := 0; i+1 < len(words); i++ {
		switch words[i] {
		case "quels", "quelles", "what", "which", "any":
			w := words[i+1]
			if len(w) > 3 && strings.HasSuffix(w, "s") && !notPluralNouns[w] {
				return true
			}
		}
	}
	return false
}

// notPluralNouns end in s without being plural nouns.
var notPluralNouns = map[string]bool{"sont": true, "does": true, "was": true, "has": true, "this": true, "is": true, "its": true, "his": true, "thus": true, "plus": true, "was.": true}

// reForPurpose is a means of contact named as what the answer is for or
// where the asker read something: "pour un mail", "for an email", "pour
// lui envoyer un mail", "dans un mail de la DEJS"; or the way someone
// spoke: "ils ont parlé de la CRIP au téléphone", "by phone".
var reForPurpose = regexp.MustCompile(`\b(?:pour|for|to|dans|in|from)\s+(?:un|une|an|a|mon|ma|notre|my|our|the|le|la|lui|leur|send|envoyer|write|ecrire|\s)*\s*(?:e-?mail|mail|courriel|appel|call)\b|\b(?:au|par|by|on the|over the)\s+(?:telephone|tel|phone|e-?mail|mail|courriel)\b`)

// reSetAside is a word set aside from what is asked: "besides the pilot",
// "à part le pilote", "other than the partners".
var reSetAside = regexp.MustCompile(`\b(?:(?:besides|apart from|other than|except|aside from|a part|hormis|en dehors des|en dehors du|en dehors de|en plus des|en plus du|en plus de|outre|sauf)\s+(?:the\s+|le\s+|la\s+|les\s+|l')?|(?:not|pas)\s+(?:the\s+|le\s+|la\s+|les\s+|l'))\p{L}+`)

// bareListCues are the list cues that only name fiches, and so ask for
// fiches only when nothing else is asked.
// comparesWithOthers reports words that end on a comparison with the
// other fiches ("is the PMI in there like for the other", "comme pour
// les autres"): the fiches named next are compared with, not asked for.
func comparesWithOthers(before string) bool {
	w := strings.Fields(before)
	n := len(w)
	if n < 3 || w[n-1] != "other" && w[n-1] != "autres" {
		return false
	}
	for _, c := range w[max(0, n-5) : n-1] {
		if c == "like" || c == "comme" || c == "than" || c == "que" || c == "as" {
			return true
		}
	}
	return false
}

var bareListCues = map[string]bool{"fiches": true, "sheets": true, "action sheets": true, "fiches actions": true, "fiches-actions": true}

// reOrdinalOne is a rank with no noun, "the fourth one", "la 4e", "la
// quatrième": it names an item of the list the thread last gave.
var reOrdinalOne = regexp.MustCompile(`\b(?:the|la|le)\s+(?:(\d{1,2})(?:st|nd|rd|th|e|eme|ieme|er|ere)|(premier|premiere|first|deuxieme|second|seconde|troisieme|third|quatrieme|fourth|cinquieme|fifth|sixieme|sixth|septieme|seventh|huitieme|eighth|last|derniere|dernier))(?:\s+(?:one|une|un))?\b`)

// OrdinalOne returns the rank a question names with no noun ("under the
// fourth one"), or 0.
func OrdinalOne(folded string) int {
	loc := reOrdinalOne.FindStringSubmatchIndex(folded)
	if loc == nil {
		return 0
	}
	// "La deuxième UAPED à Arcachon, c'est pour quand ?": a rank before a
	// noun other than the list's qualifies that noun; it names no item.
	if next := strings.Fields(strings.Trim(folded[loc[1]:], " ")); len(next) > 0 {
		if w := strings.Trim(next[0], ",.;:!?()'\""); len([]rune(w)) >= 3 && !ordinalNouns[w] && !retrieval.IsStop(w) {
			return 0
		}
	}
	m := make([]string, len(loc)/2)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = folded[loc[2*i]:loc[2*i+1]]
		}
	}
	switch m[2] {
	case "last", "derniere", "dernier":
		return LastOrdinal
	}
	n := m[1]
	if n == "" {
		n = ordinalWords[m[2]]
	}
	v, _ := strconv.Atoi(n)
	return v
}

// ordinalNouns are the nouns a rank of the list may come before: "la
// deuxième fiche", "the third action", "le 2e de la liste".
var ordinalNouns = map[string]bool{"fiche": true, "fiches": true, "sheet": true, "action": true, "actions": true, "mesure": true, "mesures": true,
	"one": true, "ones": true, "item": true, "point": true, "ligne": true, "line": true, "engagement": true, "chantier": true, "projet": true, "project": true,
	"orientation": true, "axe": true, "axis": true, "objectif": true, "objective": true, "liste": true, "list": true, "qui": true, "who": true}

// reExistential opens a question whether something exists: "il y a",
// "il y aura", "y a-t-il", "is there", "will there be".
var reExistential = regexp.MustCompile(`^\s*(?:(?:est-ce qu'|est ce qu')?il y (?:a|aura|aurait)|y (?:a|aura)(?:-t-il)?|is there|are there|will there be|would there be)\b`)

// reStrategicObjectives is "objectifs strat(égiques)", "strategic
// objectives", "objectifs strat." in either order, next to each other:
// "les objectifs de la fiche sur la stratégie de prévention" are a fiche's.
var reStrategicObjectives = regexp.MustCompile(`\bobjecti\w*\s+strat|\bstrat\w*\.?\s+objecti`)

// reHead is "quel X", "which X": the noun after the interrogative names
// the kind of thing asked for.
var reHead = regexp.MustCompile(`(?:^|[^\p{L}])(?:quel|quelle|quels|quelles|which)\s+(\p{L}+)(?:\s+(\p{L}+))?`)

// genericHeads name no kind of thing: "quels chiffres", "which ones".
var genericHeads = map[string]bool{"chiffre": true, "chiffres": true, "information": true, "informations": true, "element": true, "elements": true,
	"type": true, "types": true, "sorte": true, "genre": true, "chose": true, "choses": true, "point": true, "points": true, "one": true, "ones": true,
	"of": true, "part": true, "partie": true, "sujet": true, "sujets": true, "theme": true, "themes": true, "document": true, "schema": true, "plan": true}

// askedHead returns the noun a "quel X" / "which X" question asks for,
// or "" when it asks for a fiche, a field, a list or nothing in particular.
func askedHead(folded string) string {
	m := reHead.FindStringSubmatch(folded)
	if m == nil {
		return ""
	}
	w := m[1]
	// "which working groups": an English word in -ing or -ed qualifies
	// the noun after it.
	if m[2] != "" && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		w += " " + m[2]
	}
	// "Quel jour", "what year": the kind asked is a date, which typeOK
	// checks, not a noun the sentence must name.
	if retrieval.IsStop(w) || genericHeads[w] || hasFieldPhrase(" "+w+" ") || scan(" "+m[0]+" ").has(intentVocab.phrases("list")) || scan(" "+m[0]+" ").has(intentVocab.phrases("date")) {
		return ""
	}
	return w
}

// asksFieldAfter reports a field asked in a clause after the start of
// text: after a comma, a question mark or "et"/"and".
func asksFieldAfter(text string) bool {
	for _, sep := range []string{",", "?", " et ", " and ", " - ", " – ", " — ", ": "} {
		if k := strings.Index(text, sep); k >= 0 && hasFieldPhrase(text[k+len(sep):]) {
			return true
		}
	}
	return false
}

// singularFiche reports a list cue that asks for one fiche ("quelle
// fiche", "y a-t-il une fiche", "is there a fiche"), not several.
func singularFiche(cue string) bool {
	for _, w := range strings.Fields(cue) {
		switch strings.Trim(w, "=") {
		case "fiches", "sheets", "actions", "toutes", "all", "lesquelles", "liste", "list", "lister", "ou", "where":
			return false
		}
	}
	return true
}

// adjectiveLike reports a folded French word whose ending is an
// adjective's or a participle's ("familiaux", "majeurs", "placés",
// "accueillis", "spécialisée").
func adjectiveLike(w string) bool {
	// A verb after the noun ends in "-e", "-ent", "-t" ("compte",
	// "accueillent", "suit"); plural participles and adjectives do not.
	for _, suf := range []string{"aux", "al", "ale", "ales", "als", "ee", "ees", "es", "is", "ies", "if", "ifs", "ive", "ives", "ique", "iques", "eur", "eurs", "euse", "euses", "ux"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// weakDefinition reports a weak definition cue ("what's", "c'est quoi")
// that asks about an acronym: the acronym follows it, an article or two
// apart ("what's a CPEF", "c'est quoi le PPE"), or comes just before it
// ("le CTJ c'est quoi"). "What's planned on the PPE?" asks for no
// definition.
func weakDefinition(t text, acronyms []string) bool {
	ok, _ := weakDefinitionAt(t, acronyms)
	return ok
}

// weakDefinitionAt is weakDefinition, and tells whether the acronym is
// right after the cue ("c koi un LEAP dans la fiche internat ?"): what
// follows then says where it was read, not what else is asked.
func weakDefinitionAt(t text, acronyms []string) (ok, adjacent bool) {
	// "OPP — what is that?": the dash parts the acronym from the question.
	punct := strings.NewReplacer("?", " ", ",", " ", ":", " ", "!", " ", "'", "' ", " - ", " ", " – ", " ", " — ", " ")
	words := strings.Fields(punct.Replace(t.s))
	at := func(i int) bool {
		if i < 0 || i >= len(words) {
			return false
		}
		w := strings.Trim(words[i], "'\"«»“”")
		for _, a := range acronyms {
			if strings.EqualFold(strings.TrimSuffix(w, "s"), a) || strings.EqualFold(w, a) {
				return true
			}
		}
		return false
	}
	for _, p := range intentVocab.phrases("glossary") {
		if !p.weak {
			continue
		}
		start, end := t.index(p)
		if start < 0 {
			continue
		}
		before := len(strings.Fields(punct.Replace(t.s[:start] + " ")))
		after := before + len(strings.Fields(strings.NewReplacer("'", "' ").Replace(t.s[start:end])))
		k := -1
		switch {
		case at(after):
			k = after
		case at(after+1) && isArticle(words[after]):
			k = after + 1
		case at(after+2) && isArticle(words[after]) && isArticle(words[after+1]):
			k = after + 2
		}
		if k >= 0 {
			// "What is the ASE spending?": a noun after the acronym is
			// what is asked, the acronym only qualifies it.
			next := ""
			if k+1 < len(words) {
				next = strings.Trim(words[k+1], "'\".;")
			}
			return true, next == "" || whereWord(next) || meansWord(next)
		}
		if at(before-1) || at(before-2) && isArticle(words[before-1]) {
			// "sorties sèches de l'ASE : qu'est-ce que l'Isère veut faire
			// ?": an acronym that completes a noun before it only says
			// whose; the noun is what is asked about.
			j := before - 1
			if !at(j) {
				j--
			}
			if qualifiesNoun(words, j) {
				continue
			}
			return true, false
		}
		// "CTT dans le schéma de la Moselle, c'est quoi ?", "CREAI, saw it
		// in the Isère glossary, what is it?": between the acronym and the
		// cue, only words that say where it was read, or a place introduced
		// right after the acronym ("des LEAP dans la liste des internats,
		// c'est quoi ?").
		for k := before - 1; k >= 0 && before-k <= 8; k-- {
			if at(k) {
				return true, false
			}
			if !whereWord(strings.Trim(words[k], "'\".;")) {
				if before-k <= 6 && slices.ContainsFunc(words[max(0, k-6):k], func(w string) bool { return placeWord(w) }) {
					for j := k - 1; j >= max(0, k-6); j-- {
						if placeWord(words[j]) && j > 0 && at(j-1) {
							return true, true
						}
					}
				}
				break
			}
		}
	}
	return false, false
}

// meansWord is a word that asks what something means after it: "what does
// LEAP mean", "RAPT stands for".
func meansWord(w string) bool {
	switch w {
	case "mean", "means", "stand", "stands", "signifie", "signifient", "veut", "veulent", "designe", "designent":
		return true
	}
	return false
}

// placeWord opens where something was read: "des LEAP dans la liste…".
func placeWord(w string) bool {
	switch w {
	case "dans", "in", "sur", "on":
		return true
	}
	return false
}

// whereWord is a word that says where an acronym was read ("dans le
// schéma de l'Isère", "in the glossary", "saw it in the fiches"), not what
// is asked about it.
func whereWord(w string) bool {
	if w == "" || retrieval.IsStop(w) || schemaWords[retrieval.Stem(w)] {
		return true
	}
	return whereStems()[w] || whereStems()[retrieval.Stem(w)] || mentionVerb(w)
}

// whereStems are the words, and their stems, that say where or how often
// an acronym was read; questions' content terms are stems.
var whereStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"dans", "in", "de", "du", "des", "la", "le", "les", "l", "d", "the", "a", "saw", "seen", "vu", "lu", "read", "it",
		"fiches", "fiche", "sheets", "sheet", "glossaire", "glossary", "partout", "everywhere", "je", "vois", "see", "keep", "seeing",
		"keeps", "coming", "comes", "up", "appears", "appear", "mentioned", "mentionne", "cite", "revient", "souvent", "often"} {
		m[w], m[retrieval.Stem(w)] = true, true
	}
	return m
})

// isArticle reports a determiner or a filler between a definition cue and
// its acronym.
// qualifiesNoun reports an acronym at words[j] that completes the noun
// before it: "sorties sèches de l'ASE", "the budget of ASE".
func qualifiesNoun(words []string, j int) bool {
	k := j - 1
	if k >= 1 && isArticle(words[k]) && !complementOf(words[k]) {
		k--
	}
	return k >= 1 && complementOf(words[k]) && !isArticle(words[k-1]) && !complementOf(words[k-1]) && !mentionVerb(words[k-1])
}

// mentionStems are the stems of the verbs that say where an acronym was
// met ("ils parlent de la CRIP", "j'ai entendu parler du CTT", "they talk
// of the ODPE"): what follows them is the acronym asked about, not the
// complement of a noun.
var mentionStems = map[string]bool{"parl": true, "entend": true, "entendu": true, "mention": true, "evoqu": true, "cit": true, "heard": true, "talk": true, "speak": true, "spok": true}

// mentionVerb reports a verb of mention.
func mentionVerb(w string) bool {
	return mentionStems[retrieval.Stem(strings.Trim(strings.ToLower(w), "'\".,;"))]
}

// complementOf reports a preposition that makes what follows the
// complement of a noun: "de", "du", "des", "d'", "of".
func complementOf(w string) bool {
	switch strings.Trim(w, "'") {
	case "de", "du", "des", "d", "of":
		return true
	}
	return false
}

func isArticle(w string) bool {
	switch strings.Trim(w, "'") {
	case "a", "an", "the", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "that", "this", "ce", "cette", "ces", "exactly", "exactement", "again", "encore", "alors", "donc":
		return true
	}
	return false
}

// countsAxes reports whether the counted words (folded) name axes, an
// adjective or two before them ("grandes orientations", "main priorities").
func countsAxes(counted string, lib *corpus.Library) bool {
	words := strings.Fields(counted)
	for i, w := range words {
		if i > 2 {
			break
		}
		rest := strings.Join(words[i:], " ")
		// "Combien de grands objectifs ?", "how many big goals?": the
		// schéma's own objectives, its axes.
		if i == 0 && bigAims[w] && len(words) > 1 && (strings.HasPrefix(words[1], "objecti") || strings.HasPrefix(words[1], "goal") || strings.HasPrefix(words[1], "aim")) {
			return true
		}
		if strings.HasPrefix(w, "orientation") || strings.HasPrefix(w, "axe") || strings.HasPrefix(rest, "objectifs strategiques") ||
			strings.HasPrefix(w, "strategic") || strings.HasPrefix(w, "priorit") || namesAxisKind(" "+w+" ", lib) {
			return true
		}
	}
	return false
}

// reEmbeddedWhen is "quand" or "when to" between a verb of knowing (or
// "sur") and an infinitive, in folded text: "savoir quand faire", "sur
// quand en faire une", "know when to report"; the words around it in
// groups 1 and 2. A "quand" that opens its clause ("quand démarrer… ?")
// asks a date.
var reEmbeddedWhen = regexp.MustCompile(`\b((?:sur|savoir|sait|savent|sais|comprendre|decider|juger|reperer|identifier|know|knowing|decide|tell|understand|judge|learn|spot)\s+)(?:quand|when to)\s+((?:en |y )?(?:[a-z]{2,}(?:er|ir)|faire)\b)`)

// reInverted is a verb and the subject pronoun of an inverted question:
// "fixe-t-elle", "évalue-t-on", "prévoit-il", "sont-ils".
var reInverted = regexp.MustCompile(`(\p{L}+)-t-(?:il|elle|ils|elles|on)\b|(\p{L}{3,})-(?:il|elle|ils|elles|on)\b`)

// reIndicatorKind is an indicator named with its kind, in folded text:
// "indicateurs de réalisation", "indicateur d'impact", "outcome indicators".
var reIndicatorKind = regexp.MustCompile(`\bindicat\w*\s+(?:de\s+|d')(?:realisation|resultats?|impacts?|suivi|processus|moyens)\b|\b(?:achievement|outcome|output|impact|process|realisation|realization|implementation)\s+indicators?\b`)

// bigAims are the adjectives that make objectives the schéma's own:
// "grands objectifs", "big goals", "main aims".
var bigAims = map[string]bool{"grands": true, "grand": true, "big": true, "main": true, "major": true, "principaux": true, "overarching": true}

// reBareObjective is an objective named by its number alone: "l'objectif
// 5", "objective no. 2".
var reBareObjective = regexp.MustCompile(`\b(?:objectif|objective)\s*(?:n\s*°|n°|no\.?|number)?\s*(\d{1,2})\b`)

// axesCalled reports a loaded schéma whose axes are called by a word that
// starts with prefix ("objecti" for "Objectif stratégique") and that has at
// least n of them.
func axesCalled(lib *corpus.Library, prefix string, n int) bool {
	if lib == nil {
		return false
	}
	for _, d := range lib.Docs {
		if len(d.Axes) >= n && strings.HasPrefix(corpus.Fold(d.Axes[0].Kind), prefix) {
			return true
		}
	}
	return false
}

// fichesCalled reports loaded documents whose fiches, most of them, are
// headed by word ("Engagement n°4 – …", "Priorité 2 : …").
func fichesCalled(lib *corpus.Library, word string) bool {
	if lib == nil {
		return false
	}
	for _, d := range lib.Docs {
		called := 0
		for _, f := range d.Fiches {
			// The word heads the fiche's heading, or the line under a
			// heading that asks a question ("### Comment … ?" then
			// "*Engagement n°8*").
			for i := f.Span.StartLine - 1; i >= 0 && i < len(d.Lines) && i <= f.Span.StartLine+1; i++ {
				if head := strings.TrimLeft(corpus.Fold(d.Lines[i]), "#*_ \t"); strings.HasPrefix(head, word) {
					called++
					break
				}
			}
		}
		if len(d.Fiches) >= 2 && 2*called > len(d.Fiches) {
			return true
		}
	}
	return false
}

// namesAxisKind reports a Question that names the loaded documents' axes
// by the word they use, in the plural ("enjeux", "priorités", "axes").
func namesAxisKind(folded string, lib *corpus.Library) bool {
	for _, d := range lib.Docs {
		if len(d.Axes) == 0 {
			continue
		}
		kind := corpus.Fold(d.Axes[0].Kind)
		for _, form := range []string{kind + "s", kind + "x"} {
			if containsPhrase(folded, form) {
				return true
			}
		}
	}
	return false
}

// schemaWords name the documents and their parts, not a topic.
var schemaWords = map[string]bool{}

func init() {
	for _, w := range []string{"schema", "schemas", "plan", "plans", "document", "documents", "doc", "docs", "pdf", "fichier", "file", "glossaire", "glossary", "sigle",
		"sigles", "acronyme", "acronym", "abbreviation", "exactement", "exactly", "precisement", "precisely", "donc", "periode",
		"period", "couvre", "covers", "cover", "dure", "duree", "last", "lasts", "annees", "years", "vigueur", "force", "valid", "run", "runs",
		"departement", "department", "departmental", "departemental", "county", "prevu", "prevue", "prevus", "prevues", "planned",
		"rappel", "rappels", "reminder", "reminders", "liste", "list", "prochain", "prochaine", "prochaines", "prochains", "upcoming", "next",
		"avant", "fin", "debut", "before", "end", "start", "beginning", "jusqu", "until"} {
		schemaWords[retrieval.Stem(w)] = true
	}
}

// ContentTerms returns the analysed terms of a question's topic that name
// something: neither the schéma itself nor one of its acronyms.
func ContentTerms(topic string, acronyms []string) []string {
	skip := map[string]bool{}
	for _, a := range acronyms {
		skip[retrieval.Stem(strings.ToLower(a))] = true
	}
	var out []string
	for _, t := range retrieval.Terms(topic) {
		if !skip[t] && !schemaWords[t] && !reYear.MatchString(t) {
			out = append(out, t)
		}
	}
	return out
}

// periodContext returns the content terms of what a question asking the
// schéma's period says besides: the schémas it counts ("les deux", "each
// one", "both") and the verb that asks what they cover are part of the
// question, not context.
func periodContext(topic string, acronyms []string) []string {
	return slices.DeleteFunc(ContentTerms(topic, acronyms), func(t string) bool {
		return t == "2" || t == "each" || t == "both" || t == "chacun" || strings.HasPrefix(t, "couvr") || strings.HasPrefix(t, "cover")
	})
}

// findPlaces finds the départements a Question names, by name, demonym or
// number. It returns the ids of the documents that cover them, the name of
// one no document covers, and the text without those names.
func findPlaces(folded, raw string, lib *corpus.Library) (docs []string, unknown string, rest string) {
	rest = folded
	var compared []string
	type cand struct{ name, num string }
	var cands []cand
	for num, name := range corpus.Departements {
		cands = append(cands, cand{name, num})
	}
	// Longest names first: "Meurthe-et-Moselle" before "Moselle".
	sort.Slice(cands, func(i, j int) bool {
		if len(cands[i].name) != len(cands[j].name) {
			return len(cands[i].name) > len(cands[j].name)
		}
		return cands[i].name < cands[j].name
	})
	covered := map[string]string{} // folded département name -> doc id
	for _, d := range lib.Docs {
		if d.Departement != "" {
			covered[corpus.Fold(d.Departement)] = d.ID
		}
		// The id names the document too: "isere-2020-2024".
		if strings.Contains(rest, " "+d.ID+" ") {
			docs = AppendUnique(docs, d.ID)
			rest = strings.Replace(rest, d.ID, " ", 1)
		}
	}
	rawFold := " " + corpus.Fold(raw) + " "
	for _, c := range cands {
		name := corpus.Fold(c.name)
		variants := []string{name, strings.ReplaceAll(name, "-", " ")}
		for _, v := range variants {
			idx := IndexWord(rest, v)
			if idx < 0 {
				continue
			}
			id, isCovered := covered[name]
			// A short common word ("nord", "manche", "somme", "lot") counts
			// as a place only when capitalised or when a document covers it.
			// … unless an article or a preposition of place introduces it
			// ("le schéma de la savoie", "dans le nord").
			// The same holds of a longer name that is a French word with
			// its article ("pendant la réunion" is a meeting).
			if !isCovered && (len(name) <= 6 || commonWordName(name)) && !capitalised(raw, c.name) && !placeIntroduced(rest[:idx]) {
				continue
			}
			// "Une antenne dans le nord mosellan", "le nord de la
			// Moselle": a compass point of a place is a part of it.
			if !isCovered && compassOf(rest[idx+len(v):], covered) {
				continue
			}
			// "Puéricultrice en PMI vers Vienne": a town near where one
			// works is no schéma asked for.
			if !isCovered && nearPlace(rest[:idx]) {
				continue
			}
			if isCovered {
				docs = AppendUnique(docs, id)
				if comparedTo(rest[:idx]) {
					compared = AppendUnique(compared, id)
				}
			} else if unknown == "" {
				unknown = c.name
			}
			rest = rest[:idx] + " " + rest[idx+len(v):]
			break
		}
	}
	_ = rawFold
	// "Le schéma de la Drôme prévoit-il une commission comme en Isère ?"
	// asks of the Drôme: the schéma it is compared with is not asked.
	if unknown != "" && len(compared) > 0 {
		docs = slices.DeleteFunc(docs, func(id string) bool { return slices.Contains(compared, id) })
	}
	// Demonyms and adjectives of covered départements: isérois, mosellane.
	for name, id := range covered {
		stem := strings.TrimRight(name, "es")
		if len(stem) < 4 {
			continue
		}
		for _, w := range strings.Fields(rest) {
			// "isérois." ends a sentence: the full stop stays.
			core := strings.TrimRight(w, ".,;:!?")
			if strings.HasPrefix(core, stem) && len(core) > len(stem)+1 {
				docs = AppendUnique(docs, id)
				rest = strings.Replace(rest, " "+w+" ", " "+w[len(core):]+" ", 1)
			}
		}
	}
	// "Le taux de pauvreté dans les PO": a département by its initials.
	for _, m := range reShortName.FindAllStringSubmatch(raw, -1) {
		code, ok := corpus.ShortNames[m[1]]
		if !ok {
			continue
		}
		name := corpus.Departements[code]
		if id, isCovered := covered[corpus.Fold(name)]; isCovered {
			docs = AppendUnique(docs, id)
		} else if unknown == "" && len(docs) == 0 {
			unknown = name
		}
		if i := IndexWord(rest, strings.ToLower(m[1])); i >= 0 {
			rest = rest[:i] + " " + rest[i+len(m[1]):]
		}
	}
	for _, m := range reDeptNumber.FindAllStringSubmatch(rest, -1) {
		num := strings.ToUpper(m[1] + m[2])
		name, ok := corpus.Departements[num]
		if !ok {
			continue
		}
		if id, isCovered := covered[corpus.Fold(name)]; isCovered {
			docs = AppendUnique(docs, id)
		} else if unknown == "" && len(docs) == 0 {
			unknown = name
		}
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	// "Je suis à Grenoble dans un hôtel", "I aged out of care in Metz": a
	// town is where the asker is, and the schéma that names it is the one
	// of its département.
	if len(docs) == 0 && unknown == "" {
		if id, town := townDoc(rest, lib); id != "" {
			docs = []string{id}
			rest = blankWord(rest, town)
		}
	}
	return docs, unknown, rest
}

// quantityNouns name the quantity a question asks for, not a thing the
// answer names: "quelle fréquence", "à quel rythme".
var quantityNouns = map[string]bool{"age": true, "duree": true, "frequence": true, "periodicite": true, "rythme": true, "length": true}

// reEndsOnWhat matches a question that ends on what is asked, with no
// topic after it: "… il veut faire quoi ?".
var reEndsOnWhat = regexp.MustCompile(`\b(quoi|what)\W*$`)

// townPrepositions introduce a town where the asker is or lives.
var townPrepositions = map[string]bool{"a": true, "in": true, "near": true, "vers": true, "sur": true, "from": true, "at": true}

// townDoc returns the document whose text names, as a proper noun and
// alone among the documents, a word that a preposition of place introduces
// in folded, and that word.
func townDoc(folded string, lib *corpus.Library) (id, town string) {
	words := strings.Fields(folded)
	for i := 1; i < len(words); i++ {
		w := strings.Trim(words[i], ".,;:!?()")
		if !townPrepositions[words[i-1]] || len([]rune(w)) < 4 || retrieval.IsStop(w) || commonWord(w) {
			continue
		}
		var in []string
		for _, d := range lib.Docs {
			// A word no dictionary knows that the document writes only
			// with a capital, even at the head of a line ("- Metz Orne :
			// vendredi…"), is one of its places.
			if dw := docWords(d); properNouns(d)[w] || dw.any[w] && !dw.lower[w] {
				in = append(in, d.ID)
			}
		}
		if len(in) == 1 {
			return in[0], w
		}
	}
	return "", ""
}

// reAskerTown is a capitalised word after a preposition of place or an
// opening bracket: "à Voiron", "near Échirolles", "Moselle (Forbach)".
var reAskerTown = regexp.MustCompile(`(?:(?:^|[\s'’])(?:à|a|en|in|near|vers|from|at)\s+|(\())(\p{Lu}[\p{L}-]+)(['’]?)`)

// reTagQuestion is a tag asking for agreement at the end of a sentence:
// "…, non ?", "… hein ?", "…, right?".
var reTagQuestion = regexp.MustCompile(`[,\s]+(?:non|hein|nan|right|no|isn't it|n'est-ce pas)\s*(\?)`)

// reProperName is a name of two capitalised words or more: "Petits Pas",
// "Maison Verte".
var reProperName = regexp.MustCompile(`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+`)

// ficheByName returns the one fiche, among docs (all when none), whose
// title carries as written a name of capitalised words of raw that is no
// document's département.
func ficheByName(raw string, lib *corpus.Library, docs []string) (doc, id string) {
	for _, name := range reProperName.FindAllString(raw, -1) {
		if slices.ContainsFunc(lib.Docs, func(d *corpus.Document) bool {
			n, dep := corpus.Fold(name), corpus.Fold(d.Departement)
			return dep != "" && (strings.Contains(n, dep) || strings.Contains(dep, n))
		}) {
			continue
		}
		var found [][2]string
		for _, d := range lib.Docs {
			if len(docs) > 0 && !slices.Contains(docs, d.ID) {
				continue
			}
			for _, f := range d.Fiches {
				if IndexWord(f.Title, name) >= 0 {
					found = append(found, [2]string{d.ID, f.ID})
				}
			}
		}
		if len(found) == 1 {
			return found[0][0], found[0][1]
		}
	}
	return "", ""
}

// reWorkingOn is the asker telling what they prepare or write, up to the
// topic it is about: "je prépare une note sur", "on rédige le bilan de",
// "I'm writing a report on".
var reWorkingOn = regexp.MustCompile(`\b(?:je|j'|on|nous|i'm|i am|we're|we are|i|we)\s*(?:prepare|preparons|redige|redigeons|ecris|ecrit|ecrivons|fais|fait|faisons|monte|montons|preparing|writing|drafting|putting together|doing|prepare|write|draft)\s+(?:un|une|le|la|les|l'|des|mon|ma|mes|notre|nos|a|an|the|my|our)\s*(?:petit\s+|petite\s+|short\s+|quick\s+)?(?:note|bilan|point|rapport|report|briefing|brief|memo|synthese|summary|presentation|diaporama|slides|article|papier|paper|dossier|discours|speech|intervention)\s+(?:sur|about|on|de|du|des|concernant|regarding)\b`)

// reArticleBefore is a match of reAskerTown whose preposition is "a" or
// "en", in English the article or no word.
var reArticleBefore = regexp.MustCompile(`(?i)^(?:^|[\s'’])?(?:a|en)\s`)

// withoutAskerTowns blanks in rest the places the asker says they are in
// ("maîtresse à Voiron", "a football club in Échirolles") when no
// document names them: a capitalised word no dictionary knows, which is
// no acronym. Where the asker is is no word of the topic. A town a
// document names is left to townDoc, which reads the schéma asked from
// it, unless bracketed after a place ("on est en Moselle (Forbach)").
func withoutAskerTowns(rest, raw string, lib *corpus.Library) string {
	english := DetectLang(raw) == chat.English
	for _, m := range reAskerTown.FindAllStringSubmatch(raw, -1) {
		// "A PhD", "a Petits Pas programme": in English "a" is the
		// article, and "en" no word.
		if english && reArticleBefore.MatchString(m[0]) {
			continue
		}
		bracketed, name := m[1] != "", strings.TrimRight(m[2], "-")
		r := []rune(name)
		// "(I'm the evaluation officer)": an elided word is no name.
		if len(r) < 3 || strings.ToUpper(name) == name || m[3] != "" {
			continue
		}
		folded := corpus.Fold(name)
		if retrieval.IsStop(folded) {
			continue
		}
		parts := strings.Split(folded, "-")
		if !slices.ContainsFunc(parts, func(p string) bool { return len(p) >= 3 && !commonWord(p) && !retrieval.IsStop(p) }) {
			continue
		}
		if slices.ContainsFunc(lib.Docs, func(d *corpus.Document) bool {
			w := docWords(d)
			return w.lower[folded] || !bracketed && w.any[folded]
		}) {
			continue
		}
		rest = blankWord(rest, folded)
	}
	return rest
}

var (
	wordsMu    sync.Mutex
	wordsCache = map[*corpus.Document]wordSets{}
)

// wordSets are the folded words of a document: all of them, and those it
// writes in lower case somewhere, its common words.
type wordSets struct{ any, lower map[string]bool }

// docWords returns the folded words of d's text.
func docWords(d *corpus.Document) wordSets {
	wordsMu.Lock()
	defer wordsMu.Unlock()
	if m, ok := wordsCache[d]; ok {
		return m
	}
	m := wordSets{any: map[string]bool{}, lower: map[string]bool{}}
	for _, line := range d.Lines {
		for _, f := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			f = strings.Trim(f, "-")
			if f == "" {
				continue
			}
			k := corpus.Fold(f)
			m.any[k] = true
			if unicode.IsLower([]rune(f)[0]) {
				m.lower[k] = true
			}
		}
	}
	wordsCache[d] = m
	return m
}

// commonWord reports a word of the French or English dictionary: "qui a
// porté" is no town, whatever the documents write with a capital.
func commonWord(w string) bool {
	if retrieval.EnglishOnly(w) {
		return true
	}
	for _, t := range retrieval.Terms(w) {
		if retrieval.FrenchWord(t) {
			return true
		}
	}
	return false
}

var (
	properMu    sync.Mutex
	properCache = map[*corpus.Document]map[string]bool{}
)

// properNouns returns the folded words that d's text always writes with a
// capital and never at the start of a line or after a full stop: the names
// of its towns, institutions and people.
func properNouns(d *corpus.Document) map[string]bool {
	properMu.Lock()
	defer properMu.Unlock()
	if m, ok := properCache[d]; ok {
		return m
	}
	capital, lower := map[string]bool{}, map[string]bool{}
	for _, line := range d.Lines {
		fields := strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '.' })
		for i, f := range fields {
			sentenceStart := i == 0 || strings.HasSuffix(fields[i-1], ".")
			f = strings.Trim(f, ".'")
			if f == "" {
				continue
			}
			r := []rune(f)
			k := corpus.Fold(f)
			switch {
			case unicode.IsLower(r[0]):
				lower[k] = true
			case !sentenceStart && len(r) > 1 && unicode.IsLower(r[1]):
				capital[k] = true
			}
		}
	}
	m := map[string]bool{}
	for k := range capital {
		if !lower[k] {
			m[k] = true
		}
	}
	properCache[d] = m
	return m
}

// placeIntroduced reports text ending with the words that introduce a
// département's name: "de la ", "du ", "dans le ", "en ".
// comparedTo tells whether the words before a place compare with it ("comme
// en", "like in", "as in"): the [comparison] phrases of vocab/intents.txt,
// at most three words before the place.
func comparedTo(before string) bool {
	t := scan(before)
	if len(t.toks) == 0 {
		return false
	}
	from := t.toks[max(0, len(t.toks)-3)].start
	return scan(before[from:]).has(intentVocab.phrases("comparison"))
}

// nearPlace tells whether the words before a place say one is near it
// ("vers", "près de", "near"): a town, not a département's schéma.
func nearPlace(before string) bool {
	// "Éducatrice PJJ à Vienne": "à" and no article names a town; a
	// département is "en Vienne", "dans la Vienne".
	for _, p := range []string{" vers ", " pres de ", " pres d'", " near ", " around ", " a cote de ", " aux alentours de ", " a "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

func placeIntroduced(before string) bool {
	for _, p := range []string{" de la ", " de l'", " du ", " dans le ", " dans la ", " en ", " schema de ", " in "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// commonWordName reports whether a folded département name is a French
// word after its article ("la reunion"): written in lower case, it is
// that word.
func commonWordName(name string) bool {
	words := strings.Fields(name)
	if len(words) != 2 || words[0] != "la" && words[0] != "le" && words[0] != "les" {
		return false
	}
	return retrieval.KnownForm(words[1])
}

// capitalised reports whether the Question writes the name with a capital,
// as a place name is written ("Savoie", not "savoie"). The article of a
// name that carries one ("La Réunion") says nothing: a sentence may start
// with it.
func capitalised(raw, name string) bool {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' })
	if len(parts) > 1 && slices.Contains([]string{"la", "le", "les"}, corpus.Fold(parts[0])) {
		parts = parts[1:]
	}
	first := corpus.Fold(parts[0])
	for _, w := range strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if corpus.Fold(w) == first {
			r := []rune(w)
			return unicode.IsUpper(r[0])
		}
	}
	return false
}

// IndexWord finds v in s as whole words; s has spaces around.
func IndexWord(s, v string) int {
	from := 0
	for {
		i := strings.Index(s[from:], v)
		if i < 0 {
			return -1
		}
		i += from
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = s[i-1]
		}
		if i+len(v) < len(s) {
			after = s[i+len(v)]
		}
		if !isWordByte(before) && !isWordByte(after) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}

func containsPhrase(s, p string) bool { return IndexWord(s, p) >= 0 }

func replacePhrase(s, p string) string {
	for {
		i := IndexWord(s, p)
		if i < 0 {
			return s
		}
		s = s[:i] + " " + s[i+len(p):]
	}
}

func HasAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if containsPhrase(s, p) {
			return true
		}
	}
	return false
}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func appendUnique(s []int, n int) []int {
	for _, x := range s {
		if x == n {
			return s
		}
	}
	return append(s, n)
}

func AppendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

var (
	reYearAfter  = regexp.MustCompile(`\b(?:l'?annee (?:d'?apres|suivante|qui suit|d'?ensuite)|l'?an d'?apres|the (?:year after|following year)|(?:a|one) year later)\b`)
	reYearBefore = regexp.MustCompile(`\b(?:l'?annee (?:d'?avant|precedente|d'?before)|l'?an d'?avant|the (?:year before|previous year|preceding year)|(?:a|one) year (?:earlier|before))\b`)
)

// YearShift reads "l'année d'après", "the year before" in a folded
// question: the year after (1) or before (-1) the one the thread was on,
// 0 when it says neither.
func YearShift(folded string) int {
	switch {
	case reYearAfter.MatchString(folded):
		return 1
	case reYearBefore.MatchString(folded):
		return -1
	}
	return 0
}

// WithoutYearShift removes "l'année d'après", "the year before" from a
// topic: they say which period, not what about.
func WithoutYearShift(topic string) string {
	return strings.TrimSpace(reYearBefore.ReplaceAllString(reYearAfter.ReplaceAllString(topic, " "), " "))
}

// rePeriodCode is a quarter or a semester written short: "Q3", "T2", "S1", "H2".
var rePeriodCode = regexp.MustCompile(`^[QTSH][1-4]$`)

func isRomanOrUnit(s string) bool {
	if rePeriodCode.MatchString(s) {
		return true
	}
	switch s {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XX", "XXI", "OK", "PDF", "FR", "EN", "FA":
		return true
	}
	return fieldAcronym(s)
}

// fieldAcronym reports a word in capitals that names a fiche's part
// ("KPIs" are its indicators): it asks for the field, it is no acronym
// of the documents to define.
func fieldAcronym(s string) bool {
	w := corpus.Fold(s)
	for _, f := range fieldOrder {
		for _, p := range fieldVocab.phrases(f) {
			if !p.weak && len(p.words) == 1 && (sameWord(w, p.words[0]) || sameWord(strings.TrimSuffix(w, "s"), p.words[0])) {
				return true
			}
		}
	}
	return false
}

// partTopic returns what a part of the schéma the question names is about:
// a part noun ([part]), at most four words on ("du schéma isérois"), a word
// that says what it is about ([part-about]), then the words up to the end
// of the clause. "" when the question names no part that way.
func partTopic(t text) string {
	parts, about := intentVocab.phrases("part"), intentVocab.phrases("part-about")
	isOne := func(w string, ps []phrase) bool {
		return slices.ContainsFunc(ps, func(p phrase) bool { return len(p.words) == 1 && sameWord(w, p.words[0]) })
	}
	for i, tk := range t.toks {
		if !isOne(t.s[tk.start:tk.end], parts) {
			continue
		}
		for j := i + 1; j < len(t.toks) && j <= i+5; j++ {
			if strings.Trim(t.s[t.toks[j-1].end:t.toks[j].start], " '") != "" {
				break // a comma or a stop ends the phrase
			}
			if !isOne(t.s[t.toks[j].start:t.toks[j].end], about) {
				continue
			}
			rest := t.s[t.toks[j].end:]
			if k := strings.IndexAny(rest, ",.?;:!()"); k >= 0 {
				rest = rest[:k]
			}
			// "… regroupe quelles fiches": what the part holds, or the
			// list asked, ends the topic.
			r := scan(rest)
			for _, p := range append(intentVocab.phrases("list"), intentVocab.phrases("part-holds")...) {
				if k, _ := r.index(p); k >= 0 {
					rest = rest[:k]
					r = scan(rest)
				}
			}
			return strings.TrimSpace(rest)
		}
		// "the piloting / evaluation / innovation part": in English the
		// words before the part's name say what it is about.
		for j := i - 1; j >= 0 && j >= i-7; j-- {
			if w := t.s[t.toks[j].start:t.toks[j].end]; w == "the" || w == "this" || w == "that" {
				if j+1 < i {
					return strings.TrimSpace(t.s[t.toks[j+1].start:t.toks[i-1].end])
				}
				break
			}
		}
	}
	return ""
}

// isDigits reports a word made of digits only ("2019").
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// countsPeople reports a "how many" that counts people ("how many people
// attended…", "combien de personnes…"): whatever else the question names,
// no orientation or fiche is counted.
func countsPeople(folded string) bool {
	for _, p := range countPrefixes {
		for _, w := range []string{"people", "persons", "personnes", "gens", "participants"} {
			if strings.Contains(folded, p+w) {
				return true
			}
		}
	}
	return false
}

// reBracketed is a span in brackets.
var reBracketed = regexp.MustCompile(`\([^()]*\)|\[[^\[\]]*\]`)

// acronymAlone reports a message that, out of brackets, is only acronym
// and punctuation ("RAPT ?? (Moselle doc, fiche 8)").
func acronymAlone(raw, acronym string) bool {
	if !reBracketed.MatchString(raw) {
		return false
	}
	out := reBracketed.ReplaceAllString(raw, " ")
	out = strings.Replace(out, acronym, " ", 1)
	return strings.Trim(out, " ?!.,:;\t\n") == ""
}

// acronymAsked reports an acronym written in quotes, and one alone with
// the words that ask what it means in the last sentence of a message of
// several ("… there's 'LEAP' everywhere. What is a LEAP?").
func acronymAsked(raw, acronym string) (quoted, alone bool) {
	for _, m := range reQuoted.FindAllString(raw, -1) {
		if strings.Trim(m, " «»“”\"'?.,;:!") == acronym {
			quoted = true
		}
	}
	last := raw
	if i := strings.LastIndexAny(strings.TrimRight(raw, " ?!"), ".!?\n"); i >= 0 {
		last = raw[i+1:]
	}
	if last == raw || !strings.Contains(last, acronym) {
		return quoted, false
	}
	rest := strings.Replace(corpus.Fold(last), corpus.Fold(acronym), " ", 1)
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if !retrieval.IsStop(w) && !meaningWords[w] {
			return quoted, false
		}
	}
	return quoted, true
}

// meaningWords are the words of a sentence that asks what something is.
var meaningWords = map[string]bool{"what": true, "whats": true, "what's": true, "is": true, "a": true, "an": true, "the": true, "does": true,
	"stand": true, "for": true, "mean": true, "means": true, "c'est": true, "cest": true, "quoi": true, "que": true, "veut": true,
	"dire": true, "signifie": true, "qu'est-ce": true, "qu'est": true, "ce": true, "un": true, "une": true, "ca": true, "exactly": true,
	"exactement": true}

// reNamedPart is a part of a fiche named by its heading in quotes ("le
// bloc « indicateurs de réalisation »", "the 'expected results' box").
var reNamedPart = regexp.MustCompile(`\b(?:bloc|rubrique|partie|section|encadre|case|colonne|champ|box|part|field|heading|column|block)\s*(?:«|"|“|')\s*([^»"”']{3,60})|(?:«|"|“|')\s*([^»"”']{3,60}?)\s*(?:»|"|”|')\s+(?:block|box|section|part|field|heading|column)\b`)

// reListsThem asks for the items of what the thread just counted or
// named, with a pronoun and nothing else: "can you list them?", "tu peux
// me les lister ?", "liste-les", "lesquelles ?", "what are they?".
var reListsThem = regexp.MustCompile(`\b(?:list|name|enumerate|give|show)\s+(?:me\s+|us\s+)?(?:them|those|these|all of them)\b|\b(?:les|me les|nous les)\s+(?:lister|citer|donner|enumerer|nommer|detailler)\b|\b(?:liste|listez|cite|citez|donne|donnez|enumere)[- ]les\b|\b(?:what|which) are they\b|\bc'est (?:lesquelles|lesquels)\b|^\s*(?:lesquelles|lesquels|which ones)\s*\??\s*$`)

// ListsThem reports a question that asks for the items of what the thread
// just counted or named, pointing back to them with a pronoun.
func ListsThem(folded string) bool { return reListsThem.MatchString(folded) }

// ListsThemRest returns the words of the sentence of folded that asks for
// the items ListsThem finds, without the asking words ("for a slide" in
// "can you list them for a slide? short titles is fine"), or folded when
// no one sentence does.
func ListsThemRest(folded string) string {
	for _, s := range strings.FieldsFunc(folded, func(r rune) bool { return r == '?' || r == '.' || r == '!' || r == ';' }) {
		if reListsThem.MatchString(strings.TrimSpace(s)) {
			return reListsThem.ReplaceAllString(strings.TrimSpace(s), " ")
		}
	}
	return folded
}

// documentNouns are the words that name a schéma as a whole.
var documentNouns = map[string]bool{"schema": true, "schemas": true, "plan": true, "plans": true}

// cueOnSchema reports a cue of ps in seg, a verb rather than the name of
// a field, whose object is the schéma: the schéma is the first word of
// substance after the cue ("évaluer le schéma", "evaluating the plan").
// Before the cue or within a phrase with a gap, the schéma is most often
// the subject of the verb that asks ("what does the plan set out…",
// "qu'est-ce que le schéma prévoit…").
func cueOnSchema(seg text, ps []phrase) bool {
	for _, p := range ps {
		if slices.ContainsFunc(p.words, func(w string) bool { return fieldNouns[w] }) {
			continue
		}
		i, j := seg.index(p)
		if i < 0 {
			continue
		}
		// Only articles between: "evaluate what the plan does" makes the
		// plan the subject of another verb.
		after := retrieval.Words(seg.s[j:])
		for k := 0; k < len(after) && k < 3; k++ {
			// "Le plan familles d'accueil 87" names a plan of its own.
			if documentNouns[after[k]] {
				return k+1 == len(after) || retrieval.IsStop(after[k+1]) || schemaWords[retrieval.Stem(after[k+1])]
			}
			if !isArticle(after[k]) && after[k] != "of" {
				break
			}
		}
	}
	return false
}

// blankWord returns s with blanks for every whole word w in it, so that
// the places of the other words stay where they were.
func blankWord(s, w string) string {
	for i := IndexWord(s, w); i >= 0; i = IndexWord(s, w) {
		s = s[:i] + strings.Repeat(" ", len(w)) + s[i+len(w):]
	}
	return s
}

// withoutCapitalAcronyms blanks in folded the acronyms that raw writes in
// capitals, so that no cue is read in them.
func withoutCapitalAcronyms(folded, raw string, acronyms []string) string {
	words := strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, a := range acronyms {
		if !slices.Contains(words, a) {
			continue
		}
		lower := corpus.Fold(a)
		folded = blankWord(folded, lower)
	}
	return folded
}
