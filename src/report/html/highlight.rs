/*!
The article text with its findings in place.

Highlights are `<mark tabindex="0">` elements, one per loaded-term finding, classed by
category (`cat-…` plus a palette class `c0…c13`) and by voice (`v-quoted`, `v-attributed`).
An unsupported-term finding underlines the mark of the loaded term on the same span (class
`unsupported`), or gets its own mark when there is none. Each mark holds a hidden tooltip
(`.tip`) that CSS shows on `:hover` and `:focus`, so the details need no script and are
reachable from the keyboard; `aria-describedby` points at it for screen readers. Omitted
sentences are wrapped in `<span class="omitted">` with a numbered badge linking to the
omissions table.

Spans may nest or cross. The text is cut at every span boundary and, piece by piece, the
open elements are reconciled with those that should be open: an element closed early to
keep the markup well-formed is reopened as a continuation (class `cont`, no tooltip, no
`data-kind`), so each finding still has exactly one highlight that tests can count.
*/

use std::cmp::Reverse;
use std::fmt::Write;

use super::escape::{escape_html, escape_note, slug};
use crate::lexicon::{Categories, COLOURS};
use crate::report::{Finding, FindingKind, Location, Report, Span};

/// The palette class (`c0`…`c13`) of a category: the colour its lexicon header declares or
/// the table gives it ([`Categories`]). A category the table does not know (a report rendered
/// without its lexicons) is hashed onto the palette, deterministically.
pub fn palette(categories: &Categories, category: &str) -> usize {
    categories.get(category).map_or_else(
        || {
            // FNV-1a: stable across runs and platforms, unlike the std hasher.
            let hash = category.bytes().fold(0x811c_9dc5u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            });
            hash as usize % COLOURS
        },
        |c| c.colour,
    )
}

/// A stretch of text to wrap in an element.
struct Range {
    start: usize,
    end: usize,
    /// Outer elements first when two ranges start and end at the same place.
    order: u8,
    first: String,
    cont: String,
    close: &'static str,
}

fn valid(text: &str, span: Span) -> bool {
    span.start < span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// `text` escaped, with `ranges` wrapped around their spans (see the module doc). Leading and
/// trailing whitespace outside every range is dropped.
fn highlight(text: &str, mut ranges: Vec<Range>) -> String {
    ranges.retain(|r| valid(text, Span::new(r.start, r.end)));
    ranges.sort_by_key(|r| (r.start, Reverse(r.end), r.order));
    let lo = text.len() - text.trim_start().len();
    let hi = text.trim_end().len().max(lo);
    let mut points: Vec<usize> = ranges
        .iter()
        .flat_map(|r| [r.start, r.end])
        .chain([0, lo, hi, text.len()])
        .collect();
    points.sort_unstable();
    points.dedup();
    let mut out = String::with_capacity(text.len() * 2);
    let mut stack: Vec<usize> = Vec::new();
    let mut opened = vec![false; ranges.len()];
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let desired: Vec<usize> = (0..ranges.len())
            .filter(|&i| ranges[i].start <= a && a < ranges[i].end)
            .collect();
        let keep = stack
            .iter()
            .zip(&desired)
            .take_while(|(x, y)| x == y)
            .count();
        while stack.len() > keep {
            let i = stack.pop().unwrap_or_default();
            out.push_str(ranges[i].close);
        }
        if desired.is_empty() && (b <= lo || a >= hi) {
            continue;
        }
        for &i in &desired[keep..] {
            out.push_str(if opened[i] {
                &ranges[i].cont
            } else {
                &ranges[i].first
            });
            opened[i] = true;
            stack.push(i);
        }
        out.push_str(&escape_html(&text[a..b]));
    }
    while let Some(i) = stack.pop() {
        out.push_str(ranges[i].close);
    }
    out
}

pub fn fmt_weight(w: f64) -> String {
    format!("{w:.1}")
}

/// The tooltip lines of a finding.
fn tip(f: &Finding, unsupported: Option<&Finding>, id: &str) -> String {
    let mut s = format!(
        "<span class=\"tip\" role=\"tooltip\" id=\"{id}\"><span class=\"tl\"><b>{}</b> · {} · weight {} · {} voice</span>",
        escape_html(&f.term),
        escape_html(&f.category),
        fmt_weight(f.weight),
        f.voice.as_str()
    );
    if !f.note.is_empty() {
        let _ = write!(s, "<span class=\"tl\">{}</span>", escape_note(&f.note));
    }
    if !f.neutral.is_empty() {
        let _ = write!(
            s,
            "<span class=\"tl\">Neutral: {}</span>",
            escape_html(&f.neutral.join(", "))
        );
    }
    if let Some(u) = unsupported {
        let _ = write!(
            s,
            "<span class=\"tl warn\">Unsupported by the body: {}</span>",
            escape_note(&u.note)
        );
    }
    if f.suppressed {
        s.push_str("<span class=\"tl\">Ignored by the article (slant-ignore): not scored.</span>");
    }
    if f.is_note() {
        s.push_str("<span class=\"tl\">Note: a style observation, not counted.</span>");
    }
    s.push_str("</span>");
    s
}

/// The marks of one field's findings.
fn finding_ranges(
    findings: &[&Finding],
    categories: &Categories,
    prefix: &str,
    field: &str,
) -> Vec<Range> {
    let mut ranges = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if f.kind == FindingKind::UnsupportedTerm
            && findings
                .iter()
                .any(|g| g.kind == FindingKind::LoadedTerm && g.span == f.span)
        {
            continue; // shown on the loaded term's own mark
        }
        let unsupported = match f.kind {
            FindingKind::UnsupportedTerm => Some(*f),
            FindingKind::LoadedTerm => findings
                .iter()
                .find(|g| g.kind == FindingKind::UnsupportedTerm && g.span == f.span)
                .copied()
                .filter(|_| {
                    findings
                        .iter()
                        .position(|g| g.kind == FindingKind::LoadedTerm && g.span == f.span)
                        == Some(i)
                }),
        };
        let id = format!("{prefix}{field}-{i}");
        let classes = format!(
            "f cat-{} c{} v-{}{}{}",
            slug(&f.category, 40),
            palette(categories, &f.category),
            f.voice.as_str(),
            if unsupported.is_some() {
                " unsupported"
            } else {
                ""
            },
            if f.suppressed { " suppressed" } else { "" }
        );
        let kind = match f.kind {
            FindingKind::LoadedTerm => "loaded-term",
            FindingKind::UnsupportedTerm => "unsupported-term",
        };
        ranges.push(Range {
            start: f.span.start,
            end: f.span.end,
            order: 1,
            first: format!(
                "<mark tabindex=\"0\" id=\"{id}\" class=\"{classes}\" data-kind=\"{kind}\" data-category=\"{}\" data-voice=\"{}\" data-weight=\"{}\" aria-describedby=\"{id}-tip\">{}",
                escape_html(&f.category),
                f.voice.as_str(),
                fmt_weight(f.weight),
                tip(f, unsupported, &format!("{id}-tip"))
            ),
            cont: format!("<mark class=\"{classes} cont\">"),
            close: "</mark>",
        });
    }
    ranges
}

/// Quoted and attributed stretches, shaded (`voice-quoted`, `voice-attributed`) with the
/// speaker in a `title`: the reader sees whose words a highlight sits in.
fn voice_ranges(r: &Report, location: Location) -> Vec<Range> {
    r.voices
        .iter()
        .filter(|v| v.location == location)
        .map(|v| {
            let voice = v.voice.as_str();
            let who = v.source.as_deref().map_or(String::new(), |s| {
                format!(" title=\"{voice}: {}\"", escape_html(s))
            });
            Range {
                start: v.span.start,
                end: v.span.end,
                order: 0,
                first: format!("<span class=\"voice-{voice}\"{who}>"),
                cont: format!("<span class=\"voice-{voice} cont\">"),
                close: "</span>",
            }
        })
        .collect()
}

/// The highlighted headline and body, or the plain headline when the report has no text.
pub fn text_html(r: &Report, categories: &Categories, prefix: &str) -> (String, Option<String>) {
    let of = |loc: Location| -> Vec<&Finding> {
        r.findings.iter().filter(|f| f.location == loc).collect()
    };
    let Some(text) = &r.text else {
        return (
            escape_html(r.headline.as_deref().unwrap_or("(no headline)")),
            None,
        );
    };
    let headline = match &text.headline {
        Some(h) => highlight(h, {
            let mut ranges = finding_ranges(&of(Location::Headline), categories, prefix, "h");
            ranges.extend(voice_ranges(r, Location::Headline));
            ranges
        }),
        None => "<span class=\"none\">(no headline)</span>".to_string(),
    };
    let mut ranges = finding_ranges(&of(Location::Body), categories, prefix, "b");
    ranges.extend(voice_ranges(r, Location::Body));
    for (k, o) in r.omissions.omissions.iter().enumerate() {
        let k = k + 1;
        ranges.push(Range {
            start: o.span.start,
            end: o.span.end,
            order: 0,
            first: format!(
                "<span class=\"omitted\" id=\"{prefix}om-{k}\" data-omission=\"{k}\"><a class=\"om-badge\" href=\"#{prefix}omission-{k}\" title=\"left out of the headline: see Omissions\">⊘{k}</a>"
            ),
            cont: "<span class=\"omitted cont\">".to_string(),
            close: "</span>",
        });
    }
    (headline, Some(highlight(&text.body, ranges)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: usize, end: usize, name: &str) -> Range {
        Range {
            start,
            end,
            order: 1,
            first: format!("<{name}>"),
            cont: format!("<{name}+>"),
            close: "</>",
        }
    }

    #[test]
    fn nested_and_crossing_spans_stay_well_formed() {
        assert_eq!(
            highlight("abcdef", vec![range(1, 5, "a"), range(2, 3, "b")]),
            "a<a>b<b>c</>de</>f"
        );
        // b crosses the end of a: it is closed with a and reopened as a continuation.
        assert_eq!(
            highlight("abcdef", vec![range(0, 3, "a"), range(2, 5, "b")]),
            "<a>ab<b>c</></><b+>de</>f"
        );
    }

    #[test]
    fn text_is_escaped_and_bad_spans_skipped() {
        assert_eq!(highlight("<x>", vec![range(1, 2, "m")]), "&lt;<m>x</>&gt;");
        // 1..2 is inside the two-byte é: skipped rather than panicking.
        assert_eq!(
            highlight("é<", vec![range(1, 2, "m"), range(2, 9, "m")]),
            "é&lt;"
        );
    }

    #[test]
    fn outer_whitespace_is_trimmed() {
        assert_eq!(highlight("\n\n ab \n", vec![]), "ab");
    }

    #[test]
    fn unknown_categories_get_a_stable_colour() {
        let none = Categories::default();
        assert_eq!(palette(&none, "my-category"), palette(&none, "my-category"));
        assert!(palette(&none, "my-category") < COLOURS);
    }

    /// The palette colour `cN` declares in the stylesheet, as RGB.
    fn css_colour(n: usize) -> [i32; 3] {
        let css = include_str!("style.css");
        let key = format!(".c{n}{{background:#");
        let at = css
            .find(&key)
            .expect("the palette class is in the stylesheet")
            + key.len();
        let hex = &css[at..at + 6];
        [0, 2, 4].map(|i| i32::from_str_radix(&hex[i..i + 2], 16).expect("a hex colour"))
    }

    #[test]
    fn loaded_label_and_hostile_colours_are_told_apart() {
        // A reader met three near-identical pinks: loaded (c0), label (c1) and hostile
        // reporting verbs (c10). Each pair must differ by a visible distance in RGB.
        for (a, b) in [(0, 1), (0, 10), (1, 10)] {
            let (x, y) = (css_colour(a), css_colour(b));
            let distance = ((0..3).map(|i| (x[i] - y[i]).pow(2)).sum::<i32>() as f64).sqrt();
            assert!(distance >= 35.0, "c{a} and c{b} are {distance:.0} apart");
        }
    }
}
