//! `slant eval` driven through the real binary over the invented records in
//! `tests/fixtures/eval/`, with only the fixture lexicons loaded so every figure below can be
//! worked out by hand from the fixture files (the working is in the comments).

use assert_cmd::Command;
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/eval";

fn eval(file: &str, extra: &[&str]) -> Value {
    let output = Command::cargo_bin("slant")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "eval",
            &format!("{FIXTURES}/{file}"),
            "--format",
            "json",
            "--isolated",
        ])
        .args([
            "--no-default-lexicons",
            "--lexicons",
            &format!("{FIXTURES}/lexicons"),
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "slant eval failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn close(value: &Value, expected: f64) {
    let got = value
        .as_f64()
        .unwrap_or_else(|| panic!("not a number: {value}"));
    assert!(
        (got - expected).abs() < 1e-9,
        "got {got}, expected {expected}"
    );
}

fn counts(value: &Value) -> (u64, u64, u64) {
    (
        value["tp"].as_u64().unwrap(),
        value["fp"].as_u64().unwrap(),
        value["fn"].as_u64().unwrap(),
    )
}

#[test]
fn spans_by_hand() {
    let r = eval("spans.jsonl", &["--by", "category"]);
    assert_eq!(r["task"], "spans");
    assert_eq!(r["items"], 3);
    let s = &r["spans"];

    // Headline words of a1: Café owners [slam brutal] rent rise; the fixture lexicons flag
    // "slam" and "brutal". a2 and a3 headlines have neither gold nor findings.
    let t = &s["tokens"];
    assert_eq!(counts(&t["headline"]), (2, 0, 0));
    close(&t["headline"]["f1"], 1.0);
    // Bodies: gold words a1 {a, brutal, blow, massive, success}, a3 {reckless, gamble};
    // findings a1 {brutal, massive}, a2 {massive}. tp 2, fp 1 (a2 massive), fn 5.
    assert_eq!(counts(&t["body"]), (2, 1, 5));
    close(&t["body"]["precision"], 2.0 / 3.0);
    close(&t["body"]["recall"], 2.0 / 7.0);
    close(&t["body"]["f1"], 0.4);
    assert_eq!(counts(&t["all"]), (4, 1, 5));
    close(&t["all"]["precision"], 0.8);
    close(&t["all"]["recall"], 4.0 / 9.0);
    close(&t["all"]["f1"], 8.0 / 14.0);

    // Spans: gold "slam brutal" found; body gold "a brutal blow" and "massive success" found,
    // the overlapping "success" and a3's "reckless gamble" not → 3 of 5. Findings: 2 headline
    // + 2 a1 body on gold, a2 "massive" off gold → 4 of 5.
    let sp = &s["spans"];
    assert_eq!(
        (
            sp["headline"]["gold"].as_u64(),
            sp["headline"]["gold_found"].as_u64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(
        (
            sp["body"]["gold"].as_u64(),
            sp["body"]["gold_found"].as_u64()
        ),
        (Some(4), Some(2))
    );
    close(&sp["all"]["recall"], 0.6);
    assert_eq!(
        (
            sp["all"]["findings"].as_u64(),
            sp["all"]["findings_on_gold"].as_u64()
        ),
        (Some(5), Some(4))
    );
    close(&sp["all"]["precision"], 0.8);

    assert_eq!(
        s["top_false_positives"],
        serde_json::json!([{"term": "massive", "category": "booster", "count": 1}])
    );
    let missed: Vec<&str> = s["top_false_negatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["word"].as_str().unwrap())
        .collect();
    // "a" is missed too but, a function word, is kept out of the list.
    assert_eq!(missed, ["blow", "gamble", "reckless", "success"]);

    // booster: "massive" twice, once on gold; loaded: slam, brutal, brutal, all on gold.
    let cats = s["categories"].as_array().unwrap();
    assert_eq!(cats[0]["category"], "booster");
    assert_eq!(
        (
            cats[0]["findings"].as_u64(),
            cats[0]["findings_off_gold"].as_u64()
        ),
        (Some(2), Some(1))
    );
    assert_eq!(
        (cats[0]["token_tp"].as_u64(), cats[0]["token_fp"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(cats[1]["category"], "loaded");
    assert_eq!(
        (
            cats[1]["findings"].as_u64(),
            cats[1]["findings_on_gold"].as_u64()
        ),
        (Some(3), Some(3))
    );
}

#[test]
fn sentences_by_hand() {
    let r = eval("sentences.jsonl", &[]);
    assert_eq!(r["task"], "sentences");
    let s = &r["sentences"];
    assert_eq!(
        (s["sentences"].as_u64(), s["biased"].as_u64()),
        (Some(4), Some(2))
    );
    // Predicted biased: s1 (shameful) and s4 (massive); biased: s1 and s3.
    assert_eq!(counts(&s["classification"]), (1, 1, 1));
    close(&s["classification"]["f1"], 0.5);
    // Scores: s1 2.0 weight in 6 words > s4 0.5 in 5 words > s2 = s3 = 0. Biased {s1, s3}
    // against {s2, s4}: s1 beats both, s3 ties s2 (½) and loses to s4 → 2.5 / 4.
    close(&s["roc_auc"], 0.625);
    // Best rule: only s1 positive → 3 of 4 right.
    close(&s["best_threshold"]["accuracy"], 0.75);
    assert_eq!(s["best_threshold"]["predicted_positive"], 1);
    // Words: gold {shameful, reckless}; flagged {shameful, massive}.
    assert_eq!(counts(&s["words"]["tokens"]), (1, 1, 1));
    assert_eq!(s["words"]["top_false_negatives"][0]["word"], "reckless");
}

#[test]
fn plain_facts_count_outlet_findings_of_weight_half_or_more() {
    // s2 and s4 are "Entirely factual" and not biased; s4's `massive` (booster, weight 0.5,
    // outlet voice) flags it, s2 has no finding.
    let r = eval("sentences.jsonl", &[]);
    let p = &r["sentences"]["plain_facts"];
    assert_eq!(p["sentences"], 2);
    assert_eq!(p["flagged"], 1);
    close(&p["share"], 0.5);
}

#[test]
fn by_term_lists_each_entry_on_and_off_gold_worst_first() {
    // Spans: `massive` is found in a1 (on gold) and a2 (off gold), `brutal` in a1 (on gold).
    let r = eval("spans.jsonl", &["--by", "term"]);
    let terms = r["spans"]["terms"].as_array().expect("terms rows");
    let rows: Vec<(&str, u64, u64)> = terms
        .iter()
        .map(|t| {
            (
                t["term"].as_str().unwrap(),
                t["findings_on_gold"].as_u64().unwrap(),
                t["findings_off_gold"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows[0].0, "massive", "{rows:?}");
    assert!(rows[0].2 >= 1, "{rows:?}");
    assert!(rows.iter().any(|r| r.0 == "brutal" && r.2 == 0), "{rows:?}");
    // Sentences: the rows are under the word scores.
    let r = eval("sentences.jsonl", &["--by", "term"]);
    let terms = r["sentences"]["words"]["terms"]
        .as_array()
        .expect("terms rows");
    assert!(terms
        .iter()
        .any(|t| t["term"] == "massive" && t["findings_off_gold"] == 1));
    assert!(terms
        .iter()
        .any(|t| t["term"] == "shameful" && t["findings_on_gold"] == 1));
}

#[test]
fn pairs_separate_related_from_unrelated() {
    let r = eval("pairs.jsonl", &[]);
    assert_eq!(r["task"], "pairs");
    let p = &r["pairs"];
    let ru = &p["related_vs_unrelated"];
    assert_eq!(
        (ru["positives"].as_u64(), ru["negatives"].as_u64()),
        (Some(4), Some(2))
    );
    // The unrelated bodies share no word with their headlines; the related ones repeat them.
    close(&ru["roc_auc"], 1.0);
    close(&ru["best_threshold"]["accuracy"], 1.0);
    let ad = &p["agree_vs_disagree"];
    assert_eq!(
        (ad["positives"].as_u64(), ad["negatives"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(p["by_stance"].as_array().unwrap().len(), 4);
}

#[test]
fn the_task_can_be_forced() {
    // Pairs records read as pairs whatever is asked; asking for spans is an error naming line 1.
    Command::cargo_bin("slant")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "eval",
            &format!("{FIXTURES}/pairs.jsonl"),
            "--task",
            "spans",
        ])
        .assert()
        .failure()
        .stderr(predicates::str::contains(
            "pairs.jsonl:1: not a spans record",
        ));
}

#[test]
fn tables_show_every_section() {
    let output = Command::cargo_bin("slant")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "eval",
            &format!("{FIXTURES}/spans.jsonl"),
            "--by",
            "category",
        ])
        .args([
            "--no-default-lexicons",
            "--lexicons",
            &format!("{FIXTURES}/lexicons"),
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    for heading in [
        "spans task, 3 articles",
        "Tokens",
        "Spans",
        "By category",
        "Top false positives",
        "Top false negatives",
    ] {
        assert!(text.contains(heading), "no {heading:?} in\n{text}");
    }
    assert!(text.contains("0.571"), "all-token F1 missing:\n{text}");
}

#[test]
fn the_spans_table_snapshot() {
    let output = Command::cargo_bin("slant")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "eval",
            &format!("{FIXTURES}/spans.jsonl"),
            "--by",
            "category",
            "--isolated",
        ])
        .args([
            "--no-default-lexicons",
            "--lexicons",
            &format!("{FIXTURES}/lexicons"),
        ])
        .output()
        .unwrap();
    insta::assert_snapshot!(String::from_utf8(output.stdout).unwrap());
}

#[test]
fn a_bad_record_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.jsonl");
    std::fs::write(
        &path,
        "{\"id\":1,\"text\":\"Fine.\",\"biased\":false}\n{\"id\":2,\"text\":\"No label.\"}\n",
    )
    .unwrap();
    Command::cargo_bin("slant")
        .unwrap()
        .args(["eval", "--isolated"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "bad.jsonl:2: not a sentences record: missing field `biased`",
        ));
}
