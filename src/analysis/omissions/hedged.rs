/*!
Body sentences that report the headline's claim only as a possibility: "the evidence could
point to an approaching ice age" under "Ice Age Approaches". The headline states as fact what
the body says only may be so; the hedge is a caveat the headline leaves out.

A headline clause (split as the support check splits it) counts as hedged in the body when:

- the headline states it: no modal, hedge or question of its own, no negation in the clause,
  no caveat, denial or allegation noun (those already tell the reader it is unproven);
- a body clause takes up at least half its content words (two at least, names aside), each
  after a hedge in its stretch of the clause (between conjunctions — "and", "but", "while" … —
  and commas), or right before one as its subject ("a mini ice age could be due") ([`HEDGES`]: "could", "may", "might", "perhaps", "possible that",
  "likely to", …), none of them negated;
- and no body clause states as many of them without one: a body that also asserts the claim
  plainly backs the headline, whatever else it hedges.

The first such sentence is the omission, a caveat.
*/

use super::negated::{prescribes, ClaimContext, ClaimFinding};
use super::{shared_words, Omission, OmissionKind};
use crate::analysis::concepts::Concept;
use crate::analysis::support::clause_spans;
use crate::analysis::{in_a_supposition, is_a_question, FieldView};
use crate::vocab::Role;

/// The base strength of a body sentence that reports the headline's claim only as possible.
const HEDGED_CLAIM_BASE: f64 = 0.6;
/// How many of a headline clause's content words a body clause must take up at least, and
/// what share of them.
const HEDGED_CLAIM_WORDS: usize = 2;
const HEDGED_CLAIM_SHARE: f64 = 0.5;

/// Words that make what follows them in their clause a possibility, not a report. ("Would" is
/// left out: "said he would resign" reports a plan.)
/// (Each starts with c, l, m, p or u: [`is_hedge`] tests the first letter before the list.)
const HEDGES: &[&str] = &[
    "could",
    "likely",
    "may",
    "maybe",
    "might",
    "perhaps",
    "possible",
    "possibly",
    "potentially",
    "probably",
    "unlikely",
];

/// How far before its hedge a headline word may stand and still be its subject.
const MAX_SUBJECT_GAP: usize = 4;

/// Words that join two statements in one clause: a hedge on one side of them leaves the other
/// stated.
const CONJUNCTIONS: &[&str] = &[
    "although", "and", "because", "but", "or", "though", "whereas", "while",
];

/// One body clause's take on a headline clause: the headline words it takes up after a hedge
/// and without one, and the first hedge.
#[derive(Default)]
struct Take {
    clause: usize,
    hedged: Vec<usize>,
    plain: Vec<usize>,
    hedge: Option<usize>,
    /// The first and last body tokens that take up a headline word after the hedge.
    first_hedged: Option<usize>,
    last_hedged: usize,
}

/// Adds a caveat omission for the first body sentence that reports a headline clause only as
/// possible, where no body clause states it plainly (see the module notes).
pub(super) fn hedged_claims(cx: &ClaimContext, best: &mut [Option<Omission>]) {
    let head = cx.head;
    if head.hedged
        || head.alleges
        || head
            .roles
            .iter()
            .any(|r| matches!(r, Role::Caveat | Role::Denial))
    {
        return;
    }
    let headline = cx.headline;
    let negated = headline.negated();
    let mut sentences: Option<Sentences> = None;
    for clause in clause_spans(headline) {
        // "No Sunspots For 96 Days; Ice Age Approaches": a negation governs its own clause.
        if clause.clone().any(|t| negated[t]) {
            continue;
        }
        let words: Vec<usize> = clause
            .filter(|&t| {
                !headline.found.words[t].is_stopword
                    && cx
                        .concepts
                        .headline
                        .of(t)
                        .iter()
                        .any(|&c| !matches!(cx.concepts.concept(c), Concept::Entity(_)))
            })
            .collect();
        if words.len() < HEDGED_CLAIM_WORDS {
            continue;
        }
        let needed =
            HEDGED_CLAIM_WORDS.max((HEDGED_CLAIM_SHARE * words.len() as f64).ceil() as usize);
        let sentences = sentences.get_or_insert_with(|| Sentences::new(cx));
        if let Some((sentence, take)) = only_hedged(cx, sentences, &words, needed) {
            add(cx, best, sentence, &take, &words);
        }
    }
}

/// Which body sentences can report the claim (not furniture, not a question), and which hold a
/// hedge: read once per article, for every headline clause.
struct Sentences {
    readable: Vec<bool>,
    hedged: Vec<bool>,
}

impl Sentences {
    fn new(cx: &ClaimContext) -> Sentences {
        let body = cx.body;
        let n = body.seg.sentences.len();
        let readable = (0..n)
            .map(|i| cx.furniture.get(i) != Some(&true) && !is_a_question(body, i))
            .collect();
        let hedged = body
            .seg
            .sentences
            .iter()
            .map(|s| s.tokens.clone().any(|k| is_hedge(body, k)))
            .collect();
        Sentences { readable, hedged }
    }
}

/// The first body sentence whose clause takes up `needed` of the headline clause's `words`
/// under a hedge, unless some clause takes them up plainly. Sentences without a hedge are read
/// only once a hedged one is found: most articles never get that far.
fn only_hedged(
    cx: &ClaimContext,
    sentences: &Sentences,
    words: &[usize],
    needed: usize,
) -> Option<(usize, Take)> {
    let body = cx.body;
    // Each headline concept of the clause and its word (an index into `words`), by concept.
    let mut concept_word: Vec<(u32, usize)> = words
        .iter()
        .enumerate()
        .flat_map(|(w, &t)| cx.concepts.headline.of(t).iter().map(move |&c| (c, w)))
        .collect();
    concept_word.sort_unstable();
    let word_of = |t: usize| {
        cx.concepts.body.of(t).iter().find_map(|c| {
            concept_word
                .binary_search_by_key(c, |&(k, _)| k)
                .ok()
                .map(|k| concept_word[k].1)
        })
    };
    let first = (0..body.seg.sentences.len())
        .filter(|&i| sentences.readable[i] && sentences.hedged[i])
        .find_map(|i| {
            takes_of(cx, i, &word_of)
                .into_iter()
                .find(|take| take.hedged.len() >= needed)
                .map(|take| (i, take))
        })?;
    let stated = (0..body.seg.sentences.len())
        .filter(|&i| sentences.readable[i])
        .any(|i| {
            takes_of(cx, i, &word_of)
                .iter()
                .any(|take| take.plain.len() >= needed)
        });
    (!stated).then_some(first)
}

/// How each clause of body sentence `i` takes up the headline clause's words (`word_of` gives
/// a token's word, if any): under a hedge or plainly.
fn takes_of(cx: &ClaimContext, i: usize, word_of: &dyn Fn(usize) -> Option<usize>) -> Vec<Take> {
    let body = cx.body;
    let sentence = &body.seg.sentences[i];
    let mut takes: Vec<Take> = Vec::new();
    for t in sentence.tokens.clone() {
        let Some(w) = word_of(t) else {
            continue;
        };
        if cx.negated[t] {
            continue;
        }
        let clause = cx.bearing.clause_of(t);
        // The stretch of the clause between conjunctions and marks: "the sun is going dark
        // and the evidence could point to an ice age" hedges only what follows its "and".
        let text = body.text().as_bytes();
        let breaks_before = |k: usize| {
            CONJUNCTIONS.contains(&body.seg.lower_at(k))
                || text[body.seg.tokens[k - 1].span.end..body.seg.tokens[k].span.start]
                    .iter()
                    .any(|b| matches!(b, b',' | b';' | b':' | b'('))
        };
        let mut start = t;
        while start > sentence.tokens.start
            && cx.bearing.clause_of(start - 1) == clause
            && !breaks_before(start)
        {
            start -= 1;
        }
        let mut end = t + 1;
        while end < sentence.tokens.end
            && cx.bearing.clause_of(end) == clause
            && !breaks_before(end)
        {
            end += 1;
        }
        // A hedge before the word in its stretch governs it; so does one right after it,
        // of which it is the subject ("a mini ice age could be due to hit").
        let before = (start..t).rev().find(|&k| is_hedge(body, k));
        let after = (t + 1..end.min(t + 1 + MAX_SUBJECT_GAP)).find(|&k| is_hedge(body, k));
        // "it is possible that we will see an ice age": the hedge governs the clause its
        // "that" opens.
        let opened = (start > sentence.tokens.start
            && body.seg.lower_at(start) == "that"
            && is_hedge(body, start - 1))
        .then(|| start - 1);
        let hedge = before.or(after).or(opened);
        // A hedge further on in the stretch leaves the word's reading open.
        let open = hedge.is_none() && (t + 1..end).any(|k| is_hedge(body, k));
        let take = match takes.iter_mut().position(|x| x.clause == clause) {
            Some(k) => &mut takes[k],
            None => {
                takes.push(Take {
                    clause,
                    ..Take::default()
                });
                takes.last_mut().expect("just pushed")
            }
        };
        match hedge {
            Some(k) => {
                if !take.hedged.contains(&w) {
                    take.hedged.push(w);
                }
                take.hedge.get_or_insert(k);
                take.first_hedged.get_or_insert(t);
                take.last_hedged = t;
            }
            None if !open
                && !in_a_supposition(body, t)
                && !prescribes(body, cx.bearing, t)
                && !take.plain.contains(&w) =>
            {
                take.plain.push(w);
            }
            None => {}
        }
    }
    takes
}

/// Whether token `k` hedges what follows it: one of [`HEDGES`], and not the month ("in May").
fn is_hedge(body: &FieldView, k: usize) -> bool {
    let seg = &body.seg;
    let word = seg.lower_at(k);
    // Every hedge starts with one of these letters: most words are ruled out by their first.
    matches!(
        word.as_bytes().first(),
        Some(b'c' | b'l' | b'm' | b'p' | b'u')
    ) && HEDGES.contains(&word)
        && !(seg.tokens[k].capitalized
            && seg.sentences[seg.tokens[k].sentence as usize].tokens.start != k)
}

/// Records the omission for body sentence `i`, unless a stronger one holds it.
fn add(cx: &ClaimContext, best: &mut [Option<Omission>], i: usize, take: &Take, words: &[usize]) {
    let body = cx.body;
    let (depth, strength) = cx.placed(i, HEDGED_CLAIM_BASE);
    if best[i].as_ref().is_some_and(|o| o.strength >= strength) {
        return;
    }
    let Some(hedge) = take.hedge else {
        return;
    };
    let mut own: Vec<u32> = take
        .hedged
        .iter()
        .flat_map(|&w| cx.concepts.headline.of(words[w]).iter().copied())
        .collect();
    own.sort_unstable();
    own.dedup();
    let bears_on = shared_words(cx.headline, cx.concepts, &own);
    // The hedge and the headline's words it governs, in text order ("a mini ice age could").
    let first = take.first_hedged.map_or(hedge, |f| f.min(hedge));
    let last = take.last_hedged.max(hedge);
    let phrase = &body.text()[body.seg.tokens[first].span.start..body.seg.tokens[last].span.end];
    let why = format!(
        "the body says only that it may be so (“{phrase}”); the headline (“{}”) states it as fact",
        bears_on.join("”, “")
    );
    best[i] = Some(cx.omission(
        i,
        ClaimFinding {
            kind: OmissionKind::Caveat,
            strength,
            depth,
            cue_span: body.seg.tokens[hedge].span,
            bears_on,
            why,
        },
    ));
}

#[cfg(test)]
mod tests {
    use crate::analysis::omissions::tests::omissions_of;
    use crate::analysis::omissions::OmissionKind;

    const FILLER: &str = "Astronomers have counted sunspots for centuries. \
        The count rises and falls over an eleven-year cycle. ";

    #[test]
    fn every_hedge_starts_with_a_letter_the_quick_test_knows() {
        for hedge in super::HEDGES {
            assert!("clmpu".contains(&hedge[..1]), "{hedge}");
        }
    }

    #[test]
    fn a_claim_the_body_reports_only_as_possible_is_a_caveat() {
        let headline = "Sun Goes Quiet; Ice Age Approaches";
        let flag = format!(
            "{FILLER}The sun has shown no spots for 96 days. \
             Some researchers say the quiet spell could point to an approaching ice age."
        );
        let found = omissions_of(headline, &flag);
        let first = found.first().expect("an omission");
        assert_eq!(first.kind, OmissionKind::Caveat);
        assert_eq!(first.cue, "could");
        assert!(first.why.contains("states it as fact"), "{}", first.why);
        assert!(
            first.bears_on.iter().any(|w| w == "Ice"),
            "{:?}",
            first.bears_on
        );
    }

    #[test]
    fn a_body_that_also_states_the_claim_or_a_hedged_headline_leaves_nothing_out() {
        // The body states it plainly too.
        let headline = "Sun Goes Quiet; Ice Age Approaches";
        let pass = format!(
            "{FILLER}An ice age approaches, the survey concludes. \
             Some researchers say the quiet spell could point to an approaching ice age."
        );
        assert!(
            omissions_of(headline, &pass).is_empty(),
            "{:?}",
            omissions_of(headline, &pass)
        );
        // The headline hedges its claim itself.
        let headline = "Sun Goes Quiet; Ice Age May Be Approaching";
        let pass = format!(
            "{FILLER}Some researchers say the quiet spell could point to an approaching ice age."
        );
        assert!(omissions_of(headline, &pass).is_empty());
        // One headline word after a hedge is no report of the claim.
        let headline = "Council Approves Bypass Plan";
        let pass = format!(
            "{FILLER}The council approved the bypass on Monday. Traffic may ease by spring."
        );
        assert!(omissions_of(headline, &pass).is_empty());
    }
}
