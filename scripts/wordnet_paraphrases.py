#!/usr/bin/env python3
"""Builds paraphrase sets from Princeton WordNet 3.0 for slant's headline-support check.

    python3 scripts/wordnet_paraphrases.py [--wordnet /usr/share/wordnet] [--out FILE]
                                           [--synonyms | --full]

Reads the WordNet database files (Debian package `wordnet-base`, /usr/share/wordnet) and
writes a `kind = "paraphrases"` lexicon, by default lexicons/paraphrases/wordnet.toml.

The default is the compact set the pack ships: irregular forms of common verbs and nouns that
the stemmer cannot join to their base (brought/bring, went/go, feet/foot), from WordNet's
exception lists (verb.exc, noun.exc), for bases tagged at least MIN_INFLECTED_FREQ times in
WordNet's concordance (cntlist.rev); auxiliaries are left out, and so is every form that is a
common word of its own ("ground", "left", "born") or that a hand-written set already holds.
About 135 sets: loading them costs nothing measurable. `--synonyms` adds, for common words,
the synonyms of their first sense (too loose for the pack: "make" = "do").

`--full` writes the earlier, broad output: one [[set]] per synset whose words mean the same in
their common sense (27,000 sets, about 1.2 s to load). Precision first, because a paraphrase
set counts as the body saying what the headline says:

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
# The compact set (the default): irregular forms of words tagged at least MIN_INFLECTED_FREQ
# times in WordNet's concordance, and first-sense synonyms among common words.
MIN_INFLECTED_FREQ = 10
MIN_SYNONYM_FREQ = 50
MIN_MEMBER_FREQ = 10
MAX_HOMOGRAPH_FREQ = 5
POS_NAMES = ("noun", "verb", "adj", "adv")
# Auxiliaries and light verbs: their forms are function words, in every sentence.
FUNCTION_VERBS = {"be", "have", "do", "can", "will", "may", "shall", "get", "let"}

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
            text = f.read()
            if text.startswith("# Paraphrase sets generated from Princeton WordNet"):
                continue  # a generated file, not a hand-written one
            for term in re.findall(r'"([^"\n]+)"', text):
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


def lemma_frequencies(wordnet):
    """How often each (lemma, part of speech) is tagged in WordNet's semantic concordance, summed
    over its senses (cntlist.rev): the measure of a word's commonness."""
    pos_of = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}
    freq = {}
    with open(os.path.join(wordnet, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, _sense, count = line.split()
            lemma, rest = key.split("%", 1)
            pos = pos_of.get(rest[0])
            if pos:
                freq[(lemma, pos)] = freq.get((lemma, pos), 0) + int(count)
    return freq


def is_regular(form, base):
    """Whether the stemmer joins `form` to `base` anyway (a regular inflection)."""
    stems = {base, base[:-1] if base.endswith("e") else base, base[:-1] if base.endswith("y") else base}
    endings = ("s", "es", "ed", "d", "ing", "ied", "ies", "er", "est", "r", "st")
    for stem in stems:
        for end in endings:
            if form == stem + end or (len(stem) > 2 and form == stem + stem[-1] + end):
                return True
    return False


def inflection_sets(wordnet, freq, taken):
    """Irregular forms of common verbs and nouns that the stemmer cannot join to their base
    ("caught" catch, "thrown" throw, "children" child), from WordNet's exception lists."""
    forms = {}
    for name in ("verb", "noun"):
        with open(os.path.join(wordnet, name + ".exc"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                form, base = parts[0], parts[1]
                if not (form.isalpha() and base.isalpha()) or base in FUNCTION_VERBS:
                    continue
                if freq.get((base, name), 0) < MIN_INFLECTED_FREQ or is_regular(form, base):
                    continue
                # A form that is a common word of its own ("ground", "left", "born") would
                # join unrelated senses; a form written by hand is already placed.
                if any(freq.get((form, p), 0) >= MAX_HOMOGRAPH_FREQ for p in POS_NAMES):
                    continue
                if form in taken:
                    continue
                forms.setdefault((name, base), []).append(form)
    return [
        (f"wn-forms-{name}-{base}", [base] + sorted(set(f for f in fs if f != base)))
        for (name, base), fs in sorted(forms.items())
        if any(f != base for f in fs)
    ]


def common_synonym_sets(wordnet, freq, taken):
    """Synonyms in their most common sense among common words: for each word tagged at least
    MIN_SYNONYM_FREQ times, its first synset, with the other words of that synset whose own
    first sense it is and that are tagged at least MIN_MEMBER_FREQ times."""
    sets = []
    for name, pos in POS:
        first = {}
        with open(os.path.join(wordnet, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
                offsets = parts[6 + p_cnt:6 + p_cnt + synset_cnt]
                if offsets:
                    first.setdefault(offsets[0], set()).add(lemma)
        for offset, words in synsets(wordnet, name, {o: w for o, w in first.items()}):
            terms = []
            for w in words:
                lemma = w.lower()
                if any(c.isupper() or c.isdigit() for c in w) or "_" in w or "'" in w:
                    continue
                if lemma in taken or lemma in terms or freq.get((lemma, name), 0) < MIN_MEMBER_FREQ:
                    continue
                terms.append(lemma)
            if len(terms) >= MIN_WORDS and max(freq.get((t, name), 0) for t in terms) >= MIN_SYNONYM_FREQ:
                sets.append((f"wn-{pos}-{offset}", terms[:MAX_WORDS]))
    return sets


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(root, "lexicons", "paraphrases", "wordnet.toml"))
    parser.add_argument("--full", action="store_true",
                        help="every synset of each word's first two senses (slow to load)")
    parser.add_argument("--synonyms", action="store_true",
                        help="add first-sense synonyms among common words to the compact set")
    args = parser.parse_args()
    taken = hand_written_words(root, args.out)
    if not args.full:
        freq = lemma_frequencies(args.wordnet)
        sets = inflection_sets(args.wordnet, freq, taken)
        description = "Irregular forms of common verbs and nouns from WordNet 3.0"
        if args.synonyms:
            sets += common_synonym_sets(args.wordnet, freq, taken)
            description = "Irregular forms and common first-sense synonyms from WordNet 3.0"
        write(args.out, sorted(sets), description)
        return
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
    write(args.out, sets, "Synonym sets from WordNet 3.0, first two senses of each word")


def write(path, sets, description):
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Paraphrase sets generated from Princeton WordNet 3.0 by\n")
        out.write("# scripts/wordnet_paraphrases.py: do not edit by hand; rerun the script.\n")
        out.write("# Hand-written sets (the other files here) take precedence: their words are left out.\n#\n")
        out.write(LICENCE)
        out.write('\n[lexicon]\nname = "paraphrases-wordnet"\nkind = "paraphrases"\n')
        out.write(f'description = "{description}"\n')
        for name, terms in sets:
            quoted = ", ".join('"' + t + '"' for t in terms)
            out.write(f'\n[[set]]\nname = "{name}"\nterms = [{quoted}]\n')
    print(f"{path}: {len(sets)} sets", file=sys.stderr)


if __name__ == "__main__":
    main()
