package bot

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"schemabot/corpus"
	"schemabot/corpus/calendar"
	"schemabot/retrieval"
)

// question is what the engine understood of a user's question.
type question struct {
	raw    string
	lang   string
	folded string // Fold(raw) with spaces around, for phrase matching

	docs         []string // documents named, by id
	unknownPlace string   // a département named that no document covers
	fiches       []string // fiche labels, canonical
	axis         int      // "orientation 2", "objectif stratégique 3"
	axisKind     string   // folded kind word when given: "orientation", "objectif strategique", "axe"
	field        string   // retrieval.Field* asked for, "" when none
	acronyms     []string
	glossary     bool // asks what an acronym means
	list         bool // asks for a list of fiches
	count        bool // asks how many
	overview     string
	// overviews are all the facts of the schéma as a whole the question
	// asks ("il couvre quelle période et il a été adopté quand ?"),
	// overview being the first.
	overviews     []string
	subAxis       string          // "2.2": the fiches labelled under a sub-level of an axis
	ordinal       int             // "la 3e fiche": a fiche by its rank, 0 when none
	within        map[string]bool // "lesquelles…": the thread's last list ("doc/label"), nil otherwise
	wantsNumber   bool            // the answer is a number or a share
	wantsDate     bool            // the answer is a date
	wantsPlace    bool            // the answer is an address or a place
	wantsContact  bool            // the answer is a phone number or an e-mail address
	wantsName     bool            // the answer is a person's name
	wantsMoney    bool            // the number asked is a sum of money
	wantsDuration bool            // the number asked is an age or a duration
	counted       string          // what a "how many" question counts ("assistants familiaux")
	year          int             // a year the question names ("en 2018"), 0 when none
	from, to      time.Time
	followUp      bool                   // reads as a follow-up of the thread ("et les partenaires ?")
	topic         string                 // the question without its intent words, for search
	narrative     bool                   // search the chapters only, not the fiches
	weights       map[string][]termGroup // questionWeights by search text, once computed
}

// Overview kinds.
const (
	ovAxes      = "axes"
	ovPeriod    = "period"
	ovEditorial = "editorial"
	ovDocs      = "docs"
	ovFiches    = "fiches"
	ovAdopted   = "adopted"
	ovMethod    = "method"
)

// labelRef is a fiche label as a folded question writes it: "12", "1.2",
// "2.2.4", "3 bis", "a3".
const labelRef = `(?:[a-z]\.?\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,3}(?:\.\d{1,2}){0,3})(?:\s*(?:bis|ter)\b)?\b`

var (
	reFicheRef = regexp.MustCompile(`\b(?:fiches?(?:[ -]actions?)?|fa|actions?|sheets?|cards?|action sheets?|items?)\s*(?:n\s*°|n°|no\.?|nr\.?|num(?:ero)?\.?|number|#)?\s*(` + labelRef + `)((?:\s*(?:,|et|and|&|ou|or)\s*(?:n°\s*)?(?:` + labelRef + `))*)`)
	reBareRef  = regexp.MustCompile(`(?:^|\s)(?:la|le|the|number|n°|#)\s*(\d{1,2}(?:\.\d{1,2}){0,2}(?:\s*(?:bis|ter)\b)?|[a-z]\d{1,2}(?:\s*bis\b)?)\s*(?:\?|$|,|de |du |en |in |for |pour )`)
	reAxisRef  = regexp.MustCompile(`\b(orientation|objectifs? strat(?:egiques?)?\.?|axes? strategiques?|axe|axis|ambition|os|strategic objective|strategic goal|priorite|priority|enjeu)(?:\s*(?:n\s*°|n°|no\.?|number)?\s*(\d{1,2})|\s+([ivx]{1,5}|[a-h]))\b(?:[^'.]|$)`)
	// reSubAxisRef is a numbered sub-level of an axis ("l'objectif 2.2"),
	// whose fiches are labelled under it (2.2.1, 2.2.2…).
	reSubAxisRef = regexp.MustCompile(`\b(?:orientation|objectif strategique|objectif|axe|axis|objective|goal|priorite|priority|enjeu)\s*(?:n\s*°|n°)?\s*(\d{1,2}\.\d{1,2})\b`)
	reDeptNumber = regexp.MustCompile(`(?:departement|dept|dpt|departement n°|le|du|dans le|en)\s+(\d{2,3}|2a|2b)\b|\((\d{2,3}|2a|2b)\)`)
	reYearRef    = regexp.MustCompile(`\b(?:en|in|pour|for|d'ici|by|avant|before|au cours de|during|durant|fin|end of|debut|start of|beginning of)\s+((?:19|20)\d\d)\b`)
	reAcronym    = regexp.MustCompile(`\b[A-Z][A-Z0-9]{1,9}s?\b`)
	reMoreNums   = regexp.MustCompile(labelRef)
)

// intentWords are the phrases that say which field is asked, folded.
var intentWords = []struct {
	field   string
	phrases []string
}{
	{retrieval.FieldPilots, []string{"qui pilote", "pilote", "pilotes", "pilotent", "piloter", "pilotage", "pilotee", "pilotees",
		"pilote par", "pilotees par", "portee par", "portees par", "porte par", "pilot", "pilots", "piloted",
		"piloting", "who leads", "who is leading", "who will lead", "leads", "who runs", "runs", "who is responsible",
		"responsible", "responsable", "responsables", "in charge", "en charge", "charge de", "qui porte", "porteur", "porte l'action",
		"qui s'occupe", "qui gere", "who manages", "who owns", "owner", "who heads", "heads", "leader", "lead", "leading", "led by", "mene par", "qui mene",
		"co-pilote", "co-pilotes", "co-pilotee", "co-pilotees", "co-pilotent", "co-pilotage", "copilote", "copilotes", "copilotee",
		"copilotees", "copilotage", "co-pilot", "co-pilots", "co-piloted", "co-led", "co-leads", "co-lead",
		"contact", "contact person", "point of contact", "qui contacter", "interlocuteur", "referent de la fiche"}},
	{retrieval.FieldPartners, []string{"partenaires", "partenaire", "partners", "partner", "acteurs associes", "acteurs", "actors",
		"contributeurs", "contributors", "contributeur", "associes", "associated", "involved", "implique", "impliques",
		"stakeholders", "avec qui", "with whom", "who else", "participants", "qui participe", "mobilises", "collaborateurs",
		"contributes", "contribute", "contributing", "participate", "participates", "takes part", "take part", "work with", "works with",
		"qui contribue", "contribuent", "participent", "qui est associe", "qui sont associes", "associent", "associe", "impliquent",
		"mobilisent", "font intervenir", "fait intervenir"}},
	{retrieval.FieldCalendar, []string{"quand", "when", "echeance", "echeances", "echeancier", "calendrier", "deadline", "deadlines",
		"due", "date", "dates", "calendar", "timeline", "schedule", "timetable", "pour quand", "delai", "delais", "by when",
		"what year", "quelle annee", "quel semestre", "which semester", "what semester", "prevu pour", "prevue pour", "jalons", "milestones",
		"tombe", "tombent", "falls due", "fall due", "expire", "expirent", "arrive a terme", "arrivent a terme"}},
	{retrieval.FieldIndicators, []string{"indicateurs", "indicateur", "indicators", "indicator", "kpi", "kpis", "mesurer",
		"measured", "measure success", "criteres d'evaluation", "evaluation criteria", "how will it be evaluated", "how is it evaluated",
		"suivi de l'action", "how to measure", "comment mesurer", "metrics", "measure", "measures", "measuring", "mesure-t-on",
		"mesurera", "mesurer l'impact", "evaluer l'action", "evaluate", "evaluated", "sera evaluee", "sera evalue", "seront evalues",
		"seront evaluees", "comment evaluer", "be assessed", "assessed", "pour suivre", "pour evaluer", "to track",
		"to monitor", "track progress", "monitor progress"}},
	{retrieval.FieldObjectives, []string{"objectifs", "objectif", "objectives", "objective", "goals", "goal", "aims", "aim",
		"aim at", "vise", "visent", "vise a", "but de", "buts", "purpose", "finalite", "finalites", "ambition", "intended to",
		"what for", "pourquoi", "a quoi sert", "sert a", "achieve", "trying to", "try to", "seeks to", "seek to", "what is the point",
		"cherche a", "pour quoi faire", "ambitions", "resultats attendus", "resultat attendu", "expected results", "expected outcomes",
		"expected outcome", "outcomes", "attendus"}},
	{retrieval.FieldActions, []string{"modalites de mise en oeuvre", "modalites", "mise en oeuvre", "declinaisons", "actions prevues",
		"quelles actions", "what actions", "which actions", "actions", "concretement", "concretely", "steps", "what will be done",
		"what is planned", "what's planned", "what is foreseen", "what's foreseen", "plan to", "plans to", "planning to", "want to", "wants to", "intend to", "intends to", "rolled out", "roll out", "put in place", "carried out",
		"deployed", "deploy", "be implemented", "implemented", "mise en place", "va etre mise en oeuvre", "comment va", "how is", "prevoit", "prevoient", "mesures prevues", "how will",
		"comment le", "comment la", "comment les", "operational", "operationnelles", "implementation", "what does it do"}},
	{retrieval.FieldDiagnostic, []string{"diagnostic", "constat", "constats", "etat des lieux", "elements de diagnostic", "context", "contexte", "why was"}},
	{retrieval.FieldSummary, []string{"de quoi parle", "what is", "what's", "about", "resume", "summary", "summarize", "c'est quoi", "presente",
		"present", "describe", "decris", "titre", "title", "intitule"}},
}

// weakFieldPhrases also describe a topic ("la mise en place de la
// commission", "how will Isère fight…"): they choose the field only when no
// other field phrase does.
var weakFieldPhrases = map[string]bool{
	"mise en place": true, "put in place": true, "prevoit": true, "prevoient": true, "how will": true, "how is": true,
	"comment le": true, "comment la": true, "comment les": true, "comment va": true, "plan to": true, "plans to": true,
	"planning to": true, "want to": true, "wants to": true, "intend to": true, "intends to": true, "deployed": true,
	"deploy": true, "be implemented": true, "contact": true, "pilotage": true, "delai": true, "delais": true, "implemented": true, "rolled out": true, "roll out": true, "carried out": true,
	"implementation": true, "what is planned": true, "what's planned": true, "assessed": true, "mise en oeuvre": true, "va etre mise en oeuvre": true,
	"prevu pour": true, "prevue pour": true, "involved": true, "associes": true, "associated": true, "implique": true,
	"impliques": true, "mobilises": true, "vise": true, "visent": true, "achieve": true, "trying to": true, "try to": true,
	"pourquoi": true, "aim": true, "leads": true, "lead": true, "leading": true, "runs": true, "heads": true,
	"evaluate": true, "evaluated": true, "measures": true, "date": true, "dates": true, "context": true, "contexte": true,
}

var glossaryPhrases = []string{"que veut dire", "veut dire", "que signifie", "signifie", "signification", "stand for", "stands for",
	"what does", "what is the meaning", "meaning of", "mean", "means", "definition", "defini", "c'est quoi", "qu'est-ce que",
	"qu'est ce que", "acronyme", "sigle", "abbreviation", "acronym", "what is", "what's", "que designe", "designe",
	"c quoi", "c koi", "cest quoi", "c'est koi", "kesako", "ca veut dire", "ca signifie", "whats"}

// weakGlossaryPhrases ask what something is, or introduce any question
// ("qu'est-ce que la Moselle prévoit pour le CDE ?"): they ask for a
// definition only when the question names nothing but the acronym.
var weakGlossaryPhrases = []string{"whats", "whats a", "what's a", "c quoi", "c koi", "cest quoi", "c'est koi", "kesako", "c'est quoi", "qu'est-ce que", "qu'est ce que", "what is", "what's", "what does", "designe", "mean", "means"}

var listPhrases = []string{"quelles fiches", "quelle fiche", "quelles sont les fiches", "quelles actions", "which fiches", "which fiche",
	"what fiches", "which sheets", "which action sheets", "which actions", "liste des fiches", "lister les fiches", "list the fiches",
	"list of fiches", "list fiches", "les fiches qui", "les fiches sur", "les fiches concernant", "fiches concernent", "fiches relatives",
	"quelles sont les actions", "list the actions", "list all", "liste", "lister", "enumere", "which ones", "lesquelles",
	"dans quelles fiches", "in which fiches", "what are the fiches", "qu'est-ce qui arrive a echeance", "qu'est ce qui arrive a echeance",
	"arrive a echeance", "arrivent a echeance", "what is due", "what's due", "what falls due", "echeances de", "deadlines of", "deadlines for",
	"toutes les fiches", "all fiches", "all the fiches", "all action sheets", "all the action sheets", "fiches actions", "fiches-actions",
	"action sheets", "fiches", "sheets", "y a-t-il une fiche", "y a t il une fiche", "existe-t-il une fiche", "il y a une fiche",
	"une fiche sur", "une fiche qui", "is there a fiche", "is there an action sheet", "is there a sheet", "any fiche", "a fiche on", "a fiche about"}

// weakListPhrases ask for a list of anything: of fiches only when no
// field of a fiche is asked ("liste les partenaires de…" wants partners).
var weakListPhrases = map[string]bool{"liste": true, "lister": true, "list all": true, "enumere": true, "which ones": true, "lesquelles": true}

var countPhrases = []string{"combien de fiches", "how many fiches", "how many action", "how many sheets", "nombre de fiches"}

var numberPhrases = []string{"combien", "quelle est la population", "population de", "what is the population", "how many inhabitants",
	"combien d'habitants", "nombre d'habitants", "nb de", "nb d'", "nbre", "nb", "quel budget", "what budget", "budget alloue", "budget prevu", "how many", "how much", "nombre de", "nombre d'", "le nombre", "quel nombre", "what number", "number of", "quelle part", "what share", "what proportion",
	"pourcentage", "percentage", "proportion", "taux", "what rate", "share of", "part des", "part de", "montant", "amount", "budget de", "quel est le budget", "what is the budget", "cout", "cost", "costs"}

var moneyPhrases = []string{"budget", "budgets", "cout", "couts", "coute", "cost", "costs", "montant", "amount", "euros", "financement",
	"funding", "how much money", "combien d'argent", "depense", "depenses", "spending", "spend"}

var durationPhrases = []string{"combien de temps", "how long", "quel age", "what age", "how old", "duree", "combien d'annees",
	"combien de mois", "combien de jours", "how many years", "how many months", "how many days", "delai", "delais"}

// genericCounted are what "how many" may count without naming it.
var genericCounted = map[string]bool{"monde": true, "personnes": true, "gens": true, "people": true, "persons": true,
	"fois": true, "times": true, "participants": true}

// countPrefixes introduce what a "how many" question counts.
var countPrefixes = []string{"combien de ", "combien d'", "how many ", "nombre de ", "nombre d'", "nb de ", "nb d'", "number of "}

// countedWords returns the words a "how many" question counts: up to two
// words after "combien de", stopping at the first word without meaning
// ("combien d'enfants confiés à l'ASE" → "enfants confies").
func countedWords(folded string) string {
	for _, p := range countPrefixes {
		i := strings.Index(folded, " "+p)
		if i < 0 {
			continue
		}
		var words []string
		for _, w := range strings.Fields(folded[i+1+len(p):]) {
			w = strings.Trim(w, "?,.;:!()\"'")
			if w == "" || retrieval.IsStop(w) || len(words) == 2 {
				break
			}
			if genericCounted[w] {
				continue // "combien de monde", "how many people": anything counts
			}
			words = append(words, w)
		}
		return strings.Join(words, " ")
	}
	return ""
}

var datePhrases = []string{"quand", "when", "quelle date", "what date", "en quelle annee", "which year", "what year", "depuis quand", "since when"}

var placePhrases = []string{"adresse", "address", "ou se trouve", "where is", "situe", "located", "horaires", "opening hours"}

var contactPhrases = []string{"telephone", "tel", "phone", "phone number", "numero de telephone", "email", "e-mail", "courriel", "mail",
	"coordonnees", "contact details", "numero de tel"}

var namePhrases = []string{"comment s'appelle", "comment s'apelle", "comment s'appellent", "le nom du", "le nom de", "le nom des",
	"nom du", "nom de la", "what's the name", "what is the name", "name of", "names of", "who is the head", "qui est le chef",
	"qui est la cheffe", "qui est le directeur", "qui est la directrice", "who is the director", "who's the director",
	"who is the chief", "who's the head", "who's the chief", "what is the name", "whats the name"}

// ordinals name an axis by rank: "4e orientation", "the fourth priority".
var (
	reOrdinalAxis  = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th|e|eme|ieme|er|ere|re|°)\s+(orientation|axe|axis|objectif strategique|strategic objective|strategic goal|priorite|priority)\b`)
	reWordAxis     = regexp.MustCompile(`\b(premier|premiere|first|deuxieme|second|seconde|troisieme|third|quatrieme|fourth|cinquieme|fifth|sixieme|sixth)\s+(orientation|axe|axis|objectif strategique|strategic objective|strategic goal|priorite|priority)\b`)
	reOrdinalFiche = regexp.MustCompile(`\b(?:(\d{1,2})(?:st|nd|rd|th|e|eme|ieme|er|ere|re|°)|(premier|premiere|first|deuxieme|second|seconde|troisieme|third|quatrieme|fourth|cinquieme|fifth|sixieme|sixth|septieme|seventh|huitieme|eighth|neuvieme|ninth|dixieme|tenth))\s+(?:fiches?(?:[ -]actions?)?|actions?|action sheets?|sheets?)\b`)
	ordinalWords   = map[string]string{"septieme": "7", "seventh": "7", "huitieme": "8", "eighth": "8", "neuvieme": "9", "ninth": "9", "dixieme": "10", "tenth": "10", "premier": "1", "premiere": "1", "first": "1", "deuxieme": "2", "second": "2", "seconde": "2",
		"troisieme": "3", "third": "3", "quatrieme": "4", "fourth": "4", "cinquieme": "5", "fifth": "5", "sixieme": "6", "sixth": "6"}
)

var overviewPhrases = []struct {
	kind    string
	phrases []string
}{
	{ovAxes, []string{"orientations", "orientation du schema", "objectifs strategiques", "axes", "grands axes", "priorites", "priorities",
		"strategic objectives", "strategic goals", "main lines", "grandes lignes", "structure du schema", "structure of the", "how is the schema organised",
		"how is the plan organised", "how is the plan organized", "plan d'action", "plan d'actions"}},
	{ovEditorial, []string{"edito", "editorial", "preface", "foreword", "opening letter", "introductory letter", "mot du president",
		"lettre du president", "avant-propos", "signataire", "who signed", "who signs", "qui a signe", "qui signe", "signe par", "signed by",
		"president du departement", "presidente du departement", "president du conseil departemental", "presidente du conseil departemental",
		"president of the department", "president of the departement", "president of the county council", "president of the departmental council"}},
	{ovPeriod, []string{"periode", "period", "duree du schema", "how long", "quelles annees", "which years", "what years", "covers which", "date du schema",
		"en vigueur", "in force", "valid"}},
	{ovMethod, []string{"methode d'elaboration", "elabore", "elaboree", "elaboration", "methodologie", "methode", "method", "put together", "methodology",
		"how was the schema built", "how was the plan built", "how was it built", "how was the schema made", "how was the plan made",
		"how was the schema drawn up", "how was the plan drawn up", "drawn up", "demarche d'elaboration", "concertation"}},
	{ovAdopted, []string{"adopte", "adoptee", "adopted", "a ete vote", "was voted", "voted", "vote", "passed", "approuve", "approved", "deliberation",
		"date d'adoption", "adoption date", "adoption du schema", "adoption of the schema", "adoption of the plan"}},
	{ovDocs, []string{"quels schemas", "which schemas", "quels departements", "which departements", "which departments", "quels documents",
		"which documents", "what documents", "what do you know", "que sais-tu", "what can you", "que peux-tu"}},
}

var questionPunct = strings.NewReplacer("’", "'", "?", " ? ", "!", " ")

// relativePeriods are the periods a question names relative to today.
var relativePeriods = []string{"ce trimestre", "ce semestre", "ce mois", "cette annee", "le trimestre prochain", "le mois prochain",
	"l'annee prochaine", "le semestre prochain", "this quarter", "this month", "this year", "this semester", "next quarter",
	"next month", "next year", "next semester", "trimestre prochain", "mois prochain", "annee prochaine", "semestre prochain"}

// understand reads a question. lib gives the documents' départements and
// glossaries; conv the thread so far.
func understand(raw string, lib *corpus.Library, conv Conversation, today time.Time) question {
	q := question{raw: raw, lang: DetectLang(raw)}
	f := corpus.Fold(questionPunct.Replace(raw))
	q.folded = " " + f + " "
	rest := q.folded // what is left once intent words are taken out

	q.docs, q.unknownPlace, rest = findPlaces(rest, raw, lib)

	// "La 3e fiche", "the third action sheet": a fiche by its rank, in
	// the document or in the axis the question names.
	if m := reOrdinalFiche.FindStringSubmatch(rest); m != nil {
		n := m[1]
		if w, ok := ordinalWords[m[2]]; ok {
			n = w
		}
		q.ordinal, _ = strconv.Atoi(n)
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	// Axes before fiches: "objectif stratégique 2" is no fiche.
	rest = reOrdinalAxis.ReplaceAllString(rest, "$2 $1")
	rest = reWordAxis.ReplaceAllStringFunc(rest, func(m string) string {
		sm := reWordAxis.FindStringSubmatch(m)
		return sm[2] + " " + ordinalWords[sm[1]]
	})
	if m := reSubAxisRef.FindStringSubmatch(rest); m != nil {
		q.subAxis = m[1]
		q.list = true
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	if m := reAxisRef.FindStringSubmatch(rest); m != nil {
		if n, _ := corpus.AxisNumber(m[2] + m[3]); n > 0 {
			q.axis = n
			q.axisKind = m[1]
			rest = strings.Replace(rest, m[0], " ", 1)
		}
	}
	for _, m := range reFicheRef.FindAllStringSubmatch(rest, -1) {
		if id := corpus.CanonicalFicheID(m[1]); id != "" && id != "0" {
			q.fiches = appendUniqueS(q.fiches, id)
		}
		for _, more := range reMoreNums.FindAllString(m[2], -1) {
			if id := corpus.CanonicalFicheID(more); id != "" && id != "0" {
				q.fiches = appendUniqueS(q.fiches, id)
			}
		}
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	if len(q.fiches) == 0 {
		if m := reBareRef.FindStringSubmatch(rest); m != nil {
			if id := corpus.CanonicalFicheID(m[1]); id != "" && id != "0" {
				q.fiches = []string{id}
				rest = strings.Replace(rest, m[0], " ", 1)
			}
		}
	}

	// Acronyms: upper-case words, and any word that a glossary defines.
	for _, a := range reAcronym.FindAllString(raw, -1) {
		a = strings.TrimSuffix(a, "s")
		if len(a) >= 2 && !isRomanOrUnit(a) {
			q.acronyms = appendUniqueS(q.acronyms, a)
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
				q.acronyms = appendUniqueS(q.acronyms, strings.ToUpper(w))
			}
		}
	}

	q.glossary = hasAny(q.folded, glossaryPhrases) && len(q.acronyms) > 0
	weakList := false
	for _, p := range listPhrases {
		if containsPhrase(q.folded, p) {
			if weakListPhrases[p] {
				weakList = true
			} else {
				q.list = true
			}
		}
	}
	q.count = hasAny(q.folded, countPhrases)
	if q.count {
		q.list = true
	}
	q.wantsNumber = hasAny(q.folded, numberPhrases) && !q.count
	q.wantsDate = hasAny(q.folded, datePhrases)
	q.wantsPlace = hasAny(q.folded, placePhrases)
	q.wantsContact = hasAny(q.folded, contactPhrases)
	q.wantsName = hasAny(q.folded, namePhrases)
	q.wantsMoney = hasAny(q.folded, moneyPhrases)
	q.wantsDuration = hasAny(q.folded, durationPhrases)
	q.counted = countedWords(q.folded)

	// The field asked: the kind whose phrase comes first in the question
	// ("à quoi sert la fiche sur les réunions des partenaires" asks for
	// objectives); on a tie, the order of intentWords.
	// "What is …" and "about" only ask for a summary when nothing more
	// precise is asked.
	// Phrases that may describe the topic instead ("la mise en place de
	// la commission : quelle échéance ?") count only when no other does.
	// In "Je prépare le comité de pilotage. Quelles sont les échéances de
	// la fiche 21 ?", the field is the question's, not the preamble's.
	seg := questionSegment(rest)
	if !hasFieldPhrase(seg) {
		seg = rest
	}
	bestPos, weakPos, weakField := len(seg)+1, len(seg)+1, ""
	for _, iw := range intentWords {
		if iw.field == retrieval.FieldSummary {
			continue
		}
		for _, p := range iw.phrases {
			i := indexWord(seg, p)
			switch {
			case i < 0:
			case weakFieldPhrases[p]:
				if i < weakPos {
					weakPos, weakField = i, iw.field
				}
			case i < bestPos:
				bestPos, q.field = i, iw.field
			}
		}
	}
	weakOnly := q.field == "" && weakField != ""
	if weakOnly {
		q.field = weakField
	}
	// "Quel budget est prévu pour 2025 ?" asks for an amount, not a date;
	// "quel est le délai légal…" for a duration.
	if weakOnly && (q.wantsNumber || q.wantsDuration && q.field == retrieval.FieldCalendar) {
		q.field = ""
		q.wantsNumber = true
	}
	if q.field == "" {
		for _, p := range intentWords[len(intentWords)-1].phrases {
			if containsPhrase(rest, p) {
				q.field = retrieval.FieldSummary
			}
		}
	}
	for _, iw := range intentWords {
		for _, p := range iw.phrases {
			rest = replacePhrase(rest, p)
		}
	}
	for _, ov := range overviewPhrases {
		if !hasAny(q.folded, ov.phrases) {
			continue
		}
		// "How many children were adopted in 2018?" counts children: the
		// schéma's own adoption is not asked.
		if ov.kind == ovAdopted && q.wantsNumber {
			continue
		}
		if q.overview == "" {
			q.overview = ov.kind
		}
		q.overviews = append(q.overviews, ov.kind)
		// Facts of the document as a whole are no topic to search for.
		if ov.kind == ovPeriod || ov.kind == ovAdopted || ov.kind == ovEditorial || ov.kind == ovMethod {
			for _, p := range ov.phrases {
				rest = replacePhrase(rest, p)
			}
		}
	}
	// The axes named with the word the documents use for them ("quels sont
	// les enjeux du schéma ?", "the priorités"), when no fiche or axis
	// number is asked.
	if len(q.fiches) == 0 && q.axis == 0 && !slices.Contains(q.overviews, ovAxes) && namesAxisKind(q.folded, lib) {
		if q.overview == "" {
			q.overview = ovAxes
		}
		// "Les ambitions", "les objectifs stratégiques" of the schéma are
		// its axes, not a fiche's objectives.
		if q.field == retrieval.FieldObjectives {
			q.field = ""
		}
		q.overviews = append(q.overviews, ovAxes)
	}
	// "the 5 strategic objectifs", "objectifs strat." in any order.
	if q.overview == "" && strings.Contains(q.folded, " strat") && strings.Contains(q.folded, " objecti") && len(q.fiches) == 0 {
		q.overview = ovAxes
	}
	// "Quand ?" asks for a date whatever else the sentence says.
	if q.field != "" && (containsPhrase(q.folded, "quand") || containsPhrase(q.folded, "when")) {
		q.field = retrieval.FieldCalendar
	}
	// "the strategic objectives of the plan" are its axes, not a fiche's objectives.
	if q.overview == ovAxes && len(q.fiches) == 0 && strings.Contains(q.folded, "strateg") && q.field == retrieval.FieldObjectives {
		q.field = ""
	}
	for _, p := range relativePeriods {
		if containsPhrase(q.folded, p) {
			if from, to, err := calendar.ParseRange(p, today); err == nil {
				q.from, q.to = from, to
				q.wantsDate = true
				rest = replacePhrase(rest, p)
			}
			break
		}
	}
	if m := reYearRef.FindStringSubmatch(q.folded); m != nil {
		y, _ := strconv.Atoi(m[1])
		q.year = y
		// "fin 2020", "by 2022": the year is kept, the words that place
		// it are no topic.
		rest = strings.Replace(rest, m[0], " "+m[1]+" ", 1)
		q.from, q.to = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	// A finer period ("au 2e semestre 2022", "Q3 2021", "between 2021 and
	// 2022") is a date question about that period.
	if span, from, to, ok := findPeriod(rest, today); ok && !isSchemaPeriod(lib, from, to) {
		q.from, q.to, q.wantsDate = from, to, true
		rest = strings.Replace(rest, span, " ", 1)
	}
	for _, p := range append(append(append([]string{}, glossaryPhrases...), listPhrases...), numberPhrases...) {
		rest = replacePhrase(rest, p)
	}
	q.topic = strings.Join(strings.Fields(rest), " ")

	// What the question names besides its intent, places and acronyms.
	content := contentTerms(q.topic, q.acronyms)
	// "Qu'est-ce que la Moselle prévoit pour le CDE ?" is no definition.
	if q.glossary && len(content) > 0 && !hasStrongPhrase(q.folded, glossaryPhrases, weakGlossaryPhrases) {
		q.glossary = false
	}
	// "CRIP ?" alone asks what it is.
	if !q.glossary && len(q.acronyms) > 0 && len(content) == 0 && q.field == "" && !q.list && !weakList && len(q.fiches) == 0 &&
		q.axis == 0 && q.overview == "" && !q.wantsNumber && !q.wantsDate && q.from.IsZero() {
		q.glossary = true
	}
	// "Liste les modalités de la fiche sport" wants a field, not fiches.
	if weakList && q.field == "" {
		q.list = true
	}
	// "Sur quelle période l'Isère forme-t-elle au PPE ?" asks when
	// something happens, not which years the schéma covers.
	// "Combien d'orientations ?" counts the axes.
	if q.wantsNumber && len(q.fiches) == 0 {
		if c := corpus.Fold(q.counted); strings.HasPrefix(c, "orientation") || strings.HasPrefix(c, "axe") ||
			strings.HasPrefix(c, "objectifs strategiques") || strings.HasPrefix(c, "strategic") || strings.HasPrefix(c, "priorit") {
			q.overview, q.count, q.wantsNumber, q.field = ovAxes, true, false, ""
		}
	}
	// "Quelles échéances en 2021 ?" asks for every milestone of the period.
	if q.field == retrieval.FieldCalendar && !q.from.IsZero() && len(content) == 0 && len(q.fiches) == 0 {
		q.list = true
	}
	// "Quand le référentiel doit-il être élaboré ?" is about the
	// référentiel, not about how the schéma was made.
	if slices.Contains(q.overviews, ovMethod) && len(content) > 0 {
		q.overviews = slices.DeleteFunc(q.overviews, func(k string) bool { return k == ovMethod })
		if q.overview == ovMethod {
			q.overview = ""
			if len(q.overviews) > 0 {
				q.overview = q.overviews[0]
			}
		}
	}
	if q.overview == ovPeriod && len(content) > 0 && len(q.overviews) == 1 {
		q.overview, q.overviews = "", nil
		if q.field == "" {
			q.field = retrieval.FieldCalendar
		}
	}
	// "Combien d'axes et de fiches ?" counts both.
	if (q.count || q.wantsNumber) && len(q.fiches) == 0 && slices.Contains(q.overviews, ovAxes) && hasAny(q.folded, []string{"fiches", "sheets", "actions"}) {
		q.count, q.wantsNumber, q.field = true, false, ""
		if !slices.Contains(q.overviews, ovFiches) {
			q.overviews = append(q.overviews, ovFiches)
		}
	}
	// "How many axes and how many action sheets?" counts both.
	if q.count && q.overview == ovAxes && hasAny(q.folded, countPhrases) && !slices.Contains(q.overviews, ovFiches) {
		q.overviews = append(q.overviews, ovFiches)
	}

	// A follow-up: no fiche, no topic of its own, in a thread that has one.
	words := retrieval.Terms(q.topic)
	startsLikeFollowUp := hasPrefixAny(f, []string{"et ", "and ", "what about", "how about", "puis ", "aussi", "also", "ou ", "et pour", "and for"})
	if conv.Fiche != "" && len(q.fiches) == 0 && q.axis == 0 && !q.list && !q.glossary && (startsLikeFollowUp || q.field != "" && len(words) <= 1) {
		q.followUp = true
	}
	// "Lesquelles se terminent en 2021 ?", "which of those covers…": a
	// question about the thread's last list.
	if len(conv.List) > 0 && len(q.fiches) == 0 && hasPrefixAny(f, amongPhrases) {
		q.within = map[string]bool{}
		for _, k := range conv.List {
			q.within[k] = true
			if doc, _, ok := strings.Cut(k, "/"); ok {
				q.docs = appendUniqueS(q.docs, doc)
			}
		}
		q.list, q.followUp = true, false
		if !q.from.IsZero() && q.field == "" {
			q.field = retrieval.FieldCalendar
		}
	}
	return q
}

var (
	reYearWord = regexp.MustCompile(`^(?:19|20)\d\d$`)
	reTwoYears = regexp.MustCompile(`\b((?:19|20)\d\d)\s*(?:-|–|a|et|and|to)\s*((?:19|20)\d\d)\b`)
)

// findPeriod finds in a folded question a period finer than a year, or a
// span of years, that calendar.ParseRange understands: the longest run of
// words ending with a year. It returns the words found and the period.
func findPeriod(folded string, today time.Time) (span string, from, to time.Time, ok bool) {
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

func hasFieldPhrase(s string) bool {
	for _, iw := range intentWords {
		if iw.field != retrieval.FieldSummary && hasAny(s, iw.phrases) {
			return true
		}
	}
	return false
}

// namesAxisKind reports a question that names the loaded documents' axes
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
		"period", "couvre", "covers", "cover", "dure", "duree", "last", "lasts", "annees", "years", "vigueur", "force", "valid",
		"departement", "department", "departmental", "departemental", "county", "prevu", "prevue", "prevus", "prevues", "planned",
		"rappel", "rappels", "reminder", "reminders", "liste", "list", "prochain", "prochaine", "prochaines", "prochains", "upcoming", "next",
		"avant", "fin", "debut", "before", "end", "start", "beginning", "jusqu", "until"} {
		schemaWords[retrieval.Stem(w)] = true
	}
}

// contentTerms returns the analysed terms of a question's topic that name
// something: neither the schéma itself nor one of its acronyms.
func contentTerms(topic string, acronyms []string) []string {
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

// hasStrongPhrase reports whether s holds one of phrases that is not weak.
func hasStrongPhrase(s string, phrases, weak []string) bool {
	for _, p := range phrases {
		if containsPhrase(s, p) && !slices.Contains(weak, p) {
			return true
		}
	}
	return false
}

// findPlaces finds the départements a question names, by name, demonym or
// number. It returns the ids of the documents that cover them, the name of
// one no document covers, and the text without those names.
func findPlaces(folded, raw string, lib *corpus.Library) (docs []string, unknown string, rest string) {
	rest = folded
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
			docs = appendUniqueS(docs, d.ID)
			rest = strings.Replace(rest, d.ID, " ", 1)
		}
	}
	rawFold := " " + corpus.Fold(raw) + " "
	for _, c := range cands {
		name := corpus.Fold(c.name)
		variants := []string{name, strings.ReplaceAll(name, "-", " ")}
		for _, v := range variants {
			idx := indexWord(rest, v)
			if idx < 0 {
				continue
			}
			id, isCovered := covered[name]
			// A short common word ("nord", "manche", "somme", "lot") counts
			// as a place only when capitalised or when a document covers it.
			// … unless an article or a preposition of place introduces it
			// ("le schéma de la savoie", "dans le nord").
			if !isCovered && len(name) <= 6 && !capitalised(raw, c.name) && !placeIntroduced(rest[:idx]) {
				continue
			}
			if isCovered {
				docs = appendUniqueS(docs, id)
			} else if unknown == "" {
				unknown = c.name
			}
			rest = rest[:idx] + " " + rest[idx+len(v):]
			break
		}
	}
	_ = rawFold
	// Demonyms and adjectives of covered départements: isérois, mosellane.
	for name, id := range covered {
		stem := strings.TrimRight(name, "es")
		if len(stem) < 4 {
			continue
		}
		for _, w := range strings.Fields(rest) {
			if strings.HasPrefix(w, stem) && len(w) > len(stem)+1 {
				docs = appendUniqueS(docs, id)
				rest = strings.Replace(rest, " "+w+" ", " ", 1)
			}
		}
	}
	for _, m := range reDeptNumber.FindAllStringSubmatch(rest, -1) {
		num := strings.ToUpper(m[1] + m[2])
		name, ok := corpus.Departements[num]
		if !ok {
			continue
		}
		if id, isCovered := covered[corpus.Fold(name)]; isCovered {
			docs = appendUniqueS(docs, id)
		} else if unknown == "" && len(docs) == 0 {
			unknown = name
		}
		rest = strings.Replace(rest, m[0], " ", 1)
	}
	return docs, unknown, rest
}

// amongPhrases open a question about the fiches just listed.
var amongPhrases = []string{"lesquelles", "lesquels", "laquelle", "lequel", "parmi elles", "parmi celles", "parmi ces", "parmi eux",
	"which of those", "which of them", "which of these", "which ones", "among them", "among those", "of those", "et lesquelles", "and which"}

// placeIntroduced reports text ending with the words that introduce a
// département's name: "de la ", "du ", "dans le ", "en ".
func placeIntroduced(before string) bool {
	for _, p := range []string{" de la ", " de l'", " du ", " dans le ", " dans la ", " en ", " schema de ", " in "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// capitalised reports whether the question writes the name with a capital,
// as a place name is written ("Savoie", not "savoie").
func capitalised(raw, name string) bool {
	first := corpus.Fold(strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == ' ' })[0])
	for _, w := range strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if corpus.Fold(w) == first {
			r := []rune(w)
			return unicode.IsUpper(r[0])
		}
	}
	return false
}

// indexWord finds v in s as whole words; s has spaces around.
func indexWord(s, v string) int {
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

func containsPhrase(s, p string) bool { return indexWord(s, p) >= 0 }

func replacePhrase(s, p string) string {
	for {
		i := indexWord(s, p)
		if i < 0 {
			return s
		}
		s = s[:i] + " " + s[i+len(p):]
	}
}

func hasAny(s string, phrases []string) bool {
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

func appendUniqueS(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
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
	return false
}
