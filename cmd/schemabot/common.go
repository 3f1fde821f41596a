package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"schemabot/bot"
	"schemabot/bot/llm"
	"schemabot/corpus"
	"schemabot/retrieval"
)

// commonFlags are the flags every command that reads the documents shares.
type commonFlags struct {
	corpusDir string
	dataDir   string
}

// addCommon declares --corpus and --data on fs, defaulting to the
// SCHEMABOT_CORPUS and SCHEMABOT_DATA environment variables.
func addCommon(fs *flag.FlagSet, env *Env) *commonFlags {
	c := &commonFlags{}
	fs.StringVar(&c.corpusDir, "corpus", env.Getenv("SCHEMABOT_CORPUS"),
		"directory of .md/.txt/.pdf schémas to use instead of the shipped ones (env SCHEMABOT_CORPUS)")
	fs.StringVar(&c.dataDir, "data", env.Getenv("SCHEMABOT_DATA"),
		"directory for the index and the bot's state (env SCHEMABOT_DATA; default: the user cache directory)")
	return c
}

// library loads the configured documents.
func (c *commonFlags) library(ctx context.Context) (*corpus.Library, error) {
	if c.corpusDir == "" {
		return corpus.LoadDefault()
	}
	return corpus.LoadPath(ctx, c.corpusDir)
}

// data returns the data directory: --data, SCHEMABOT_DATA, or the user
// cache directory.
func (c *commonFlags) data() (string, error) {
	if c.dataDir != "" {
		return c.dataDir, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no data directory: set SCHEMABOT_DATA or --data (%w)", err)
	}
	return filepath.Join(dir, "schemabot"), nil
}

// engine loads the documents and opens the answering engine, building the
// index on first use.
func (c *commonFlags) engine(ctx context.Context, env *Env, extra ...bot.EngineOption) (*bot.Engine, error) {
	lib, err := c.library(ctx)
	if err != nil {
		return nil, err
	}
	dir, err := c.data()
	if err != nil {
		return nil, err
	}
	emb, err := embedderFromEnv(env.Getenv)
	if err != nil {
		return nil, err
	}
	opts := []bot.EngineOption{bot.WithIndexDir(dir), bot.WithEmbedder(emb)}
	if strings.TrimSpace(env.Getenv("SCHEMABOT_TODAY")) != "" {
		d, err := asOf(env, "")
		if err != nil {
			return nil, err
		}
		opts = append(opts, bot.WithToday(func() time.Time { return d }))
	}
	llmCfg, enabled, err := llm.ConfigFromEnv(env.Getenv)
	if err != nil {
		return nil, err
	}
	if enabled {
		opts = append(opts, bot.WithGenerator(llm.New(llmCfg, llm.WithLogger(slog.Default()))))
	}
	return bot.NewEngine(ctx, lib, append(opts, extra...)...)
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
			return retrieval.Embedder{}, fmt.Errorf("SCHEMABOT_EMBEDDER=%s needs SCHEMABOT_EMBED_URL (e.g. https://api.openai.com/v1) and SCHEMABOT_EMBED_MODEL", kind)
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
			return retrieval.Embedder{}, fmt.Errorf("SCHEMABOT_EMBEDDER=ollama needs SCHEMABOT_EMBED_MODEL (e.g. nomic-embed-text)")
		}
		return retrieval.OllamaEmbedder(url, model), nil
	}
	return retrieval.Embedder{}, fmt.Errorf("SCHEMABOT_EMBEDDER must be hash, openai or ollama, not %q", kind)
}
