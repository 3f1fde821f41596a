package main

import (
	"os"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

// Docker is not available to CI: compose.yaml is read as data and checked
// against what the Dockerfile and the binary expect.
func TestComposeFile(t *testing.T) {
	data, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Services map[string]struct {
			Command     []string          `yaml:"command"`
			EnvFile     string            `yaml:"env_file"`
			Environment map[string]string `yaml:"environment"`
			Volumes     []string          `yaml:"volumes"`
			Ports       []string          `yaml:"ports"`
			Healthcheck struct {
				Test []string `yaml:"test"`
			} `yaml:"healthcheck"`
			ReadOnly bool `yaml:"read_only"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	s, ok := c.Services["schemabot"]
	if !ok {
		t.Fatal("no schemabot service")
	}
	if !slices.Equal(s.Command, []string{"serve"}) || s.EnvFile != ".env" {
		t.Errorf("command %v, env_file %q; want serve with the tokens from .env", s.Command, s.EnvFile)
	}
	if s.Environment["SCHEMABOT_DATA"] != "/data" || !slices.Contains(s.Volumes, "schemabot-data:/data") {
		t.Errorf("the state must live on the schemabot-data volume at /data: %v %v", s.Environment, s.Volumes)
	}
	if _, ok := c.Volumes["schemabot-data"]; !ok {
		t.Error("the schemabot-data volume is not declared")
	}
	if !slices.Equal(s.Healthcheck.Test, []string{"CMD", "/usr/local/bin/schemabot", "healthcheck"}) {
		t.Errorf("health check %v, want the binary's healthcheck command", s.Healthcheck.Test)
	}
	for _, p := range s.Ports {
		if len(p) < 10 || p[:10] != "127.0.0.1:" {
			t.Errorf("port %q is published beyond this machine", p)
		}
	}
	if !s.ReadOnly {
		t.Error("the container's file system should be read-only (the state is on the volume)")
	}
	for k := range s.Environment {
		if k == "SLACK_BOT_TOKEN" || k == "MATTERMOST_TOKEN" || k == "LLM_API_KEY" {
			t.Errorf("%s in compose.yaml: tokens belong in .env", k)
		}
	}
}
