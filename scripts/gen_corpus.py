#!/usr/bin/env python3
"""Generate a deterministic corpus of invented news articles, for benchmarks.

    scripts/gen_corpus.py OUT_DIR [--scale N] [--seed S] [--articles N]

At scale 1 it writes 2,000 article files (about 10 MB) into section folders under OUT_DIR:
mostly plain text, with Markdown (front matter), HTML pages and JSON files mixed in, plus one
JSONL feed per section holding 100 more articles in all, one per line. About a third are
written with slanted headlines and loaded words in the body, the rest in neutral wire style.
`--scale 10` writes ten times as much. The same seed always gives the same bytes.

Everything is invented: the towns, people, organisations and events are made up from word
lists below.
"""

import argparse
import json
import os
import random
import sys

ARTICLES_PER_SCALE = 2000
TARGET_BYTES = 5300  # per article, roughly: 2,100 articles ≈ 10 MB

SECTIONS = ["politics", "business", "health", "education", "transport", "environment", "world", "city"]
TOWNS = ["Lindqvist", "Eastwick", "Port Amsel", "Harwood", "Kellan Bay", "Marrow", "Santa Olmo",
         "Brightwater", "Novy Brod", "Tamsin", "Oakridge", "Velmar", "Duncairn", "Ostrava Nova"]
FIRST = ["Anna", "Tomas", "Maria", "Jonah", "Priya", "Kwame", "Elena", "Farid", "Ines", "Hugo",
         "Leila", "Oskar", "Mei", "Rafael", "Sofia", "Daniel", "Amara", "Lukas", "Noor", "Pavel"]
LAST = ["Berg", "Osei", "Lindgren", "Moreau", "Okafor", "Novak", "Santos", "Kowalski", "Haddad",
        "Fischer", "Tanaka", "Mensah", "Ruiz", "Petrov", "Alvarez", "Nakamura", "Brandt", "Costa"]
ROLES = ["the mayor", "the finance minister", "the health minister", "a council member",
         "the union leader", "the company's chief executive", "the school board chair",
         "an opposition spokesperson", "the transport commissioner", "a regional governor"]
ORGS = ["the town council", "the regional government", "the rail operator", "the teachers' union",
        "the central bank", "the hospital trust", "the port authority", "the water utility",
        "the environment agency", "the chamber of commerce", "the housing association"]
TOPICS = {
    "politics": ["the budget", "the election timetable", "the coalition agreement", "the tax plan"],
    "business": ["the merger", "quarterly profits", "the factory closure", "the wage talks"],
    "health": ["hospital waiting lists", "the vaccine programme", "the clinic closures", "nurse staffing"],
    "education": ["the school calendar", "exam results", "teacher pay", "the new curriculum"],
    "transport": ["the ferry plan", "the rail timetable", "the bridge repairs", "bus fares"],
    "environment": ["the flood defences", "the river clean-up", "the wind farm", "air quality"],
    "world": ["the trade agreement", "the border talks", "the ceasefire", "the aid package"],
    "city": ["the harbour wall", "the housing plan", "the library closure", "the night market"],
}
NEUTRAL_VERBS = ["said", "told reporters", "said in a statement", "told a news conference", "wrote"]
NEUTRAL_HEADLINES = [
    "{Org} Approves {Topic} After Vote",
    "{Town} Council Delays Decision on {Topic}",
    "{Role} Outlines Plan for {Topic}",
    "Talks on {Topic} Continue in {Town}",
    "{Org} Publishes Report on {Topic}",
    "Vote on {Topic} Set for Next Week",
]
SLANTED_HEADLINES = [
    "Hardline {Role} Slams Critics as {Topic} Collapses in Chaos",
    "{Org}'s Desperate Plea on {Topic} Falls on Deaf Ears",
    "Radical {Topic} Sparks Outrage Among Furious Residents",
    "{Role} Blasts Shocking Report on {Topic}",
    "Disgraceful {Topic} Fiasco Leaves {Town} Reeling",
    "{Org} Caves In on {Topic} After Humiliating Defeat",
]
NEUTRAL_SENTENCES = [
    "{Org} voted {a} to {b} on {day} to approve {topic}.",
    "The plan would cost about {n} million euros over {k} years, according to {org}.",
    "{Name}, {role}, {verb} that work would begin in {month}.",
    "\"We have looked at every option,\" {name} {verb}.",
    "Officials expect a final decision on {topic} by {month}.",
    "The proposal was first presented in {month} last year and has been revised twice since.",
    "A public consultation on {topic} received {n} responses, {org} said.",
    "{Name} {verb} that the figures would be published on {day}.",
    "Residents will be able to comment on the plan until the end of {month}.",
    "The last comparable project in {town} took {k} years to complete.",
    "{Org} said it would publish a new timetable in the spring.",
    "Two members voted against the plan, saying the cost should be shared with {org}.",
]
SLANTED_SENTENCES = [
    "Unfortunately, residents will probably face higher costs next year.",
    "{Name} slammed the decision as a disgrace, in a furious outburst on {day}.",
    "The so-called reform has been a shocking failure from the start.",
    "Critics say the embattled {role2} refused to answer questions about {topic}.",
    "The hardline stance of {org} has clearly left the project in chaos.",
    "It is a staggering blow to {town}, and it probably won't be the last.",
    "{Org} admitted that the notorious scheme had spiralled out of control.",
    "Opponents blasted the radical plan, which they called a reckless gamble.",
    "The humiliating climbdown leaves {name} isolated and increasingly desperate.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def title_case(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


def fill(template, rng, section):
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role = rng.choice(ROLES)
    org = rng.choice(ORGS)
    topic = rng.choice(TOPICS[section])
    values = {
        "name": name, "Name": name, "role": role, "role2": role.replace("the ", "").replace("a ", ""),
        "Role": title_case(role.replace("the ", "").replace("a ", "")),
        "org": org, "Org": org[:1].upper() + org[1:], "topic": topic, "Topic": title_case(topic.replace("the ", "")),
        "town": rng.choice(TOWNS), "Town": rng.choice(TOWNS), "verb": rng.choice(NEUTRAL_VERBS),
        "day": rng.choice(DAYS), "month": rng.choice(MONTHS),
        "a": rng.randint(5, 12), "b": rng.randint(0, 4), "n": rng.randint(2, 900), "k": rng.randint(2, 9),
    }
    out = template.format(**values)
    return out[:1].upper() + out[1:]


def article(rng, section):
    slanted = rng.random() < 0.35
    headline = fill(rng.choice(SLANTED_HEADLINES if slanted else NEUTRAL_HEADLINES), rng, section)
    paragraphs = []
    size = 0
    while size < TARGET_BYTES * rng.uniform(0.7, 1.3):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            pool = SLANTED_SENTENCES if slanted and rng.random() < 0.3 else NEUTRAL_SENTENCES
            sentences.append(fill(rng.choice(pool), rng, section))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return headline, paragraphs


def as_text(headline, paragraphs):
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def as_markdown(headline, paragraphs, rng):
    return ("---\ntitle: " + json.dumps(headline) + f"\ndate: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n---\n\n"
            + "\n\n".join(paragraphs) + "\n")


def as_html(headline, paragraphs):
    body = "\n".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;')}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{headline} | The Invented Gazette</title></head>\n"
            f"<body><nav><a href=\"/\">Home</a></nav>\n<article>\n<h1>{headline}</h1>\n{body}\n</article>\n"
            "<footer>© The Invented Gazette</footer></body></html>\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write into (created)")
    parser.add_argument("--scale", type=int, default=1, help="multiply the size (default 1: 2,000 articles, ~10 MB)")
    parser.add_argument("--seed", type=int, default=20250601)
    parser.add_argument("--articles", type=int, help="write this many article files instead (a small corpus to try a script on)")
    args = parser.parse_args()
    if args.scale < 1:
        sys.exit("--scale must be at least 1")

    rng = random.Random(args.seed)
    total = args.articles if args.articles else ARTICLES_PER_SCALE * args.scale
    in_feeds = total // 20
    feeds = {s: [] for s in SECTIONS}
    written = 0
    for i in range(total + in_feeds):
        section = SECTIONS[i % len(SECTIONS)]
        folder = os.path.join(args.out, section, f"{(i // 500):03d}")
        headline, paragraphs = article(rng, section)
        if i >= total:
            feeds[section].append({"id": f"{section}-feed-{i:06d}", "headline": headline, "body": paragraphs})
            continue
        kind = rng.random()
        if kind < 0.70:
            name, text = f"{i:06d}.txt", as_text(headline, paragraphs)
        elif kind < 0.85:
            name, text = f"{i:06d}.md", as_markdown(headline, paragraphs, rng)
        elif kind < 0.95:
            name, text = f"{i:06d}.html", as_html(headline, paragraphs)
        else:
            name, text = f"{i:06d}.json", json.dumps({"title": headline, "text": paragraphs}, ensure_ascii=False) + "\n"
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        written += len(text.encode("utf-8"))
    for section, records in feeds.items():
        if not records:
            continue
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        with open(os.path.join(args.out, section, "feed.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            f.write(lines)
        written += len(lines.encode("utf-8"))
    print(f"{total} article files and {in_feeds} JSONL records, {written / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
