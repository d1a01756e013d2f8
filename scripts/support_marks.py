#!/usr/bin/env python3
"""Headline-support marks of slant, per article and per editor verdict.

    python3 scripts/support_marks.py BIN ARTICLES_DIR [FEEDBACK]

Runs `BIN audit FILE --format json` on every file of ARTICLES_DIR and prints each headline word
marked unsupported or contradicted (clause words and evaluative terms), then the totals. With
FEEDBACK (tab-separated lines: article, status, term, verdict, reason; the editor panel's
format), prints instead, for every line, the status the word has now. Measures only: nothing
here is read by slant.
"""

import collections
import json
import os
import subprocess
import sys


def marks(binary, path):
    out = subprocess.run([binary, "audit", path, "--format", "json"],
                         capture_output=True, text=True).stdout
    support = json.loads(out).get("support") or {}
    found = []
    for c in support.get("clauses", []):
        for key, status in (("unsupported_words", "unsupported"),
                            ("contradicted_words", "contradicted"),
                            ("supported_words", "supported")):
            found += [("clause", status, w) for w in c.get(key, [])]
    found += [("term", t["status"], t["text"]) for t in support.get("terms", [])]
    return found


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    if len(sys.argv) > 3:
        for line in open(sys.argv[3], encoding="utf-8"):
            article, status, term, verdict = line.rstrip("\n").split("\t")[:4]
            now = sorted({f"{src}:{s}" for src, s, w in marks(binary, os.path.join(folder, article))
                          if w.lower() == term.lower() or term.lower() in w.lower().split()})
            print(f"{article}\t{term}\t{status}\t{verdict}\t{','.join(now) or 'not flagged'}")
        return
    totals = collections.Counter()
    for name in sorted(os.listdir(folder)):
        seen = set()
        for src, status, word in marks(binary, os.path.join(folder, name)):
            if status in ("unsupported", "contradicted") and (word, status) not in seen:
                seen.add((word, status))
                totals[status] += 1
                print(f"{name}\t{status}\t{word}\t{src}")
    print(dict(totals))


if __name__ == "__main__":
    main()
