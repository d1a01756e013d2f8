//! Every `flag` and `pass` example of every entry of every default lexicon file, one generated
//! test per file (see build.rs). A `flag` sentence must match its entry; a `pass` sentence must
//! not — with the whole default pack loaded, as on a real article.

use std::sync::OnceLock;

use slant::lexicon::check::check_examples;
use slant::lexicon::{LexiconSet, Matcher};

fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| Matcher::new(LexiconSet::embedded().expect("the default pack loads")))
}

fn check_lexicon_file(relative: &str) {
    let m = matcher();
    let path = format!("default:{relative}");
    let index = m
        .lexicons()
        .lexicons
        .iter()
        .position(|l| l.path == path)
        .unwrap_or_else(|| panic!("{path} is embedded"));
    let failures = check_examples(m, index);
    assert!(
        failures.is_empty(),
        "{} example(s) fail:\n{}",
        failures.len(),
        failures
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

include!(concat!(env!("OUT_DIR"), "/lexicon_example_tests.rs"));
