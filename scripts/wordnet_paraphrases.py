#!/usr/bin/env python3
"""Builds paraphrase sets from Princeton WordNet 3.0 for slant's headline-support check.

    python3 scripts/wordnet_paraphrases.py [--wordnet /usr/share/wordnet] [--out FILE]

Reads the WordNet database files (Debian package `wordnet-base`, /usr/share/wordnet) and
writes a `kind = "paraphrases"` lexicon: one [[set]] per synset whose words mean the same in
their common sense. Precision first, because a paraphrase set counts as the body saying what
the headline says:

- only verbs, adjectives and nouns, and only a word's first two senses (WordNet orders senses
  by frequency in its tagged corpus), so "fight" joins "feud" in their common sense and not in
  a rare one;
- synsets of 2 to 8 words, each of one or two lower-case words (no names);
- hand-written sets take precedence: a word already in a set under lexicons/paraphrases/
  (other than this file) is left out of every generated set, and a set left with fewer than
  two words is dropped.

The output carries WordNet's licence notice, as its licence requires. Output is sorted and
deterministic: the same WordNet gives the same file.
"""

import argparse
import os
import re
import sys

POS = [("verb", "v"), ("adj", "a"), ("noun", "n")]
MAX_SENSE = 2
MIN_WORDS, MAX_WORDS = 2, 8

LICENCE = """\
# WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license. By obtaining, using and/or copying this
# software and database, you agree that you have read, understood, and will comply with these
# terms and conditions.: Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or royalty is hereby granted,
# provided that you agree to comply with the following copyright notice and statements,
# including the disclaimer, and that the same appear on ALL copies of the software, database
# and documentation, including modifications that you make for internal use or for
# distribution. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""


def hand_written_words(root, out_path):
    """Every term of the hand-written paraphrase sets, lower-cased."""
    words = set()
    folder = os.path.join(root, "lexicons", "paraphrases")
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".toml") or os.path.abspath(path) == os.path.abspath(out_path):
            continue
        with open(path, encoding="utf-8") as f:
            for term in re.findall(r'"([^"\n]+)"', f.read()):
                words.add(term.lower())
    return words


def first_senses(wordnet, pos):
    """Synset offsets that are among the first senses of some word: offset -> words."""
    keep = {}
    with open(os.path.join(wordnet, "index." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[6 + p_cnt:6 + p_cnt + synset_cnt]
            for offset in offsets[:MAX_SENSE]:
                keep.setdefault(offset, set()).add(lemma)
    return keep


def synsets(wordnet, pos, keep):
    """(offset, words) of the kept synsets, words in WordNet order."""
    with open(os.path.join(wordnet, "data." + pos), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split(" ")
            offset = parts[0]
            if offset not in keep:
                continue
            count = int(parts[3], 16)
            words = []
            for i in range(count):
                word = re.sub(r"\(.*\)$", "", parts[4 + 2 * i])
                words.append(word)
            # Only the words whose own first senses include this synset.
            yield offset, [w for w in words if w.lower() in keep[offset]]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(root, "lexicons", "paraphrases", "wordnet.toml"))
    args = parser.parse_args()
    taken = hand_written_words(root, args.out)
    sets = []
    for name, pos in POS:
        keep = first_senses(args.wordnet, name)
        for offset, words in synsets(args.wordnet, name, keep):
            terms = []
            for w in words:
                if any(c.isupper() or c.isdigit() for c in w) or w.count("_") > 1:
                    continue
                term = w.replace("_", " ")
                if term in taken or term in terms or "'" in term or "." in term:
                    continue
                terms.append(term)
            if MIN_WORDS <= len(terms) <= MAX_WORDS:
                sets.append((f"wn-{pos}-{offset}", terms))
    sets.sort()
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Paraphrase sets generated from Princeton WordNet 3.0 by\n")
        out.write("# scripts/wordnet_paraphrases.py: do not edit by hand; rerun the script.\n")
        out.write("# Hand-written sets (the other files here) take precedence: their words are left out.\n#\n")
        out.write(LICENCE)
        out.write('\n[lexicon]\nname = "paraphrases-wordnet"\nkind = "paraphrases"\n')
        out.write('description = "Synonym sets from WordNet 3.0, first two senses of each word"\n')
        for name, terms in sets:
            quoted = ", ".join('"' + t + '"' for t in terms)
            out.write(f'\n[[set]]\nname = "{name}"\nterms = [{quoted}]\n')
    print(f"{args.out}: {len(sets)} sets", file=sys.stderr)


if __name__ == "__main__":
    main()
