#!/bin/sh
# Search quality by kind of question. Usage (from the repository root):
#   bench/quality.sh --cross-validate 5 src/main/resources/search/tuning-questions.tsv   # the tuning set, honestly
#   bench/quality.sh src/test/resources/search/heldout-questions.tsv                     # the held-out set
# Several guides side by side (the shipped ones and a folder of more), expectations as guide-id:section-id:
#   bench/quality.sh --guides src/test/resources/search/multi-guide/guides src/test/resources/search/multi-guide/heldout-questions.tsv
#   bench/quality.sh --guides src/test/resources/search/multi-guide/guides --leave-one-guide-out src/test/resources/search/multi-guide/heldout-questions.tsv
#   bench/quality.sh --dialogues src/test/resources/search/multi-guide/tuning-dialogues.tsv  # follow-ups in a thread
# Add -v to list the misses (never on a held-out file), --rrf to fuse by reciprocal rank instead of normalised
# scores, --shuffle SEED to cross-validate over another split of the set into folds.
set -e
cd "$(dirname "$0")/.."
# The test class path, as the compiler was given it (works offline, with no plugin beyond the build's own).
mkdir -p target
mvn -B -X test-compile > target/quality-build.log 2>&1 || { tail -20 target/quality-build.log; exit 1; }
CP=$(sed -n 's/^\[DEBUG\]   (f) testPath = \[\(.*\)\]$/\1/p' target/quality-build.log | tr -d ' ' | tr ',' ':')
main=careercoach.bench.SearchQuality
case " $* " in *" --dialogues "*) main=careercoach.bench.DialogueQuality ;; esac
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" "$main" "$@"
