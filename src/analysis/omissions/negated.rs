/*!
Body sentences that negate the headline's claim outright, without a counter-evidence cue:
"the airline does not have plans to separate passengers" against "Airline plans to separate
passengers".
*/

use super::bearing::Bearing;
use super::{round3, shared_words, HeadlineCues, Omission, OmissionKind};
use crate::analysis::concepts::{ArticleConcepts, Concept};
use crate::analysis::FieldView;
use crate::vocab::{Role, Span};

/// What [`negated_claims`] and [`super::hedged::hedged_claims`] read: the headline and body, the
/// concepts they share, and the body sentences' salience and furniture.
pub(super) struct ClaimContext<'a, 'v> {
    pub(super) headline: &'a FieldView<'v>,
    pub(super) body: &'a FieldView<'v>,
    pub(super) concepts: &'a ArticleConcepts<'a>,
    pub(super) sets: &'a [Vec<u32>],
    pub(super) in_headline: &'a [bool],
    pub(super) negated: &'a [bool],
    pub(super) salience: &'a [f64],
    pub(super) furniture: &'a [bool],
    pub(super) head: &'a HeadlineCues,
    pub(super) bearing: &'a Bearing<'a, 'v>,
}

impl ClaimContext<'_, '_> {
    /// How far down the body sentence `i` sits (0 for the first, 1 for the last), and the
    /// strength of a claim omission of base `base` there: buried counter-evidence weighs more.
    pub(super) fn placed(&self, i: usize, base: f64) -> (f64, f64) {
        let n = self.body.seg.sentences.len();
        let depth = if n < 2 {
            0.0
        } else {
            i as f64 / (n - 1) as f64
        };
        let strength = round3((base * (0.7 + 0.15 * self.salience[i] + 0.15 * depth)).min(1.0));
        (depth, strength)
    }

    /// The omission of body sentence `i`, with its reasons and its share of headline concepts.
    pub(super) fn omission(&self, i: usize, found: ClaimFinding) -> Omission {
        let body = self.body;
        let n = body.seg.sentences.len();
        let mut reasons = vec![found.why.clone()];
        if found.depth >= 0.5 {
            reasons.push(format!("it is low in the body (sentence {} of {n})", i + 1));
        }
        let own = &self.sets[i];
        let shared = own
            .iter()
            .filter(|&&c| self.in_headline[c as usize])
            .count();
        let cue_span = found.cue_span;
        Omission {
            kind: found.kind,
            strength: found.strength,
            sentence: i,
            span: body.seg.sentences[i].span,
            text: body.sentence_text(i).to_string(),
            cue: body.text()[cue_span.start..cue_span.end].to_string(),
            cue_span,
            bears_on: found.bears_on,
            why: found.why,
            salience: self.salience[i],
            headline_coverage: round3(if own.is_empty() {
                0.0
            } else {
                shared as f64 / own.len() as f64
            }),
            valence: 0.0,
            frames: Vec::new(),
            reasons,
        }
    }
}

/// What a claim rule found in one body sentence.
pub(super) struct ClaimFinding {
    pub(super) kind: OmissionKind,
    pub(super) strength: f64,
    pub(super) depth: f64,
    pub(super) cue_span: Span,
    pub(super) bears_on: Vec<String>,
    pub(super) why: String,
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
pub(super) fn negated_claims(cx: &ClaimContext, best: &mut [Option<Omission>]) {
    // A headline with a negation of its own ("Hands up, don't shoot") leaves the polarity of
    // a negated sentence open.
    // Nor does one that reports a side's response ("White House Plays Down Data Program"):
    // that side saying the claim does not hold is the response it reports.
    if cx.head.roles.contains(&Role::Denial) || cx.head.negates || cx.head.reports_a_response() {
        return;
    }
    let body = cx.body;
    let claim = cx.bearing.headline_content_words();
    let needed = NEGATED_CLAIM_WORDS.max((NEGATED_CLAIM_SHARE * claim as f64).ceil() as usize);
    for (i, sentence) in body.seg.sentences.iter().enumerate() {
        if cx.furniture.get(i) == Some(&true) || crate::analysis::is_a_question(body, i) {
            continue;
        }
        let mut hit: Vec<u32> = Vec::new();
        let mut negated_words: Vec<usize> = Vec::new();
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
                    negated_words.push(t);
                }
            }
        }
        // Headline words, not names and each once, in one clause: "did not mention Judge
        // Kavanaugh's name" negates no part of a claim about him, and "…did not say schools
        // were bad, and he said there was a role for education" negates no "education".
        let Some(clause) = most_negated_clause(cx.bearing, &negated_words, needed) else {
            continue;
        };
        negated_words.retain(|&t| cx.bearing.clause_of(t) == clause);
        let first_negated = negated_words.first().copied();
        let (depth, strength) = cx.placed(i, NEGATED_CLAIM_BASE);
        if best[i].as_ref().is_some_and(|o| o.strength >= strength) {
            continue;
        }
        hit.sort_unstable();
        let bears_on = shared_words(cx.headline, cx.concepts, &hit);
        // The negator: the last negation word before the first negated headline word.
        let at = first_negated.unwrap_or(sentence.tokens.start);
        let cue_token = (sentence.tokens.start..at)
            .rev()
            .find(|&t| !cx.negated[t])
            .unwrap_or(at);
        // "if she were president, she would not abandon the deal": a negation under a modal
        // is a supposition, not a report that the claim does not hold.
        // So is one inside an "if" clause ("…if the senator had not backed the deal"), and
        // one in a clause that says what ought to be ("should be scrapped without this
        // threat").
        if reinforces(body, cue_token)
            || affirms_by_understatement(body, cue_token)
            || sets_aside(body, cue_token)
            || asks_not_to(body, cue_token)
            || crate::analysis::under_a_modal(body, cue_token)
            || crate::analysis::in_a_supposition(body, cue_token)
            || prescribes(body, cx.bearing, cue_token)
        {
            continue;
        }
        let why = format!(
            "the body says it does not hold; the headline (“{}”) states it as fact",
            bears_on.join("”, “")
        );
        best[i] = Some(cx.omission(
            i,
            ClaimFinding {
                kind: OmissionKind::Contrary,
                strength,
                depth,
                cue_span: body.seg.tokens[cue_token].span,
                bears_on,
                why,
            },
        ));
    }
}

/// The clause whose negated words take on at least `needed` headline words (not names), if
/// one does.
fn most_negated_clause(bearing: &Bearing, words: &[usize], needed: usize) -> Option<usize> {
    let mut clauses: Vec<usize> = words.iter().map(|&t| bearing.clause_of(t)).collect();
    clauses.dedup();
    clauses.into_iter().find(|&clause| {
        let in_clause: Vec<usize> = words
            .iter()
            .copied()
            .filter(|&t| bearing.clause_of(t) == clause)
            .collect();
        bearing.shared(&in_clause).content >= needed
    })
}

/// Words after a negator that make it stress a claim, not deny it: "not the first time he has
/// accused…", "not only…", "not just…".
const REINFORCING: &[&[&str]] = &[
    &["the", "first"],
    &["the", "only"],
    &["the", "last"],
    &["for", "the", "first"],
    &["only"],
    &["just"],
    &["alone"],
];

/// Whether the negator at token `t` stresses the claim rather than denying it.
fn reinforces(body: &FieldView, t: usize) -> bool {
    let tokens = &body.seg.tokens;
    REINFORCING.iter().any(|words| {
        words.iter().enumerate().all(|(k, w)| {
            tokens.get(t + 1 + k).is_some_and(|next| {
                next.sentence == tokens[t].sentence && body.seg.lower(next) == *w
            })
        })
    })
}

/// Words that turn a negation into an affirmation by understatement: "None of this should come
/// as a surprise", "it is no secret that", "no accident that".
const UNDERSTATED: &[&str] = &[
    "accident",
    "coincidence",
    "exaggeration",
    "secret",
    "surprise",
    "surprised",
    "surprising",
    "wonder",
];

/// How many words after a negator an understatement's word may stand ("None of the
/// encroachments of Islam in public schools should come as any real surprise").
const UNDERSTATEMENT_REACH: usize = 14;

/// Whether the negator at `t` affirms by understatement: one of [`UNDERSTATED`] follows it in
/// its sentence, within [`UNDERSTATEMENT_REACH`] words.
fn affirms_by_understatement(body: &FieldView, t: usize) -> bool {
    let seg = &body.seg;
    let sentence = seg.tokens[t].sentence;
    (t + 1..(t + 1 + UNDERSTATEMENT_REACH).min(seg.tokens.len()))
        .take_while(|&j| seg.tokens[j].sentence == sentence)
        .any(|j| UNDERSTATED.contains(&seg.lower_at(j)))
}

/// Verbs that ask, urge or wish: what they ask someone not to do is a request, not a report
/// of what was done.
const DIRECTIVES: &[&str] = &[
    "advise",
    "advised",
    "advises",
    "advising",
    "ask",
    "asked",
    "asking",
    "asks",
    "beg",
    "begged",
    "begging",
    "begs",
    "encourage",
    "encouraged",
    "encourages",
    "encouraging",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "implore",
    "implored",
    "implores",
    "imploring",
    "plead",
    "pleaded",
    "pleading",
    "pleads",
    "pled",
    "press",
    "pressed",
    "presses",
    "pressing",
    "pressure",
    "pressured",
    "pressures",
    "pressuring",
    "tell",
    "telling",
    "tells",
    "told",
    "urge",
    "urged",
    "urges",
    "urging",
    "want",
    "wanted",
    "wanting",
    "wants",
    "warn",
    "warned",
    "warning",
    "warns",
    "wish",
    "wished",
    "wishes",
    "wishing",
];

/// How far back from "not to" the asking verb may stand: past its object ("urged Mr. Trump
/// not to", "asked the court's justices not to").
const DIRECTIVE_REACH: usize = 5;

/// Whether the negator at `t` opens an infinitive asked for ("Republicans urged Mr. Trump not
/// to declare a national emergency"): the request denies nothing the headline reports done.
fn asks_not_to(body: &FieldView, t: usize) -> bool {
    let seg = &body.seg;
    let sentence = seg.tokens[t].sentence;
    if seg.lower_at(t) != "not"
        || !seg
            .tokens
            .get(t + 1)
            .is_some_and(|n| n.sentence == sentence && seg.lower(n) == "to")
    {
        return false;
    }
    (t.saturating_sub(DIRECTIVE_REACH)..t)
        .filter(|&j| seg.tokens[j].sentence == sentence)
        .any(|j| DIRECTIVES.binary_search(&seg.lower_at(j)).is_ok())
}

/// Modal words of obligation: a clause that says what ought to be done reports nothing done.
const OBLIGATION: &[&str] = &["must", "ought", "shall", "should"];

/// Whether the negator at `t` stands in a clause of obligation: one of [`OBLIGATION`] before
/// it in its clause ("the pact should be scrapped without this threat of tariffs").
pub(super) fn prescribes(body: &FieldView, bearing: &Bearing, t: usize) -> bool {
    let sentence = body.seg.tokens[t].sentence as usize;
    let clause = bearing.clause_of(t);
    (body.seg.sentences[sentence].tokens.start..t)
        .rev()
        .take_while(|&j| bearing.clause_of(j) == clause)
        .any(|j| OBLIGATION.contains(&body.seg.lower_at(j)))
}

/// Whether the negator at `t` sets an alternative aside after a comma ("he seemed like a
/// guest at a comedy roast, not a vice president debating"): the sentence affirms what
/// precedes the comma and denies nothing the headline claims.
fn sets_aside(body: &FieldView, t: usize) -> bool {
    let tokens = &body.seg.tokens;
    body.seg.lower_at(t) == "not"
        && t > 0
        && tokens[t - 1].sentence == tokens[t].sentence
        && body.text()[tokens[t - 1].span.end..tokens[t].span.start].contains(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_sorted() {
        let mut s = DIRECTIVES.to_vec();
        s.sort_unstable();
        assert_eq!(s, DIRECTIVES);
    }
}
