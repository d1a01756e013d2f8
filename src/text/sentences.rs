/*!
Paragraph and sentence splitting.

Paragraphs are separated by blank lines (any of LF, CRLF or a lone CR). Sentences end at
`.`, `!`, `?` or `…` (with any closing quotes or brackets) followed by white space and a
capital letter, digit or opening quote — unless the word before the full stop is an
abbreviation news copy uses ("Mr.", "U.S.", "Sept.", "Gov.") or an initial ("John F. Kennedy").
*/

use super::{Paragraph, Span};

/// Abbreviations (lower-cased, without the final full stop) that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "ala", "apr", "ariz", "aug", "ave", "brig", "calif", "capt", "cmdr", "co", "col",
    "colo", "conn", "corp", "cpl", "d.c", "dec", "del", "dept", "dr", "e.g", "esq", "etc", "feb",
    "fla", "fr", "ft", "ga", "gen", "gov", "hon", "i.e", "ill", "inc", "jan", "jr", "jul", "jun",
    "kan", "ky", "la", "lt", "ltd", "maj", "mar", "mass", "md", "messrs", "mich", "minn", "miss",
    "mo", "mr", "mrs", "ms", "msgr", "mt", "n.y", "nev", "nov", "oct", "okla", "ore", "p.m", "pa",
    "ph.d", "pres", "prof", "rep", "reps", "rev", "sen", "sens", "sept", "sgt", "sr", "st", "supt",
    "tenn", "tex", "u.k", "u.n", "u.s", "u.s.a", "va", "vs", "wash", "wis", "wyo",
];

/// Paragraph spans of `text`, trimmed of surrounding white space; blank paragraphs dropped.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    // Jumps from line break to line break (memchr), looking inside a line only to tell
    // whether it is blank, which its first byte usually settles.
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < line_start {
            continue; // the LF of a CRLF
        }
        let next = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        if line_start > start && bytes[line_start..i].iter().all(u8::is_ascii_whitespace) {
            push_trimmed(text, start, line_start, &mut out);
            start = line_start;
        }
        line_start = next;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Paragraph>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let s = start + lead;
        out.push(Paragraph {
            span: Span::new(s, s + trimmed.len()),
        });
    }
}

/// The lines of `span` in `text` as sentence-splitting units, trimmed of surrounding white
/// space: a line that opens in lower case or with an ellipsis after a line with no terminator
/// continues that line ("…had been\n…sacked by"), so the two stay one unit.
pub fn line_spans(text: &str, span: Span) -> Vec<Span> {
    let slice = &text[span.start..span.end];
    let mut out: Vec<Span> = Vec::new();
    let mut from = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', slice.as_bytes()).chain([slice.len()]) {
        let line = &slice[from..end];
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = span.start + from + (line.len() - line.trim_start().len());
            let here = Span::new(start, start + trimmed.len());
            match out.last_mut() {
                Some(previous) if continues(&text[previous.start..previous.end], trimmed) => {
                    previous.end = here.end;
                }
                _ => out.push(here),
            }
        }
        from = end + 1;
    }
    out
}

/// Whether `next` continues the sentence `line` leaves open.
/// (An exclamation or question mark that ends a name, "Greenwald told the leftists at
/// Democracy Now!" / "that getting all worked up … was ridiculous", leaves the sentence open
/// when the next line opens in lower case.)
fn continues(line: &str, next: &str) -> bool {
    let bare = line.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    let lower_next = next.chars().next().is_some_and(char::is_lowercase);
    let closed = bare.ends_with(['.', '…', ':'])
        || (bare.ends_with(['!', '?']) && !(lower_next && bare.len() == line.len()));
    !closed && (next.starts_with(['…', ',', ';']) || next.starts_with("...") || lower_next)
}

/// Sentence spans within `span` of `text`.
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let slice = &text[span.start..span.end];
    let bytes = slice.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = next_terminator(bytes, i) {
        let c = match bytes[at] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            _ => '…',
        };
        // Swallow repeated terminators and closing quotes or brackets.
        let mut end = at + c.len_utf8();
        while let Some(d) = slice[end..].chars().next() {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']'
            ) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        if !followed_by_sentence_start(&slice[end..])
            && !glued_sentence(&slice[start..at], &slice[end..])
        {
            continue;
        }
        if c == '.' && is_abbreviation_before(&slice[start..at], &slice[end..]) {
            continue;
        }
        push_sentence(span.start, slice, start, end, &mut out);
        start = end;
    }
    push_sentence(span.start, slice, start, slice.len(), &mut out);
    out
}

/// Where the next `.`, `!`, `?` or `…` at or after `from` starts.
///
/// Searched with memchr, not character by character: the terminators are ASCII but for `…`,
/// whose lead byte (E2) never occurs inside another character.
fn next_terminator(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let punct = memchr::memchr3(b'.', b'!', b'?', rest);
    // An ellipsis counts only if it comes first; E2 also leads curly quotes and dashes.
    let before = &rest[..punct.unwrap_or(rest.len())];
    let ellipsis =
        memchr::memchr_iter(0xE2, before).find(|&e| before[e..].starts_with("…".as_bytes()));
    ellipsis.or(punct).map(|p| from + p)
}

fn push_sentence(base: usize, slice: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let part = &slice[start..end];
    let lead = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

/// White space, then a capital, a digit, or an opening quote or bracket.
fn followed_by_sentence_start(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return false;
    }
    match trimmed.chars().next() {
        None => false,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[')
                || (c.is_alphabetic() && !c.is_lowercase())
        }
    }
}

/// A sentence glued to the one before it by a lost space, as scraped text has them ("as
/// well.In fact, …", "TheDCNF previously reported.Awan obtained …"): a lower-case word of three
/// letters or more, the stop, and a capitalised word of lower-case letters. Not "U.S.In",
/// "e.g.In", a domain ("Breitbart.com") or a name ("St.Louis" has a capital before the stop).
fn glued_sentence(before: &str, rest: &str) -> bool {
    // (The word after first: almost every stop with no space after it is followed by a digit,
    // a lower-case letter or nothing.)
    let mut next = rest.chars();
    if !(next.next().is_some_and(char::is_uppercase) && next.next().is_some_and(char::is_lowercase))
    {
        return false;
    }
    let mut word = before.chars().rev().take_while(|c| c.is_alphabetic());
    word.by_ref().take(3).filter(|c| c.is_lowercase()).count() == 3 && word.all(char::is_lowercase)
}

/// Whether the word right before a full stop is an abbreviation or an initial. "No." is one
/// only before a number ("No. 10 Downing Street"), else it is the word "no".
fn is_abbreviation_before(before: &str, after: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    // A single capital letter is an initial ("John F. Kennedy").
    if let (Some(first), None) = (letters.next(), letters.next()) {
        if first.is_uppercase() && word.chars().count() == 1 {
            return true;
        }
    }
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "no" | "nos") {
        return after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    }
    ABBREVIATIONS.binary_search(&lower.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviation_list_is_sorted() {
        let mut sorted = ABBREVIATIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, ABBREVIATIONS);
    }

    #[test]
    fn keeps_news_abbreviations_inside_sentences() {
        assert_eq!(
            split("Mr. Blinken met Gov. Newsom in Sept. 2021 in the U.S. Capitol. Then he left."),
            [
                "Mr. Blinken met Gov. Newsom in Sept. 2021 in the U.S. Capitol.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn splits_sentences_glued_by_a_lost_space() {
        assert_eq!(
            split("She thinks she can review it as well.In fact, the judge agreed."),
            [
                "She thinks she can review it as well.",
                "In fact, the judge agreed."
            ]
        );
        assert_eq!(
            split("Read it at Breitbart.com today."),
            ["Read it at Breitbart.com today."]
        );
        assert_eq!(
            split("He flew to the U.S.In May he left."),
            ["He flew to the U.S.In May he left."]
        );
    }

    #[test]
    fn a_line_ending_in_a_name_with_an_exclamation_mark_runs_on() {
        let text = "Greenwald told the leftists at Democracy Now!\nthat it was ridiculous.\nWhy?\nBecause he said so!\nAnd that was that.";
        let lines: Vec<&str> = line_spans(text, Span::new(0, text.len()))
            .into_iter()
            .map(|l| &text[l.start..l.end])
            .collect();
        assert_eq!(
            lines,
            [
                "Greenwald told the leftists at Democracy Now!\nthat it was ridiculous.",
                "Why?",
                "Because he said so!",
                "And that was that."
            ]
        );
    }

    #[test]
    fn keeps_initials_and_decimals() {
        assert_eq!(
            split("John F. Kennedy spent 3.5 billion. It grew."),
            ["John F. Kennedy spent 3.5 billion.", "It grew."]
        );
    }

    #[test]
    fn splits_after_closing_quotes() {
        assert_eq!(
            split("He said “no.” She agreed! Why? Because."),
            ["He said “no.”", "She agreed!", "Why?", "Because."]
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines_of_any_ending() {
        let text = "One.\r\n\r\nTwo\nstill two.\r\rThree.\n   \nFour.";
        let p: Vec<&str> = paragraphs(text)
            .iter()
            .map(|p| &text[p.span.start..p.span.end])
            .collect();
        assert_eq!(p, ["One.", "Two\nstill two.", "Three.", "Four."]);
    }
}
