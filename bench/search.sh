#!/bin/sh
# Search benchmark: start time with the shipped guide, index build of about 10,000 generated sections, per-question
# latency p50/p99 single-threaded (whole search with the question's embedding, and the lexical part alone).
# Usage: bench/search.sh   (from the repository root). The first run embeds the generated corpus once (minutes);
# vectors are cached in $SEARCH_CACHE (default data/embeddings), so later runs reuse them.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
java -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp target/career-coach.jar:target/test-classes \
    careercoach.bench.SearchBench index-data src/main/resources/search/tuning-questions.tsv
