/*!
One article's section of the HTML report: the headline and body with every finding
highlighted in place ([`highlight`](super::highlight)), the legend, and beside them the
score, its components, frames and tone as SVG bars ([`svg`](super::svg)); below, the findings,
support, omissions, sourcing and score tables, which also carry everything the tooltips show
for print and for readers who do not hover.
*/

use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape::{escape_html, escape_note};
use super::highlight::{fmt_weight, palette, text_html};
use super::svg::{self, fixed, signed};
use crate::analysis::support::SupportStatus;
use crate::lexicon::Categories;
use crate::report::{FindingKind, Report};

fn legend(r: &Report, categories: &Categories, out: &mut String) {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::LoadedTerm)
    {
        *counts.entry(f.category.as_str()).or_insert(0) += 1;
    }
    out.push_str("<ul class=\"legend\" aria-label=\"Legend\">");
    for (cat, n) in counts {
        let _ = write!(
            out,
            "<li><span class=\"swatch c{}\"></span>{} ({n})</li>",
            palette(categories, cat),
            escape_html(cat)
        );
    }
    out.push_str(
        "<li><span class=\"key v-quoted\">quoted</span></li><li><span class=\"key v-attributed\">attributed</span></li>\
         <li><span class=\"key unsupported\">unsupported in headline</span></li><li><span class=\"key omitted\">⊘ omitted from headline</span></li><li><span class=\"key voice-quoted\">quoted passage</span></li><li><span class=\"key voice-attributed\">attributed passage</span></li></ul>",
    );
}

fn findings_table(r: &Report, categories: &Categories, out: &mut String) {
    out.push_str("<section><h2>Findings</h2>");
    if r.findings.is_empty() {
        out.push_str("<p>No loaded terms found.</p></section>");
        return;
    }
    out.push_str(
        "<div class=\"scroll\"><table><thead><tr><th>Where</th><th>Text</th><th>Category</th><th class=\"num\">Weight</th><th>Voice</th><th>Neutral alternative</th><th>Why</th></tr></thead><tbody>",
    );
    for f in &r.findings {
        let kind = if f.kind == FindingKind::UnsupportedTerm {
            " · <strong>unsupported</strong>"
        } else if f.is_note() {
            " · note"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<tr{}><td>{} {}:{}</td><td>{}</td><td><span class=\"swatch c{}\"></span>{}{kind}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            if f.suppressed { " class=\"suppressed\"" } else { "" },
            f.location.as_str(),
            f.line,
            f.column,
            escape_html(&f.text),
            palette(categories, &f.category),
            escape_html(&f.category),
            fmt_weight(f.weight),
            f.voice.as_str(),
            escape_html(&f.neutral.join(", ")),
            escape_note(&f.note)
        );
    }
    out.push_str("</tbody></table></div></section>");
}

fn support_tables(r: &Report, out: &mut String) {
    let _ = write!(
        out,
        "<section><h2>Headline support: {:.2}</h2>",
        r.support.score
    );
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
            escape_html(&c.not_backed()),
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
                SupportStatus::Contradicted => "<span class=\"status bad\">CONTRADICTED</span>",
            };
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{status}</td><td>{}</td><td>{}</td></tr>",
                escape_html(&t.text),
                if t.via.is_empty() {
                    "—".to_string()
                } else {
                    escape_html(&t.via.join(", "))
                },
                match (&t.evidence, &t.instead) {
                    (_, Some(i)) => format!("instead: {}", escape_html(&i.text)),
                    (Some(e), None) => escape_html(&e.text),
                    (None, None) => "nothing in the body says so".to_string(),
                }
            );
        }
        out.push_str("</tbody></table></div>");
    }
    out.push_str("</section>");
}

fn omissions_table(r: &Report, prefix: &str, linked: bool, out: &mut String) {
    out.push_str("<section><h2>Omissions: counter-evidence the headline leaves out</h2>");
    let o = &r.omissions;
    if o.omissions.is_empty() {
        out.push_str("<p>None found.</p>");
    } else {
        out.push_str("<div class=\"scroll\"><table><thead><tr><th>#</th><th>Kind</th><th class=\"num\">Strength</th><th>Sentence</th><th>Why</th></tr></thead><tbody>");
        for (k, om) in o.omissions.iter().enumerate() {
            let k = k + 1;
            let number = if linked {
                format!("<a href=\"#{prefix}om-{k}\">⊘{k}</a>")
            } else {
                format!("⊘{k}")
            };
            let _ = write!(
                out,
                "<tr id=\"{prefix}omission-{k}\"><td>{number}</td><td>{}</td><td class=\"num\">{:.2}</td><td>{}</td><td>{}</td></tr>",
                om.kind.name(),
                om.strength,
                escape_html(&om.text),
                escape_html(&om.reasons.join("; "))
            );
        }
        out.push_str("</tbody></table></div>");
    }
    for (label, items) in [
        ("Entities", &o.missing_entities),
        ("Numbers", &o.missing_numbers),
    ] {
        if items.is_empty() {
            continue;
        }
        let list: Vec<String> = items
            .iter()
            .map(|m| {
                let times = if m.mentions > 1 {
                    format!(" ×{}", m.mentions)
                } else {
                    String::new()
                };
                format!("<li>{}{times}</li>", escape_html(&m.text))
            })
            .collect();
        let _ = write!(
            out,
            "<h3>{label} missing from the headline</h3><ul class=\"chips\">{}</ul>",
            list.concat()
        );
    }
    out.push_str("</section>");
}

fn sourcing_section(r: &Report, out: &mut String) {
    let s = &r.sourcing;
    let _ = write!(
        out,
        "<section><h2>Sourcing</h2><p>{} body sentences: {} in the outlet's own voice ({:.0}%), {} attributed, {} mostly quoted.</p>{}",
        s.sentences,
        s.outlet,
        s.outlet_share * 100.0,
        s.attributed,
        s.quoted,
        svg::voice_bar(s)
    );
    if !s.sources.is_empty() {
        out.push_str("<table><thead><tr><th>Source</th><th class=\"num\">Cited</th><th class=\"num\">With a quotation</th></tr></thead><tbody>");
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
    for (title, claims) in [
        ("Claims in the outlet's own voice", &s.unsourced_claims),
        ("Speculation", &s.speculation),
    ] {
        if claims.is_empty() {
            continue;
        }
        let _ = write!(out, "<h3>{title}</h3><ul>");
        for c in claims {
            let _ = write!(
                out,
                "<li>{} <span class=\"muted\">({})</span></li>",
                escape_html(&c.text),
                escape_html(&c.terms.join(", "))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

/// The side panel: score, components, frames, type, tone and loadedness, in that order.
fn score_panel(r: &Report, out: &mut String) {
    out.push_str("<section class=\"score\">");
    for part in [
        score_total,
        component_bars,
        frame_pairs,
        article_type,
        ignored_frames,
        tone_bars,
        loadedness,
    ] {
        part(r, out);
    }
    out.push_str("</section>");
}

fn score_total(r: &Report, out: &mut String) {
    let band = r.score.band.as_str();
    let _ = write!(
        out,
        "<h2>Score</h2><p class=\"total\"><span class=\"big\">{:.1}</span> / 100 <span class=\"badge band-{band}\">{band}</span></p>{}",
        r.score.total,
        svg::score_scale(r.score.total),
    );
}

fn component_bars(r: &Report, out: &mut String) {
    let _ = write!(
        out,
        "<h3>Components</h3>{}",
        svg::component_bars(&r.score.components)
    );
}

fn frame_pairs(r: &Report, out: &mut String) {
    let _ = write!(
        out,
        "<h3>Frames: headline vs body</h3>{}",
        svg::frame_pairs(&r.frames)
    );
}

fn article_type(r: &Report, out: &mut String) {
    let _ = write!(
        out,
        "<p class=\"small type\">Type: <strong>{}</strong> ({}) — {}</p>",
        r.article_type.kind.as_str(),
        escape_html(&r.article_type.cues()),
        escape_html(&r.article_type.note)
    );
}

fn ignored_frames(r: &Report, out: &mut String) {
    if !r.frames.ignored_by_headline.is_empty() {
        let _ = write!(
            out,
            "<p class=\"small\">⚑ body frames the headline ignores: {}</p>",
            escape_html(&r.frames.ignored_by_headline.join(", "))
        );
    }
}

fn tone_bars(r: &Report, out: &mut String) {
    let _ = write!(
        out,
        "<h3>Tone gap {}</h3>{}",
        signed(r.tone.gap, 2),
        svg::tone_bars(&r.tone)
    );
}

fn loadedness(r: &Report, out: &mut String) {
    let d = &r.density;
    let _ = write!(
        out,
        "<h3>Loadedness</h3><p class=\"small\">Weighted terms per 100 tokens: headline {} ({} tokens), body {} ({} tokens){}.</p>",
        fixed(d.headline, 2),
        d.headline_tokens,
        fixed(d.body, 2),
        d.body_tokens,
        d.ratio.map(|x| format!("; ratio {}", fixed(x, 1))).unwrap_or_default()
    );
}

fn components_table(r: &Report, out: &mut String) {
    out.push_str("<section><h2>How the score is computed</h2><div class=\"scroll\"><table><thead><tr><th>Component</th><th class=\"num\">Value</th><th class=\"num\">Weight</th><th class=\"num\">Points</th><th>How</th></tr></thead><tbody>");
    for c in &r.score.components {
        let _ = write!(
            out,
            "<tr{}><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{:.2}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            if c.applicable { "" } else { " class=\"muted\"" },
            escape_html(&c.name),
            fixed(c.value, 2),
            c.weight,
            if c.applicable { fixed(c.points, 1) } else { "n/a".to_string() },
            escape_html(&c.explanation)
        );
    }
    out.push_str("</tbody></table></div></section>");
}

/// Writes one article's section. `prefix` keeps ids unique when several articles share a
/// page; `heading` is the element of the headline (`h1` on its own page, `h2` in a batch).
pub fn article_section(
    r: &Report,
    categories: &Categories,
    prefix: &str,
    heading: &str,
    out: &mut String,
) {
    let (headline, body) = text_html(r, categories, prefix);
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
    legend(r, categories, out);
    match &body {
        Some(body) => {
            let _ = write!(out, "<div class=\"body\">{body}</div>");
        }
        None => out.push_str(
            "<p class=\"note\">This report does not carry the article text, so the findings are listed below instead of highlighted in place.</p>",
        ),
    }
    out.push_str("</section>");
    findings_table(r, categories, out);
    support_tables(r, out);
    omissions_table(r, prefix, body.is_some(), out);
    sourcing_section(r, out);
    components_table(r, out);
    out.push_str("</div><aside class=\"side\">");
    score_panel(r, out);
    out.push_str("</aside></div></article>");
}
