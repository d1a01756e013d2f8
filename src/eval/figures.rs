/*!
An [`EvalReport`] as titled tables of figures ([`Figures`]), which the report's renderers write
(`slant eval --format table|json|markdown`): one table per measure, each under a one-line
heading, in the order `docs/eval.md` describes them.
*/

use super::metrics::{BestThreshold, Scores};
use super::pairs::{PairReport, Separation};
use super::sentences::{SentenceReport, STRONG_WEIGHT};
use super::spans::{ByPart, SpanReport, SpanScores, TermCount, TermRow, WordCount};
use super::voices::VoiceReport;
use super::{EvalReport, TaskReport};
use crate::report::{FigureTable, Figures};

impl EvalReport {
    /// The report as titled tables, for the report's renderers (table, JSON, Markdown); JSON
    /// writes the report itself.
    pub fn figures(&self) -> Figures<'_> {
        let what = match &self.result {
            TaskReport::Spans(_) => "articles",
            TaskReport::Sentences(_) => "sentences",
            TaskReport::Pairs(_) => "pairs",
        };
        let sections = match &self.result {
            TaskReport::Spans(r) => span_sections(r),
            TaskReport::Sentences(r) => sentence_sections(r),
            TaskReport::Pairs(r) => pair_sections(r),
        };
        let mut tables: Vec<FigureTable> = sections
            .into_iter()
            .map(|(heading, table)| FigureTable { heading, ..table })
            .collect();
        if let Some(v) = &self.voices {
            tables.push(FigureTable {
                heading: "voices".to_string(),
                ..voice_table(v)
            });
        }
        Figures {
            title: format!(
                "{}: {} task, {} {what}",
                self.file,
                self.task.name(),
                self.items
            ),
            tables,
            data: self,
        }
    }
}

/// The voice model's figures: agreement with quotation labels, mostly-quoted articles.
fn voice_table(v: &VoiceReport) -> FigureTable {
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

/// A table with its header; the heading is set when it is placed.
fn new_table(header: &[&str]) -> FigureTable {
    FigureTable::new("", header, 0)
}

/// Numeric columns are right-aligned so figures line up.
fn align_numbers(table: &mut FigureTable, from: usize) {
    table.numbers_from = from;
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

fn scores_table(rows: &[(&str, &Scores)]) -> FigureTable {
    let mut table = new_table(&["", "tp", "fp", "fn", "precision", "recall", "F1"]);
    for (name, s) in rows {
        table.add_row(scores_row(name, s));
    }
    align_numbers(&mut table, 1);
    table
}

fn by_part_scores(by: &ByPart<Scores>) -> FigureTable {
    scores_table(&[
        ("headline", &by.headline),
        ("body", &by.body),
        ("all", &by.all),
    ])
}

fn span_table(by: &ByPart<SpanScores>) -> FigureTable {
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

fn false_positive_table(terms: &[TermCount]) -> FigureTable {
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

fn term_table(rows: &[TermRow]) -> FigureTable {
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

fn false_negative_table(words: &[WordCount]) -> FigureTable {
    let mut table = new_table(&["word", "count"]);
    for w in words {
        table.add_row(vec![w.word.clone(), w.count.to_string()]);
    }
    align_numbers(&mut table, 1);
    table
}

fn span_sections(r: &SpanReport) -> Vec<(String, FigureTable)> {
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

fn sentence_sections(r: &SentenceReport) -> Vec<(String, FigureTable)> {
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

fn pair_sections(r: &PairReport) -> Vec<(String, FigureTable)> {
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
