/*!
`--format table` (the default): comfy-table tables for people. `audit` prints one article in
detail — headline, score and components, loaded terms, headline support, omissions, frames,
tone, sourcing; `batch` and `check` print a ranked table and a summary.

Tables are laid out for the terminal's width (`RenderContext::width`, comfy-table's dynamic
arrangement wrapping cells to fit), and for a fixed 120 columns in a file or pipe, so the output
there is the same bytes anywhere (and in tests).
*/

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, CellAlignment, Color, ContentArrangement, Table};

use super::number::signed;
use super::summary::BatchSummary;
use super::{
    Destination, FigureTable, Figures, FindingKind, Outcome, RenderContext, Renderer, Report,
};
use crate::analysis::support::SupportStatus;
use crate::score::Band;

pub struct TableRenderer;

impl Renderer for TableRenderer {
    fn render_article(
        &self,
        report: &Report,
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        render_audit(report, ctx, out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        render_ranked(outcomes, ctx, out.stream()?)
    }

    /// The title, then each table under its heading. The tables keep their natural width (a
    /// row of figures is never wrapped).
    fn render_figures(
        &self,
        figures: &Figures,
        _ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        writeln!(out, "{}", figures.title)?;
        for t in &figures.tables {
            writeln!(out, "\n{}\n{}", t.heading, figure_table(t))?;
        }
        Ok(())
    }
}

fn figure_table(figures: &FigureTable) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(figures.header.iter().map(Cell::new));
    for row in &figures.rows {
        table.add_row(row);
    }
    for column in table.column_iter_mut().skip(figures.numbers_from) {
        column.set_cell_alignment(CellAlignment::Right);
    }
    table
}

fn new_table(ctx: &RenderContext, header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(ctx.width);
    if ctx.color {
        table.enforce_styling();
    }
    table.set_header(
        header
            .iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    table
}

fn band_cell(band: Band, text: String, ctx: &RenderContext) -> Cell {
    let cell = Cell::new(text);
    if !ctx.color {
        return cell;
    }
    cell.fg(match band {
        Band::Low => Color::Green,
        Band::Moderate => Color::Yellow,
        Band::Elevated => Color::DarkYellow,
        Band::High => Color::Red,
    })
}

/// Shortens `text` to at most `max` characters, on a character boundary.
pub fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

fn heading(out: &mut dyn Write, ctx: &RenderContext, title: &str) -> io::Result<()> {
    if ctx.color {
        writeln!(out, "\n\x1b[1m{title}\x1b[0m")
    } else {
        writeln!(out, "\n{title}")
    }
}

/// A section of the one-article report: writes its part of `r`, or nothing when `r` has none.
type Section = fn(&Report, &RenderContext, &mut dyn Write) -> io::Result<()>;

/// The sections of the one-article report, in order. A new analysis shown here is a function
/// and a line.
const AUDIT_SECTIONS: &[Section] = &[
    title,
    score,
    article_type,
    loadedness,
    score_components,
    loaded_terms,
    headline_support,
    omissions,
    frames,
    tone,
    sourcing,
];

fn render_audit(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    for section in AUDIT_SECTIONS {
        section(r, ctx, out)?;
    }
    Ok(())
}

/// The source, the headline and the notes made while reading.
fn title(r: &Report, _ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "slant audit: {}", r.source)?;
    match &r.headline {
        Some(h) => writeln!(out, "Headline: {h}")?,
        None => writeln!(out, "Headline: (none)")?,
    }
    for note in &r.notes {
        writeln!(out, "note: {note}")?;
    }
    Ok(())
}

fn score(r: &Report, _ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "Score: {:.1} / 100 ({})",
        r.score.total,
        r.score.band.as_str()
    )
}

/// News, opinion or press release, with the cues that told it.
fn article_type(r: &Report, _ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "Type: {}", r.article_type.describe())?;
    for cue in &r.article_type.evidence {
        writeln!(out, "  {}: {}", cue.cue, cue.detail)?;
    }
    writeln!(out, "  {}", r.article_type.note)
}

/// Weighted terms per 100 tokens, and the terms per category.
fn loadedness(r: &Report, _ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    let d = &r.density;
    writeln!(
        out,
        "Loadedness: headline {:.2}, body {:.2} weighted terms per 100 tokens ({} and {} tokens); ratio {}",
        d.headline,
        d.body,
        d.headline_tokens,
        d.body_tokens,
        d.ratio.map_or("n/a".to_string(), |x| format!("{x:.2}"))
    )?;
    let counts: Vec<String> = r.counts.iter().map(|(c, n)| format!("{c} {n}")).collect();
    writeln!(
        out,
        "Terms by category: {}",
        if counts.is_empty() {
            "none".to_string()
        } else {
            counts.join(", ")
        }
    )
}

fn score_components(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    heading(out, ctx, "Score components")?;
    let mut t = new_table(ctx, &["Component", "Value", "Weight", "Points", "How"]);
    for c in &r.score.components {
        t.add_row(vec![
            Cell::new(&c.name),
            Cell::new(format!("{:.2}", c.value)).set_alignment(CellAlignment::Right),
            Cell::new(format!("{:.2}", c.weight)).set_alignment(CellAlignment::Right),
            Cell::new(format!("{:.1}", c.points)).set_alignment(CellAlignment::Right),
            Cell::new(&c.explanation),
        ]);
    }
    writeln!(out, "{t}")
}

fn loaded_terms(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    heading(out, ctx, "Loaded terms")?;
    let loaded: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::LoadedTerm)
        .collect();
    if loaded.is_empty() {
        return writeln!(out, "none found");
    }
    let mut t = new_table(
        ctx,
        &[
            "Where",
            "Line:Col",
            "Text",
            "Category",
            "Weight",
            "Voice",
            "Neutral alternative",
        ],
    );
    for f in loaded {
        let mut text = Cell::new(if f.suppressed {
            format!("{} (suppressed)", f.text)
        } else if f.is_note() {
            format!("{} (note)", f.text)
        } else {
            f.text.clone()
        });
        if ctx.color && f.voice == crate::report::Voice::Outlet {
            text = text.add_attribute(Attribute::Bold);
        }
        t.add_row(vec![
            Cell::new(f.location.as_str()),
            Cell::new(format!("{}:{}", f.line, f.column)),
            text,
            Cell::new(&f.category),
            Cell::new(format!("{:.1}", f.weight)).set_alignment(CellAlignment::Right),
            Cell::new(f.voice.as_str()),
            Cell::new(f.neutral.first().map_or("—", String::as_str)),
        ]);
    }
    writeln!(out, "{t}")
}

/// The headline's clauses and terms against the body (an article with a headline only).
fn headline_support(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    if r.headline.is_none() {
        return Ok(());
    }
    heading(
        out,
        ctx,
        &format!("Headline support: {:.2}", r.support.score),
    )?;
    let mut t = new_table(ctx, &["Clause", "Support", "Not in the body", "Evidence"]);
    for c in &r.support.clauses {
        let evidence: Vec<String> = c.evidence.iter().map(|e| excerpt(&e.text, 110)).collect();
        t.add_row(vec![
            Cell::new(&c.clause),
            Cell::new(format!("{:.2}", c.score)).set_alignment(CellAlignment::Right),
            Cell::new(c.not_backed()),
            Cell::new(if evidence.is_empty() {
                "—".to_string()
            } else {
                evidence.join(" ")
            }),
        ]);
    }
    writeln!(out, "{t}")?;
    if r.support.terms.is_empty() {
        return Ok(());
    }
    let mut t = new_table(ctx, &["Headline term", "Status", "Backed by", "Evidence"]);
    for s in &r.support.terms {
        let status = match s.status {
            SupportStatus::Supported => "supported",
            SupportStatus::Weak => "weak (outlet's own words)",
            SupportStatus::Unsupported => "UNSUPPORTED",
            SupportStatus::Contradicted => "CONTRADICTED",
        };
        t.add_row(vec![
            Cell::new(&s.text),
            Cell::new(status),
            Cell::new(if s.via.is_empty() {
                "—".to_string()
            } else {
                s.via.join(", ")
            }),
            Cell::new(match (&s.evidence, &s.instead) {
                (_, Some(i)) => format!("instead: {}", excerpt(&i.text, 100)),
                (Some(e), None) => excerpt(&e.text, 100),
                (None, None) => "nothing in the body says so".to_string(),
            }),
        ]);
    }
    writeln!(out, "{t}")
}

/// Counter-evidence, entities and numbers the headline leaves out (an article with a
/// headline only).
fn omissions(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    if r.headline.is_none() {
        return Ok(());
    }
    heading(
        out,
        ctx,
        "Omissions: counter-evidence the headline leaves out",
    )?;
    if r.omissions.omissions.is_empty() {
        writeln!(out, "none found")?;
    } else {
        let mut t = new_table(ctx, &["Kind", "Strength", "Sentence", "Why"]);
        for o in &r.omissions.omissions {
            t.add_row(vec![
                Cell::new(o.kind.name()),
                Cell::new(format!("{:.2}", o.strength)).set_alignment(CellAlignment::Right),
                Cell::new(excerpt(&o.text, 90)),
                Cell::new(o.reasons.join("; ")),
            ]);
        }
        writeln!(out, "{t}")?;
    }
    let list = |items: &[crate::analysis::omissions::MissingItem]| {
        items
            .iter()
            .map(|m| {
                if m.mentions > 1 {
                    format!("{} (×{})", m.text, m.mentions)
                } else {
                    m.text.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        out,
        "Entities missing from the headline: {}",
        or_none(list(&r.omissions.missing_entities))
    )?;
    writeln!(
        out,
        "Numbers missing from the headline: {}",
        or_none(list(&r.omissions.missing_numbers))
    )
}

fn frames(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    heading(out, ctx, "Frames")?;
    let mut t = new_table(ctx, &["Frame", "Headline", "Body"]);
    for (h, b) in r.frames.headline.iter().zip(&r.frames.body) {
        if h.cues + b.cues == 0 {
            continue;
        }
        t.add_row(vec![
            Cell::new(&h.frame),
            Cell::new(format!("{:.0}% ({})", 100.0 * h.share, h.cues))
                .set_alignment(CellAlignment::Right),
            Cell::new(format!("{:.0}% ({})", 100.0 * b.share, b.cues))
                .set_alignment(CellAlignment::Right),
        ]);
    }
    writeln!(out, "{t}")?;
    if !r.frames.ignored_by_headline.is_empty() {
        writeln!(
            out,
            "Body frames the headline ignores: {}",
            r.frames.ignored_by_headline.join(", ")
        )?;
    }
    Ok(())
}

fn tone(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    heading(out, ctx, "Tone")?;
    let words = |ft: &crate::analysis::tone::FieldTone| {
        ft.top
            .iter()
            .map(|h| format!("{} {:+}", h.text, h.score))
            .collect::<Vec<_>>()
            .join(", ")
    };
    writeln!(
        out,
        "Headline {} ({}); body {} ({}); gap {}",
        signed(r.tone.headline.tone, 2),
        or_none(words(&r.tone.headline)),
        signed(r.tone.body.tone, 2),
        or_none(words(&r.tone.body)),
        signed(r.tone.gap, 2)
    )
}

fn sourcing(r: &Report, ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    heading(out, ctx, "Sourcing")?;
    let s = &r.sourcing;
    writeln!(
        out,
        // Sentences are counted by the voice of most of their words; a source's quotations
        // are counted by sentence below, so a short quotation inside an attributed sentence
        // shows there and not here.
        "{} body sentences: {} in the outlet's voice ({:.0}%), {} attributed, {} mostly quoted",
        s.sentences,
        s.outlet,
        100.0 * s.outlet_share,
        s.attributed,
        s.quoted
    )?;
    let sources: Vec<String> = s
        .sources
        .iter()
        .map(|c| {
            format!(
                "{} ({} cited, {} with a quotation)",
                c.name, c.cited, c.quoted
            )
        })
        .collect();
    writeln!(out, "Named sources: {}", or_none(sources.join(", ")))?;
    for c in &s.unsourced_claims {
        writeln!(
            out,
            "Unsourced claim in the outlet's voice [{}]: {}",
            c.terms.join(", "),
            excerpt(&c.text, 100)
        )?;
    }
    for c in &s.speculation {
        writeln!(
            out,
            "Speculation in the outlet's voice [{}]: {}",
            c.terms.join(", "),
            excerpt(&c.text, 100)
        )?;
    }
    Ok(())
}

fn or_none(s: String) -> String {
    if s.is_empty() {
        "none".to_string()
    } else {
        s
    }
}

/// An article's name, with the copies a batch folded into it.
pub fn with_copies(source: &str, copies: &[String]) -> String {
    if copies.is_empty() {
        source.to_string()
    } else {
        format!("{source} (copies: {})", copies.join(", "))
    }
}

/// The batch: the ranked table, the errors, the gate failures and the summary.
fn render_ranked(outcomes: &[Outcome], ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    let summary = BatchSummary::of(outcomes);
    ranked_table(outcomes, &summary, ctx, out)?;
    errors(outcomes, out)?;
    gate_failures(ctx, out)?;
    writeln!(out, "\n{}", summary.describe())
}

/// The articles by score (the top N under `--top`), a gates column when gated.
fn ranked_table(
    outcomes: &[Outcome],
    summary: &BatchSummary,
    ctx: &RenderContext,
    out: &mut dyn Write,
) -> io::Result<()> {
    // A gated run marks each article with the gates it failed.
    let gated = ctx.batch.gates;
    let mut header = vec![
        "#",
        "Article",
        "Headline",
        "Score",
        "Band",
        "Type",
        "Top findings",
    ];
    if gated {
        header.push("Gates");
    }
    let mut t = new_table(ctx, &header);
    let ranked = summary.ranked(outcomes);
    let shown = ctx.batch.top.map_or(ranked.len(), |n| n.min(ranked.len()));
    for (rank, r) in ranked.iter().take(shown).enumerate() {
        let top: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.is_the_articles_own_term())
            .take(4)
            .map(|f| format!("{} ({})", f.text, f.category))
            .collect();
        let mut row = vec![
            Cell::new(rank + 1).set_alignment(CellAlignment::Right),
            Cell::new(with_copies(&r.source, &r.copies)),
            Cell::new(excerpt(
                r.headline.as_deref().unwrap_or("(no headline)"),
                50,
            )),
            band_cell(r.score.band, format!("{:.1}", r.score.total), ctx)
                .set_alignment(CellAlignment::Right),
            band_cell(r.score.band, r.score.band.as_str().to_string(), ctx),
            Cell::new(r.article_type.kind.as_str()),
            Cell::new(top.join(", ")),
        ];
        if gated {
            row.push(gates_cell(r, ctx));
        }
        t.add_row(row);
    }
    writeln!(out, "{t}")?;
    if shown < ranked.len() {
        writeln!(
            out,
            "(the top {shown} of {} articles; without --top, all of them)",
            ranked.len()
        )?;
    }
    Ok(())
}

/// `pass`, or `FAIL` and the gates `r` failed.
fn gates_cell(r: &Report, ctx: &RenderContext) -> Cell {
    let mut failed: Vec<&str> = Vec::new();
    for g in ctx.gate_failures.iter().filter(|g| g.source == r.source) {
        if !failed.contains(&g.gate.as_str()) {
            failed.push(&g.gate);
        }
    }
    if failed.is_empty() {
        return Cell::new("pass");
    }
    let cell = Cell::new(format!("FAIL {}", failed.join(", ")));
    if ctx.color {
        cell.fg(Color::Red).add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

fn errors(outcomes: &[Outcome], out: &mut dyn Write) -> io::Result<()> {
    for o in outcomes {
        if let Outcome::Error(e) = o {
            writeln!(out, "error: {}", e.message)?;
        }
    }
    Ok(())
}

fn gate_failures(ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    for g in &ctx.gate_failures {
        writeln!(out, "gate {} failed: {}: {}", g.gate, g.source, g.message)?;
    }
    Ok(())
}
