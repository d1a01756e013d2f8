/*!
The text model: a field (headline or body) segmented into paragraphs, sentences and word
tokens, each carrying a byte span into the field's original text.

Matching needs normalised words (curly apostrophes straightened, lower-cased, stemmed) but the
report must point at the exact bytes the reader sees, so tokens keep both: the span into the
original and the normalised keys. Voice (outlet, attributed, quoted) is marked per token by
[`voice`] once the lexicon cues are known.
*/

pub mod negation;
pub mod normalize;
pub mod pronouns;
pub mod quotes;
pub mod sentences;
pub mod stem;
pub mod stopwords;
pub mod tokenize;
pub mod transcript;
pub mod voice;
pub mod wordlist;

use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use crate::vocab::{Span, Voice};

/// Site boilerplate, lower case: a line holding one is page furniture (a cookie notice, the
/// last line of a poll or sign-up form), not anybody's words.
pub const SITE_BOILERPLATE: &[&str] = &[
    "cookie policy",
    "privacy policy",
    "terms of service",
    "terms of use",
];

/// Whether a line holds [`SITE_BOILERPLATE`] (read lower case).
pub fn has_site_boilerplate(line: &str) -> bool {
    let lower = line.to_lowercase();
    SITE_BOILERPLATE.iter().any(|b| lower.contains(b))
}

/// A word token.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte span of the word in the field's original text.
    pub span: Span,
    /// Index of the sentence the token belongs to.
    pub sentence: u32,
    /// True when only spaces, tabs, hyphens or apostrophes separate this token from the
    /// previous word token: a multi-word term may continue across the gap.
    pub joined: bool,
    /// The word starts with an upper-case letter in the original text.
    pub capitalized: bool,
    /// Where the normalised (apostrophes straightened, lower-cased) word is in the words of
    /// its field: read it with [`Segmented::lower`].
    ///
    /// Why not a string of its own: a word allocated per token was a malloc and a free for
    /// every word of every article, about a tenth of the time of a batch.
    pub lower: Range<usize>,
    /// Whose voice the word is in; set by [`voice::mark_voices`].
    pub voice: Voice,
}

/// A sentence: its span and the range of its tokens in [`Segmented::tokens`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: u32,
    pub tokens: Range<usize>,
}

/// A paragraph: text between blank lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
}

/// One field of an article, segmented.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    /// The normalised words of all tokens, one after another.
    pub words: String,
    /// Most longer words are capitalised: a Title Case headline. Capitalisation then says
    /// nothing about names.
    pub title_case: bool,
    /// The text puts one paragraph per line ([`quotes::lines_are_paragraphs`]): sentences and
    /// quotations are scoped to lines.
    pub lines_are_paragraphs: bool,
}

impl Segmented {
    /// Splits `text` into paragraphs, sentences and tokens.
    pub fn new(text: &str) -> Segmented {
        let paragraphs = sentences::paragraphs(text);
        let mut sentence_list = Vec::new();
        // News copy averages about six bytes a word with its space: a fifth of the length
        // is enough for most fields, so the token list is rarely grown (and copied) while it
        // is filled.
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut words = String::with_capacity(text.len());
        let mut sink = tokenize::Sink {
            tokens: &mut tokens,
            words: &mut words,
        };
        // Scraped text that puts one paragraph per line: a line break ends a sentence even
        // after a line with no full stop (a page's "take our poll" or an ad line would
        // otherwise run into the next line's sentence and lend it its voice), unless the next
        // line visibly continues it ("…sacked by", "that getting worked up…").
        let lines = quotes::lines_are_paragraphs(text, &paragraphs);
        for (p, paragraph) in paragraphs.iter().enumerate() {
            let spans = if lines {
                sentences::line_spans(text, paragraph.span)
                    .into_iter()
                    .flat_map(|line| sentences::sentences(text, line))
                    .collect()
            } else {
                sentences::sentences(text, paragraph.span)
            };
            for span in spans {
                let index = sentence_list.len() as u32;
                let first = sink.tokens.len();
                tokenize::tokenize_into(text, span, index, &mut sink);
                sentence_list.push(Sentence {
                    span,
                    paragraph: p as u32,
                    tokens: first..sink.tokens.len(),
                });
            }
        }
        let mut seg = Segmented {
            paragraphs,
            sentences: sentence_list,
            tokens,
            words,
            title_case: false,
            lines_are_paragraphs: lines,
        };
        seg.title_case = is_title_case(&seg);
        seg
    }

    /// The normalised word of a token of this field.
    pub fn lower(&self, token: &Token) -> &str {
        &self.words[token.lower.clone()]
    }

    /// A capitalised word that is not the first of its sentence, nor right after an opening
    /// quote, colon or dash, is most likely part of a name. (Title Case text says nothing about
    /// names: callers check [`Segmented::title_case`].)
    pub fn looks_like_name(&self, text: &str, i: usize) -> bool {
        let token = &self.tokens[i];
        if !token.capitalized {
            return false;
        }
        let sentence = &self.sentences[token.sentence as usize];
        if sentence.tokens.start == i {
            return false;
        }
        let prev_end = self.tokens[i - 1].span.end;
        let gap = &text[prev_end..token.span.start];
        !gap.contains(['“', '"', '‘', ':', '—', '–', '(', '\''])
    }

    /// The word before token `t` in its sentence, past one adverb between ("was *widely*
    /// reported", "could *well* deny"): where an auxiliary or a modal stands before a verb.
    pub fn word_before_an_adverb(&self, t: usize) -> Option<usize> {
        let sentence = self.tokens[t].sentence;
        let before = |i: usize| (i > 0 && self.tokens[i - 1].sentence == sentence).then(|| i - 1);
        let i = before(t)?;
        let word = self.lower_at(i);
        if word.ends_with("ly") || word == "well" {
            before(i)
        } else {
            Some(i)
        }
    }

    /// Whether token `i` comes right after a possessive in its sentence ("the minister's
    /// claim", "victims’ claims", "Blinken’s urging"): the word is then a noun. A plural's
    /// apostrophe stays outside its word's token, so the gap is read too.
    pub fn follows_a_possessive(&self, text: &str, i: usize) -> bool {
        if i == 0 || self.tokens[i - 1].sentence != self.tokens[i].sentence {
            return false;
        }
        let before = self.lower_at(i - 1);
        let gap = &text[self.tokens[i - 1].span.end..self.tokens[i].span.start];
        ["'s", "\u{2019}s"]
            .iter()
            .any(|end| before.ends_with(end) && before.len() > end.len())
            || (before.ends_with('s') && matches!(gap.trim_end(), "'" | "\u{2019}"))
    }

    /// The normalised word of token `index`.
    pub fn lower_at(&self, index: usize) -> &str {
        self.lower(&self.tokens[index])
    }

    /// Tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        &self.tokens[self.sentences[index].tokens.clone()]
    }

    /// Number of word tokens.
    pub fn word_count(&self) -> usize {
        self.tokens.len()
    }

    /// The sentence whose span contains byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }
}

/// Title Case: at least 60% of the words of four letters or more start with a capital.
fn is_title_case(seg: &Segmented) -> bool {
    let (mut long, mut capitalized) = (0usize, 0usize);
    for t in &seg.tokens {
        if seg.lower(t).chars().count() >= 4 {
            long += 1;
            capitalized += usize::from(t.capitalized);
        }
    }
    long >= 2 && capitalized * 10 >= long * 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_before_skips_one_adverb_inside_its_sentence() {
        let seg = Segmented::new("It was widely reported. They could well deny it. Denied.");
        let at = |w: &str| seg.tokens.iter().position(|t| seg.lower(t) == w).unwrap();
        let word = |i: Option<usize>| i.map(|i| seg.lower_at(i).to_string());
        assert_eq!(
            word(seg.word_before_an_adverb(at("reported"))),
            Some("was".into())
        );
        assert_eq!(
            word(seg.word_before_an_adverb(at("deny"))),
            Some("could".into())
        );
        assert_eq!(
            word(seg.word_before_an_adverb(at("widely"))),
            Some("was".into())
        );
        // The first word of a sentence has none: the sentence before is not read.
        assert_eq!(seg.word_before_an_adverb(at("denied")), None);
    }

    #[test]
    fn segments_paragraphs_sentences_tokens() {
        let text = "Mr. Smith went to Washington. He said no.\n\nA new paragraph.";
        let seg = Segmented::new(text);
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(seg.sentences.len(), 3);
        let first: Vec<&str> = seg
            .sentence_tokens(0)
            .iter()
            .map(|t| seg.lower(t))
            .collect();
        assert_eq!(first, ["mr", "smith", "went", "to", "washington"]);
        assert_eq!(seg.sentences[2].paragraph, 1);
    }

    #[test]
    fn detects_title_case_headlines() {
        assert!(Segmented::new("China’s Hardline Stance Leaves Blinken Floundering").title_case);
        assert!(!Segmented::new("China's stance leaves the envoy with little to show").title_case);
    }

    #[test]
    fn finds_sentence_by_offset() {
        let text = "One two. Three four.";
        let seg = Segmented::new(text);
        assert_eq!(seg.sentence_at(0), Some(0));
        assert_eq!(seg.sentence_at(10), Some(1));
        assert_eq!(seg.sentence_at(100), None);
    }
}
