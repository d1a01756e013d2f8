/*!
Word tokenisation with Unicode word boundaries (UAX #29). A token is a segment holding at
least one letter or digit; the gaps between tokens decide whether a multi-word term may run
across them.
*/

use unicode_segmentation::UnicodeSegmentation;

use super::normalize::normalize_word_into;
use super::{Span, Token, Voice};

/// Where tokens go: the tokens, and one string holding the normalised words of them all
/// (see [`Token::lower`]).
pub struct Sink<'a> {
    pub tokens: &'a mut Vec<Token>,
    pub words: &'a mut String,
}

/// Appends the word tokens of `text[span]` to `out`, tagged with `sentence`.
pub fn tokenize_into(text: &str, span: Span, sentence: u32, out: &mut Sink) {
    let slice = &text[span.start..span.end];
    if is_simple(slice) {
        tokenize_simple(slice, span.start, sentence, out);
    } else {
        tokenize_unicode(slice, span.start, sentence, out);
    }
}

fn push_token(out: &mut Sink, word: &str, start: usize, sentence: u32, joined: bool) {
    let lower_start = out.words.len();
    normalize_word_into(word, out.words);
    out.tokens.push(Token {
        span: Span::new(start, start + word.len()),
        sentence,
        joined,
        capitalized: word.chars().next().is_some_and(char::is_uppercase),
        lower: lower_start..out.words.len(),
        voice: Voice::Outlet,
    });
}

/// The general path: UAX #29 word boundaries from `unicode-segmentation`.
fn tokenize_unicode(slice: &str, base: usize, sentence: u32, out: &mut Sink) {
    let mut joined = false;
    let mut first = true;
    for (offset, segment) in slice.split_word_bound_indices() {
        if segment.chars().any(char::is_alphanumeric) {
            push_token(out, segment, base + offset, sentence, joined && !first);
            first = false;
            joined = true;
        } else if !is_joining_gap(segment) {
            joined = false;
        }
    }
}

/// Text the simple scanner reads exactly as UAX #29 does: ASCII, plus the typographic quotes,
/// apostrophes, dashes, ellipsis and no-break spaces of English news copy.
///
/// Why a second path: the general segmenter runs at about 16 MB/s and was the largest single
/// cost of a batch; most news text is plain ASCII with curly quotes, where the word rules reduce
/// to a few comparisons. A unit test checks both paths agree on such text.
fn is_simple(s: &str) -> bool {
    s.is_ascii()
        || s.chars().all(|c| {
            c.is_ascii() || matches!(c, '’' | '‘' | '“' | '”' | '—' | '–' | '…' | '\u{a0}')
        })
}

/// The word bytes of simple text (ASCII letters, digits and `_`), as a table: the scan asks
/// for every byte of the text.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// The separator that may stay inside a word at `bytes[at]`, and its width in bytes:
/// `.`, `'`, `:`, `,`, `;`, or a curly single quote (’ or ‘, three bytes in UTF-8).
fn inner_separator(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    match bytes[at] {
        b @ (b'.' | b'\'' | b':' | b',' | b';') => Some((char::from(b), 1)),
        0xE2 => match bytes.get(at + 1..at + 3) {
            Some([0x80, 0x99]) => Some(('’', 3)),
            Some([0x80, 0x98]) => Some(('‘', 3)),
            _ => None,
        },
        _ => None,
    }
}

/// UAX #29 on simple text: letters and digits run together (WB9, WB10, WB13a/b for `_`); a
/// full stop, apostrophe or colon between two letters (WB6, WB7) and a full stop, apostrophe,
/// comma or semicolon between two digits (WB11, WB12) stay inside the word.
///
/// It scans bytes: word characters are all ASCII here, and every other character of simple
/// text is a gap, whatever its width.
fn tokenize_simple(slice: &str, base: usize, sentence: u32, out: &mut Sink) {
    let bytes = slice.as_bytes();
    let mut i = 0;
    let mut gap_start = 0;
    let mut first = true;
    while i < bytes.len() {
        if !is_word_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < bytes.len() {
            if is_word_byte(bytes[j]) {
                j += 1;
                continue;
            }
            // The byte before is always a word character: the scan only stops after one.
            let prev = bytes[j - 1];
            let Some((d, width)) = inner_separator(bytes, j) else {
                break;
            };
            let next = bytes.get(j + width).copied();
            let letters = prev.is_ascii_alphabetic()
                && matches!(d, '.' | '\'' | '’' | '‘' | ':')
                && next.is_some_and(|n| n.is_ascii_alphabetic());
            let digits = prev.is_ascii_digit()
                && matches!(d, '.' | '\'' | '’' | '‘' | ',' | ';')
                && next.is_some_and(|n| n.is_ascii_digit());
            if letters || digits {
                j += width + 1;
            } else {
                break;
            }
        }
        let word = &slice[start..j];
        if word.bytes().any(|b| b.is_ascii_alphanumeric()) {
            let joined = !first && is_joining_gap(&slice[gap_start..start]);
            push_token(out, word, base + start, sentence, joined);
            first = false;
            gap_start = j;
        }
        i = j;
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

    /// The tokens of `text`, with their normalised words.
    fn tokenized(text: &str) -> (Vec<Token>, String) {
        let (mut tokens, mut words) = (Vec::new(), String::new());
        let mut sink = Sink {
            tokens: &mut tokens,
            words: &mut words,
        };
        tokenize_into(text, Span::new(0, text.len()), 0, &mut sink);
        (tokens, words)
    }

    fn tokens(text: &str) -> Vec<Token> {
        tokenized(text).0
    }

    fn via_unicode(text: &str) -> (Vec<Token>, String) {
        let (mut tokens, mut words) = (Vec::new(), String::new());
        let mut sink = Sink {
            tokens: &mut tokens,
            words: &mut words,
        };
        tokenize_unicode(text, 0, 0, &mut sink);
        (tokens, words)
    }

    #[test]
    fn the_simple_path_agrees_with_uax29() {
        for text in [
            "China’s plea won’t work in the U.S. today, at 3.5% or 1,000,000 — really…",
            "foo_bar _x y_ a:b 3;4 a'b' 'quoted' ‘single’ “double” e.g. i.e. x--y",
            "re-establish military-to-military ties; 18-49 year-olds. Mr. Xi\u{a0}Jinping",
            "a.b.c 1.2.3 a.1 1.a end. .start ,lead 9,",
        ] {
            assert!(is_simple(text), "{text}");
            assert_eq!(tokenized(text), via_unicode(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn simple_and_unicode_paths_agree(text in "[ -~’‘“”—–…\u{a0}\n\r\t]{0,60}") {
            proptest::prop_assert_eq!(tokenized(&text), via_unicode(&text));
        }
    }

    #[test]
    fn keeps_contractions_and_possessives_whole() {
        let (t, lower) = tokenized("China’s plea won’t work");
        let words: Vec<&str> = t.iter().map(|t| &lower[t.lower.clone()]).collect();
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
