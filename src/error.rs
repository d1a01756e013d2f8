/*!
Typed errors. The library never prints and never exits: it returns these, and the binary
decides how to show them and which exit code they mean. Every error names the file it is
about, and the line (and column) where there is one.
*/

use thiserror::Error;

/// Why an article could not be read.
#[derive(Debug, Error)]
pub enum ArticleError {
    #[error("{path}: no such file")]
    NotFound { path: String },
    #[error("{path}: is a directory, not an article (use `slant batch` for folders)")]
    IsDirectory { path: String },
    #[error("{path}: permission denied")]
    PermissionDenied { path: String },
    #[error("{path}: cannot read: {message}")]
    Io { path: String, message: String },
    #[error("{path}: file is empty")]
    Empty { path: String },
    #[error("{path}: {size} bytes is over the size limit of {limit} bytes (raise it with --max-file-size)")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}: binary content (NUL byte at offset {offset}); slant reads text articles")]
    Binary { path: String, offset: usize },
    #[error("{path}:{line}:{column}: invalid UTF-8 at byte offset {offset} (use --lossy to replace bad bytes)")]
    InvalidUtf8 {
        path: String,
        offset: usize,
        line: usize,
        column: usize,
    },
    #[error("{path}: UTF-16 text is not supported: {message}")]
    Utf16 { path: String, message: String },
    #[error("{path}:{line}: a line of {length} bytes is over the line-length limit of {limit} bytes (raise it with --max-line-length)")]
    LineTooLong {
        path: String,
        line: usize,
        length: usize,
        limit: usize,
    },
    #[error("{source_name}: no text to analyse (the file has no headline and no body)")]
    NoText { source_name: String },
    #[error("{path}:{line}:{column}: invalid JSON: {message}")]
    Json {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Format { path: String, message: String },
}

impl ArticleError {
    /// The line, and column where known, that the error names in its file.
    pub fn line_column(&self) -> Option<(usize, Option<usize>)> {
        match self {
            ArticleError::InvalidUtf8 { line, column, .. }
            | ArticleError::Json { line, column, .. } => Some((*line, Some(*column))),
            ArticleError::LineTooLong { line, .. } => Some((*line, None)),
            _ => None,
        }
    }

    /// A short machine-readable kind, used in JSON output of batch errors.
    pub fn kind(&self) -> &'static str {
        match self {
            ArticleError::NotFound { .. } => "not-found",
            ArticleError::IsDirectory { .. } => "is-directory",
            ArticleError::PermissionDenied { .. } => "permission-denied",
            ArticleError::Io { .. } => "io",
            ArticleError::Empty { .. } => "empty",
            ArticleError::TooLarge { .. } => "too-large",
            ArticleError::Binary { .. } => "binary",
            ArticleError::InvalidUtf8 { .. } => "invalid-utf8",
            ArticleError::Utf16 { .. } => "utf16",
            ArticleError::LineTooLong { .. } => "line-too-long",
            ArticleError::NoText { .. } => "no-text",
            ArticleError::Json { .. } => "json",
            ArticleError::Format { .. } => "format",
        }
    }
}

/// Why a lexicon could not be loaded.
#[derive(Debug, Error)]
pub enum LexiconError {
    #[error("{path}: cannot read lexicon: {message}")]
    Io { path: String, message: String },
    #[error("{path}:{line}:{column}: {message}")]
    Toml {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    #[error("{path}: entry `{term}`: {message}")]
    Entry {
        path: String,
        term: String,
        message: String,
    },
    #[error("{path}: over the limit of {limit} entries per file")]
    TooManyEntries { path: String, limit: usize },
}

/// Why a configuration file could not be loaded.
#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{path}: cannot read configuration: {message}")]
    Io { path: String, message: String },
    #[error("{path}:{line}:{column}: {message}")]
    Toml {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// Line and column (1-based, Unicode code points) of a byte offset in `text`.
pub fn line_column_of(text: &str, offset: usize) -> (usize, usize) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The line starts of a text, so that the line and column of each of many offsets (100,000
/// lexicon entries, thousands of findings in a long article) is a binary search rather than a
/// scan from the top of the text, which made loading and analysis quadratic. Long lines also
/// get a checkpoint every `CHECKPOINT_BYTES`, so that a one-line article of megabytes does not
/// count its columns from the line start for every finding.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// (byte offset, 1-based column there), in text order, on char boundaries; none at line
    /// starts, where the column is 1.
    checkpoints: Vec<(usize, usize)>,
}

/// Distance between column checkpoints on a long line.
const CHECKPOINT_BYTES: usize = 4096;

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut checkpoints = Vec::new();
        for (line, &start) in starts.iter().enumerate() {
            let end = starts.get(line + 1).map_or(text.len(), |&next| next - 1);
            let (mut at, mut column) = (start, 1);
            while end - at > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                column += text[at..next].chars().count();
                checkpoints.push((next, column));
                at = next;
            }
        }
        LineIndex {
            text,
            starts,
            checkpoints,
        }
    }

    /// 1-based line and column (code points) of byte `offset`, as [`line_column_of`].
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let line_start = self.starts[line - 1];
        let nearest = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, column) = match nearest.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((at, column)) if at >= line_start => (at, column),
            _ => (line_start, 1),
        };
        (line, column + self.text[from..offset].chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_the_scan_on_long_lines_and_wide_characters() {
        // Lines far longer than a checkpoint, with 1- to 4-byte characters straddling the
        // checkpoint boundaries, short lines, an empty line and CRLF.
        let long: String = "Plea é 中文 😀 word ".repeat(900);
        let text = format!("Title\r\n{long}\n\nshort line\n{long}end");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        for offset in (0..=text.len() + 3)
            .step_by(31)
            .chain(text.len() - 5..=text.len())
        {
            assert_eq!(
                index.line_column(offset),
                line_column_of(&text, offset),
                "offset {offset}"
            );
        }
    }
}
