#!/usr/bin/env bash
# This bot and the Bolt-JS peer side by side on loopback: one fake Slack Web API, one load generator, the same
# signed requests; prints one table (p50/p99/p99.9 at 100, 300, 1,000 req/s and at saturation, errors, peak RSS,
# and the ratio). Workloads: "/career skills", then the mix (see bench/README.md).
#
# Usage: bench/side-by-side.sh [--quick] [--soak SECONDS] [--only java|peer] [--workloads skills,mix]
#                              [--rates 100,300,1000] [--seconds S] [--connections N] [--profile FILE.jfr [--profile-at 100,300,max]]
#                              [--java-flags "FLAGS"] [--vs-flags "FLAGS"] [--vs-jar JAR] [--distinct-questions]
#   --vs-flags: this bot with other JVM flags instead of the peer, to compare flags in one run.
#   --vs-jar: this bot against another build of it (say, the jar before a change) instead of the peer.
#   full run about 10 minutes, --quick about 3, --soak 600 ten minutes (this bot alone, mix at 200 req/s).
# Environment: PEER_DIR (the peer's app.js; default ../shared/peer-boltjs, else /work/shared/peer-boltjs),
#   BENCH_NODE_MODULES (where @slack/bolt 5.1.0 is installed; default a cache dir under $TMPDIR),
#   BENCH_CDS=no (start this bot without the class-data archive target/career-coach-bench.jsa),
#   JAVA_FLAGS (this bot's JVM flags; default: src/main/jvm/jvm.options, those of README's run command; "" for none).
set -euo pipefail
cd "$(dirname "$0")/.."

# The JVM flags of README's run command: a small-container footprint (chosen in bench/README.md).
JAVA_FLAGS="${JAVA_FLAGS-$(grep -v '^#' src/main/jvm/jvm.options | tr '\n' ' ')}"

# "--only java" (and a soak) needs no peer.
NEEDS_PEER=yes
args=" $* "
[[ "$args" == *" --only java "* || "$args" == *" --soak"* || "$args" == *" --vs-flags"* || "$args" == *" --vs-jar"* ]] && NEEDS_PEER=no

if [[ $NEEDS_PEER == yes && -z "${PEER_DIR:-}" ]]; then
  for candidate in ../shared/peer-boltjs /work/shared/peer-boltjs; do
    [[ -f "$candidate/app.js" ]] && PEER_DIR="$candidate" && break
  done
fi
[[ $NEEDS_PEER == no || -f "${PEER_DIR:-}/app.js" ]] || { echo "side-by-side: set PEER_DIR to the directory of the peer's app.js" >&2; exit 2; }
PEER_DIR="${PEER_DIR:-.}"
SEED="$PEER_DIR/../seed/backend-engineering-lead-microservices.txt"

if [[ ! -f target/career-coach.jar || ! -f target/test-classes/careercoach/bench/SideBySide.class ]]; then
  mvn -B -q package -DskipTests
fi

# The peer's one dependency, installed once into a cache outside the repository (never into the peer's directory).
NODE_CACHE="${BENCH_NODE_MODULES:-${TMPDIR:-/tmp}/career-coach-bench-peer}"
if [[ $NEEDS_PEER == yes && ! -f "$NODE_CACHE/node_modules/@slack/bolt/package.json" ]]; then
  mkdir -p "$NODE_CACHE"
  (cd "$NODE_CACHE" && npm install --silent --no-audit --no-fund @slack/bolt@5.1.0)
fi

# A class-data archive for a faster start, made on the first run after each build (BENCH_CDS=no: none). Not the
# build's target/career-coach.jsa: that one serves README's command (the jar by its relative path from here), and
# the benchmark starts the jar by its absolute path.
CDS_ARGS=()
if [[ "${BENCH_CDS:-yes}" == yes ]]; then
  [[ target/career-coach.jar -nt target/career-coach-bench.jsa ]] && rm -f target/career-coach-bench.jsa
  CDS_ARGS=(--cds target/career-coach-bench.jsa)
fi

# The generator's JVM: a fixed heap, so it does not compete for memory; it shares the two cores with the bots.
exec java -Xms256m -Xmx256m -XX:+UseParallelGC -Dsun.net.httpserver.nodelay=true -cp target/career-coach.jar:target/test-classes \
  careercoach.bench.SideBySide --java-flags "$JAVA_FLAGS" --peer-app "$PEER_DIR/app.js" --seed "$SEED" \
  --node-modules "$NODE_CACHE/node_modules" "${CDS_ARGS[@]}" "$@"
