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

use crate::error::ArticleError;
use crate::vocab::{line_column_of, LineIndex};
use crate::Location;

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
            Some("md" | "markdown" | "mdown" | "mkd" | "mdx") => InputFormat::Markdown,
            Some("html" | "htm" | "xhtml") => InputFormat::Html,
            Some("json") => InputFormat::Json,
            _ => InputFormat::Text,
        }
    }

    /// The format text on standard input looks like, where no name or `--input-format`
    /// says: JSON when it opens with `{`, HTML with a tag (`<!doctype`, `<html`, any `<x`),
    /// Markdown with `---` front matter or a `# ` heading first; plain text otherwise. Only
    /// the opening is read, so a plain-text article that mentions `<b>` later stays text.
    pub fn sniff(text: &str) -> InputFormat {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        let first_line = start.lines().next().unwrap_or("");
        let after_lt = start.strip_prefix('<').and_then(|rest| rest.chars().next());
        if start.starts_with('{') {
            InputFormat::Json
        } else if after_lt.is_some_and(|c| c.is_ascii_alphabetic() || c == '!' || c == '?') {
            InputFormat::Html
        } else if first_line.trim_end() == "---" || first_line.starts_with("# ") {
            InputFormat::Markdown
        } else {
            InputFormat::Text
        }
    }
}

/// The place of a character in the source file: 1-based line and column (Unicode code
/// points). Lines end at LF, CRLF or a lone CR, except in JSONL, whose lines end at LF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column (Unicode code points) in that line.
    pub column: usize,
}

/// One point of a field's map to its file: from byte `at` of the field's text on, up to the
/// next anchor, the text copies the file from `line`:`column` on. A line break in the text
/// between two anchors is one in the file too (the next character is at column 1 of the
/// next line).
///
/// A verbatim slice of the file (plain text, Markdown) has one anchor, at 0. Text that was
/// decoded has one more wherever it stops copying the file: after each escape sequence of a
/// JSON or YAML string (`\"` is two characters in the file, one in the text), at each
/// paragraph of a JSON body given as an array of strings, after each run of four spaces
/// standing for one blanked 4-byte character in Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// Byte offset in the field's text, on a character boundary.
    pub at: usize,
    /// 1-based line in the file of the character at `at`.
    pub line: usize,
    /// 1-based column (code points) in the file of the character at `at`.
    pub column: usize,
}

/// One text field of an article (the headline or the body), with where it came from.
///
/// A finding's line and column are in the source file whenever the field has a map to it
/// ([`Field::anchors`]): fields of plain text, Markdown (front matter included) and JSON
/// files and JSONL records. Text extracted from HTML, or made by a library caller
/// ([`Article::from_parts`]), has none, and its line and column are counted from the start
/// of the field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub text: String,
    /// The field's map to its file, sorted by [`Anchor::at`], the first at 0; empty when the
    /// text has no place in a file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    anchors: Vec<Anchor>,
}

impl Field {
    /// A field with no place in a file: positions are counted from its start.
    pub fn new(text: impl Into<String>) -> Field {
        Field {
            text: text.into(),
            anchors: Vec::new(),
        }
    }

    /// A verbatim slice of the file whose first character is at `line`:`column`.
    pub fn verbatim(text: impl Into<String>, line: usize, column: usize) -> Field {
        Field {
            text: text.into(),
            anchors: vec![Anchor {
                at: 0,
                line,
                column,
            }],
        }
    }

    /// A field with the given map to its file. The anchors must be sorted by `at`, strictly,
    /// the first at 0, each on a character boundary of `text`; a map that is not is a bug:
    /// it panics in debug builds and is dropped otherwise (positions are then counted from
    /// the field's start, never wrong ones given).
    pub fn mapped(text: impl Into<String>, anchors: Vec<Anchor>) -> Field {
        let text = text.into();
        let valid = anchors.first().is_none_or(|a| a.at == 0)
            && anchors.windows(2).all(|w| w[0].at < w[1].at)
            && anchors.iter().all(|a| text.is_char_boundary(a.at));
        debug_assert!(valid, "invalid anchors {anchors:?} for {text:?}");
        Field {
            text,
            anchors: if valid { anchors } else { Vec::new() },
        }
    }

    /// The field's map to its file (see [`Anchor`]); empty when it has none.
    pub fn anchors(&self) -> &[Anchor] {
        &self.anchors
    }

    /// Where the field's first character is in the file, when it has a place there.
    pub fn origin(&self) -> Option<Origin> {
        self.anchors.first().map(|a| Origin {
            line: a.line,
            column: a.column,
        })
    }

    /// Records where a blanked 4-byte character became four spaces in Markdown: `offsets`
    /// into `text`, sorted. Each run is one code point in the file, so an anchor after it
    /// sets the column back in step.
    pub fn with_wide_blanks(mut self, offsets: Vec<usize>) -> Field {
        if self.anchors.is_empty() {
            return self;
        }
        for w in offsets {
            let after = w + 4;
            let last = self.anchors.last().map_or(0, |a| a.at);
            if w < last || after > self.text.len() || !self.text.is_char_boundary(after) {
                debug_assert!(false, "wide blank at {w} in {:?}", self.text);
                continue;
            }
            let (line, column) = self.line_column(w);
            self.anchors.push(Anchor {
                at: after,
                line,
                column: column + 1,
            });
        }
        self
    }

    /// The field without leading and trailing white space, its map moved along.
    pub fn trimmed(self) -> Field {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        if start == 0 && end == self.text.len() {
            return self;
        }
        let text = self.text[start..end].to_string();
        let mut anchors = Vec::new();
        if !self.anchors.is_empty() {
            let (line, column) = self.line_column(start);
            anchors.push(Anchor {
                at: 0,
                line,
                column,
            });
            anchors.extend(
                self.anchors
                    .iter()
                    .filter(|a| a.at > start && a.at < end)
                    .map(|a| Anchor {
                        at: a.at - start,
                        ..*a
                    }),
            );
        }
        Field { text, anchors }
    }

    /// Line and column (1-based, Unicode code points) of byte offset `at` in this field, in
    /// file coordinates when the field has a map to its file, else counted from the field's
    /// start. An offset inside a character counts as that character's start.
    pub fn line_column(&self, at: usize) -> (usize, usize) {
        let at = char_floor(&self.text, at);
        match self.anchor_before(at) {
            Some(anchor) => from_anchor(&self.text, anchor, at),
            None => line_column_of(&self.text, at),
        }
    }

    /// [`Field::line_column`] for many offsets: `lines` is `LineIndex::new(&self.text)`. Each
    /// call is a binary search over the anchors and the line index, and counts at most a few
    /// KB of text, however long the field's lines.
    pub fn line_column_indexed(&self, lines: &LineIndex, at: usize) -> (usize, usize) {
        let at = char_floor(&self.text, at);
        let Some(anchor) = self.anchor_before(at) else {
            return lines.line_column(at);
        };
        if at - anchor.at <= SHORT_SPAN {
            return from_anchor(&self.text, anchor, at);
        }
        let (line, column) = lines.line_column(at);
        let (anchor_line, anchor_column) = lines.line_column(anchor.at);
        if line == anchor_line {
            (anchor.line, anchor.column + column - anchor_column)
        } else {
            (anchor.line + line - anchor_line, column)
        }
    }

    /// The last anchor at or before byte `at`.
    fn anchor_before(&self, at: usize) -> Option<&Anchor> {
        let after = self.anchors.partition_point(|a| a.at <= at);
        after.checked_sub(1).map(|i| &self.anchors[i])
    }
}

/// Appends `anchor` to a map being built in text order; one at the same offset as the last
/// (an escape that decodes to nothing) replaces it.
pub(crate) fn push_anchor(anchors: &mut Vec<Anchor>, anchor: Anchor) {
    match anchors.last_mut() {
        Some(last) if last.at == anchor.at => *last = anchor,
        _ => anchors.push(anchor),
    }
}

/// Offsets this close to their anchor are counted from it rather than looked up in the line
/// index (which would count up to a checkpoint's distance twice).
const SHORT_SPAN: usize = 2048;

/// The file position of byte `at`, counting from `anchor` (at or before it).
fn from_anchor(text: &str, anchor: &Anchor, at: usize) -> (usize, usize) {
    let span = text.get(anchor.at..at).unwrap_or("");
    match memchr::memrchr(b'\n', span.as_bytes()) {
        None => (anchor.line, anchor.column + span.chars().count()),
        Some(last) => (
            anchor.line + memchr::memchr_iter(b'\n', span.as_bytes()).count(),
            span[last + 1..].chars().count() + 1,
        ),
    }
}

/// `at`, clamped to the text and moved back to a character boundary.
fn char_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
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
    /// Whether `source` names the file the article was read from ([`Article::parse`]); not a
    /// JSONL record's id, nor a name given to [`Article::from_parts`].
    #[serde(skip)]
    pub source_is_file: bool,
}

impl Article {
    /// Whether the line and column of findings in `location` point into the file named by
    /// `source`: the article was read from that file and the field has its place there (not
    /// text extracted from HTML, say). Reports without it can name the file but no line.
    pub fn located_in_file(&self, location: Location) -> bool {
        let field = match location {
            Location::Headline => self.headline.as_ref(),
            Location::Body => Some(&self.body),
        };
        self.source_is_file && field.is_some_and(|f| f.origin().is_some())
    }

    /// An article made from strings, as a library user provides it. Its fields have no place
    /// in a file: positions count from each field's start. (JSON files and JSONL records are
    /// read with [`json::article_from_json`], which maps them to the file.)
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
            source_is_file: false,
        }
    }

    /// Parses already-decoded text in the given format; `source` names the file it came from.
    pub fn parse(source: &str, text: &str, format: InputFormat) -> Result<Article, ArticleError> {
        let mut article = match format {
            InputFormat::Text => plain::parse(source, text),
            InputFormat::Markdown => markdown::parse(source, text)?,
            InputFormat::Html => html::parse(source, text)?,
            InputFormat::Json => json::parse(source, text)?,
        };
        article.source_is_file = true;
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
    read_article_named(path, None, format, limits)
}

/// [`read_article`], with standard input known by `stdin_name` (`--stdin-filename`): the
/// name the report gives as its source and whose extension tells the format. Standard input
/// without a name or format is [sniffed](InputFormat::sniff).
pub fn read_article_named(
    path: &Path,
    stdin_name: Option<&Path>,
    format: Option<InputFormat>,
    limits: &InputLimits,
) -> Result<Article, ArticleError> {
    let is_stdin = path.as_os_str() == "-";
    let named = stdin_name.filter(|_| is_stdin);
    let name = named.unwrap_or(path).display().to_string();
    let bytes = input::read_bytes(path, limits)?;
    let (text, mut notes) = decode_input(&name, &bytes, limits)?;
    let format = format.unwrap_or_else(|| match (is_stdin, named) {
        (true, None) => InputFormat::sniff(&text),
        (_, Some(name)) => InputFormat::from_path(name),
        (false, None) => InputFormat::from_path(path),
    });
    let mut article = Article::parse(&name, &text, format)?;
    notes.append(&mut article.notes);
    article.notes = notes;
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(at: usize, line: usize, column: usize) -> Anchor {
        Anchor { at, line, column }
    }

    #[test]
    fn stdin_is_sniffed_by_its_opening() {
        let cases = [
            ("{\"headline\": \"x\"}", InputFormat::Json),
            ("\u{feff}  <!DOCTYPE html><html>", InputFormat::Html),
            ("<article><h1>x</h1>", InputFormat::Html),
            ("---\ntitle: x\n---\nBody", InputFormat::Markdown),
            ("\n# Storm hits coast\n\nBody", InputFormat::Markdown),
            (
                "Storm hits coast\n\nShares fell <5% on <b>",
                InputFormat::Text,
            ),
            ("#hashtag headline\nBody", InputFormat::Text),
            ("< 5 reasons\nBody", InputFormat::Text),
        ];
        for (text, format) in cases {
            assert_eq!(InputFormat::sniff(text), format, "{text:?}");
        }
        assert_eq!(
            InputFormat::from_path(Path::new("post.MDX")),
            InputFormat::Markdown
        );
    }

    #[test]
    fn anchors_map_offsets_to_the_file() {
        // "ab\ncd" copies line 4 from column 7; from byte 5 on ("ef"), line 9 column 2.
        let field = Field::mapped("ab\ncdef", vec![anchor(0, 4, 7), anchor(5, 9, 2)]);
        let expected = [
            (4, 7),
            (4, 8),
            (4, 9),
            (5, 1),
            (5, 2),
            (9, 2),
            (9, 3),
            (9, 4),
        ];
        for (at, &position) in expected.iter().enumerate() {
            assert_eq!(field.line_column(at), position, "byte {at}");
        }
        assert_eq!(field.origin(), Some(Origin { line: 4, column: 7 }));
        // No map: counted from the field's start.
        let field = Field::new("ab\ncd");
        assert_eq!(field.line_column(4), (2, 2));
        assert_eq!(field.origin(), None);
    }

    #[test]
    fn indexed_lookups_agree_on_long_lines_with_sparse_and_dense_anchors() {
        // A long one-line stretch with wide characters, then lines; anchors far apart (more
        // than a checkpoint) and close together.
        let long = "Plea é 中文 😀 word ".repeat(700);
        let text = format!("{long}\nshort\n{long}\n{long}");
        let mut anchors = vec![anchor(0, 10, 5)];
        let mut at = 0;
        for (i, step) in [9000, 3, 17, 1, 6000, 40, 12000, 7]
            .iter()
            .cycle()
            .enumerate()
        {
            at += step;
            if at >= text.len() {
                break;
            }
            while !text.is_char_boundary(at) {
                at += 1;
            }
            anchors.push(anchor(at, 20 + i, 1 + i % 5));
        }
        let field = Field::mapped(text.clone(), anchors);
        let lines = LineIndex::new(&field.text);
        for at in (0..=text.len() + 2).step_by(13) {
            assert_eq!(
                field.line_column_indexed(&lines, at),
                field.line_column(at),
                "byte {at}"
            );
        }
    }

    #[test]
    fn trimming_moves_the_map() {
        let field = Field::mapped(" \n  ab\"cd  ", vec![anchor(0, 1, 3), anchor(6, 2, 9)]);
        let trimmed = field.clone().trimmed();
        assert_eq!(trimmed.text, "ab\"cd");
        assert_eq!(trimmed.anchors(), [anchor(0, 2, 3), anchor(2, 2, 9)]);
        for at in 0..trimmed.text.len() {
            assert_eq!(trimmed.line_column(at), field.line_column(at + 4));
        }
        assert_eq!(Field::new("  x ").trimmed(), Field::new("x"));
        assert_eq!(
            Field::verbatim(" ", 3, 3)
                .trimmed()
                .origin()
                .map(|o| o.column),
            Some(4)
        );
    }

    #[test]
    fn wide_blanks_count_as_one_column() {
        // Two blanked 4-byte characters on the second line of a field starting at 2:5.
        let field = Field::verbatim("x\nab    c    d", 2, 5).with_wide_blanks(vec![4, 9]);
        assert_eq!(field.anchors().len(), 3);
        let at = |s: &str| field.text.find(s).unwrap();
        assert_eq!(field.line_column(at("c")), (3, 4));
        assert_eq!(field.line_column(at("d")), (3, 6));
        // A field without a map has no columns to set back.
        assert!(Field::new("    ")
            .with_wide_blanks(vec![0])
            .anchors()
            .is_empty());
    }

    #[test]
    fn a_map_round_trips_through_serde_and_an_empty_one_is_left_out() {
        let field = Field::mapped("ab", vec![anchor(0, 1, 1), anchor(1, 1, 5)]);
        let json = serde_json::to_string(&field).unwrap();
        assert_eq!(serde_json::from_str::<Field>(&json).unwrap(), field);
        assert_eq!(
            serde_json::to_string(&Field::new("a")).unwrap(),
            r#"{"text":"a"}"#
        );
    }
}
