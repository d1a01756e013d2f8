/*!
The on-disk TOML format of a lexicon file, as serde structs. Unknown fields are errors, so a
typo in a field name is reported with its line and column instead of silently ignored. The
format is documented in `docs/lexicons.md`.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// A lexicon file, by its kind. Each kind has its own tables and header keys, so a table or
/// key of another kind is an unknown field, reported with its line and column.
#[derive(Debug)]
pub enum RawFile {
    Terms(TermsFile),
    Valence(ValenceFile),
    Frames(FramesFile),
    Paraphrases(ParaphrasesFile),
    Entities(EntitiesFile),
}

impl RawFile {
    /// Reads `kind` from the `[lexicon]` table (`terms` when it is left out), then the file
    /// as that kind.
    pub fn from_toml(text: &str) -> Result<RawFile, toml::de::Error> {
        #[derive(Deserialize)]
        struct Probe {
            lexicon: ProbeHeader,
        }
        #[derive(Deserialize)]
        struct ProbeHeader {
            #[serde(default)]
            kind: LexiconKind,
        }
        Ok(match toml::from_str::<Probe>(text)?.lexicon.kind {
            LexiconKind::Terms => RawFile::Terms(toml::from_str(text)?),
            LexiconKind::Valence => RawFile::Valence(toml::from_str(text)?),
            LexiconKind::Frames => RawFile::Frames(toml::from_str(text)?),
            LexiconKind::Paraphrases => RawFile::Paraphrases(toml::from_str(text)?),
            LexiconKind::Entities => RawFile::Entities(toml::from_str(text)?),
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TermsFile {
    pub lexicon: TermsHeader,
    #[serde(default)]
    pub entry: Vec<RawEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ValenceFile {
    pub lexicon: Header,
    #[serde(default)]
    pub valence: BTreeMap<String, Spanned<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FramesFile {
    pub lexicon: Header,
    #[serde(default)]
    pub frames: BTreeMap<String, RawFrame>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ParaphrasesFile {
    pub lexicon: Header,
    #[serde(default)]
    pub set: Vec<RawSet>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EntitiesFile {
    pub lexicon: Header,
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

/// The `[lexicon]` keys of every kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Header {
    pub name: String,
    #[serde(default)]
    pub kind: LexiconKind,
    #[serde(default)]
    pub description: String,
}

/// The `[lexicon]` keys of a `terms` file: the common ones, the file's weight, and its
/// category with the category-level keys.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TermsHeader {
    pub name: String,
    #[serde(default)]
    pub kind: LexiconKind,
    #[serde(default)]
    pub description: String,
    pub category: Option<String>,
    pub weight: Option<f64>,
    /// The category's role in the analyses.
    pub role: Option<crate::vocab::Role>,
    /// The category's short name and what its terms do, for SARIF rules.
    pub title: Option<String>,
    pub summary: Option<String>,
    /// The category's palette colour in the HTML report, 0 to 13.
    pub colour: Option<usize>,
    /// The tier of the file's entries: `finding` (default) or `note`.
    pub tier: Option<crate::vocab::Tier>,
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
    /// Overrides the file's tier for this entry.
    pub tier: Option<crate::vocab::Tier>,
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
    #[serde(default)]
    pub unless_article_has: Vec<String>,
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
