/*!
The data model of a report. It is the JSON schema too (`docs/json-schema.md`): field names
are stable, new fields are only ever added.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::analysis::voices::VoiceSpan;
use crate::analysis::{ArticleType, Frames, Omissions, Sourcing, Support, Tone};
use crate::article::InputFormat;
use crate::score::Score;
pub use crate::vocab::{Density, Finding, FindingKind, Location, Span, Voice};

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
    /// Every quoted or attributed stretch of the headline and body, headline first, each in
    /// text order: whose words the findings inside it are.
    #[serde(default)]
    pub voices: Vec<VoiceSpan>,
    pub density: Density,
    /// Unsuppressed loaded-term findings per category.
    pub counts: BTreeMap<String, usize>,
    pub support: Support,
    pub omissions: Omissions,
    pub tone: Tone,
    pub frames: Frames,
    pub sourcing: Sourcing,
    pub score: Score,
    /// News, opinion or press release, from cues in the text, with the evidence.
    #[serde(default)]
    pub article_type: ArticleType,
    /// Other inputs of a batch with the same text (or the same body up to whitespace and
    /// boilerplate lines): scored once, under this report, and listed here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<String>,
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
    /// A hash of the article's text with whitespace and boilerplate lines left out, for
    /// finding copies in a batch (`batch::duplicates`); 0 when not computed. Not part of the
    /// JSON.
    #[serde(skip)]
    pub fingerprint: u64,
}

/// Where a finding is in the file its report's source names: its first character, and its
/// end (the column after its last character) where that is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilePlace {
    pub line: usize,
    pub column: usize,
    /// The line and column just past the finding; `None` where the text in the file may be
    /// longer than the finding's (a JSON string, whose escapes the decoded text has lost).
    pub end: Option<(usize, usize)>,
}

impl Report {
    /// Where `finding` is in the file named by `source`, for the formats that annotate files
    /// (SARIF, GitHub); `None` when its field has no place there ([`Report::located`]). The
    /// one place a finding's end is worked out: from its start and its text, in code points.
    pub fn file_place(&self, finding: &Finding) -> Option<FilePlace> {
        if !self.located.at(finding.location) {
            return None;
        }
        let end = (self.format != InputFormat::Json).then(|| {
            let lines: Vec<&str> = finding.text.split('\n').collect();
            let last = lines.last().map_or(0, |l| l.chars().count());
            if lines.len() > 1 {
                (finding.line + lines.len() - 1, last + 1)
            } else {
                (finding.line, finding.column + last)
            }
        });
        Some(FilePlace {
            line: finding.line,
            column: finding.column,
            end,
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Article};

    #[test]
    fn file_places_end_after_the_text_except_in_json() {
        let analyzer = Analyzer::with_defaults().unwrap();
        let text = "Minister's plea falls on deaf ears\n\nThe minister asked.";
        let mut report =
            analyzer.analyze(&Article::parse("a.txt", text, InputFormat::Text).unwrap());
        report.located = Located {
            headline: true,
            body: true,
        };
        let plea = report.findings.iter().find(|f| f.text == "plea").unwrap();
        let place = report.file_place(plea).unwrap();
        assert_eq!((place.line, place.column), (1, 12));
        assert_eq!(place.end, Some((1, 16)));
        let mut multi = plea.clone();
        multi.text = "plea\nfalls on".into();
        assert_eq!(report.file_place(&multi).unwrap().end, Some((2, 9)));
        report.format = InputFormat::Json;
        assert_eq!(report.file_place(plea).unwrap().end, None);
        report.located.headline = false;
        assert_eq!(report.file_place(plea), None);
    }
}
