//! Lexicons a newsroom writes itself (issue 16, section 4), through the real binary: `lexicon
//! list` and `explain` read the same configuration as `audit`, `--lexicons` takes a folder or
//! one file, and `lexicon check` holds a house file to what the docs promise.

mod common;
use common::*;

use std::path::Path;

use predicates::prelude::*;

/// A house lexicon with one word the default pack does not have.
const HOUSE: &str = r#"[lexicon]
name = "house"
category = "house-style"
role = "evaluative"

[[entry]]
term = "gobsmackery"
flag = ["The plan was pure gobsmackery."]
"#;

fn write_house(dir: &Path) {
    std::fs::create_dir_all(dir.join("house")).unwrap();
    std::fs::write(dir.join("house/house.toml"), HOUSE).unwrap();
}

// ---- `lexicon list` and `lexicon explain` honour the configuration --------------------------

#[test]
fn list_and_explain_read_the_discovered_slant_toml() {
    let dir = tempfile::tempdir().unwrap();
    write_house(dir.path());
    std::fs::write(dir.path().join("slant.toml"), "lexicons = [\"house\"]\n").unwrap();
    slant_in(dir.path())
        .args(["lexicon", "list", "--category", "house-style", "-f", "tsv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("gobsmackery\thouse-style"));
    slant_in(dir.path())
        .args(["lexicon", "explain", "gobsmackery"])
        .assert()
        .success()
        .stdout(predicate::str::contains("matches term `gobsmackery`"));
    // `--isolated` ignores it, as it does for `audit`.
    slant_in(dir.path())
        .args(["lexicon", "explain", "gobsmackery", "--isolated"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no lexicon entry matches it"));
}

#[test]
fn list_and_explain_take_config_and_its_switches() {
    let dir = tempfile::tempdir().unwrap();
    write_house(dir.path());
    std::fs::write(
        dir.path().join("newsroom.toml"),
        "lexicons = [\"house\"]\nno-default-lexicons = true\nallow = [\"gobsmackery\"]\n",
    )
    .unwrap();
    let out = slant_in(dir.path())
        .args(["lexicon", "list", "-f", "tsv", "--config", "newsroom.toml"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // The header and the house entry only: the configuration leaves out the default pack.
    assert_eq!(text.lines().count(), 2, "{text}");
    slant_in(dir.path())
        .args([
            "lexicon",
            "explain",
            "gobsmackery",
            "--config",
            "newsroom.toml",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("matches term `gobsmackery`"))
        .stdout(predicate::str::contains("`allow`"));
    // A disabled category is gone from the list, as it is from the analysis.
    std::fs::write(
        dir.path().join("off.toml"),
        "lexicons = [\"house\"]\ndisabled-categories = [\"house-style\"]\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args([
            "lexicon",
            "list",
            "--category",
            "house-style",
            "--config",
            "off.toml",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 entries"));
}

// ---- `--lexicons` takes a folder or one file, and says what is wrong with a path ------------

#[test]
fn lexicons_accepts_a_single_file() {
    let dir = tempfile::tempdir().unwrap();
    write_house(dir.path());
    slant_in(dir.path())
        .args(["lexicon", "explain", "gobsmackery", "--isolated"])
        .args(["--lexicons", "house/house.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("from: house/house.toml:"));
    std::fs::write(dir.path().join("a.txt"), "The plan was pure gobsmackery.\n").unwrap();
    slant_in(dir.path())
        .args(["audit", "a.txt", "--isolated", "-f", "json"])
        .args(["--lexicons", "house/house.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"gobsmackery\""));
    slant_in(dir.path())
        .args(["lexicon", "check", "house/house.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 lexicon file, 1 entry: 0 errors, 0 warnings",
        ));
}

#[test]
fn a_missing_path_and_an_empty_folder_are_their_own_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    std::fs::write(dir.path().join("empty/README.md"), "notes\n").unwrap();
    for command in [
        &["lexicon", "explain", "x", "--isolated"][..],
        &["lexicon", "list", "--isolated"][..],
        &["batch", ".", "--isolated"][..],
    ] {
        slant_in(dir.path())
            .args(command)
            .args(["--lexicons", "hosue"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "hosue: no such lexicon folder or file",
            ));
        slant_in(dir.path())
            .args(command)
            .args(["--lexicons", "empty"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "empty: the folder holds no `.toml` lexicon files",
            ));
    }
    // The same from a configuration file.
    std::fs::write(dir.path().join("slant.toml"), "lexicons = [\"hosue\"]\n").unwrap();
    slant_in(dir.path())
        .args(["lexicon", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such lexicon folder or file"));
}

// ---- `lexicon check DIR` holds a house folder to the docs ------------------------------------

#[test]
fn check_reports_entries_that_repeat_the_default_pack() {
    let dir = tempfile::tempdir().unwrap();
    // `slam` is a hostile reporting verb of the default pack.
    std::fs::write(
        dir.path().join("house.toml"),
        "[lexicon]\nname = \"h\"\ncategory = \"house-style\"\n\n[[entry]]\nterm = \"slammed\"\nflag = [\"Critics slammed the plan.\"]\n\n[[entry]]\nterm = \"gobsmackery\"\nflag = [\"Pure gobsmackery.\"]\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args(["lexicon", "check", "house.toml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "house.toml:6:8: error: `slammed` duplicates `slam` of the default pack at default:terms/reporting-hostile.toml:",
        ))
        .stdout(predicate::str::contains(
            "1 lexicon file, 2 entries: 1 error, 0 warnings",
        ));
    // On its own, the file is clean.
    slant_in(dir.path())
        .args(["lexicon", "check", "house.toml", "--no-default-lexicons"])
        .assert()
        .success();
}

#[test]
fn check_calls_a_missing_flag_example_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("house.toml"),
        "[lexicon]\nname = \"h\"\ncategory = \"house-style\"\n\n[[entry]]\nterm = \"gobsmackery\"\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args(["lexicon", "check", "."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "house.toml:6:8: error: `gobsmackery` has no `flag` example",
        ));
}

#[test]
fn check_names_types_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("house.toml"),
        "[lexicon]\nname = \"h\"\ncategory = \"house-style\"\n\n[[entry]]\nterm = \"gobsmackery\"\nweight = \"high\"\nflag = [\"Pure gobsmackery.\"]\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args(["lexicon", "check", "."])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "house.toml:7:10: invalid type: string \"high\", expected a number",
        ))
        .stderr(predicate::str::contains("f64").not());
    std::fs::write(
        dir.path().join("slant.toml"),
        "[lexicon-limits]\nmax-entries = -1\n",
    )
    .unwrap();
    slant_in(dir.path())
        .args(["config"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "expected a whole number from 0 up",
        ));
}
