//! A new lexicon category is one TOML file: its header's title and summary become the SARIF
//! rule, its colour (or the next free one) the HTML legend's swatch, and its role the part it
//! plays in the analyses.

mod common;

use common::slant;

const SPIN: &str = r#"[lexicon]
name = "spin"
category = "spin"
description = "Words that spin"
weight = 1.0
role = "evaluative"
title = "Spin word"
summary = "A word that presents a fact in the best light for someone."

[[entry]]
term = "splendiferous"
match = "exact"
note = "Spin."
flag = ["A splendiferous plan."]
"#;

fn setup() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let lexicons = dir.path().join("lexicons");
    std::fs::create_dir(&lexicons).unwrap();
    std::fs::write(lexicons.join("spin.toml"), SPIN).unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(
        &article,
        "Council unveils splendiferous plan\n\nThe council said on Monday that its splendiferous plan would cut traffic.\n",
    )
    .unwrap();
    let (l, a) = (
        lexicons.display().to_string(),
        article.display().to_string(),
    );
    (dir, l, a)
}

fn audit(format: &str, extra: &[&str]) -> String {
    let (_dir, lexicons, article) = setup();
    let out = slant()
        .args([
            "audit",
            "--isolated",
            "--format",
            format,
            "--lexicons",
            &lexicons,
        ])
        .args(extra)
        .arg(&article)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_new_category_is_a_sarif_rule_with_its_header_texts() {
    let sarif: serde_json::Value = serde_json::from_str(&audit("sarif", &[])).unwrap();
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let rule = rules
        .iter()
        .find(|r| r["id"] == "spin")
        .expect("a spin rule");
    assert_eq!(rule["shortDescription"]["text"], "Spin word");
    assert_eq!(
        rule["fullDescription"]["text"],
        "A word that presents a fact in the best light for someone."
    );
}

#[test]
fn a_new_category_takes_the_next_palette_colour_in_the_html_legend() {
    // The default pack declares all 14 colours, so the first new category starts round the
    // palette again at c0; alone, it takes the first colour.
    for extra in [&[][..], &["--no-default-lexicons"][..]] {
        let html = audit("html", extra);
        assert!(
            html.contains("<span class=\"swatch c0\"></span>spin (2)</li>"),
            "{extra:?}: {}",
            &html[html.find("class=\"legend\"").unwrap_or(0)..][..400.min(html.len())]
        );
    }
}

#[test]
fn a_new_evaluative_category_is_checked_against_the_body() {
    // Its role makes the headline term a claim the body should back: here the body repeats it.
    let json: serde_json::Value = serde_json::from_str(&audit("json", &[])).unwrap();
    let terms = json["support"]["terms"].as_array().unwrap();
    assert!(
        terms
            .iter()
            .any(|t| t["term"] == "splendiferous" && t["status"] == "supported"),
        "{terms:?}"
    );
}
