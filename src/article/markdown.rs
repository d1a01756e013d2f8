/*!
Markdown articles: the headline is `title:` in YAML front matter, else the first level-1
heading (`# Title` or a `===` setext heading); the body is everything after the front matter.

Findings must point at the file, so the body is not rendered Markdown: it is a copy of the
source, byte for byte the same length, with Markdown syntax *blanked out* instead of deleted.
Each blanked character becomes white space of the same UTF-8 length (1 byte: a space, 2: a
no-break space, 3: an en space, 4: four spaces) and line breaks stay, so a word's byte offset
in the body plus the body's start is its offset in the file, and its column is unchanged (the
body records where a blanked 4-byte character became four spaces, and columns count each such
run as one code point).

Blanked: heading `#` marks and setext underlines, emphasis `*` `_` `~~`, link and image
syntax (`[`, `](url)`, `][ref]`; an image entirely, alt text included, as it is not article
prose), inline-code backticks (the code itself stays), fenced code blocks entirely, HTML
comments and tags, blockquote `>`, list markers and task boxes, table pipes and delimiter
rows, thematic breaks, reference and footnote definitions' labels, backslash escapes. The
heading chosen as the headline is blanked from the body too.

This is a line-based approximation of CommonMark, not a parser: a link split across two lines
keeps its brackets, and an indented code block is read as prose.

`<!-- slant-ignore: term, other term -->` comments anywhere in the file name terms the article
asks not to flag; [`slant_ignore_terms`] collects them (the HTML reader uses it too).
*/

mod blank;
mod front_matter;

use super::plain::{fields_text, lines};
use super::{Article, Field, InputFormat};
use crate::error::ArticleError;

use blank::Blanker;
use front_matter::front_matter;

/// Parses a Markdown article.
pub(super) fn parse(source: &str, text: &str) -> Result<Article, ArticleError> {
    let lines = lines(text);
    let (front_matter_title, first_body_line) = front_matter(source, text, &lines)?;
    let region_start = lines.get(first_body_line).map_or(text.len(), |l| l.start);

    let mut blanker = Blanker::new(text);
    let first_h1 = blanker.blank_blocks(&lines, first_body_line);

    let mut notes = Vec::new();
    let headline = match (front_matter_title, first_h1) {
        (Some(title), h1) => {
            // An H1 repeating the front-matter title would count the headline's words twice.
            if let Some(h1) =
                h1.filter(|h1| same_words(&blanker.render(h1.text.clone()), &title.text))
            {
                blanker.mark(h1.lines);
                notes.push(
                    "the first heading repeats the front-matter title; blanked from the body"
                        .into(),
                );
            }
            Some(title)
        }
        (None, Some(h1)) => {
            let headline = blanker.field(h1.text.clone(), h1.line);
            blanker.mark(h1.lines);
            headline
        }
        (None, None) => None,
    };

    let body = fields_text(&blanker.render(region_start..text.len()));
    let wide_blanks = blanker.wide_blanks(region_start..text.len());
    Ok(Article {
        source: source.to_string(),
        format: InputFormat::Markdown,
        headline,
        body: Field::verbatim(body, first_body_line + 1, 1).with_wide_blanks(wide_blanks),
        notes,
        ignore_terms: slant_ignore_terms(text),
        source_is_file: false,
    })
}

/// Terms named in `<!-- slant-ignore: term, other term -->` comments anywhere in `text`,
/// trimmed and lower-cased, in order of first appearance, without duplicates.
pub(super) fn slant_ignore_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("<!--") {
        let after = &rest[open + 4..];
        let (inner, next) = match after.find("-->") {
            Some(close) => (&after[..close], &after[close + 3..]),
            None => (after, ""),
        };
        rest = next;
        let inner = inner.trim();
        let Some(list) = inner
            .get(..12)
            .filter(|p| p.eq_ignore_ascii_case("slant-ignore"))
            .map(|_| inner[12..].trim_start())
            .and_then(|l| l.strip_prefix(':'))
        else {
            continue;
        };
        for term in list.split(',').map(|t| t.trim().to_lowercase()) {
            if !term.is_empty() && !terms.contains(&term) {
                terms.push(term);
            }
        }
    }
    terms
}

/// Whether two titles are the same words, whatever their case, punctuation and quote marks
/// (`Storm hits coast` and `Storm Hits Coast!`; `China’s` and `China's`); a heading that
/// adds or drops a word is another heading.
fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let a = words(a);
    !a.is_empty() && a == words(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Article {
        parse("a.md", text).unwrap()
    }

    /// The body is as long as the source after `region_start`, and each word sits at the same
    /// byte offset (relative to the region) as in the source.
    fn assert_aligned(text: &str, article: &Article, words: &[&str]) {
        let region = text.len() - article.body.text.len();
        assert!(text.is_char_boundary(region));
        for word in words {
            let at = article
                .body
                .text
                .find(word)
                .unwrap_or_else(|| panic!("`{word}` missing from {:?}", article.body.text));
            assert_eq!(&text[region + at..region + at + word.len()], *word);
        }
    }

    fn headline(article: &Article) -> Option<&str> {
        article.headline.as_ref().map(|h| h.text.as_str())
    }

    #[test]
    fn atx_heading_is_the_headline_and_blanked_from_the_body() {
        let text = "# Storm *hits* coast #\n\nThe storm **arrived** at dawn.\n";
        let article = parse_ok(text);
        let h = article.headline.as_ref().unwrap();
        assert_eq!(h.text, "Storm  hits  coast");
        assert_eq!(h.origin().map(|o| (o.line, o.column)), Some((1, 3)));
        assert_eq!(article.body.text.len(), text.len());
        assert_eq!(article.body.text.lines().next().map(str::trim), Some(""));
        assert!(article.body.text.contains("The storm   arrived   at dawn."));
        assert_aligned(text, &article, &["arrived", "dawn"]);
        let at = article.body.text.find("dawn").unwrap();
        assert_eq!(article.body.line_column(at), (3, 26));
    }

    #[test]
    fn setext_heading_is_the_headline() {
        let text = "Intro line\n\nStorm hits coast\n================\nBody text.\n";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.headline.as_ref().unwrap().origin().unwrap().line, 3);
        assert!(!article.body.text.contains('='));
        assert!(!article.body.text.contains("Storm"));
        assert_aligned(text, &article, &["Intro", "Body"]);
    }

    #[test]
    fn level_two_headings_are_not_headlines() {
        let article = parse_ok("Some text.\n\n## Background\n\nMore text.\n");
        assert_eq!(article.headline, None);
        assert!(article.body.text.contains("   Background"));
    }

    /// The text of `text` from 1-based `line`:`column` (code points) on, to the end of that
    /// line.
    fn in_file(text: &str, (line, column): (usize, usize)) -> &str {
        let line = text.lines().nth(line - 1).unwrap_or("");
        let at: usize = line.chars().take(column - 1).map(char::len_utf8).sum();
        &line[at.min(line.len())..]
    }

    #[test]
    fn front_matter_title_wins_and_body_starts_after_it() {
        // Each title, its text, and words of it with how they are written in the file.
        for (fm, expected, words) in [
            (
                "title: Storm hits coast",
                "Storm hits coast",
                &[("Storm", "Storm"), ("coast", "coast")][..],
            ),
            (
                "title: \"Storm hits coast\"",
                "Storm hits coast",
                &[("Storm", "Storm"), ("coast", "coast")],
            ),
            (
                "title: 'Storm hits coast'",
                "Storm hits coast",
                &[("Storm", "Storm"), ("coast", "coast")],
            ),
            (
                "title: 'Minister''s plea'",
                "Minister's plea",
                &[
                    ("Minister", "Minister''s"),
                    ("s plea", "s plea"),
                    ("plea", "plea'"),
                ],
            ),
            (
                "title: \"A \\\"plea\\\"\"",
                "A \"plea\"",
                &[
                    ("\"plea", "\\\"plea"),
                    ("plea", "plea\\\""),
                    ("\"", "\\\"plea"),
                ],
            ),
            (
                "title: \"Caf\\u00e9 \\x41\\U0001F600 plea\\n\\tend\"",
                "Café A😀 plea\n\tend",
                &[
                    ("Café", "Caf\\u00e9"),
                    ("A😀", "\\x41"),
                    ("😀", "\\U0001F600"),
                    ("plea", "plea\\n"),
                    ("end", "end\""),
                ],
            ),
            (
                "title: Storm hits coast # a comment",
                "Storm hits coast",
                &[("Storm", "Storm"), ("coast", "coast #")],
            ),
            (
                "title: >\n  Storm hits\n\t coast",
                "Storm hits coast",
                &[
                    ("Storm", "Storm hits"),
                    ("hits", "hits"),
                    ("coast", "coast"),
                ],
            ),
        ] {
            let text = format!("---\nauthor: Jo\n{fm}\n---\n# Other heading\n\nBody text.\n");
            let article = parse_ok(&text);
            let h = article.headline.as_ref().unwrap();
            assert_eq!(h.text, expected, "{fm}");
            for (word, raw) in words {
                let at = h.text.find(word).unwrap();
                let position = h.line_column(at);
                assert!(
                    in_file(&text, position).starts_with(raw),
                    "{fm}: `{word}` at {position:?}, found {:?}",
                    in_file(&text, position)
                );
            }
            // The other heading stays in the body, its `#` blanked.
            assert!(article.body.text.contains("  Other heading"), "{fm}");
            assert_aligned(&text, &article, &["Other", "Body"]);
            let first_body_line = text.lines().position(|l| l.starts_with("# Other")).unwrap();
            assert_eq!(article.body.origin().unwrap().line, first_body_line + 1);
        }
    }

    #[test]
    fn front_matter_fixture() {
        let text = include_str!("../../tests/fixtures/articles/front-matter.md");
        let article = parse_ok(text);
        let h = article.headline.as_ref().unwrap();
        assert_eq!(h.text, "Harbour council rejects ferry plan");
        assert_eq!(h.origin().map(|o| (o.line, o.column)), Some((2, 9)));
        assert_eq!(article.ignore_terms, ["ferry"]);
        assert_eq!(article.body.origin().map(|o| o.line), Some(6));
        let body = &article.body.text;
        for absent in [
            "**",
            "https",
            "](",
            "> ",
            "*Ana",
            "- Cost",
            "`",
            "not article text",
            "slant-ignore",
        ] {
            assert!(!body.contains(absent), "`{absent}` in {body:?}");
        }
        assert_aligned(
            text,
            &article,
            &[
                "Tuesday",
                "evening ferry",
                "Ana Reyes",
                "Cost of extra crew",
                "existing",
            ],
        );
        let at = body.find("Ana Reyes").unwrap();
        assert_eq!(article.body.line_column(at), (11, 41));
    }

    #[test]
    fn heading_repeating_the_title_is_blanked() {
        let text = "---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\nBody.\n";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert!(!article.body.text.contains("Storm"));
        assert!(!article.notes.is_empty());
    }

    #[test]
    fn heading_repeating_the_title_in_other_case_and_punctuation_is_blanked() {
        let text = "---\ntitle: \"China’s plan sparks outrage\"\n---\n\n# China's Plan Sparks Outrage!\n\nBody.\n";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("China’s plan sparks outrage"));
        assert!(
            !article.body.text.contains("Outrage"),
            "{}",
            article.body.text
        );
        // Another heading, one word more, stays in the body.
        let text = "---\ntitle: Storm hits coast\n---\n# Storm hits coast hard\n\nBody.\n";
        assert!(parse_ok(text).body.text.contains("hard"));
    }

    #[test]
    fn front_matter_without_title_falls_back_to_heading() {
        let article = parse_ok("---\nauthor: Jo\n---\n\n# Storm hits coast\n\nBody.\n");
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.headline.unwrap().origin().unwrap().line, 5);
    }

    #[test]
    fn unterminated_front_matter_is_an_error_naming_file_and_line() {
        let err = parse("story.md", "---\ntitle: Storm\n\nBody.\n").unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, ArticleError::Format { .. }));
        assert!(
            message.contains("story.md") && message.contains("line 1"),
            "{message}"
        );
    }

    #[test]
    fn inline_syntax_is_blanked_keeping_length() {
        let text = "# T\n\nSee [the report](https://example.com/a_b \"Title\") and [that][ref], \
                    `code`, ![a photo](img.png), <span>html</span>, \\*literal\\*, \
                    ~~struck~~ and snake_case_word.\n\n[ref]: https://example.com\n";
        let article = parse_ok(text);
        let body = &article.body.text;
        assert_eq!(body.len(), text.len());
        for gone in [
            "[", "](", "https", "Title", "`", "photo", "<span>", "</span>", "~~", "\\",
        ] {
            assert!(!body.contains(gone), "`{gone}` left in {body:?}");
        }
        assert!(body.contains("snake_case_word"));
        assert!(body.contains(" *literal *"), "{body:?}");
        assert_aligned(
            text,
            &article,
            &["the report", "that", "code", "html", "struck"],
        );
    }

    #[test]
    fn block_syntax_is_blanked() {
        let text = "# T\n\n> Quoted *words* here.\n\n- item one\n* item two\n1. item three\n- [x] done task\n\n\
                    | Who | Said |\n|-----|:----:|\n| Mayor | plea |\n\n---\n\n```rust\nlet plea = 1;\n```\n\n\
                    <!-- an editor's note\nspanning lines -->\nAfter comment.\n\n[^1]: A footnote.\n";
        let article = parse_ok(text);
        let body = &article.body.text;
        assert_eq!(body.len(), text.len());
        for gone in [
            ">", "- item", "* item", "1.", "[x]", "|", "---", "```", "let plea", "editor",
            "spanning", "[^1]:",
        ] {
            assert!(!body.contains(gone), "`{gone}` left in {body:?}");
        }
        assert_aligned(
            text,
            &article,
            &[
                "Quoted",
                "item one",
                "item two",
                "item three",
                "done task",
                "Mayor",
                "plea",
                "After comment",
                "A footnote",
            ],
        );
    }

    #[test]
    fn unterminated_fence_blanks_to_the_end() {
        let text = "# T\n\nBefore.\n\n~~~\ncode\nmore code\n";
        let article = parse_ok(text);
        assert!(article.body.text.contains("Before."));
        assert!(!article.body.text.contains("code"));
    }

    #[test]
    fn multi_byte_syntax_is_blanked_with_same_byte_length() {
        // A multi-byte character inside a link target and an image's alt text.
        let text = "# Café plea\n\nVisit [the café](https://café.example/😀) — ![naïve 😀 alt](x.png) then “go”.\n";
        let article = parse_ok(text);
        let body = &article.body.text;
        assert_eq!(body.len(), text.len());
        assert!(body.contains('\u{A0}') && body.contains("    "), "{body:?}");
        assert!(!body.contains("naïve") && !body.contains('😀'));
        assert_aligned(text, &article, &["the café", "—", "then “go”"]);
        let at = body.find("then").unwrap();
        let (line, column) = article.body.line_column(at);
        assert_eq!(line, 3);
        // Two blanked 4-byte characters precede "then" on its line (one emoji in the link
        // target, one in the alt text, each four spaces in the body); columns still count
        // each as the one code point it was in the file.
        let source_column = text
            .lines()
            .nth(2)
            .unwrap()
            .find("then")
            .map(|b| text.lines().nth(2).unwrap()[..b].chars().count() + 1);
        assert_eq!(Some(column), source_column);
        // The body's first anchor, and one after each run of four spaces.
        assert_eq!(article.body.anchors().len(), 3);
    }

    #[test]
    fn crlf_and_lone_cr() {
        let text = "# Storm hits coast\r\n\r\nThe *storm* arrived.\r\n";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_aligned(text, &article, &["storm", "arrived"]);
        let at = article.body.text.find("arrived").unwrap();
        assert_eq!(article.body.line_column(at), (3, 13));

        let text = "# Storm hits coast\r\rThe storm arrived.\r";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        let at = article.body.text.find("arrived").unwrap();
        assert_eq!(article.body.line_column(at), (3, 11));
    }

    #[test]
    fn slant_ignore_comments_are_collected() {
        let text = "<!-- slant-ignore: Plea, hardline -->\n# T\n\nBody <!--slant-ignore:plea,  Slammed  --> text.\n<!-- just a note -->\n";
        let article = parse_ok(text);
        assert_eq!(article.ignore_terms, ["plea", "hardline", "slammed"]);
        assert!(!article.body.text.contains("slant-ignore"));
        assert_eq!(slant_ignore_terms("<!-- SLANT-IGNORE : x"), ["x"]);
        assert!(slant_ignore_terms("<!-- slant-ignored: x -->").is_empty());
    }

    #[test]
    fn no_heading_means_no_headline() {
        let text = "Just a paragraph of *text*.\n";
        let article = parse_ok(text);
        assert_eq!(article.headline, None);
        assert_eq!(
            article.body.origin().map(|o| (o.line, o.column)),
            Some((1, 1))
        );
        assert_aligned(text, &article, &["paragraph", "text"]);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "",
            "#",
            "# ",
            "#\n",
            "---\n---",
            "[",
            "![",
            "[a](",
            "`",
            "``x`",
            "<",
            "<!--",
            "<a",
            "*",
            "_",
            "~~",
            "\\",
            "> ",
            ">",
            "1.",
            "- [x]",
            "|",
            "|-|",
            "===",
            "é*é",
            "[é](é",
            "# 😀 #",
            "\r",
            "\r\n=\r\n",
            "a\n===",
            "---\ntitle: \"unclosed\n---",
            "---\ntitle: 'x\n---",
        ] {
            if let Ok(article) = parse("a.md", text) {
                let region = text.len() - article.body.text.len();
                assert!(text.is_char_boundary(region), "{text:?}");
            }
        }
    }

    proptest::proptest! {
        /// Whatever the input, the body is the same length as its region of the file, and
        /// every character the blanking kept sits at the same byte offset.
        #[test]
        fn body_always_aligns_with_the_file(text in "(?s)[-#*_`~>|!\\[\\]()<>:a-zé😀 \n\r]{0,80}") {
            if let Ok(article) = parse("a.md", &text) {
                let region = text.len() - article.body.text.len();
                proptest::prop_assert!(text.is_char_boundary(region));
                for (i, c) in article.body.text.char_indices() {
                    if !c.is_whitespace() {
                        proptest::prop_assert!(text[region + i..].starts_with(c));
                    }
                }
            }
        }
    }
}
