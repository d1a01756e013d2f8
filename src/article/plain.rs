/*!
Plain-text articles: the first non-blank line is the headline, the rest is the body.

Both fields are verbatim slices of the file, so a finding's line and column point into it.
The one liberty taken: in a file whose lines end with a lone CR (old Mac style), each such CR
is turned into a LF in the fields. That keeps every byte offset, and lets line numbers be
counted the same way for every file.

Corpora often hold bare paragraphs or one sentence per line, with no headline at all. Calling
the first sentence a headline would then invent a mismatch between "headline" and body, so a
first line is *not* taken as a headline when ([`looks_like_prose`]):

1. it is longer than [`MAX_HEADLINE_CHARS`] characters (headlines are short), or
2. the next line holds text too (no blank line between) and either
   - the first line ends a sentence: `.`, `!` or `?`, optionally followed by closing quotes
     or brackets, or
   - the first line ends with `,`, `;` or a hyphen, or the next line starts with a lower-case
     letter: a paragraph hard-wrapped mid-sentence.

A headline followed directly by the body without a blank line is still a headline as long as
it does not end like a sentence. Question or exclamation headlines followed by a blank line
are headlines too; only when text follows on the very next line is the `?` taken as the end
of a sentence.
*/

use super::{Article, Field, InputFormat};

/// Longer first lines are taken as paragraphs, not headlines. Real headlines rarely pass 120
/// characters; 250 leaves room for long ones with a kicker or subtitle.
pub(super) const MAX_HEADLINE_CHARS: usize = 250;

/// One line of a text: `start..end` is its content, `next` is where the following line starts
/// (after the LF, CRLF or lone CR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Line {
    pub start: usize,
    pub end: usize,
    pub next: usize,
}

/// Splits `text` into lines ending at LF, CRLF or a lone CR. A final line break does not
/// start another (empty) line.
pub(super) fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(Line {
                    start,
                    end: i,
                    next: i + 1,
                });
                start = i + 1;
            }
            b'\r' => {
                let next = if bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                lines.push(Line {
                    start,
                    end: i,
                    next,
                });
                start = next;
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        lines.push(Line {
            start,
            end: bytes.len(),
            next: bytes.len(),
        });
    }
    lines
}

/// Parses a plain-text article.
pub(super) fn parse(source: &str, text: &str) -> Article {
    let lines = lines(text);
    let mut notes = Vec::new();
    let first = lines
        .iter()
        .position(|l| !text[l.start..l.end].trim().is_empty());

    let (headline, body) = match first {
        Some(index) if !looks_like_prose(text, &lines, index) => {
            let line = lines[index];
            let content = &text[line.start..line.end];
            let leading = content.len() - content.trim_start().len();
            let (kept, site) = without_site_name(content.trim());
            if let Some(site) = site {
                notes.push(format!("site name {site:?} stripped from the headline"));
            }
            let headline = Field::verbatim(kept, index + 1, content[..leading].chars().count() + 1);
            let body = if line.next > line.end {
                Field::verbatim(fields_text(&text[line.next..]), index + 2, 1)
            } else {
                // The headline is the last line and has no line break: an empty body that
                // starts right after it.
                Field::verbatim("", index + 1, content.chars().count() + 1)
            };
            (Some(headline), body)
        }
        _ => (None, Field::verbatim(fields_text(text), 1, 1)),
    };

    Article {
        source: source.to_string(),
        format: InputFormat::Text,
        headline,
        body,
        notes,
        ignore_terms: Vec::new(),
        source_is_file: false,
    }
}

/// A headline copied with its page title keeps the site or section after a bar
/// ("Pat Buchanan: The Trade War Is Won | Articles"): that suffix is not part of the headline.
/// Only bars and their kin mark it here (a dash in a plain headline is too often the
/// headline's own). Returns the headline, a prefix of `headline` so that its offsets stay
/// those of the file, and the suffix removed.
fn without_site_name(headline: &str) -> (&str, Option<String>) {
    let (kept, removed) = super::html::strip_site_name(headline, None, true);
    match removed {
        Some(suffix)
            if [" | ", " :: ", " \u{b7} "]
                .iter()
                .any(|bar| suffix.starts_with(bar))
                && headline.starts_with(kept.as_str()) =>
        {
            (&headline[..kept.len()], Some(suffix.trim().to_string()))
        }
        _ => (headline, None),
    }
}

/// The rules in the module documentation: true when the first non-blank line (`lines[index]`)
/// reads as the start of a paragraph rather than a headline.
fn looks_like_prose(text: &str, lines: &[Line], index: usize) -> bool {
    let first = text[lines[index].start..lines[index].end].trim();
    if first.chars().count() > MAX_HEADLINE_CHARS {
        return true;
    }
    let Some(next) = lines
        .get(index + 1)
        .map(|l| text[l.start..l.end].trim())
        .filter(|next| !next.is_empty())
    else {
        return false;
    };
    let unclosed = first.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    let ends_sentence = unclosed.ends_with(['.', '!', '?', '…']);
    let ends_mid_sentence = first.ends_with([',', ';', '-']);
    let continues_lowercase = next.chars().next().is_some_and(char::is_lowercase);
    ends_sentence || ends_mid_sentence || continues_lowercase
}

/// Field text for a slice of the file: lone CRs become LFs (same byte length) so that line
/// numbers, counted at LFs, are right for old Mac files too.
pub(super) fn fields_text(slice: &str) -> String {
    if !slice.contains('\r') {
        return slice.to_string();
    }
    let bytes = slice.as_bytes();
    slice
        .char_indices()
        .map(|(i, c)| match c {
            '\r' if bytes.get(i + 1) != Some(&b'\n') => '\n',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline(article: &Article) -> Option<&str> {
        article.headline.as_ref().map(|h| h.text.as_str())
    }

    #[test]
    fn lines_split_at_lf_crlf_and_lone_cr() {
        let text = "a\nb\r\nc\rd";
        let spans: Vec<&str> = lines(text).iter().map(|l| &text[l.start..l.end]).collect();
        assert_eq!(spans, ["a", "b", "c", "d"]);
        assert_eq!(lines("a\n").len(), 1);
        assert_eq!(lines("a\n\n").len(), 2);
    }

    #[test]
    fn a_site_name_after_a_bar_is_stripped_from_the_headline() {
        let article = parse(
            "a.txt",
            "Pat Buchanan: The Trade War Is Won | Articles\n\nThe body.",
        );
        assert_eq!(
            headline(&article),
            Some("Pat Buchanan: The Trade War Is Won")
        );
        assert_eq!(
            article.notes,
            ["site name \"| Articles\" stripped from the headline"]
        );
        // A dash is the headline's own.
        let article = parse("a.txt", "Storm hits coast - officials say\n\nThe body.");
        assert_eq!(headline(&article), Some("Storm hits coast - officials say"));
        assert!(article.notes.is_empty());
        // A bar inside a headline that ends in a sentence of its own stays.
        let article = parse(
            "a.txt",
            "Rates rise | what it means for your mortgage\n\nThe body.",
        );
        assert_eq!(
            headline(&article),
            Some("Rates rise | what it means for your mortgage")
        );
    }

    #[test]
    fn first_line_is_headline_rest_is_body() {
        let text = "Minister's plea falls on deaf ears\n\nThe minister asked for funds.\n\nThe committee said no.\n";
        let article = parse("a.txt", text);
        let h = article.headline.as_ref().unwrap();
        assert_eq!(h.text, "Minister's plea falls on deaf ears");
        assert_eq!(h.origin().map(|o| (o.line, o.column)), Some((1, 1)));
        assert_eq!(
            article.body.text,
            "\nThe minister asked for funds.\n\nThe committee said no.\n"
        );
        assert_eq!(
            article.body.origin().map(|o| (o.line, o.column)),
            Some((2, 1))
        );
        // A word in the body maps back to its line and column in the file.
        let at = article.body.text.find("committee").unwrap();
        assert_eq!(article.body.line_column(at), (5, 5));
    }

    #[test]
    fn leading_blank_lines_and_indentation_are_skipped() {
        let text = "\n\n   Storm hits coast  \nBody text here.";
        let article = parse("a.txt", text);
        let h = article.headline.as_ref().unwrap();
        assert_eq!(h.text, "Storm hits coast");
        assert_eq!(h.origin().map(|o| (o.line, o.column)), Some((3, 4)));
        assert_eq!(article.body.text, "Body text here.");
        assert_eq!(article.body.line_column(0), (4, 1));
    }

    #[test]
    fn crlf_line_endings() {
        let text = "Storm hits coast\r\n\r\nThe storm arrived.\r\nIt was late.\r\n";
        let article = parse("a.txt", text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(
            article.body.text,
            "\r\nThe storm arrived.\r\nIt was late.\r\n"
        );
        let at = article.body.text.find("late").unwrap();
        assert_eq!(article.body.line_column(at), (4, 8));
    }

    #[test]
    fn lone_cr_line_endings_become_lf_in_fields() {
        let text = "Storm hits coast\r\rThe storm arrived.\rIt was late.\r";
        let article = parse("a.txt", text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.body.text, "\nThe storm arrived.\nIt was late.\n");
        assert_eq!(
            article.body.text.len(),
            text.len() - "Storm hits coast\r".len()
        );
        let at = article.body.text.find("late").unwrap();
        assert_eq!(article.body.line_column(at), (4, 8));
    }

    #[test]
    fn multi_byte_characters_keep_columns_in_code_points() {
        let text = "Élan — a headline\n\nCafé owners’ «plea» ignored.";
        let article = parse("a.txt", text);
        assert_eq!(headline(&article), Some("Élan — a headline"));
        let at = article.body.text.find("plea").unwrap();
        assert_eq!(
            &text[text.len() - article.body.text.len() + at..][..4],
            "plea"
        );
        assert_eq!(article.body.line_column(at), (3, 15));
    }

    #[test]
    fn single_short_line_is_headline_only() {
        let article = parse("a.txt", "Storm hits coast");
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.body.text, "");
        assert_eq!(
            article.body.origin().map(|o| (o.line, o.column)),
            Some((1, 17))
        );
        let article = parse("a.txt", "Storm hits coast\n");
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.body.text, "");
    }

    #[test]
    fn single_sentence_line_is_still_a_headline() {
        // Nothing follows it, so nothing marks it as the start of a paragraph.
        let article = parse("a.txt", "The minister resigned on Tuesday.\n");
        assert_eq!(
            headline(&article),
            Some("The minister resigned on Tuesday.")
        );
    }

    #[test]
    fn headline_directly_followed_by_body_is_a_headline() {
        let article = parse("a.txt", "Storm hits coast\nThe storm arrived at dawn.");
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.body.text, "The storm arrived at dawn.");
    }

    #[test]
    fn question_headline_with_a_blank_line_is_a_headline() {
        let article = parse("a.txt", "Is the plan dead?\n\nOfficials would not say.");
        assert_eq!(headline(&article), Some("Is the plan dead?"));
    }

    #[test]
    fn long_first_line_is_a_paragraph() {
        let sentence = "The minister asked parliament for more money to repair schools. ".repeat(5);
        let text = format!("{}\n\nSecond paragraph.", sentence.trim());
        let article = parse("a.txt", &text);
        assert_eq!(article.headline, None);
        assert_eq!(article.body.text, text);
        assert_eq!(
            article.body.origin().map(|o| (o.line, o.column)),
            Some((1, 1))
        );
    }

    #[test]
    fn sentence_per_line_corpus_has_no_headline() {
        for text in [
            "The minister resigned.\nHis party was stunned.",
            "He said: \"We will fight.\"\nThe crowd cheered.",
            "Was it a plea?\nNobody knew.",
        ] {
            assert_eq!(parse("a.txt", text).headline, None, "{text}");
        }
    }

    #[test]
    fn hard_wrapped_paragraph_has_no_headline() {
        for text in [
            "The minister told reporters on Tuesday that the\nplan would go ahead.",
            "The minister, speaking on Tuesday,\nsaid the plan would go ahead.",
        ] {
            assert_eq!(parse("a.txt", text).headline, None, "{text}");
        }
    }

    #[test]
    fn text_with_no_headline_keeps_all_text_as_body() {
        let text = "\nThe minister resigned.\nHis party was stunned.\n";
        let article = parse("a.txt", text);
        assert_eq!(article.headline, None);
        assert_eq!(article.body.text, text);
    }

    proptest::proptest! {
        /// The fields are slices of the file (lone CRs aside): the body is its tail and the
        /// headline's origin points at its text.
        #[test]
        fn fields_are_slices_of_the_file(text in "(?s)[a-z.?!,é😀 \n\r]{0,60}") {
            let article = parse("a.txt", &text);
            let tail = &text[text.len() - article.body.text.len()..];
            proptest::prop_assert_eq!(fields_text(tail), article.body.text.clone());
            if let Some(h) = &article.headline {
                let o = h.origin().unwrap();
                let line = lines(&text)[o.line - 1];
                let at: usize = text[line.start..line.end]
                    .chars()
                    .take(o.column - 1)
                    .map(char::len_utf8)
                    .sum();
                proptest::prop_assert!(text[line.start + at..].starts_with(h.text.as_str()));
            }
        }
    }
}
