#!/bin/sh
# Search benchmark: index build time and per-question latency (p50/p99) on 1,000 generated guides.
# Usage: bench/search.sh   (from the repository root; takes about a minute)
set -e
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp target/career-coach.jar:target/test-classes \
    careercoach.bench.SearchBench index-data src/test/resources/search/questions.tsv
