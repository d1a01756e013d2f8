/*!
Copies in a batch: a newsroom's folders hold the same story under several names, re-saved with
other line breaks or with a site's boilerplate around it. Each article gets a fingerprint of its
text with that noise taken out; a batch ranks the first input of a fingerprint once and lists
the others as its copies (`Report::copies`), instead of ranking one story several times.

What is taken out before hashing: letter case, curly quotes, runs of whitespace (line breaks
included), and lines of site furniture — a line that opens with *Advertisement*, *Share*,
*Subscribe*, *Sign up*, *Follow us*, *Read more*, *Related*, *Copyright*, *©*, *All rights
reserved*, *Click here*, *Photo:* … and has at most twelve words. An article whose text is empty
after that gets no fingerprint (0) and is never anybody's copy.
*/

use std::hash::{Hash, Hasher};

/// How a line of site furniture opens (lower case).
const BOILERPLATE_OPENINGS: &[&str] = &[
    "advertisement",
    "all rights reserved",
    "click here",
    "copyright",
    "follow us",
    "image:",
    "photo:",
    "read more",
    "related:",
    "share",
    "sign up",
    "skip to",
    "subscribe",
    "©",
];

/// Longest line (in words) that is taken for site furniture.
const BOILERPLATE_MAX_WORDS: usize = 12;

fn is_boilerplate(line: &str) -> bool {
    line.split_whitespace().count() <= BOILERPLATE_MAX_WORDS
        && BOILERPLATE_OPENINGS.iter().any(|o| line.starts_with(o))
}

/// The text an article's copies share: lower-cased, quotes straightened, boilerplate lines
/// dropped, whitespace collapsed to single spaces.
pub fn normalized(headline: Option<&str>, body: &str) -> String {
    let mut out = String::new();
    for line in headline.into_iter().chain([body]).flat_map(str::lines) {
        let line = line
            .trim()
            .to_lowercase()
            .replace(['“', '”'], "\"")
            .replace(['‘', '’'], "'");
        if line.is_empty() || is_boilerplate(&line) {
            continue;
        }
        for word in line.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// The fingerprint of an article's text (0 when nothing is left after normalising). The hash
/// has fixed keys, so it is the same in every run.
pub fn fingerprint(headline: Option<&str>, body: &str) -> u64 {
    let text = normalized(headline, body);
    if text.is_empty() {
        return 0;
    }
    #[allow(deprecated)]
    let mut hasher = std::hash::SipHasher::new();
    text.hash(&mut hasher);
    hasher.finish().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_case_and_quotes_do_not_matter() {
        let a = fingerprint(
            Some("Council votes"),
            "The council “voted” today.\n\nIt passed.",
        );
        let b = fingerprint(
            Some("  Council   votes "),
            "The council \"voted\"\ntoday.   It passed.\n",
        );
        assert_eq!(a, b);
        assert_ne!(a, 0);
    }

    #[test]
    fn boilerplate_lines_do_not_matter_but_content_does() {
        let a = fingerprint(Some("Council votes"), "The council voted today.");
        let b = fingerprint(
            Some("Council votes"),
            "Advertisement\nThe council voted today.\nShare this story on Facebook\n\
             © 2026 Harwick Herald. All rights reserved.",
        );
        assert_eq!(a, b);
        let c = fingerprint(Some("Council votes"), "The council voted yesterday.");
        assert_ne!(a, c);
    }

    #[test]
    fn a_long_line_that_opens_like_boilerplate_is_content() {
        let line = "Share prices fell sharply on Monday after the central bank raised its \
                    key rate by half a point.";
        assert_ne!(fingerprint(None, line), fingerprint(None, ""));
    }

    #[test]
    fn an_empty_text_has_no_fingerprint() {
        assert_eq!(fingerprint(None, "  \n Advertisement \n"), 0);
    }
}
