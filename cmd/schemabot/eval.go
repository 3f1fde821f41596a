package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

func init() {
	register(&subcommand{name: "eval", summary: "score the bot on a question set (JSONL, see shared/eval/FORMAT.md)", run: runEval})
}

// evalItem is one line of a question set.
type evalItem struct {
	ID       string     `json:"id"`
	Lang     string     `json:"lang"`
	Kind     string     `json:"kind"`
	Question string     `json:"question"`
	Docs     []string   `json:"docs"`
	Fiches   []ficheRef `json:"fiches"`
	Must     [][]string `json:"must"`
	Note     string     `json:"note"`
	// Thread groups items asked in order in one conversation: a later
	// item may be a follow-up of an earlier one.
	Thread string `json:"thread"`
}

// ficheRef is a fiche label in a question set, written as a number (12) or
// as a string ("1.2", "3 bis").
type ficheRef string

func (f *ficheRef) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var n json.Number
		if err := json.Unmarshal(b, &n); err != nil {
			return fail("evalBadFiche", string(b))
		}
		s = n.String()
	}
	*f = ficheRef(corpus.CanonicalFicheID(s))
	return nil
}

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval")
	common := addCommon(fs, env)
	minScore := fs.Float64("min", 0, "exit with an error when the score is below this (0 to 1)")
	verbose := fs.Bool("v", false, "print every answer, not only the failures")
	plain := fs.Bool("baseline", false, "score a plain BM25 search engine over the same text instead of the bot")
	fit := fs.Bool("fit", false, "fit the engine's tuning numbers on the question sets given, with cross-validation, and print them")
	nFolds := fs.Int("folds", 5, "folds of the cross-validation of --fit")
	only := fs.String("only", "", "with --fit, the comma-separated names of the only parameters to fit")
	readings := fs.String("readings", "", "write to this file, one JSON line per question, every reading the arbiter weighed and whether its answer passes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *fit {
		if fs.NArg() == 0 || *nFolds < 2 {
			return misuse("evalFitArgs")
		}
		var all []evalItem
		for _, path := range fs.Args() {
			items, err := readEvalSet(path)
			if err != nil {
				return err
			}
			for _, it := range items {
				if it.Thread != "" {
					it.Thread = path + "#" + it.Thread // threads of different sets are different threads
				}
				all = append(all, it)
			}
		}
		eng, err := common.engine(ctx, env)
		if err != nil {
			return err
		}
		var names []string
		if *only != "" {
			names = strings.Split(*only, ",")
		}
		return fitParams(ctx, env, eng, all, *nFolds, names)
	}
	if fs.NArg() != 1 {
		return misuse("evalArgs")
	}
	items, err := readEvalSet(fs.Arg(0))
	if err != nil {
		return err
	}
	eng, err := common.engine(ctx, env)
	if err != nil {
		return err
	}
	ask := eng.Ask
	if *plain {
		b := newBaseline(eng.Library())
		ask = func(_ context.Context, q string, conv chat.Conversation) (chat.Answer, chat.Conversation) {
			return b.ask(q), conv
		}
	}
	type group struct{ pass, total int }
	byKind, byLang := map[string]*group{}, map[string]*group{}
	var lat []time.Duration
	pass := 0
	threads := map[string]chat.Conversation{}
	var trace *readingsTrace
	if *readings != "" && !*plain {
		if trace, err = newReadingsTrace(*readings); err != nil {
			return err
		}
		defer trace.Close()
	}
	for _, it := range items {
		start := time.Now()
		actx := ctx
		if trace != nil {
			actx = trace.start(ctx)
		}
		ans, conv := ask(actx, it.Question, threads[it.Thread])
		if it.Thread != "" {
			threads[it.Thread] = conv
		}
		lat = append(lat, time.Since(start))
		problems := judge(it, ans, eng.Library())
		ok := len(problems) == 0
		if trace != nil {
			if err := trace.write(it, ok, eng.Library()); err != nil {
				return err
			}
		}
		for _, by := range []struct {
			g   map[string]*group
			key string
		}{{byKind, it.Kind}, {byLang, it.Lang}} {
			if by.g[by.key] == nil {
				by.g[by.key] = &group{}
			}
			by.g[by.key].total++
			if ok {
				by.g[by.key].pass++
			}
		}
		if ok {
			pass++
		}
		if !ok || *verbose {
			status := say(env.lang, "evalFail")
			if ok {
				status = "ok"
			}
			fmt.Fprintf(env.Stdout, "%s %s [%s/%s] %s\n", status, it.ID, it.Kind, it.Lang, it.Question)
			for _, p := range problems {
				fmt.Fprintf(env.Stdout, "    - %s\n", env.explain(p))
			}
			if !ok {
				fmt.Fprintf(env.Stdout, "    %s%s\n", say(env.lang, "evalAnswer"), indent(shortText(ans.Text, 600)))
			}
		}
	}
	score := float64(pass) / float64(len(items))
	fmt.Fprintln(env.Stdout)
	printGroups := func(title string, g map[string]*group) {
		keys := make([]string, 0, len(g))
		for k := range g {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(env.Stdout, "%s", say(env.lang, title))
		for _, k := range keys {
			fmt.Fprintf(env.Stdout, " %s %d/%d", k, g[k].pass, g[k].total)
		}
		fmt.Fprintln(env.Stdout)
	}
	printGroups("evalByKind", byKind)
	printGroups("evalByLang", byLang)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Fprintf(env.Stdout, "%s\n", say(env.lang, "evalLatency", pct(0.5).Round(time.Microsecond), pct(0.9).Round(time.Microsecond), pct(0.99).Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond)))
	fmt.Fprintf(env.Stdout, "score: %.3f (%d/%d)\n", score, pass, len(items))
	if score < *minScore {
		return fail("evalBelowMin", score, *minScore)
	}
	return nil
}

func readEvalSet(path string) ([]evalItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, failReason(err, "evalOpen", path)
	}
	defer f.Close()
	return parseEvalSet(f, path)
}

func parseEvalSet(r io.Reader, name string) ([]evalItem, error) {
	var items []evalItem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" {
			continue
		}
		var it evalItem
		if err := json.Unmarshal([]byte(t), &it); err != nil {
			return nil, failWith(err, "evalBadJSON", name, line)
		}
		if it.Question == "" {
			return nil, fail("evalNoQuestionLine", name, line)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, failReason(err, "evalRead", name)
	}
	if len(items) == 0 {
		return nil, fail("evalEmpty", name)
	}
	return items, nil
}

var reMarkup = regexp.MustCompile(`[*_]`)

// normalizeForJudge compares texts without case, accents, markup or repeated spaces.
func normalizeForJudge(s string) string {
	return strings.Join(strings.Fields(corpus.Fold(reMarkup.ReplaceAllString(s, ""))), " ")
}

// judge applies the rules of shared/eval/FORMAT.md and returns what is wrong.
// lib, when not nil, tells a fiche's other numbers: a fiche cited by its
// code ("3.2.1") is the fiche the set names by its order number ("8").
func judge(it evalItem, a chat.Answer, lib *corpus.Library) []error {
	var problems []error
	if len(it.Docs) == 0 {
		if a.Found {
			problems = append(problems, fail("judgeFoundUnanswerable"))
		}
		return problems
	}
	if !a.Found {
		problems = append(problems, fail("judgeNotFound"))
	}
	cited := map[string]bool{}
	citedFiche := map[string]map[ficheRef]bool{}
	for _, c := range a.Citations {
		cited[c.Doc] = true
		if c.Fiche != nil {
			if citedFiche[c.Doc] == nil {
				citedFiche[c.Doc] = map[ficheRef]bool{}
			}
			citedFiche[c.Doc][ficheRef(corpus.CanonicalFicheID(*c.Fiche))] = true
			if d := lib.Doc(c.Doc); d != nil {
				if f := d.Fiche(*c.Fiche); f != nil {
					for _, alias := range f.Aliases {
						citedFiche[c.Doc][ficheRef(corpus.CanonicalFicheID(alias))] = true
					}
				}
			}
		}
	}
	for _, d := range it.Docs {
		if !cited[d] {
			problems = append(problems, fail("judgeDocNotCited", d))
		}
	}
	for _, n := range it.Fiches {
		if it.Kind == "ambiguous" {
			for _, d := range it.Docs {
				if !citedFiche[d][n] {
					problems = append(problems, fail("judgeFicheNotCitedFor", n, d))
				}
			}
			continue
		}
		ok := false
		for _, d := range it.Docs {
			ok = ok || citedFiche[d][n]
		}
		if !ok {
			problems = append(problems, fail("judgeFicheNotCited", n))
		}
	}
	hay := normalizeForJudge(a.Text)
	for _, c := range a.Citations {
		hay += "\n" + normalizeForJudge(c.Quote)
	}
	for _, group := range it.Must {
		ok := false
		for _, p := range group {
			ok = ok || strings.Contains(hay, normalizeForJudge(p))
		}
		if !ok {
			problems = append(problems, fail("judgeNoneOf", fmt.Sprintf("%q", group)))
		}
	}
	return problems
}

func shortText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n            ") }
