//! `slant audit` driven through the real binary, on the canonical seed article.

mod common;
use common::*;

use serde_json::Value;

fn seed_report() -> Value {
    let out = slant()
        .args([
            "audit",
            "corpus/blinken-beijing.txt",
            "--format",
            "json",
            "--isolated",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output parses")
}

fn findings<'a>(report: &'a Value, location: &str, kind: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["location"] == location && f["kind"] == kind)
        .collect()
}

fn texts(findings: &[&Value]) -> Vec<String> {
    findings
        .iter()
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn seed_headline_terms_are_flagged_in_the_outlets_voice() {
    let report = seed_report();
    let headline = findings(&report, "headline", "loaded-term");
    let texts = texts(&headline);
    for expected in ["Hardline", "Floundering", "Plea", "Falls on Deaf Ears"] {
        assert!(
            texts.iter().any(|t| t == expected),
            "{expected} missing from {texts:?}"
        );
    }
    assert!(headline.iter().all(|f| f["voice"] == "outlet"));
    let deaf = headline
        .iter()
        .find(|f| f["text"] == "Falls on Deaf Ears")
        .unwrap();
    assert_eq!(deaf["category"], "idiom");
    assert!(!deaf["neutral"].as_array().unwrap().is_empty());
}

#[test]
fn seed_body_flags_outlet_voice_attitude_and_implicative() {
    let report = seed_report();
    let body = findings(&report, "body", "loaded-term");
    let outlet: Vec<String> = body
        .iter()
        .filter(|f| f["voice"] == "outlet")
        .map(|f| f["text"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(outlet.iter().any(|t| t == "unfortunately"), "{outlet:?}");
    assert!(
        outlet.iter().any(|t| t.starts_with("failed to")),
        "{outlet:?}"
    );
}

#[test]
fn seed_never_flags_names_and_offices() {
    let report = seed_report();
    for f in report["findings"].as_array().unwrap() {
        let text = f["text"].as_str().unwrap().to_lowercase();
        for neutral in [
            "united states",
            "secretary of state",
            "china",
            "chinese",
            "state",
        ] {
            assert!(
                !text.contains(neutral) || text.len() > neutral.len() + 10,
                "flagged {text:?}"
            );
            assert_ne!(text, neutral);
        }
    }
}

#[test]
fn seed_scare_quotes_are_quoted_voice() {
    let report = seed_report();
    let body_text = std::fs::read_to_string("corpus/blinken-beijing.txt").unwrap();
    assert!(body_text.contains("“China threat theory”"));
    // Every body finding inside the two quotations is in the quoted voice: checked through the
    // sourcing summary, which counts the sentence with a quotation.
    let sources = report["sourcing"]["sources"].as_array().unwrap();
    assert!(
        sources.iter().any(|s| s["quoted"].as_u64().unwrap() > 0),
        "{sources:?}"
    );
}

#[test]
fn seed_support_backs_the_refusal_but_not_floundering() {
    let report = seed_report();
    let terms = report["support"]["terms"].as_array().unwrap();
    let status = |text: &str| {
        terms
            .iter()
            .find(|t| t["text"] == text)
            .unwrap_or_else(|| panic!("{text} in {terms:?}"))["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(status("Floundering"), "unsupported");
    assert_eq!(status("Falls on Deaf Ears"), "supported");
    assert_eq!(status("Plea"), "supported");
    let unsupported = findings(&report, "headline", "unsupported-term");
    assert_eq!(texts(&unsupported), ["Floundering"]);
}

#[test]
fn seed_omissions_include_the_counter_frame_facts() {
    let report = seed_report();
    let omitted: Vec<(&str, &str)> = report["omissions"]["omissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["text"].as_str().unwrap(), o["kind"].as_str().unwrap()))
        .collect();
    // Each is an outcome of progress against a headline of failure: contrary evidence.
    for needle in ["fentanyl", "candid and constructive", "$700 billion"] {
        assert!(
            omitted
                .iter()
                .any(|(t, kind)| t.contains(needle) && *kind == "contrary"),
            "{needle} not in {omitted:#?}"
        );
    }
    let strengths: Vec<f64> = report["omissions"]["omissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["strength"].as_f64().unwrap())
        .collect();
    assert!(
        strengths.windows(2).all(|w| w[0] >= w[1]),
        "ordered by strength: {strengths:?}"
    );
    let missing: Vec<&str> = report["omissions"]["missing_entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert!(missing.contains(&"Xi Jinping"), "{missing:?}");
}

#[test]
fn seed_score_is_explained_by_its_components() {
    let report = seed_report();
    let score = &report["score"];
    let total = score["total"].as_f64().unwrap();
    let points: f64 = score["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["points"].as_f64().unwrap())
        .sum();
    assert!((total - points).abs() < 0.1, "{total} vs {points}");
    assert!(matches!(
        score["band"].as_str().unwrap(),
        "moderate" | "elevated" | "high"
    ));
}

#[test]
fn table_output_is_deterministic_and_names_the_findings() {
    let run = || {
        slant()
            .args(["audit", "corpus/blinken-beijing.txt", "--isolated"])
            .output()
            .unwrap()
    };
    let (a, b) = (run(), run());
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
    let text = String::from_utf8(a.stdout).unwrap();
    for needle in [
        "Hardline",
        "Floundering",
        "UNSUPPORTED",
        "Omissions",
        "Score:",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = slant()
        .args(["audit", "-", "--format", "json", "--isolated"])
        .write_stdin("Minister's Plea Falls on Deaf Ears\n\nThe minister asked for funds. The committee rejected the request.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["source"], "-");
    assert!(!findings(&report, "headline", "loaded-term").is_empty());
}

mod bad_input {
    use super::*;
    use predicates::prelude::*;

    fn fails_with(path: &std::path::Path, needle: &str) {
        slant()
            .args(["audit", "--isolated"])
            .arg(path)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(path.display().to_string()))
            .stderr(predicate::str::contains(needle));
    }

    #[test]
    fn missing_empty_binary_invalid_and_oversized_files_are_clear_errors() {
        let dir = tempfile::tempdir().unwrap();
        let p = |name: &str| dir.path().join(name);
        fails_with(&p("absent.txt"), "no such file");
        std::fs::write(p("empty.txt"), "").unwrap();
        fails_with(&p("empty.txt"), "empty");
        std::fs::write(p("binary.txt"), b"Headline\n\nbody\0more").unwrap();
        fails_with(&p("binary.txt"), "NUL");
        std::fs::write(p("bad.txt"), b"Headline\n\nGood text \xff\xfe here").unwrap();
        fails_with(&p("bad.txt"), "invalid UTF-8");
        std::fs::write(
            p("big.txt"),
            "Headline\n\n".to_string() + &"word ".repeat(300),
        )
        .unwrap();
        slant()
            .args(["audit", "--isolated", "--max-file-size", "100"])
            .arg(p("big.txt"))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("size limit"));
    }

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.txt");
        std::fs::write(&path, b"Headline\n\nab\xffcd").unwrap();
        fails_with(&path, ":3:3:");
    }
}

#[test]
fn a_body_that_negates_the_headline_is_shown_as_contradicting_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("coffee.txt");
    std::fs::write(
        &path,
        "Coffee Causes Cancer\n\nA new study could not show that coffee causes cancer in mice, its authors said.\n",
    )
    .expect("write");
    let out = slant()
        .args(["audit", "--isolated"])
        .arg(&path)
        .output()
        .expect("runs");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("Causes (the body says the opposite)"),
        "{table}"
    );
    let out = slant()
        .args(["audit", "--isolated", "--format", "json"])
        .arg(&path)
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let clause = &report["support"]["clauses"][0];
    assert_eq!(
        clause["contradicted_words"],
        serde_json::json!(["Coffee", "Causes", "Cancer"])
    );
    assert!(clause["score"].as_f64().unwrap() < 0.3, "{clause}");
}

#[test]
fn the_sourcing_line_counts_mostly_quoted_sentences_and_sources_their_quotations() {
    // Issue 16: "0 quoted" next to sources listed with quotes read as a contradiction. The
    // sentence count is of sentences mostly in quotation; a source's count is of sentences
    // holding a quotation of theirs, and each line says which it is.
    let out = slant()
        .args(["audit", "corpus/blinken-beijing.txt", "--isolated"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let report = seed_report();
    let quoted = report["sourcing"]["quoted"].as_u64().unwrap();
    assert!(
        text.contains(&format!("attributed, {quoted} mostly quoted")),
        "{text}"
    );
    let wang = report["sourcing"]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Wang Yi")
        .expect("Wang Yi is a source");
    assert!(wang["quoted"].as_u64().unwrap() >= 1);
    assert!(
        text.contains(&format!(
            "Wang Yi ({} cited, {} with a quotation)",
            wang["cited"], wang["quoted"]
        )),
        "{text}"
    );
}
