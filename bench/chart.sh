#!/usr/bin/env bash
# Render time of the progress chart (PNG and alt text), one render at a time after a warm-up.
# Usage: bench/chart.sh [SKILL_AREAS=12] [WARMUP=300] [RUNS=1000]. About 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/test-classes/careercoach/bench/ChartBench.class ]]; then
  mvn -B -q test-compile
fi
exec java -Djava.awt.headless=true -Xmx256m -cp target/classes:target/test-classes careercoach.bench.ChartBench "$@"
