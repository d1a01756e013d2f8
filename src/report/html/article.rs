/*!
One article's section of the HTML report: the headline and body with every finding
highlighted in place, and beside it the score, frames and tone as SVG bars, then the tables.

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
use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape::{escape_html, slug};
use super::svg;
use crate::analysis::support::SupportStatus;
use crate::report::{Finding, FindingKind, Location, Report, Span};

/// Palette order: the default lexicons' categories get fixed, distinguishable colours; any
/// other category is hashed onto the same palette (deterministically).
const KNOWN_CATEGORIES: [&str; 14] = [
    "loaded",
    "label",
    "idiom",
    "attitude",
    "implicative",
    "booster",
    "hedge",
    "speculation",
    "reporting-emphatic",
    "reporting-factive",
    "reporting-hostile",
    "reporting-doubt",
    "reporting-neutral",
    "attribution-cue",
];

/// The palette class (`c0`…`c13`) of a category.
pub fn palette(category: &str) -> usize {
    KNOWN_CATEGORIES.iter().position(|c| *c == category).unwrap_or_else(|| {
        // FNV-1a: stable across runs and platforms, unlike the std hasher.
        let hash = category
            .bytes()
            .fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        hash as usize % KNOWN_CATEGORIES.len()
    })
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
    span.start < span.end && span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end)
}

/// `text` escaped, with `ranges` wrapped around their spans (see the module doc). Leading and
/// trailing whitespace outside every range is dropped.
fn highlight(text: &str, mut ranges: Vec<Range>) -> String {
    ranges.retain(|r| valid(text, Span::new(r.start, r.end)));
    ranges.sort_by_key(|r| (r.start, Reverse(r.end), r.order));
    let lo = text.len() - text.trim_start().len();
    let hi = text.trim_end().len().max(lo);
    let mut points: Vec<usize> = ranges.iter().flat_map(|r| [r.start, r.end]).chain([0, lo, hi, text.len()]).collect();
    points.sort_unstable();
    points.dedup();
    let mut out = String::with_capacity(text.len() * 2);
    let mut stack: Vec<usize> = Vec::new();
    let mut opened = vec![false; ranges.len()];
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let desired: Vec<usize> = (0..ranges.len()).filter(|&i| ranges[i].start <= a && a < ranges[i].end).collect();
        let keep = stack.iter().zip(&desired).take_while(|(x, y)| x == y).count();
        while stack.len() > keep {
            let i = stack.pop().unwrap_or_default();
            out.push_str(ranges[i].close);
        }
        if desired.is_empty() && (b <= lo || a >= hi) {
            continue;
        }
        for &i in &desired[keep..] {
            out.push_str(if opened[i] { &ranges[i].cont } else { &ranges[i].first });
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

fn fmt_weight(w: f64) -> String {
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
        let _ = write!(s, "<span class=\"tl\">{}</span>", escape_html(&f.note));
    }
    if !f.neutral.is_empty() {
        let _ = write!(s, "<span class=\"tl\">Neutral: {}</span>", escape_html(&f.neutral.join(", ")));
    }
    if let Some(u) = unsupported {
        let _ = write!(s, "<span class=\"tl warn\">Unsupported by the body: {}</span>", escape_html(&u.note));
    }
    if f.suppressed {
        s.push_str("<span class=\"tl\">Ignored by the article (slant-ignore): not scored.</span>");
    }
    s.push_str("</span>");
    s
}

/// The marks of one field's findings.
fn finding_ranges(findings: &[&Finding], prefix: &str, field: &str) -> Vec<Range> {
    let mut ranges = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if f.kind == FindingKind::UnsupportedTerm
            && findings.iter().any(|g| g.kind == FindingKind::LoadedTerm && g.span == f.span)
        {
            continue; // shown on the loaded term's own mark
        }
        let unsupported = match f.kind {
            FindingKind::UnsupportedTerm => Some(*f),
            FindingKind::LoadedTerm => findings
                .iter()
                .find(|g| g.kind == FindingKind::UnsupportedTerm && g.span == f.span)
                .copied()
                .filter(|_| findings.iter().position(|g| g.kind == FindingKind::LoadedTerm && g.span == f.span) == Some(i)),
        };
        let id = format!("{prefix}{field}-{i}");
        let classes = format!(
            "f cat-{} c{} v-{}{}{}",
            slug(&f.category, 40),
            palette(&f.category),
            f.voice.as_str(),
            if unsupported.is_some() { " unsupported" } else { "" },
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

/// The highlighted headline and body, or the plain headline when the report has no text.
fn text_html(r: &Report, prefix: &str) -> (String, Option<String>) {
    let of = |loc: Location| -> Vec<&Finding> { r.findings.iter().filter(|f| f.location == loc).collect() };
    let Some(text) = &r.text else {
        return (escape_html(r.headline.as_deref().unwrap_or("(no headline)")), None);
    };
    let headline = match &text.headline {
        Some(h) => highlight(h, finding_ranges(&of(Location::Headline), prefix, "h")),
        None => "<span class=\"none\">(no headline)</span>".to_string(),
    };
    let mut ranges = finding_ranges(&of(Location::Body), prefix, "b");
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

fn legend(r: &Report, out: &mut String) {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in r.findings.iter().filter(|f| f.kind == FindingKind::LoadedTerm) {
        *counts.entry(f.category.as_str()).or_insert(0) += 1;
    }
    out.push_str("<ul class=\"legend\" aria-label=\"Legend\">");
    for (cat, n) in counts {
        let _ = write!(out, "<li><span class=\"swatch c{}\"></span>{} ({n})</li>", palette(cat), escape_html(cat));
    }
    out.push_str(
        "<li><span class=\"key v-quoted\">quoted</span></li><li><span class=\"key v-attributed\">attributed</span></li>\
         <li><span class=\"key unsupported\">unsupported in headline</span></li><li><span class=\"key omitted\">⊘ omitted from headline</span></li></ul>",
    );
}

fn findings_table(r: &Report, out: &mut String) {
    out.push_str("<section><h2>Findings</h2>");
    if r.findings.is_empty() {
        out.push_str("<p>No loaded terms found.</p></section>");
        return;
    }
    out.push_str(
        "<div class=\"scroll\"><table><thead><tr><th>Where</th><th>Text</th><th>Category</th><th class=\"num\">Weight</th><th>Voice</th><th>Neutral alternative</th><th>Why</th></tr></thead><tbody>",
    );
    for f in &r.findings {
        let kind = if f.kind == FindingKind::UnsupportedTerm { " · <strong>unsupported</strong>" } else { "" };
        let _ = write!(
            out,
            "<tr{}><td>{} {}:{}</td><td>{}</td><td><span class=\"swatch c{}\"></span>{}{kind}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            if f.suppressed { " class=\"suppressed\"" } else { "" },
            f.location.as_str(),
            f.line,
            f.column,
            escape_html(&f.text),
            palette(&f.category),
            escape_html(&f.category),
            fmt_weight(f.weight),
            f.voice.as_str(),
            escape_html(&f.neutral.join(", ")),
            escape_html(&f.note)
        );
    }
    out.push_str("</tbody></table></div></section>");
}

fn support_tables(r: &Report, out: &mut String) {
    let _ = write!(out, "<section><h2>Headline support: {:.2}</h2>", r.support.score);
    if r.support.clauses.is_empty() {
        out.push_str("<p>No headline to check.</p></section>");
        return;
    }
    out.push_str("<div class=\"scroll\"><table><thead><tr><th>Clause</th><th class=\"num\">Support</th><th>Not in the body</th><th>Evidence</th></tr></thead><tbody>");
    for c in &r.support.clauses {
        let evidence: Vec<String> = c.evidence.iter().map(|e| escape_html(&e.text)).collect();
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"num\">{:.2}</td><td>{}</td><td>{}</td></tr>",
            escape_html(&c.clause),
            c.score,
            escape_html(&c.unsupported_words.join(", ")),
            evidence.join(" ")
        );
    }
    out.push_str("</tbody></table></div>");
    if !r.support.terms.is_empty() {
        out.push_str("<div class=\"scroll\"><table><thead><tr><th>Headline term</th><th>Status</th><th>Backed by</th><th>Evidence</th></tr></thead><tbody>");
        for t in &r.support.terms {
            let status = match t.status {
                SupportStatus::Supported => "<span class=\"status ok\">supported</span>",
                SupportStatus::Weak => "<span class=\"status weak\">weak</span>",
                SupportStatus::Unsupported => "<span class=\"status bad\">UNSUPPORTED</span>",
            };
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{status}</td><td>{}</td><td>{}</td></tr>",
                escape_html(&t.text),
                if t.via.is_empty() { "—".to_string() } else { escape_html(&t.via.join(", ")) },
                t.evidence.as_ref().map_or_else(|| "nothing in the body says so".to_string(), |e| escape_html(&e.text))
            );
        }
        out.push_str("</tbody></table></div>");
    }
    out.push_str("</section>");
}

fn omissions_table(r: &Report, prefix: &str, linked: bool, out: &mut String) {
    out.push_str("<section><h2>Omissions: salient body content the headline leaves out</h2>");
    let o = &r.omissions;
    if o.omissions.is_empty() {
        out.push_str("<p>None found.</p>");
    } else {
        out.push_str("<div class=\"scroll\"><table><thead><tr><th>#</th><th>Sentence</th><th class=\"num\">Salience</th><th class=\"num\">Headline covers</th><th>Why</th></tr></thead><tbody>");
        for (k, om) in o.omissions.iter().enumerate() {
            let k = k + 1;
            let number = if linked { format!("<a href=\"#{prefix}om-{k}\">⊘{k}</a>") } else { format!("⊘{k}") };
            let _ = write!(
                out,
                "<tr id=\"{prefix}omission-{k}\"><td>{number}</td><td>{}</td><td class=\"num\">{:.2}</td><td class=\"num\">{:.0}%</td><td>{}</td></tr>",
                escape_html(&om.text),
                om.salience,
                om.headline_coverage * 100.0,
                escape_html(&om.reasons.join("; "))
            );
        }
        out.push_str("</tbody></table></div>");
    }
    for (label, items) in [("Entities", &o.missing_entities), ("Numbers", &o.missing_numbers)] {
        if items.is_empty() {
            continue;
        }
        let list: Vec<String> = items
            .iter()
            .map(|m| {
                let times = if m.mentions > 1 { format!(" ×{}", m.mentions) } else { String::new() };
                format!("<li>{}{times}</li>", escape_html(&m.text))
            })
            .collect();
        let _ = write!(out, "<h3>{label} missing from the headline</h3><ul class=\"chips\">{}</ul>", list.concat());
    }
    out.push_str("</section>");
}

fn sourcing_section(r: &Report, out: &mut String) {
    let s = &r.sourcing;
    let _ = write!(
        out,
        "<section><h2>Sourcing</h2><p>{} body sentences: {} in the outlet's own voice ({:.0}%), {} attributed, {} quoted.</p>{}",
        s.sentences,
        s.outlet,
        s.outlet_share * 100.0,
        s.attributed,
        s.quoted,
        svg::voice_bar(s)
    );
    if !s.sources.is_empty() {
        out.push_str("<table><thead><tr><th>Source</th><th class=\"num\">Cited</th><th class=\"num\">Quoted</th></tr></thead><tbody>");
        for src in &s.sources {
            let _ = write!(
                out,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                escape_html(&src.name),
                src.cited,
                src.quoted
            );
        }
        out.push_str("</tbody></table>");
    }
    for (title, claims) in [("Claims in the outlet's own voice", &s.unsourced_claims), ("Speculation", &s.speculation)] {
        if claims.is_empty() {
            continue;
        }
        let _ = write!(out, "<h3>{title}</h3><ul>");
        for c in claims {
            let _ = write!(out, "<li>{} <span class=\"muted\">({})</span></li>", escape_html(&c.text), escape_html(&c.terms.join(", ")));
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

fn score_panel(r: &Report, out: &mut String) {
    let d = &r.density;
    let band = r.score.band.as_str();
    let _ = write!(
        out,
        "<section class=\"score\"><h2>Score</h2><p class=\"total\"><span class=\"big\">{:.1}</span> / 100 <span class=\"badge band-{band}\">{band}</span></p>{}\
         <h3>Components</h3>{}\
         <h3>Frames: headline vs body</h3>{}",
        r.score.total,
        svg::score_scale(r.score.total),
        svg::component_bars(&r.score.components),
        svg::frame_pairs(&r.frames)
    );
    if !r.frames.ignored_by_headline.is_empty() {
        let _ = write!(
            out,
            "<p class=\"small\">⚑ body frames the headline ignores: {}</p>",
            escape_html(&r.frames.ignored_by_headline.join(", "))
        );
    }
    let _ = write!(
        out,
        "<h3>Tone gap {:+.2}</h3>{}<h3>Loadedness</h3><p class=\"small\">Weighted terms per 100 tokens: headline {:.2} ({} tokens), body {:.2} ({} tokens){}.</p></section>",
        r.tone.gap,
        svg::tone_bars(&r.tone),
        d.headline,
        d.headline_tokens,
        d.body,
        d.body_tokens,
        d.ratio.map(|x| format!("; ratio {x:.1}")).unwrap_or_default()
    );
}

fn components_table(r: &Report, out: &mut String) {
    out.push_str("<section><h2>How the score is computed</h2><div class=\"scroll\"><table><thead><tr><th>Component</th><th class=\"num\">Value</th><th class=\"num\">Weight</th><th class=\"num\">Points</th><th>How</th></tr></thead><tbody>");
    for c in &r.score.components {
        let _ = write!(
            out,
            "<tr{}><td>{}</td><td class=\"num\">{:.2}</td><td class=\"num\">{:.2}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            if c.applicable { "" } else { " class=\"muted\"" },
            escape_html(&c.name),
            c.value,
            c.weight,
            if c.applicable { format!("{:.1}", c.points) } else { "n/a".to_string() },
            escape_html(&c.explanation)
        );
    }
    out.push_str("</tbody></table></div></section>");
}

/// Writes one article's section. `prefix` keeps ids unique when several articles share a
/// page; `heading` is the element of the headline (`h1` on its own page, `h2` in a batch).
pub fn article_section(r: &Report, prefix: &str, heading: &str, out: &mut String) {
    let (headline, body) = text_html(r, prefix);
    let _ = write!(
        out,
        "<article class=\"report\" id=\"{prefix}report\"><header><p class=\"source\">{} · {}</p><{heading} class=\"headline\">{headline}</{heading}>",
        escape_html(&r.source),
        escape_html(&format!("{:?}", r.format).to_lowercase())
    );
    for note in &r.notes {
        let _ = write!(out, "<p class=\"note\">{}</p>", escape_html(note));
    }
    out.push_str("</header><div class=\"layout\"><div class=\"main\"><section class=\"text\"><h2>Article</h2>");
    legend(r, out);
    match &body {
        Some(body) => {
            let _ = write!(out, "<div class=\"body\">{body}</div>");
        }
        None => out.push_str(
            "<p class=\"note\">This report does not carry the article text, so the findings are listed below instead of highlighted in place.</p>",
        ),
    }
    out.push_str("</section>");
    findings_table(r, out);
    support_tables(r, out);
    omissions_table(r, prefix, body.is_some(), out);
    sourcing_section(r, out);
    components_table(r, out);
    out.push_str("</div><aside class=\"side\">");
    score_panel(r, out);
    out.push_str("</aside></div></article>");
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
        assert_eq!(highlight("abcdef", vec![range(1, 5, "a"), range(2, 3, "b")]), "a<a>b<b>c</>de</>f");
        // b crosses the end of a: it is closed with a and reopened as a continuation.
        assert_eq!(highlight("abcdef", vec![range(0, 3, "a"), range(2, 5, "b")]), "<a>ab<b>c</></><b+>de</>f");
    }

    #[test]
    fn text_is_escaped_and_bad_spans_skipped() {
        assert_eq!(highlight("<x>", vec![range(1, 2, "m")]), "&lt;<m>x</>&gt;");
        // 1..2 is inside the two-byte é: skipped rather than panicking.
        assert_eq!(highlight("é<", vec![range(1, 2, "m"), range(2, 9, "m")]), "é&lt;");
    }

    #[test]
    fn outer_whitespace_is_trimmed() {
        assert_eq!(highlight("\n\n ab \n", vec![]), "ab");
    }

    #[test]
    fn unknown_categories_get_a_stable_colour() {
        assert_eq!(palette("loaded"), 0);
        assert_eq!(palette("my-category"), palette("my-category"));
        assert!(palette("my-category") < KNOWN_CATEGORIES.len());
    }
}
