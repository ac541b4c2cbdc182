#!/bin/sh
# Search benchmark: start time with the shipped guide, index build of about 10,000 generated sections, per-question
# latency p50/p99 single-threaded (whole search with the question's embedding, and the lexical part alone).
# Usage (from the repository root): bench/search.sh [GUIDES [BUILDS]]; GUIDES generated guides of nine sections
# (default 1,112, about 10,000 sections; 0 measures the start only), BUILDS timed rebuilds (default 3).
# The first run embeds the generated corpus once (about a minute per 1,000 sections on two cores);
# vectors are cached in $SEARCH_CACHE (default data/embeddings), so later runs reuse them.
# BENCH_OPTS=-Dbench.lexicalOnly=true bench/search.sh 1112 0: the lexical part alone on about 10,000 sections, over
# stand-in passage vectors instead of embedding the corpus.
# BENCH_OPTS=-Dbench.moreGuides=src/test/resources/search/multi-guide/guides bench/search.sh 50 2: the shipped guide
# and the multi-guide fixtures as they are, then variants of them up to 50 guides; also times a reload after one
# guide's text is edited and prints the memory the passage vectors take.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
java ${BENCH_OPTS:-} -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp target/career-coach.jar:target/test-classes \
    careercoach.bench.SearchBench index-data src/main/resources/search/tuning-questions.tsv "$@"
