/*!
A DOM-free look at HTML, for pages too deeply nested to hand to a tree builder.

html5ever and Readability walk the tree recursively in places: a few thousand nested tables
overflow the stack (an abort no `catch_unwind` can stop) and a few thousand nested `<div>`s
take minutes. [`nesting_depth`] measures a page in one linear pass first; a page deeper than
any real article is read by [`text_without_tags`] instead: tags dropped, block elements turned
into paragraph breaks, scripts and styles skipped.
*/

/// Elements with no end tag, or whose end tag is usually left out: they never deepen the tree.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot",
    "colgroup", "rt", "rp", "optgroup",
];

/// Elements whose content is not text to read.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer", "aside",
    "form", "button", "select", "textarea",
];

/// Elements after which a paragraph ends.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "main",
    "blockquote",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "pre",
    "hr",
    "figure",
    "figcaption",
];

/// A tag found by [`tags`]: its lower-cased name, whether it closes, and the byte range of
/// the whole tag.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    start: usize,
    end: usize,
}

/// The tags of `html` in order, comments and doctype skipped.
fn tags(html: &str) -> impl Iterator<Item = Tag> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let open = at + html.get(at..)?.find('<')?;
        let rest = &html[open..];
        if rest.starts_with("<!--") {
            at = rest
                .find("-->")
                .map_or(html.len(), |close| open + close + 3);
            continue;
        }
        let end = rest.find('>').map_or(html.len(), |close| open + close + 1);
        at = end;
        let (closing, body) = match rest[1..].strip_prefix('/') {
            Some(body) => (true, body),
            None => (false, &rest[1..]),
        };
        let name: String = body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name.is_empty() || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let self_closing = html[open..end].ends_with("/>");
        return Some(Tag {
            name,
            closing,
            self_closing,
            start: open,
            end,
        });
    })
}

/// The deepest element nesting of `html`, approximately (end tags that HTML lets authors
/// omit are ignored). Linear in the length of the page.
pub(super) fn nesting_depth(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for tag in tags(html) {
        if tag.self_closing || NOT_NESTING.contains(&tag.name.as_str()) {
            continue;
        }
        if tag.closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The text of `<title>`, if any.
pub(super) fn title(html: &str) -> Option<String> {
    let mut tags = tags(html);
    let open = tags.find(|t| t.name == "title" && !t.closing)?;
    let close = tags.find(|t| t.name == "title" && t.closing)?;
    let text = collapse(&decode_entities(html.get(open.end..close.start)?));
    Some(text).filter(|t| !t.is_empty())
}

/// The readable text of `html`: paragraphs separated by a blank line.
pub(super) fn text_without_tags(html: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    // While inside a skipped element: its name and nesting.
    let mut skipping: Option<(String, usize)> = None;
    for tag in tags(html) {
        if skipping.is_none() {
            out.push_str(&decode_entities(&html[at.min(tag.start)..tag.start]));
        }
        at = tag.end;
        if let Some((name, depth)) = &mut skipping {
            if *name == tag.name && !tag.self_closing {
                if tag.closing {
                    *depth -= 1;
                } else {
                    *depth += 1;
                }
            }
            if *depth == 0 {
                skipping = None;
            }
            continue;
        }
        if !tag.closing && !tag.self_closing && SKIPPED.contains(&tag.name.as_str()) {
            skipping = Some((tag.name, 1));
        } else if BLOCKS.contains(&tag.name.as_str()) {
            out.push_str("\n\n");
        }
    }
    if skipping.is_none() {
        out.push_str(&decode_entities(&html[at.min(html.len())..]));
    }
    out
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes the common named entities and all numeric ones; others are left as written.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest[1..]
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| {
                let name = &rest[1..1 + semi];
                let c = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some(' '),
                    "mdash" => Some('—'),
                    "ndash" => Some('–'),
                    "lsquo" => Some('‘'),
                    "rsquo" => Some('’'),
                    "ldquo" => Some('“'),
                    "rdquo" => Some('”'),
                    "hellip" => Some('…'),
                    _ => {
                        let number = name.strip_prefix('#')?;
                        let code = match number.strip_prefix(['x', 'X']) {
                            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                            None => number.parse().ok()?,
                        };
                        char::from_u32(code)
                    }
                };
                c.map(|c| (c, semi + 2))
            });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_ignores_void_and_optional_end_tags() {
        assert_eq!(nesting_depth("<div><p>a<p>b<br><img src=x></div>"), 1);
        assert_eq!(nesting_depth("<div><div><span>x</span></div></div>"), 3);
        assert_eq!(nesting_depth(&"<table><tr><td>".repeat(50)), 50);
        assert_eq!(nesting_depth("<!-- <div><div> --><b>x</b>"), 1);
        assert_eq!(nesting_depth("a < b and <3 <"), 0);
    }

    #[test]
    fn text_skips_scripts_and_breaks_paragraphs() {
        let html = "<title>T</title><script>var a = '<p>no</p>';</script><p>One &amp; \
                    <b>two</b></p><div>Three&#8217;s&nbsp;here</div><nav>menu</nav>";
        let text = text_without_tags(html);
        assert!(!text.contains("no") && !text.contains("menu") && !text.contains("var"));
        assert!(text.contains("One & two"), "{text:?}");
        assert!(text.contains("Three’s here"), "{text:?}");
        assert!(text.contains("\n\n"));
        assert_eq!(title(html).as_deref(), Some("T"));
    }

    #[test]
    fn broken_markup_never_panics() {
        for html in [
            "<",
            "<<",
            "</",
            "<a",
            "<!--",
            "&",
            "&#xZZ;",
            "&#99999999;",
            "<p>é&",
            "<script>",
        ] {
            let _ = (nesting_depth(html), text_without_tags(html), title(html));
        }
    }
}
