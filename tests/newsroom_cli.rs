//! What a newsroom engineer meets (issue 16), through the real binary: gates that cannot pass
//! by accident (an empty check, baselines keyed by the baseline's folder, GitHub annotations),
//! output files that behave like a shell redirect, stdin detection and terminal widths.

mod common;
use common::*;

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const BATCH: &str = "tests/fixtures/batch";
/// The fixture batch without its two bad inputs.
const CLEAN: [&str; 4] = ["--glob", "!*.jsonl", "--glob", "!e-broken.json"];

fn copy_batch(to: &Path) {
    for name in ["a-council-budget.txt", "b-ferry-plan.md", "d-union.json"] {
        std::fs::copy(root().join(BATCH).join(name), to.join(name)).unwrap();
    }
}

fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

// ---- 1. Gates that cannot pass by accident -------------------------------------------------

#[test]
fn check_with_nothing_to_check_is_an_error_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.csv"), "a,b\n").unwrap();
    let cases: [&[&str]; 3] = [
        // An empty folder (a skipped extension only).
        &["."],
        // A glob that matches nothing.
        &["--glob", "*.md", "."],
        // An empty JSONL stream.
        &["--stdin"],
    ];
    for args in cases {
        slant_in(dir.path())
            .args(["check", "--isolated", "--fail-above", "50"])
            .args(args)
            .write_stdin("")
            .assert()
            .code(2)
            .stderr(predicate::str::contains("nothing to check"))
            .stderr(predicate::str::contains("--allow-empty"));
        slant_in(dir.path())
            .args(["check", "--isolated", "--fail-above", "50", "--allow-empty"])
            .args(args)
            .write_stdin("")
            .assert()
            .success();
    }
    // Writing a baseline of nothing is the same accident.
    slant_in(dir.path())
        .args(["check", ".", "--isolated", "--write-baseline", "b.json"])
        .assert()
        .code(2);
    assert!(!dir.path().join("b.json").exists());
}

#[test]
fn baselines_agree_from_any_folder_and_warn_about_unmatched_entries() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir(&news).unwrap();
    copy_batch(&news);
    // Written from the parent folder, beside the articles.
    slant_in(dir.path())
        .args(["check", "news", "--isolated", "--write-baseline"])
        .arg("news/baseline.json")
        .assert()
        .success();
    let text = std::fs::read_to_string(news.join("baseline.json")).unwrap();
    assert!(text.contains("\"d-union.json\""), "{text}");
    assert!(
        !text.contains("news/"),
        "keyed relative to its folder: {text}"
    );
    // Checked from inside the folder, and from the parent: the same keys, nothing new.
    for (cwd, path, baseline) in [
        (news.as_path(), ".", "baseline.json"),
        (dir.path(), "news", "news/baseline.json"),
        (dir.path(), "./news/", "./news/baseline.json"),
    ] {
        slant_in(cwd)
            .args(["check", path, "--isolated", "--fail-on", "loaded"])
            .args(["--baseline", baseline])
            .assert()
            .success()
            .stderr("");
    }
    // A moved article is a warning naming the entry, and its findings are new again.
    std::fs::rename(news.join("d-union.json"), news.join("moved.json")).unwrap();
    slant_in(&news)
        .args(["check", ".", "--isolated", "--fail-on", "loaded"])
        .args(["--baseline", "baseline.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "1 of 3 baseline entries match no article checked (`d-union.json`)",
        ));
}

#[test]
fn github_annotations_one_per_span_normalised_paths_and_min_level() {
    let all = stdout_of(
        slant()
            .args([
                "check",
                "./tests/fixtures/batch",
                "--isolated",
                "-f",
                "github",
            ])
            .args(["--fail-on", "label"])
            .args(CLEAN),
    );
    assert!(!all.contains("file=./"), "{all}");
    assert!(
        all.contains("file=tests/fixtures/batch/d-union.json"),
        "{all}"
    );
    // `Desperate` is loaded and unsupported: one annotation with both messages.
    let desperate: Vec<&str> = all
        .lines()
        .filter(|l| l.contains("d-union.json,line=1,col=29,"))
        .collect();
    assert_eq!(desperate.len(), 1, "{all}");
    assert!(desperate[0].contains("Portrays the subject"), "{all}");
    assert!(
        desperate[0].contains("nothing in the body says so"),
        "{all}"
    );
    // At most one annotation per place.
    let mut places: Vec<&str> = all
        .lines()
        .filter_map(|l| l.split(",title=").next())
        .collect();
    let n = places.len();
    places.dedup();
    assert_eq!(places.len(), n, "{all}");
    assert!(all.contains("::notice "), "{all}");

    let warnings = stdout_of(
        slant()
            .args([
                "check",
                BATCH,
                "--isolated",
                "-f",
                "github",
                "--fail-on",
                "label",
            ])
            .args(["--min-level", "warning"])
            .args(CLEAN),
    );
    assert!(!warnings.contains("::notice "), "{warnings}");
    assert!(warnings.contains("::warning "), "{warnings}");
    let errors = stdout_of(
        slant()
            .args([
                "check",
                BATCH,
                "--isolated",
                "-f",
                "github",
                "--fail-on",
                "label",
            ])
            .args(["--min-level", "error"])
            .args(CLEAN),
    );
    assert!(
        errors.lines().all(|l| l.starts_with("::error ")),
        "{errors}"
    );
    // One article fails `--fail-on label` ("Hardline"); "Radical" is a note, never a gate.
    assert_eq!(errors.lines().count(), 1, "{errors}");
    // Another format has no levels: the flag is an error, not silently ignored.
    slant()
        .args(["check", BATCH, "--isolated", "--min-level", "error"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--format github"));
}

#[test]
fn the_check_table_marks_the_gates_each_article_failed() {
    let table = stdout_of(
        slant()
            .args(["check", BATCH, "--isolated", "--fail-on", "label"])
            .args(["--max-unsupported", "2"])
            .args(CLEAN),
    );
    let row = |name: &str| {
        table
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("no row for {name} in {table}"))
            .to_string()
    };
    assert!(table.contains("Gates"), "{table}");
    // Found by their headlines, which start each row (paths wrap).
    assert!(row("Hardline Mayor").contains("FAIL fail-on"), "{table}");
    assert!(
        row("Council Approves").ends_with("pass         │"),
        "{table}"
    );
    // A batch has no gates, so no such column.
    let batch = stdout_of(slant().args(["batch", BATCH, "--isolated"]).args(CLEAN));
    assert!(!batch.contains("Gates"), "{batch}");
}

// ---- 2. Files ------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn output_files_get_the_mode_a_shell_redirect_gives() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |name: &str| {
        std::fs::metadata(dir.path().join(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    // What this process's umask makes of a new file (0644 with the usual 022).
    std::fs::File::create(dir.path().join("reference")).unwrap();
    let article = root().join("corpus/blinken-beijing.txt");
    slant_in(dir.path())
        .args(["audit", "--isolated", "-f", "json", "-o", "new.json"])
        .arg(&article)
        .assert()
        .success();
    assert_eq!(mode("new.json"), mode("reference"));
    assert_ne!(mode("new.json"), 0o600);
    // An existing file keeps its mode.
    std::fs::write(dir.path().join("kept.json"), "old").unwrap();
    std::fs::set_permissions(
        dir.path().join("kept.json"),
        std::fs::Permissions::from_mode(0o640),
    )
    .unwrap();
    slant_in(dir.path())
        .args(["audit", "--isolated", "-f", "json", "-o", "kept.json"])
        .arg(&article)
        .assert()
        .success();
    assert_eq!(mode("kept.json"), 0o640);
    assert_ne!(
        std::fs::read_to_string(dir.path().join("kept.json")).unwrap(),
        "old"
    );
}

#[cfg(unix)]
#[test]
fn a_batch_never_reads_the_file_its_output_goes_to() {
    let dir = tempfile::tempdir().unwrap();
    copy_batch(dir.path());
    // `slant batch DIR > DIR/out.txt`: the shell creates out.txt (empty, a `.txt`) first.
    let out = std::fs::File::create(dir.path().join("out.txt")).unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_slant"))
        .current_dir(dir.path())
        .args([
            "--color",
            "never",
            "batch",
            ".",
            "--isolated",
            "-f",
            "jsonl",
        ])
        .stdout(out)
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(dir.path().join("out.txt")).unwrap();
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(!text.contains("out.txt"), "{text}");
    // `-o` under another name for the same file (a hard link) is skipped too.
    std::fs::hard_link(dir.path().join("out.txt"), dir.path().join("link.txt")).unwrap();
    slant_in(dir.path())
        .args(["batch", ".", "--isolated", "-f", "jsonl", "-o", "link.txt"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("link.txt")).unwrap();
    // out.txt and link.txt are one file, the output: neither is read.
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(
        !text.contains("link.txt") && !text.contains("out.txt"),
        "{text}"
    );
}

#[test]
fn audit_stdin_is_detected_by_content_or_named_by_stdin_filename() {
    let json =
        r#"{"headline": "Radical Plan Sparks Outrage", "body": "The council met on Monday."}"#;
    let html = "<!doctype html><html><head><title>x</title></head><body><article>\
                <h1>Radical Plan Sparks Outrage</h1><p>The council met on Monday and \
                discussed the plan at length with residents.</p></article></body></html>";
    let markdown = "---\ntitle: Radical Plan Sparks Outrage\n---\n\nThe council met on Monday.\n";
    for (text, format) in [(json, "json"), (html, "html"), (markdown, "markdown")] {
        let out = stdout_of(
            slant()
                .args(["audit", "-", "--isolated", "-f", "json"])
                .write_stdin(text),
        );
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(report["format"], format, "{out}");
        assert_eq!(report["headline"], "Radical Plan Sparks Outrage", "{out}");
    }
    // A name gives the report its source and, by its extension, the format.
    let out = stdout_of(
        slant()
            .args(["audit", "-", "--isolated", "-f", "json"])
            .args(["--stdin-filename", "news/plan.md"])
            .write_stdin("# Radical Plan Sparks Outrage\n\nThe council met on Monday.\n"),
    );
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["source"], "news/plan.md", "{out}");
    assert_eq!(report["format"], "markdown", "{out}");
    assert_eq!(report["headline"], "Radical Plan Sparks Outrage", "{out}");
}

#[test]
fn mdx_files_are_markdown() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("post.mdx"),
        "---\ntitle: Radical Plan Sparks Outrage\n---\n\n# Radical Plan Sparks Outrage\n\nThe council met.\n",
    )
    .unwrap();
    let out = stdout_of(slant_in(dir.path()).args(["batch", ".", "--isolated", "-f", "jsonl"]));
    let report: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["source"], "./post.mdx", "{out}");
    assert_eq!(report["format"], "markdown", "{out}");
    assert_eq!(report["headline"], "Radical Plan Sparks Outrage", "{out}");
}

// ---- 4. Terminals --------------------------------------------------------------------------

/// The widest line of a text, in characters (box-drawing characters are one each).
fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn tables_fit_the_width_they_are_given() {
    let runs: [&[&str]; 3] = [
        &["audit", "corpus/blinken-beijing.txt", "--isolated"],
        &["batch", BATCH, "--isolated"],
        &["check", BATCH, "--isolated", "--fail-on", "label"],
    ];
    for args in runs {
        // Not a terminal: a fixed 120 columns, the same bytes anywhere.
        let fixed = stdout_of(slant().env_remove("COLUMNS").args(args));
        let table_lines: String = fixed
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '╞', '├', '└']))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(widest(&table_lines), 120, "{args:?}\n{fixed}");
        for columns in ["80", "60"] {
            let narrow = stdout_of(slant().env("COLUMNS", columns).args(args));
            let table_lines: Vec<&str> = narrow
                .lines()
                .filter(|l| l.starts_with(['┌', '│', '╞', '├', '└']))
                .collect();
            assert!(!table_lines.is_empty(), "{narrow}");
            let width: usize = columns.parse().unwrap();
            for line in table_lines {
                assert!(
                    line.chars().count() <= width,
                    "{args:?} at {columns}:\n{narrow}"
                );
            }
        }
    }
    // A file is always laid out at 120, whatever COLUMNS says.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.txt");
    slant()
        .env("COLUMNS", "60")
        .args(["batch", BATCH, "--isolated", "-o"])
        .arg(&out)
        .assert()
        .code(2);
    let text = std::fs::read_to_string(&out).unwrap();
    let first = text.lines().next().unwrap_or("");
    assert_eq!(first.chars().count(), 120, "{text}");
}

#[test]
fn batch_top_shows_the_highest_scores_and_summarises_all() {
    let out = stdout_of(
        slant()
            .args(["batch", BATCH, "--isolated", "--top", "2"])
            .args(CLEAN),
    );
    let rows: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("│ ") && !l.starts_with("│ #") && !l.starts_with("│   "))
        .collect();
    assert_eq!(rows.len(), 2, "{out}");
    // The same first two rows as the whole ranking.
    let all = stdout_of(slant().args(["batch", BATCH, "--isolated"]).args(CLEAN));
    let all_rows: Vec<&str> = all
        .lines()
        .filter(|l| l.starts_with("│ ") && !l.starts_with("│ #") && !l.starts_with("│   "))
        .collect();
    // Column widths differ with the content, so compare the Score cells.
    let score = |row: &str| row.split('┆').nth(3).unwrap_or("").trim().to_string();
    let top: Vec<String> = rows.iter().map(|r| score(r)).collect();
    let first: Vec<String> = all_rows.iter().take(2).map(|r| score(r)).collect();
    assert!(!top[0].is_empty(), "{out}");
    assert_eq!(top, first, "{out}\n{all}");
    assert!(out.contains("the top 2 of 5 articles"), "{out}");
    assert!(out.contains("5 articles scored"), "{out}");
    let markdown = stdout_of(
        slant()
            .args(["batch", BATCH, "--isolated", "--top", "1", "-f", "markdown"])
            .args(CLEAN),
    );
    assert!(
        markdown.contains("_4 more articles not shown._"),
        "{markdown}"
    );
    slant()
        .args(["batch", BATCH, "--isolated", "--top", "1", "-f", "jsonl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--top limits the ranked table"));
}

#[test]
fn lexicon_list_for_scripts_keeps_file_names_whole() {
    let tsv = stdout_of(slant().args(["lexicon", "list", "--category", "label", "-f", "tsv"]));
    let mut lines = tsv.lines();
    assert_eq!(
        lines.next(),
        Some("term\tcategory\tweight\tneutral\tmatch\tfile\tline")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(row.len(), 7, "{row:?}");
        assert_eq!(row[1], "label");
        assert!(row[5].ends_with(".toml"), "{row:?}");
        assert!(row[6].parse::<usize>().is_ok(), "{row:?}");
    }
    let json = stdout_of(slant().args(["lexicon", "list", "--category", "label", "-f", "json"]));
    let entries: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(entries.len(), rows.len());
    assert_eq!(entries[0]["term"], rows[0][0]);
    assert_eq!(entries[0]["file"], rows[0][5]);
    assert!(entries[0]["neutral"].is_array());
}

#[test]
fn man_writes_one_page_per_command() {
    let dir = tempfile::tempdir().unwrap();
    slant()
        .arg("man")
        .arg(dir.path().join("man1"))
        .assert()
        .success()
        .stderr(predicate::str::contains("manual pages"));
    let page = |name: &str| {
        std::fs::read_to_string(dir.path().join("man1").join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    for name in [
        "slant.1",
        "slant-audit.1",
        "slant-batch.1",
        "slant-check.1",
        "slant-lexicon-list.1",
    ] {
        let text = page(name);
        assert!(text.contains(".SH \"EXIT STATUS\""), "{name}");
        assert!(text.contains("slant.toml"), "{name}");
    }
    let check = page("slant-check.1");
    assert!(check.contains(".TH slant-check 1"), "{check}");
    assert!(check.contains("allow\\-empty"), "{check}");
    assert!(check.contains("\\fB1\\fR"), "a gate failed: {check}");
    assert!(page("slant-audit.1").contains("stdin\\-filename"));
    // Without a folder, the main page on standard output, as before.
    let main = stdout_of(slant().arg("man"));
    assert!(main.contains(".TH slant 1"), "{main}");
}

#[test]
fn a_heading_repeating_the_front_matter_title_is_not_body_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "---\ntitle: \"Radical plan sparks outrage\"\n---\n\n# Radical Plan Sparks Outrage!\n\nThe council met on Monday.\n",
    )
    .unwrap();
    let out = stdout_of(slant_in(dir.path()).args(["audit", "a.md", "--isolated", "-f", "json"]));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["headline"], "Radical plan sparks outrage");
    let in_body: Vec<&serde_json::Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["location"] == "body")
        .collect();
    assert!(
        in_body.is_empty(),
        "the heading counted as body: {in_body:?}"
    );
}

#[test]
fn one_article_is_not_articles() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join(BATCH).join("b-ferry-plan.md"),
        dir.path().join("a.md"),
    )
    .unwrap();
    slant_in(dir.path())
        .args(["check", ".", "--isolated", "--fail-on", "label"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 of 1 article failed a gate"));
    slant_in(dir.path())
        .args(["check", ".", "--isolated", "--write-baseline", "b.json"])
        .assert()
        .success()
        .stderr(predicate::str::contains(" in 1 article;"));
}

#[test]
fn explanations_never_show_a_negative_zero_or_a_formula_of_zeros() {
    // The fixture has no evaluative term in its headline or body and omits nothing.
    for format in ["table", "json", "markdown", "html"] {
        let text = stdout_of(slant().args([
            "audit",
            "--isolated",
            "-f",
            format,
            "tests/fixtures/articles/article.json",
        ]));
        assert!(!text.contains("-0.00"), "{format}: {text}");
        assert!(!text.contains("(0.00 − 0.00)"), "{format}: {text}");
        // Markdown leaves the score's explanations out.
        if format != "markdown" {
            assert!(
                text.contains("no evaluative terms in either the headline or the body"),
                "{format}: {text}"
            );
        }
    }
}

#[test]
fn a_batchs_top_findings_leave_a_sources_quoted_words_out() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("quoted.txt"),
        "Council Votes on Bypass\n\nThe council voted on the bypass on Monday. \
         \u{201c}This is a disgraceful, shameful betrayal,\u{201d} said Jane Smith, a resident.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("outlet.txt"),
        "Council Votes on Bypass\n\nThe council rammed through a disgraceful bypass on Monday.\n",
    )
    .unwrap();
    let out = stdout_of(
        slant()
            .args(["batch", dir.path().to_str().unwrap(), "--isolated"])
            .args(CLEAN),
    );
    // An article's row and the continuation lines its wrapped cells run on to.
    let row = |name: &str| {
        let lines: Vec<&str> = out.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{out}"));
        let mut text = lines[at].to_string();
        for l in &lines[at + 1..] {
            if !l.starts_with("│   ") {
                break;
            }
            text.push_str(l);
        }
        text
    };
    // The outlet's own word is listed; the resident's quoted words are hers, and not.
    assert!(row("outlet.txt").contains("disgraceful"), "{out}");
    assert!(!row("quoted.txt").contains("disgraceful"), "{out}");
    assert!(!out.contains("shameful ("), "{out}");
}
