/*!
Where a word is: a byte [`Span`] in a field's text, the field ([`Location`]), and whose
[`Voice`] it is in.
*/

use serde::{Deserialize, Serialize};

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
