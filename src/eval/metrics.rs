/*!
The arithmetic of evaluation: confusion counts, precision / recall / F1, ROC AUC and the best
decision threshold. Pure functions over plain numbers, so every formula here can be checked
by hand in the unit tests below; the task modules (`spans`, `sentences`, `pairs`) only decide
*what* is counted.

Conventions for empty sets, chosen so that a number is never invented:

- precision is `tp / (tp + fp)` and is undefined (`None`, `null` in JSON) when nothing was
  predicted;
- recall is `tp / (tp + fn)` and is undefined when there is nothing to find (empty gold);
- F1 is `2·tp / (2·tp + fp + fn)`. That equals the harmonic mean of precision and recall
  whenever both are defined, and stays defined — as 0 — when only one side is empty: predicting
  something when the gold is empty (or missing everything when nothing was predicted) is plainly
  wrong, not unknown. It is undefined only when gold and predictions are both empty;
- ROC AUC is undefined when either class has no members.
*/

use std::cmp::Ordering;

use serde::Serialize;

/// True positives, false positives and false negatives of a binary decision over some units
/// (tokens, spans, sentences). True negatives are not kept: precision, recall and F1 do not use
/// them, and for tokens they would only measure how long the texts are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Confusion {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Confusion {
    /// Counts one unit, given whether it is gold and whether it was predicted.
    pub fn add(&mut self, gold: bool, predicted: bool) {
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    /// Adds another set of counts to this one.
    pub fn merge(&mut self, other: Confusion) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// `tp / (tp + fp)`; `None` when nothing was predicted.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`; `None` when there was nothing to find.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// `2·tp / (2·tp + fp + fn)`; `None` only when gold and predictions are both empty.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }

    /// The counts with their precision, recall and F1, ready to serialise.
    pub fn scores(&self) -> Scores {
        Scores {
            counts: *self,
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
        }
    }
}

/// Confusion counts together with the scores derived from them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    #[serde(flatten)]
    pub counts: Confusion,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

/// `part / whole`, undefined for an empty whole.
pub fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// ROC AUC of `score` as a ranking of `positive` items above negative ones.
///
/// Computed as the Mann–Whitney U statistic: the share of (positive, negative) pairs in which
/// the positive item scores higher, a tie counting one half. Sorting once and giving tied
/// scores their mid-rank gives exactly that count in O(n log n), which matters for thousands
/// of pairs. `None` when either class is empty. Scores are expected to be finite; NaN sorts
/// above every number (`f64::total_cmp`) rather than poisoning the result.
pub fn roc_auc(items: &[(f64, bool)]) -> Option<f64> {
    let positives = items.iter().filter(|(_, p)| *p).count();
    let negatives = items.len() - positives;
    if positives == 0 || negatives == 0 {
        return None;
    }
    let mut sorted: Vec<(f64, bool)> = items.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));

    // Sum of the (1-based, mid-ranked) ranks of the positive items.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0.total_cmp(&sorted[i].0) == Ordering::Equal {
            j += 1;
        }
        // Items i..j are tied; their ranks i+1..=j average to (i + 1 + j) / 2.
        let mid_rank = (i + 1 + j) as f64 / 2.0;
        let tied_positives = sorted[i..j].iter().filter(|(_, p)| *p).count();
        rank_sum += mid_rank * tied_positives as f64;
        i = j;
    }
    let (p, n) = (positives as f64, negatives as f64);
    let u = rank_sum - p * (p + 1.0) / 2.0;
    Some(u / (p * n))
}

/// The decision threshold that classifies the most items correctly, with its accuracy.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BestThreshold {
    /// Items scoring at or above this are called positive. `None` (JSON `null`) means the best
    /// rule calls every item negative.
    pub threshold: Option<f64>,
    /// Share of items the rule classifies correctly.
    pub accuracy: f64,
    /// Items the rule calls positive.
    pub predicted_positive: usize,
    /// Accuracy of always answering the larger class, for comparison.
    pub majority_accuracy: f64,
}

/// The threshold `t` for the rule "positive iff score ≥ t" with the highest accuracy.
///
/// Every distinct score is a candidate, and so is "call everything negative". On equal
/// accuracy the higher threshold wins (the rule that calls fewer items positive), so the answer
/// does not depend on input order. `None` for no items.
pub fn best_threshold(items: &[(f64, bool)]) -> Option<BestThreshold> {
    if items.is_empty() {
        return None;
    }
    let total = items.len();
    let positives = items.iter().filter(|(_, p)| *p).count();
    let mut sorted: Vec<(f64, bool)> = items.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));

    // Start with everything negative: the correct ones are the negatives.
    let mut correct = total - positives;
    let mut best = (correct, None, 0);
    let mut i = 0;
    while i < sorted.len() {
        // Lower the threshold to the next distinct score: all items tied there flip together.
        let score = sorted[i].0;
        while i < sorted.len() && sorted[i].0.total_cmp(&score) == Ordering::Equal {
            if sorted[i].1 {
                correct += 1;
            } else {
                correct -= 1;
            }
            i += 1;
        }
        if correct > best.0 {
            best = (correct, Some(score), i);
        }
    }
    Some(BestThreshold {
        threshold: best.1,
        accuracy: best.0 as f64 / total as f64,
        predicted_positive: best.2,
        majority_accuracy: positives.max(total - positives) as f64 / total as f64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }

    #[test]
    fn confusion_counts_each_case() {
        let mut c = Confusion::default();
        for (g, p) in [
            (true, true),
            (true, true),
            (false, true),
            (true, false),
            (false, false),
        ] {
            c.add(g, p);
        }
        assert_eq!(
            c,
            Confusion {
                tp: 2,
                fp: 1,
                fn_: 1
            }
        );
        // P = 2/3, R = 2/3, F1 = 4/6.
        assert!(close(c.precision(), 2.0 / 3.0));
        assert!(close(c.recall(), 2.0 / 3.0));
        assert!(close(c.f1(), 2.0 / 3.0));
    }

    #[test]
    fn f1_is_the_harmonic_mean_when_both_are_defined() {
        let c = Confusion {
            tp: 1,
            fp: 3,
            fn_: 0,
        };
        // P = 1/4, R = 1, harmonic mean = 2·(1/4)/(5/4) = 2/5 = 2·1/(2+3+0).
        assert!(close(c.precision(), 0.25));
        assert!(close(c.recall(), 1.0));
        assert!(close(c.f1(), 0.4));
    }

    #[test]
    fn empty_gold_leaves_recall_undefined_and_f1_zero() {
        let c = Confusion {
            tp: 0,
            fp: 2,
            fn_: 0,
        };
        assert_eq!(c.recall(), None);
        assert!(close(c.precision(), 0.0));
        assert!(close(c.f1(), 0.0));
    }

    #[test]
    fn no_predictions_leave_precision_undefined() {
        let c = Confusion {
            tp: 0,
            fp: 0,
            fn_: 3,
        };
        assert_eq!(c.precision(), None);
        assert!(close(c.recall(), 0.0));
        assert!(close(c.f1(), 0.0));
    }

    #[test]
    fn nothing_at_all_is_undefined_everywhere() {
        let c = Confusion::default();
        assert_eq!((c.precision(), c.recall(), c.f1()), (None, None, None));
    }

    #[test]
    fn merge_adds_counts() {
        let mut a = Confusion {
            tp: 1,
            fp: 2,
            fn_: 3,
        };
        a.merge(Confusion {
            tp: 10,
            fp: 20,
            fn_: 30,
        });
        assert_eq!(
            a,
            Confusion {
                tp: 11,
                fp: 22,
                fn_: 33
            }
        );
    }

    #[test]
    fn scores_serialise_fn_and_null() {
        let json = serde_json::to_string(
            &Confusion {
                tp: 0,
                fp: 0,
                fn_: 1,
            }
            .scores(),
        )
        .unwrap();
        assert_eq!(
            json,
            r#"{"tp":0,"fp":0,"fn":1,"precision":null,"recall":0.0,"f1":0.0}"#
        );
    }

    #[test]
    fn auc_of_a_perfect_and_a_reversed_ranking() {
        let perfect = [(0.9, true), (0.8, true), (0.2, false), (0.1, false)];
        assert!(close(roc_auc(&perfect), 1.0));
        let reversed = [(0.1, true), (0.2, true), (0.8, false), (0.9, false)];
        assert!(close(roc_auc(&reversed), 0.0));
    }

    #[test]
    fn auc_counts_ties_as_one_half() {
        // Positives 0.5, 0.5; negatives 0.5, 0.1. Pairs: (0.5,0.5) tie ½ twice, (0.5,0.1) win
        // twice → (2·½ + 2) / 4 = 3/4.
        let items = [(0.5, true), (0.5, false), (0.5, true), (0.1, false)];
        assert!(close(roc_auc(&items), 0.75));
        // Everything tied: a coin toss.
        let all_tied = [(1.0, true), (1.0, false), (1.0, false)];
        assert!(close(roc_auc(&all_tied), 0.5));
    }

    #[test]
    fn auc_mixed_case_by_hand() {
        // Positives 3, 1; negatives 2, 0. Pairs: 3>2, 3>0, 1<2, 1>0 → 3/4.
        let items = [(3.0, true), (2.0, false), (1.0, true), (0.0, false)];
        assert!(close(roc_auc(&items), 0.75));
    }

    #[test]
    fn auc_needs_both_classes() {
        assert_eq!(roc_auc(&[(1.0, true), (0.0, true)]), None);
        assert_eq!(roc_auc(&[(1.0, false)]), None);
        assert_eq!(roc_auc(&[]), None);
    }

    #[test]
    fn best_threshold_separates_a_separable_set() {
        let items = [(0.9, true), (0.7, true), (0.4, false), (0.1, false)];
        let best = best_threshold(&items).unwrap();
        assert_eq!(best.threshold, Some(0.7));
        assert_eq!(best.accuracy, 1.0);
        assert_eq!(best.predicted_positive, 2);
        assert_eq!(best.majority_accuracy, 0.5);
    }

    #[test]
    fn best_threshold_moves_tied_items_together() {
        // The three items tied at 0.5 are called positive or negative together.
        let items = [
            (0.9, true),
            (0.5, true),
            (0.5, false),
            (0.5, false),
            (0.1, false),
        ];
        // t = +inf: 3/5 correct. t = 0.9: 4/5. t = 0.5: 0.9 ✓, 0.5 ✓✗✗, 0.1 ✓ → 3/5.
        let best = best_threshold(&items).unwrap();
        assert_eq!(best.threshold, Some(0.9));
        assert_eq!(best.accuracy, 0.8);
        assert_eq!(best.predicted_positive, 1);
    }

    #[test]
    fn best_threshold_can_call_everything_negative() {
        let items = [(0.9, false), (0.1, true), (0.2, false)];
        // t = +inf: 2/3; t = 0.9: 1/3; t = 0.2: 0/3 … ; t = 0.1: 1/3.
        let best = best_threshold(&items).unwrap();
        assert_eq!(best.threshold, None);
        assert!((best.accuracy - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(best.predicted_positive, 0);
    }

    #[test]
    fn best_threshold_prefers_the_higher_of_equal_rules() {
        // t = +inf: 2/4 correct; t = 0.8: 3/4; t = 0.6: 2/4; t = 0.2: 3/4 again; t = 0.1: 2/4.
        // Of the two 3/4 rules the higher threshold wins.
        let items = [(0.8, true), (0.6, false), (0.2, true), (0.1, false)];
        let best = best_threshold(&items).unwrap();
        assert_eq!(best.accuracy, 0.75);
        assert_eq!(best.threshold, Some(0.8));
        assert_eq!(best_threshold(&[]), None);
    }
}
