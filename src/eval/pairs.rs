/*!
Scoring the headline-support score on labelled headline–body pairs.

The support score says how much of the headline the body backs up. On FNC-1 style data two
separations are measured:

- **related vs unrelated** — a body written about another story should support its headline
  far less. This is the easy test: plain headline-word coverage already does well on it.
- **agree vs disagree** — among pairs with a stance, does the score rank bodies that agree with
  the headline above bodies that dispute it? Much harder: a rebuttal repeats the headline's
  words. `discuss` pairs are left out of this one.
- **counter-evidence, disagree vs agree** — the same pairs ranked the other way by the
  strength of the strongest omission (0 without one): a body that disputes its headline
  should carry stronger counter-evidence than one that agrees.

Each gives ROC AUC (ties count one half) and the best threshold with its accuracy, next to the
accuracy of always answering the larger class so the threshold's worth can be judged. The mean
score per stance is reported as a sanity check of the score's scale.
*/

use serde::Serialize;

use super::data::{Pair, Stance};
use super::metrics::{best_threshold, roc_auc, BestThreshold};

/// How well the score separates one class of pairs (positive) from another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Separation {
    pub positive: &'static str,
    pub negative: &'static str,
    pub positives: usize,
    pub negatives: usize,
    pub roc_auc: Option<f64>,
    pub best_threshold: Option<BestThreshold>,
    pub mean_positive: Option<f64>,
    pub mean_negative: Option<f64>,
}

/// The mean score of the pairs with one stance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StanceRow {
    pub stance: Stance,
    pub pairs: usize,
    pub mean_score: f64,
}

/// The result of the pairs task.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairReport {
    pub pairs: usize,
    pub related_vs_unrelated: Separation,
    /// Present when some pairs carry a stance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agree_vs_disagree: Option<Separation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub by_stance: Vec<StanceRow>,
    /// Disagree (positive) vs agree by the strongest omission's strength; present when some
    /// pairs carry a stance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counter_evidence: Option<Separation>,
}

impl PairReport {
    /// Adds the counter-evidence separation from each pair's strongest omission strength
    /// (same order, same length as the pairs).
    pub fn with_counter_evidence(mut self, pairs: &[Pair], strongest: &[f64]) -> PairReport {
        debug_assert_eq!(pairs.len(), strongest.len());
        let items: Vec<(f64, bool)> = pairs
            .iter()
            .zip(strongest)
            .filter_map(|(p, &s)| match p.stance {
                Some(Stance::Disagree) => Some((s, true)),
                Some(Stance::Agree) => Some((s, false)),
                _ => None,
            })
            .collect();
        self.counter_evidence = pairs
            .iter()
            .any(|p| p.stance.is_some())
            .then(|| separation("disagree", "agree", &items));
        self
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

fn separation(positive: &'static str, negative: &'static str, items: &[(f64, bool)]) -> Separation {
    Separation {
        positive,
        negative,
        positives: items.iter().filter(|(_, p)| *p).count(),
        negatives: items.iter().filter(|(_, p)| !*p).count(),
        roc_auc: roc_auc(items),
        best_threshold: best_threshold(items),
        mean_positive: mean(items.iter().filter(|(_, p)| *p).map(|(s, _)| *s)),
        mean_negative: mean(items.iter().filter(|(_, p)| !*p).map(|(s, _)| *s)),
    }
}

/// Scores the pairs against their support scores (same order, same length).
pub fn report(pairs: &[Pair], scores: &[f64]) -> PairReport {
    debug_assert_eq!(pairs.len(), scores.len());
    let related: Vec<(f64, bool)> = pairs
        .iter()
        .zip(scores)
        .map(|(p, &s)| (s, p.related))
        .collect();
    let stances: Vec<(f64, bool)> = pairs
        .iter()
        .zip(scores)
        .filter_map(|(p, &s)| match p.stance {
            Some(Stance::Agree) => Some((s, true)),
            Some(Stance::Disagree) => Some((s, false)),
            _ => None,
        })
        .collect();
    let by_stance = [
        Stance::Unrelated,
        Stance::Discuss,
        Stance::Agree,
        Stance::Disagree,
    ]
    .into_iter()
    .filter_map(|stance| {
        let of: Vec<f64> = pairs
            .iter()
            .zip(scores)
            .filter(|(p, _)| p.stance == Some(stance))
            .map(|(_, &s)| s)
            .collect();
        Some(StanceRow {
            stance,
            pairs: of.len(),
            mean_score: mean(of.into_iter())?,
        })
    })
    .collect();
    PairReport {
        pairs: pairs.len(),
        related_vs_unrelated: separation("related", "unrelated", &related),
        agree_vs_disagree: pairs
            .iter()
            .any(|p| p.stance.is_some())
            .then(|| separation("agree", "disagree", &stances)),
        by_stance,
        counter_evidence: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(related: bool, stance: Option<Stance>) -> Pair {
        Pair {
            id: "p".into(),
            line: 1,
            headline: String::new(),
            body: String::new(),
            related,
            stance,
        }
    }

    #[test]
    fn related_and_stance_separations_by_hand() {
        let pairs = vec![
            pair(true, Some(Stance::Agree)),
            pair(true, Some(Stance::Disagree)),
            pair(true, Some(Stance::Discuss)),
            pair(false, Some(Stance::Unrelated)),
            pair(false, Some(Stance::Unrelated)),
        ];
        let scores = [0.9, 0.6, 0.4, 0.4, 0.1];
        let r = report(&pairs, &scores);
        // Related 0.9, 0.6, 0.4 vs unrelated 0.4, 0.1: 5 wins + 1 tie of 6 pairs.
        let ru = &r.related_vs_unrelated;
        assert_eq!((ru.positives, ru.negatives), (3, 2));
        assert!((ru.roc_auc.unwrap() - 5.5 / 6.0).abs() < 1e-12);
        // t = 0.6 gets 4 of 5 right (0.4 related is missed); t = 0.4 also 4 of 5; higher wins.
        let best = ru.best_threshold.unwrap();
        assert_eq!((best.threshold, best.accuracy), (Some(0.6), 0.8));
        let ad = r.agree_vs_disagree.unwrap();
        assert_eq!(ad.roc_auc, Some(1.0));
        assert_eq!(ad.mean_negative, Some(0.6));
        assert_eq!(r.by_stance.len(), 4);
        assert_eq!(r.by_stance[0].stance, Stance::Unrelated);
        assert!((r.by_stance[0].mean_score - 0.25).abs() < 1e-12);
    }

    #[test]
    fn without_stances_only_related_is_measured() {
        let pairs = vec![pair(true, None), pair(false, None)];
        let r = report(&pairs, &[0.5, 0.5]);
        assert_eq!(r.related_vs_unrelated.roc_auc, Some(0.5));
        assert!(r.agree_vs_disagree.is_none());
        assert!(r.by_stance.is_empty());
    }
}
