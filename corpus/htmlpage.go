package corpus

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A schéma published as a web page (.html, .htm) is read into the
// markdown the parser knows: headings as "#" lines, paragraphs and list
// items one a line, a definition list's terms before their descriptions
// ("Pilote : …"), an accordion's summary as a heading of its own, tables
// as pipe tables, but for a fiche laid out as a table with cells spanning
// rows and columns, which reads as its fields (see htmlgrid.go). What a
// page wraps the schéma in — scripts, styles,
// navigation menus, forms — is left out.

// htmlText returns the markdown of an HTML page.
func htmlText(name string, data []byte) ([]byte, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &FileError{Path: name, Problem: ProblemDamaged, Value: "HTML", Err: fmt.Errorf("parse the page: %w", err)}
	}
	var w markdownWriter
	var hw htmlWalker
	hw.w = &w
	hw.site = readSitePage(root)
	hw.walk(root)
	hw.flush()
	return w.b.Bytes(), nil
}

type htmlWalker struct {
	w      *markdownWriter
	line   strings.Builder
	prefix string // of the block being gathered: "## ", "- "
	// level is the level of the last heading, which a table titling a
	// fiche is written one level below.
	level int
	// nested, when set, gathers the tables met instead of writing them:
	// a table in a cell is read apart from the cell's text.
	nested *[]*html.Node
	// site is what the page's template and collapsible parts are.
	site sitePage
}

// skipped are the elements that hold no text of the document.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Nav: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Svg: true, atom.Iframe: true, atom.Head: true,
}

// blocks are the elements that start and end a line of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Blockquote: true, atom.Details: true, atom.Figure: true,
	atom.Figcaption: true, atom.Address: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Pre: true,
}

func (hw *htmlWalker) flush() {
	text := strings.Join(strings.Fields(hw.line.String()), " ")
	hw.line.Reset()
	if text != "" {
		hw.w.block(hw.prefix + text)
	}
	hw.prefix = ""
}

func (hw *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		hw.line.WriteString(n.Data)
		return
	case html.ElementNode:
		if hw.site.outsideMain(n) {
			// The site's template around the main content: only a
			// title set above it is the page's.
			for _, h := range headingsIn(n) {
				hw.walk(h)
			}
			return
		}
		if hw.site.disclosure(n) {
			// A button that opens a collapsible part names it: inside
			// a heading, its text is the heading's; alone, a heading.
			if inHeading(n) {
				hw.children(n)
			} else {
				hw.level = 3
				hw.lineOf(n, "### ", hw.headingChildren)
			}
			return
		}
		if skipped[n.DataAtom] || (hasAttr(n, "hidden") || hasAttrValue(n, "aria-hidden", "true")) && !hw.site.collapsed(n) || hw.site.chrome(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			// "<strong>Michel Laborde</strong><br>Président…": a name
			// or a label in bold over its line is a line of its own.
			if prev := n.PrevSibling; prev != nil && prev.Type == html.ElementNode && (prev.DataAtom == atom.Strong || prev.DataAtom == atom.B) &&
				strings.Join(strings.Fields(hw.line.String()), " ") == strings.Join(strings.Fields(nodeText(prev)), " ") {
				hw.flush()
				return
			}
			hw.line.WriteString(" ")
			return
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			hw.level = int(n.Data[1] - '0')
			hw.lineOf(n, strings.Repeat("#", hw.level)+" ", hw.headingChildren)
			return
		case atom.Summary:
			// An accordion's summary titles what it opens: a fiche, often.
			hw.level = 3
			hw.lineOf(n, "### ", hw.headingChildren)
			return
		case atom.Li:
			if items, ok := yearTree(n); ok {
				hw.flush()
				for _, it := range items {
					hw.w.block("- " + it)
				}
				return
			}
			hw.lineOf(n, "- ", hw.children)
			return
		case atom.Dt:
			hw.flush()
			hw.children(n)
			hw.line.WriteString(" : ")
			return
		case atom.Dd:
			hw.children(n)
			hw.flush()
			return
		case atom.Table:
			hw.flush()
			if hw.nested != nil {
				*hw.nested = append(*hw.nested, n)
				return
			}
			hw.tableMarkdown(n)
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		hw.flush()
	}
	hw.children(n)
	if block {
		hw.flush()
	}
}

// lineOf writes n as a block of its own, after prefix, its content
// written by write.
func (hw *htmlWalker) lineOf(n *html.Node, prefix string, write func(*html.Node)) {
	hw.flush()
	hw.prefix = prefix
	write(n)
	hw.flush()
}

func (hw *htmlWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		hw.walk(c)
		// Two elements side by side are two pieces of text, which a
		// style sets apart: "<span>62</span><span>centres de PMI</span>".
		if c.Type == html.ElementNode && c.NextSibling != nil && c.NextSibling.Type == html.ElementNode {
			hw.line.WriteString(" ")
		}
	}
}

// headingChildren writes a heading's text; a short first element that
// ends on a number ("<span>Ambition 1</span> Agir tôt…") is the
// heading's label, set apart from its title as a document would.
func (hw *htmlWalker) headingChildren(n *html.Node) {
	// "<h3><button><span>Orientation 1</span> Prévenir…</button></h3>":
	// the heading's text wrapped whole in a link or a button.
	for {
		only := onlyElement(n)
		if only == nil || !(only.DataAtom == atom.Button && hw.site.disclosure(only) || only.DataAtom == atom.A || only.DataAtom == atom.Span) || !hasElementChild(only) {
			break
		}
		n = only
	}
	first := n.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || first.NextSibling == nil {
		hw.children(n)
		return
	}
	label := strings.Join(strings.Fields(nodeText(first)), " ")
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 || !reEndsOnNumber.MatchString(label) {
		hw.children(n)
		return
	}
	var rest strings.Builder
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		rest.WriteString(nodeText(c))
	}
	sep := " : "
	if r := strings.TrimSpace(rest.String()); r != "" && strings.ContainsAny(r[:1], "-:.·") || strings.HasPrefix(r, "–") || strings.HasPrefix(r, "—") {
		sep = " " // the page sets them apart already: "Engagement 1 – …"
	}
	hw.line.WriteString(label + sep)
	for c := first.NextSibling; c != nil; c = c.NextSibling {
		hw.walk(c)
	}
}

// onlyElement returns n's one child element when the rest of its children
// are blank, nil otherwise.
func onlyElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && only == nil:
			only = c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		default:
			return nil
		}
	}
	return only
}

func hasElementChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return true
		}
	}
	return false
}

var reEndsOnNumber = regexp.MustCompile(`(?:\d{1,2}(?:\.\d{1,2})*|\b[IVX]{1,4})\s*$`)

// nodeText returns the text under n.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
	}
	return b.String()
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasAttrValue(n *html.Node, key, val string) bool {
	return strings.EqualFold(attrOf(n, key), val)
}

func atoiDefault(s string, def int) int {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if r < '0' || r > '9' {
			return def
		}
		n = n*10 + int(r-'0')
		if n > 1000 {
			return def
		}
	}
	if s == "" {
		return def
	}
	return n
}
