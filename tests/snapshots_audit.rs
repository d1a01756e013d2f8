//! Snapshots of `slant audit` on the canonical seed article, one per output format that a
//! person reads (table) or a program parses (JSON). The snapshots pin the exact bytes, so any
//! change to the lexicons, the analysis or a renderer shows up here as a reviewable diff.
//!
//! To accept a deliberate change: `INSTA_UPDATE=always cargo test --test snapshots_audit`,
//! then read the diff of `tests/snapshots/` before keeping it.

use assert_cmd::Command;

const SEED: &str = "corpus/blinken-beijing.txt";

fn audit(extra: &[&str]) -> String {
    let out = Command::cargo_bin("slant")
        .expect("the binary is built")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["audit", SEED, "--isolated", "--color", "never"])
        .args(extra)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

#[test]
fn audit_seed_table() {
    insta::assert_snapshot!("audit_seed_table", audit(&[]));
}

#[test]
fn audit_seed_json() {
    let text = audit(&["--format", "json"]);
    // The raw bytes are what is pinned; parsing only checks the snapshot is of valid JSON.
    serde_json::from_str::<serde_json::Value>(&text).expect("JSON output parses");
    insta::assert_snapshot!("audit_seed_json", text);
}
