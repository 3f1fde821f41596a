// Package prompts holds the prompts sent to a language model, as embedded
// text templates, and renders them. Retrieved passages and the user's
// question are put inside delimited blocks (<extraits>, <question>) and any
// text that would close those blocks early is neutralised, so that what a
// document or a user writes stays data.
package prompts

import (
	"embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/template"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
)

//go:embed *.tmpl
var files embed.FS

var templates = template.Must(template.ParseFS(files, "*.tmpl"))

// blockTag matches an opening or closing tag of the blocks the prompts
// delimit data with, in any case and spacing.
var blockTag = regexp.MustCompile(`(?i)<\s*/?\s*(extraits?|question(_precedente)?)\b`)

// data makes s safe to put inside a delimited block: a tag that would open or
// close a block loses its "<", so the block ends only where the template ends
// it. Carriage returns and NUL bytes are dropped.
func data(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "").Replace(s)
	s = blockTag.ReplaceAllStringFunc(s, func(m string) string {
		return "‹" + strings.TrimPrefix(m, "<")
	})
	return strings.TrimSpace(s)
}

// oneLine is data on a single line, for source labels.
func oneLine(s string) string {
	return strings.Join(strings.Fields(data(s)), " ")
}

func lang(l string) string {
	if l == chat.English {
		return chat.English
	}
	return chat.French
}

func render(name string, v any) (string, error) {
	var b strings.Builder
	if err := templates.ExecuteTemplate(&b, name, v); err != nil {
		return "", fmt.Errorf("render %s: %w", name, err)
	}
	return b.String(), nil
}

// System returns the system prompt: the rules the model must follow, with
// answers in lang ("fr" or "en"; anything else means French).
func System(l string) (string, error) {
	return render("system.tmpl", struct{ Lang string }{lang(l)})
}

type passageView struct {
	N       int
	Source  string
	Heading string
	Text    string
}

// Source describes where a passage comes from, as the prompt shows it:
// "isere-2020-2024, fiche 30, section « Le calendrier », page 94".
func Source(p answer.Passage) string {
	parts := []string{oneLine(p.Doc)}
	if p.Doc == "" {
		parts[0] = "document inconnu"
	}
	if p.Fiche != nil {
		parts = append(parts, "fiche "+*p.Fiche)
	}
	if s := oneLine(p.Section); s != "" {
		parts = append(parts, "section « "+s+" »")
	}
	if p.Page != nil {
		parts = append(parts, "page "+strconv.Itoa(*p.Page))
	}
	return strings.Join(parts, ", ")
}

// Question returns the user prompt: the numbered passages, each with its
// source, inside an <extraits> block, then the question inside a <question>
// block, then what to answer and in which language.
func Question(q, l string, passages []answer.Passage) (string, error) {
	views := make([]passageView, 0, len(passages))
	for i, p := range passages {
		views = append(views, passageView{
			N:       i + 1,
			Source:  Source(p),
			Heading: oneLine(p.Heading),
			Text:    data(p.Text),
		})
	}
	return render("question.tmpl", struct {
		Question string
		Lang     string
		Passages []passageView
	}{data(q), lang(l), views})
}

// Rewrite returns the prompt that turns a question into a standalone French
// question for searching the documents: an English question is translated,
// and a follow-up is completed with the previous question (may be empty).
func Rewrite(question, previous string) (string, error) {
	return render("rewrite.tmpl", struct{ Question, Previous string }{data(question), data(previous)})
}
