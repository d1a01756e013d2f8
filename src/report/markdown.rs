/*!
`--format markdown`: GitHub-flavoured Markdown, meant to be posted as a pull-request comment
(`slant check … --format markdown > comment.md`). `audit` gives one article's headline
findings in a table and the body's in a collapsed section; `batch` and `check` give the
verdict, the gate failures, a ranked table, the errors and the batch summary.

Text from articles is escaped for table cells (`|`, `<`, `>`, `&`, line breaks), so a headline
cannot break the table or inject HTML into the comment.
*/

use std::io::{self, Write};

use super::summary::BatchSummary;
use super::table::excerpt;
use super::{
    Destination, FigureTable, Figures, Finding, FindingKind, Location, Outcome, RenderContext,
    Renderer, Report,
};

pub struct MarkdownRenderer;

/// Rows of the ranked table before the rest is left out.
const MAX_ROWS: usize = 50;

impl Renderer for MarkdownRenderer {
    fn render_article(
        &self,
        report: &Report,
        _ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        render_audit(report, out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        render_batch(outcomes, ctx, out.stream()?)
    }

    /// The title as a heading, then each table under its own.
    fn render_figures(
        &self,
        figures: &Figures,
        _ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        writeln!(out, "## {}", cell(&figures.title))?;
        for t in &figures.tables {
            writeln!(out, "\n### {}\n", cell(&t.heading))?;
            figure_table(t, out)?;
        }
        Ok(())
    }
}

fn figure_table(t: &FigureTable, out: &mut dyn Write) -> io::Result<()> {
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |", cells.join(" | "))
    };
    writeln!(out, "{}", row(&t.header))?;
    let rule: Vec<&str> = (0..t.header.len())
        .map(|i| if t.is_number(i) { "---:" } else { "---" })
        .collect();
    writeln!(out, "|{}|", rule.join("|"))?;
    for r in &t.rows {
        writeln!(out, "{}", row(r))?;
    }
    Ok(())
}

/// Escapes text for a table cell or a list item.
fn cell(text: &str) -> String {
    let flat: Vec<&str> = text.split_whitespace().collect();
    flat.join(" ")
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
}

fn findings_table(findings: &[&Finding], out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "| Line:Col | Text | Kind | Category | Voice | Neutral alternative |"
    )?;
    writeln!(out, "|---:|---|---|---|---|---|")?;
    for f in findings {
        let kind = match f.kind {
            FindingKind::LoadedTerm if f.is_note() => "note",
            FindingKind::LoadedTerm => "loaded term",
            FindingKind::UnsupportedTerm => "**unsupported**",
        };
        let text = if f.suppressed {
            format!("~~{}~~ (suppressed)", cell(&f.text))
        } else {
            cell(&f.text)
        };
        writeln!(
            out,
            "| {}:{} | {text} | {kind} | {} | {} | {} |",
            f.line,
            f.column,
            cell(&f.category),
            f.voice.as_str(),
            f.neutral.first().map_or("—".to_string(), |n| cell(n)),
        )?;
    }
    Ok(())
}

/// A section of the one-article comment: writes its part of `r`, or nothing when `r` has none.
type Section = fn(&Report, &mut dyn Write) -> io::Result<()>;

/// The sections of the one-article comment, in order.
const AUDIT_SECTIONS: &[Section] = &[
    title,
    headline,
    score,
    article_type,
    loaded_terms,
    omissions,
];

fn render_audit(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    for section in AUDIT_SECTIONS {
        section(r, out)?;
    }
    Ok(())
}

fn title(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## slant audit: `{}`\n", cell(&r.source))
}

fn headline(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "**Headline:** {}\n",
        r.headline.as_deref().map_or("(none)".to_string(), cell)
    )
}

/// The score, its band and the headline's support.
fn score(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "**Score:** {:.1} / 100 ({}) · headline support {:.2}\n",
        r.score.total,
        r.score.band.as_str(),
        r.support.score
    )
}

fn article_type(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "**Type:** {} — {}\n",
        cell(&r.article_type.describe()),
        cell(&r.article_type.note)
    )
}

/// The headline's findings in a table, the body's in a collapsed one.
fn loaded_terms(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    let (headline, body): (Vec<&Finding>, Vec<&Finding>) = r
        .findings
        .iter()
        .partition(|f| f.location == Location::Headline);
    if headline.is_empty() {
        writeln!(out, "No loaded terms in the headline.")?;
    } else {
        writeln!(out, "### Headline\n")?;
        findings_table(&headline, out)?;
    }
    if !body.is_empty() {
        writeln!(
            out,
            "\n<details><summary>Body: {} findings</summary>\n",
            body.len()
        )?;
        findings_table(&body, out)?;
        writeln!(out, "\n</details>")?;
    }
    Ok(())
}

fn omissions(r: &Report, out: &mut dyn Write) -> io::Result<()> {
    if r.omissions.omissions.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n### Left out of the headline\n")?;
    for o in &r.omissions.omissions {
        writeln!(
            out,
            "- **{}** ({:.2}): {} _({})_",
            o.kind.name(),
            o.strength,
            cell(&excerpt(&o.text, 160)),
            cell(&o.reasons.join("; "))
        )?;
    }
    Ok(())
}

/// The batch comment: the verdict, the gate failures, the ranked table, the errors and the
/// summary.
fn render_batch(outcomes: &[Outcome], ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    let summary = BatchSummary::of(outcomes);
    verdict(&summary, ctx, out)?;
    gate_failures(ctx, out)?;
    ranked_table(outcomes, &summary, ctx, out)?;
    errors(outcomes, out)?;
    summary_details(&summary, out)
}

/// The heading: articles scored, or under gates how many failed.
fn verdict(summary: &BatchSummary, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    let command = ctx.run;
    let mut failed: Vec<&str> = ctx
        .gate_failures
        .iter()
        .map(|g| g.source.as_str())
        .collect();
    failed.dedup();
    let verdict = if ctx.batch.gates {
        if failed.is_empty() {
            "all articles pass".to_string()
        } else {
            format!("{} of {} articles failed", failed.len(), summary.scored)
        }
    } else {
        format!("{} articles scored", summary.scored)
    };
    let errors = if summary.errors > 0 {
        format!(", {} inputs could not be read", summary.errors)
    } else {
        String::new()
    };
    writeln!(out, "## slant {command}: {verdict}{errors}\n")?;
    Ok(())
}

fn gate_failures(ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    if !ctx.gate_failures.is_empty() {
        writeln!(out, "### Gate failures\n")?;
        for g in &ctx.gate_failures {
            writeln!(
                out,
                "- `{}` **{}**: {}",
                cell(&g.source),
                g.gate,
                cell(&g.message)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn ranked_table(
    outcomes: &[Outcome],
    summary: &BatchSummary,
    ctx: &RenderContext,
    out: &mut dyn Write,
) -> io::Result<()> {
    let ranked = summary.ranked(outcomes);
    // `--top N` sets the rows shown.
    let max_rows = ctx.batch.top.unwrap_or(MAX_ROWS);
    if !ranked.is_empty() {
        writeln!(
            out,
            "| # | Article | Headline | Score | Band | Type | Top findings |"
        )?;
        writeln!(out, "|---:|---|---|---:|---|---|---|")?;
        for (rank, r) in ranked.iter().take(max_rows).enumerate() {
            let top: Vec<String> = r
                .findings
                .iter()
                .filter(|f| f.is_the_articles_own_term())
                .take(4)
                .map(|f| format!("{} ({})", cell(&f.text), cell(&f.category)))
                .collect();
            writeln!(
                out,
                "| {} | `{}` | {} | {:.1} | {} | {} | {} |",
                rank + 1,
                cell(&super::table::with_copies(&r.source, &r.copies)),
                cell(&excerpt(
                    r.headline.as_deref().unwrap_or("(no headline)"),
                    70
                )),
                r.score.total,
                r.score.band.as_str(),
                r.article_type.kind.as_str(),
                top.join(", ")
            )?;
        }
        if ranked.len() > max_rows {
            writeln!(
                out,
                "\n_{} more articles not shown._",
                ranked.len() - max_rows
            )?;
        }
    }
    Ok(())
}

fn errors(outcomes: &[Outcome], out: &mut dyn Write) -> io::Result<()> {
    let errors: Vec<_> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Error(e) => Some(e),
            Outcome::Report(_) => None,
        })
        .collect();
    if !errors.is_empty() {
        writeln!(out, "\n### Errors\n")?;
        for e in errors {
            writeln!(out, "- {}", cell(&e.message))?;
        }
    }
    Ok(())
}

fn summary_details(summary: &BatchSummary, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n<details><summary>Summary</summary>\n")?;
    for line in summary.describe().lines() {
        writeln!(out, "- {}", cell(line))?;
    }
    writeln!(out, "\n</details>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_pipe_tables_with_numbers_aligned_right() {
        let mut t = FigureTable::new("Scores | all", &["", "tp", "F1"], 1);
        t.add_row(vec!["body".into(), "3".into(), "0.500".into()]);
        let figures = Figures {
            title: "a.jsonl: spans task, 2 articles".into(),
            tables: vec![t],
            data: &(),
        };
        let mut out = Vec::new();
        MarkdownRenderer
            .render_figures(&figures, &RenderContext::new("eval"), &mut out)
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "## a.jsonl: spans task, 2 articles\n\n### Scores \\| all\n\n|  | tp | F1 |\n|---|---:|---:|\n| body | 3 | 0.500 |\n"
        );
    }

    #[test]
    fn cells_cannot_break_tables_or_inject_html() {
        assert_eq!(cell("a | b\n<script>&"), "a \\| b &lt;script&gt;&amp;");
    }
}
