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
    #[error("{path}: no such lexicon folder or file")]
    NotFound { path: String },
    #[error("{path}: the folder holds no `.toml` lexicon files (give the folder that does, or one lexicon file)")]
    NoLexiconFiles { path: String },
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

pub use crate::vocab::{line_column_of, LineIndex};
