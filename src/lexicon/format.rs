/*!
The on-disk TOML format of a lexicon file, as serde structs. Unknown fields are errors, so a
typo in a field name is reported with its line and column instead of silently ignored. The
format is documented in `docs/lexicons.md`.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawFile {
    pub lexicon: RawHeader,
    #[serde(default)]
    pub entry: Vec<RawEntry>,
    #[serde(default)]
    pub valence: BTreeMap<String, Spanned<i64>>,
    #[serde(default)]
    pub frames: BTreeMap<String, RawFrame>,
    #[serde(default)]
    pub set: Vec<RawSet>,
    #[serde(default)]
    pub entity: Vec<RawEntity>,
}

/// What a lexicon file holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LexiconKind {
    #[default]
    Terms,
    Valence,
    Frames,
    Paraphrases,
    Entities,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawHeader {
    pub name: String,
    #[serde(default)]
    pub kind: LexiconKind,
    pub category: Option<String>,
    #[serde(default)]
    pub description: String,
    pub weight: Option<f64>,
    /// The category's role in the analyses (`terms` only).
    pub role: Option<crate::vocab::Role>,
    /// The category's short name and what its terms do, for SARIF rules (`terms` only).
    pub title: Option<String>,
    pub summary: Option<String>,
    /// The category's palette colour in the HTML report, 0 to 13 (`terms` only).
    pub colour: Option<usize>,
}

/// How a term's words are compared with the text's words.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchMode {
    /// Snowball stems of every word must be equal.
    #[default]
    Stem,
    /// Lower-cased words must be equal.
    Exact,
    /// Words must be equal, case included.
    CaseSensitive,
    /// The term is a regular expression over the field's original text.
    Regex,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawEntry {
    pub term: Spanned<String>,
    pub weight: Option<f64>,
    #[serde(default)]
    pub neutral: Vec<String>,
    #[serde(default)]
    pub note: String,
    #[serde(default, rename = "match")]
    pub mode: MatchMode,
    #[serde(default)]
    pub variants: Vec<String>,
    #[serde(default)]
    pub flag: Vec<String>,
    #[serde(default)]
    pub pass: Vec<String>,
    #[serde(default)]
    pub unless_followed_by: Vec<String>,
    #[serde(default)]
    pub unless_preceded_by: Vec<String>,
    #[serde(default)]
    pub if_followed_by: Vec<String>,
    #[serde(default)]
    pub if_preceded_by: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawFrame {
    #[serde(default)]
    pub description: String,
    pub cues: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawSet {
    pub name: String,
    pub terms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawEntity {
    pub name: String,
    #[serde(default)]
    pub kind: Option<String>,
    pub aliases: Vec<String>,
}
