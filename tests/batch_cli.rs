//! `slant batch` driven through the real binary: folder walking and ignore files, JSONL files
//! and stdin, errors that do not stop the batch, fixed output order whatever `--jobs`, and a
//! closed pipe.

mod common;
use common::*;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;

use assert_cmd::Command;
use predicates::prelude::*;

const BATCH: &str = "tests/fixtures/batch";

fn jsonl_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn sources(lines: &[serde_json::Value]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l["source"].as_str().unwrap().to_string())
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn ranks_the_folder_lists_errors_and_exits_2() {
    slant()
        .args(["batch", BATCH, "--isolated"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("9 articles scored, 2 errors"))
        .stdout(predicate::str::contains("Most frequent loaded terms"))
        .stdout(predicate::str::contains(
            "error: tests/fixtures/batch/e-broken.json:1:51: invalid JSON",
        ))
        .stderr(predicate::str::contains(
            "slant: error: tests/fixtures/batch/feed.jsonl:3:59: invalid JSON",
        ))
        .stderr(predicate::str::contains(
            "2 of 11 inputs could not be read or parsed",
        ));
}

#[test]
fn jsonl_output_is_in_path_then_line_order_with_ids() {
    let out = slant()
        .args(["batch", BATCH, "--isolated", "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines = jsonl_lines(&out.stdout);
    assert_eq!(
        sources(&lines),
        [
            "tests/fixtures/batch/a-council-budget.txt",
            "tests/fixtures/batch/b-ferry-plan.md",
            "tests/fixtures/batch/c-storm.html",
            "tests/fixtures/batch/d-union.json",
            "tests/fixtures/batch/e-broken.json",
            "wire-001",
            "wire-002",
            // A bad record is known by its own id, its line kept in the error's `at`.
            "wire-003",
            "wire-004",
            "tests/fixtures/batch/feed.jsonl:5",
            "tests/fixtures/batch/sub/f-school.txt",
        ]
    );
    assert_eq!(lines[4]["error"]["kind"], "json");
    assert_eq!(lines[7]["error"]["kind"], "json");
    assert!(lines[7]["error"]["message"]
        .as_str()
        .unwrap()
        .starts_with("tests/fixtures/batch/feed.jsonl:3:"));
    assert!(
        lines[8]["score"]["total"].is_number(),
        "lines after the bad one are scored"
    );
}

#[test]
fn output_is_identical_for_one_and_two_jobs() {
    for format in ["jsonl", "json", "table", "csv", "sarif"] {
        let run = |jobs: &str| {
            slant()
                .args([
                    "batch",
                    BATCH,
                    "--isolated",
                    "--format",
                    format,
                    "--jobs",
                    jobs,
                ])
                .output()
                .unwrap()
                .stdout
        };
        let one = run("1");
        assert!(!one.is_empty());
        assert_eq!(one, run("2"), "{format}");
        assert_eq!(one, run("8"), "{format}");
    }
}

#[test]
fn slantignore_gitignore_hidden_and_globs() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join(BATCH), dir.path());
    std::fs::write(
        dir.path().join("ignored.txt"),
        "Ignored Headline\n\nBody.\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join(".hidden")).unwrap();
    std::fs::write(
        dir.path().join(".hidden/h.txt"),
        "Hidden Headline\n\nBody.\n",
    )
    .unwrap();

    let run = |extra: &[&str]| {
        let out = Command::cargo_bin("slant")
            .unwrap()
            .current_dir(dir.path())
            .args(["batch", ".", "--isolated", "--format", "csv"])
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let all = run(&[]);
    assert!(all.contains("a-council-budget.txt"));
    assert!(!all.contains("ignored.txt"), ".gitignore: {all}");
    assert!(!all.contains("g-draft"), ".slantignore: {all}");
    assert!(!all.contains("h.txt"), "hidden: {all}");

    let everything = run(&["--no-ignore", "--hidden"]);
    assert!(everything.contains("ignored.txt"));
    assert!(everything.contains("g-draft"));
    assert!(everything.contains("h.txt"));

    let txt = run(&["--glob", "*.txt"]);
    let rows: Vec<&str> = txt.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{txt}");
    assert!(rows[0].starts_with("./a-council-budget.txt,"));
    assert!(rows[1].starts_with("./sub/f-school.txt,"));

    let no_json = run(&["--glob", "!*.json", "--glob", "!*.jsonl"]);
    assert!(!no_json.contains("d-union"));
    assert!(!no_json.contains("wire-"));
}

#[test]
fn invalid_glob_is_an_error() {
    slant()
        .args(["batch", BATCH, "--isolated", "--glob", "a[b"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid --glob `a[b`"));
}

#[test]
fn missing_path_is_listed_and_the_rest_scored() {
    let out = slant()
        .args([
            "batch",
            "corpus/blinken-beijing.txt",
            "no/such/dir",
            "--isolated",
            "-f",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines = jsonl_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["error"]["kind"], "not-found");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("no/such/dir: no such file or folder"),
        "{stderr}"
    );
}

#[test]
fn stdin_reads_jsonl_with_custom_field_names() {
    let input = concat!(
        r#"{"uid": "s-1", "story": {"hed": "Minister Slams Critics"}, "copy": "The minister spoke on Monday."}"#,
        "\n",
        r#"{"uid": "s-2", "story": {"hed": "Rain Expected"}, "copy": "Forecasters expect rain."}"#,
        "\n",
    );
    let out = slant()
        .args([
            "batch",
            "--stdin",
            "--isolated",
            "-f",
            "jsonl",
            "--id-field",
            "uid",
            "--headline-field",
            "/story/hed",
            "--body-field",
            "copy",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = jsonl_lines(&out.stdout);
    assert_eq!(sources(&lines), ["s-1", "s-2"]);
    assert_eq!(lines[0]["headline"], "Minister Slams Critics");

    // Without an id, a record is named by its line.
    let out = slant()
        .args(["batch", "-", "--isolated", "-f", "jsonl"])
        .write_stdin("\n{\"title\": \"T\", \"body\": \"B.\"}\n")
        .output()
        .unwrap();
    assert_eq!(sources(&jsonl_lines(&out.stdout)), ["<stdin>:2"]);
}

/// Many records on stdin, for the streaming tests.
fn many_records(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"id\": \"r{i}\", \"headline\": \"Council {i} Slams Plan\", \"body\": \"The council met on day {i} and voted on the plan.\"}}\n"
            )
        })
        .collect()
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("slant"))
        .args([
            "batch",
            "--stdin",
            "--isolated",
            "-f",
            "jsonl",
            "--jobs",
            "2",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // Ignore the error once slant stops reading.
        let _ = stdin.write_all(many_records(20_000).as_bytes());
    });
    {
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        assert!(first.contains("\"source\":\"r0\""), "{first}");
        // Dropping stdout closes the pipe, as `| head -1` does.
    }
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn jsonl_streams_before_the_input_ends() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("slant"))
        .args(["batch", "--stdin", "--isolated", "-f", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(many_records(3).as_bytes()).unwrap();
    stdin.flush().unwrap();
    // The first results arrive while stdin is still open.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(line.contains("\"source\":\"r0\""), "{line}");
    drop(stdin);
    let rest: Vec<String> = stdout.lines().map(|l| l.unwrap()).collect();
    assert_eq!(rest.len(), 2);
    assert!(child.wait().unwrap().success());
}

#[test]
fn output_file_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    slant()
        .args(["batch", "corpus", "--isolated", "-f", "csv", "-o"])
        .arg(&target)
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("source,status,headline,score,band"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary files left"
    );
}

#[test]
fn format_defaults_to_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("slant.toml"), "format = \"csv\"\n").unwrap();
    std::fs::copy(
        root().join("corpus/blinken-beijing.txt"),
        dir.path().join("a.txt"),
    )
    .unwrap();
    Command::cargo_bin("slant")
        .unwrap()
        .current_dir(dir.path())
        .args(["batch", "a.txt"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("source,status,"));
}
