/*!
Escaping for the HTML report. Article text is untrusted: every string that did not come from
this module's own templates goes through [`escape_html`] before it reaches the page, whether
it lands in element content, a quoted attribute value or SVG text. One function for all three
contexts keeps the rule easy to audit: escape `&`, `<`, `>`, `"` and `'`, and always quote
attribute values with `"`.

Class names and ids are built from lexicon categories and file names, which users can change;
[`slug`] reduces them to `[a-z0-9-]` so they cannot break out of an attribute or a selector.
*/

/// Escapes `text` for HTML element content and double- or single-quoted attribute values.
///
/// Control characters other than tab, newline and carriage return are replaced by U+FFFD:
/// they are not allowed in HTML and some (NUL) are rewritten by parsers in ways that would
/// make the page differ from the text.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// [`escape_html`] for the notes slant writes, which mark lexicon terms with backticks as
/// Markdown does ("neither `flounder` nor a paraphrase"): each pair of backticks becomes a
/// `<code>` element instead of showing literally. Text with an odd number of backticks is
/// escaped as it is.
pub fn escape_note(text: &str) -> String {
    if text.matches('`').count() % 2 == 1 {
        return escape_html(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(&escape_html(part));
            out.push_str("</code>");
        } else {
            out.push_str(&escape_html(part));
        }
    }
    out
}

/// `text` reduced to lowercase ASCII letters, digits and single hyphens (at most `max`
/// bytes), for class names, ids and file names; `x` when nothing is left.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if out.len() >= max {
            break;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push('x');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backticks_in_a_note_become_code_and_stay_escaped() {
        assert_eq!(
            escape_note("neither `flounder` nor a paraphrase"),
            "neither <code>flounder</code> nor a paraphrase"
        );
        assert_eq!(escape_note("`<b>`"), "<code>&lt;b&gt;</code>");
        assert_eq!(escape_note("one ` alone"), "one ` alone");
    }

    #[test]
    fn escapes_markup_and_both_quotes() {
        assert_eq!(
            escape_html(r#"<script>alert("x")</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        );
        assert_eq!(escape_html("it's a&b"), "it&#39;s a&amp;b");
        assert_eq!(
            escape_html("</style><img src=x onerror='y'>"),
            "&lt;/style&gt;&lt;img src=x onerror=&#39;y&#39;&gt;"
        );
    }

    #[test]
    fn keeps_text_and_layout_whitespace() {
        assert_eq!(
            escape_html("China’s plea\n\n“No.”\t"),
            "China’s plea\n\n“No.”\t"
        );
        assert_eq!(escape_html(""), "");
    }

    #[test]
    fn already_escaped_text_is_escaped_again() {
        // The text is data, not markup: an entity in the article must show as typed.
        assert_eq!(escape_html("&lt;b&gt;"), "&amp;lt;b&amp;gt;");
    }

    #[test]
    fn replaces_control_characters() {
        assert_eq!(escape_html("a\u{0}b\u{1b}c"), "a\u{FFFD}b\u{FFFD}c");
    }

    #[test]
    fn slugs_are_safe_identifiers() {
        assert_eq!(slug("reporting-emphatic", 40), "reporting-emphatic");
        assert_eq!(slug("\"><script>", 40), "script");
        assert_eq!(
            slug("corpus/Blinken Beijing.txt", 40),
            "corpus-blinken-beijing-txt"
        );
        assert_eq!(slug("’’", 40), "x");
        assert_eq!(slug("abcdef", 3), "abc");
    }
}
