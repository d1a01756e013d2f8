#!/usr/bin/env python3
"""The score against human judgement on the development data (docs/eval.md, "The score").

Usage: scripts/score_eval.py target/release/slant [extra slant batch args, e.g. --config F]

Runs `slant batch --format jsonl` over BABE, PTC and BASIL dev (../shared/eval, never copied
here) and prints: ROC AUC of score.total for BABE biased vs not and "Entirely factual" vs the
two opinionated labels; Spearman of score.total with PTC Loaded_Language spans per 100 words;
BASIL orderings within an event (a stronger author feeling toward any main entity should score
higher; a left or right article above the centre one); the article type by BABE label.
"""
import json, subprocess, sys, math, collections
BIN = sys.argv[1]; EXTRA = sys.argv[2:]
import os
EV = os.environ.get('SLANT_EVAL', '../shared/eval') + '/'

def run(path):
    out = subprocess.run([BIN, 'batch', path, '--format', 'jsonl', '--no-progress', '--fields', 'score,findings,density,article-type'] + (EXTRA if '--config' in EXTRA else ['--isolated'] + EXTRA),
                         capture_output=True, text=True).stdout
    res = {}
    for line in out.splitlines():
        o = json.loads(line)
        if 'score' not in o: continue
        res[str(o['source'])] = o
    return res

def auc(pos, neg):
    if not pos or not neg: return float('nan')
    s = 0.0
    allv = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    # rank-based
    ranks = {}
    i = 0
    vals = [v for v, _ in allv]
    r = [0.0] * len(allv)
    while i < len(allv):
        j = i
        while j < len(allv) and vals[j] == vals[i]: j += 1
        for k in range(i, j): r[k] = (i + j + 1) / 2
        i = j
    rp = sum(r[k] for k in range(len(allv)) if allv[k][1] == 1)
    return (rp - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))

def spearman(x, y):
    def rank(v):
        o = sorted(range(len(v)), key=lambda i: v[i]); r = [0.0] * len(v); i = 0
        while i < len(o):
            j = i
            while j < len(o) and v[o[j]] == v[o[i]]: j += 1
            for k in range(i, j): r[o[k]] = (i + j + 1) / 2
            i = j
        return r
    a, b = rank(x), rank(y); n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((p - ma) * (q - mb) for p, q in zip(a, b))
    return cov / math.sqrt(sum((p - ma) ** 2 for p in a) * sum((q - mb) ** 2 for q in b))

def load(name):
    return [json.loads(l) for l in open(EV + name) if l.strip()]

out = {}
# BABE
babe = load('babe_sentences_dev.jsonl'); res = run(EV + 'babe_sentences_dev.jsonl')
sc = [res[str(r['id'])]['score']['total'] for r in babe]
pos = [s for s, r in zip(sc, babe) if r['biased']]; neg = [s for s, r in zip(sc, babe) if not r['biased']]
out['babe_biased_auc'] = auc(pos, neg)
op = [s for s, r in zip(sc, babe) if r['label_opinion'] in ('Somewhat factual but also opinionated', 'Expresses writer’s opinion')]
fa = [s for s, r in zip(sc, babe) if r['label_opinion'] == 'Entirely factual']
out['babe_opinion_auc'] = auc(op, fa)
types = collections.Counter()
for i, r in enumerate(babe):
    t = (res[str(r['id'])].get('article_type') or {}).get('type')
    types[(r['label_opinion'][:12], t)] += 1
out['babe_types'] = {f'{a} -> {b}': c for (a, b), c in sorted(types.items(), key=str)}
# PTC
ptc = load('ptc_loaded_dev.jsonl'); res = run(EV + 'ptc_loaded_dev.jsonl')
xs, ys = [], []
for i, r in enumerate(ptc):
    words = len((r['headline'] + ' ' + r['body']).split())
    ys.append(100 * len(r['loaded_spans']) / max(words, 1)); xs.append(res[str(r['id'])]['score']['total'])
out['ptc_spearman'] = spearman(xs, ys)
# BASIL
basil = load('basil_articles_dev.jsonl'); res = run(EV + 'basil_articles_dev.jsonl')
S = {'str-neg': 2, 'neg': 1, 'neu': 0, 'pos': 1, 'str-pos': 2}
ev = collections.defaultdict(list)
for i, r in enumerate(basil):
    strength = max(S.get(v, 0) for v in r['author_feelings'].values())
    ev[r['main_event'] + r['id'].split('_')[0]].append((strength, res[str(r['id'])]['score']['total'], r['relative_stance']))
ok = tot = 0; ok2 = tot2 = 0
ev2 = collections.defaultdict(list)
for k, v in ev.items(): ev2[k.split('_')[0][-36:]].extend(v)
okm = totm = 0
for arts in ev.values():
    for a in arts:
        for b in arts:
            if a[0] > b[0]: totm += 1; okm += a[1] > b[1]
out['basil_feelings_by_main_event'] = f'{okm}/{totm}'
ev = collections.defaultdict(list)
for i, r in enumerate(basil):
    strength = max(S.get(v, 0) for v in r['author_feelings'].values())
    ev[r['id'].split('_')[0]].append((strength, res[str(r['id'])]['score']['total'], r['relative_stance']))
for arts in ev.values():
    for a in arts:
        for b in arts:
            if a[0] > b[0]:
                tot += 1; ok += a[1] > b[1]
            # stance: the centre article should score below left/right ones
            if a[2] != 'center' and b[2] == 'center':
                tot2 += 1; ok2 += a[1] > b[1]
out['basil_feelings_by_event'] = f'{ok}/{tot}'
out['basil_stance'] = f'{ok2}/{tot2}'
print(json.dumps(out, indent=1, ensure_ascii=False))
