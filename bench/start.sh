#!/usr/bin/env bash
# Start to ready of this bot on a restart (warm embedding cache, existing database), timed to /readyz answering 200;
# right after ready a command and a DM question are sent and timed. One first start on empty data, then N restarts.
# Usage: bench/start.sh [--restarts 5] [--cds yes|build|no] [--jar A.jar] [--vs-jar B.jar] [--java-flags "FLAGS"]
#   --vs-jar: a second jar started in turn with the first (A, B, A, B, ...): a before and an after in one run.
#   --cds yes: each jar's first start makes its archive; build: target/career-coach.jar with the archive mvn package
#   made for README's command (run as README runs it); no: none. Default flags: src/main/jvm/jvm.options. About 10 s a restart.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/career-coach.jar || ! -f target/test-classes/careercoach/bench/StartBench.class ]]; then
  mvn -B -q package -DskipTests
fi
JAVA_FLAGS="${JAVA_FLAGS-$(grep -v '^#' src/main/jvm/jvm.options | tr '\n' ' ')}"
exec java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp target/career-coach.jar:target/test-classes \
  careercoach.bench.StartBench --java-flags "$JAVA_FLAGS" "$@"
