/*!
Reading articles: turning the bytes of a file (plain text, Markdown, HTML, JSON) into an
[`Article`] with a headline and a body.

Each format has its own small module. [`read_article`] is the single entry point used by the
CLI and the batch runner: it checks the raw bytes ([`input`]), picks the format from the
extension (or the caller's override) and dispatches.
*/

mod html;
pub mod input;
pub mod json;
mod markdown;
mod plain;

use std::path::Path;

use serde::{Deserialize, Serialize};

pub use input::{decode_input, InputLimits};
pub use json::JsonFields;

use crate::error::{line_column_of, ArticleError, LineIndex};

/// The formats slant reads. Chosen from the file extension unless overridden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum InputFormat {
    /// Plain text: the first non-blank line is the headline.
    Text,
    /// Markdown: `title:` in YAML front matter, else the first `#` heading.
    Markdown,
    /// HTML: the headline and main text of a news page.
    Html,
    /// JSON: an object with `headline`/`title` and `body`/`text`/`content`.
    Json,
}

impl InputFormat {
    /// The format a path's extension implies; plain text when unknown.
    pub fn from_path(path: &Path) -> InputFormat {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => InputFormat::Markdown,
            Some("html" | "htm" | "xhtml") => InputFormat::Html,
            Some("json") => InputFormat::Json,
            _ => InputFormat::Text,
        }
    }
}

/// Where a field's text sits in the source file, when it is a verbatim slice of it.
///
/// Plain text and Markdown fields are verbatim (Markdown syntax is blanked out with spaces so
/// offsets still line up), so a finding's line and column point into the file. Text extracted
/// from HTML or decoded from JSON has no such mapping; line and column are then counted from
/// the start of the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// 1-based line of the field's first character in the file.
    pub line: usize,
    /// 1-based column (Unicode code points) of the field's first character.
    pub column: usize,
}

/// One text field of an article (the headline or the body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub text: String,
    /// Set when `text` is a verbatim slice of the source file.
    pub origin: Option<Origin>,
    /// Byte offsets in `text` where four spaces stand in for one 4-byte character of the
    /// file (blanked Markdown syntax, such as an emoji in a link target): the byte offsets
    /// still line up, and columns count each such run as the one code point it replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wide_blanks: Vec<usize>,
}

impl Field {
    pub fn new(text: impl Into<String>) -> Field {
        Field {
            text: text.into(),
            origin: None,
            wide_blanks: Vec::new(),
        }
    }

    pub fn verbatim(text: impl Into<String>, line: usize, column: usize) -> Field {
        Field {
            text: text.into(),
            origin: Some(Origin { line, column }),
            wide_blanks: Vec::new(),
        }
    }

    /// Records where a blanked 4-byte character became four spaces (see
    /// [`Field::wide_blanks`]); offsets into `text`, sorted.
    pub fn with_wide_blanks(mut self, offsets: Vec<usize>) -> Field {
        self.wide_blanks = offsets;
        self
    }

    /// Line and column (1-based, Unicode code points) of byte offset `at` in this field, in
    /// file coordinates when the field is verbatim, else counted from the field's start.
    pub fn line_column(&self, at: usize) -> (usize, usize) {
        let (line, column) = line_column_of(&self.text, at);
        self.in_file((line, column - self.wide_blanks_before(at)))
    }

    /// [`Field::line_column`] for many offsets: `lines` is `LineIndex::new(&self.text)`.
    pub fn line_column_indexed(&self, lines: &LineIndex, at: usize) -> (usize, usize) {
        let (line, column) = lines.line_column(at);
        self.in_file((line, column - self.wide_blanks_before(at)))
    }

    /// The code points to take off a column at byte `at`: three for each wide blank
    /// between the start of `at`'s line and `at`.
    fn wide_blanks_before(&self, at: usize) -> usize {
        if self.wide_blanks.is_empty() {
            return 0;
        }
        let at = at.min(self.text.len());
        let line_start = self.text.as_bytes()[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let first = self.wide_blanks.partition_point(|&w| w < line_start);
        let last = self.wide_blanks.partition_point(|&w| w + 4 <= at);
        3 * last.saturating_sub(first)
    }

    /// Field coordinates to file coordinates, for a verbatim field.
    fn in_file(&self, (line, column): (usize, usize)) -> (usize, usize) {
        match self.origin {
            Some(o) if line == 1 => (o.line, o.column + column - 1),
            Some(o) => (o.line + line - 1, column),
            None => (line, column),
        }
    }
}

/// A news article: an optional headline and a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The file path, `-` for stdin, or the `id` of a JSONL record.
    pub source: String,
    pub format: InputFormat,
    pub headline: Option<Field>,
    pub body: Field,
    /// Remarks made while reading (a site-name suffix stripped, no headline found, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Terms the article itself asks not to flag (`<!-- slant-ignore: plea, hardline -->` in
    /// HTML or Markdown), lower-cased. Matching findings are kept but marked suppressed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ignore_terms: Vec<String>,
}

impl Article {
    /// An article made from strings, as a library user or a JSONL record provides it.
    pub fn from_parts(source: impl Into<String>, headline: Option<&str>, body: &str) -> Article {
        Article {
            source: source.into(),
            format: InputFormat::Json,
            headline: headline
                .map(str::trim)
                .filter(|h| !h.is_empty())
                .map(Field::new),
            body: Field::new(body),
            notes: Vec::new(),
            ignore_terms: Vec::new(),
        }
    }

    /// Parses already-decoded text in the given format.
    pub fn parse(source: &str, text: &str, format: InputFormat) -> Result<Article, ArticleError> {
        let mut article = match format {
            InputFormat::Text => plain::parse(source, text),
            InputFormat::Markdown => markdown::parse(source, text)?,
            InputFormat::Html => html::parse(source, text)?,
            InputFormat::Json => json::parse(source, text)?,
        };
        if article.headline.is_none() {
            article
                .notes
                .push("no headline found: the text is analysed as body only".to_string());
        }
        if article.headline.is_none() && article.body.text.trim().is_empty() {
            return Err(ArticleError::NoText {
                source_name: source.to_string(),
            });
        }
        Ok(article)
    }
}

/// Reads one article from a file (or stdin for `-`), checking size, encoding and content.
pub fn read_article(
    path: &Path,
    format: Option<InputFormat>,
    limits: &InputLimits,
) -> Result<Article, ArticleError> {
    let name = path.display().to_string();
    let bytes = input::read_bytes(path, limits)?;
    let (text, mut notes) = decode_input(&name, &bytes, limits)?;
    let format = format.unwrap_or_else(|| InputFormat::from_path(path));
    let mut article = Article::parse(&name, &text, format)?;
    notes.append(&mut article.notes);
    article.notes = notes;
    Ok(article)
}
