#!/usr/bin/env python3
"""Splits question files once into a tuning part and a held-out part, half of each kind, with a fixed seed.

usage: split-questions.py TUNING_OUT HELDOUT_OUT FILE...   (each FILE starts with a "# kind: NAME" line)
The held-out part is never looked at while tuning; only its totals are reported.
"""
import random, sys

tuning_out, heldout_out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
header = ("# question<TAB>acceptable sections (guide backend-engineering-lead-microservices), first = best;"
          " \"-\" = out of scope: the bot must say it has no answer.\n"
          "# Written from the guide's source text, apart from the code; \"# kind:\" lines group them.\n")
parts = {tuning_out: [header], heldout_out: [header]}
rng = random.Random(20261128)
for name in files:
    lines = open(name, encoding="utf-8").read().splitlines()
    kind, rows = lines[0], [l for l in lines[1:] if l.strip()]
    rng.shuffle(rows)
    half = len(rows) // 2
    for out, chosen in ((tuning_out, rows[:half]), (heldout_out, rows[half:])):
        parts[out].append(kind + "\n" + "".join(r + "\n" for r in sorted(chosen)))
for out, chunks in parts.items():
    open(out, "w", encoding="utf-8").write("".join(chunks))
