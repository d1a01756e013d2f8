//! The voice model through the real binary: the `voices` list of the JSON report, the voice of
//! findings on messy quotation, and `slant eval`'s voice measure.

mod common;
use common::*;

use serde_json::Value;

fn audit_stdin(text: &str) -> Value {
    let out = slant()
        .args(["audit", "-", "--format", "json", "--isolated"])
        .write_stdin(text)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output parses")
}

fn finding_voice(report: &Value, text: &str) -> String {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == text)
        .unwrap_or_else(|| panic!("no finding {text:?}"))["voice"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn seed_voices_cover_its_quoted_findings() {
    let out = slant()
        .args([
            "audit",
            "corpus/blinken-beijing.txt",
            "--format",
            "json",
            "--isolated",
        ])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let voices = report["voices"].as_array().expect("a voices list");
    assert!(voices.iter().any(|v| v["voice"] == "quoted"));
    for v in voices {
        assert!(v["source"].is_null() || v["source"].is_string());
        assert!(v["span"]["start"].as_u64() < v["span"]["end"].as_u64());
    }
    // Every quoted finding lies in a quoted stretch of its field.
    for f in report["findings"].as_array().unwrap() {
        if f["voice"] != "quoted" {
            continue;
        }
        assert!(
            voices.iter().any(|v| v["voice"] == "quoted"
                && v["location"] == f["location"]
                && v["span"]["start"].as_u64() <= f["span"]["start"].as_u64()
                && f["span"]["end"].as_u64() <= v["span"]["end"].as_u64()),
            "{f}"
        );
    }
}

#[test]
fn a_stray_quote_in_a_line_per_paragraph_body_hides_nothing() {
    // Scraped text, one paragraph per line; the inch mark and the unclosed quote must not
    // make the later lines quoted.
    let text = "Council Weighs Pipe Plan\n\nThe council met on Monday.\nThe mayor said the 12\" pipe was \u{201c}fine.\nThe plan is a disgrace to the city.\nVoting ends on Friday.\n";
    let report = audit_stdin(text);
    assert_eq!(finding_voice(&report, "disgrace"), "outlet");
}

#[test]
fn a_colon_statement_names_its_speaker() {
    let text = "Senators Clash\n\nSenator Jane Holt said in a statement:\n\nThe bill is a disgrace to the chamber.\n\nThe vote is on Friday.\n";
    let report = audit_stdin(text);
    // Set off as a paragraph of its own, the statement is a block quotation.
    assert_eq!(finding_voice(&report, "disgrace"), "quoted");
    let statement = report["voices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["location"] == "body" && v["voice"] == "quoted" && v["source"].is_string())
        .expect("a quoted stretch with a source");
    assert_eq!(statement["source"], "Jane Holt");
}

#[test]
fn eval_reports_voice_agreement_with_quote_labels() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("basil.jsonl");
    // Code-point offsets: "It is a disgrace" (1..17) is quoted, "The vote" (31..39) is not.
    let line = r#"{"id":"a","headline":"Vote Looms","body":"“It is a disgrace,” she said.\n\nThe vote is on Friday.","loaded_spans":[{"start":1,"end":17,"location":"body","quote":"yes"}],"informational_spans":[{"start":31,"end":39,"location":"body","quote":"no"}]}"#;
    std::fs::write(&path, format!("{line}\n")).unwrap();
    let out = slant()
        .args([
            "eval",
            path.to_str().unwrap(),
            "--format",
            "json",
            "--isolated",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let voices = &report["voices"];
    assert_eq!(voices["labelled_spans"], 2, "{voices}");
    assert_eq!(voices["agree"], 2, "{voices}");
    assert_eq!(voices["articles"], 1);
}
