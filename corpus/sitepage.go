package corpus

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A schéma published as a page of its département's website sits inside
// the site's template: a cookie banner, the header's menus and tools, a
// breadcrumb, share links, the footer. What the page says is the content
// of its <main>; the rest is the site's, left out but for a title (<h1>)
// set above it. Its parts are often collapsible: an orientation's
// measures in a panel that a button opens, hidden until then (`hidden`,
// `aria-hidden`), each measure a <details> whose <summary> heads it. A
// closed panel is still the page's text, and the button that opens it
// (alone, or inside the heading it titles) names what it holds.

// sitePage is what the walker knows of the whole page before reading it.
type sitePage struct {
	// main is the page's main content, nil when it marks none.
	main *html.Node
	// aroundMain are main's ancestors, which the walker goes through.
	aroundMain map[*html.Node]bool
	// controlled are the ids of the panels that a control opens
	// (aria-controls, data-target, data-bs-target, href="#…").
	controlled map[string]bool
}

func readSitePage(root *html.Node) sitePage {
	s := sitePage{aroundMain: map[*html.Node]bool{}, controlled: map[string]bool{}}
	var mains []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Main || hasAttrValue(n, "role", "main") {
				mains = append(mains, n)
			}
			for _, key := range []string{"aria-controls", "data-target", "data-bs-target"} {
				for _, id := range strings.Fields(attrOf(n, key)) {
					s.controlled[strings.TrimPrefix(id, "#")] = true
				}
			}
			if href := attrOf(n, "href"); strings.HasPrefix(href, "#") && (hasAttr(n, "aria-expanded") || hasAttr(n, "data-toggle") || hasAttr(n, "data-bs-toggle")) {
				s.controlled[href[1:]] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	// One main only: a page that marks several has no one content.
	if len(mains) == 1 {
		s.main = mains[0]
		for a := s.main.Parent; a != nil; a = a.Parent {
			s.aroundMain[a] = true
		}
	}
	return s
}

// outsideMain reports an element that is neither main, nor inside it, nor
// around it: the site's template, when the page marks its main content.
func (s sitePage) outsideMain(n *html.Node) bool {
	if s.main == nil || n == s.main || s.aroundMain[n] {
		return false
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a == s.main {
			return false
		}
	}
	return true
}

// chromeRoles are the landmarks of a site's template, and a banner's
// dialog (cookies, newsletter).
var chromeRoles = map[string]bool{"banner": true, "navigation": true, "contentinfo": true, "search": true, "dialog": true, "alertdialog": true}

// chromeWords are the words of an element's id or class that name a part
// of a site's template ("cookie-banner", "breadcrumb", "skip-link",
// "share-links"); those marked with a "*" also begin one
// ("tarteaucitronRoot", "cookies", "breadcrumbs").
var chromeWords = []string{"cookie*", "consent*", "tarteaucitron*", "rgpd", "breadcrumb*", "ariane", "skiplink*", "skip", "share", "partage", "social", "newsletter*"}

var reNameWord = regexp.MustCompile(`[A-Z]?[a-z]+|[A-Z]+`)

// chrome reports a part of the site's template inside the page: a
// landmark of the template, a page-level header or footer, a cookie
// banner, a breadcrumb, share links.
func (s sitePage) chrome(n *html.Node) bool {
	if chromeRoles[strings.ToLower(attrOf(n, "role"))] {
		return true
	}
	if (n.DataAtom == atom.Header || n.DataAtom == atom.Footer) && pageLevel(n) {
		return true
	}
	for _, name := range strings.FieldsFunc(attrOf(n, "id")+" "+attrOf(n, "class"), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		// "tarteaucitronRoot", "skipLink": a camel-case name, whole
		// and word by word.
		words := append([]string{name}, reNameWord.FindAllString(name, -1)...)
		for _, w := range words {
			w = strings.ToLower(w)
			for _, c := range chromeWords {
				stem, prefix := strings.CutSuffix(c, "*")
				if w == stem || prefix && strings.HasPrefix(w, stem) {
					return true
				}
			}
		}
	}
	return false
}

// pageLevel reports a header or footer of the page itself, not of an
// article or section inside it.
func pageLevel(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		switch a.DataAtom {
		case atom.Article, atom.Section, atom.Main, atom.Aside, atom.Nav:
			return false
		}
	}
	return true
}

// collapsed reports a hidden element that holds the page's text all the
// same: a panel that a control opens, or one the browser shows when a
// search finds text in it (hidden="until-found").
func (s sitePage) collapsed(n *html.Node) bool {
	if strings.EqualFold(attrOf(n, "hidden"), "until-found") {
		return true
	}
	id := attrOf(n, "id")
	return id != "" && s.controlled[id]
}

// disclosure reports a button that opens a collapsible part: its text
// names the part.
func (s sitePage) disclosure(n *html.Node) bool {
	if n.DataAtom != atom.Button {
		return false
	}
	if hasAttr(n, "aria-expanded") {
		return true
	}
	for _, id := range strings.Fields(attrOf(n, "aria-controls") + " " + attrOf(n, "data-target") + " " + attrOf(n, "data-bs-target")) {
		if s.controlled[strings.TrimPrefix(id, "#")] {
			return true
		}
	}
	return false
}

// inHeading reports an element inside a heading or a summary.
func inHeading(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		switch a.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Summary:
			return true
		}
	}
	return false
}

// headingsIn returns the h1 headings under n: the page's title that a
// template sets above its main content.
func headingsIn(n *html.Node) []*html.Node {
	var out []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			out = append(out, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return out
}

// reYearCell is a year or a span of years alone: "2030", "2031-2033",
// "2031 – 2033", "En 2030 :".
var reYearCell = regexp.MustCompile(`^(?:[Ee]n\s+)?((?:19|20)\d\d(?:\s*[-–—/à]+\s*(?:19|20)\d\d)?)\s*:?$`)

// yearTree reads a list item that is a year over a list of what happens
// in it ("2030" over "Ouverture de l'antenne (janvier)"), as a calendar
// drawn as a tree by year: each item dated in full ("janvier 2030 :
// Ouverture de l'antenne"), since the calendar reads each item alone.
func yearTree(li *html.Node) ([]string, bool) {
	var year string
	var sub []*html.Node
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol):
			sub = append(sub, c)
		case len(sub) == 0:
			year += nodeText(c)
		default:
			if strings.TrimSpace(nodeText(c)) != "" {
				return nil, false
			}
		}
	}
	m := reYearCell.FindStringSubmatch(strings.Join(strings.Fields(year), " "))
	if m == nil || len(sub) == 0 {
		return nil, false
	}
	span := strings.Join(strings.Fields(m[1]), " ")
	var out []string
	for _, l := range sub {
		for c := l.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom != atom.Li {
				continue
			}
			if t := strings.Join(strings.Fields(nodeText(c)), " "); t != "" {
				out = append(out, yearDated(t, span))
			}
		}
	}
	return out, len(out) > 0
}

// reBracketedWhen is a time set in brackets at the end of an item:
// "Ouverture de l'antenne (janvier)", "… (1er semestre)".
var reBracketedWhen = regexp.MustCompile(`^(.*\S)\s*\(([^()]{2,30})\)\s*\.?$`)

// yearDated dates an item of a year's list: a month or a part of the year
// in brackets at its end is its date in that year ("Conventions signées
// (1er semestre)" under 2029 is "1er semestre 2029 : Conventions
// signées"); any other item is dated by the year (datedItem).
func yearDated(t, year string) string {
	if m := reBracketedWhen.FindStringSubmatch(t); m != nil && !reHasYear.MatchString(m[2]) && !strings.ContainsAny(year, "-–—/à ") {
		if _, ok := ParsePeriod(m[2] + " " + year); ok {
			return m[2] + " " + year + " : " + m[1]
		}
	}
	return datedItem(t, year)
}
