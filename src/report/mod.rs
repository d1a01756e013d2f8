/*!
The report: findings and scores as plain serde data (`model`), and one renderer per output
format, each in its own small file behind the [`Renderer`] trait: one article in detail
([`Renderer::render_article`]) or a batch ([`Renderer::render_batch`]), laid out as the
[`RenderContext`] says, and for some formats `slant eval`'s tables of figures
([`Renderer::render_figures`]). Adding a format touches two places in `src/`: a file here and a
variant of [`Format`] (with its answers to `streams`, `needs_text`, `writes_folders`,
`ranks_top`, `shows_figures`).

Spans are byte offsets into the field's text (headline or body); line and column are computed
once, when the report is built, in Unicode code points, 1-based.
*/

mod compact;
mod csv;
mod figures;
mod github;
pub mod html;
mod json;
mod jsonl;
mod junit;
mod markdown;
mod model;
/// Numbers as every format writes them (the ground floor's, so the score's explanations agree).
pub use crate::vocab::number;
mod sarif;
pub mod summary;
mod table;

use std::io::{self, Write};
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::lexicon::Categories;

pub use figures::{AsJson, FigureTable, Figures};
pub use github::Level as AnnotationLevel;
pub use jsonl::ReportField;
pub use model::*;

/// An article that could not be analysed: the batch goes on without it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileError {
    pub source: String,
    /// A short machine-readable kind (`not-found`, `invalid-utf8`, …).
    pub kind: String,
    /// The full message, naming the file (and line where there is one).
    pub message: String,
    /// The place of the error, where it has a line: for a JSONL record, in the stream's file
    /// (whose name `source` does not hold when the record has an id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<ErrorPlace>,
}

/// A file, and a line (and column, in code points) in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorPlace {
    pub path: String,
    pub line: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

/// One input's outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Outcome {
    Report(Box<Report>),
    Error(FileError),
}

/// Why an article failed a gate of `slant check`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GateFailure {
    pub source: String,
    /// `fail-above`, `fail-on`, `max-unsupported`.
    pub gate: String,
    pub message: String,
    /// The finding that failed it, where one did.
    pub finding: Option<Finding>,
}

/// Everything a renderer may need besides the outcomes: the run's name and layout choices as
/// data, so that no renderer knows the command line.
#[derive(Debug, Clone)]
pub struct RenderContext {
    /// The run's name, in titles (`slant batch`, a JUnit suite) and the batch JSON's `command`:
    /// `audit`, `batch` or `check`.
    pub run: &'static str,
    pub color: bool,
    /// Gate failures, in input order.
    pub gate_failures: Vec<GateFailure>,
    /// The slant version, for formats that record the tool.
    pub version: &'static str,
    /// The lexicon categories of the run: SARIF rule texts and HTML colours come from them.
    pub categories: Arc<Categories>,
    /// `--fields`: the report fields a JSONL line keeps (besides `schema_version` and
    /// `source`); empty keeps them all.
    pub fields: Vec<ReportField>,
    /// `--min-level`: the lowest level of annotation the GitHub format writes.
    pub min_level: AnnotationLevel,
    /// The width tables are laid out for: the terminal's, or [`TABLE_WIDTH`] in a file or
    /// pipe, so the output there is the same bytes anywhere.
    pub width: u16,
    /// What a batch shows.
    pub batch: BatchLayout,
}

/// What the batch form of a format shows besides the ranked articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchLayout {
    /// The articles were held against gates: the ranked tables get a gates column, the verdict
    /// counts failures, and a JUnit case fails on its gates rather than on its score's band.
    pub gates: bool,
    /// The ranked table shows the N highest scores (the summary still covers every article).
    pub top: Option<usize>,
}

/// The width tables are laid out for when the output is not a terminal.
pub const TABLE_WIDTH: u16 = 120;

impl RenderContext {
    /// A context for the run named `run` (`audit`, `batch`, `check`), with no gates.
    pub fn new(run: &'static str) -> RenderContext {
        RenderContext {
            run,
            color: false,
            gate_failures: Vec::new(),
            version: env!("CARGO_PKG_VERSION"),
            categories: Arc::default(),
            fields: Vec::new(),
            min_level: AnnotationLevel::Notice,
            width: TABLE_WIDTH,
            batch: BatchLayout::default(),
        }
    }
}

/// Where a batch goes: one stream, or a folder of files for a format that has a folder form
/// ([`Format::writes_folders`]: HTML's site, an index and a page per article).
pub enum Destination<'a> {
    Stream(&'a mut dyn Write),
    Folder(&'a Path),
}

impl<'a> Destination<'a> {
    /// The stream of a format that writes one; a folder is an error for it (the command line
    /// asks [`Format::writes_folders`] before it gives one).
    pub fn stream(self) -> io::Result<&'a mut dyn Write> {
        match self {
            Destination::Stream(out) => Ok(out),
            Destination::Folder(dir) => Err(io::Error::new(
                io::ErrorKind::Unsupported,
                format!(
                    "{}: this format writes one file, not a folder",
                    dir.display()
                ),
            )),
        }
    }
}

/// Writes reports in one output format: one article in detail, or a batch. Shared by the
/// worker threads of a batch, which render streamed formats as they score.
pub trait Renderer: Send + Sync {
    /// One article in detail (`slant audit`).
    fn render_article(
        &self,
        report: &Report,
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()>;

    /// Many outcomes, ranked or listed, in [`RenderContext::batch`]'s layout. A format that
    /// [`streams`](Format::streams) is given a window of outcomes at a time.
    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()>;

    /// Titled tables of figures (`slant eval`), for a format that
    /// [`shows_figures`](Format::shows_figures); the others say they have no such form.
    fn render_figures(
        &self,
        _figures: &Figures,
        _ctx: &RenderContext,
        _out: &mut dyn Write,
    ) -> io::Result<()> {
        Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "this format has no form for tables of figures: use table, json or markdown",
        ))
    }
}

/// An outcome by reference, so that one report renders as a list of one without a copy.
#[derive(Debug, Clone, Copy)]
pub enum Entry<'a> {
    Report(&'a Report),
    Error(&'a FileError),
}

impl Outcome {
    pub fn entry(&self) -> Entry<'_> {
        match self {
            Outcome::Report(r) => Entry::Report(r),
            Outcome::Error(e) => Entry::Error(e),
        }
    }
}

/// The entries of a batch, in input order.
pub fn entries(outcomes: &[Outcome]) -> Vec<Entry<'_>> {
    outcomes.iter().map(Outcome::entry).collect()
}

/// The output formats, both a clap value and a configuration value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Human-readable tables.
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line, per article, streamed as results complete.
    Jsonl,
    /// One CSV row per article.
    Csv,
    /// Markdown for a pull-request comment.
    Markdown,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// JUnit XML, one test case per article.
    Junit,
    /// GitHub Actions workflow-command annotations.
    Github,
    /// One self-contained HTML page: the article with its findings highlighted in place.
    Html,
}

impl Format {
    /// The renderer of this format.
    pub fn renderer(self) -> Box<dyn Renderer> {
        match self {
            Format::Table => Box::new(table::TableRenderer),
            Format::Json => Box::new(json::JsonRenderer),
            Format::Jsonl => Box::new(jsonl::JsonlRenderer),
            Format::Csv => Box::new(csv::CsvRenderer),
            Format::Markdown => Box::new(markdown::MarkdownRenderer),
            Format::Sarif => Box::new(sarif::SarifRenderer),
            Format::Junit => Box::new(junit::JunitRenderer),
            Format::Github => Box::new(github::GithubRenderer),
            Format::Html => Box::new(html::HtmlRenderer),
        }
    }

    /// Whether each article's output depends on that article alone, so outcomes can be
    /// rendered one window at a time as they complete (and memory stays bounded).
    pub fn streams(self) -> bool {
        matches!(self, Format::Jsonl | Format::Github)
    }

    /// Whether a batch in this format reads only the ranking of its reports (score, headline,
    /// top loaded terms; see [`summary::keep_for_ranking`]), so the rest of each report need
    /// not be kept until the end.
    pub fn ranks_only(self) -> bool {
        matches!(self, Format::Table)
    }

    /// Whether the format shows the article's text (HTML highlights findings in place), so
    /// reports must keep it ([`Analyzer::analyze_with_text`](crate::Analyzer::analyze_with_text)).
    pub fn needs_text(self) -> bool {
        matches!(self, Format::Html)
    }

    /// Whether the batch form is a ranked table that [`BatchLayout::top`] can shorten (the
    /// other formats hold every article).
    pub fn ranks_top(self) -> bool {
        matches!(self, Format::Table | Format::Markdown)
    }

    /// Whether the format renders tables of figures ([`Renderer::render_figures`]).
    pub fn shows_figures(self) -> bool {
        matches!(self, Format::Table | Format::Json | Format::Markdown)
    }

    /// Whether the batch form can be a folder ([`Destination::Folder`]): HTML's site.
    pub fn writes_folders(self) -> bool {
        matches!(self, Format::Html)
    }
}
