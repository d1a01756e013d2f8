/*!
The summary of a batch: how many articles were scored, the score distribution, the count per
band, the loaded terms that recur most, and the most common omission pattern (the frame
omitted sentences carry that their headlines ignore). Shared by the batch renderers.
*/

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{FindingKind, Outcome, Report};
use crate::score::Band;

/// How many recurring terms and patterns are listed.
const TOP: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchSummary {
    pub scored: usize,
    pub errors: usize,
    pub mean: f64,
    pub median: f64,
    pub p90: f64,
    /// Articles per band, every band listed.
    pub bands: BTreeMap<String, usize>,
    /// (term, articles using it), most frequent first.
    pub top_terms: Vec<(String, usize)>,
    /// (frame, articles with an omitted sentence in that frame), most frequent first.
    pub omission_patterns: Vec<(String, usize)>,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    // Nearest rank: the smallest value with at least p of the values at or below it.
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// "1 article", "2 articles".
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn top(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(TOP);
    v
}

/// Drops from a report what neither the ranked table nor [`BatchSummary`] reads: the source,
/// headline and score stay, and of the findings and omissions only the parts the summary
/// counts (loaded terms' text, term, category, weight and suppression; omissions' frames).
///
/// Why: a batch's table is written at the end, after every article is scored, so every
/// report is kept until then. Whole, a report is tens of kB (evidence sentences, notes,
/// salience per sentence); the ranking needs a few hundred bytes of it.
pub fn keep_for_ranking(report: &mut Report) {
    report.notes = Vec::new();
    // One span per attributed or quoted stretch, with its source's name: often more than the
    // findings themselves, and the ranking reads none of it.
    report.voices = Vec::new();
    report
        .findings
        .retain(|f| f.kind == FindingKind::LoadedTerm);
    report.findings.shrink_to_fit();
    for f in &mut report.findings {
        f.note = String::new();
        f.neutral = Vec::new();
        f.lexicon = String::new();
    }
    report.counts = BTreeMap::new();
    let omissions = std::mem::take(&mut report.omissions.omissions);
    report.omissions = Default::default();
    report.omissions.omissions = omissions
        .into_iter()
        .filter(|o| !o.frames.is_empty())
        .map(|o| crate::analysis::omissions::Omission {
            text: String::new(),
            reasons: Vec::new(),
            why: String::new(),
            cue: String::new(),
            bears_on: Vec::new(),
            ..o
        })
        .collect();
    report.support = Default::default();
    report.tone = Default::default();
    report.frames = Default::default();
    report.sourcing = Default::default();
    report.score.components = Vec::new();
    report.text = None;
}

impl BatchSummary {
    pub fn of(outcomes: &[Outcome]) -> BatchSummary {
        let reports: Vec<&Report> = outcomes
            .iter()
            .filter_map(|o| match o {
                Outcome::Report(r) => Some(r.as_ref()),
                Outcome::Error(_) => None,
            })
            .collect();
        let mut scores: Vec<f64> = reports.iter().map(|r| r.score.total).collect();
        scores.sort_by(f64::total_cmp);
        let mut bands: BTreeMap<String, usize> =
            [Band::Low, Band::Moderate, Band::Elevated, Band::High]
                .iter()
                .map(|b| (b.as_str().to_string(), 0))
                .collect();
        let mut terms: BTreeMap<String, usize> = BTreeMap::new();
        let mut patterns: BTreeMap<String, usize> = BTreeMap::new();
        for r in &reports {
            *bands.entry(r.score.band.as_str().to_string()).or_insert(0) += 1;
            let mut seen: Vec<&str> = r
                .findings
                .iter()
                .filter(|f| f.is_the_articles_own_term() && f.weight > 0.0)
                .map(|f| f.term.as_str())
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for t in seen {
                *terms.entry(t.to_string()).or_insert(0) += 1;
            }
            let mut frames: Vec<&str> = r
                .omissions
                .omissions
                .iter()
                .flat_map(|o| o.frames.iter().map(String::as_str))
                .collect();
            frames.sort_unstable();
            frames.dedup();
            for f in frames {
                *patterns.entry(f.to_string()).or_insert(0) += 1;
            }
        }
        let round1 = |x: f64| (x * 10.0).round() / 10.0;
        BatchSummary {
            scored: reports.len(),
            errors: outcomes.len() - reports.len(),
            mean: round1(if scores.is_empty() {
                0.0
            } else {
                scores.iter().sum::<f64>() / scores.len() as f64
            }),
            median: round1(percentile(&scores, 0.5)),
            p90: round1(percentile(&scores, 0.9)),
            bands,
            top_terms: top(terms),
            omission_patterns: top(patterns),
        }
    }

    /// Reports by score, highest first; ties by source.
    pub fn ranked<'a>(&self, outcomes: &'a [Outcome]) -> Vec<&'a Report> {
        let mut reports: Vec<&Report> = outcomes
            .iter()
            .filter_map(|o| match o {
                Outcome::Report(r) => Some(r.as_ref()),
                Outcome::Error(_) => None,
            })
            .collect();
        reports.sort_by(|a, b| {
            b.score
                .total
                .total_cmp(&a.score.total)
                .then(a.source.cmp(&b.source))
        });
        reports
    }

    /// A few lines for people.
    pub fn describe(&self) -> String {
        let bands: Vec<String> = [Band::Low, Band::Moderate, Band::Elevated, Band::High]
            .iter()
            .map(|b| {
                format!(
                    "{} {}",
                    b.as_str(),
                    self.bands.get(b.as_str()).unwrap_or(&0)
                )
            })
            .collect();
        let terms: Vec<String> = self
            .top_terms
            .iter()
            .map(|(t, n)| format!("{t} ({n})"))
            .collect();
        let mut s = format!(
            "{} scored, {}; score mean {:.1}, median {:.1}, p90 {:.1}\nBands: {}",
            plural(self.scored, "article"),
            plural(self.errors, "error"),
            self.mean,
            self.median,
            self.p90,
            bands.join(", ")
        );
        if !terms.is_empty() {
            s.push_str(&format!(
                "\nMost frequent loaded terms: {}",
                terms.join(", ")
            ));
        }
        if let Some((frame, n)) = self.omission_patterns.first() {
            s.push_str(&format!(
                "\nMost common omission: body content framed as {frame}, left out of the headline ({n} article{})",
                if *n == 1 { "" } else { "s" }
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0];
        assert_eq!(percentile(&v, 0.5), 5.0);
        assert_eq!(percentile(&v, 0.9), 9.0);
        assert_eq!(percentile(&[], 0.5), 0.0);
        assert_eq!(percentile(&[3.0], 0.9), 3.0);
    }

    #[test]
    fn the_ranked_table_reads_only_what_keep_for_ranking_keeps() {
        use crate::report::{Destination, Format, RenderContext};
        use crate::{Analyzer, Article};
        let analyzer = Analyzer::with_defaults().unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/pairs");
        let mut paths: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        let full: Vec<Outcome> = paths
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).unwrap();
                let (headline, body) = text.split_once("\n\n").unwrap();
                let article = Article::from_parts(p.display().to_string(), Some(headline), body);
                Outcome::Report(Box::new(analyzer.analyze(&article)))
            })
            .collect();
        assert!(full.len() >= 3, "the corpus has articles");
        let mut slim = full.clone();
        for o in &mut slim {
            if let Outcome::Report(r) = o {
                keep_for_ranking(r);
            }
        }
        assert_eq!(BatchSummary::of(&full), BatchSummary::of(&slim));
        let table = |outcomes: &[Outcome]| {
            let mut out = Vec::new();
            Format::Table
                .renderer()
                .render_batch(
                    outcomes,
                    &RenderContext::new("batch"),
                    Destination::Stream(&mut out),
                )
                .unwrap();
            out
        };
        assert_eq!(table(&full), table(&slim));
        assert!(Format::Table.ranks_only());
    }
}
