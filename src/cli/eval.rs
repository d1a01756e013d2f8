/*!
`slant eval FILE`: measure the analyser against a labelled JSONL file and print the figures as
tables or JSON. The measuring is [`slant::eval`]'s; this module only builds the analyser the
user asked for and renders the [`EvalReport`]. Definitions are in `docs/eval.md`.
*/

use std::path::PathBuf;
use std::process::ExitCode;

use comfy_table::{presets, Cell, CellAlignment, ContentArrangement, Table};

use slant::eval::metrics::{BestThreshold, Scores};
use slant::eval::pairs::{PairReport, Separation};
use slant::eval::sentences::{SentenceReport, STRONG_WEIGHT};
use slant::eval::spans::{ByPart, SpanReport, SpanScores, TermCount, TermRow, WordCount};
use slant::eval::{evaluate_file, EvalOptions, EvalReport, Selection, Task, TaskReport};

use super::{output, setup};

/// Which task the file holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TaskArg {
    /// Tell from the fields of the first record.
    #[default]
    Auto,
    Spans,
    Sentences,
    Pairs,
}

/// How to print the figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum EvalFormat {
    #[default]
    Table,
    Json,
}

/// Extra breakdowns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Breakdown {
    /// One row per lexicon category (spans task).
    Category,
    /// One row per lexicon entry, most findings off gold first (`--top` rows, 0 for all).
    Term,
}

/// Measure slant against human labels in a JSONL file (see docs/eval.md).
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// Labelled JSONL file: span-labelled articles, labelled sentences, or headline–body pairs.
    pub file: PathBuf,
    /// The task the file holds.
    #[arg(long, value_enum, default_value_t = TaskArg::Auto)]
    pub task: TaskArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Table)]
    pub format: EvalFormat,
    /// Add a breakdown.
    #[arg(long, value_enum)]
    pub by: Option<Breakdown>,
    /// Add the lexicons in DIR (repeatable).
    #[arg(long, value_name = "DIR")]
    pub lexicons: Vec<PathBuf>,
    /// Leave out the built-in lexicons.
    #[arg(long)]
    pub no_default_lexicons: bool,
    /// Configuration file (default: slant.toml or .slant.toml, searched upward from here).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long, conflicts_with = "config")]
    pub isolated: bool,
    /// How many false-positive terms and false-negative words to list.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub top: usize,
    /// Count notes (reporting verbs, implicatives, hedges: style observations) as predictions
    /// too; by default only counted findings are.
    #[arg(long)]
    pub with_notes: bool,
    /// Categories whose findings count as predictions, comma-separated, or `all` [default:
    /// the loaded-language categories, those whose role is `evaluative` or `intensifier`
    /// (booster, idiom, loaded in the default pack)].
    #[arg(long, value_name = "LIST")]
    pub categories: Option<String>,
}

/// Runs `slant eval`: 0 when the file was evaluated; errors are returned for the caller to
/// report (exit code 2). A closed pipe is handled by the caller too.
pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let analyzer = build_analyzer(args)?;
    let task = match args.task {
        TaskArg::Auto => None,
        TaskArg::Spans => Some(Task::Spans),
        TaskArg::Sentences => Some(Task::Sentences),
        TaskArg::Pairs => Some(Task::Pairs),
    };
    let options = EvalOptions {
        top: args.top,
        by_category: args.by == Some(Breakdown::Category),
        by_term: args.by == Some(Breakdown::Term),
        notes: args.with_notes,
        categories: match args.categories.as_deref() {
            None => EvalOptions::default().categories,
            Some("all") => Selection::Categories(Vec::new()),
            Some(list) => {
                Selection::Categories(list.split(',').map(|c| c.trim().to_string()).collect())
            }
        },
    };
    let report = evaluate_file(&args.file, task, &analyzer, &options)?;
    let text = match args.format {
        EvalFormat::Json => serde_json::to_string_pretty(&report)? + "\n",
        EvalFormat::Table => render_tables(&report),
    };
    output::write_stdout(|out| out.write_all(text.as_bytes()))?;
    Ok(ExitCode::SUCCESS)
}

/// The analyser for this run, built as the analysing commands build theirs (see `setup`).
fn build_analyzer(args: &EvalArgs) -> anyhow::Result<slant::Analyzer> {
    let (config, _) = setup::load_config(args.config.as_deref(), args.isolated)?;
    let lexicons = setup::load_lexicons(&config, &args.lexicons, args.no_default_lexicons)?;
    Ok(slant::Analyzer::new(lexicons, config))
}

/// All tables of a report, each under a one-line heading.
pub fn render_tables(report: &EvalReport) -> String {
    let mut out = String::new();
    let what = match &report.result {
        TaskReport::Spans(_) => "articles",
        TaskReport::Sentences(_) => "sentences",
        TaskReport::Pairs(_) => "pairs",
    };
    out.push_str(&format!(
        "{}: {} task, {} {what}\n",
        report.file,
        report.task.name(),
        report.items
    ));
    let sections = match &report.result {
        TaskReport::Spans(r) => span_sections(r),
        TaskReport::Sentences(r) => sentence_sections(r),
        TaskReport::Pairs(r) => pair_sections(r),
    };
    for (heading, table) in sections {
        out.push_str(&format!("\n{heading}\n{table}\n"));
    }
    if let Some(v) = &report.voices {
        out.push_str(&format!("\nvoices\n{}\n", voice_table(v)));
    }
    out
}

/// The voice model's figures: agreement with quotation labels, mostly-quoted articles.
fn voice_table(v: &slant::eval::voices::VoiceReport) -> Table {
    let mut table = new_table(&["", "count", "of", "share"]);
    table.add_row(vec![
        "spans agreeing with quote labels".to_string(),
        v.agree.to_string(),
        v.labelled_spans.to_string(),
        ratio(v.agreement),
    ]);
    table.add_row(vec![
        "  quoted, left to the outlet".to_string(),
        v.quoted_missed.to_string(),
        v.labelled_spans.to_string(),
        String::new(),
    ]);
    table.add_row(vec![
        "  outlet's, hidden as quoted".to_string(),
        v.outlet_hidden.to_string(),
        v.labelled_spans.to_string(),
        String::new(),
    ]);
    table.add_row(vec![
        "articles with >= 60% sentences quoted".to_string(),
        v.mostly_quoted_articles.to_string(),
        v.articles.to_string(),
        ratio(v.mostly_quoted_share),
    ]);
    align_numbers(&mut table, 1);
    table
}

fn new_table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().copied().map(Cell::new));
    table
}

/// Numeric columns are right-aligned so figures line up.
fn align_numbers(table: &mut Table, from: usize) {
    for column in table.column_iter_mut().skip(from) {
        column.set_cell_alignment(CellAlignment::Right);
    }
}

/// A ratio to three decimals; `–` when undefined.
fn ratio(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{v:.3}"))
}

fn scores_row(name: &str, s: &Scores) -> Vec<String> {
    vec![
        name.to_string(),
        s.counts.tp.to_string(),
        s.counts.fp.to_string(),
        s.counts.fn_.to_string(),
        ratio(s.precision),
        ratio(s.recall),
        ratio(s.f1),
    ]
}

fn scores_table(rows: &[(&str, &Scores)]) -> Table {
    let mut table = new_table(&["", "tp", "fp", "fn", "precision", "recall", "F1"]);
    for (name, s) in rows {
        table.add_row(scores_row(name, s));
    }
    align_numbers(&mut table, 1);
    table
}

fn by_part_scores(by: &ByPart<Scores>) -> Table {
    scores_table(&[
        ("headline", &by.headline),
        ("body", &by.body),
        ("all", &by.all),
    ])
}

fn span_table(by: &ByPart<SpanScores>) -> Table {
    let mut table = new_table(&[
        "",
        "gold spans",
        "found",
        "recall",
        "findings",
        "on gold",
        "precision",
    ]);
    for (name, s) in [
        ("headline", &by.headline),
        ("body", &by.body),
        ("all", &by.all),
    ] {
        table.add_row(vec![
            name.to_string(),
            s.gold.to_string(),
            s.gold_found.to_string(),
            ratio(s.recall),
            s.findings.to_string(),
            s.findings_on_gold.to_string(),
            ratio(s.precision),
        ]);
    }
    align_numbers(&mut table, 1);
    table
}

fn false_positive_table(terms: &[TermCount]) -> Table {
    let mut table = new_table(&["term", "category", "count"]);
    for t in terms {
        table.add_row(vec![
            t.term.clone(),
            t.category.clone(),
            t.count.to_string(),
        ]);
    }
    align_numbers(&mut table, 2);
    table
}

fn term_table(rows: &[TermRow]) -> Table {
    let mut table = new_table(&[
        "term",
        "category",
        "findings",
        "on gold",
        "off gold",
        "precision",
    ]);
    for t in rows {
        table.add_row(vec![
            t.term.clone(),
            t.category.clone(),
            t.findings.to_string(),
            t.findings_on_gold.to_string(),
            t.findings_off_gold.to_string(),
            ratio(t.span_precision),
        ]);
    }
    align_numbers(&mut table, 2);
    table
}

const TERM_HEADING: &str = "By term (lexicon entries, most findings off gold first)";

fn false_negative_table(words: &[WordCount]) -> Table {
    let mut table = new_table(&["word", "count"]);
    for w in words {
        table.add_row(vec![w.word.clone(), w.count.to_string()]);
    }
    align_numbers(&mut table, 1);
    table
}

fn span_sections(r: &SpanReport) -> Vec<(String, Table)> {
    let mut sections = vec![
        (
            "Tokens (words overlapping gold spans / findings)".to_string(),
            by_part_scores(&r.tokens),
        ),
        ("Spans (any overlap)".to_string(), span_table(&r.spans)),
    ];
    if let Some(categories) = &r.categories {
        let mut table = new_table(&[
            "category",
            "findings",
            "on gold",
            "off gold",
            "precision",
            "token tp",
            "token fp",
        ]);
        for c in categories {
            table.add_row(vec![
                c.category.clone(),
                c.findings.to_string(),
                c.findings_on_gold.to_string(),
                c.findings_off_gold.to_string(),
                ratio(c.span_precision),
                c.token_tp.to_string(),
                c.token_fp.to_string(),
            ]);
        }
        align_numbers(&mut table, 1);
        sections.push(("By category".to_string(), table));
    }
    if let Some(terms) = &r.terms {
        sections.push((TERM_HEADING.to_string(), term_table(terms)));
    }
    sections.push((
        "Top false positives (terms flagged where nothing is marked)".to_string(),
        false_positive_table(&r.top_false_positives),
    ));
    sections.push((
        "Top false negatives (marked words no finding covers)".to_string(),
        false_negative_table(&r.top_false_negatives),
    ));
    sections
}

fn threshold_text(best: &Option<BestThreshold>) -> (String, String, String) {
    match best {
        None => ("–".into(), "–".into(), "–".into()),
        Some(b) => (
            b.threshold
                .map_or_else(|| "none".to_string(), |t| format!("≥ {t:.3}")),
            format!("{:.3}", b.accuracy),
            format!("{:.3}", b.majority_accuracy),
        ),
    }
}

fn sentence_sections(r: &SentenceReport) -> Vec<(String, Table)> {
    let mut sections = vec![(
        format!(
            "Classification ({} of {} sentences biased; predicted biased = any loaded term)",
            r.biased, r.sentences
        ),
        scores_table(&[("sentences", &r.classification)]),
    )];
    let (threshold, accuracy, majority) = threshold_text(&r.best_threshold);
    let mut table = new_table(&["ROC AUC", "best threshold", "accuracy", "majority"]);
    table.add_row(vec![ratio(r.roc_auc), threshold, accuracy, majority]);
    align_numbers(&mut table, 0);
    sections.push(("Loadedness score against the label".to_string(), table));
    if let Some(words) = &r.words {
        sections.push((
            "Words (against biased_words)".to_string(),
            scores_table(&[("words", &words.tokens)]),
        ));
        sections.push((
            "Top false positives (terms flagged on words nobody listed)".to_string(),
            false_positive_table(&words.top_false_positives),
        ));
        sections.push((
            "Top false negatives (listed words no finding covers)".to_string(),
            false_negative_table(&words.top_false_negatives),
        ));
        if let Some(terms) = &words.terms {
            sections.push((TERM_HEADING.to_string(), term_table(terms)));
        }
    }
    if let Some(p) = &r.plain_facts {
        let mut table = new_table(&["sentences", "flagged", "share"]);
        table.add_row(vec![
            p.sentences.to_string(),
            p.flagged.to_string(),
            ratio(p.share),
        ]);
        align_numbers(&mut table, 0);
        sections.push((
            format!(
                "Plain facts (\"Entirely factual\", not biased) with an outlet-voice finding of weight ≥ {STRONG_WEIGHT}"
            ),
            table,
        ));
    }
    sections
}

fn pair_sections(r: &PairReport) -> Vec<(String, Table)> {
    let mut table = new_table(&[
        "separation",
        "positives",
        "negatives",
        "ROC AUC",
        "best threshold",
        "accuracy",
        "majority",
        "mean +",
        "mean −",
    ]);
    let mut add = |s: &Separation| {
        let (threshold, accuracy, majority) = threshold_text(&s.best_threshold);
        table.add_row(vec![
            format!("{} vs {}", s.positive, s.negative),
            s.positives.to_string(),
            s.negatives.to_string(),
            ratio(s.roc_auc),
            threshold,
            accuracy,
            majority,
            ratio(s.mean_positive),
            ratio(s.mean_negative),
        ]);
    };
    add(&r.related_vs_unrelated);
    if let Some(s) = &r.agree_vs_disagree {
        add(s);
    }
    align_numbers(&mut table, 1);
    let mut sections = vec![("Headline-support score".to_string(), table)];
    if let Some(s) = &r.counter_evidence {
        let mut table = new_table(&[
            "separation",
            "positives",
            "negatives",
            "ROC AUC",
            "best threshold",
            "accuracy",
            "majority",
            "mean +",
            "mean −",
        ]);
        let (threshold, accuracy, majority) = threshold_text(&s.best_threshold);
        table.add_row(vec![
            format!("{} vs {}", s.positive, s.negative),
            s.positives.to_string(),
            s.negatives.to_string(),
            ratio(s.roc_auc),
            threshold,
            accuracy,
            majority,
            ratio(s.mean_positive),
            ratio(s.mean_negative),
        ]);
        align_numbers(&mut table, 1);
        sections.push((
            "Counter-evidence: strongest omission's strength".to_string(),
            table,
        ));
    }
    if !r.by_stance.is_empty() {
        let mut table = new_table(&["stance", "pairs", "mean score"]);
        for row in &r.by_stance {
            table.add_row(vec![
                row.stance.name().to_string(),
                row.pairs.to_string(),
                format!("{:.3}", row.mean_score),
            ]);
        }
        align_numbers(&mut table, 1);
        sections.push(("Mean support score by stance".to_string(), table));
    }
    sections
}
