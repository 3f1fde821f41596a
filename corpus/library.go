package corpus

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed docs/*.md
var shipped embed.FS

// Library is the set of documents the bot answers from.
type Library struct {
	Docs []*Document
}

// Doc returns the document with the given id, or nil.
func (l *Library) Doc(id string) *Document {
	for _, d := range l.Docs {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// Shipped returns the raw files of the default corpus, by file name.
func Shipped() fs.FS {
	sub, err := fs.Sub(shipped, "docs")
	if err != nil {
		panic(err) // the embedded directory is fixed at build time
	}
	return sub
}

// LoadDefault parses the documents shipped in the binary.
func LoadDefault() (*Library, error) {
	return LoadFS(Shipped(), ".")
}

// LoadFS parses every .md and .txt file of dir in fsys (not recursively).
func LoadFS(fsys fs.FS, dir string) (*Library, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("read corpus directory %s: %w", dir, err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	lib := &Library{}
	for _, e := range entries {
		ext := strings.ToLower(path.Ext(e.Name()))
		if e.IsDir() || (ext != ".md" && ext != ".txt") {
			continue
		}
		p := path.Join(dir, e.Name())
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		doc, err := Parse(strings.TrimSuffix(e.Name(), path.Ext(e.Name())), p, data)
		if err != nil {
			return nil, err
		}
		lib.Docs = append(lib.Docs, doc)
	}
	if len(lib.Docs) == 0 {
		return nil, fmt.Errorf("no .md or .txt document in %s", dir)
	}
	return lib, nil
}
