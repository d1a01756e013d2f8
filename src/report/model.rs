/*!
The data model of a report. It is the JSON schema too (`docs/json-schema.md`): field names
are stable, new fields are only ever added.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analysis::{Frames, Omissions, Sourcing, Support, Tone};
use crate::article::InputFormat;
use crate::score::Score;

/// A byte range `start..end` in a field's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Whose voice a word is in.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Voice {
    /// The publication's own voice.
    #[default]
    Outlet,
    /// A clause reported from a named source.
    Attributed,
    /// Inside quotation marks.
    Quoted,
}

impl Voice {
    pub fn as_str(self) -> &'static str {
        match self {
            Voice::Outlet => "outlet",
            Voice::Attributed => "attributed",
            Voice::Quoted => "quoted",
        }
    }
}

/// Which field of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Location {
    Headline,
    Body,
}

impl Location {
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Headline => "headline",
            Location::Body => "body",
        }
    }
}

/// What a finding reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A lexicon term: loaded word, label, idiom, booster, hedge, …
    LoadedTerm,
    /// An evaluative headline term that nothing in the body supports.
    UnsupportedTerm,
}

/// One flagged place in the article, with its evidence and reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub location: Location,
    /// Byte span in the field's text.
    pub span: Span,
    /// 1-based line and column (Unicode code points) in the file when the field has a map to
    /// it (plain text, Markdown, JSON, JSONL: see [`crate::Field`]), else (HTML) counted from
    /// the start of the field.
    pub line: usize,
    pub column: usize,
    /// The text as it stands in the article.
    pub text: String,
    /// The lexicon entry that matched.
    pub term: String,
    pub category: String,
    pub weight: f64,
    pub voice: Voice,
    pub neutral: Vec<String>,
    /// Why the term is loaded (or, for an unsupported term, why it counts as unsupported).
    pub note: String,
    /// The lexicon file the entry came from.
    pub lexicon: String,
    /// The article asked for this term to be ignored (`slant-ignore`); it is not scored.
    #[serde(default)]
    pub suppressed: bool,
}

/// Loadedness: weighted terms per 100 word tokens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Density {
    pub headline: f64,
    pub body: f64,
    /// `headline / body`; absent when the body has no loaded terms.
    pub ratio: Option<f64>,
    pub headline_tokens: usize,
    pub body_tokens: usize,
}

/// The full analysis of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Version of this JSON layout.
    pub schema_version: u32,
    /// File path, `-` for stdin, or a record's id.
    pub source: String,
    pub format: InputFormat,
    pub headline: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Headline findings first, then body; each in text order.
    pub findings: Vec<Finding>,
    pub density: Density,
    /// Unsuppressed loaded-term findings per category.
    pub counts: BTreeMap<String, usize>,
    pub support: Support,
    pub omissions: Omissions,
    pub tone: Tone,
    pub frames: Frames,
    pub sourcing: Sourcing,
    pub score: Score,
    /// The article's own text, which the spans index into. Only
    /// [`Analyzer::analyze_with_text`](crate::Analyzer::analyze_with_text) fills it, for the
    /// renderers that show the text with its findings in place (HTML); it is left out of JSON
    /// when absent so the plain report keeps its layout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<ArticleText>,
    /// Whether the line and column of headline and body findings point into the file named
    /// by `source` ([`Article::located_in_file`](crate::Article::located_in_file)), for the
    /// formats that annotate files (GitHub, SARIF). Not part of the JSON: a reader of the JSON
    /// has `format` and `source`.
    #[serde(skip)]
    pub located: Located,
}

/// Per field, whether its findings' line and column are places in the source file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Located {
    pub headline: bool,
    pub body: bool,
}

impl Located {
    pub fn at(self, location: Location) -> bool {
        match location {
            Location::Headline => self.headline,
            Location::Body => self.body,
        }
    }
}

/// The text of an article as the analysis saw it, so spans can be resolved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleText {
    /// The headline field verbatim (not trimmed like [`Report::headline`]): headline spans
    /// index into this.
    pub headline: Option<String>,
    /// The body field verbatim: body spans index into this.
    pub body: String,
}

/// The version of the JSON layout this build writes.
pub const SCHEMA_VERSION: u32 = 1;
