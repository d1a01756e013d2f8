/*!
Scoring sentences labelled biased or not.

Each sentence is analysed on its own, as the body of an article without a headline. Two
questions are asked of the result:

- **Classification** — a sentence is *predicted biased* when at least one loaded-term finding
  is made on it; precision, recall and F1 of that against the `biased` label. The loadedness
  score (the body's weighted loaded terms per 100 words) is also ranked against the label:
  ROC AUC, and the best threshold on it with its accuracy. The AUC says whether more loaded
  sentences are more often biased, whatever threshold one picks.
- **Words** — where annotators listed `biased_words`, each word of the sentence equal to one
  of them (lower-cased, curly apostrophes straightened) is a gold span, and the sentence is
  scored like a span-labelled article body (see [`super::spans`]): token P/R/F1 and the false
  positive and negative lists, and per lexicon entry with `--by term`.
- **Plain facts** — where records carry BABE's `label_opinion`: of the sentences labelled
  "Entirely factual" and not biased, the share that get an outlet-voice finding of weight
  ≥ 0.5 (any category, notes not counted): false alarms a reader of straight news would see.
*/

use std::collections::HashSet;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use super::data::{GoldSpan, Part, Sentence, SpanArticle};
use super::metrics::ratio;
use super::metrics::{best_threshold, roc_auc, BestThreshold, Confusion, Scores};
use super::spans::{Predicted, SpanTally, TermCount, TermRow, WordCount};

/// What the analyser made of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceOutcome {
    /// The loadedness score: weighted loaded terms per 100 words.
    pub score: f64,
    /// Loaded-term findings, all in the body.
    pub predicted: Vec<Predicted>,
    /// Whether the sentence has a counted outlet-voice finding of weight ≥
    /// [`STRONG_WEIGHT`], of any category.
    pub strong_outlet_finding: bool,
}

/// The weight from which an outlet-voice finding counts as a flag in the plain-facts measure.
pub const STRONG_WEIGHT: f64 = 0.5;

/// The result of the sentences task.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceReport {
    pub sentences: usize,
    pub biased: usize,
    /// "Has a loaded-term finding" against the `biased` label.
    pub classification: Scores,
    /// The loadedness score ranked against the label.
    pub roc_auc: Option<f64>,
    pub best_threshold: Option<BestThreshold>,
    /// Word-level scores against `biased_words`; absent when no sentence lists any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<WordReport>,
    /// False alarms on plain facts; absent when no record carries `label_opinion`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plain_facts: Option<PlainFacts>,
}

/// Sentences labelled "Entirely factual" and not biased, and how many of them carry an
/// outlet-voice finding of weight ≥ [`STRONG_WEIGHT`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlainFacts {
    pub sentences: usize,
    pub flagged: usize,
    pub share: Option<f64>,
}

/// Word-level scores of the sentences task.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WordReport {
    pub tokens: Scores,
    pub top_false_positives: Vec<TermCount>,
    pub top_false_negatives: Vec<WordCount>,
    /// Per lexicon entry, worst first (`--by term`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<TermRow>>,
}

/// The words of `sentence` that are among its `biased_words`, as gold spans in the body.
pub fn gold_words(sentence: &Sentence) -> Vec<GoldSpan> {
    let key = |w: &str| w.replace(['\u{2019}', '\u{2018}'], "'").to_lowercase();
    let biased: HashSet<String> = sentence
        .biased_words
        .iter()
        .flat_map(|phrase| phrase.unicode_words().map(key).collect::<Vec<_>>())
        .collect();
    sentence
        .text
        .unicode_word_indices()
        .filter(|(_, word)| biased.contains(&key(word)))
        .map(|(start, word)| GoldSpan {
            part: Part::Body,
            start,
            end: start + word.len(),
        })
        .collect()
}

/// Scores the sentences against what the analyser made of them (same order, same length).
pub fn report(
    sentences: &[Sentence],
    outcomes: &[SentenceOutcome],
    top: usize,
    by_term: bool,
) -> SentenceReport {
    debug_assert_eq!(sentences.len(), outcomes.len());
    let mut classification = Confusion::default();
    let mut ranked = Vec::with_capacity(sentences.len());
    let mut words = SpanTally::default();
    for (sentence, outcome) in sentences.iter().zip(outcomes) {
        classification.add(sentence.biased, !outcome.predicted.is_empty());
        ranked.push((outcome.score, sentence.biased));
        let as_article = SpanArticle {
            id: sentence.id.clone(),
            line: sentence.line,
            headline: String::new(),
            body: sentence.text.clone(),
            spans: gold_words(sentence),
            voice_gold: Vec::new(),
        };
        words.merge(SpanTally::of_article(&as_article, &outcome.predicted));
    }
    let any_words = sentences.iter().any(|s| !s.biased_words.is_empty());
    let plain_facts = sentences
        .iter()
        .any(|s| s.label_opinion.is_some())
        .then(|| {
            let plain: Vec<&SentenceOutcome> = sentences
                .iter()
                .zip(outcomes)
                .filter(|(s, _)| s.is_plain_fact())
                .map(|(_, o)| o)
                .collect();
            let flagged = plain.iter().filter(|o| o.strong_outlet_finding).count();
            PlainFacts {
                sentences: plain.len(),
                flagged,
                share: ratio(flagged, plain.len()),
            }
        });
    SentenceReport {
        sentences: sentences.len(),
        biased: sentences.iter().filter(|s| s.biased).count(),
        classification: classification.scores(),
        roc_auc: roc_auc(&ranked),
        best_threshold: best_threshold(&ranked),
        words: any_words.then(|| WordReport {
            tokens: words.token_counts().scores(),
            top_false_positives: words.top_false_positives(top),
            top_false_negatives: words.top_false_negatives(top),
            terms: by_term.then(|| words.term_rows(top)),
        }),
        plain_facts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str, biased: bool, words: &[&str]) -> Sentence {
        Sentence {
            id: text.into(),
            line: 1,
            text: text.into(),
            biased,
            biased_words: words.iter().map(|w| w.to_string()).collect(),
            label_opinion: None,
        }
    }

    fn finding(text: &str, word: &str) -> Predicted {
        let start = text.find(word).unwrap();
        Predicted {
            part: Part::Body,
            start,
            end: start + word.len(),
            term: word.into(),
            category: "loaded".into(),
        }
    }

    #[test]
    fn gold_words_match_case_and_apostrophes() {
        let s = sentence(
            "Don’t trust the Radical radicals",
            true,
            &["don't", "radical"],
        );
        let spans = gold_words(&s);
        let words: Vec<&str> = spans.iter().map(|g| &s.text[g.start..g.end]).collect();
        assert_eq!(words, ["Don’t", "Radical"]);
    }

    #[test]
    fn classification_auc_and_words_by_hand() {
        let a = "A shameful vote";
        let b = "The vote passed";
        let c = "A brutal, shameful purge";
        let sentences = vec![
            sentence(a, true, &["shameful"]),
            sentence(b, false, &[]),
            sentence(c, true, &["brutal", "purge"]),
        ];
        let outcomes = vec![
            SentenceOutcome {
                score: 33.0,
                predicted: vec![finding(a, "shameful")],
                strong_outlet_finding: true,
            },
            SentenceOutcome {
                score: 0.0,
                predicted: vec![],
                strong_outlet_finding: false,
            },
            SentenceOutcome {
                score: 0.0,
                predicted: vec![],
                strong_outlet_finding: false,
            },
        ];
        let r = report(&sentences, &outcomes, 5, false);
        assert_eq!((r.sentences, r.biased), (3, 2));
        // Predicted biased: a only → tp 1, fn 1 (c), fp 0.
        assert_eq!(
            r.classification.counts,
            Confusion {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        // Positives 33, 0; negative 0 → (1 + ½) / 2.
        assert_eq!(r.roc_auc, Some(0.75));
        let best = r.best_threshold.unwrap();
        assert_eq!((best.threshold, best.predicted_positive), (Some(33.0), 1));
        let words = r.words.unwrap();
        // Gold words: shameful (found), brutal, purge (missed).
        assert_eq!(
            words.tokens.counts,
            Confusion {
                tp: 1,
                fp: 0,
                fn_: 2
            }
        );
        assert_eq!(words.top_false_negatives.len(), 2);
    }

    #[test]
    fn no_biased_words_means_no_word_report() {
        let sentences = vec![sentence("x", true, &[])];
        let outcomes = vec![SentenceOutcome {
            score: 0.0,
            predicted: vec![],
            strong_outlet_finding: false,
        }];
        let r = report(&sentences, &outcomes, 5, false);
        assert!(r.words.is_none());
        assert_eq!(r.roc_auc, None);
    }
}
