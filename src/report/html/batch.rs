/*!
The batch part of the HTML report (`slant batch` and `slant check`): totals per band, an SVG
histogram of scores with the bands marked, the most frequent loaded terms, gate failures, and
a ranked table of every article linking to its section or page.

The ranked table sorts without a script: it is rendered once per sort key, each copy in its
own `<div class="sorted" id="sort-…">`, and the column headers link to those ids. CSS shows
the copy that is the URL's `:target` and the by-score copy otherwise, so sorting works offline,
from a CI artifact, and under a policy that forbids scripts.
*/

use std::fmt::Write;

use super::escape::escape_html;
use super::svg::{self, fixed};
use crate::report::summary::BatchSummary;
use crate::report::{FindingKind, Outcome, RenderContext, Report};

/// Where each article's detail lives: a section of this page or a page of its own.
pub enum Links<'a> {
    /// `#a{n}-report`, for the reports given detail on this page (by input index).
    Sections(&'a dyn Fn(usize) -> bool),
    /// A file per input index.
    Pages(&'a [Option<String>]),
}

struct Row<'a> {
    input: usize,
    report: &'a Report,
    unsupported: usize,
    gate: Vec<String>,
}

fn rows<'a>(outcomes: &'a [Outcome], ctx: &RenderContext) -> Vec<Row<'a>> {
    outcomes
        .iter()
        .enumerate()
        .filter_map(|(i, o)| match o {
            Outcome::Report(r) => Some(Row {
                input: i,
                report: r.as_ref(),
                unsupported: r
                    .findings
                    .iter()
                    .filter(|f| f.kind == FindingKind::UnsupportedTerm && !f.suppressed)
                    .count(),
                gate: ctx
                    .gate_failures
                    .iter()
                    .filter(|g| g.source == r.source)
                    .map(|g| g.gate.clone())
                    .collect(),
            }),
            Outcome::Error(_) => None,
        })
        .collect()
}

/// The sort keys; the default (by score) is last so the CSS
/// sibling rule can hide it when another copy is targeted.
const SORTS: [&str; 5] = ["source", "headline", "unsupported", "omissions", "score"];

fn sorted<'r, 'a>(rows: &'r [Row<'a>], key: &str) -> Vec<&'r Row<'a>> {
    let mut v: Vec<&Row> = rows.iter().collect();
    // Every order falls back to score, then source, so equal keys never reorder between runs.
    let base = |a: &Row, b: &Row| {
        b.report
            .score
            .total
            .total_cmp(&a.report.score.total)
            .then(a.report.source.cmp(&b.report.source))
            .then(a.input.cmp(&b.input))
    };
    v.sort_by(|a, b| match key {
        "source" => a
            .report
            .source
            .cmp(&b.report.source)
            .then(a.input.cmp(&b.input)),
        "headline" => b
            .report
            .density
            .headline
            .total_cmp(&a.report.density.headline)
            .then(base(a, b)),
        "unsupported" => b.unsupported.cmp(&a.unsupported).then(base(a, b)),
        "omissions" => b
            .report
            .omissions
            .omissions
            .len()
            .cmp(&a.report.omissions.omissions.len())
            .then(base(a, b)),
        _ => base(a, b),
    });
    v
}

fn link(row: &Row, links: &Links) -> Option<String> {
    match links {
        Links::Sections(has) => has(row.input).then(|| format!("#a{}-report", row.input + 1)),
        Links::Pages(pages) => pages.get(row.input).cloned().flatten(),
    }
}

/// The column headers of the ranked table for the copy sorted by `key`.
fn header(key: &str, ctx: &RenderContext, out: &mut String) {
    let sortable = |out: &mut String, k: &str, label: &str, class: &str| {
        let aria = match (k == key, k) {
            (true, "source") => " aria-sort=\"ascending\"",
            (true, _) => " aria-sort=\"descending\"",
            (false, _) => "",
        };
        let _ = write!(
            out,
            "<th class=\"{class}\"{aria}><a href=\"#sort-{k}\">{label}</a></th>"
        );
    };
    out.push_str("<thead><tr><th class=\"num\">#</th>");
    sortable(out, "score", "Score", "num");
    sortable(out, "source", "Source", "");
    out.push_str("<th>Headline</th>");
    sortable(out, "headline", "Headline load", "num");
    sortable(out, "unsupported", "Unsupported", "num");
    sortable(out, "omissions", "Omissions", "num");
    if ctx.batch.gates {
        out.push_str("<th>Gate</th>");
    }
    out.push_str("</tr></thead>");
}

fn ranked_tables(rows: &[Row], ctx: &RenderContext, links: &Links, out: &mut String) {
    out.push_str("<section class=\"ranked\"><h2>Articles, ranked</h2><p class=\"small\">Click a column header to sort by it. Headline load: weighted loaded terms per 100 headline words.</p>");
    for key in SORTS {
        let class = if key == "score" {
            "sorted default"
        } else {
            "sorted"
        };
        let _ = write!(
            out,
            "<div class=\"{class}\" id=\"sort-{key}\"><div class=\"scroll\"><table class=\"rank\">"
        );
        header(key, ctx, out);
        out.push_str("<tbody>");
        for (rank, row) in sorted(rows, key).iter().enumerate() {
            let r = row.report;
            let source = match link(row, links) {
                Some(href) => format!(
                    "<a href=\"{}\">{}</a>",
                    escape_html(&href),
                    escape_html(&r.source)
                ),
                None => escape_html(&r.source),
            };
            let band = r.score.band.as_str();
            let _ = write!(
                out,
                "<tr{}><td class=\"num\">{}</td><td class=\"num\">{} <span class=\"badge band-{band}\">{band}</span></td><td class=\"src\">{source}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
                if row.gate.is_empty() { "" } else { " class=\"failed\"" },
                rank + 1,
                fixed(r.score.total, 1),
                format_args!(
                    "{} <span class=\"small\">[{}]</span>{}",
                    escape_html(r.headline.as_deref().unwrap_or("—")),
                    r.article_type.kind.as_str(),
                    if r.copies.is_empty() {
                        String::new()
                    } else {
                        format!(" <span class=\"small\">copies: {}</span>", escape_html(&r.copies.join(", ")))
                    }
                ),
                fixed(r.density.headline, 2),
                row.unsupported,
                r.omissions.omissions.len(),
            );
            if ctx.batch.gates {
                let gate = if row.gate.is_empty() {
                    "pass".to_string()
                } else {
                    format!(
                        "<strong>fail</strong>: {}",
                        escape_html(&row.gate.join(", "))
                    )
                };
                let _ = write!(out, "<td>{gate}</td>");
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></div></div>");
    }
    out.push_str("</section>");
}

fn summary_panel(summary: &BatchSummary, scores: &[f64], out: &mut String) {
    let _ = write!(
        out,
        "<section class=\"summary\"><p>{} articles scored, {} errors; score mean {:.1}, median {:.1}, p90 {:.1}.</p><div class=\"summary-grid\"><div><h3>Scores</h3>{}</div><div><h3>Articles per band</h3><table class=\"bands\"><thead><tr><th>Band</th><th class=\"num\">Articles</th></tr></thead><tbody>",
        summary.scored,
        summary.errors,
        summary.mean,
        summary.median,
        summary.p90,
        svg::histogram(scores)
    );
    for band in ["low", "moderate", "elevated", "high"] {
        let _ = write!(
            out,
            "<tr><td><span class=\"badge band-{band}\">{band}</span></td><td class=\"num\" data-band=\"{band}\">{}</td></tr>",
            summary.bands.get(band).copied().unwrap_or(0)
        );
    }
    out.push_str("</tbody></table></div><div>");
    if !summary.top_terms.is_empty() {
        out.push_str("<h3>Most frequent loaded terms</h3><ol class=\"terms\">");
        for (term, n) in &summary.top_terms {
            let _ = write!(
                out,
                "<li>{} <span class=\"muted\">({n} articles)</span></li>",
                escape_html(term)
            );
        }
        out.push_str("</ol>");
    }
    if let Some((frame, n)) = summary.omission_patterns.first() {
        let _ = write!(
            out,
            "<p class=\"small\">Most common omission: body content framed as <strong>{}</strong>, left out of the headline ({n} articles).</p>",
            escape_html(frame)
        );
    }
    out.push_str("</div></div></section>");
}

fn problems(outcomes: &[Outcome], ctx: &RenderContext, out: &mut String) {
    if !ctx.gate_failures.is_empty() {
        out.push_str("<section class=\"gates\"><h2>Gate failures</h2><div class=\"scroll\"><table><thead><tr><th>Source</th><th>Gate</th><th>Why</th></tr></thead><tbody>");
        for g in &ctx.gate_failures {
            let _ = write!(
                out,
                "<tr class=\"failed\"><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape_html(&g.source),
                escape_html(&g.gate),
                escape_html(&g.message)
            );
        }
        out.push_str("</tbody></table></div></section>");
    }
    let errors: Vec<_> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Error(e) => Some(e),
            Outcome::Report(_) => None,
        })
        .collect();
    if !errors.is_empty() {
        out.push_str("<section class=\"errors\"><h2>Files that could not be analysed</h2><ul>");
        for e in errors {
            let _ = write!(
                out,
                "<li><code>{}</code> ({}): {}</li>",
                escape_html(&e.source),
                escape_html(&e.kind),
                escape_html(&e.message)
            );
        }
        out.push_str("</ul></section>");
    }
}

/// The batch overview: summary, histogram, gate failures, errors and the ranked tables.
pub fn overview(outcomes: &[Outcome], ctx: &RenderContext, links: &Links, out: &mut String) {
    let summary = BatchSummary::of(outcomes);
    let rows = rows(outcomes, ctx);
    let scores: Vec<f64> = rows.iter().map(|r| r.report.score.total).collect();
    let command = ctx.run;
    let _ = write!(
        out,
        "<header class=\"top\"><h1>slant {command}: {} articles</h1></header>",
        outcomes.len()
    );
    summary_panel(&summary, &scores, out);
    problems(outcomes, ctx, out);
    ranked_tables(&rows, ctx, links, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_order_comes_last() {
        // The CSS rule `.sorted:target ~ .default` relies on it.
        assert_eq!(SORTS.last(), Some(&"score"));
    }
}
