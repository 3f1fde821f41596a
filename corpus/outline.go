package corpus

import (
	"strings"
)

// A mind-mapping or outlining tool exports its tree as text, one node a
// line, indented by one tab a level: the schéma at the root, its axes,
// fiches and glossary as branches, and within a fiche each field a node
// ("Pilote") with its values one level deeper. The parser reads headings,
// labels and bullets, not depths; unfoldOutline writes the tree in those
// terms.

// minOutlineNodes is how many nodes a text must have before its indentation
// is read as a tree: a few indented lines are quotations or addresses.
const minOutlineNodes = 12

// outlineNode is one line of an outline: its depth and its text.
type outlineNode struct {
	depth int
	text  string
}

// unfoldOutline returns lines rewritten as headings, labels and bullets
// when they are an outline indented by tabs, and lines unchanged
// otherwise. A node with branches under it is a heading of its depth; a
// node whose children are all leaves is a label, its children the items
// under it, or "label : value" when there is one child; a leaf under a
// heading is a line of its own.
func unfoldOutline(lines []string) []string {
	nodes, ok := readOutline(lines)
	if !ok {
		return lines
	}
	out := make([]string, 0, len(nodes)+len(nodes)/4)
	for i, n := range nodes {
		children := childrenOf(nodes, i)
		switch {
		case len(children) == 0:
			if parentHeads(nodes, i) {
				out = append(out, n.text)
			}
		case isHeading(nodes, i, children):
			out = append(out, "", strings.Repeat("#", min(n.depth+1, 6))+" "+n.text, "")
		case len(children) == 1 && !strings.Contains(n.text, ":") && !strings.Contains(nodes[children[0]].text, ":"):
			out = append(out, n.text+" : "+nodes[children[0]].text)
		default:
			out = append(out, n.text)
			for _, c := range children {
				out = append(out, "- "+nodes[c].text)
			}
		}
	}
	return out
}

// readOutline reads lines as an outline: one root at depth 0 opening the
// text, every other line indented by tabs alone, no line more than one
// level deeper than the one before it, and at least three levels.
func readOutline(lines []string) ([]outlineNode, bool) {
	var nodes []outlineNode
	deepest := 0
	for _, l := range lines {
		text := strings.TrimRight(l, " \t")
		if strings.TrimSpace(text) == "" {
			continue
		}
		body := strings.TrimLeft(text, "\t")
		depth := len(text) - len(body)
		if strings.ContainsRune(body, '\t') || strings.HasPrefix(body, " ") {
			return nil, false
		}
		if len(nodes) == 0 && depth != 0 || len(nodes) > 0 && (depth == 0 || depth > nodes[len(nodes)-1].depth+1) {
			return nil, false
		}
		deepest = max(deepest, depth)
		nodes = append(nodes, outlineNode{depth: depth, text: strings.TrimSpace(body)})
	}
	return nodes, len(nodes) >= minOutlineNodes && deepest >= 3
}

// childrenOf returns the indexes of node i's children.
func childrenOf(nodes []outlineNode, i int) []int {
	var out []int
	for j := i + 1; j < len(nodes) && nodes[j].depth > nodes[i].depth; j++ {
		if nodes[j].depth == nodes[i].depth+1 {
			out = append(out, j)
		}
	}
	return out
}

// allLeaves reports children none of which has children of its own.
func allLeaves(nodes []outlineNode, children []int) bool {
	for _, c := range children {
		if c+1 < len(nodes) && nodes[c+1].depth > nodes[c].depth {
			return false
		}
	}
	return true
}

// parentHeads reports a leaf whose parent is written as a heading, so that
// the leaf is not already written as its parent's item or value.
func parentHeads(nodes []outlineNode, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if nodes[j].depth < nodes[i].depth {
			return isHeading(nodes, j, childrenOf(nodes, j))
		}
	}
	return true
}

// isHeading reports a node written as a heading: a branch near the root,
// a node with branches under it, or one whose leaves are fields of their
// own ("Pilote : Service ASE" under a fiche).
func isHeading(nodes []outlineNode, i int, children []int) bool {
	if len(children) == 0 {
		return false
	}
	if nodes[i].depth <= 1 || !allLeaves(nodes, children) {
		return true
	}
	for _, c := range children {
		if k, _ := labelKind(nodes[c].text); k != fNone && strings.Contains(nodes[c].text, ":") {
			return true
		}
	}
	return false
}
