//! Findings in JSON and JSONL inputs, through the real binary, point at their word in the
//! file: the line and column a finding reports is where the word stands in the file, however
//! many escapes (`\"`, `\n`, `\u00e9`, a surrogate pair) come before it on the line.
//!
//! The expected places are found by searching the file's text, not written down.

mod common;
use common::*;

use std::path::Path;

use serde_json::Value;

/// The 1-based line and column (code points) of the first `needle` in `text`, searching from
/// the first `after` on; lines end at LF (the files here have no CR but CRLF ends).
fn position_of(text: &str, after: &str, needle: &str) -> (usize, usize) {
    let from = text.find(after).expect("the anchor text is in the file");
    let at = from
        + text[from..]
            .find(needle)
            .expect("the needle is in the file");
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..at].matches('\n').count() + 1;
    (line, text[line_start..at].chars().count() + 1)
}

/// The text of `text` at 1-based `line`:`column`, to the end of that line (CR dropped).
fn at_position(text: &str, line: usize, column: usize) -> String {
    let line = text
        .split('\n')
        .nth(line - 1)
        .expect("the line is in the file");
    line.trim_end_matches('\r')
        .chars()
        .skip(column - 1)
        .collect()
}

/// (location, text, line, column) of each finding of a report.
fn findings(report: &Value) -> Vec<(String, String, usize, usize)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["location"].as_str().unwrap().to_string(),
                f["text"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap() as usize,
                f["column"].as_u64().unwrap() as usize,
            )
        })
        .collect()
}

/// The reported place of the finding whose text is `word`.
fn reported(report: &Value, location: &str, word: &str) -> (usize, usize) {
    findings(report)
        .into_iter()
        .find(|(l, t, _, _)| l == location && t == word)
        .map(|(_, _, line, column)| (line, column))
        .unwrap_or_else(|| panic!("no {location} finding `{word}` in {report}"))
}

/// Every finding reads the same at its reported place in the file, up to the first character
/// that the file may write as an escape (`Naïve` is `Na\u00efve` in an ASCII-only file).
fn assert_every_finding_points_at_its_text(report: &Value, file: &str) {
    let all = findings(report);
    assert!(!all.is_empty(), "no findings in {report}");
    for (location, text, line, column) in all {
        let plain: String = text
            .chars()
            .take_while(|c| c.is_ascii() && !matches!(c, '"' | '\\'))
            .collect();
        let there = at_position(file, line, column);
        assert!(
            !plain.is_empty() && there.starts_with(&plain),
            "{location} `{text}` reported at {line}:{column}, where the file reads {there:?}"
        );
    }
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
}

/// A pretty-printed JSON article with escapes before its loaded words, and its body as an
/// array of paragraphs.
const ARTICLE_JSON: &str = r#"{
  "id": "ignored-for-a-file",
  "headline": "  Caf\u00e9 owner's \"desperate\" plea: \ud83d\ude00 chaos!",
  "body": [
    "The owner said on Monday that the caf\u00e9 would close.\n\"It is a disaster,\" she said, calling the rent rise \"a shocking betrayal\".",
    "Staff were \ttold on Friday. Critics slammed the landlord."
  ]
}
"#;

#[test]
fn a_json_file_reports_places_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.json");
    write(&path, ARTICLE_JSON);
    let out = slant()
        .args(["audit", "--isolated", "-f", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "{out:?}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();

    // Right after an escaped quote, after a surrogate pair, after `\n`, in the second
    // paragraph of the array.
    assert_eq!(
        reported(&report, "headline", "desperate"),
        position_of(ARTICLE_JSON, "\"headline\"", "desperate")
    );
    assert_eq!(
        reported(&report, "headline", "chaos"),
        position_of(ARTICLE_JSON, "\"headline\"", "chaos")
    );
    assert_eq!(
        reported(&report, "body", "betrayal"),
        position_of(ARTICLE_JSON, "\"body\"", "betrayal")
    );
    assert_eq!(
        reported(&report, "body", "shocking"),
        position_of(ARTICLE_JSON, "\"body\"", "shocking")
    );
    assert_eq!(
        reported(&report, "body", "slammed"),
        position_of(ARTICLE_JSON, "\"body\"", "slammed")
    );
    assert_every_finding_points_at_its_text(&report, ARTICLE_JSON);
}

/// Records of a JSONL stream, with CRLF line ends and a blank line, escapes and wide
/// characters before the loaded words, a nested headline key.
fn jsonl_stream() -> String {
    let records = [
        r#"{"id": "r-1", "headline": "Plan \"slammed\" by critics", "body": "Caf\u00e9 owners said the \"shocking\" plan was a disaster."}"#,
        r#"{"id": "r-2", "body": "Na\u00efve \ud83d\ude00 — 中文 reporters called it a \"crackdown\".", "headline": "Quiet day"}"#,
        r#"{"id": "r-3", "headline": "Mayor's desperate plea", "body": "Raw é 😀 text, then a chaos \\ of \/ escapes: shocking."}"#,
    ];
    format!("{}\r\n\r\n{}\r\n{}\r\n", records[0], records[1], records[2])
}

#[test]
fn a_jsonl_file_and_stdin_report_places_in_the_stream() {
    let stream = jsonl_stream();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("feed.jsonl");
    write(&path, &stream);
    let from_file = slant()
        .args(["batch", "--isolated", "--no-progress", "-f", "jsonl"])
        .arg(&path)
        .output()
        .unwrap();
    let from_stdin = slant()
        .args([
            "batch",
            "--isolated",
            "--no-progress",
            "-f",
            "jsonl",
            "--stdin",
        ])
        .write_stdin(stream.clone())
        .output()
        .unwrap();
    for out in [from_file, from_stdin] {
        let reports: Vec<Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let report = |id: &str| {
            reports
                .iter()
                .find(|r| r["source"] == id)
                .unwrap_or_else(|| panic!("no report for {id}"))
        };
        assert_eq!(
            reported(report("r-1"), "headline", "slammed"),
            position_of(&stream, "r-1", "slammed")
        );
        assert_eq!(
            reported(report("r-1"), "body", "shocking"),
            position_of(&stream, "r-1", "shocking")
        );
        // The second record is on line 3 (line 2 is blank); its first finding is a word
        // written with an escape.
        assert_eq!(
            reported(report("r-2"), "body", "Naïve"),
            position_of(&stream, "r-2", "Na\\u00efve")
        );
        let crackdown = reported(report("r-2"), "body", "crackdown");
        assert_eq!(crackdown, position_of(&stream, "r-2", "crackdown"));
        assert_eq!(crackdown.0, 3);
        assert_eq!(
            reported(report("r-3"), "body", "shocking"),
            position_of(&stream, "r-3", "shocking")
        );
        for report in &reports {
            assert_every_finding_points_at_its_text(report, &stream);
        }
    }
}

#[test]
fn a_nested_headline_key_is_found_in_the_record() {
    let stream = concat!(
        r#"{"story": {"kicker": "Hardline", "hed": "Council \"slams\" hardline plan"}, "#,
        r#""text": "A plain body.", "hed": "Decoy slams"}"#,
        "\n"
    );
    let out = slant()
        .args([
            "batch",
            "--isolated",
            "--no-progress",
            "-f",
            "jsonl",
            "--stdin",
        ])
        .args(["--headline-field", "/story/hed"])
        .write_stdin(stream)
        .output()
        .unwrap();
    let report: Value =
        serde_json::from_str(String::from_utf8(out.stdout).unwrap().trim()).unwrap();
    assert_eq!(
        reported(&report, "headline", "slams"),
        position_of(stream, "\"hed\"", "slams")
    );
    assert_eq!(
        reported(&report, "headline", "hardline"),
        position_of(stream, "\"hed\"", "hardline")
    );
}

/// GitHub annotations and SARIF regions of a JSON file carry the word's line and column (its
/// start only: the end of a word with an escape in it is not its length), and those of a JSONL
/// record, whose source is its id rather than a path, name no line.
#[test]
fn annotations_of_a_json_file_point_at_the_word_and_records_at_no_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.json");
    write(&path, ARTICLE_JSON);
    let out = slant()
        .args(["audit", "--isolated", "-f", "github"])
        .arg(&path)
        .output()
        .unwrap();
    let github = String::from_utf8(out.stdout).unwrap();
    let (line, column) = position_of(ARTICLE_JSON, "\"body\"", "slammed");
    let slammed = github
        .lines()
        .find(|l| l.contains("`slammed`"))
        .unwrap_or_else(|| panic!("no annotation for `slammed` in {github}"));
    assert!(
        slammed.contains(&format!(",line={line},col={column},")),
        "{slammed}"
    );
    assert!(!slammed.contains("endColumn"), "{slammed}");

    let out = slant()
        .args(["audit", "--isolated", "-f", "sarif"])
        .arg(&path)
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let region = results
        .iter()
        .find(|r| r["message"]["text"].as_str().unwrap().contains("`slammed`"))
        .map(|r| &r["locations"][0]["physicalLocation"]["region"])
        .unwrap();
    assert_eq!(region["startLine"], line as u64, "{region}");
    assert_eq!(region["startColumn"], column as u64, "{region}");
    assert!(region.get("endColumn").is_none(), "{region}");

    let out = slant()
        .args([
            "batch",
            "--isolated",
            "--no-progress",
            "-f",
            "github",
            "--stdin",
        ])
        .write_stdin(jsonl_stream())
        .output()
        .unwrap();
    let github = String::from_utf8(out.stdout).unwrap();
    assert!(github.contains("::"), "{github}");
    assert!(!github.contains(",line="), "{github}");
}
