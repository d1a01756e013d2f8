/*!
Lexicons: the TOML word lists that carry slant's knowledge of English.

[`LexiconSet`] holds the loaded files (the embedded default pack and any `--lexicons DIR`);
[`Matcher`] compiles a set once per run into hash indexes keyed by stems and words, and finds
every entry in a segmented field in one pass. The format is in `docs/lexicons.md`.
*/

mod category;
pub mod check;
mod format;
mod load;
mod matcher;

use crate::vocab::Tier;
use serde::Serialize;

pub use category::{role_name, Categories, Category, CategoryFields, COLOURS};
pub use format::{LexiconKind, MatchMode};
pub use load::{plain_types, LexiconLimits, DEFAULT_LEXICONS};
pub use matcher::{FieldMatches, Match, Matcher, Payload, TermInfo, WordInfo};

/// A sense guard: phrases that must (or must not) stand right before or after a match, and
/// phrases that, anywhere in the article, settle the sense of every match of it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Guards {
    pub unless_followed_by: Vec<String>,
    pub unless_preceded_by: Vec<String>,
    pub if_followed_by: Vec<String>,
    pub if_preceded_by: Vec<String>,
    /// One sense per article: where the headline or body holds one of these phrases ("pleaded
    /// guilty"), the entry ("plea") is read in its other sense throughout and never matches.
    pub unless_article_has: Vec<String>,
}

impl Guards {
    /// Whether there is no guard on the words around a match (the article guard aside).
    pub fn is_empty(&self) -> bool {
        self.unless_followed_by.is_empty()
            && self.unless_preceded_by.is_empty()
            && self.if_followed_by.is_empty()
            && self.if_preceded_by.is_empty()
    }
}

/// One term entry of a `terms` lexicon.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub term: String,
    pub weight: f64,
    /// `finding` or `note`: the entry's own `tier`, else its file's.
    pub tier: Tier,
    pub neutral: Vec<String>,
    pub note: String,
    pub mode: MatchMode,
    pub variants: Vec<String>,
    pub flag: Vec<String>,
    pub pass: Vec<String>,
    pub guards: Guards,
    /// 1-based line and column of the entry's `term` in its file.
    pub line: usize,
    pub column: usize,
}

/// A frame and its cue words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Frame {
    pub name: String,
    pub description: String,
    pub cues: Vec<String>,
}

/// Words that say roughly the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParaphraseSet {
    pub name: String,
    pub terms: Vec<String>,
}

/// A named entity and the names it goes by.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
}

/// A valence entry: a word or phrase and its score, −4…+4.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Valence {
    pub term: String,
    pub score: i8,
    pub line: usize,
}

/// One loaded lexicon file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lexicon {
    pub name: String,
    /// Where it came from: `default:terms/labels.toml` or a file path.
    pub path: String,
    pub kind: LexiconKind,
    /// The category of a `terms` lexicon (empty for other kinds).
    pub category: String,
    /// The category-level keys this file declares (`role`, `title`, `summary`, `colour`);
    /// [`Categories`] gathers them over the files of a category.
    pub category_fields: CategoryFields,
    pub description: String,
    pub weight: f64,
    /// The tier of the file's entries (`tier` in the header; `finding` when left out).
    pub tier: Tier,
    pub entries: Vec<Entry>,
    pub valence: Vec<Valence>,
    pub frames: Vec<Frame>,
    pub sets: Vec<ParaphraseSet>,
    pub entities: Vec<Entity>,
}

/// The lexicons of one run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct LexiconSet {
    pub lexicons: Vec<Lexicon>,
}

impl LexiconSet {
    /// The default pack compiled into the binary.
    pub fn embedded() -> Result<LexiconSet, crate::error::LexiconError> {
        load::load_embedded(&LexiconLimits::default())
    }

    /// Adds every `*.toml` file below `dir`, in path order, or the one file `dir` names. A
    /// path that does not exist, and a folder without `*.toml` files, are errors.
    pub fn add_dir(
        &mut self,
        dir: &std::path::Path,
        limits: &LexiconLimits,
    ) -> Result<(), crate::error::LexiconError> {
        self.lexicons.extend(load::load_dir(dir, limits)?);
        Ok(())
    }

    /// Parses one lexicon from TOML text; `path` is used in error messages.
    pub fn parse_one(
        path: &str,
        text: &str,
        limits: &LexiconLimits,
    ) -> Result<Lexicon, crate::error::LexiconError> {
        load::parse_lexicon(path, text, limits)
    }

    /// Drops the lexicons of the given categories.
    pub fn without_categories(mut self, disabled: &[String]) -> LexiconSet {
        self.lexicons
            .retain(|l| l.kind != LexiconKind::Terms || !disabled.contains(&l.category));
        self
    }

    /// Number of entries per category of the `terms` lexicons.
    pub fn category_counts(&self) -> std::collections::BTreeMap<String, usize> {
        let mut counts = std::collections::BTreeMap::new();
        for l in &self.lexicons {
            if l.kind == LexiconKind::Terms {
                *counts.entry(l.category.clone()).or_insert(0) += l.entries.len();
            }
        }
        counts
    }
}
