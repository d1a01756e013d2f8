/*!
Measuring the analyser against human labels (`slant eval`).

A labelled JSONL file holds one of three kinds of record, told apart by their fields
([`data`]): articles with loaded-language spans, sentences labelled biased, or headline–body
pairs labelled related (and optionally with a stance). Each kind has its own module that says
what is counted ([`spans`], [`sentences`], [`pairs`]); the arithmetic is shared ([`metrics`]).

The runner here analyses every record with one [`Analyzer`] — in parallel, results kept in input
order so the report is the same whatever the thread count — and returns an [`EvalReport`], plain
serialisable data, which [`EvalReport::figures`] lays out as tables for the report's renderers; the exact definitions are in `docs/eval.md`.

What counts as a prediction: a *loaded-term finding* is a finding of kind `loaded-term` with a
positive weight that is counted ([`Finding::counts`]: not suppressed, not a note). Cues
(weight 0) steer other analyses and are never shown to a reader as loaded; suppressed findings
are ones the user asked not to see; notes are style observations, measured only when asked
(`EvalOptions::notes`).
*/

pub mod data;
mod figures;
pub mod metrics;
pub mod pairs;
pub mod sentences;
pub mod spans;
pub mod voices;

use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use data::Part;
pub use data::{load, Dataset, EvalError, Task};
use pairs::PairReport;
use sentences::{SentenceOutcome, SentenceReport};
use spans::{Predicted, SpanReport, SpanTally};
use voices::{VoiceReport, VoiceTally};

use crate::report::{Finding, FindingKind, Location, Report};
use crate::vocab::Voice;
use crate::vocab::{role_in, Role};
use crate::{Analyzer, Article};

/// Choices that shape the report, not the measurement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalOptions {
    /// How many false-positive terms and false-negative words to list.
    pub top: usize,
    /// Add a per-category breakdown (spans task).
    pub by_category: bool,
    /// Add a per-term breakdown: each lexicon entry's findings on and off gold (spans task,
    /// and the words of the sentences task).
    pub by_term: bool,
    /// Count notes as predictions too.
    pub notes: bool,
    /// The findings that count as predictions.
    pub categories: Selection,
}

/// Which findings count as predictions: those of categories with these roles, or of these
/// categories by name (none named: every finding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Roles(Vec<Role>),
    Categories(Vec<String>),
}

impl Selection {
    fn admits(&self, f: &Finding) -> bool {
        match self {
            Selection::Roles(roles) => role_in(f.role, roles),
            Selection::Categories(names) => names.is_empty() || names.contains(&f.category),
        }
    }
}

/// The roles that name loaded language in the sense of the Propaganda Techniques Corpus
/// ("words or phrases with strong emotional implications"): evaluative words and idioms, and
/// intensifiers. PTC annotates labels as a technique of their own (Name_Calling,Labeling),
/// and stance, certainty, hedging, reporting verbs, implicatives and speculation are other
/// framing devices, so they are left out by default; `--categories all` counts every finding.
pub const LOADED_LANGUAGE_ROLES: &[Role] = &[Role::Evaluative, Role::Intensifier];

impl Default for EvalOptions {
    fn default() -> EvalOptions {
        EvalOptions {
            top: 20,
            by_category: false,
            by_term: false,
            notes: false,
            categories: Selection::Roles(LOADED_LANGUAGE_ROLES.to_vec()),
        }
    }
}

/// The result of evaluating one labelled file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    /// The file as it was named.
    pub file: String,
    pub task: Task,
    /// Records evaluated.
    pub items: usize,
    /// One key, named for the task, holding its results.
    #[serde(flatten)]
    pub result: TaskReport,
    /// The voice model's figures (spans task): agreement with quotation labels where the
    /// file has them, and the share of mostly-quoted articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voices: Option<VoiceReport>,
}

/// The results of one task.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TaskReport {
    Spans(SpanReport),
    Sentences(SentenceReport),
    Pairs(PairReport),
}

/// Loads a labelled file (detecting its task unless `task` is given) and evaluates it.
pub fn evaluate_file(
    path: &Path,
    task: Option<Task>,
    analyzer: &Analyzer,
    options: &EvalOptions,
) -> Result<EvalReport, EvalError> {
    let dataset = load(path, task)?;
    Ok(evaluate(
        &path.display().to_string(),
        &dataset,
        analyzer,
        options,
    ))
}

/// Evaluates already-loaded records; `name` is reported as the file.
pub fn evaluate(
    name: &str,
    dataset: &Dataset,
    analyzer: &Analyzer,
    options: &EvalOptions,
) -> EvalReport {
    let mut voice_report = None;
    let result = match dataset {
        Dataset::Spans(articles) => {
            let tallies: Vec<(SpanTally, VoiceTally)> = articles
                .par_iter()
                .map(|a| {
                    let article = Article::from_parts(a.id.as_str(), Some(&a.headline), &a.body);
                    let shift = headline_shift(&a.headline, &article);
                    let report = analyzer.analyze(&article);
                    (
                        SpanTally::of_article(a, &loaded_findings(&report, shift, options)),
                        VoiceTally::of_article(a, &report, shift),
                    )
                })
                .collect();
            let mut total = SpanTally::default();
            let mut voices = VoiceTally::default();
            for (tally, voice) in tallies {
                total.merge(tally);
                voices.merge(voice);
            }
            voice_report = Some(voices.report());
            TaskReport::Spans(total.report(options.top, options.by_category, options.by_term))
        }
        Dataset::Sentences(items) => {
            let outcomes: Vec<SentenceOutcome> = items
                .par_iter()
                .map(|s| {
                    let report =
                        analyzer.analyze(&Article::from_parts(s.id.as_str(), None, &s.text));
                    SentenceOutcome {
                        score: report.density.body,
                        predicted: loaded_findings(&report, 0, options),
                        strong_outlet_finding: report.findings.iter().any(|f| {
                            f.kind == FindingKind::LoadedTerm
                                && f.counts()
                                && f.voice == Voice::Outlet
                                && f.weight >= sentences::STRONG_WEIGHT
                        }),
                    }
                })
                .collect();
            TaskReport::Sentences(sentences::report(
                items,
                &outcomes,
                options.top,
                options.by_term,
            ))
        }
        Dataset::Pairs(items) => {
            let (scores, strongest): (Vec<f64>, Vec<f64>) = items
                .par_iter()
                .map(|p| {
                    let article = Article::from_parts(p.id.as_str(), Some(&p.headline), &p.body);
                    let report = analyzer.analyze(&article);
                    (report.support.score, report.omissions.strongest())
                })
                .unzip();
            TaskReport::Pairs(
                pairs::report(items, &scores).with_counter_evidence(items, &strongest),
            )
        }
    };
    EvalReport {
        file: name.to_string(),
        task: dataset.task(),
        items: dataset.len(),
        result,
        voices: voice_report,
    }
}

/// Where the article's headline starts inside the labelled headline. `Article::from_parts`
/// trims the headline, so finding offsets are relative to the trimmed text while gold offsets
/// count from the labelled one; this is the difference to add back.
fn headline_shift(labelled: &str, article: &Article) -> usize {
    article
        .headline
        .as_ref()
        .and_then(|h| labelled.find(h.text.as_str()))
        .unwrap_or(0)
}

/// The loaded-term findings of a report (positive weight, counted, or a note when
/// `options.notes`) of the selected categories, with headline offsets moved by
/// `headline_shift` into the labelled headline's coordinates.
fn loaded_findings(
    report: &Report,
    headline_shift: usize,
    options: &EvalOptions,
) -> Vec<Predicted> {
    report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::LoadedTerm && f.weight > 0.0 && !f.suppressed)
        .filter(|f| options.notes || !f.is_note())
        .filter(|f| options.categories.admits(f))
        .map(|f| {
            let (part, shift) = match f.location {
                Location::Headline => (Part::Headline, headline_shift),
                Location::Body => (Part::Body, 0),
            };
            Predicted {
                part,
                start: f.span.start + shift,
                end: f.span.end + shift,
                term: f.term.clone(),
                category: f.category.to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lexicon::{LexiconLimits, LexiconSet};

    fn fixture_analyzer() -> Analyzer {
        let text = include_str!("../../tests/fixtures/eval/lexicons/loaded.toml");
        let lexicon =
            LexiconSet::parse_one("loaded.toml", text, &LexiconLimits::default()).unwrap();
        Analyzer::new(
            LexiconSet {
                lexicons: vec![lexicon],
            },
            Config::default(),
        )
    }

    #[test]
    fn headline_findings_line_up_with_gold_despite_leading_spaces() {
        // Gold offsets count the two leading spaces that `Article::from_parts` trims away.
        let line = r#"{"id":"h","headline":"  Fans slam the referee","body":"A quiet game.","loaded_spans":[{"start":7,"end":11,"location":"headline","text":"slam"}]}"#;
        let dataset = data::parse("t.jsonl", line, None).unwrap();
        let report = evaluate(
            "t.jsonl",
            &dataset,
            &fixture_analyzer(),
            &EvalOptions::default(),
        );
        let TaskReport::Spans(spans) = report.result else {
            panic!("not a spans report")
        };
        assert_eq!(spans.tokens.headline.counts.tp, 1);
        assert_eq!(spans.tokens.headline.counts.fp, 0);
        assert_eq!(spans.spans.headline.findings_on_gold, 1);
    }

    #[test]
    fn reports_serialise_under_the_task_name() {
        let line = r#"{"id":1,"text":"A shameful vote.","biased":true}"#;
        let dataset = data::parse("s.jsonl", line, None).unwrap();
        let report = evaluate(
            "s.jsonl",
            &dataset,
            &fixture_analyzer(),
            &EvalOptions::default(),
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["task"], "sentences");
        assert_eq!(json["items"], 1);
        assert_eq!(json["sentences"]["classification"]["tp"], 1);
    }
}
