# syntax=docker/dockerfile:1
# schemabot: a static binary with the shipped schémas and the prompts
# embedded (go:embed), run as a non-root user, its state on a volume.
#
#   docker build -t schemabot --build-arg VERSION=v1.0.0 .
#   docker run -d --name schemabot --env-file .env -v schemabot-data:/data schemabot
#
# cmd/schemabot/docker_test.go builds the binary with this file's build
# command and environment, and runs its entry point and health check.

ARG GO_VERSION=1.26.8

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
# Dependencies first: a change in the code does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The version printed by `schemabot version`; without it, the module version
# and the commit the go command reads from .git.
ARG VERSION=""
ENV CGO_ENABLED=0 GOFLAGS=-mod=mod
RUN go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" -o /out/schemabot ./cmd/schemabot
# The volume's mount point, owned by the runtime user so that a new named
# volume starts writable.
RUN mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/schemabot /usr/local/bin/schemabot
COPY --from=build --chown=65532:65532 /out/data /data
# One directory for the index and the state; /healthz and /metrics listen on
# every interface of the container (publish the port only where needed);
# JSON logs for the collector.
ENV SCHEMABOT_DATA=/data \
    SCHEMABOT_OPS_ADDR=0.0.0.0:9464 \
    SCHEMABOT_LOG_FORMAT=json
USER 65532:65532
VOLUME ["/data"]
EXPOSE 9464
# The image has no shell nor curl: the binary probes its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/usr/local/bin/schemabot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/schemabot"]
CMD ["serve"]
