/*!
The article type, duplicates and the no-headline case, through the real binary (issue 18):
the team's own articles of each type in `tests/fixtures/types/` (named by their type) and the
news of `corpus/`.
*/

mod common;

use common::slant;
use serde_json::Value;

fn jsonl(args: &[&str]) -> Vec<Value> {
    let out = slant()
        .args(["batch", "--isolated", "--no-progress", "--format", "jsonl"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn kind(v: &Value) -> &str {
    v["article_type"]["type"].as_str().unwrap()
}

#[test]
fn team_articles_are_typed_by_their_cues() {
    let reports = jsonl(&["tests/fixtures/types", "corpus"]);
    assert_eq!(reports.len(), 23);
    for r in &reports {
        let source = r["source"].as_str().unwrap();
        let expected = if source.contains("/opinion-") {
            "opinion"
        } else if source.contains("/release-") {
            "press-release"
        } else {
            "news"
        };
        assert_eq!(kind(r), expected, "{source}: {}", r["article_type"]);
        if expected != "news" {
            assert!(!r["article_type"]["evidence"].as_array().unwrap().is_empty());
        }
    }
}

#[test]
fn batch_type_keeps_one_type_and_the_table_shows_it() {
    let opinion = jsonl(&["--type", "opinion", "tests/fixtures/types", "corpus"]);
    assert_eq!(opinion.len(), 3);
    assert!(opinion.iter().all(|r| kind(r) == "opinion"));
    let news = jsonl(&["--type", "news", "tests/fixtures/types", "corpus"]);
    assert_eq!(news.len(), 18);
    let out = slant()
        .args([
            "batch",
            "--isolated",
            "--no-progress",
            "tests/fixtures/types",
        ])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("Type") && table.contains("press-release"),
        "{table}"
    );
}

#[test]
fn copies_are_ranked_once_and_listed() {
    let dir = std::env::temp_dir().join(format!("slant-copies-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let story = "Council approves library budget\n\nThe council approved the budget on Tuesday.\nThe vote was 7 to 2.\n";
    std::fs::write(dir.join("a.txt"), story).unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Council approves  library budget\r\n\r\nAdvertisement\r\nThe council approved the budget\r\non Tuesday.   The vote was 7 to 2.\r\nShare this story\r\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.txt"),
        "Council rejects budget\n\nThe council rejected it.\n",
    )
    .unwrap();
    let out = slant()
        .args(["batch", "--isolated", "--no-progress", "--format", "json"])
        .arg(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let reports: Vec<&Value> = doc["articles"]
        .as_array()
        .or_else(|| doc.as_array())
        .expect("a list of reports")
        .iter()
        .collect();
    assert_eq!(reports.len(), 2, "{doc}");
    let a = reports
        .iter()
        .find(|r| r["source"].as_str().unwrap().ends_with("a.txt"))
        .unwrap();
    let copies = a["copies"].as_array().unwrap();
    assert_eq!(copies.len(), 1);
    assert!(copies[0].as_str().unwrap().ends_with("b.txt"));
}

#[test]
fn a_first_line_that_is_a_body_sentence_leaves_the_headline_components_out() {
    let out = slant()
        .args(["audit", "--isolated", "--format", "json", "-"])
        .write_stdin(
            "The council voted on Tuesday to close the library, despite a petition signed by 4,000 residents.\n\
             Officials said the building needs repairs the town cannot afford.\n",
        )
        .output()
        .unwrap();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = if r.is_array() { r[0].clone() } else { r };
    for c in r["score"]["components"].as_array().unwrap() {
        let headline_part = [
            "headline-loadedness",
            "escalation",
            "unsupported-claims",
            "omission",
        ]
        .contains(&c["name"].as_str().unwrap());
        assert_eq!(c["applicable"].as_bool().unwrap(), !headline_part, "{c}");
    }
}
