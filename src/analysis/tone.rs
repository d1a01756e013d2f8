/*!
Tone: lexicon-based valence of headline and body, negation-aware.

Each valence word scores −4…+4. A negator among the three words before it ("not", "no",
"never", "n't", "without", "hardly", "no intention of") flips its sign and halves it: "not
interested" is mildly negative, not positive. A field's tone is the mean score of its valence
words divided by 4, in [−1, 1]; the gap is headline minus body.
*/

use serde::{Deserialize, Serialize};

use super::FieldView;
use crate::lexicon::Payload;
use crate::text::negation::is_syntactic_negator;
use crate::text::wordlist::WordList;
use crate::text::Voice;
use crate::vocab::round3;

/// Words that weaken a valence word the way a negator does ("hardly helpful"), beside the
/// syntactic negators of [`crate::text::negation`]. They are not negations of a claim, so
/// headline support does not use them.
const SHIFTERS: &[&str] = &[
    "barely", "hardly", "lack", "lacked", "lacking", "lacks", "rarely",
];

/// How far back a negator reaches, in words.
const NEGATION_WINDOW: usize = 3;

/// One scored valence word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValenceHit {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The score after negation.
    pub score: f64,
    pub negated: bool,
}

/// Tone of one field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldTone {
    /// Mean valence / 4, in [−1, 1]; 0 when no valence word is found.
    pub tone: f64,
    pub positive: usize,
    pub negative: usize,
    /// The strongest words, by absolute score (at most 8).
    pub top: Vec<ValenceHit>,
}

/// Tone of headline and body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tone {
    pub headline: FieldTone,
    pub body: FieldTone,
    /// Headline tone minus body tone: negative when the headline is darker than the body.
    pub gap: f64,
}

fn is_negator(lower: &str) -> bool {
    const LIST: WordList = WordList::new(SHIFTERS);
    is_syntactic_negator(lower)
        || (LIST.may_contain(lower) && SHIFTERS.binary_search(&lower).is_ok())
}

/// Scored valence words of a field; quoted words are left out (a source's tone is not the
/// outlet's), and so are names ("Dave Brat celebrated", "Hope Hicks").
pub fn valence_hits(view: &FieldView) -> Vec<ValenceHit> {
    let tokens = &view.seg.tokens;
    let mut names = NamesOfField::default();
    let mut hits: Vec<ValenceHit> = Vec::new();
    for m in &view.found.matches {
        let Payload::Valence(score) = m.payload else {
            continue;
        };
        let first = m.tokens.start;
        if tokens[first].voice == Voice::Quoted {
            continue;
        }
        if m.tokens.clone().any(|i| names.is_name(view, i)) {
            continue;
        }
        // Inside a valence phrase already scored ("win-win", "no room for compromise"), the
        // phrase speaks for its words.
        if hits.last().is_some_and(|h| m.span.start < h.end) {
            continue;
        }
        let sentence = tokens[first].sentence;
        let negated = (first.saturating_sub(NEGATION_WINDOW)..first)
            .any(|j| tokens[j].sentence == sentence && is_negator(view.seg.lower_at(j)));
        let score = if negated {
            -f64::from(score) / 2.0
        } else {
            f64::from(score)
        };
        hits.push(ValenceHit {
            text: view.text()[m.span.start..m.span.end].to_string(),
            start: m.span.start,
            end: m.span.end,
            score,
            negated,
        });
    }
    hits
}

/// Which capitalised words of a field are names. A word capitalised inside a sentence is one
/// ("Dave Brat celebrated"); so is the same word capitalised where a sentence starts, once the
/// field has used it as a name ("Brat said…"). In Title Case text capitalisation says nothing.
#[derive(Default)]
struct NamesOfField {
    /// Lower-cased words used as names inside a sentence, gathered when first needed.
    inside_sentences: Option<Vec<String>>,
}

impl NamesOfField {
    fn is_name(&mut self, view: &FieldView, i: usize) -> bool {
        let seg = &view.seg;
        if seg.title_case || !seg.tokens[i].capitalized {
            return false;
        }
        if seg.looks_like_name(view.text(), i) {
            return true;
        }
        let names = self.inside_sentences.get_or_insert_with(|| {
            let mut words: Vec<String> = (0..seg.tokens.len())
                .filter(|&j| seg.looks_like_name(view.text(), j))
                .map(|j| seg.lower_at(j).to_string())
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        });
        names
            .binary_search_by(|w| w.as_str().cmp(seg.lower_at(i)))
            .is_ok()
    }
}

/// Tone of one field.
pub fn field_tone(view: &FieldView) -> FieldTone {
    let hits = valence_hits(view);
    let sum: f64 = hits.iter().map(|h| h.score).sum();
    let tone = if hits.is_empty() {
        0.0
    } else {
        sum / (4.0 * hits.len() as f64)
    };
    let mut top = hits.clone();
    top.sort_by(|a, b| {
        b.score
            .abs()
            .total_cmp(&a.score.abs())
            .then(a.start.cmp(&b.start))
    });
    top.truncate(8);
    top.sort_by_key(|h| h.start);
    FieldTone {
        tone: round3(tone),
        positive: hits.iter().filter(|h| h.score > 0.0).count(),
        negative: hits.iter().filter(|h| h.score < 0.0).count(),
        top,
    }
}

/// Tone of headline and body and the gap between them.
pub fn tone(headline: Option<&FieldView>, body: &FieldView) -> Tone {
    let headline = headline.map(field_tone).unwrap_or_default();
    let body = field_tone(body);
    Tone {
        gap: round3(headline.tone - body.tone),
        headline,
        body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negators_are_sorted() {
        let mut s = SHIFTERS.to_vec();
        s.sort_unstable();
        assert_eq!(s, SHIFTERS);
    }

    fn body_tone_words(body: &str) -> Vec<String> {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let article = crate::Article::from_parts("t", Some("Brat wins the primary"), body);
        let report = analyzer.analyze(&article);
        report.tone.body.top.into_iter().map(|h| h.text).collect()
    }

    #[test]
    fn a_name_is_no_tone_word() {
        let words = body_tone_words(
            "Dave Brat celebrated his victory on Tuesday. Brat thanked his volunteers. \
             The brat next door was rude.",
        );
        assert_eq!(words, ["celebrated", "victory", "brat", "rude"]);
    }

    #[test]
    fn recognises_contracted_negation() {
        assert!(is_negator("won't") && is_negator("didn't") && is_negator("not"));
        assert!(!is_negator("note"));
    }
}
