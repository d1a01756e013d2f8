//! The team's paired corpus, driven through the real binary.
//!
//! `corpus/pairs/` holds the same story told twice by the team: once neutrally, with attributed
//! sources, and once slanted, with loaded headline words, headline claims the body does not
//! back and a headline that ignores the body's countervailing facts. The scores must rank the
//! two the right way by a clear margin, not by rounding noise.
//!
//! `corpus/wire/` holds plain agency copy. It is the false-positive check: in the outlet's own
//! voice, a wire story should almost never carry a strong evaluative term.

use assert_cmd::Command;
use serde_json::Value;

/// The stories in `corpus/pairs/`, each as `<topic>-neutral.txt` and `<topic>-slanted.txt`.
const TOPICS: &[&str] = &[
    "trade-deal",
    "council-vote",
    "nurses-strike",
    "court-ruling",
    "health-study",
    "election-debate",
    "factory-leak",
];

/// The plain agency stories in `corpus/wire/`.
const WIRE: &[&str] = &["central-bank-rates", "coastal-storm", "quarterly-earnings"];

/// How far apart (in score points, 0–100) a slanted telling must rank above its neutral twin.
const MIN_MARGIN: f64 = 10.0;

/// The weight from which an outlet-voice term counts as a strong claim (docs/scoring.md §7).
const STRONG_WEIGHT: f64 = 0.8;

/// The most a wire story may have of its sentences carrying a strong outlet-voice term.
const MAX_WIRE_FLAG_SHARE: f64 = 0.15;

fn audit(path: &str) -> Value {
    let out = Command::cargo_bin("slant")
        .expect("the binary is built")
        .args(["audit", path, "--format", "json", "--isolated"])
        .output()
        .expect("runs");
    // Exit code 1 means "findings above the threshold", which is still a report.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{path}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{path}: JSON output: {e}"))
}

fn score(report: &Value) -> f64 {
    report["score"]["total"].as_f64().expect("score.total")
}

fn headline_density(report: &Value) -> f64 {
    report["density"]["headline"]
        .as_f64()
        .expect("density.headline")
}

/// Body sentence spans, rebuilt from the sentence spans the report lists (omissions, sourcing
/// and headline-support evidence all carry `sentence` and `span`).
fn known_sentence_spans(report: &Value) -> Vec<(u64, u64, u64)> {
    let mut spans = Vec::new();
    let mut collect = |item: &Value| {
        if let (Some(n), Some(start), Some(end)) = (
            item["sentence"].as_u64(),
            item["span"]["start"].as_u64(),
            item["span"]["end"].as_u64(),
        ) {
            spans.push((n, start, end));
        }
    };
    for key in ["unsourced_claims", "speculation"] {
        report["sourcing"][key]
            .as_array()
            .into_iter()
            .flatten()
            .for_each(&mut collect);
    }
    report["omissions"]["omissions"]
        .as_array()
        .into_iter()
        .flatten()
        .for_each(&mut collect);
    for clause in report["support"]["clauses"]
        .as_array()
        .into_iter()
        .flatten()
    {
        clause["evidence"]
            .as_array()
            .into_iter()
            .flatten()
            .for_each(&mut collect);
    }
    spans.sort_unstable();
    spans.dedup();
    spans
}

/// Share of body sentences holding at least one outlet-voice loaded term of weight ≥ 0.8.
///
/// Findings carry byte spans but no sentence index, so each strong finding is placed in a
/// sentence through the sentence spans the report lists; a finding outside every listed span
/// is counted as its own sentence, which can only over-count. The denominator is
/// `sourcing.sentences`.
fn strong_outlet_flag_share(report: &Value) -> (f64, Vec<String>) {
    let sentences = report["sourcing"]["sentences"]
        .as_u64()
        .expect("sourcing.sentences");
    assert!(sentences > 0, "no body sentences");
    let spans = known_sentence_spans(report);
    let mut flagged: Vec<String> = Vec::new();
    let mut hit: Vec<(u64, u64)> = Vec::new();
    for f in report["findings"].as_array().expect("findings") {
        let strong = f["kind"] == "loaded-term"
            && f["location"] == "body"
            && f["voice"] == "outlet"
            && !f["suppressed"].as_bool().unwrap_or(false)
            && f["weight"].as_f64().unwrap_or(0.0) >= STRONG_WEIGHT;
        if !strong {
            continue;
        }
        let start = f["span"]["start"].as_u64().expect("span.start");
        let end = f["span"]["end"].as_u64().expect("span.end");
        let sentence = spans
            .iter()
            .find(|(_, s, e)| *s <= start && end <= *e)
            .map_or((start, end), |(_, s, e)| (*s, *e));
        if !hit.contains(&sentence) {
            hit.push(sentence);
        }
        flagged.push(f["text"].as_str().unwrap_or_default().to_string());
    }
    (hit.len() as f64 / sentences as f64, flagged)
}

fn check_pair(topic: &str) {
    let neutral = audit(&format!("corpus/pairs/{topic}-neutral.txt"));
    let slanted = audit(&format!("corpus/pairs/{topic}-slanted.txt"));
    let (n, s) = (score(&neutral), score(&slanted));
    assert!(
        s >= n + MIN_MARGIN,
        "{topic}: slanted {s} should score at least {MIN_MARGIN} above neutral {n}"
    );
    let (nd, sd) = (headline_density(&neutral), headline_density(&slanted));
    assert!(
        sd > nd,
        "{topic}: slanted headline density {sd} should exceed neutral {nd}"
    );
}

#[test]
fn pair_trade_deal_ranks_slanted_above_neutral() {
    check_pair("trade-deal");
}

#[test]
fn pair_council_vote_ranks_slanted_above_neutral() {
    check_pair("council-vote");
}

#[test]
fn pair_nurses_strike_ranks_slanted_above_neutral() {
    check_pair("nurses-strike");
}

#[test]
fn pair_court_ruling_ranks_slanted_above_neutral() {
    check_pair("court-ruling");
}

#[test]
fn pair_health_study_ranks_slanted_above_neutral() {
    check_pair("health-study");
}

#[test]
fn pair_election_debate_ranks_slanted_above_neutral() {
    check_pair("election-debate");
}

#[test]
fn pair_factory_leak_ranks_slanted_above_neutral() {
    check_pair("factory-leak");
}

#[test]
fn every_pair_in_the_folder_is_tested() {
    let mut on_disk: Vec<String> = std::fs::read_dir("corpus/pairs")
        .expect("corpus/pairs exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix("-neutral.txt").map(str::to_string))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = TOPICS.iter().map(|t| t.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "add new pairs to TOPICS");
    for topic in TOPICS {
        let slanted = format!("corpus/pairs/{topic}-slanted.txt");
        assert!(
            std::path::Path::new(&slanted).exists(),
            "{slanted} is missing"
        );
    }
}

#[test]
fn wire_texts_rarely_carry_strong_outlet_voice_terms() {
    for name in WIRE {
        let report = audit(&format!("corpus/wire/{name}.txt"));
        let (share, flagged) = strong_outlet_flag_share(&report);
        assert!(
            share <= MAX_WIRE_FLAG_SHARE,
            "{name}: {share:.2} of sentences carry a strong outlet-voice term: {flagged:?}"
        );
    }
}

#[test]
fn the_wire_measure_sees_strong_terms_in_a_slanted_body() {
    // Guards the measure above against passing vacuously: the seed article's body has three
    // unsourced strong claims ("Unfortunately", "refused to", "failed to").
    let report = audit("corpus/blinken-beijing.txt");
    let (share, flagged) = strong_outlet_flag_share(&report);
    assert!(share > 0.05, "{share:.2}: {flagged:?}");
}

#[test]
fn the_slanted_health_headline_is_contradicted_where_the_body_denies_causation() {
    // "Study Proves … Sweetener Causes Heart Attacks" over a body whose lead author says the
    // study "could not show that the sweetener causes heart disease".
    let report = audit("corpus/pairs/health-study-slanted.txt");
    let first = &report["support"]["clauses"][0];
    let contradicted: Vec<&str> = first["contradicted_words"]
        .as_array()
        .map(|words| words.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(contradicted.contains(&"Causes"), "{first}");
    // What the body affirms stays supported: it reports the higher rate of heart attacks.
    let supported = first["supported_words"].to_string();
    assert!(
        supported.contains("Heart") && supported.contains("Attacks"),
        "{first}"
    );
}

#[test]
fn the_neutral_health_headline_is_backed_where_the_body_only_denies_causation() {
    // "Study Links High Sweetener Intake to Small Rise in Heart Disease Risk": the industry
    // group's "the study did not show a causal link" denies that the link is causal, not
    // that there is one, and the body reports a "slightly higher rate".
    let report = audit("corpus/pairs/health-study-neutral.txt");
    let first = &report["support"]["clauses"][0];
    assert!(first.get("contradicted_words").is_none(), "{first}");
    let supported = first["supported_words"].to_string();
    for word in ["Links", "High", "Rise", "Heart"] {
        assert!(supported.contains(word), "{word}: {first}");
    }
}

/// `corpus/pairs/factory-leak-*.txt`: a story whose body buries a caveat ("could not
/// independently confirm") and a denial at its end. The slanted headline states the claim as
/// fact; its two strongest omissions must be that denial and that caveat.
#[test]
fn buried_caveat_and_denial_come_first() {
    let report = audit("corpus/pairs/factory-leak-slanted.txt");
    let omissions = report["omissions"]["omissions"]
        .as_array()
        .expect("omissions");
    let top: Vec<&str> = omissions
        .iter()
        .take(2)
        .map(|o| o["kind"].as_str().expect("kind"))
        .collect();
    assert!(
        top.contains(&"caveat") && top.contains(&"denial"),
        "top two: {top:?} in {omissions:#?}"
    );
    for o in omissions.iter().take(2) {
        assert!(!o["why"].as_str().expect("why").is_empty());
        assert!(!o["bears_on"].as_array().expect("bears_on").is_empty());
    }
    // The neutral headline reports the denial itself: no denial is left out of it.
    let neutral = audit("corpus/pairs/factory-leak-neutral.txt");
    assert!(neutral["omissions"]["omissions"]
        .as_array()
        .expect("omissions")
        .iter()
        .all(|o| o["kind"] != "denial"));
}
