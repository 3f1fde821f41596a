package corpus

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A plan-tracking tool may export a schéma as JSON, and whoever passes it
// on often pastes it as text under a line or two of their own ("Copie de
// l'export JSON…"). The export is the XML export's twin: objects holding
// fields under keys a tool names as it pleases ("pilotage", "partenaires",
// "indicateurs", "owner"), arrays of records (actions with their due
// date, indicators with their baseline and target, acronyms with their
// definition). It is read into the element tree of xmlexport.go — an
// object is an element, its scalar members are attributes, an array is an
// element holding one child per entry — and rendered by the same
// renderer, so its keys are read through the vocabulary of field labels
// and every later step is the one other documents go through.

// maxJSONPreamble is how many lines of text may stand before the export:
// a note of who pasted it and when, never a document.
const maxJSONPreamble = 5

// maxJSONDepth bounds the nesting an export may have, as maxXMLDepth does.
const maxJSONDepth = 64

// unfoldJSONExport returns the lines of a document that is a JSON export,
// perhaps under a few lines of text, rendered as labelled markdown; lines
// unchanged when it is no JSON, is malformed or holds no fiche, for the
// text readers to take.
func unfoldJSONExport(lines []string) []string {
	start, text := -1, 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
			start = i
			break
		}
		if text++; text > maxJSONPreamble {
			return lines
		}
	}
	if start < 0 {
		return lines
	}
	root, err := parseJSONExport(strings.Join(lines[start:], "\n"))
	if err != nil {
		return lines
	}
	plan, others := jsonPlan(root)
	r := &xmlRenderer{}
	r.document(plan)
	if r.fiches == 0 {
		return lines
	}
	// What the tool adds around the plan (who exported it, when) is
	// kept after it, as sections of their own.
	axis := len(r.out)
	for _, o := range others {
		r.part(o, &axis, 2)
	}
	return r.out
}

// parseJSONExport reads the first JSON value of text into an element
// tree; what follows the value (a signature under a paste) is ignored.
func parseJSONExport(text string) (*xmlNode, error) {
	d := json.NewDecoder(strings.NewReader(text))
	d.UseNumber()
	holder := &xmlNode{name: "document"}
	tok, err := d.Token()
	if err != nil {
		return nil, fmt.Errorf("reading JSON export: %w", err)
	}
	if err := jsonValue(d, tok, holder, "document", 0); err != nil {
		return nil, fmt.Errorf("reading JSON export: %w", err)
	}
	if len(holder.children) == 1 && len(holder.attrs) == 0 {
		return holder.children[0], nil
	}
	return holder, nil
}

// jsonValue reads the value that starts with tok as the member key of
// parent: a scalar becomes an attribute, an object a child element, an
// array a child element holding its entries. An array of fiches or axes
// gives its entries to parent directly, as an XML export nests them.
func jsonValue(d *json.Decoder, tok json.Token, parent *xmlNode, key string, depth int) error {
	if depth > maxJSONDepth {
		return fmt.Errorf("nested deeper than %d values", maxJSONDepth)
	}
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			n := &xmlNode{name: key}
			parent.children = append(parent.children, n)
			return jsonObject(d, n, depth)
		case '[':
			list := &xmlNode{name: key}
			if err := jsonArray(d, list, key, depth); err != nil {
				return err
			}
			spliced := false
			for _, c := range list.children {
				spliced = spliced || c.isFiche() || c.isAxis()
			}
			if spliced {
				parent.children = append(parent.children, list.children...)
			} else if len(list.children) > 0 {
				parent.children = append(parent.children, list)
			}
			return nil
		}
		return fmt.Errorf("unexpected %v", v)
	case nil:
		return nil
	default:
		s := strings.TrimSpace(fmt.Sprint(v))
		if s == "" {
			return nil
		}
		parent.attrs = append(parent.attrs, xml.Attr{Name: xml.Name{Local: key}, Value: s})
		return nil
	}
}

// jsonObject reads an object's members into n, up to its closing brace.
func jsonObject(d *json.Decoder, n *xmlNode, depth int) error {
	for {
		tok, err := d.Token()
		if err != nil {
			return jsonEOF(err)
		}
		if tok == json.Delim('}') {
			return nil
		}
		key, ok := tok.(string)
		if !ok {
			return errors.New("object key is no string")
		}
		val, err := d.Token()
		if err != nil {
			return jsonEOF(err)
		}
		if err := jsonValue(d, val, n, key, depth+1); err != nil {
			return err
		}
	}
}

// jsonArray reads an array's entries as children of list named key: a
// scalar entry is a child holding its text, as "<partenaire>CAF
// </partenaire>" would be.
func jsonArray(d *json.Decoder, list *xmlNode, key string, depth int) error {
	for {
		tok, err := d.Token()
		if err != nil {
			return jsonEOF(err)
		}
		if tok == json.Delim(']') {
			return nil
		}
		if _, ok := tok.(json.Delim); ok {
			if err := jsonValue(d, tok, list, key, depth+1); err != nil {
				return err
			}
			continue
		}
		if tok == nil {
			continue
		}
		if s := strings.TrimSpace(fmt.Sprint(tok)); s != "" {
			list.children = append(list.children, &xmlNode{name: key, text: s})
		}
	}
}

// jsonEOF names an export cut short.
func jsonEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("export cut short: %w", io.ErrUnexpectedEOF)
	}
	return err
}

// jsonPlan returns the element that holds the plan and the elements
// beside it: an export often wraps the plan ("schema") beside the tool's
// own record of the export ("export": tool, user, date).
func jsonPlan(root *xmlNode) (*xmlNode, []*xmlNode) {
	var others []*xmlNode
	for depth := 0; depth < maxJSONDepth && root.title() == "" && !root.isFiche() && !root.isAxis(); depth++ {
		var holder *xmlNode
		count := 0
		for _, c := range root.children {
			if holdsFiche(c, 0) {
				holder = c
				count++
			}
		}
		if count != 1 || holder.isFiche() || holder.isAxis() {
			break
		}
		for _, c := range root.children {
			if c != holder {
				others = append(others, c)
			}
		}
		root = holder
	}
	return root, others
}

// holdsFiche reports whether an element or one under it is a fiche.
func holdsFiche(n *xmlNode, depth int) bool {
	if depth > maxJSONDepth {
		return false
	}
	if n.isFiche() {
		return true
	}
	for _, c := range n.children {
		if holdsFiche(c, depth+1) {
			return true
		}
	}
	return false
}
