/*!
Word tokenisation with Unicode word boundaries (UAX #29). A token is a segment holding at
least one letter or digit; the gaps between tokens decide whether a multi-word term may run
across them.
*/

use unicode_segmentation::UnicodeSegmentation;

use super::normalize::normalize_word;
use super::{Span, Token, Voice};

/// Appends the word tokens of `text[span]` to `out`, tagged with `sentence`.
pub fn tokenize_into(text: &str, span: Span, sentence: u32, out: &mut Vec<Token>) {
    let slice = &text[span.start..span.end];
    let mut joined = false;
    let mut first = true;
    for (offset, segment) in slice.split_word_bound_indices() {
        if segment.chars().any(char::is_alphanumeric) {
            let start = span.start + offset;
            out.push(Token {
                span: Span::new(start, start + segment.len()),
                sentence,
                joined: joined && !first,
                capitalized: segment.chars().next().is_some_and(char::is_uppercase),
                lower: normalize_word(segment).into_boxed_str(),
                voice: Voice::Outlet,
            });
            first = false;
            joined = true;
        } else if !is_joining_gap(segment) {
            joined = false;
        }
    }
}

/// Spaces, tabs, hyphens and apostrophes keep a phrase together; anything else (punctuation,
/// quote marks, line breaks) breaks it.
fn is_joining_gap(segment: &str) -> bool {
    segment.chars().all(|c| {
        matches!(
            c,
            ' ' | '\t'
                | '-'
                | '\''
                | '\u{2019}'
                | '\u{2010}'
                | '\u{2011}'
                | '\u{00A0}'
                | '\u{2002}'
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        tokenize_into(text, Span::new(0, text.len()), 0, &mut out);
        out
    }

    #[test]
    fn keeps_contractions_and_possessives_whole() {
        let t = tokens("China’s plea won’t work");
        let words: Vec<&str> = t.iter().map(|t| &*t.lower).collect();
        assert_eq!(words, ["china's", "plea", "won't", "work"]);
        assert_eq!(&"China’s plea"[t[1].span.start..t[1].span.end], "plea");
    }

    #[test]
    fn hyphens_join_and_punctuation_breaks() {
        let t = tokens("so-called deaf, ears");
        assert!(t[1].joined, "so-called is one phrase");
        assert!(t[2].joined);
        assert!(!t[3].joined, "a comma breaks a phrase");
    }

    #[test]
    fn line_breaks_break_phrases() {
        let t = tokens("deaf\nears");
        assert!(!t[1].joined);
    }

    #[test]
    fn spans_land_on_char_boundaries() {
        let text = "Zürich’s 北京 emoji 👍🏽 café";
        for t in tokens(text) {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
}
