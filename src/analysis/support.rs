/*!
Headline support: does the body back what the headline says?

The headline is split into clauses (at commas, colons, semicolons, dashes and "as"). Each
content word of a clause is reduced to *concepts*: its stem, the entity it names (China =
Chinese = Beijing, from the entity lexicons) and the paraphrase sets it belongs to (plea ≈
request ≈ urging, from the paraphrase lexicons). A multi-word phrase that belongs to a
paraphrase set ("falls on deaf ears") counts as that set only, not as its separate words, so
"falls" in "the visit falls at a crucial moment" cannot support it.

A clause's support is the weighted share of its content words whose concepts occur in the
best window of one or two consecutive body sentences, blended with the share found anywhere
in the body and the share found in the lead (see `docs/scoring.md`). Support that comes only from the outlet's own loaded words
counts half: an article cannot vouch for its headline by repeating its framing.

Polarity counts: a body word in the scope of a negation ("could not show that coffee *causes*
cancer", see [`crate::text::negation`]) vouches for an affirmative headline word at
[`NEGATED_FACTOR`] of its strength, and the other way round for a negated headline word. A
headline word the body mentions only with the opposite polarity is listed as contradicted.

Each evaluative headline term (loaded, label, idiom, attitude, implicative) is checked on its
own: supported when the body uses the same entry or a word of one of its paraphrase sets,
else reported as unsupported.
*/

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::loaded::round3;
use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::report::{Finding, Span, Voice};

/// Categories whose headline terms are claims the body should back.
pub const EVALUATIVE_CATEGORIES: &[&str] = &["loaded", "label", "idiom", "attitude", "implicative"];

/// Shares of a clause's support from the best window, the whole body and the lead.
const WINDOW_SHARE: f64 = 0.4;
const GLOBAL_SHARE: f64 = 0.3;
const LEAD_SHARE: f64 = 0.3;
/// The lead: the first sentences, where news states what its headline claims.
const LEAD_SENTENCES: usize = 3;
/// How much a paraphrase counts against the word itself or the entity it names: paraphrase
/// sets are broad on purpose, so a match through one is weaker evidence.
const PARAPHRASE_FACTOR: f64 = 0.3;
/// How much a mention of the opposite polarity counts: it shows the body is on the topic,
/// not that it backs the claim.
const NEGATED_FACTOR: f64 = 0.25;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Concept {
    Stem(Arc<str>),
    /// A small number, however written: "3", "three", "third", "3rd".
    Number(u32),
    Set(u32),
    Entity(u32),
}

/// A body sentence given as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub sentence: usize,
    pub span: Span,
    pub text: String,
}

/// Support of one headline clause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClauseSupport {
    pub clause: String,
    pub span: Span,
    /// In [0, 1].
    pub score: f64,
    pub supported_words: Vec<String>,
    pub unsupported_words: Vec<String>,
    /// Headline words the body mentions only with the opposite polarity (the headline
    /// affirms, the body negates, or the reverse).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contradicted_words: Vec<String>,
    /// The best window: one or two body sentences.
    pub evidence: Vec<Evidence>,
}

impl ClauseSupport {
    /// The clause's words the body does not back, for display: the unsupported ones, then the
    /// contradicted ones marked as such.
    pub fn not_backed(&self) -> String {
        let contradicted = self
            .contradicted_words
            .iter()
            .map(|w| format!("{w} (the body says the opposite)"));
        self.unsupported_words
            .iter()
            .cloned()
            .chain(contradicted)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Whether the body backs an evaluative headline term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SupportStatus {
    Supported,
    /// Backed only by the outlet's own loaded words.
    Weak,
    Unsupported,
}

/// Support of one evaluative headline term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermSupport {
    pub term: String,
    pub text: String,
    pub span: Span,
    pub category: String,
    pub status: SupportStatus,
    /// Body words that back it.
    pub via: Vec<String>,
    pub evidence: Option<Evidence>,
}

/// Headline support.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Support {
    /// Weighted mean of the clause scores, in [0, 1]; 0 without a headline.
    pub score: f64,
    pub clauses: Vec<ClauseSupport>,
    pub terms: Vec<TermSupport>,
}

/// The concepts of every token of a field, how strongly each token can vouch for them (1, or
/// 0.5 for the outlet's own loaded words), and whether it lies in a negation's scope.
pub(super) struct FieldConcepts {
    pub(super) per_token: Vec<Vec<Concept>>,
    strength: Vec<f64>,
    negated: Vec<bool>,
}

/// How strongly one sentence (or the whole body) vouches for a concept, by polarity.
#[derive(Debug, Clone, Copy, Default)]
struct Vouch {
    /// Strongest affirmed mention (0 when none).
    affirmed: f64,
    /// Strongest negated mention (0 when none).
    negated: f64,
    /// The token of the strongest mention, affirmed ones first: the evidence.
    token: usize,
}

impl Vouch {
    fn add(&mut self, strength: f64, negated: bool, token: usize) {
        let was_best = self.affirmed.max(NEGATED_FACTOR * self.negated);
        let slot = if negated {
            &mut self.negated
        } else {
            &mut self.affirmed
        };
        if strength > *slot {
            *slot = strength;
        }
        if self.affirmed.max(NEGATED_FACTOR * self.negated) > was_best {
            self.token = token;
        }
    }

    fn merge(&mut self, other: &Vouch) {
        self.affirmed = self.affirmed.max(other.affirmed);
        self.negated = self.negated.max(other.negated);
    }

    /// Support for a headline word of the given polarity: the same polarity in full, the
    /// opposite at [`NEGATED_FACTOR`].
    fn for_polarity(&self, negated: bool) -> f64 {
        let (same, opposite) = if negated {
            (self.negated, self.affirmed)
        } else {
            (self.affirmed, self.negated)
        };
        same.max(NEGATED_FACTOR * opposite)
    }

    /// Mentions of the same polarity only.
    fn same_polarity(&self, negated: bool) -> f64 {
        if negated {
            self.negated
        } else {
            self.affirmed
        }
    }
}

pub(super) fn field_concepts(view: &FieldView, loaded: &[Finding]) -> FieldConcepts {
    let n = view.seg.tokens.len();
    let mut per_token: Vec<Vec<Concept>> = vec![Vec::new(); n];
    let mut phrase_set = vec![false; n];
    for m in &view.found.matches {
        let concept = match m.payload {
            Payload::Paraphrase(s) => Concept::Set(s),
            Payload::Entity(e) => Concept::Entity(e),
            _ => continue,
        };
        if m.tokens.len() > 1 && matches!(concept, Concept::Set(_)) {
            phrase_set[m.tokens.clone()]
                .iter_mut()
                .for_each(|p| *p = true);
        }
        for t in m.tokens.clone() {
            if !per_token[t].contains(&concept) {
                per_token[t].push(concept.clone());
            }
        }
    }
    for (i, token) in view.seg.tokens.iter().enumerate() {
        if let Some(n) = small_number(&token.lower) {
            per_token[i].push(Concept::Number(n));
        }
        if !phrase_set[i] && !view.found.words[i].is_stopword {
            per_token[i].push(Concept::Stem(view.found.words[i].stem.clone()));
        }
    }
    let mut strength = vec![1.0; n];
    for f in loaded.iter().filter(|f| f.voice == Voice::Outlet) {
        let first = view
            .seg
            .tokens
            .partition_point(|t| t.span.start < f.span.start);
        for (i, t) in view.seg.tokens.iter().enumerate().skip(first) {
            if t.span.end > f.span.end {
                break;
            }
            strength[i] = 0.5;
        }
    }
    FieldConcepts {
        per_token,
        strength,
        negated: crate::text::negation::negated_tokens(view.text(), &view.seg),
    }
}

const CARDINALS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const ORDINALS: [&str; 21] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The value of a number word, an ordinal or digits ("3", "3rd", "three", "third"), up to
/// twenty in words and any size in digits.
fn small_number(lower: &str) -> Option<u32> {
    if let Some(i) = CARDINALS.iter().position(|w| *w == lower) {
        return Some(i as u32);
    }
    if let Some(i) = ORDINALS.iter().position(|w| *w == lower) {
        return Some(i as u32);
    }
    let digits = lower
        .strip_suffix("st")
        .or_else(|| lower.strip_suffix("nd"))
        .or_else(|| lower.strip_suffix("rd"))
        .or_else(|| lower.strip_suffix("th"))
        .unwrap_or(lower);
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Per body sentence: concept → how strongly the sentence vouches for it, by polarity.
fn sentence_index(view: &FieldView, concepts: &FieldConcepts) -> Vec<HashMap<Concept, Vouch>> {
    view.seg
        .sentences
        .iter()
        .map(|s| {
            let mut map: HashMap<Concept, Vouch> = HashMap::default();
            for t in s.tokens.clone() {
                for c in &concepts.per_token[t] {
                    let entry = map.entry(c.clone()).or_insert(Vouch {
                        token: t,
                        ..Vouch::default()
                    });
                    entry.add(concepts.strength[t], concepts.negated[t], t);
                }
            }
            map
        })
        .collect()
}

/// Clause spans of a headline: split at , ; : — – and the word "as".
fn clause_spans(view: &FieldView) -> Vec<std::ops::Range<usize>> {
    let text = view.text();
    let tokens = &view.seg.tokens;
    let mut clauses = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let gap_breaks = i > 0 && {
            let gap = &text[tokens[i - 1].span.end..tokens[i].span.start];
            gap.contains([',', ';', ':', '—', '–', '|']) || gap.contains(" - ")
        };
        let is_as = tokens[i].lower.as_ref() == "as" && i > start;
        if (gap_breaks || is_as) && i > start {
            clauses.push(start..i);
            start = if is_as { i + 1 } else { i };
        }
    }
    if start < tokens.len() {
        clauses.push(start..tokens.len());
    }
    clauses
}

fn evidence(body: &FieldView, sentence: usize) -> Evidence {
    Evidence {
        sentence,
        span: body.seg.sentences[sentence].span,
        text: body.sentence_text(sentence).to_string(),
    }
}

/// Checks the headline against the body.
pub fn support(
    matcher: &Matcher,
    headline: &FieldView,
    headline_loaded: &[Finding],
    body: &FieldView,
    body_loaded: &[Finding],
) -> Support {
    let head = field_concepts(headline, &[]);
    let body_concepts = field_concepts(body, body_loaded);
    let index = sentence_index(body, &body_concepts);
    let mut whole: HashMap<Concept, Vouch> = HashMap::default();
    for map in &index {
        for (c, v) in map {
            whole.entry(c.clone()).or_default().merge(v);
        }
    }
    let mut clauses = Vec::new();
    let (mut total, mut weight_sum) = (0.0, 0.0);
    for range in clause_spans(headline) {
        let words: Vec<usize> = range
            .clone()
            .filter(|&t| !head.per_token[t].is_empty())
            .collect();
        if words.is_empty() {
            continue;
        }
        let weight_of = |t: usize| {
            let entity = head.per_token[t]
                .iter()
                .any(|c| matches!(c, Concept::Entity(_)));
            let number = headline.seg.tokens[t]
                .lower
                .chars()
                .any(|c| c.is_ascii_digit());
            if entity || number {
                1.5
            } else {
                1.0
            }
        };
        let clause_weight: f64 = words.iter().map(|&t| weight_of(t)).sum();
        // `lookup(concept, negated)`: how strongly the sentences in view vouch for a concept
        // named by a headline word of that polarity.
        let cover = |t: usize, lookup: &dyn Fn(&Concept, bool) -> f64| {
            head.per_token[t]
                .iter()
                .map(|c| match c {
                    Concept::Set(_) => PARAPHRASE_FACTOR * lookup(c, head.negated[t]),
                    _ => lookup(c, head.negated[t]),
                })
                .fold(0.0, f64::max)
        };
        let in_sentences = |maps: &[HashMap<Concept, Vouch>], c: &Concept, negated: bool| {
            maps.iter()
                .filter_map(|m| m.get(c).map(|v| v.for_polarity(negated)))
                .fold(0.0, f64::max)
        };
        let in_body =
            |c: &Concept, negated: bool| whole.get(c).map_or(0.0, |v| v.for_polarity(negated));
        let lead_index = &index[..LEAD_SENTENCES.min(index.len())];
        let lead: f64 = words
            .iter()
            .map(|&t| weight_of(t) * cover(t, &|c, n| in_sentences(lead_index, c, n)))
            .sum::<f64>()
            / clause_weight;
        let global: f64 = words
            .iter()
            .map(|&t| weight_of(t) * cover(t, &in_body))
            .sum::<f64>()
            / clause_weight;
        let mut best = (0.0, 0usize, 1usize);
        for s in 0..index.len() {
            for len in 1..=2.min(index.len() - s) {
                let windows = &index[s..s + len];
                let lookup = |c: &Concept, n: bool| in_sentences(windows, c, n);
                let score: f64 = words
                    .iter()
                    .map(|&t| weight_of(t) * cover(t, &lookup))
                    .sum::<f64>()
                    / clause_weight;
                // A second sentence must add something to be part of the evidence.
                if score > best.0 + 1e-9 {
                    best = (score, s, len);
                }
            }
        }
        let score = WINDOW_SHARE * best.0 + GLOBAL_SHARE * global + LEAD_SHARE * lead;
        let same_polarity =
            |c: &Concept, negated: bool| whole.get(c).map_or(0.0, |v| v.same_polarity(negated));
        let (supported, rest): (Vec<usize>, Vec<usize>) =
            words.iter().partition(|&&t| cover(t, &same_polarity) > 0.0);
        let (contradicted, unsupported): (Vec<usize>, Vec<usize>) =
            rest.into_iter().partition(|&t| cover(t, &in_body) > 0.0);
        let word_text = |t: &usize| {
            let s = headline.seg.tokens[*t].span;
            headline.text()[s.start..s.end].to_string()
        };
        let span = Span::new(
            headline.seg.tokens[range.start].span.start,
            headline.seg.tokens[range.end - 1].span.end,
        );
        clauses.push(ClauseSupport {
            clause: headline.text()[span.start..span.end].to_string(),
            span,
            score: round3(score),
            supported_words: supported.iter().map(word_text).collect(),
            unsupported_words: unsupported.iter().map(word_text).collect(),
            contradicted_words: contradicted.iter().map(word_text).collect(),
            evidence: if best.0 > 0.0 {
                (best.1..best.1 + best.2)
                    .map(|s| evidence(body, s))
                    .collect()
            } else {
                Vec::new()
            },
        });
        total += score * clause_weight;
        weight_sum += clause_weight;
    }
    let terms = term_support(matcher, headline, headline_loaded, body, &index);
    Support {
        score: if weight_sum > 0.0 {
            round3(total / weight_sum)
        } else {
            0.0
        },
        clauses,
        terms,
    }
}

fn term_support(
    matcher: &Matcher,
    headline: &FieldView,
    headline_loaded: &[Finding],
    body: &FieldView,
    index: &[HashMap<Concept, Vouch>],
) -> Vec<TermSupport> {
    // Entries matched in the body, by term, with the sentence of their first match.
    let mut body_terms: HashMap<&str, usize> = HashMap::default();
    for m in &body.found.matches {
        if let Payload::Term(id) = m.payload {
            let sentence = body.seg.tokens[m.tokens.start].sentence as usize;
            body_terms
                .entry(matcher.terms[id as usize].term.as_str())
                .or_insert(sentence);
        }
    }
    let mut out = Vec::new();
    for f in headline_loaded.iter().filter(|f| {
        f.voice == Voice::Outlet && EVALUATIVE_CATEGORIES.contains(&f.category.as_str())
    }) {
        let mut concepts: HashSet<Concept> = HashSet::default();
        let covered: Vec<usize> = (0..headline.seg.tokens.len())
            .filter(|&t| f.span.overlaps(&headline.seg.tokens[t].span))
            .collect();
        for m in &headline.found.matches {
            if let Payload::Paraphrase(s) = m.payload {
                if m.span.overlaps(&f.span) {
                    concepts.insert(Concept::Set(s));
                }
            }
        }
        if covered.len() == 1 {
            concepts.insert(Concept::Stem(headline.found.words[covered[0]].stem.clone()));
        }
        let mut best: Option<(f64, usize, usize)> = None;
        for (s, map) in index.iter().enumerate() {
            for c in &concepts {
                if let Some(v) = map.get(c) {
                    let (strength, token) = (v.for_polarity(false), v.token);
                    if best.is_none_or(|b| strength > b.0) {
                        best = Some((strength, s, token));
                    }
                }
            }
        }
        let same_entry = body_terms.get(f.term.as_str()).copied();
        let (status, via, evidence_sentence) = match (best, same_entry) {
            (Some((strength, s, token)), _) => {
                // Show the whole body phrase that backs it ("no room for compromise").
                let span = body
                    .found
                    .matches
                    .iter()
                    .filter(|m| {
                        m.tokens.contains(&token)
                            && matches!(m.payload, Payload::Paraphrase(set) if concepts.contains(&Concept::Set(set)))
                    })
                    .map(|m| m.span)
                    .max_by_key(|s| s.len())
                    .unwrap_or(body.seg.tokens[token].span);
                let status = if strength >= 1.0 {
                    SupportStatus::Supported
                } else {
                    SupportStatus::Weak
                };
                (
                    status,
                    vec![body.text()[span.start..span.end].to_string()],
                    Some(s),
                )
            }
            (None, Some(s)) => (SupportStatus::Weak, vec![f.term.clone()], Some(s)),
            (None, None) => (SupportStatus::Unsupported, Vec::new(), None),
        };
        out.push(TermSupport {
            term: f.term.clone(),
            text: f.text.clone(),
            span: f.span,
            category: f.category.clone(),
            status,
            via,
            evidence: evidence_sentence.map(|s| evidence(body, s)),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(headline: &str, body: &str) -> ClauseSupport {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let article = crate::Article::from_parts("t", Some(headline), body);
        let report = analyzer.analyze(&article);
        report.support.clauses[0].clone()
    }

    #[test]
    fn a_negated_body_statement_does_not_back_an_affirmative_headline() {
        let headline = "Coffee causes cancer";
        let affirmed = clause(
            headline,
            "A new study shows that coffee causes cancer in mice.",
        );
        let negated = clause(
            headline,
            "A new study could not show that coffee causes cancer in mice.",
        );
        assert_eq!(affirmed.supported_words, ["Coffee", "causes", "cancer"]);
        assert!(affirmed.contradicted_words.is_empty());
        assert_eq!(negated.supported_words, Vec::<String>::new());
        assert_eq!(negated.contradicted_words, ["Coffee", "causes", "cancer"]);
        assert!(
            negated.score < affirmed.score * NEGATED_FACTOR + 1e-9,
            "{} vs {}",
            negated.score,
            affirmed.score
        );
        // The subject before the cue is affirmed: only the predicate is contradicted.
        let partly = clause(headline, "Coffee does not cause cancer, the study found.");
        assert_eq!(partly.supported_words, ["Coffee"]);
        assert_eq!(partly.contradicted_words, ["causes", "cancer"]);
    }

    #[test]
    fn a_negated_headline_is_backed_by_a_negated_body() {
        let negated = clause(
            "Coffee does not cause cancer",
            "Coffee does not cause cancer, the study found.",
        );
        assert_eq!(negated.supported_words, ["Coffee", "cause", "cancer"]);
        let contradicted = clause(
            "Coffee does not cause cancer",
            "Coffee causes cancer, the study found.",
        );
        assert_eq!(contradicted.contradicted_words, ["cause", "cancer"]);
    }

    #[test]
    fn numbers_in_words_ordinals_and_digits_agree() {
        for w in ["3", "three", "third", "3rd"] {
            assert_eq!(small_number(w), Some(3), "{w}");
        }
        assert_eq!(small_number("21st"), Some(21));
        assert_eq!(small_number("2024"), Some(2024));
        assert_eq!(small_number("thirsty"), None);
        assert_eq!(small_number("st"), None);
    }
}
