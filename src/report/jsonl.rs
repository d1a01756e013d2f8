/*!
`--format jsonl`: one compact JSON object per line, per article, in input order.

A scored article's line is its [`Report`] (the same object `--format json` holds, with its
`source`: the file path or the record's `id`), plus `gate_failures` when `slant check` failed
it. An input that could not be read is `{"source", "error": {"kind", "message"}}`.

Each line depends only on its own article, so rendering outcomes one at a time gives the same
bytes as rendering them all at once: the command line streams this format as results are
ready, which is what lets slant be the map step of Spark `RDD.pipe` or Hadoop streaming.
*/

use std::io::{self, Write};

use serde::Serialize;

use super::{ErrorPlace, FileError, GateFailure, Outcome, RenderContext, Renderer, Report};

pub struct JsonlRenderer;

#[derive(Serialize)]
struct ReportLine<'a> {
    #[serde(flatten)]
    report: &'a Report,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    gate_failures: Vec<&'a GateFailure>,
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
    fn render(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        // Each line is serialised into a buffer of its own and written at once: serde_json
        // writes a line in thousands of small pieces, and through `dyn Write` each piece was a
        // virtual call into the output's buffer.
        let mut line_bytes = Vec::new();
        for outcome in outcomes {
            line_bytes.clear();
            match outcome {
                Outcome::Report(report) => {
                    let line = ReportLine {
                        report,
                        gate_failures: ctx
                            .gate_failures
                            .iter()
                            .filter(|g| g.source == report.source)
                            .collect(),
                    };
                    serde_json::to_writer(&mut line_bytes, &line)?;
                }
                Outcome::Error(FileError {
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
                    serde_json::to_writer(&mut line_bytes, &line)?;
                }
            }
            line_bytes.push(b'\n');
            out.write_all(&line_bytes)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Command;
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
    fn one_line_per_outcome_and_chunking_does_not_matter() {
        let ctx = RenderContext::new(Command::Batch);
        let outcomes = outcomes();
        let mut whole = Vec::new();
        JsonlRenderer.render(&outcomes, &ctx, &mut whole).unwrap();
        let mut pieces = Vec::new();
        for o in &outcomes {
            JsonlRenderer
                .render(std::slice::from_ref(o), &ctx, &mut pieces)
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
