//! Every output format, snapshotted on the sample article (`slant audit`) and on the fixture
//! batch (`slant batch`, `slant check`), plus the SARIF output validated against the
//! official SARIF 2.1.0 schema. Runs the real binary from the repository root, so paths in
//! the output are the same relative paths everywhere.
//!
//! The snapshots change whenever a lexicon does; review them with `cargo insta review` or
//! accept them with `INSTA_UPDATE=always cargo test --test formats`.

use assert_cmd::Command;

const CORPUS: &str = "corpus/blinken-beijing.txt";
const BATCH: &str = "tests/fixtures/batch";
const FORMATS: [&str; 8] = [
    "table", "json", "jsonl", "csv", "markdown", "sarif", "junit", "github",
];

fn slant(args: &[&str]) -> (String, i32) {
    let output = Command::cargo_bin("slant")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .args(args)
        .args(["--isolated", "--color", "never"])
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn audit_in_every_format() {
    for format in FORMATS {
        let (out, code) = slant(&["audit", CORPUS, "--format", format]);
        assert_eq!(code, 0, "{format}");
        insta::assert_snapshot!(format!("audit_{format}"), out);
    }
}

#[test]
fn batch_in_every_format() {
    for format in FORMATS {
        let (out, code) = slant(&["batch", BATCH, "--format", format, "--jobs", "2"]);
        assert_eq!(code, 2, "{format}: the fixture batch has two bad inputs");
        insta::assert_snapshot!(format!("batch_{format}"), out);
    }
}

#[test]
fn check_in_every_format() {
    for format in FORMATS {
        let (out, code) = slant(&[
            "check",
            BATCH,
            "--format",
            format,
            "--fail-on",
            "label",
            "--max-unsupported",
            "1",
            "--glob",
            "!*.jsonl",
            "--glob",
            "!e-broken.json",
        ]);
        assert_eq!(code, 1, "{format}: a gate fails, nothing errs");
        insta::assert_snapshot!(format!("check_{format}"), out);
    }
}

fn validate_sarif(text: &str) {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/sarif/sarif-2.1.0-rtm.5.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let instance: serde_json::Value = serde_json::from_str(text).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}",
        errors.join("\n")
    );
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let (audit, _) = slant(&["audit", CORPUS, "--format", "sarif"]);
    validate_sarif(&audit);
    let (batch, _) = slant(&["batch", BATCH, "--format", "sarif"]);
    validate_sarif(&batch);
    let (check, _) = slant(&["check", BATCH, "--format", "sarif", "--fail-on", "label"]);
    validate_sarif(&check);

    let log: serde_json::Value = serde_json::from_str(&batch).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    // The two unreadable inputs are notifications, and the run says it did not fully succeed.
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    assert_eq!(
        run["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // Every result's rule is in the rules array, at its index.
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(!uri.starts_with('/'), "relative uri: {uri}");
    }
}

#[test]
fn sarif_columns_are_code_points() {
    // The corpus headline has curly apostrophes (3 bytes each in UTF-8) before `Plea`.
    let (out, _) = slant(&["audit", CORPUS, "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    let headline =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS))
            .unwrap();
    let first_line = headline.lines().next().unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let plea = results
        .iter()
        .find(|r| r["properties"]["term"] == "plea")
        .expect("plea is flagged");
    let region = &plea["locations"][0]["physicalLocation"]["region"];
    let start = region["startColumn"].as_u64().unwrap() as usize;
    let end = region["endColumn"].as_u64().unwrap() as usize;
    let text: String = first_line
        .chars()
        .skip(start - 1)
        .take(end - start)
        .collect();
    assert_eq!(text, "Plea");
}

#[test]
fn junit_is_well_formed_enough() {
    let (out, _) = slant(&["batch", BATCH, "--format", "junit"]);
    assert!(out.starts_with("<?xml"));
    assert_eq!(out.matches("<testcase ").count(), 11);
    assert_eq!(out.matches("<error ").count(), 2);
}
