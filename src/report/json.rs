/*!
`--format json`: one JSON document. For `audit` of one article it is that article's
[`Report`](super::Report); for `batch` and `check` it is
`{"schema_version", "command", "articles": [...], "errors": [...], "gate_failures": [...]}`.
The layout is described in `docs/json-schema.md`.
*/

use std::io::{self, Write};

use serde::Serialize;

use super::{
    Destination, Figures, FileError, GateFailure, Outcome, RenderContext, Renderer, Report,
    SCHEMA_VERSION,
};

pub struct JsonRenderer;

#[derive(Serialize)]
struct Batch<'a> {
    schema_version: u32,
    command: &'a str,
    articles: Vec<&'a Report>,
    errors: Vec<&'a FileError>,
    gate_failures: &'a [GateFailure],
}

impl Renderer for JsonRenderer {
    fn render_article(
        &self,
        report: &Report,
        _ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, report)?;
        writeln!(out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        let out = out.stream()?;
        let batch = Batch {
            schema_version: SCHEMA_VERSION,
            command: ctx.run,
            articles: outcomes
                .iter()
                .filter_map(|o| match o {
                    Outcome::Report(r) => Some(r.as_ref()),
                    Outcome::Error(_) => None,
                })
                .collect(),
            errors: outcomes
                .iter()
                .filter_map(|o| match o {
                    Outcome::Error(e) => Some(e),
                    Outcome::Report(_) => None,
                })
                .collect(),
            gate_failures: &ctx.gate_failures,
        };
        serde_json::to_writer_pretty(&mut *out, &batch)?;
        writeln!(out)
    }

    /// The data the figures were made from, not the tables.
    fn render_figures(
        &self,
        figures: &Figures,
        _ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        figures.data.write_json_pretty(out)?;
        writeln!(out)
    }
}
