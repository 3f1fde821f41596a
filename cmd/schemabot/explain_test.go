package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"

	"schemabot/bot/state"
	"schemabot/corpus"
)

// Secret values the configuration cases set: no message may show them.
const (
	secretAppToken = "xapp-1-A0SECRET-0000-ffffffffffff"
	secretMMToken  = "S3cr3t-Mattermost-Token"
	secretURLPass  = "hunter2pass"
	secretAPIKey   = "sk-SECRET KEY"
)

// errorCase is one error a user can meet, with what its message must say
// in each language besides the detail (a file name, a variable).
type errorCase struct {
	name   string
	setup  func(t *testing.T, dir string) (vars map[string]string, args []string)
	dotEnv string // content of a .env file read first, when not ""
	code   int
	detail []string // in both languages
	fr, en []string // in that language only
	stdout bool     // the message is on stdout (a report), not stderr
}

// frenchMarks and englishMarks tell the languages apart: a message in one
// has none of the other's words. Accents are French too, but for the
// French names English keeps (domainTerms).
var (
	frenchMarks  = []string{"le", "la", "les", "est", "doit", "pas", "aucun", "aucune", "une", "dans", "é", "è", "à", "ç"}
	englishMarks = []string{"the", "is", "must", "cannot", "not", "no", "could", "found", "invalid", "missing", "needs", "expected", "want"}
	domainTerms  = regexp.MustCompile(`(?i)schémas?|départemental|de protection de l'enfance|fiches? action|département`)
)

// otherLanguage returns the marks of the other language found in msg.
func otherLanguage(msg string, marks []string) []string {
	msg = domainTerms.ReplaceAllString(strings.ToLower(msg), "")
	words := map[string]bool{}
	for _, w := range regexp.MustCompile(`[\pL']+`).FindAllString(msg, -1) {
		words[w] = true
	}
	var found []string
	for _, m := range marks {
		if words[m] || (len([]rune(m)) == 1 && strings.Contains(msg, m)) {
			found = append(found, m)
		}
	}
	return found
}

func TestErrorsSpeakTheUserLanguage(t *testing.T) {
	t.Parallel()
	docs := func(files map[string]string) func(t *testing.T, dir string) string {
		return func(t *testing.T, dir string) string {
			t.Helper()
			d := filepath.Join(dir, "docs")
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
			for name, text := range files {
				if err := os.WriteFile(filepath.Join(d, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			return d
		}
	}
	check := func(files map[string]string) func(t *testing.T, dir string) (map[string]string, []string) {
		return func(t *testing.T, dir string) (map[string]string, []string) {
			return nil, []string{"check", "--corpus", docs(files)(t, dir)}
		}
	}
	args := func(a ...string) func(t *testing.T, dir string) (map[string]string, []string) {
		return func(*testing.T, string) (map[string]string, []string) { return nil, a }
	}
	vars := func(v map[string]string, a ...string) func(t *testing.T, dir string) (map[string]string, []string) {
		return func(*testing.T, string) (map[string]string, []string) { return v, a }
	}
	damagedStore := func(content string) func(t *testing.T, dir string) (map[string]string, []string) {
		return func(t *testing.T, dir string) (map[string]string, []string) {
			if err := os.WriteFile(filepath.Join(dir, state.FileName), []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			return nil, []string{"deadlines", "--data", dir, "--today", "2023-05-10"}
		}
	}
	evalSet := func(content string, extra ...string) func(t *testing.T, dir string) (map[string]string, []string) {
		return func(t *testing.T, dir string) (map[string]string, []string) {
			path := filepath.Join(dir, "questions.jsonl")
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			corpusDir := docs(map[string]string{"cantal-2022-2026.md": "# Schéma du Cantal 2022-2026\n\n## Axe 1 : Prévenir\n\n### Fiche 1 – Prévenir tôt\n\nPilote : Direction enfance famille\n"})(t, dir)
			return nil, append([]string{"eval", "--corpus", corpusDir, "--data", filepath.Join(dir, "data"), path}, extra...)
		}
	}
	slack := map[string]string{"SLACK_APP_TOKEN": secretAppToken, "SLACK_BOT_TOKEN": "xoxb-1-2-3"}
	with := func(base map[string]string, kv ...string) map[string]string {
		m := map[string]string{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}

	tests := []errorCase{
		// Documents.
		{name: "missing corpus", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			return nil, []string{"check", "--corpus", filepath.Join(dir, "nowhere")}
		}, code: 1, detail: []string{"nowhere"}, fr: []string{"impossible de lire", "introuvable"}, en: []string{"no such file or directory"}},
		{name: "directory without documents", setup: check(map[string]string{"notes.rtf": "x"}), code: 1,
			detail: []string{"docs"}, fr: []string{"aucun document .md, .txt, .pdf, .csv, .docx, .odt ou .html"}, en: []string{"no .md, .txt, .pdf, .csv, .docx, .odt or .html document"}},
		{name: "unsupported document type", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			p := filepath.Join(dir, "schema.rtf")
			if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
			return nil, []string{"fiches", "--corpus", p}
		}, code: 1, detail: []string{"schema.rtf", ".rtf"}, fr: []string{"type de document non pris en charge"}, en: []string{"unsupported document type"}},
		{name: "damaged Word file", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			p := filepath.Join(dir, "schema.docx")
			if err := os.WriteFile(p, []byte("Fiche 1 : pas un fichier Word"), 0o644); err != nil {
				t.Fatal(err)
			}
			return nil, []string{"fiches", "--corpus", p}
		}, code: 1, detail: []string{"schema.docx"}, fr: []string{"fichier abîmé"}, en: []string{"damaged"}},
		{name: "empty document", setup: check(map[string]string{"vide.md": "  \n\n"}), code: 1,
			detail: []string{"vide.md"}, fr: []string{"le document est vide"}, en: []string{"the document is empty"}},
		{name: "binary document", setup: check(map[string]string{"image.md": "PNG\x00\x01\x02"}), code: 1,
			detail: []string{"image.md", "3"}, fr: []string{"contenu binaire", "octet nul"}, en: []string{"binary content", "NUL byte"}},
		{name: "not UTF-8", setup: check(map[string]string{"latin1.txt": "Schéma\nProt\xe9ger\n"}), code: 1,
			detail: []string{"latin1.txt:2"}, fr: []string{"UTF-8 invalide", "convertissez"}, en: []string{"invalid UTF-8", "convert"}},
		{name: "oversized document", setup: check(map[string]string{"gros.md": strings.Repeat("a", corpus.MaxDocumentBytes+1)}), code: 1,
			detail: []string{"gros.md", "16"}, fr: []string{"Mo", "plus que"}, en: []string{"MB", "more than"}},
		{name: "document without fiche", setup: check(map[string]string{"notes.md": "Notes de réunion\n"}), code: 1,
			detail: []string{"notes"}, fr: []string{"rien d'utilisable dans"}, en: []string{"nothing usable in"}},
		{name: "warning of a document without fiche", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			return nil, []string{"fiches", "--corpus", docs(map[string]string{"bilan-2020-2024.md": "# Bilan 2020-2024\n\n## Contexte\n\nLe département accompagne les familles.\n"})(t, dir)}
		}, code: 0, detail: []string{"bilan-2020-2024.md"}, fr: []string{"attention :", "aucune fiche action trouvée"}, en: []string{"warning:", "no fiche action found"}},

		// The index.
		{name: "index that cannot be stored", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			if err := os.WriteFile(filepath.Join(dir, "index"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			return map[string]string{"SCHEMABOT_LOG_LEVEL": "error"}, []string{"index", "--data", dir, "--corpus", filepath.Join("..", "..", "corpus", "testdata", "layouts", "correze-2019-2023.txt")}
		}, code: 1, detail: []string{"index"}, fr: []string{"impossible d'enregistrer l'index", "ce n'est pas un répertoire"}, en: []string{"could not store the index", "not a directory"}},

		// The state store.
		{name: "damaged state store", setup: damagedStore("this is not a database, it is a text file of some length\n"), code: 1,
			detail: []string{state.FileName, "state recover", "mv "}, fr: []string{"endommagée", "ce n'est pas une base SQLite", "jalons faits"}, en: []string{"is damaged", "not an SQLite database", "done marks"}},
		{name: "empty state store", setup: damagedStore(""), code: 1,
			detail: []string{state.FileName}, fr: []string{"le fichier est vide", "disque plein"}, en: []string{"the file is empty", "full disk"}},
		{name: "no state store to check", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			return nil, []string{"state", "--data", dir, "check"}
		}, code: 1, detail: []string{state.FileName}, fr: []string{"pas de base d'état", "rien n'a encore été enregistré"}, en: []string{"no state store", "nothing was recorded"}},
		{name: "state export that is not one", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			p := filepath.Join(dir, "export.json")
			if err := os.WriteFile(p, []byte("{nope"), 0o644); err != nil {
				t.Fatal(err)
			}
			return nil, []string{"state", "--data", dir, "import", p}
		}, code: 1, detail: []string{"export.json"}, fr: []string{"n'est pas un export de la base d'état"}, en: []string{"is not a state export"}},

		// .env: the line and the problem, never a value.
		{name: "malformed .env line", setup: args("version"), dotEnv: "LLM_MODEL=x\nMATTERMOST_TOKEN " + secretMMToken + "\n", code: 2,
			detail: []string{".env", "2"}, fr: []string{"la ligne", "n'est pas de la forme NOM=valeur", "valeurs ne sont pas montrées"}, en: []string{"line 2 is not NAME=value", "values are not shown"}},
		{name: "unclosed .env quote", setup: args("version"), dotEnv: "A=1\nMATTERMOST_TOKEN=\"" + secretMMToken + "\n", code: 2,
			detail: []string{".env", "2"}, fr: []string{"guillemets n'est pas fermée"}, en: []string{"quoted value is not closed"}},

		// serve's configuration: checked before anything starts.
		{name: "serve: no platform", setup: vars(map[string]string{}, "serve"), code: 2,
			detail: []string{"SLACK_APP_TOKEN", "MATTERMOST_URL"}, fr: []string{"aucune plateforme de discussion configurée"}, en: []string{"no chat platform configured"}},
		{name: "serve: missing Slack token", setup: vars(map[string]string{"SLACK_APP_TOKEN": secretAppToken}, "serve"), code: 2,
			detail: []string{"SLACK_BOT_TOKEN", `"xoxb-"`}, fr: []string{"doit être un jeton de bot", "n'est pas définie"}, en: []string{"must be a bot token", "it is not set"}},
		{name: "serve: swapped Slack tokens", setup: vars(map[string]string{"SLACK_APP_TOKEN": "xoxb-1-2-SECRETBOT", "SLACK_BOT_TOKEN": secretAppToken}, "serve"), code: 2,
			detail: []string{"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN"}, fr: []string{"inversés"}, en: []string{"swapped"}},
		{name: "serve: bad Mattermost URL and token", setup: vars(map[string]string{"MATTERMOST_URL": "https://bot:" + secretURLPass + "@chat.example.org", "MATTERMOST_TOKEN": secretMMToken}, "serve"), code: 2,
			detail: []string{"MATTERMOST_URL", "MATTERMOST_TOKEN", "26"}, fr: []string{"est malformée", "est malformé"}, en: []string{"is malformed"}},
		{name: "serve: bad rate limit", setup: vars(with(slack, "SCHEMABOT_RATE_LIMIT", "5/1ns"), "serve"), code: 2,
			detail: []string{"SCHEMABOT_RATE_LIMIT", "5/1ns"}, fr: []string{"doit être questions/durée", "la durée est hors limites"}, en: []string{"must be questions/duration", "the duration is out of range"}},
		{name: "serve: bad cron", setup: vars(with(slack, "SCHEMABOT_REMINDER_CRON", "every monday"), "serve"), code: 2,
			detail: []string{"SCHEMABOT_REMINDER_CRON", "every monday"}, fr: []string{"n'est pas une planification cron valide", "champs au lieu de 5"}, en: []string{"is not a valid 5-field cron schedule", "expected exactly 5 fields"}},
		{name: "serve: cron that never fires", setup: vars(with(slack, "SCHEMABOT_REMINDER_CRON", "0 9 30 2 *"), "serve"), code: 2,
			detail: []string{"0 9 30 2 *"}, fr: []string{"ne se déclenche jamais"}, en: []string{"never fires"}},
		{name: "serve: several problems", setup: vars(with(slack, "SCHEMABOT_OPS_ADDR", "9464", "SCHEMABOT_REMINDER_DAYS", "soon", "SCHEMABOT_OPS_TOKEN", "short secret"), "serve"), code: 2,
			detail: []string{"SCHEMABOT_OPS_ADDR", "SCHEMABOT_REMINDER_DAYS", "SCHEMABOT_OPS_TOKEN", "9464", "soon"}, fr: []string{"doit être hôte:port", "doit être un nombre de jours", "au moins 16 caractères"}, en: []string{"must be host:port", "must be a number of days", "at least 16 characters"}},
		{name: "serve: bad model URL", setup: vars(with(slack, "LLM_BASE_URL", "ftp://models", "LLM_API_KEY", secretAPIKey), "serve"), code: 1,
			detail: []string{"LLM_BASE_URL", "https://api.mistral.ai/v1"}, fr: []string{"attendu une adresse http(s)"}, en: []string{"want an http(s) URL"}},
		{name: "serve: bad retention", setup: vars(with(slack, "SCHEMABOT_FEEDBACK_RETENTION", "forever"), "serve"), code: 2,
			detail: []string{"SCHEMABOT_FEEDBACK_RETENTION", "forever", "180d"}, fr: []string{"doit être un nombre de jours"}, en: []string{"must be a number of days"}},

		// The command line.
		{name: "unknown command", setup: args("planifier"), code: 2,
			detail: []string{"planifier"}, fr: []string{"commande inconnue", "Commandes :"}, en: []string{"unknown command", "Commands:"}},
		{name: "unknown flag", setup: args("fiches", "--nope"), code: 2,
			detail: []string{"-nope", "schemabot fiches -h"}, fr: []string{"option inconnue", "aide :"}, en: []string{"flag provided but not defined", "help:"}},
		{name: "flag without its value", setup: args("deadlines", "--doc"), code: 2,
			detail: []string{"-doc"}, fr: []string{"cette option attend une valeur"}, en: []string{"flag needs an argument"}},
		{name: "flag value that does not parse", setup: args("eval", "--min", "beaucoup", "x.jsonl"), code: 2,
			detail: []string{`"beaucoup"`, "-min"}, fr: []string{"valeur invalide", "illisible"}, en: []string{"invalid value", "parse error"}},
		{name: "bad date", setup: args("deadlines", "--today", "13/13/2023"), code: 2,
			detail: []string{"--today", "13/13/2023"}, fr: []string{"date invalide", "attendu AAAA-MM-JJ"}, en: []string{"invalid date", "want YYYY-MM-DD"}},
		{name: "bad period", setup: args("deadlines", "--period", "bientôt", "--today", "2023-05-10"), code: 2,
			detail: []string{"--period", "bientôt", "ce trimestre"}, fr: []string{"période non reconnue"}, en: []string{"unrecognised period"}},
		{name: "unknown document", setup: args("deadlines", "--doc", "gironde", "--today", "2023-05-10"), code: 2,
			detail: []string{"gironde", "isere-2020-2024"}, fr: []string{"pas de document", "connus :"}, en: []string{"no document", "known:"}},
		{name: "bad log format", setup: vars(map[string]string{"SCHEMABOT_LOG_FORMAT": "xml"}, "version"), code: 2,
			detail: []string{"SCHEMABOT_LOG_FORMAT", "xml"}, fr: []string{"doit valoir text ou json"}, en: []string{"must be text or json"}},
		{name: "bad embedder", setup: vars(map[string]string{"SCHEMABOT_EMBEDDER": "magic"}, "ask", "Qui pilote la fiche 1 ?"), code: 1,
			detail: []string{"SCHEMABOT_EMBEDDER", "magic"}, fr: []string{"doit valoir hash, openai ou ollama"}, en: []string{"must be hash, openai or ollama"}},
		{name: "planning without output", setup: args("planning"), code: 2,
			detail: []string{"--output"}, fr: []string{"est obligatoire"}, en: []string{"is required"}},
		{name: "planning with nothing to draw", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			return nil, []string{"planning", "--doc", "moselle-2019-2023", "--today", "2023-05-10", "--data", dir, "--output", filepath.Join(dir, "p.pdf")}
		}, code: 1, detail: nil, fr: []string{"aucune échéance datée à dessiner"}, en: []string{"no dated milestone to draw"}},
		{name: "state usage", setup: args("state", "--data", "/nonexistent-data", "frobnicate"), code: 2,
			detail: []string{"schemabot state check", "recover"}, fr: []string{"vérifie la base du répertoire de données"}, en: []string{"check the store of the data directory"}},

		// eval's question sets.
		{name: "eval: missing question set", setup: args("eval", "/nonexistent/questions.jsonl"), code: 1,
			detail: []string{"/nonexistent/questions.jsonl"}, fr: []string{"impossible d'ouvrir le jeu de questions", "introuvable"}, en: []string{"cannot open the question set", "no such file or directory"}},
		{name: "eval: line that is not JSON", setup: evalSet("{\"id\": \"a\", \"question\": \"Qui ?\"}\n{oops\n"), code: 1,
			detail: []string{"questions.jsonl:2"}, fr: []string{"ligne JSON illisible"}, en: []string{"invalid character"}},
		{name: "eval: line without question", setup: evalSet("{\"id\": \"a\"}\n"), code: 1,
			detail: []string{"questions.jsonl:1"}, fr: []string{"pas de question"}, en: []string{"no question"}},
		{name: "eval: empty set", setup: evalSet("\n\n"), code: 1,
			detail: []string{"questions.jsonl"}, fr: []string{"aucune question dans le fichier"}, en: []string{"no question in the file"}},
		{name: "eval: --min not reached", setup: evalSet(`{"id": "q1", "lang": "fr", "kind": "pilot", "question": "Qui pilote la fiche 1 ?", "docs": ["cantal-2022-2026"], "fiches": [1], "must": [["introuvable-dans-le-texte"]]}`+"\n", "--min", "0.9"), code: 1,
			detail: []string{"0.000", "0.90"}, fr: []string{"le score", "est sous le minimum"}, en: []string{"score", "is below the minimum"}},
	}
	if runtime.GOOS != "windows" {
		tests = append(tests, errorCase{name: "named pipe as a document", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			p := filepath.Join(dir, "tube.md")
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skip("no named pipe:", err)
			}
			return nil, []string{"check", "--corpus", p}
		}, code: 1, detail: []string{"tube.md"}, fr: []string{"un tube nommé, pas un fichier ordinaire"}, en: []string{"a named pipe, not a regular file"}})
	}
	if os.Geteuid() != 0 { // root reads anything
		tests = append(tests, errorCase{name: "unreadable document", setup: func(t *testing.T, dir string) (map[string]string, []string) {
			d := docs(map[string]string{"secret.md": "# Schéma\n"})(t, dir)
			if err := os.Chmod(filepath.Join(d, "secret.md"), 0); err != nil {
				t.Fatal(err)
			}
			return nil, []string{"check", "--corpus", d}
		}, code: 1, detail: []string{"secret.md"}, fr: []string{"impossible de lire", "permission refusée"}, en: []string{"permission denied"}})
	}

	locales := []struct {
		name string
		lang string
	}{{"fr", "fr_FR.UTF-8"}, {"en", "en_US.UTF-8"}}
	for _, tt := range tests {
		for _, loc := range locales {
			t.Run(tt.name+"/"+loc.name, func(t *testing.T) {
				t.Parallel()
				dir := t.TempDir()
				v, a := tt.setup(t, dir)
				getenv := map[string]string{"LANG": loc.lang, "SCHEMABOT_DATA": filepath.Join(dir, "data")}
				for k, val := range v {
					getenv[k] = val
				}
				var out, errOut bytes.Buffer
				env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return getenv[k] }}
				if tt.dotEnv != "" {
					env.DotEnv = filepath.Join(dir, ".env")
					if err := os.WriteFile(env.DotEnv, []byte(tt.dotEnv), 0o600); err != nil {
						t.Fatal(err)
					}
					env.LookupEnv = func(k string) (string, bool) { v, ok := getenv[k]; return v, ok }
					env.Setenv = func(k, v string) error { getenv[k] = v; return nil }
				}
				code := run(context.Background(), env, a)
				msg := errOut.String()
				if code != tt.code {
					t.Errorf("exit %d, want %d; stderr %q", code, tt.code, msg)
				}
				if msg == "" {
					t.Fatalf("nothing on stderr; stdout %.300q", out.String())
				}
				want, marks := tt.fr, englishMarks
				if loc.name == "en" {
					want, marks = tt.en, frenchMarks
				}
				for _, w := range append(append([]string{}, tt.detail...), want...) {
					if !strings.Contains(msg, w) {
						t.Errorf("stderr lacks %q:\n%s", w, msg)
					}
				}
				if found := otherLanguage(withoutQuoted(msg, a), marks); len(found) > 0 {
					t.Errorf("the %s message has %q of the other language:\n%s", loc.name, found, msg)
				}
				for _, s := range []string{secretAppToken, secretMMToken, secretURLPass, secretAPIKey, "SECRETBOT"} {
					if strings.Contains(msg+out.String(), s) {
						t.Errorf("a secret value is shown: %q in\n%s", s, msg)
					}
				}
			})
		}
	}
}

// withoutQuoted drops from msg what the user typed (arguments, quoted
// values) and the paths, which are in no language.
func withoutQuoted(msg string, args []string) string {
	for _, a := range args {
		if len(a) > 2 {
			msg = strings.ReplaceAll(msg, a, "")
		}
	}
	msg = regexp.MustCompile(`(/[^\s:,)»"]+)+`).ReplaceAllString(msg, "")
	return regexp.MustCompile(`"[^"]*"|«[^»]*»`).ReplaceAllString(msg, "")
}

// An error explain does not know is still said: in French after a
// French lead-in, the English detail kept; an informative error wrapped
// by a package is said in French.
func TestExplainFallback(t *testing.T) {
	t.Parallel()
	unknown := errors.New("build index: chunk 3: unexpected EOF")
	if got := explain(french, unknown); got != "erreur : build index: chunk 3: unexpected EOF" {
		t.Errorf("fr: %q", got)
	}
	if got := explain(english, unknown); got != unknown.Error() {
		t.Errorf("en: %q", got)
	}
	// A userError keeps its French lead-in and the English detail of an
	// unknown cause, without a second lead-in.
	if got := explain(french, failWith(unknown, "indexOpen", "/data")); got != "impossible d'ouvrir l'index de recherche dans /data : build index: chunk 3: unexpected EOF" {
		t.Errorf("fr wrapped: %q", got)
	}
	// A package's wrapper around a path error: the path and the reason.
	wrapped := fmt.Errorf("open index: %w", &fs.PathError{Op: "open", Path: "/data/index", Err: syscall.EACCES})
	if got := explain(french, wrapped); got != "/data/index : permission refusée" {
		t.Errorf("fr path: %q", got)
	}
	// Errors joined by a package are looked into too.
	locked := fmt.Errorf("open /d/state.db: %w (is another schemabot writing?): %w", state.ErrLocked, errors.New("database is locked"))
	if got := explain(french, locked); !strings.Contains(got, "verrouillée par un autre processus") {
		t.Errorf("fr locked: %q", got)
	}
	// English keeps the package's own words.
	if got := explain(english, locked); got != locked.Error() {
		t.Errorf("en locked: %q", got)
	}
	// A usage error is errUsage; its cause is reachable.
	if err := misuse("badDay", "--to", "x"); !errors.Is(err, errUsage) || errors.Is(failWith(unknown, "indexOpen", "/d"), errUsage) {
		t.Error("usage errors are not told apart")
	}
	if err := failWith(fs.ErrNotExist, "doneMarks"); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a userError hides its cause from errors.Is")
	}
}

// Every message has both languages and takes the same arguments in both;
// every key the code uses is in the table.
func TestMessagesTable(t *testing.T) {
	t.Parallel()
	for key, m := range messages {
		if m.fr == "" || m.en == "" {
			t.Errorf("%s: a language is missing: %q / %q", key, m.fr, m.en)
		}
		if fr, en := arity(m.fr), arity(m.en); fr != en {
			t.Errorf("%s: %d argument(s) in French, %d in English", key, fr, en)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	used := regexp.MustCompile(`(?:\bsay\([^,()]+,|\bt\(|\bfail\(|\bmisuse\(|\bfailWith\([^,()]+,|\bfailReason\([^,()]+,|\bnouns\([^,()]+,[^,()]+,)\s*"([A-Za-z]+)"`)
	var keys []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, m[1])
		}
	}
	sort.Strings(keys)
	if len(keys) < 50 {
		t.Fatalf("found only %d message keys in the code: is the pattern stale?", len(keys))
	}
	for _, k := range keys {
		if _, ok := messages[k]; !ok {
			t.Errorf("key %q is used but not in the messages table", k)
		}
	}
	// The French of a package's message uses only the groups its pattern has.
	for _, f := range foreignMessages {
		for _, g := range regexp.MustCompile(`\$(\d)`).FindAllStringSubmatch(f.fr, -1) {
			if n := int(g[1][0] - '0'); n > f.re.NumSubexp() {
				t.Errorf("%q uses $%d, its pattern %q has %d groups", f.fr, n, f.re, f.re.NumSubexp())
			}
		}
	}
}

// arity is the number of arguments a format takes, as fmt counts them
// (%[n] moves the count).
func arity(format string) int {
	n, next := 0, 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i < len(format) && format[i] == '[' {
			j := strings.IndexByte(format[i:], ']')
			var k int
			fmt.Sscanf(format[i+1:i+j], "%d", &k)
			next = k - 1
			i += j + 1
		}
		next++
		n = max(n, next)
	}
	return n
}
