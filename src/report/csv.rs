/*!
`--format csv`: one row per input, in input order, for spreadsheets and data frames.

Columns: `source, status, headline, score, band, loaded_terms, unsupported_terms,
headline_terms, gate_failures, error, type, type_cues, copies`. `status` is `ok`, `failed` (a gate of `slant check`
failed) or `error` (the input could not be read; `error` says why). List cells join items
with `; `. Quoting follows RFC 4180 (the `csv` crate).
*/

use std::io::{self, Write};

use super::{
    entries, Destination, Entry, FindingKind, Location, Outcome, RenderContext, Renderer, Report,
};

pub struct CsvRenderer;

const HEADER: [&str; 13] = [
    "source",
    "status",
    "headline",
    "score",
    "band",
    "loaded_terms",
    "unsupported_terms",
    "headline_terms",
    "gate_failures",
    "error",
    "type",
    "type_cues",
    "copies",
];

impl Renderer for CsvRenderer {
    fn render_article(
        &self,
        report: &Report,
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        write_rows(&[Entry::Report(report)], ctx, out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        write_rows(&entries(outcomes), ctx, out.stream()?)
    }
}

/// The header and a row per entry.
fn write_rows(entries: &[Entry], ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for entry in entries {
        match *entry {
            Entry::Report(r) => {
                let live = || r.findings.iter().filter(|f| !f.suppressed);
                let loaded = live().filter(|f| f.kind == FindingKind::LoadedTerm).count();
                let unsupported: Vec<&str> = live()
                    .filter(|f| f.kind == FindingKind::UnsupportedTerm)
                    .map(|f| f.text.as_str())
                    .collect();
                let headline_terms: Vec<String> = live()
                    .filter(|f| {
                        f.kind == FindingKind::LoadedTerm && f.location == Location::Headline
                    })
                    .map(|f| format!("{} ({})", f.text, f.category))
                    .collect();
                let gates: Vec<String> = ctx
                    .gate_failures
                    .iter()
                    .filter(|g| g.source == r.source)
                    .map(|g| format!("{}: {}", g.gate, g.message))
                    .collect();
                w.write_record([
                    r.source.as_str(),
                    if gates.is_empty() { "ok" } else { "failed" },
                    r.headline.as_deref().unwrap_or(""),
                    &format!("{:.1}", r.score.total),
                    r.score.band.as_str(),
                    &loaded.to_string(),
                    &unsupported.join("; "),
                    &headline_terms.join("; "),
                    &gates.join("; "),
                    "",
                    r.article_type.kind.as_str(),
                    &r.article_type.cues(),
                    &r.copies.join("; "),
                ])?;
            }
            Entry::Error(e) => {
                w.write_record([
                    e.source.as_str(),
                    "error",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    &e.message,
                    "",
                    "",
                    "",
                ])?;
            }
        }
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Destination, FileError};

    #[test]
    fn errors_are_rows_and_cells_are_quoted() {
        let outcomes = [Outcome::Error(FileError {
            source: "a, \"b\".txt".into(),
            kind: "empty".into(),
            message: "a.txt: file is empty".into(),
            at: None,
        })];
        let mut out = Vec::new();
        CsvRenderer
            .render_batch(
                &outcomes,
                &RenderContext::new("batch"),
                Destination::Stream(&mut out),
            )
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text.lines().nth(1),
            Some("\"a, \"\"b\"\".txt\",error,,,,,,,,a.txt: file is empty,,,")
        );
    }
}
