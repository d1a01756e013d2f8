/*!
What the analyses report: a [`Finding`] (one flagged place, with its evidence and reason) and
the loadedness [`Density`]. These are part of the JSON schema (`docs/json-schema.md`).
*/

use serde::{Deserialize, Serialize};

use super::{Location, Role, Span, Voice};

/// What a finding reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A lexicon term: loaded word, label, idiom, booster, hedge, …
    LoadedTerm,
    /// An evaluative headline term that nothing in the body supports.
    UnsupportedTerm,
}

/// How much a lexicon term's finding weighs with a reader: a **finding** is loaded language
/// that is counted (densities, the score, the gates); a **note** is a style observation shown
/// in the detailed report only (reporting verbs, implicatives and hedges, whose measured
/// precision in straight news is too low to count). Declared per lexicon file (`tier` in the
/// `[lexicon]` header) or per entry, as data.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    #[default]
    Finding,
    Note,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Finding => "finding",
            Tier::Note => "note",
        }
    }
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
    /// `finding` (counted) or `note` (a style observation, not counted: see [`Tier`]).
    #[serde(default)]
    pub tier: Tier,
    /// The role of the category (from its lexicon header), for the analyses; not part of the
    /// JSON: the category names it.
    #[serde(skip)]
    pub role: Option<Role>,
}

impl Finding {
    /// Whether the finding counts: in densities, the score, sourcing and the gates. Suppressed
    /// findings and notes do not.
    pub fn counts(&self) -> bool {
        !self.suppressed && self.tier == Tier::Finding
    }

    /// Whether the finding is a counted loaded term in the article's own words: the outlet's,
    /// or reported from a source, not a source's quoted words (which the score leaves out too).
    /// What a batch lists as an article's top findings and most frequent terms.
    pub fn is_the_articles_own_term(&self) -> bool {
        self.kind == FindingKind::LoadedTerm && self.counts() && self.voice != Voice::Quoted
    }

    /// Whether the finding is a note (a style observation, shown but not counted).
    pub fn is_note(&self) -> bool {
        self.tier == Tier::Note
    }
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
