/*!
`--format jsonl`: one compact JSON object per line, per article, in input order.

A scored article's line is its [`Report`] (the same object `--format json` holds, with its
`source`: the file path or the record's `id`), plus `gate_failures` when `slant check` failed
it. An input that could not be read is `{"source", "error": {"kind", "message"}}`.

`--fields findings,score` keeps only the named fields of each report (besides `schema_version`
and `source`, always there, and `gate_failures` when there are any), in the report's own
order: a compact line for a consumer that needs only those. The full line is about three
times the size of the article it describes; serialising it is most of the cost of writing.

Each line depends only on its own article, so rendering outcomes one at a time gives the same
bytes as rendering them all at once: the command line streams this format as results are
ready, which is what lets slant be the map step of Spark `RDD.pipe` or Hadoop streaming.
*/

use std::io::{self, Write};

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::compact;
use super::{
    entries, Destination, Entry, ErrorPlace, FileError, GateFailure, Outcome, RenderContext,
    Renderer, Report,
};

pub struct JsonlRenderer;

#[derive(Serialize)]
struct ReportLine<'a> {
    #[serde(flatten)]
    report: &'a Report,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    gate_failures: Vec<&'a GateFailure>,
}

/// A field of a report that `--fields` can keep, in the report's order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReportField {
    Format,
    Headline,
    Notes,
    Findings,
    Voices,
    Density,
    Counts,
    Support,
    Omissions,
    Tone,
    Frames,
    Sourcing,
    Score,
    ArticleType,
    Copies,
}

/// A report line with only some of its fields.
struct SelectedLine<'a> {
    report: &'a Report,
    fields: &'a [ReportField],
    gate_failures: Vec<&'a GateFailure>,
}

impl Serialize for SelectedLine<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use clap::ValueEnum;
        let r = self.report;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("schema_version", &r.schema_version)?;
        map.serialize_entry("source", &r.source)?;
        for field in ReportField::value_variants() {
            if !self.fields.contains(field) {
                continue;
            }
            match field {
                ReportField::Format => map.serialize_entry("format", &r.format)?,
                ReportField::Headline => map.serialize_entry("headline", &r.headline)?,
                ReportField::Notes if r.notes.is_empty() => {}
                ReportField::Notes => map.serialize_entry("notes", &r.notes)?,
                ReportField::Findings => map.serialize_entry("findings", &r.findings)?,
                ReportField::Voices => map.serialize_entry("voices", &r.voices)?,
                ReportField::Density => map.serialize_entry("density", &r.density)?,
                ReportField::Counts => map.serialize_entry("counts", &r.counts)?,
                ReportField::Support => map.serialize_entry("support", &r.support)?,
                ReportField::Omissions => map.serialize_entry("omissions", &r.omissions)?,
                ReportField::Tone => map.serialize_entry("tone", &r.tone)?,
                ReportField::Frames => map.serialize_entry("frames", &r.frames)?,
                ReportField::Sourcing => map.serialize_entry("sourcing", &r.sourcing)?,
                ReportField::Score => map.serialize_entry("score", &r.score)?,
                ReportField::ArticleType => map.serialize_entry("article_type", &r.article_type)?,
                ReportField::Copies if r.copies.is_empty() => {}
                ReportField::Copies => map.serialize_entry("copies", &r.copies)?,
            }
        }
        if !self.gate_failures.is_empty() {
            map.serialize_entry("gate_failures", &self.gate_failures)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    source: &'a str,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    at: Option<&'a ErrorPlace>,
}

impl Renderer for JsonlRenderer {
    fn render_article(
        &self,
        report: &Report,
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        write_lines(&[Entry::Report(report)], ctx, out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        write_lines(&entries(outcomes), ctx, out.stream()?)
    }
}

/// A line per entry.
fn write_lines(entries: &[Entry], ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    // Each line is serialised into a buffer of its own and written at once: serde_json
    // writes a line in thousands of small pieces, and through `dyn Write` each piece was a
    // virtual call into the output's buffer.
    //
    // The buffer is kept per thread between calls: a batch renders one article per call, and
    // growing a fresh buffer to a line's size (about three times the article) was a tenth of
    // the serialisation. A buffer grown past `KEEP_BYTES` by a huge article is let go.
    const KEEP_BYTES: usize = 1 << 20;
    thread_local! {
        static LINE: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    LINE.with(|cell| {
        let Ok(mut line_bytes) = cell.try_borrow_mut() else {
            return write_lines_into(entries, ctx, out, &mut Vec::new());
        };
        let result = write_lines_into(entries, ctx, out, &mut line_bytes);
        if line_bytes.capacity() > KEEP_BYTES {
            *line_bytes = Vec::new();
        }
        result
    })
}

/// [`write_lines`] with the line buffer given.
fn write_lines_into(
    entries: &[Entry],
    ctx: &RenderContext,
    out: &mut dyn Write,
    line_bytes: &mut Vec<u8>,
) -> io::Result<()> {
    for entry in entries {
        line_bytes.clear();
        match *entry {
            Entry::Report(report) => {
                let gate_failures = ctx
                    .gate_failures
                    .iter()
                    .filter(|g| g.source == report.source)
                    .collect();
                if ctx.fields.is_empty() {
                    let line = ReportLine {
                        report,
                        gate_failures,
                    };
                    write_json(line_bytes, &line)?;
                } else {
                    let line = SelectedLine {
                        report,
                        fields: &ctx.fields,
                        gate_failures,
                    };
                    write_json(line_bytes, &line)?;
                }
            }
            Entry::Error(FileError {
                source,
                kind,
                message,
                at,
            }) => {
                let line = ErrorLine {
                    source,
                    error: ErrorBody {
                        kind,
                        message,
                        at: at.as_ref(),
                    },
                };
                write_json(line_bytes, &line)?;
            }
        }
        line_bytes.push(b'\n');
        out.write_all(line_bytes)?;
    }
    Ok(())
}

/// Appends `value` as compact JSON: through [`compact`] (the same bytes as serde_json,
/// written faster), or through serde_json for what that writer leaves to it.
fn write_json<T: Serialize>(out: &mut Vec<u8>, value: &T) -> io::Result<()> {
    let start = out.len();
    if compact::write_compact(out, value).is_err() {
        out.truncate(start);
        serde_json::to_writer(&mut *out, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Destination;
    use crate::{Analyzer, Article};

    fn outcomes() -> Vec<Outcome> {
        let analyzer = Analyzer::with_defaults().unwrap();
        vec![
            Outcome::Report(Box::new(analyzer.analyze(&Article::from_parts(
                "a-1",
                Some("Hardline plan slammed"),
                "The council voted on the plan.",
            )))),
            Outcome::Error(FileError {
                source: "b.txt".into(),
                kind: "empty".into(),
                message: "b.txt: file is empty".into(),
                at: None,
            }),
        ]
    }

    #[test]
    fn fields_keep_only_the_named_parts_in_report_order() {
        let mut ctx = RenderContext::new("batch");
        ctx.fields = vec![ReportField::Score, ReportField::Findings];
        let outcomes = outcomes();
        let mut selected = Vec::new();
        JsonlRenderer
            .render_batch(&outcomes, &ctx, Destination::Stream(&mut selected))
            .unwrap();
        let mut full = Vec::new();
        JsonlRenderer
            .render_batch(
                &outcomes,
                &RenderContext::new("batch"),
                Destination::Stream(&mut full),
            )
            .unwrap();
        let (selected, full) = (
            String::from_utf8(selected).unwrap(),
            String::from_utf8(full).unwrap(),
        );
        let line: serde_json::Value =
            serde_json::from_str(selected.lines().next().unwrap()).unwrap();
        let whole: serde_json::Value = serde_json::from_str(full.lines().next().unwrap()).unwrap();
        let keys: Vec<&str> = line
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys.len(), 4, "{keys:?}");
        let at = |key: &str| selected.find(&format!("\"{key}\":")).unwrap();
        assert!(at("schema_version") < at("source"));
        assert!(at("source") < at("findings") && at("findings") < at("score"));
        assert_eq!(line["findings"], whole["findings"]);
        assert_eq!(line["score"], whole["score"]);
        assert!(!line["findings"].as_array().unwrap().is_empty());
        // Errors keep their full line.
        assert_eq!(selected.lines().nth(1), full.lines().nth(1));
    }

    #[test]
    fn lines_are_the_bytes_serde_json_writes() {
        let analyzer = Analyzer::with_defaults().unwrap();
        let report = analyzer.analyze(&Article::from_parts(
            "a \"quoted\"\tsource",
            Some("Hardline plan “slammed” by critics"),
            "The council voted on the plan.\n\n\"It is a disgrace,\" said one critic, who \
             called the reckless scheme a betrayal. Officials said 40% of residents agreed.",
        ));
        let line = ReportLine {
            report: &report,
            gate_failures: Vec::new(),
        };
        let mut ours = Vec::new();
        write_json(&mut ours, &line).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&line).unwrap()
        );
    }

    #[test]
    fn one_line_per_outcome_and_chunking_does_not_matter() {
        let ctx = RenderContext::new("batch");
        let outcomes = outcomes();
        let mut whole = Vec::new();
        JsonlRenderer
            .render_batch(&outcomes, &ctx, Destination::Stream(&mut whole))
            .unwrap();
        let mut pieces = Vec::new();
        for o in &outcomes {
            JsonlRenderer
                .render_batch(
                    std::slice::from_ref(o),
                    &ctx,
                    Destination::Stream(&mut pieces),
                )
                .unwrap();
        }
        assert_eq!(whole, pieces);
        let text = String::from_utf8(whole).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["source"], "a-1");
        assert!(lines[0]["score"]["total"].is_number());
        assert_eq!(lines[1]["error"]["kind"], "empty");
    }
}
