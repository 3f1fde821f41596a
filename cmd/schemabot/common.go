package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"schemabot/bot/answer"
	"schemabot/bot/llm"
	"schemabot/bot/state"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// commonFlags are the flags every command that reads the documents shares.
type commonFlags struct {
	corpusDir string
	dataDir   string
	getenv    func(string) string
}

// addCommon declares --corpus and --data on fs, defaulting to the
// SCHEMABOT_CORPUS and SCHEMABOT_DATA environment variables.
func addCommon(fs *flag.FlagSet, env *Env) *commonFlags {
	c := &commonFlags{getenv: env.Getenv}
	fs.StringVar(&c.corpusDir, "corpus", env.Getenv("SCHEMABOT_CORPUS"),
		"directory of .md/.txt/.pdf schémas to use instead of the shipped ones (env SCHEMABOT_CORPUS)")
	fs.StringVar(&c.dataDir, "data", env.Getenv("SCHEMABOT_DATA"),
		"directory for the index and the bot's state (env SCHEMABOT_DATA; default: index in the user cache directory, state in the user data directory)")
	return c
}

// library loads the configured documents.
func (c *commonFlags) library(ctx context.Context) (*corpus.Library, error) {
	if c.corpusDir == "" {
		return corpus.LoadDefault()
	}
	return corpus.LoadPath(ctx, c.corpusDir)
}

// cacheDir returns where the search index lives: --data or SCHEMABOT_DATA
// when set, else the user cache directory. The index is a cache: it is
// rebuilt from the documents when lost.
func (c *commonFlags) cacheDir() (string, error) {
	if c.dataDir != "" {
		return c.dataDir, nil
	}
	dir, err := userDir(c.getenv, "XDG_CACHE_HOME", ".cache", os.UserCacheDir)
	if err != nil {
		return "", failWith(err, "noCacheDir")
	}
	return filepath.Join(dir, "schemabot"), nil
}

// data returns where the bot's state (done marks, digest log, feedback)
// lives: --data or SCHEMABOT_DATA when set, else the user data directory
// ($XDG_DATA_HOME/schemabot, ~/.local/share/schemabot). State is data, not
// cache: a cache cleaner must not erase it. A store left in the cache
// directory by an earlier version is moved there.
func (c *commonFlags) data() (string, error) {
	if c.dataDir != "" {
		return c.dataDir, nil
	}
	dir, err := userDir(c.getenv, "XDG_DATA_HOME", filepath.Join(".local", "share"), os.UserConfigDir)
	if err != nil {
		return "", failWith(err, "noDataDir")
	}
	dir = filepath.Join(dir, "schemabot")
	if old, err := c.cacheDir(); err == nil && old != dir {
		if err := migrateState(old, dir); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// userDir returns the base directory named by the XDG variable xdg, else
// $HOME/fallback on the systems that follow XDG; macOS, Windows and Plan 9
// have their own place, which other returns.
func userDir(getenv func(string) string, xdg, fallback string, other func() (string, error)) (string, error) {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		return other()
	}
	// The XDG specification says a relative path is invalid and ignored.
	if d := getenv(xdg); d != "" && filepath.IsAbs(d) {
		return d, nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		home = h
	}
	return filepath.Join(home, fallback), nil
}

// stateFiles are the store's file and SQLite's companions, which must move
// with it.
var stateFiles = []string{state.FileName, state.FileName + "-wal", state.FileName + "-shm"}

// migrateState moves the state store from the directory an earlier version
// used (the cache) to dir, when dir has none yet. It never overwrites: a
// store in both places is left alone, the new one used.
func migrateState(oldDir, dir string) error {
	oldPath, newPath := state.Path(oldDir), state.Path(dir)
	if _, err := os.Stat(newPath); err == nil || !errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if _, err := os.Stat(oldPath); err != nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return failWith(err, "mkdirData")
	}
	// The companions first, the store last: a move cut short leaves no
	// store without its journal in the new place.
	for i := len(stateFiles) - 1; i >= 0; i-- {
		from, to := filepath.Join(oldDir, stateFiles[i]), filepath.Join(dir, stateFiles[i])
		if _, err := os.Stat(from); errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err := moveFile(from, to); err != nil {
			return failWith(err, "moveState", oldDir, dir)
		}
	}
	slog.Info("state store moved from the cache directory to the data directory", "from", oldPath, "to", newPath)
	return nil
}

// moveFile renames from to to, copying when they are on different file
// systems (a cache on tmpfs).
func moveFile(from, to string) error {
	err := os.Rename(from, to)
	if err == nil {
		return nil
	}
	var linkErr *os.LinkError
	if !errors.As(err, &linkErr) {
		return err
	}
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to+".tmp", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(to+".tmp", to)
	}
	if err != nil {
		_ = os.Remove(to + ".tmp")
		return err
	}
	return os.Remove(from)
}

// engine loads the documents and opens the answering engine, building the
// index on first use.
func (c *commonFlags) engine(ctx context.Context, env *Env, extra ...answer.EngineOption) (*answer.Engine, error) {
	lib, err := c.library(ctx)
	if err != nil {
		return nil, err
	}
	dir, err := c.cacheDir()
	if err != nil {
		return nil, err
	}
	emb, err := embedderFromEnv(env.Getenv)
	if err != nil {
		return nil, err
	}
	opts := []answer.EngineOption{answer.WithIndexDir(dir), answer.WithEmbedder(emb)}
	if strings.TrimSpace(env.Getenv("SCHEMABOT_TODAY")) != "" {
		d, err := asOf(env, "")
		if err != nil {
			return nil, err
		}
		opts = append(opts, answer.WithToday(func() time.Time { return d }))
	}
	llmCfg, enabled, err := llm.ConfigFromEnv(env.Getenv)
	if err != nil {
		return nil, err
	}
	if enabled {
		opts = append(opts, answer.WithGenerator(llm.New(llmCfg, llm.WithLogger(slog.Default()))))
	}
	eng, err := answer.NewEngine(ctx, lib, append(opts, extra...)...)
	if err != nil {
		return nil, failWith(err, "indexOpen", dir)
	}
	return eng, nil
}

// embedderFromEnv chooses the embedder: SCHEMABOT_EMBEDDER=hash (default,
// offline), openai (any OpenAI-compatible endpoint) or ollama.
func embedderFromEnv(getenv func(string) string) (retrieval.Embedder, error) {
	kind := strings.ToLower(strings.TrimSpace(getenv("SCHEMABOT_EMBEDDER")))
	url, model := getenv("SCHEMABOT_EMBED_URL"), getenv("SCHEMABOT_EMBED_MODEL")
	switch kind {
	case "", "hash", "offline":
		return retrieval.HashEmbedder(), nil
	case "openai", "openai-compatible", "mistral", "albert", "vllm":
		if url == "" || model == "" {
			return retrieval.Embedder{}, fail("embedNeedsURL", kind)
		}
		key := getenv("SCHEMABOT_EMBED_API_KEY")
		if key == "" {
			key = getenv("LLM_API_KEY")
		}
		return retrieval.OpenAIEmbedder(url, key, model), nil
	case "ollama":
		if url == "" {
			url = "http://localhost:11434/api"
		}
		if model == "" {
			return retrieval.Embedder{}, fail("embedNeedsModel")
		}
		return retrieval.OllamaEmbedder(url, model), nil
	}
	return retrieval.Embedder{}, fail("embedKind", kind)
}
