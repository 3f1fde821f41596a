package main

import (
	"strings"

	"schemabot/bot/chat"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// baseline answers as a plain search engine would: the three paragraphs of
// the documents' text that BM25 ranks first, each cited to its document
// and, to give it every chance, to the fiche whose lines hold it. It knows
// nothing of fiches, fields or questions; eval --baseline scores it so that
// the bot's score on a document has something to be compared with.
type baseline struct {
	lex   *retrieval.Lexical
	paras []baselinePara
}

type baselinePara struct {
	doc, fiche, text string
	line             int
}

// maxParaRunes bounds a paragraph: converted PDFs may hold pages without a
// blank line.
const maxParaRunes = 700

func newBaseline(lib *corpus.Library) *baseline {
	b := &baseline{}
	for _, d := range lib.Docs {
		var cur []string
		start := 0
		flush := func() {
			if len(cur) > 0 {
				b.paras = append(b.paras, baselinePara{doc: d.ID, fiche: ficheAt(d, start), text: strings.Join(cur, "\n"), line: start})
			}
			cur = nil
		}
		size := 0
		for i, l := range d.Lines {
			t := strings.TrimSpace(l)
			if t == "" || size > maxParaRunes {
				flush()
				size = 0
				if t == "" {
					continue
				}
			}
			if len(cur) == 0 {
				start = i + 1
			}
			cur = append(cur, t)
			size += len([]rune(t))
		}
		flush()
	}
	texts := make([]string, len(b.paras))
	for i, p := range b.paras {
		texts[i] = p.text
	}
	b.lex = retrieval.NewLexical(texts)
	return b
}

func ficheAt(d *corpus.Document, line int) string {
	for _, f := range d.Fiches {
		if line >= f.Span.StartLine && line <= f.Span.EndLine {
			return f.ID
		}
	}
	return ""
}

func (b *baseline) ask(question string) chat.Answer {
	a := chat.Answer{Question: question}
	var texts []string
	for _, i := range b.lex.Search(question, 3) {
		p := b.paras[i]
		c := chat.Citation{Doc: p.doc, Quote: p.text, Line: p.line}
		if p.fiche != "" {
			f := p.fiche
			c.Fiche = &f
		}
		a.Citations = append(a.Citations, c)
		texts = append(texts, p.text)
	}
	a.Found = len(texts) > 0
	a.Text = strings.Join(texts, "\n\n")
	return a
}
