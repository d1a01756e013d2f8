/*!
Body sentences that negate the headline's claim outright, without a counter-evidence cue:
"the airline does not have plans to separate passengers" against "Airline plans to separate
passengers".
*/

use super::{round3, shared_words, HeadlineCues, Omission, OmissionKind};
use crate::analysis::concepts::{ArticleConcepts, Concept};
use crate::analysis::FieldView;
use crate::vocab::Role;

/// What [`negated_claims`] reads.
pub(super) struct NegatedClaims<'a, 'v> {
    pub(super) headline: &'a FieldView<'v>,
    pub(super) body: &'a FieldView<'v>,
    pub(super) concepts: &'a ArticleConcepts<'a>,
    pub(super) sets: &'a [Vec<u32>],
    pub(super) in_headline: &'a [bool],
    pub(super) negated: &'a [bool],
    pub(super) salience: &'a [f64],
    pub(super) furniture: &'a [bool],
    pub(super) head: &'a HeadlineCues,
}

/// The base strength of a body sentence that negates the headline's claim.
const NEGATED_CLAIM_BASE: f64 = 0.65;
/// How many of the headline's words (other than names) a sentence must negate at least, and
/// what share of them: one negated word in passing is not a denial of the claim.
const NEGATED_CLAIM_WORDS: usize = 2;
const NEGATED_CLAIM_SHARE: f64 = 0.4;

/// Body sentences that say the headline's claim does not hold: at least
/// [`NEGATED_CLAIM_WORDS`] of the headline's concepts (names aside) in a negation's scope
/// ("the airline does not have plans to separate passengers" against "airline plans to
/// separate passengers"). A contrary omission, unless the sentence already has a stronger cue;
/// not when the headline itself negates.
pub(super) fn negated_claims(cx: &NegatedClaims, best: &mut [Option<Omission>]) {
    if cx.head.roles.contains(&Role::Denial) {
        return;
    }
    let body = cx.body;
    let n = body.seg.sentences.len();
    let mut claim: Vec<u32> = (0..cx.concepts.headline.len())
        .flat_map(|t| cx.concepts.headline.of(t).iter().copied())
        .filter(|&c| !matches!(cx.concepts.concept(c), Concept::Entity(_)))
        .collect();
    claim.sort_unstable();
    claim.dedup();
    let needed =
        NEGATED_CLAIM_WORDS.max((NEGATED_CLAIM_SHARE * claim.len() as f64).ceil() as usize);
    for (i, sentence) in body.seg.sentences.iter().enumerate() {
        if cx.furniture.get(i) == Some(&true) {
            continue;
        }
        let mut hit: Vec<u32> = Vec::new();
        let mut first_negated = None;
        for t in sentence.tokens.clone() {
            if !cx.negated[t] {
                continue;
            }
            for &c in cx.concepts.body.of(t) {
                if cx.in_headline[c as usize]
                    && !matches!(cx.concepts.concept(c), Concept::Entity(_))
                    && !hit.contains(&c)
                {
                    hit.push(c);
                    first_negated.get_or_insert(t);
                }
            }
        }
        if hit.len() < needed {
            continue;
        }
        let depth = if n < 2 {
            0.0
        } else {
            i as f64 / (n - 1) as f64
        };
        let strength =
            round3((NEGATED_CLAIM_BASE * (0.7 + 0.15 * cx.salience[i] + 0.15 * depth)).min(1.0));
        if best[i].as_ref().is_some_and(|o| o.strength >= strength) {
            continue;
        }
        let own = &cx.sets[i];
        let shared = own.iter().filter(|&&c| cx.in_headline[c as usize]).count();
        hit.sort_unstable();
        let bears_on = shared_words(cx.headline, cx.concepts, &hit);
        // The negator: the last negation word before the first negated headline word.
        let at = first_negated.unwrap_or(sentence.tokens.start);
        let cue_token = (sentence.tokens.start..at)
            .rev()
            .find(|&t| !cx.negated[t])
            .unwrap_or(at);
        let cue_span = body.seg.tokens[cue_token].span;
        let why = format!(
            "the body says it does not hold; the headline (“{}”) states it as fact",
            bears_on.join("”, “")
        );
        let mut reasons = vec![why.clone()];
        if depth >= 0.5 {
            reasons.push(format!("it is low in the body (sentence {} of {n})", i + 1));
        }
        best[i] = Some(Omission {
            kind: OmissionKind::Contrary,
            strength,
            sentence: i,
            span: sentence.span,
            text: body.sentence_text(i).to_string(),
            cue: body.text()[cue_span.start..cue_span.end].to_string(),
            cue_span,
            bears_on,
            why,
            salience: cx.salience[i],
            headline_coverage: round3(if own.is_empty() {
                0.0
            } else {
                shared as f64 / own.len() as f64
            }),
            valence: 0.0,
            frames: Vec::new(),
            reasons,
        });
    }
}
