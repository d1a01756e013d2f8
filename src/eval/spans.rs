/*!
Scoring loaded-term findings against gold loaded-language spans.

Two views, because they answer different questions:

- **Tokens** — the field is split into words (`unicode_word_indices`, UAX #29). A word is
  *gold* if it overlaps a gold span and *predicted* if it overlaps a loaded-term finding. Token
  precision, recall and F1 are then independent of how long the annotators' spans are (they
  often mark a whole clause where a lexicon flags one word).
- **Spans** — recall is the share of gold spans that overlap any finding; precision the share
  of findings that overlap any gold span. Generous, by design: it asks "did we point at the
  right place", not "did we draw the same boundary".

Ranges are half-open byte ranges into one field; two ranges overlap when each starts before the
other ends, so a zero-length range overlaps nothing. Overlapping gold spans are each counted as
a span, but a word under two of them is still one word.

Also gathered, for the people who curate lexicons: per category, how many tokens and findings
are right and wrong; which terms are flagged where nobody marked anything (false positives);
which marked content words no finding covers (false negatives; function words such as "the"
are left out of that list, though not out of the metrics).
*/

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use super::data::{GoldSpan, Part, SpanArticle};
use super::metrics::{ratio, Confusion, Scores};
use crate::text::stopwords::is_stopword;

/// A loaded-term finding, reduced to what span scoring needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicted {
    pub part: Part,
    /// Byte range into the field.
    pub start: usize,
    pub end: usize,
    /// The lexicon term that matched.
    pub term: String,
    pub category: String,
}

/// Counts gathered from one article or more; merge them in any order.
#[derive(Debug, Clone, Default)]
pub struct SpanTally {
    tokens: [Confusion; 2],
    gold_spans: [SpanCount; 2],
    findings: [SpanCount; 2],
    categories: BTreeMap<String, CategoryCount>,
    /// (term, category) → findings overlapping no gold span.
    false_positive_terms: HashMap<(String, String), usize>,
    /// (term, category) → findings, and how many overlap a gold span (`--by term`).
    terms: HashMap<(String, String), (usize, usize)>,
    /// Lower-cased gold word (not a function word) → times no finding covered it.
    false_negative_words: HashMap<String, usize>,
}

#[derive(Debug, Clone, Copy, Default)]
struct SpanCount {
    total: usize,
    overlapping: usize,
}

#[derive(Debug, Clone, Copy, Default)]
struct CategoryCount {
    findings: usize,
    findings_on_gold: usize,
    token_tp: usize,
    token_fp: usize,
}

fn index(part: Part) -> usize {
    match part {
        Part::Headline => 0,
        Part::Body => 1,
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The form a word is counted under in the false-negative list: lower-cased, with curly
/// apostrophes straightened so "don’t" and "don't" are one entry.
fn word_key(word: &str) -> String {
    word.replace(['\u{2019}', '\u{2018}'], "'").to_lowercase()
}

impl SpanTally {
    /// Tallies one article against the findings the analyser made on it.
    pub fn of_article(article: &SpanArticle, predicted: &[Predicted]) -> SpanTally {
        let mut tally = SpanTally::default();
        for part in [Part::Headline, Part::Body] {
            let text = match part {
                Part::Headline => &article.headline,
                Part::Body => &article.body,
            };
            let gold: Vec<&GoldSpan> = article.spans.iter().filter(|s| s.part == part).collect();
            let found: Vec<&Predicted> = predicted.iter().filter(|p| p.part == part).collect();
            tally.add_field(part, text, &gold, &found);
        }
        tally
    }

    fn add_field(&mut self, part: Part, text: &str, gold: &[&GoldSpan], found: &[&Predicted]) {
        let i = index(part);
        for span in gold {
            self.gold_spans[i].total += 1;
            if found
                .iter()
                .any(|p| overlaps((span.start, span.end), (p.start, p.end)))
            {
                self.gold_spans[i].overlapping += 1;
            }
        }
        for p in found {
            let on_gold = gold
                .iter()
                .any(|s| overlaps((s.start, s.end), (p.start, p.end)));
            self.findings[i].total += 1;
            let term = self
                .terms
                .entry((p.term.clone(), p.category.clone()))
                .or_default();
            term.0 += 1;
            term.1 += usize::from(on_gold);
            let category = self.categories.entry(p.category.clone()).or_default();
            category.findings += 1;
            if on_gold {
                self.findings[i].overlapping += 1;
                category.findings_on_gold += 1;
            } else {
                *self
                    .false_positive_terms
                    .entry((p.term.clone(), p.category.clone()))
                    .or_default() += 1;
            }
        }
        for (start, word) in text.unicode_word_indices() {
            let range = (start, start + word.len());
            let is_gold = gold.iter().any(|s| overlaps((s.start, s.end), range));
            let covering: Vec<&&Predicted> = found
                .iter()
                .filter(|p| overlaps((p.start, p.end), range))
                .collect();
            self.tokens[i].add(is_gold, !covering.is_empty());
            if is_gold && covering.is_empty() {
                // Annotators mark whole phrases, so "the", "of" and "and" would head this list;
                // no lexicon should hold them. They still count in the metrics above.
                let key = word_key(word);
                if !is_stopword(&key) {
                    *self.false_negative_words.entry(key).or_default() += 1;
                }
            }
            // A word covered by findings of two categories counts once for each of them.
            let mut categories: Vec<&str> = covering.iter().map(|p| p.category.as_str()).collect();
            categories.sort_unstable();
            categories.dedup();
            for category in categories {
                let count = self.categories.entry(category.to_string()).or_default();
                if is_gold {
                    count.token_tp += 1;
                } else {
                    count.token_fp += 1;
                }
            }
        }
    }

    /// Adds another tally to this one.
    pub fn merge(&mut self, other: SpanTally) {
        for i in 0..2 {
            self.tokens[i].merge(other.tokens[i]);
            self.gold_spans[i].total += other.gold_spans[i].total;
            self.gold_spans[i].overlapping += other.gold_spans[i].overlapping;
            self.findings[i].total += other.findings[i].total;
            self.findings[i].overlapping += other.findings[i].overlapping;
        }
        for (name, c) in other.categories {
            let mine = self.categories.entry(name).or_default();
            mine.findings += c.findings;
            mine.findings_on_gold += c.findings_on_gold;
            mine.token_tp += c.token_tp;
            mine.token_fp += c.token_fp;
        }
        for (key, n) in other.false_positive_terms {
            *self.false_positive_terms.entry(key).or_default() += n;
        }
        for (key, (n, on_gold)) in other.terms {
            let mine = self.terms.entry(key).or_default();
            mine.0 += n;
            mine.1 += on_gold;
        }
        for (key, n) in other.false_negative_words {
            *self.false_negative_words.entry(key).or_default() += n;
        }
    }

    /// The scores, with the `top` most frequent false positives and negatives, and the
    /// per-category and per-term rows when asked for.
    pub fn report(&self, top: usize, by_category: bool, by_term: bool) -> SpanReport {
        let all_tokens = {
            let mut c = self.tokens[0];
            c.merge(self.tokens[1]);
            c
        };
        let span_scores = |parts: &[usize]| {
            let sum = |counts: &[SpanCount; 2], f: fn(&SpanCount) -> usize| {
                parts.iter().map(|&i| f(&counts[i])).sum::<usize>()
            };
            let gold = sum(&self.gold_spans, |c| c.total);
            let gold_found = sum(&self.gold_spans, |c| c.overlapping);
            let findings = sum(&self.findings, |c| c.total);
            let findings_on_gold = sum(&self.findings, |c| c.overlapping);
            SpanScores {
                gold,
                gold_found,
                recall: ratio(gold_found, gold),
                findings,
                findings_on_gold,
                precision: ratio(findings_on_gold, findings),
            }
        };
        let categories = by_category.then(|| {
            self.categories
                .iter()
                .map(|(name, c)| CategoryRow {
                    category: name.clone(),
                    findings: c.findings,
                    findings_on_gold: c.findings_on_gold,
                    findings_off_gold: c.findings - c.findings_on_gold,
                    span_precision: ratio(c.findings_on_gold, c.findings),
                    token_tp: c.token_tp,
                    token_fp: c.token_fp,
                })
                .collect()
        });
        SpanReport {
            tokens: ByPart {
                headline: self.tokens[0].scores(),
                body: self.tokens[1].scores(),
                all: all_tokens.scores(),
            },
            spans: ByPart {
                headline: span_scores(&[0]),
                body: span_scores(&[1]),
                all: span_scores(&[0, 1]),
            },
            categories,
            terms: by_term.then(|| self.term_rows(top)),
            top_false_positives: self.top_false_positives(top),
            top_false_negatives: self.top_false_negatives(top),
        }
    }

    /// Per lexicon entry, its findings on and off gold: the `top` entries with the most
    /// findings off gold first (the ones that cost most precision), then the lower precision,
    /// then by term. `top == 0` lists every entry.
    pub fn term_rows(&self, top: usize) -> Vec<TermRow> {
        let mut rows: Vec<TermRow> = self
            .terms
            .iter()
            .map(|((term, category), &(findings, on_gold))| TermRow {
                term: term.clone(),
                category: category.clone(),
                findings,
                findings_on_gold: on_gold,
                findings_off_gold: findings - on_gold,
                span_precision: ratio(on_gold, findings),
            })
            .collect();
        rows.sort_by(|a, b| {
            b.findings_off_gold
                .cmp(&a.findings_off_gold)
                .then(a.findings_on_gold.cmp(&b.findings_on_gold))
                .then(a.term.cmp(&b.term))
                .then(a.category.cmp(&b.category))
        });
        if top > 0 {
            rows.truncate(top);
        }
        rows
    }

    /// Terms flagged where no gold span is, most frequent first (ties by term).
    pub fn top_false_positives(&self, top: usize) -> Vec<TermCount> {
        let mut terms: Vec<TermCount> = self
            .false_positive_terms
            .iter()
            .map(|((term, category), &count)| TermCount {
                term: term.clone(),
                category: category.clone(),
                count,
            })
            .collect();
        terms.sort_by(|a, b| (b.count, &a.term, &a.category).cmp(&(a.count, &b.term, &b.category)));
        terms.truncate(top);
        terms
    }

    /// Gold content words no finding covers, most frequent first (ties alphabetically).
    pub fn top_false_negatives(&self, top: usize) -> Vec<WordCount> {
        let mut words: Vec<WordCount> = self
            .false_negative_words
            .iter()
            .map(|(word, &count)| WordCount {
                word: word.clone(),
                count,
            })
            .collect();
        words.sort_by(|a, b| (b.count, &a.word).cmp(&(a.count, &b.word)));
        words.truncate(top);
        words
    }

    /// Token counts over both fields.
    pub fn token_counts(&self) -> Confusion {
        let mut c = self.tokens[0];
        c.merge(self.tokens[1]);
        c
    }
}

/// One measure for the headline, the body, and both together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ByPart<T> {
    pub headline: T,
    pub body: T,
    pub all: T,
}

/// Span-level overlap counts and scores.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SpanScores {
    /// Gold spans, and how many overlap a finding.
    pub gold: usize,
    pub gold_found: usize,
    pub recall: Option<f64>,
    /// Loaded-term findings, and how many overlap a gold span.
    pub findings: usize,
    pub findings_on_gold: usize,
    pub precision: Option<f64>,
}

/// How one category's findings fared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryRow {
    pub category: String,
    pub findings: usize,
    pub findings_on_gold: usize,
    pub findings_off_gold: usize,
    pub span_precision: Option<f64>,
    /// Gold and non-gold words covered by this category's findings.
    pub token_tp: usize,
    pub token_fp: usize,
}

/// How one lexicon entry's findings fared (`--by term`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermRow {
    pub term: String,
    pub category: String,
    pub findings: usize,
    pub findings_on_gold: usize,
    pub findings_off_gold: usize,
    pub span_precision: Option<f64>,
}

/// A lexicon term and how often it was a false positive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermCount {
    pub term: String,
    pub category: String,
    pub count: usize,
}

/// A gold word and how often no finding covered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordCount {
    pub word: String,
    pub count: usize,
}

/// The result of the spans task.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpanReport {
    pub tokens: ByPart<Scores>,
    pub spans: ByPart<SpanScores>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<CategoryRow>>,
    /// Per lexicon entry, worst first (`--by term`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<TermRow>>,
    pub top_false_positives: Vec<TermCount>,
    pub top_false_negatives: Vec<WordCount>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(part: Part, text: &str, phrase: &str) -> GoldSpan {
        let start = text.find(phrase).unwrap();
        GoldSpan {
            part,
            start,
            end: start + phrase.len(),
        }
    }

    fn found(part: Part, text: &str, phrase: &str, category: &str) -> Predicted {
        let start = text.find(phrase).unwrap();
        Predicted {
            part,
            start,
            end: start + phrase.len(),
            term: phrase.to_lowercase(),
            category: category.to_string(),
        }
    }

    fn article(headline: &str, body: &str, spans: Vec<GoldSpan>) -> SpanArticle {
        SpanArticle {
            id: "t".into(),
            line: 1,
            headline: headline.into(),
            body: body.into(),
            spans,
            voice_gold: Vec::new(),
        }
    }

    #[test]
    fn tokens_and_spans_by_hand() {
        let h = "Mayor slams brutal plan";
        let b = "The plan is a disgrace, critics said.";
        let a = article(
            h,
            b,
            vec![
                gold(Part::Headline, h, "slams brutal"),
                gold(Part::Body, b, "a disgrace"),
            ],
        );
        let p = vec![
            found(Part::Headline, h, "slams", "reporting-hostile"),
            found(Part::Body, b, "critics", "loaded"),
        ];
        let r = SpanTally::of_article(&a, &p).report(10, true, true);
        // Headline: gold {slams, brutal}, predicted {slams} → tp 1, fn 1.
        assert_eq!(
            r.tokens.headline.counts,
            Confusion {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        // Body: gold {a, disgrace}, predicted {critics} → fp 1, fn 2.
        assert_eq!(
            r.tokens.body.counts,
            Confusion {
                tp: 0,
                fp: 1,
                fn_: 2
            }
        );
        assert_eq!(
            r.tokens.all.counts,
            Confusion {
                tp: 1,
                fp: 1,
                fn_: 3
            }
        );
        assert_eq!(r.tokens.all.precision, Some(0.5));
        assert_eq!(r.tokens.all.recall, Some(0.25));
        assert_eq!(r.spans.all.gold, 2);
        assert_eq!(r.spans.all.gold_found, 1);
        assert_eq!(r.spans.all.findings_on_gold, 1);
        assert_eq!(r.spans.headline.precision, Some(1.0));
        assert_eq!(r.spans.body.precision, Some(0.0));
        // By term, worst first: `critics` (off gold) before `slams` (on gold).
        let terms = r.terms.as_ref().unwrap();
        let rows: Vec<(&str, usize, usize)> = terms
            .iter()
            .map(|t| (t.term.as_str(), t.findings_on_gold, t.findings_off_gold))
            .collect();
        assert_eq!(rows, [("critics", 0, 1), ("slams", 1, 0)]);
        assert_eq!(terms[1].span_precision, Some(1.0));
        assert_eq!(
            r.top_false_positives,
            vec![TermCount {
                term: "critics".into(),
                category: "loaded".into(),
                count: 1
            }]
        );
        let fns: Vec<&str> = r
            .top_false_negatives
            .iter()
            .map(|w| w.word.as_str())
            .collect();
        // "a" is gold and missed too, but a function word is no lexicon candidate.
        assert_eq!(fns, ["brutal", "disgrace"]);
        let cats = r.categories.unwrap();
        assert_eq!(cats[0].category, "loaded");
        assert_eq!(
            (
                cats[0].token_tp,
                cats[0].token_fp,
                cats[0].findings_off_gold
            ),
            (0, 1, 1)
        );
        assert_eq!((cats[1].token_tp, cats[1].findings_on_gold), (1, 1));
    }

    #[test]
    fn overlapping_gold_spans_count_each_span_but_each_word_once() {
        let b = "a truly shameful act";
        let a = article(
            "",
            b,
            vec![
                gold(Part::Body, b, "truly shameful"),
                gold(Part::Body, b, "shameful act"),
            ],
        );
        let p = vec![found(Part::Body, b, "shameful", "loaded")];
        let r = SpanTally::of_article(&a, &p).report(10, false, false);
        // Gold words: truly, shameful, act (shameful once). Predicted: shameful.
        assert_eq!(
            r.tokens.body.counts,
            Confusion {
                tp: 1,
                fp: 0,
                fn_: 2
            }
        );
        // Both gold spans overlap the finding; the one finding overlaps gold.
        assert_eq!((r.spans.body.gold, r.spans.body.gold_found), (2, 2));
        assert_eq!(
            (r.spans.body.findings, r.spans.body.findings_on_gold),
            (1, 1)
        );
        assert!(r.categories.is_none());
    }

    #[test]
    fn multibyte_text_before_a_span_keeps_words_aligned() {
        let b = "Ça «c’est» l’été: a “vicious” attack";
        let a = article("", b, vec![gold(Part::Body, b, "vicious")]);
        let p = vec![found(Part::Body, b, "attack", "loaded")];
        let r = SpanTally::of_article(&a, &p).report(10, false, false);
        assert_eq!(
            r.tokens.body.counts,
            Confusion {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(r.top_false_negatives[0].word, "vicious");
    }

    #[test]
    fn empty_gold_gives_undefined_recall_and_zero_precision() {
        let b = "They slammed the plan.";
        let a = article("", b, vec![]);
        let p = vec![found(Part::Body, b, "slammed", "reporting-hostile")];
        let r = SpanTally::of_article(&a, &p).report(10, false, false);
        assert_eq!(r.tokens.all.recall, None);
        assert_eq!(r.tokens.all.precision, Some(0.0));
        assert_eq!(r.tokens.all.f1, Some(0.0));
        assert_eq!(r.spans.all.recall, None);
        assert_eq!(r.spans.all.precision, Some(0.0));
    }

    #[test]
    fn merging_tallies_adds_and_ranks_false_positives() {
        let b = "A massive crowd, a massive cost, a huge row.";
        let a = article("", b, vec![]);
        let p = vec![
            Predicted {
                term: "massive".into(),
                ..found(Part::Body, b, "massive crowd", "booster")
            },
            found(Part::Body, b, "huge", "booster"),
        ];
        let mut t = SpanTally::of_article(&a, &p);
        t.merge(SpanTally::of_article(&a, &p[..1]));
        let top = t.top_false_positives(1);
        assert_eq!(
            top,
            vec![TermCount {
                term: "massive".into(),
                category: "booster".into(),
                count: 2
            }]
        );
        assert_eq!(
            t.token_counts(),
            Confusion {
                tp: 0,
                fp: 5,
                fn_: 0
            }
        );
    }
}
