/*!
HTML articles: the headline and main text of a news page.

The main text comes from `dom_smoothie`, a port of Firefox's Readability, which drops
navigation, related links, comments and the like. When it finds no article (a bare fragment,
a page too small to score), the text of the `<p>` elements is used instead, and failing that
the text of the whole `<body>`; scripts, styles, navigation, headers, footers and forms never
count. Paragraphs are separated by a blank line and white space inside them is collapsed.

The headline is the first of `og:title`, the article's `<h1>` and `<title>`. Page titles
usually carry the site's name (`Storm hits coast | The Daily Example`); that suffix is
stripped, with a note, when it matches `og:site_name` or looks like a site name (see
[`strip_site_name`]). Text extracted from HTML has no line in the file, so the fields are not
verbatim: findings are located within the extracted text.
*/

mod strip;

use std::panic::{self, AssertUnwindSafe};

use dom_smoothie::{Config, Readability, TextMode};

use super::markdown::slant_ignore_terms;
use super::{Article, Field, InputFormat};
use crate::error::ArticleError;

/// Pages with more elements are not scored by Readability (it is quadratic in places); the
/// `<p>` fallback still reads them.
const MAX_ELEMENTS: usize = 100_000;

/// Pages nested deeper are read without building a tree ([`strip`]). News pages nest a few
/// dozen elements deep; the tree builder and Readability recurse, and overflow the stack a few
/// thousand levels down.
const MAX_DEPTH: usize = 256;

/// What was pulled out of a page.
#[derive(Debug, Default)]
struct Extracted {
    headline: Option<String>,
    /// Other texts the headline may also appear as, at the top of the body.
    headline_variants: Vec<String>,
    paragraphs: Vec<String>,
    notes: Vec<String>,
}

/// Parses an HTML article.
pub(super) fn parse(source: &str, text: &str) -> Result<Article, ArticleError> {
    // html5ever recovers from any malformed markup, but a panic deep in a dependency must not
    // take a whole batch down: it becomes this file's error.
    let extracted = panic::catch_unwind(AssertUnwindSafe(|| extract(text))).map_err(|_| {
        ArticleError::Format {
            path: source.to_string(),
            message: "the HTML parser failed on this page".to_string(),
        }
    })?;

    let mut paragraphs = extracted.paragraphs;
    let repeats_headline = |p: &String| {
        let p = comparable(p);
        extracted
            .headline
            .iter()
            .chain(&extracted.headline_variants)
            .any(|h| comparable(h) == p)
    };
    if paragraphs.first().is_some_and(repeats_headline) {
        paragraphs.remove(0);
    }

    Ok(Article {
        source: source.to_string(),
        format: InputFormat::Html,
        headline: extracted.headline.map(Field::new),
        body: Field::new(paragraphs.join("\n\n")),
        notes: extracted.notes,
        ignore_terms: slant_ignore_terms(text),
        source_is_file: false,
    })
}

fn extract(html: &str) -> Extracted {
    let depth = strip::nesting_depth(html);
    if depth > MAX_DEPTH {
        return extract_without_tree(html, depth);
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let Ok(mut readability) = Readability::new(html, None, Some(config)) else {
        // Only a bad document URL fails here, and none is given.
        return fallback(html, Extracted::default());
    };

    let mut extracted = Extracted::default();
    {
        // dom_query is not a direct dependency, so its types are only reached through
        // `readability.doc`, in closures, never named.
        let doc = &readability.doc;
        let first_text = |selector: &str, attr: Option<&str>| -> Option<String> {
            let selection = doc.try_select(selector)?;
            selection.iter().find_map(|node| {
                let text = match attr {
                    Some(attr) => node.attr(attr)?.to_string(),
                    None => node.text().to_string(),
                };
                Some(collapse(&text)).filter(|t| !t.is_empty())
            })
        };
        let site_name = first_text(
            r#"meta[property="og:site_name"], meta[name="og:site_name"]"#,
            Some("content"),
        );
        let og_title = first_text(
            r#"meta[property="og:title"], meta[name="og:title"]"#,
            Some("content"),
        );
        let h1 = first_text("article h1", None).or_else(|| first_text("h1", None));
        let title = first_text("title", None);

        // Heuristic stripping only for page titles: an `<h1>` is what readers see.
        let candidate = (og_title.clone().map(|t| (t, true)))
            .or_else(|| h1.clone().map(|t| (t, false)))
            .or_else(|| title.clone().map(|t| (t, true)));
        if let Some((text, guess)) = candidate {
            let (headline, suffix) = strip_site_name(&text, site_name.as_deref(), guess);
            if let Some(suffix) = suffix {
                extracted
                    .notes
                    .push(format!("site name {suffix:?} stripped from the headline"));
            }
            extracted.headline = Some(headline).filter(|h| !h.is_empty());
        }
        extracted.headline_variants = [og_title, h1, title].into_iter().flatten().collect();
    }

    match readability.parse() {
        Ok(article) => {
            let paragraphs = split_paragraphs(&article.text_content);
            if paragraphs.is_empty() {
                fallback(html, extracted)
            } else {
                extracted.paragraphs = paragraphs;
                extracted
            }
        }
        Err(_) => fallback(html, extracted),
    }
}

/// Headline and text of a page too deeply nested for the tree builder.
fn extract_without_tree(html: &str, depth: usize) -> Extracted {
    let mut extracted = Extracted {
        paragraphs: split_paragraphs(&strip::text_without_tags(html)),
        notes: vec![format!(
            "the page nests elements {depth} deep (over {MAX_DEPTH}): read as text without the HTML parser"
        )],
        ..Extracted::default()
    };
    if let Some(title) = strip::title(html) {
        let (headline, suffix) = strip_site_name(&title, None, true);
        if let Some(suffix) = suffix {
            extracted
                .notes
                .push(format!("site name {suffix:?} stripped from the headline"));
        }
        extracted.headline = Some(headline).filter(|h| !h.is_empty());
        extracted.headline_variants = vec![title];
    }
    extracted
}

/// The text of the `<p>` elements, or of the whole `<body>` when there are none, with
/// scripts, styles and page furniture removed.
fn fallback(html: &str, mut extracted: Extracted) -> Extracted {
    let readability = Readability::from(html);
    let doc = &readability.doc;
    if let Some(furniture) = doc.try_select(
        "script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, \
         button, select",
    ) {
        furniture.remove();
    }
    let mut paragraphs: Vec<String> = doc
        .try_select("p")
        .map(|p| {
            p.iter()
                .map(|node| collapse(&node.formatted_text()))
                .filter(|text| !text.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if paragraphs.is_empty() {
        if let Some(body) = doc.try_select("body") {
            paragraphs = split_paragraphs(&body.formatted_text());
        }
    }
    if !paragraphs.is_empty() {
        extracted.notes.push(
            "no article found by the readability extractor; the body is the page's paragraph text"
                .into(),
        );
    }
    extracted.paragraphs = paragraphs;
    extracted
}

/// Paragraphs of extracted text: split at blank lines, white space collapsed inside.
fn split_paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        for word in line.split_whitespace() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
    }
    out
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-cased, white space collapsed: for comparing a paragraph with the headline.
fn comparable(text: &str) -> String {
    collapse(text).to_lowercase()
}

/// Separators between a headline and a site name, longest first.
const SEPARATORS: [&str; 6] = [" :: ", " | ", " — ", " – ", " - ", " · "];

/// Strips site-name suffixes (and a site-name prefix) from `title`; returns the headline and
/// the suffix removed, if any.
///
/// A part is a site name when it equals `site_name` (case-insensitive, ignoring a leading
/// "The" and a `www.`/domain ending), or — when `guess` is set and the rest keeps at least
/// three words — when it looks like one: a domain (`example.com`), or at most five words
/// after `|`, `::` or `·` (three after a dash), each capitalised or a small connective
/// ("of", "the"), with no sentence punctuation. Dashes get the tighter limit because
/// headlines use them too ("Storm hits coast – officials").
pub(super) fn strip_site_name(
    title: &str,
    site_name: Option<&str>,
    guess: bool,
) -> (String, Option<String>) {
    let mut headline = title.trim().to_string();
    let mut stripped: Vec<String> = Vec::new();
    // A title may carry a section and a site: "Storm hits coast | Weather | The Daily Example".
    for _ in 0..3 {
        let Some((at, separator)) = SEPARATORS
            .iter()
            .filter_map(|s| headline.rfind(s).map(|at| (at, *s)))
            .max_by_key(|(at, _)| *at)
        else {
            break;
        };
        let (prefix, suffix) = (
            headline[..at].trim(),
            headline[at + separator.len()..].trim(),
        );
        let dash = matches!(separator, " — " | " – " | " - ");
        let is_site = site_name.is_some_and(|site| same_site(suffix, site))
            || (guess && word_count(prefix) >= 3 && looks_like_site_name(suffix, dash));
        if prefix.is_empty() || !is_site {
            break;
        }
        stripped.insert(0, format!("{separator}{suffix}"));
        headline = prefix.to_string();
    }
    if let Some(site) = site_name {
        for separator in SEPARATORS {
            let prefix = headline
                .split_once(separator)
                .map(|(p, rest)| (p.to_string(), rest.to_string()));
            if let Some((prefix, rest)) = prefix {
                if same_site(&prefix, site) && !rest.trim().is_empty() {
                    stripped.insert(0, format!("{prefix}{separator}"));
                    headline = rest.trim().to_string();
                    break;
                }
            }
        }
    }
    let removed = (!stripped.is_empty()).then(|| stripped.concat());
    (headline, removed)
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

fn same_site(part: &str, site: &str) -> bool {
    let key = |s: &str| {
        let s = s.trim().to_lowercase();
        let s = s.strip_prefix("www.").unwrap_or(&s).to_string();
        let s = s.strip_prefix("the ").unwrap_or(&s).to_string();
        s.rsplit_once('.')
            .filter(|(_, tld)| tld.len() <= 4 && !tld.contains(' '))
            .map_or(s.clone(), |(name, _)| name.to_string())
    };
    let (part, site) = (key(part), key(site));
    !part.is_empty() && part == site
}

fn looks_like_site_name(part: &str, after_dash: bool) -> bool {
    let is_domain = !part.contains(' ')
        && part.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic())
        });
    if is_domain {
        return true;
    }
    let words: Vec<&str> = part.split_whitespace().collect();
    let max_words = if after_dash { 3 } else { 5 };
    !words.is_empty()
        && words.len() <= max_words
        && part.chars().count() <= 40
        && !part.contains(['.', '!', '?', ',', ':', ';', '"', '“', '”'])
        && words.iter().enumerate().all(|(i, word)| {
            let connective =
                i > 0 && matches!(*word, "of" | "the" | "and" | "for" | "on" | "de" | "&");
            connective || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(html: &str) -> Article {
        parse("page.html", html).unwrap()
    }

    fn headline(article: &Article) -> Option<&str> {
        article.headline.as_ref().map(|h| h.text.as_str())
    }

    #[test]
    fn news_page_fixture() {
        let html = include_str!("../../tests/fixtures/articles/news-page.html");
        let article = parse_ok(html);
        assert_eq!(
            headline(&article),
            Some("Harbour council rejects ferry plan")
        );
        assert_eq!(article.headline.as_ref().unwrap().origin(), None);
        assert_eq!(
            article.notes,
            ["site name \" | The Daily Example\" stripped from the headline"]
        );
        assert_eq!(article.ignore_terms, ["ferry", "harbour"]);
        let body = &article.body.text;
        assert_eq!(body.split("\n\n").count(), 4, "{body:?}");
        assert!(body.starts_with(
            "The harbour council voted on Tuesday against a plan to add an evening ferry between"
        ));
        assert!(body.contains("the plan “did not add up” and"), "{body:?}");
        for absent in [
            "tracker",
            "advertisement",
            "Home",
            "Related",
            "rights reserved",
            "font-family",
            "Harbour council rejects",
        ] {
            assert!(!body.contains(absent), "`{absent}` in {body:?}");
        }
        // White space is collapsed inside paragraphs.
        assert!(!body.contains("  ") && !body.contains("\n "));
    }

    #[test]
    fn headline_sources_in_order() {
        let page = |head: &str, body: &str| {
            format!("<html><head>{head}</head><body>{body}<p>Text of the story.</p></body></html>")
        };
        let og = r#"<meta property="og:title" content="From og">"#;
        let article = parse_ok(&page(
            &format!("<title>From title</title>{og}"),
            "<h1>From h1</h1>",
        ));
        assert_eq!(headline(&article), Some("From og"));
        let article = parse_ok(&page("<title>From title</title>", "<h1>From h1</h1>"));
        assert_eq!(headline(&article), Some("From h1"));
        let article = parse_ok(&page("<title>From title</title>", ""));
        assert_eq!(headline(&article), Some("From title"));
        let article = parse_ok(&page("", ""));
        assert_eq!(headline(&article), None);
        assert_eq!(article.body.text, "Text of the story.");
    }

    #[test]
    fn site_name_suffixes() {
        let site = Some("The Daily Example");
        let strip = |t: &str, s: Option<&str>| strip_site_name(t, s, true);
        assert_eq!(
            strip("Storm hits coast | The Daily Example", site).0,
            "Storm hits coast"
        );
        assert_eq!(
            strip("Storm hits coast - Daily Example", site).0,
            "Storm hits coast"
        );
        assert_eq!(
            strip("Storm hits coast — The Daily Example", None).0,
            "Storm hits coast"
        );
        assert_eq!(
            strip("Storm hits coast :: Example News", None).0,
            "Storm hits coast"
        );
        assert_eq!(
            strip("Storm hits coast | example.com", None).0,
            "Storm hits coast"
        );
        assert_eq!(
            strip("Storm hits coast | Weather | The Daily Example", site),
            (
                "Storm hits coast".to_string(),
                Some(" | Weather | The Daily Example".to_string())
            )
        );
        assert_eq!(
            strip("The Daily Example | Storm hits coast", site).0,
            "Storm hits coast"
        );
        // Not site names: a headline's own dash clause, lower case, or too little left.
        for title in [
            "Storm hits coast - officials say more to come",
            "Storm hits coast – and the town is not ready for it",
            "Trump - Biden",
            "Minister resigns: what we know so far",
        ] {
            assert_eq!(strip(title, None), (title.to_string(), None), "{title}");
        }
        // An <h1> is only stripped of the known site name.
        assert_eq!(
            strip_site_name("Storm hits coast | Weather Desk", None, false).1,
            None
        );
        assert_eq!(
            strip_site_name("Storm hits coast | The Daily Example", site, false).0,
            "Storm hits coast"
        );
    }

    #[test]
    fn page_without_article_falls_back_to_paragraphs() {
        let article = parse_ok("<p>Only one short paragraph here.</p><p>And a second.</p>");
        assert_eq!(
            article.body.text,
            "Only one short paragraph here.\n\nAnd a second."
        );
        let article = parse_ok("<div>Bare text in a div.</div>");
        assert_eq!(article.body.text, "Bare text in a div.");
    }

    #[test]
    fn scripts_and_styles_only_give_an_empty_body() {
        let html = "<html><head><script>var plea = 'crisis';</script><style>p { color: red }</style></head><body><script>1</script></body></html>";
        let article = parse_ok(html);
        assert_eq!(article.body.text, "");
        assert_eq!(article.headline, None);
        let err = Article::parse("x.html", html, InputFormat::Html).unwrap_err();
        assert!(matches!(err, ArticleError::NoText { .. }), "{err}");
    }

    #[test]
    fn hostile_pages_never_panic() {
        let deep = format!(
            "<title>A very deep page | Example News</title>{}<p>deep text</p>",
            "<table><tr><td><div>".repeat(5_000)
        );
        let long_attribute = format!("<p class='{}'>Attribute text</p>", "x".repeat(100_000));
        let cases = [
            deep.as_str(),
            long_attribute.as_str(),
            "<html><head><title>Broken <b>page</title><body><p>Text <a href='x>unclosed <p>more <!-- unclosed",
            "<<<>>><p>< p>text</ p><//><!---->--><![CDATA[x]]><?php echo 1; ?>",
            "<p>\u{0}\u{FFFD}é😀</p><svg><script>alert(1)</script></svg>",
            "</p></div></body></html>",
            "<",
            "&",
            "",
        ];
        for html in cases {
            let article = parse("x.html", html).unwrap();
            assert!(!article.body.text.contains("alert"));
        }
        let article = parse_ok(&deep);
        assert_eq!(headline(&article), Some("A very deep page"));
        assert_eq!(article.body.text, "deep text");
        assert!(article
            .notes
            .iter()
            .any(|n| n.contains("without the HTML parser")));
    }
}
