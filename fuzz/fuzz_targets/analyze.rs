//! Fuzz target: arbitrary bytes through the whole article path — decoding (BOMs, UTF-16,
//! invalid UTF-8, NUL bytes, line limits), every input format's parser, the analyser, and the
//! JSON report. It checks what the property tests check, on inputs libFuzzer evolves: no
//! panic, every span on char boundaries inside its field, and JSON output that parses.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use slant::article::{decode_input, InputLimits};
use slant::report::{Command, Format, Outcome, RenderContext};
use slant::{Analyzer, Article, InputFormat, Location};

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::with_defaults().expect("the embedded lexicons load"))
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks the format and lossy decoding; the rest is the file.
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let format = match selector % 4 {
        0 => InputFormat::Text,
        1 => InputFormat::Markdown,
        2 => InputFormat::Html,
        _ => InputFormat::Json,
    };
    let limits = InputLimits {
        lossy: selector & 4 != 0,
        ..InputLimits::default()
    };
    let Ok((text, _notes)) = decode_input("fuzz", bytes, &limits) else {
        return;
    };
    let Ok(article) = Article::parse("fuzz", &text, format) else {
        return;
    };
    let report = analyzer().analyze(&article);
    for finding in &report.findings {
        let field = match finding.location {
            Location::Headline => article.headline.as_ref().map_or("", |h| h.text.as_str()),
            Location::Body => article.body.text.as_str(),
        };
        let span = finding.span;
        assert!(
            span.start <= span.end && span.end <= field.len(),
            "span out of field"
        );
        assert!(field.is_char_boundary(span.start) && field.is_char_boundary(span.end));
    }
    let outcomes = [Outcome::Report(Box::new(report))];
    let mut out = Vec::new();
    Format::Json
        .renderer()
        .render(&outcomes, &RenderContext::new(Command::Audit), &mut out)
        .expect("rendering to memory does not fail");
    serde_json::from_slice::<serde_json::Value>(&out).expect("the JSON report parses");
});
