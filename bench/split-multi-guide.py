#!/usr/bin/env python3
"""Splits the multi-guide question and dialogue files once into a tuning part and a held-out part, half of each kind.

usage: split-multi-guide.py [DIR]   (default: src/test/resources/search/multi-guide)

Reads DIR/by-kind/*.tsv, each starting with a "# kind: NAME" line: files named dialogues-*.tsv hold two-turn
dialogues (first question, second message, expected), the others single questions (question, expected). Writes
DIR/tuning-questions.tsv, DIR/heldout-questions.tsv, DIR/tuning-dialogues.tsv and DIR/heldout-dialogues.tsv.
Each kind is shuffled with its own fixed seed (the seed and the kind's name), so the split is the same on every run
and adding a kind leaves the other kinds' halves as they were; an odd row goes to the held-out half.
The held-out part is never looked at while tuning; only its totals are reported.
"""
import os, random, sys

SEED = 20261128
GUIDES = ("guides backend-engineering-lead-microservices (index-data/guides) and data-engineering-lead,"
          " mobile-engineering-lead-ios-android, staff-engineer-platform, qa-test-automation-lead,"
          " engineering-manager-platform-team (guides/ here), indexed side by side")
HEADERS = {
    "questions": (
        "# question<TAB>acceptable guide-id:section-id, first = best; \"-\" = the bot must say it has no answer.\n"
        "# Over the " + GUIDES + ".\n"
        "# Written from the guides' text, apart from the code; \"# kind:\" lines group them. See README.md.\n"),
    "dialogues": (
        "# first question<TAB>second message<TAB>acceptable guide-id:section-id for the second, first = best;"
        " \"-\" = no answer.\n"
        "# Over the " + GUIDES + ".\n"
        "# Written from the guides' text, apart from the code; \"# kind:\" lines group them. See README.md.\n"),
}


def split(directory):
    by_kind = os.path.join(directory, "by-kind")
    parts = {(what, half): [HEADERS[what]] for what in HEADERS for half in ("tuning", "heldout")}
    for name in sorted(os.listdir(by_kind)):
        if not name.endswith(".tsv"):
            continue
        what = "dialogues" if name.startswith("dialogues-") else "questions"
        lines = open(os.path.join(by_kind, name), encoding="utf-8").read().splitlines()
        if not lines or not lines[0].startswith("# kind: "):
            sys.exit(name + ": the first line must be \"# kind: NAME\"")
        kind, rows = lines[0], [line for line in lines[1:] if line.strip() and not line.startswith("#")]
        columns = 3 if what == "dialogues" else 2
        for row in rows:
            if len(row.split("\t")) != columns:
                sys.exit(name + ": not " + str(columns) + " tab-separated columns: " + row)
        random.Random(str(SEED) + ":" + kind).shuffle(rows)
        half = len(rows) // 2
        for which, chosen in (("tuning", rows[:half]), ("heldout", rows[half:])):
            parts[(what, which)].append(kind + "\n" + "".join(row + "\n" for row in sorted(chosen)))
    for (what, which), chunks in parts.items():
        with open(os.path.join(directory, which + "-" + what + ".tsv"), "w", encoding="utf-8") as out:
            out.write("".join(chunks))


if __name__ == "__main__":
    split(sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/search/multi-guide")
