//! `slant check`, the CI gate, through the real binary: exit codes, gates from flags and from
//! slant.toml, `--exit-zero`, baselines. Also the configuration features every command
//! relies on: discovery, `slant config`, unknown keys, completions and the man page, and
//! inline `slant-ignore` suppression.

mod common;
use common::*;

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const BATCH: &str = "tests/fixtures/batch";
/// The fixture batch without its two bad inputs.
const CLEAN: [&str; 4] = ["--glob", "!*.jsonl", "--glob", "!e-broken.json"];

fn check(extra: &[&str]) -> Command {
    let mut cmd = slant();
    cmd.args(["check", BATCH, "--isolated"])
        .args(CLEAN)
        .args(extra);
    cmd
}

#[test]
fn a_failed_gate_exits_1_and_says_so() {
    check(&["--fail-on", "label"])
        .assert()
        .code(1)
        // "Radical School Reform": `radical` is a note (measured unreliable as a label),
        // and notes never fail a gate.
        .stdout(
            predicate::str::contains("gate fail-on failed: tests/fixtures/batch/sub/f-school.txt")
                .not(),
        )
        // "Hardline Mayor Slams Critics": in a headline "Slams" is the outlet's word, not a
        // source's, so "Hardline" is in the outlet's voice too.
        .stdout(predicate::str::contains(
            "gate fail-on failed: tests/fixtures/batch/b-ferry-plan.md",
        ))
        .stderr(predicate::str::contains("1 of 5 articles failed a gate"));
}

#[test]
fn passing_gates_exit_0() {
    check(&["--fail-above", "99", "--max-unsupported", "5"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn exit_zero_reports_without_failing() {
    check(&["--fail-above", "10", "--exit-zero"])
        .assert()
        .success()
        .stdout(predicate::str::contains("gate fail-above failed"))
        .stderr(predicate::str::contains("--exit-zero: not failing"));
}

#[test]
fn an_input_error_exits_2_even_when_a_gate_fails() {
    slant()
        .args(["check", BATCH, "--isolated", "--fail-on", "label"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2 of 11 inputs could not be read"));
}

#[test]
fn max_unsupported_counts_headline_terms_the_body_does_not_back() {
    check(&["--max-unsupported", "1", "-f", "jsonl"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            r#""gate":"max-unsupported","message":"2 headline terms the body does not support"#,
        ));
}

#[test]
fn unknown_category_or_bad_threshold_is_an_error() {
    check(&["--fail-on", "lable"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown category `lable`"))
        .stderr(predicate::str::contains("label"));
    check(&["--fail-above", "150"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--fail-above must lie in 0..100"));
}

#[test]
fn no_gate_warns_that_nothing_can_fail() {
    check(&[])
        .assert()
        .success()
        .stderr(predicate::str::contains("no gate is set"));
}

fn copy_batch(to: &Path) {
    for name in ["a-council-budget.txt", "b-ferry-plan.md", "d-union.json"] {
        std::fs::copy(root().join(BATCH).join(name), to.join(name)).unwrap();
    }
}

#[test]
fn thresholds_come_from_slant_toml_and_flags_win() {
    let dir = tempfile::tempdir().unwrap();
    copy_batch(dir.path());
    std::fs::write(
        dir.path().join("slant.toml"),
        "[thresholds]\nfail-above = 25.0\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args(["check", "."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "gate fail-above failed: ./d-union.json",
        ));
    slant_in(dir.path())
        .args(["check", ".", "--fail-above", "90"])
        .assert()
        .success();
    // --isolated ignores the file: no gate at all.
    slant_in(dir.path())
        .args(["check", ".", "--isolated"])
        .assert()
        .success();
}

#[test]
fn a_baseline_fails_only_on_new_findings() {
    let dir = tempfile::tempdir().unwrap();
    copy_batch(dir.path());
    let gates = [
        "--fail-on",
        "label",
        "--fail-on",
        "loaded",
        "--fail-above",
        "30",
    ];

    slant_in(dir.path())
        .args(["check", ".", "--isolated"])
        .args(gates)
        .assert()
        .code(1);
    slant_in(dir.path())
        .args([
            "check",
            ".",
            "--isolated",
            "--write-baseline",
            "baseline.json",
        ])
        .args(gates)
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote baseline.json"));
    let baseline = std::fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    assert!(baseline.contains("\"d-union.json\""), "{baseline}");
    assert!(
        baseline.contains("\"context\": \"headline: Desperate\""),
        "{baseline}"
    );
    assert!(!baseline.contains("\"line\""), "keyed without line numbers");

    let with_baseline = || {
        let mut cmd = slant_in(dir.path());
        cmd.args(["check", ".", "--isolated", "--baseline", "baseline.json"])
            .args(gates);
        cmd
    };
    with_baseline().assert().success();

    // Text moved down a few lines: the same findings, still known.
    let md = dir.path().join("b-ferry-plan.md");
    let text = std::fs::read_to_string(&md).unwrap();
    let moved = text.replacen(
        "---\n\n",
        "---\n\nA new first paragraph.\n\nAnd a second.\n\n",
        1,
    );
    std::fs::write(&md, moved).unwrap();
    with_baseline().assert().success();

    // A new loaded headline term fails, and only it is reported.
    let a = dir.path().join("a-council-budget.txt");
    let text = std::fs::read_to_string(&a).unwrap();
    std::fs::write(
        &a,
        text.replacen("Council Approves", "Hardline Council Approves", 1),
    )
    .unwrap();
    with_baseline()
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "gate fail-on failed: ./a-council-budget.txt",
        ))
        .stdout(
            predicate::str::contains("d-union")
                .not()
                .or(predicate::str::contains("gate fail-on failed: ./d-union").not()),
        );
}

#[test]
fn a_bad_baseline_is_an_error_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    copy_batch(dir.path());
    std::fs::write(
        dir.path().join("b.json"),
        "{\n  \"slant_baseline\": 1,\n  \"oops\": []\n}\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args([
            "check",
            ".",
            "--isolated",
            "--baseline",
            "b.json",
            "--fail-above",
            "50",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("b.json:3:"));
}

// Configuration, completions and suppression.

#[test]
fn config_is_discovered_upward_and_printed() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("a/b");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(
        dir.path().join(".slant.toml"),
        "allow = [\"plea\"]\ndisabled-categories = [\"hedge\"]\n[thresholds]\nfail-above = 60.0\n",
    )
    .unwrap();
    slant_in(&nested)
        .arg("config")
        .assert()
        .success()
        .stdout(predicate::str::contains(".slant.toml"))
        .stdout(predicate::str::contains("allow = [\"plea\"]"))
        .stdout(predicate::str::contains("fail-above = 60.0"));
    slant_in(&nested)
        .args(["config", "--isolated"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "# no configuration file: defaults",
        ));
}

#[test]
fn allowlist_and_disabled_categories_change_the_findings() {
    let dir = tempfile::tempdir().unwrap();
    copy_batch(dir.path());
    let run = |dir: &Path| {
        let out = slant_in(dir)
            .args(["batch", "d-union.json", "-f", "csv"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let before = run(dir.path());
    assert!(before.contains("Plea (loaded)"), "{before}");
    std::fs::write(
        dir.path().join("slant.toml"),
        "allow = [\"plea\"]\ndisabled-categories = [\"idiom\"]\n",
    )
    .unwrap();
    let after = run(dir.path());
    assert!(!after.contains("Plea (loaded)"), "{after}");
    assert!(!after.contains("(idiom)"), "{after}");
}

#[test]
fn unknown_config_key_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    copy_batch(dir.path());
    std::fs::write(
        dir.path().join("slant.toml"),
        "allow = []\n\n[thresholds]\nfail-abve = 3\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args(["check", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "slant.toml:4:1: unknown field `fail-abve`",
        ));
    slant_in(dir.path())
        .args(["check", ".", "--config", "missing.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.toml"));
}

#[test]
fn completions_and_man_page_know_the_new_commands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        slant()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("fail-above"));
    }
    slant()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH slant"))
        .stdout(predicate::str::contains("batch"))
        .stdout(predicate::str::contains("check"));
}

#[test]
fn inline_suppression_is_listed_as_suppressed_and_not_gated() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "# Hardline Minister's Plea Falls on Deaf Ears\n\n<!-- slant-ignore: hardline -->\n\nThe minister asked the committee for more funding on Monday.\n",
    )
    .unwrap();
    let out = slant_in(dir.path())
        .args([
            "check",
            "a.md",
            "--isolated",
            "--fail-on",
            "label",
            "-f",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hardline = line["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["term"] == "hardline")
        .expect("still listed");
    assert_eq!(hardline["suppressed"], true);
    slant_in(dir.path())
        .args(["audit", "a.md", "--isolated"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(suppressed)"));
    // SARIF keeps it with an in-source suppression.
    slant_in(dir.path())
        .args(["audit", "a.md", "--isolated", "-f", "sarif"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"kind\": \"inSource\""));
}
