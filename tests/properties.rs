//! Property tests: for arbitrary bytes and arbitrary Unicode text, in every input format, the
//! reader and the analyser return without panicking, every finding's span lies inside its
//! field on character boundaries, and the JSON output parses.
//!
//! Case counts are modest so `cargo test` stays quick; the fuzz target in `fuzz/` explores
//! the same path for as long as it is left running.

use std::sync::OnceLock;

use proptest::prelude::*;
use slant::article::json::{article_from_json, JsonFields, JsonPlace};
use slant::article::{decode_input, InputLimits};
use slant::report::{Format, RenderContext, Report, Span};
use slant::{Analyzer, Article, InputFormat, Location};

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::with_defaults().expect("the embedded lexicons load"))
}

fn formats() -> impl Strategy<Value = InputFormat> {
    prop_oneof![
        Just(InputFormat::Text),
        Just(InputFormat::Markdown),
        Just(InputFormat::Html),
        Just(InputFormat::Json),
    ]
}

/// Text that looks enough like an article to reach the analyser: loaded words, markup,
/// quotes, line breaks of every kind, and the odd emoji, combining mark, RTL and CJK letter.
fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => Just("slams ".to_string()),
        4 => Just("the minister said ".to_string()),
        2 => Just("reckless ".to_string()),
        2 => Just("\u{201C}quote\u{201D} ".to_string()),
        2 => Just("critics say ".to_string()),
        // Colons and lone marks: a statement or a quotation opened by a colon, a colon inside
        // a quotation, a mark left open across paragraphs.
        2 => Just(": ".to_string()),
        1 => Just("\u{201C}".to_string()),
        1 => Just("\u{201D} ".to_string()),
        2 => Just(". ".to_string()),
        2 => Just("\n\n".to_string()),
        1 => Just("\r\n".to_string()),
        1 => Just("\r".to_string()),
        1 => Just("# ".to_string()),
        1 => Just("---\n".to_string()),
        1 => Just("<h1>".to_string()),
        1 => Just("<p>".to_string()),
        1 => Just("</p>".to_string()),
        1 => Just("{\"headline\": \"".to_string()),
        1 => Just("\", \"body\": \"".to_string()),
        1 => Just("\"}".to_string()),
        1 => Just("😡👩🏽‍⚖️ ".to_string()),
        1 => Just("e\u{0301}\u{0308} ".to_string()),
        1 => Just("الوزير ".to_string()),
        1 => Just("首相は ".to_string()),
        1 => Just("ß İ ﬁ ".to_string()),
        4 => "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// `text` with every non-ASCII character written as a `\\u` escape (surrogate pairs beyond
/// the BMP), as JSON exporters that keep to ASCII write it. JSON has non-ASCII characters only
/// inside strings, so the whole text can be escaped.
fn ascii_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
}

/// Each character of `field` (but those in `skip`, the paragraph breaks the file does not
/// have) is reported where `lines` (the file's, 1-based) hold that character, or the
/// backslash of the escape that stands for it.
fn check_places(
    field: &slant::Field,
    lines: &[&str],
    ascii: bool,
    skip: &[std::ops::Range<usize>],
) -> Result<(), TestCaseError> {
    let index = slant::error::LineIndex::new(&field.text);
    for (at, c) in field.text.char_indices() {
        if skip.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let (line, column) = field.line_column(at);
        prop_assert_eq!(field.line_column_indexed(&index, at), (line, column));
        let found = lines.get(line - 1).and_then(|l| l.chars().nth(column - 1));
        let escaped = c == '"' || c == '\\' || c < ' ' || (ascii && !c.is_ascii());
        let expected = if escaped { '\\' } else { c };
        prop_assert_eq!(
            found,
            Some(expected),
            "{:?} at byte {} of {:?}",
            c,
            at,
            field.text
        );
    }
    Ok(())
}

/// Checks every span of `report` against the article's fields.
fn check_spans(article: &Article, report: &Report) -> Result<(), TestCaseError> {
    let field_of = |location: Location| match location {
        Location::Headline => article.headline.as_ref().map_or("", |h| h.text.as_str()),
        Location::Body => article.body.text.as_str(),
    };
    let in_field = |text: &str, span: Span| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    for f in &report.findings {
        let field = field_of(f.location);
        prop_assert!(in_field(field, f.span), "{f:?} outside {field:?}");
        prop_assert_eq!(&field[f.span.start..f.span.end], f.text.as_str());
        prop_assert!(f.line >= 1 && f.column >= 1);
    }
    let headline = field_of(Location::Headline);
    for t in &report.support.terms {
        prop_assert!(in_field(headline, t.span), "support term {t:?}");
    }
    for c in &report.support.clauses {
        prop_assert!(in_field(headline, c.span), "clause {c:?}");
    }
    Ok(())
}

/// The JSON rendering of `report` parses.
fn check_json(report: Report) -> Result<(), TestCaseError> {
    let mut out = Vec::new();
    Format::Json
        .renderer()
        .render_article(&report, &RenderContext::new("audit"), &mut out)
        .map_err(|e| TestCaseError::fail(format!("render: {e}")))?;
    serde_json::from_slice::<serde_json::Value>(&out)
        .map_err(|e| TestCaseError::fail(format!("JSON does not parse: {e}")))?;
    Ok(())
}

/// Decode, parse, analyse, check, render: the whole path after reading a file.
fn full_path(bytes: &[u8], format: InputFormat, lossy: bool) -> Result<(), TestCaseError> {
    let limits = InputLimits {
        lossy,
        ..InputLimits::default()
    };
    let Ok((text, _)) = decode_input("prop", bytes, &limits) else {
        return Ok(());
    };
    let Ok(article) = Article::parse("prop", &text, format) else {
        return Ok(());
    };
    let report = analyzer().analyze(&article);
    check_spans(&article, &report)?;
    check_json(report)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
        format in formats(),
        lossy in any::<bool>(),
    ) {
        full_path(&bytes, format, lossy)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}", format in formats()) {
        full_path(text.as_bytes(), format, false)?;
    }

    #[test]
    fn article_like_text_keeps_spans_valid(text in article_text(), format in formats()) {
        full_path(text.as_bytes(), format, false)?;
    }

    /// Bytes that start with a byte-order mark reach the UTF-16 and UTF-8-BOM decoders.
    #[test]
    fn byte_order_marks_then_arbitrary_bytes(
        bom in prop_oneof![
            Just(vec![0xEF, 0xBB, 0xBF]),
            Just(vec![0xFF, 0xFE]),
            Just(vec![0xFE, 0xFF]),
        ],
        text in article_text(),
        tail in prop::collection::vec(any::<u8>(), 0..16),
    ) {
        let mut bytes = bom.clone();
        match bom.as_slice() {
            [0xFF, 0xFE] => bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes)),
            [0xFE, 0xFF] => bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes)),
            _ => bytes.extend(text.as_bytes()),
        }
        bytes.extend(tail);
        full_path(&bytes, InputFormat::Text, false)?;
    }

    /// A JSON article, however it is written (pretty or on one line, as a file or a JSONL
    /// record, non-ASCII raw or escaped, a body string or an array of them), has each
    /// character of its fields reported where the file has it.
    #[test]
    fn json_fields_point_at_their_characters_in_the_file(
        headline in article_text(),
        parts in prop::collection::vec(article_text(), 1..4),
        pretty in any::<bool>(),
        ascii in any::<bool>(),
        record_line in prop::option::of(1usize..10_000),
    ) {
        let body = if parts.len() == 1 {
            serde_json::json!(parts[0])
        } else {
            serde_json::json!(parts)
        };
        let value = serde_json::json!({"id": 7, "headline": headline, "body": body});
        let pretty = pretty && record_line.is_none();
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        let text = if ascii { ascii_json(&text) } else { text };
        let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
        let place = record_line.map_or(JsonPlace::File, JsonPlace::Line);
        let article = article_from_json("p", &text, &parsed, &JsonFields::default(), place)
            .expect("an article");
        let lines: Vec<&str> = match record_line {
            // Only line `n` of the stream is there; the lines before it are never asked for.
            Some(n) => std::iter::repeat_n("", n - 1).chain([text.as_str()]).collect(),
            None => text.split('\n').collect(),
        };
        if let Some(h) = &article.headline {
            check_places(h, &lines, ascii, &[])?;
        }
        let mut breaks = Vec::new();
        let mut at = 0;
        for part in &parts[..parts.len() - 1] {
            at += part.len();
            breaks.push(at..at + 2);
            at += 2;
        }
        check_places(&article.body, &lines, ascii, &breaks)?;
    }

    /// Headline and body given directly (as a library user or a JSONL record does).
    #[test]
    fn from_parts_keeps_spans_valid(headline in article_text(), body in article_text()) {
        let article = Article::from_parts("prop", Some(&headline), &body);
        let report = analyzer().analyze(&article);
        check_spans(&article, &report)?;
        check_json(report)?;
    }
}
