#!/bin/sh
# Search quality by kind of question. Usage (from the repository root):
#   bench/quality.sh --cross-validate 5 src/main/resources/search/tuning-questions.tsv   # the tuning set, honestly
#   bench/quality.sh src/test/resources/search/heldout-questions.tsv                     # the held-out set
#   bench/quality.sh --dialogues src/test/resources/search/multi-guide/tuning-dialogues.tsv  # follow-ups in a thread
# Add -v to list the misses (never on a held-out file), --rrf to fuse by reciprocal rank instead of normalised
# scores, --shuffle SEED to cross-validate over another split of the set into folds.
set -e
cd "$(dirname "$0")/.."
mvn -B -o -q -DskipTests package
main=careercoach.bench.SearchQuality
case " $* " in *" --dialogues "*) main=careercoach.bench.DialogueQuality ;; esac
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp target/career-coach.jar:target/test-classes \
    "$main" "$@"
