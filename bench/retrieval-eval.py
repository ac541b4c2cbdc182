#!/usr/bin/env python3
"""Scores the bot's search against a question set.

usage: bench/retrieval-eval.py QUESTIONS.tsv [--cmd "java -jar target/career-coach.jar"] [--min-r1 0.85] [--min-reject 0.9] [-v]

Runs `<cmd> search --json --batch FILE` once (FILE holds one question a line) and reads one JSON object
a line back, in question order: {"query": str, "answered": bool, "hits": [{"guide": str, "section": str, ...}]}.
Positive questions score Recall@1, Recall@3 and MRR on the section of each hit (answered=false scores 0);
out-of-scope questions ("-") must come back with answered=false. Exits 1 when a threshold is missed.
"# kind: NAME" lines group the questions that follow; figures by kind are printed when there are several.
The last line printed is the summary.
"""
import argparse, json, shlex, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("questions")
ap.add_argument("--cmd", default="java -jar target/career-coach.jar")
ap.add_argument("--min-r1", type=float, default=0.0)
ap.add_argument("--min-reject", type=float, default=0.0)
ap.add_argument("-v", action="store_true")
a = ap.parse_args()

rows = []
kinds = []
kind = "all"
for line in open(a.questions, encoding="utf-8"):
    if line.startswith("# kind:"):
        kind = line.split(":", 1)[1].strip()
    if not line.strip() or line.startswith("#"):
        continue
    q, exp = line.rstrip("\n").split("\t")
    rows.append((q, None if exp.strip() == "-" else [s.strip() for s in exp.split(",")]))
    kinds.append(kind)

with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write("\n".join(q for q, _ in rows) + "\n")
    batch = f.name
out = subprocess.run(shlex.split(a.cmd) + ["search", "--json", "--batch", batch],
                     capture_output=True, text=True, timeout=300)
if out.returncode != 0:
    print(out.stderr[-2000:], file=sys.stderr)
    print(f"FAIL: search exited {out.returncode}")
    sys.exit(1)
answers = [json.loads(l) for l in out.stdout.splitlines() if l.strip().startswith("{")]
if len(answers) != len(rows):
    print(f"FAIL: {len(rows)} questions but {len(answers)} JSON lines")
    sys.exit(1)

r1 = r3 = rr = npos = rejected = nneg = 0
by_kind = {}
for (q, exp), ans, kind in zip(rows, answers, kinds):
    sections = [h.get("section") for h in ans.get("hits", [])] if ans.get("answered") else []
    if exp is None:
        nneg += 1
        ok = not ans.get("answered")
        rejected += ok
        k = by_kind.setdefault(kind, [0, 0])
        k[0] += ok
        k[1] += 1
        if a.v and not ok:
            print(f"  answered out-of-scope: {q!r} -> {sections[:3]}")
        continue
    npos += 1
    rank = next((i + 1 for i, s in enumerate(sections) if s in exp), None)
    r1 += rank == 1
    k = by_kind.setdefault(kind, [0, 0])
    k[0] += rank == 1
    k[1] += 1
    r3 += rank is not None and rank <= 3
    rr += 1 / rank if rank else 0
    if a.v and rank != 1:
        print(f"  miss@1: {q!r} want {exp} got {sections[:3]}")

if len(by_kind) > 1:
    print("by kind (right first, or rejected when out of scope / asked): "
          + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in by_kind.items()))
R1, R3, MRR = r1 / npos, r3 / npos, rr / npos
REJ = rejected / nneg if nneg else 1.0
ok = R1 >= a.min_r1 and REJ >= a.min_reject
print(f"{'ok' if ok else 'FAIL'}: recall@1={R1:.2f} recall@3={R3:.2f} mrr={MRR:.2f} "
      f"out-of-scope rejected={REJ:.2f} ({npos} in scope, {nneg} out of scope)")
sys.exit(0 if ok else 1)
