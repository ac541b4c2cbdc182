#!/usr/bin/env bash
# Load benchmark: signed "/career skills" commands against the real server on loopback, at a fixed rate.
# Usage: bench/load.sh [RATE=300] [SECONDS=20]
# Prints throughput and p50/p90/p99 latency. The server and the load generator share this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

RATE="${1:-300}"
SECONDS_TO_RUN="${2:-20}"
PORT="${BENCH_PORT:-3917}"
FAKE_API_PORT="${BENCH_FAKE_API_PORT:-3918}"
SECRET="bench-signing-secret"
# Its own database and embeddings cache: a server run from the README holds ./data (H2 opens a file in one process).
BENCH_DATA="$(mktemp -d "${TMPDIR:-/tmp}/career-coach-bench.XXXXXX")"

if [[ ! -f target/career-coach.jar || ! -f target/test-classes/careercoach/bench/CommandLoad.class ]]; then
  mvn -B -q package -DskipTests
fi

# The generator serves the fake Slack Web API (the server calls auth.test at start), then waits for /readyz.
java -Xmx256m -cp target/career-coach.jar:target/test-classes careercoach.bench.CommandLoad \
  --url "http://127.0.0.1:${PORT}/slack/events" --secret "$SECRET" \
  --rate "$RATE" --seconds "$SECONDS_TO_RUN" --warmup 5 --fake-api-port "$FAKE_API_PORT" &
LOAD_PID=$!
SERVER_PID=""
trap 'kill $LOAD_PID $SERVER_PID 2>/dev/null; wait 2>/dev/null || true; rm -rf "$BENCH_DATA"' EXIT

for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:${FAKE_API_PORT}/" && break
  sleep 0.2
done

SLACK_BOT_TOKEN="xoxb-bench" SLACK_SIGNING_SECRET="$SECRET" \
SLACK_API_URL="http://127.0.0.1:${FAKE_API_PORT}/api/" PORT="$PORT" \
DATABASE_URL="jdbc:h2:file:${BENCH_DATA}/career-coach;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
SEARCH_CACHE="${BENCH_DATA}/embeddings" \
  java -Xmx512m -jar target/career-coach.jar serve > target/bench-server.log 2>&1 &
SERVER_PID=$!

wait "$LOAD_PID"
