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
`NEGATED_FACTOR` of its strength, and the other way round for a negated headline word.

The verdict on each headline word (supported, unsupported, contradicted) reads the body more
strictly than the score does, because an editor must be able to sign it: [`polarity`] decides
which negated mentions really deny ("did not *accuse*") and which deny nothing ("not the first
time he has accused", "should not abuse"); [`claims`] decides which headline words make no
claim of their own (names, role nouns, time words, the outlet's label, bare numbers) and which
have a negative meaning that a negation cannot contradict ("falls short"); [`numbers`] matches
"30", "thirty" and "dozens".

Refutation counts too: in a body clause that carries a `denial` cue ("denied", "is false",
"a hoax"), every word but the names is taken as refuted, so a headline term the body mentions
only in negations and refutations is *contradicted*, not supported; and the more of the headline's concepts
such clauses carry, the lower the score (its part above `PENALTY_FLOOR` shrinks to
`1 − REFUTED_PENALTY`). A headline that itself denies or debunks ("a hoax") is the reverse: the
body must carry a denial too, or the same share goes (`UNBACKED_DENIAL_PENALTY`). Page furniture
([`super::furniture`]) is never evidence.

Each headline term whose role makes a claim (evaluative, label, stance, implicative:
[`Role::makes_claim`]) is checked on its own: supported when the body uses the same entry or a word of one of its paraphrase sets,
else reported as unsupported.
*/

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::{Deserialize, Serialize};

use super::concepts::{ArticleConcepts, Concept};
use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::vocab::{round3, Finding, Role, Span, Voice};

mod claims;
mod numbers;
mod polarity;

use polarity::{strict_polarity, Polarity};

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

/// How much of the score a refutation of the whole headline takes away.
const REFUTED_PENALTY: f64 = 0.7;
/// The penalties take a score down towards this, never below it: a refuting body is still
/// about the headline's story, and must still rank above a body about another story.
const PENALTY_FLOOR: f64 = 0.35;
/// How much of the score goes when the headline denies or debunks ("a hoax", "fake") and
/// the body carries no denial at all: the headline's main claim is then its own.
const UNBACKED_DENIAL_PENALTY: f64 = 0.7;

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
    /// Claims of the headline the body does not back: its evaluative terms (the outlet's own
    /// loaded words) and its figures. Only these are called unsupported: an editor signs
    /// "nothing in the body says *floundering*", not "the body never uses the word *step*".
    pub unsupported_words: Vec<String>,
    /// The clause's other words the body does not use (a plain verb or noun it paraphrases in
    /// ways no lexicon knows): coverage for research, lowering the clause's score, never a
    /// verdict.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unechoed_words: Vec<String>,
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
    /// The body mentions it only to deny or refute it.
    Contradicted,
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
    /// For an unsupported or contradicted term: what the body says instead (the strongest
    /// counter-evidence bearing on it), when it says anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instead: Option<Evidence>,
}

/// Headline support.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Support {
    /// Weighted mean of the clause scores, less the refutation penalty, in [0, 1]; 0 without
    /// a headline.
    pub score: f64,
    /// Share of the headline's concepts (names aside) that refuting body clauses carry, in
    /// [0, 1].
    #[serde(default)]
    pub refuted: f64,
    pub clauses: Vec<ClauseSupport>,
    pub terms: Vec<TermSupport>,
}

/// How strongly each token can vouch for its concepts: 1, or 0.5 for the outlet's own loaded
/// words.
fn strengths(view: &FieldView, loaded: &[Finding]) -> Vec<f64> {
    let mut strength = vec![1.0; view.seg.tokens.len()];
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
    strength
}

/// Where a concept occurs in one body sentence: the strongest affirmed and negated mentions
/// there, and the token of the strongest mention (affirmed ones first, the first of equals).
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    sentence: u32,
    token: u32,
    /// Strongest affirmed mention (0 when none).
    affirmed: f64,
    /// Strongest mention in a negation's scope (0 when none).
    negated: f64,
}

impl Occurrence {
    fn new(sentence: u32) -> Occurrence {
        Occurrence {
            sentence,
            token: 0,
            affirmed: 0.0,
            negated: 0.0,
        }
    }

    fn add(&mut self, token: usize, strength: f64, negated: bool) {
        let was_best = self.for_polarity(false);
        let slot = if negated {
            &mut self.negated
        } else {
            &mut self.affirmed
        };
        if strength > *slot {
            *slot = strength;
        }
        if self.for_polarity(false) > was_best {
            self.token = token as u32;
        }
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
}

/// Per concept id, its occurrences in the body, one per sentence, in sentence order.
struct SentenceIndex {
    /// The occurrences of concept `c` are `occurrences[starts[c]..starts[c + 1]]`.
    starts: Vec<u32>,
    occurrences: Vec<Occurrence>,
    sentences: usize,
}

impl SentenceIndex {
    fn new(
        body: &FieldView,
        concepts: &ArticleConcepts,
        strength: &[f64],
        negated: &[bool],
        furniture: &[bool],
    ) -> SentenceIndex {
        // One pass in text order, a slot per concept for the sentence it was last seen in.
        // At most one entry per concept id of a token: sized once, where growing it by
        // doubling copied it a dozen times per article.
        let mut found: Vec<(u32, Occurrence)> = Vec::with_capacity(concepts.body.id_count());
        let mut slot = vec![(u32::MAX, 0usize); concepts.len()];
        for (s, sentence) in body.seg.sentences.iter().enumerate() {
            if furniture.get(s) == Some(&true) {
                continue;
            }
            for t in sentence.tokens.clone() {
                for &c in concepts.body.of(t) {
                    let (seen_in, at) = &mut slot[c as usize];
                    if *seen_in != s as u32 {
                        *seen_in = s as u32;
                        *at = found.len();
                        found.push((c, Occurrence::new(s as u32)));
                    }
                    found[*at].1.add(t, strength[t], negated[t]);
                }
            }
        }
        // Grouped by concept, stably: each concept's occurrences stay in sentence order.
        let mut starts = vec![0u32; concepts.len() + 1];
        for &(c, _) in &found {
            starts[c as usize + 1] += 1;
        }
        for c in 0..concepts.len() {
            starts[c + 1] += starts[c];
        }
        let mut fill = starts.clone();
        let mut occurrences = vec![Occurrence::new(0); found.len()];
        for (c, occurrence) in found {
            occurrences[fill[c as usize] as usize] = occurrence;
            fill[c as usize] += 1;
        }
        SentenceIndex {
            starts,
            occurrences,
            sentences: body.seg.sentences.len(),
        }
    }

    fn of(&self, concept: u32) -> &[Occurrence] {
        let c = concept as usize;
        &self.occurrences[self.starts[c] as usize..self.starts[c + 1] as usize]
    }

    /// The strength of a concept in each body sentence for a headline word of the given
    /// polarity, 0 where it does not occur.
    fn strengths(&self, concept: u32, negated: bool) -> Vec<f64> {
        let mut out = vec![0.0; self.sentences];
        for o in self.of(concept) {
            out[o.sentence as usize] = o.for_polarity(negated);
        }
        out
    }
}

/// Clause spans of a headline: split at , ; : — – and the word "as".
pub(crate) fn clause_spans(view: &FieldView) -> Vec<std::ops::Range<usize>> {
    let text = view.text();
    let tokens = &view.seg.tokens;
    let mut clauses = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let gap_breaks = i > 0 && {
            let gap = &text[tokens[i - 1].span.end..tokens[i].span.start];
            gap.contains([',', ';', ':', '—', '–', '|']) || gap.contains(" - ")
        };
        let is_as = view.seg.lower_at(i) == "as" && i > start;
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

/// Checks the headline against the body, in named steps: index the body's sentences by
/// concept ([`SentenceIndex`]); lay out the strength of each headline concept per sentence
/// ([`HeadlineStrengths`]); score each headline clause against its best window of body
/// sentences ([`clause_support`]); average the clauses by weight; then check each evaluative
/// headline term on its own ([`term_support`]).
pub fn support(
    matcher: &Matcher,
    headline: &FieldView,
    headline_loaded: &[Finding],
    body: &FieldView,
    body_loaded: &[Finding],
    concepts: &ArticleConcepts,
    furniture: &[bool],
) -> Support {
    let body_negated = body.negated();
    let (refuted, cues) = refuted_tokens(
        matcher,
        body,
        body_negated,
        super::reports_a_belief(headline),
    );
    let refuted_share = refuted_share(concepts, &refuted);
    let near_refuted = polarity::near_cue(body, &refuted, &cues);
    // A headline that itself denies ("lied", "a hoax") is backed, not contradicted, by the
    // body's refutations: they are the same statement.
    let head_denies = denies(matcher, headline);
    let mentions = Mentions::new(
        matcher,
        body,
        concepts,
        body_negated,
        (!head_denies).then_some(near_refuted.as_slice()),
        furniture,
    );
    let index = SentenceIndex::new(
        body,
        concepts,
        &strengths(body, body_loaded),
        body_negated,
        furniture,
    );
    let head_negated = headline.negated();
    let head_refused = polarity::refused_complements(matcher, headline);
    let head_denied: Vec<bool> = strict_polarity(headline, head_negated)
        .into_iter()
        .zip(head_refused)
        .map(|(p, refused)| p == Polarity::Denied || refused)
        .collect();
    let strengths = HeadlineStrengths::new(concepts, &index, head_negated);
    let claims = claims::Claims::new(matcher, headline, body, concepts);
    let head_downtoned = polarity::downtoned(headline);
    let head_evaluative: Vec<bool> = headline
        .seg
        .tokens
        .iter()
        .map(|tok| {
            headline_loaded
                .iter()
                .filter(|f| is_checked_term(f))
                .any(|f| f.span.overlaps(&tok.span))
        })
        .collect();
    let clause = ClauseContext {
        headline,
        body,
        concepts,
        index: &index,
        head_negated,
        head_denied: &head_denied,
        head_downtoned: &head_downtoned,
        head_evaluative: &head_evaluative,
        mentions: &mentions,
        claims: &claims,
        strengths: &strengths,
    };
    let mut clauses = Vec::new();
    let (mut total, mut weight_sum) = (0.0, 0.0);
    for range in clause_spans(headline) {
        let Some((support, score, clause_weight)) = clause_support(&clause, range) else {
            continue;
        };
        clauses.push(support);
        total += score * clause_weight;
        weight_sum += clause_weight;
    }
    let terms = term_support(matcher, headline_loaded, &clause);
    judge_phrases_whole(&mut clauses, &terms, headline);
    // A headline that itself denies agrees with a refuting body; one that affirms is cut
    // down by it, and a denying headline the body never backs loses its main claim.
    let penalty = match (head_denies, denies(matcher, body)) {
        (false, _) => 1.0 - REFUTED_PENALTY * (2.0 * refuted_share).min(1.0),
        (true, false) => 1.0 - UNBACKED_DENIAL_PENALTY,
        (true, true) => 1.0,
    };
    Support {
        score: if weight_sum > 0.0 {
            let base = total / weight_sum;
            let floor = base.min(PENALTY_FLOOR);
            round3(floor + (base - floor) * penalty)
        } else {
            0.0
        },
        refuted: round3(refuted_share),
        clauses,
        terms,
    }
}

/// The body tokens a refutation covers: in each clause with a `denial` cue that is not itself
/// negated, every word but the cue and the names. Why spare the names: the subject of a claim
/// is named, not refuted — in "reports that Apple bought the firm are false" Apple is still
/// what the story is about; the buying is what is denied.
///
/// Also returns the cue tokens: the verdict on a term reads only the refuted words near a cue
/// ([`polarity::near_cue`]), the score reads the whole clause.
fn refuted_tokens(
    matcher: &Matcher,
    body: &FieldView,
    negated: &[bool],
    reports_a_belief: bool,
) -> (Vec<bool>, Vec<bool>) {
    // A belief corrected ("incorrectly thought") under a headline that reports the belief
    // (`reports_a_belief`) refutes nothing the headline says.
    let tokens = &body.seg.tokens;
    let mut refuted = vec![false; tokens.len()];
    let mut cue = vec![false; tokens.len()];
    let mut refuting_clauses: Vec<usize> = Vec::new();
    let clauses = &body.clauses;
    for m in &body.found.matches {
        let Payload::Term(id) = m.payload else {
            continue;
        };
        if matcher.terms[id as usize].role != Some(Role::Denial) || negated[m.tokens.start] {
            continue;
        }
        // "the incorrect date" describes a thing, and a belief corrected under a headline that
        // reports the belief confirms it: neither refutes anything.
        let corrected = reports_a_belief && super::corrects_a_belief(body, &m.tokens);
        if !corrected && !super::describes_a_thing(body, &m.tokens) {
            cue[m.tokens.clone()].iter_mut().for_each(|c| *c = true);
            if !after_a_preposition(body, m.tokens.start) {
                refuting_clauses.push(clauses[m.tokens.start]);
            }
        }
    }
    if refuting_clauses.is_empty() {
        return (refuted, cue);
    }
    refuting_clauses.sort_unstable();
    refuting_clauses.dedup();
    let names = super::entity_tokens(body);
    for (t, token) in tokens.iter().enumerate() {
        let first = body.seg.sentences[token.sentence as usize].tokens.start == t;
        let name = names[t] || (token.capitalized && !first && !body.seg.title_case);
        refuted[t] = !cue[t] && !name && refuting_clauses.binary_search(&clauses[t]).is_ok();
    }
    (refuted, cue)
}

/// Prepositions that make a denial noun a circumstance of its clause: "a Mesa man has become
/// embroiled *in* conspiracy theories", "resigned *amid* rumours". The clause's other words
/// are not what the theory or rumour says.
const CIRCUMSTANCE_PREPOSITIONS: &[&str] = &[
    "amid", "among", "amongst", "by", "despite", "from", "in", "into", "over", "with",
];

/// Whether the cue at token `t` follows one of [`CIRCUMSTANCE_PREPOSITIONS`], past an article
/// ("in *the* conspiracy theories").
fn after_a_preposition(body: &FieldView, t: usize) -> bool {
    let seg = &body.seg;
    let sentence = seg.tokens[t].sentence;
    let mut i = t;
    while i > 0 && seg.tokens[i - 1].sentence == sentence {
        i -= 1;
        let word = seg.lower_at(i);
        if matches!(word, "a" | "an" | "the" | "these" | "those" | "such") {
            continue;
        }
        return CIRCUMSTANCE_PREPOSITIONS.contains(&word);
    }
    false
}

/// Whether a field carries a `denial` cue outside a negation's scope.
fn denies(matcher: &Matcher, view: &FieldView) -> bool {
    let mut cues = view.found.matches.iter().filter(|m| {
        matches!(m.payload, Payload::Term(id) if matcher.terms[id as usize].role == Some(Role::Denial))
    });
    let Some(first) = cues.next() else {
        return false;
    };
    let negated = view.negated();
    std::iter::once(first)
        .chain(cues)
        .any(|m| !negated[m.tokens.start])
}

/// The share of the headline's concepts (other than entities) that occur in the body on
/// refuted tokens: how much of the claim the body's refutations take on.
fn refuted_share(concepts: &ArticleConcepts, refuted: &[bool]) -> f64 {
    if !refuted.contains(&true) {
        return 0.0;
    }
    let mut seen = vec![false; concepts.len()];
    for (t, _) in refuted.iter().enumerate().filter(|(_, &r)| r) {
        for &c in concepts.body.of(t) {
            seen[c as usize] = true;
        }
    }
    let mut head: Vec<u32> = (0..concepts.headline.len())
        .flat_map(|t| concepts.headline.of(t).iter().copied())
        .filter(|&c| !matches!(concepts.concept(c), Concept::Entity(_)))
        .collect();
    head.sort_unstable();
    head.dedup();
    if head.is_empty() {
        return 0.0;
    }
    let refuted = head.iter().filter(|&&c| seen[c as usize]).count();
    refuted as f64 / head.len() as f64
}

/// Fills in what the body says instead of each unsupported or contradicted headline term: the
/// strongest omission that bears on it.
pub fn say_instead(support: &mut Support, omissions: &super::Omissions) {
    for term in &mut support.terms {
        if !matches!(
            term.status,
            SupportStatus::Unsupported | SupportStatus::Contradicted
        ) {
            continue;
        }
        // Omissions are ordered by strength: the first that names the term is the strongest.
        term.instead = omissions
            .omissions
            .iter()
            .find(|o| {
                o.bears_on
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(&term.text) || term.text.contains(w.as_str()))
            })
            .map(|o| Evidence {
                sentence: o.sentence,
                span: o.span,
                text: o.text.clone(),
            });
    }
}

/// The verdict on one headline word of a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// The body mentions it with the same polarity (or backs it in another way: a number
    /// written differently, a negative word the body only negates).
    Supported,
    /// The body mentions it only where a negation really denies it, or a refutation.
    Contradicted,
    Unsupported,
    /// A word that states no claim of its own (a name, a role noun, a time word, the outlet's
    /// label): left out of both lists.
    NotAClaim,
}

/// Per concept, how the body mentions it outside page furniture, read strictly
/// ([`polarity`]): affirmed somewhere, denied (or refuted) somewhere.
pub(super) struct Mentions {
    affirmed: Vec<bool>,
    denied: Vec<bool>,
    /// Mentioned where the reading is unclear ([`Polarity::Unclear`]).
    unclear: Vec<bool>,
}

impl Mentions {
    fn new(
        matcher: &Matcher,
        body: &FieldView,
        concepts: &ArticleConcepts,
        negated: &[bool],
        refuted: Option<&[bool]>,
        furniture: &[bool],
    ) -> Mentions {
        let polarity = strict_polarity(body, negated);
        let refused = polarity::refused_complements(matcher, body);
        let mut affirmed = vec![false; concepts.len()];
        let mut denied = vec![false; concepts.len()];
        let mut unclear = vec![false; concepts.len()];
        for (s, sentence) in body.seg.sentences.iter().enumerate() {
            if furniture.get(s) == Some(&true) {
                continue;
            }
            for t in sentence.tokens.clone() {
                let slot = if refuted.is_some_and(|r| r[t])
                    || refused[t]
                    || polarity[t] == Polarity::Denied
                {
                    &mut denied
                } else if polarity[t] == Polarity::Affirmed {
                    &mut affirmed
                } else {
                    &mut unclear
                };
                for &c in concepts.body.of(t) {
                    slot[c as usize] = true;
                }
            }
        }
        Mentions {
            affirmed,
            denied,
            unclear,
        }
    }

    /// Whether the body mentions concept `c` only where it is neither affirmed nor denied.
    pub(super) fn unclear(&self, c: u32) -> bool {
        self.unclear[c as usize]
    }

    /// Whether the body mentions concept `c` affirmed (`denied` false) or denied.
    pub(super) fn has(&self, c: u32, denied: bool) -> bool {
        if denied {
            self.denied[c as usize]
        } else {
            self.affirmed[c as usize]
        }
    }
}

/// The strength of each headline concept in each body sentence, for the polarity of the
/// headline words naming it: the window search reads these for every window, so they are laid
/// out flat once.
struct HeadlineStrengths {
    /// Per concept, per polarity (plain, negated): the row of `by_sentence`, or `u32::MAX`.
    column: Vec<[u32; 2]>,
    by_sentence: Vec<Vec<f64>>,
}

impl HeadlineStrengths {
    fn new(concepts: &ArticleConcepts, index: &SentenceIndex, head_negated: &[bool]) -> Self {
        let mut column = vec![[u32::MAX; 2]; concepts.len()];
        let mut by_sentence: Vec<Vec<f64>> = Vec::new();
        for (t, &negated) in head_negated.iter().enumerate() {
            for &c in concepts.headline.of(t) {
                let slot = &mut column[c as usize][usize::from(negated)];
                if *slot == u32::MAX {
                    *slot = by_sentence.len() as u32;
                    by_sentence.push(index.strengths(c, negated));
                }
            }
        }
        HeadlineStrengths {
            column,
            by_sentence,
        }
    }

    /// Concept `c`'s strength in each body sentence, for a headline word of that polarity.
    fn of(&self, c: u32, negated: bool) -> &[f64] {
        self.by_sentence[self.column[c as usize][usize::from(negated)] as usize].as_slice()
    }
}

/// What scoring one headline clause reads.
struct ClauseContext<'a, 'c> {
    headline: &'a FieldView<'a>,
    body: &'a FieldView<'a>,
    concepts: &'a ArticleConcepts<'c>,
    index: &'a SentenceIndex,
    head_negated: &'a [bool],
    /// Headline words a negation really denies ([`polarity`]): their polarity for the
    /// supported / contradicted verdict.
    head_denied: &'a [bool],
    /// Headline words after a downtoner ("Less Sure", "Barely Alive"): the headline already
    /// doubts them, so a body that negates them agrees.
    head_downtoned: &'a [bool],
    /// Headline words inside one of the headline's evaluative findings.
    head_evaluative: &'a [bool],
    mentions: &'a Mentions,
    claims: &'a claims::Claims,
    strengths: &'a HeadlineStrengths,
}

impl ClauseContext<'_, '_> {
    /// The weight of headline word `t` in its clause: names and numbers count more.
    fn word_weight(&self, t: usize) -> f64 {
        let entity = self
            .concepts
            .headline
            .of(t)
            .iter()
            .any(|&c| matches!(self.concepts.concept(c), Concept::Entity(_)));
        let number = self
            .headline
            .seg
            .lower_at(t)
            .chars()
            .any(|c| c.is_ascii_digit());
        if entity || number {
            1.5
        } else {
            1.0
        }
    }

    /// The verdict on headline word `t` of a clause of `clause_words`: see [`Verdict`].
    fn verdict(&self, t: usize, clause_words: &[usize]) -> Verdict {
        let denied = self.head_denied[t];
        let ids = self.concepts.headline.of(t);
        let alike = ids.iter().any(|&c| self.mentions.has(c, denied));
        if alike || self.claims.backed_otherwise(t) {
            return Verdict::Supported;
        }
        let opposite = ids.iter().any(|&c| self.mentions.has(c, !denied));
        if opposite && !self.beside_the_clause(t, clause_words) {
            // "Trump Accuses Aide of Failing to Follow Protocols" against "the post followed
            // an article": a word the body uses only apart from the rest of the claim is not
            // the claim denied or affirmed; it is not backed either.
            return if self.claims.not_a_claim(t) {
                Verdict::NotAClaim
            } else {
                Verdict::Unsupported
            };
        }
        if opposite {
            // "Not a failure" does not contradict "falls short": a body that negates a
            // headline word of negative meaning is litotes or spin, not a refutation. And a
            // name is who the claim is about: the body denies something about them.
            return if (!denied && self.claims.negative_meaning(t))
                || self.claims.is_name(t)
                || self.head_downtoned[t]
            {
                Verdict::Supported
            } else {
                Verdict::Contradicted
            };
        }
        if ids.iter().any(|&c| self.mentions.unclear(c)) {
            // The body takes the word up without affirming or denying it ("should not",
            // "without"): not a statement an editor would sign either way.
            Verdict::Supported
        } else if self.claims.not_a_claim(t) {
            Verdict::NotAClaim
        } else {
            Verdict::Unsupported
        }
    }

    /// Whether the body mentions headline word `t` in a sentence that also mentions another
    /// word of its clause other than a name ("Coffee does not cause cancer" for "causes" in
    /// "Coffee causes cancer"): only there can it deny or affirm the claim. A name alone ("As for
    /// his collaboration with Griffin, he doesn't regret it") says whom the sentence mentions,
    /// not that it speaks of the same act.
    fn beside_the_clause(&self, t: usize, clause_words: &[usize]) -> bool {
        let own = self.concepts.headline.of(t);
        let sentences: Vec<u32> = own
            .iter()
            .flat_map(|&c| self.index.of(c).iter().map(|o| o.sentence))
            .collect();
        let mut anchors = clause_words
            .iter()
            .filter(|&&w| w != t && !self.claims.is_name(w))
            .flat_map(|&w| self.concepts.headline.of(w).iter().copied())
            .filter(|c| !own.contains(c))
            .peekable();
        // A clause of one word ("…, Won't Condemn") has nothing else to stand beside.
        if anchors.peek().is_none() {
            return true;
        }
        anchors.any(|c| {
            self.index
                .of(c)
                .iter()
                .any(|o| sentences.contains(&o.sentence))
        })
    }

    /// Whether headline word `t` is a claim the body must back to escape "unsupported": one of
    /// the outlet's evaluative terms, or a figure.
    fn is_checkable_claim(&self, t: usize) -> bool {
        // A figure starts with its digits ("40", "$8B", "3rd"); "Synod2018" is a tag.
        self.head_evaluative[t]
            || self
                .headline
                .seg
                .lower_at(t)
                .trim_start_matches(['$', '£', '€'])
                .starts_with(|c: char| c.is_ascii_digit())
    }

    fn word_text(&self, t: usize) -> String {
        let s = self.headline.seg.tokens[t].span;
        self.headline.text()[s.start..s.end].to_string()
    }
}

/// The words of one clause, each with its weight and its concepts (as the concept's strength
/// per body sentence, and whether it is a paraphrase set): every window of body sentences is
/// scored from these alone.
struct ClauseWords<'s> {
    weights: Vec<f64>,
    concepts: Vec<Vec<(&'s [f64], bool)>>,
    /// The sum of `weights`.
    weight: f64,
}

impl ClauseWords<'_> {
    /// How well the sentences in `within` cover word `w`: its best concept there.
    fn cover(&self, w: usize, within: std::ops::Range<usize>) -> f64 {
        self.concepts[w]
            .iter()
            .map(|&(strengths, set)| {
                let strength = strengths[within.clone()]
                    .iter()
                    .copied()
                    .fold(0.0, f64::max);
                if set {
                    PARAPHRASE_FACTOR * strength
                } else {
                    strength
                }
            })
            .fold(0.0, f64::max)
    }

    /// The weighted cover of all words by the sentences in `within`, 0 to 1.
    fn score_in(&self, within: std::ops::Range<usize>) -> f64 {
        (0..self.weights.len())
            .map(|w| self.weights[w] * self.cover(w, within.clone()))
            .sum::<f64>()
            / self.weight
    }

    /// The best window of one or two sentences: (score, first sentence, length).
    fn best_window(&self, sentences: usize) -> (f64, usize, usize) {
        // Each word's cover of each single sentence, once: a window of two sentences covers
        // a word as well as the better of its two sentences does. (Exactly: scaling by the
        // paraphrase factor preserves order, so the maximum of the scaled strengths over the
        // window is the scaled maximum.)
        let per_sentence: Vec<Vec<f64>> = (0..self.weights.len())
            .map(|w| (0..sentences).map(|s| self.cover(w, s..s + 1)).collect())
            .collect();
        let window_score = |s: usize, len: usize| {
            (0..self.weights.len())
                .map(|w| {
                    let covers = &per_sentence[w][s..s + len];
                    self.weights[w] * covers.iter().copied().fold(0.0, f64::max)
                })
                .sum::<f64>()
                / self.weight
        };
        let single: Vec<f64> = (0..sentences).map(|s| window_score(s, 1)).collect();
        let mut best = (0.0, 0usize, 1usize);
        for s in 0..sentences {
            for len in 1..=2.min(sentences - s) {
                let score = if len == 1 {
                    single[s]
                } else {
                    window_score(s, len)
                };
                // Each sentence of a pair must add something to be part of the evidence: a
                // pair that covers no more than one of its sentences alone is that sentence
                // (a photo credit before the evidence is not evidence).
                let adds = len == 1 || score > single[s].max(single[s + 1]) + 1e-9;
                if adds && score > best.0 + 1e-9 {
                    best = (score, s, len);
                }
            }
        }
        best
    }
}

/// One headline clause (a range of headline tokens) against the body: its support, its
/// unrounded score and its weight; `None` when no word of it names a concept.
fn clause_support(
    cx: &ClauseContext,
    range: std::ops::Range<usize>,
) -> Option<(ClauseSupport, f64, f64)> {
    let head = &cx.concepts.headline;
    let headline = cx.headline;
    let sentences = cx.index.sentences;
    let words: Vec<usize> = range.clone().filter(|&t| !head.of(t).is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    let weights: Vec<f64> = words.iter().map(|&t| cx.word_weight(t)).collect();
    let word_concepts: Vec<Vec<(&[f64], bool)>> = words
        .iter()
        .map(|&t| {
            head.of(t)
                .iter()
                .map(|&c| {
                    let set = matches!(cx.concepts.concept(c), Concept::Set(_));
                    (cx.strengths.of(c, cx.head_negated[t]), set)
                })
                .collect()
        })
        .collect();
    let clause_weight: f64 = weights.iter().sum();
    let clause = ClauseWords {
        weights,
        concepts: word_concepts,
        weight: clause_weight,
    };
    let lead = clause.score_in(0..LEAD_SENTENCES.min(sentences));
    let global = clause.score_in(0..sentences);
    let best = clause.best_window(sentences);
    let score = WINDOW_SHARE * best.0 + GLOBAL_SHARE * global + LEAD_SHARE * lead;
    // "If Kavanaugh Is Not Confirmed, …": a conditional clause states a supposition, not a
    // claim the body could back or contradict.
    let conditional = matches!(
        headline.seg.lower_at(range.start),
        "if" | "unless" | "whether"
    );
    let verdicts: Vec<Verdict> = words
        .iter()
        .map(|&t| {
            if conditional {
                Verdict::NotAClaim
            } else {
                cx.verdict(t, &words)
            }
        })
        .collect();
    let with =
        |v: Verdict| -> Vec<usize> { (0..words.len()).filter(|&w| verdicts[w] == v).collect() };
    let (supported, contradicted) = (with(Verdict::Supported), with(Verdict::Contradicted));
    let (unsupported, unechoed): (Vec<usize>, Vec<usize>) = with(Verdict::Unsupported)
        .into_iter()
        .partition(|&w| cx.is_checkable_claim(words[w]));
    let texts = |ws: Vec<usize>| -> Vec<String> {
        ws.into_iter().map(|w| cx.word_text(words[w])).collect()
    };
    let span = Span::new(
        headline.seg.tokens[range.start].span.start,
        headline.seg.tokens[range.end - 1].span.end,
    );
    let support = ClauseSupport {
        clause: headline.text()[span.start..span.end].to_string(),
        span,
        score: round3(score),
        supported_words: texts(supported),
        unsupported_words: texts(unsupported),
        unechoed_words: texts(unechoed),
        contradicted_words: texts(contradicted),
        evidence: if best.0 > 0.0 {
            (best.1..best.1 + best.2)
                .map(|s| evidence(cx.body, s))
                .collect()
        } else {
            Vec::new()
        },
    };
    Some((support, score, clause_weight))
}

/// Whether a headline finding is one of the outlet's evaluative claims that support checks
/// term by term (and the only plain words, with figures, that can be called unsupported).
fn is_checked_term(f: &Finding) -> bool {
    f.voice == Voice::Outlet && !f.is_note() && f.role.is_some_and(Role::makes_claim)
}

/// Each evaluative headline term on its own: its status, the body words that back it and the
/// evidence sentence.
/// "Freak Show", "Show Trial": a loaded phrase of several words is one claim, so the clause's
/// lists carry it whole, with the verdict of the phrase ([`term_support`]), instead of a word
/// the body happens to use ("trial") backed and the other ("show") not.
fn judge_phrases_whole(clauses: &mut [ClauseSupport], terms: &[TermSupport], headline: &FieldView) {
    for term in terms {
        let words: Vec<&str> = headline
            .seg
            .tokens
            .iter()
            .filter(|t| term.span.overlaps(&t.span))
            .map(|t| &headline.text()[t.span.start..t.span.end])
            .collect();
        if words.len() < 2 {
            continue;
        }
        let Some(clause) = clauses
            .iter_mut()
            .find(|c| c.span.start <= term.span.start && term.span.end <= c.span.end)
        else {
            continue;
        };
        let mut listed = false;
        for word in &words {
            for list in [
                &mut clause.supported_words,
                &mut clause.unsupported_words,
                &mut clause.unechoed_words,
                &mut clause.contradicted_words,
            ] {
                if let Some(k) = list.iter().position(|w| w == word) {
                    list.remove(k);
                    listed = true;
                    break;
                }
            }
        }
        if !listed {
            continue;
        }
        let list = match term.status {
            SupportStatus::Supported | SupportStatus::Weak => &mut clause.supported_words,
            SupportStatus::Unsupported => &mut clause.unsupported_words,
            SupportStatus::Contradicted => &mut clause.contradicted_words,
        };
        list.push(term.text.clone());
    }
}

fn term_support(
    matcher: &Matcher,
    headline_loaded: &[Finding],
    cx: &ClauseContext,
) -> Vec<TermSupport> {
    let (headline, body, article) = (cx.headline, cx.body, cx.concepts);
    let (index, mentions, claims) = (cx.index, cx.mentions, cx.claims);
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
    for f in headline_loaded.iter().filter(|f| is_checked_term(f)) {
        // A hash set, as before concepts had ids: its order decides between equally strong
        // occurrences in one sentence, and so which body words are shown.
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
            concepts.insert(Concept::Stem(&headline.found.words[covered[0]].stem));
        }
        // Per concept, in the set's order: its occurrence in each sentence.
        let (mut affirmed_somewhere, mut denied_somewhere) = (false, false);
        let per_sentence: Vec<Vec<Option<(f64, usize)>>> = concepts
            .iter()
            .filter_map(|c| article.id(c))
            .map(|id| {
                let mut column = vec![None; index.sentences];
                for o in index.of(id) {
                    column[o.sentence as usize] = Some((o.for_polarity(false), o.token as usize));
                    affirmed_somewhere |= o.affirmed > 0.0 && mentions.has(id, false);
                    denied_somewhere |= mentions.has(id, true);
                }
                column
            })
            .collect();
        let mut best: Option<(f64, usize, usize)> = None;
        for s in 0..index.sentences {
            for column in &per_sentence {
                if let Some((strength, token)) = column[s] {
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
                let negative = covered.iter().any(|&t| claims.negative_meaning(t));
                let status = if !affirmed_somewhere && denied_somewhere && !negative {
                    SupportStatus::Contradicted
                } else if affirmed_somewhere && strength >= 1.0 {
                    SupportStatus::Supported
                } else {
                    // Backed only by the outlet's own loaded words, or mentioned only where
                    // it is neither affirmed nor denied ("should not").
                    SupportStatus::Weak
                };
                (
                    status,
                    vec![body.text()[span.start..span.end].to_string()],
                    Some(s),
                )
            }
            (None, Some(s)) => (SupportStatus::Weak, vec![f.term.clone()], Some(s)),
            (None, None)
                if covered.iter().all(|&t| claims.backed_otherwise(t)) && !covered.is_empty() =>
            {
                (SupportStatus::Supported, Vec::new(), None)
            }
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
            instead: None,
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
        // The subject before the cue is affirmed, and the negation's focus is the predicate:
        // only "causes" is contradicted; cancer is mentioned, not denied.
        let partly = clause(headline, "Coffee does not cause cancer, the study found.");
        assert_eq!(partly.supported_words, ["Coffee", "cancer"]);
        assert_eq!(partly.contradicted_words, ["causes"]);
    }

    fn support_of(headline: &str, body: &str) -> Support {
        let analyzer = crate::Analyzer::with_defaults().expect("the embedded lexicons load");
        let article = crate::Article::from_parts("t", Some(headline), body);
        analyzer.analyze(&article).support
    }

    #[test]
    fn a_word_the_body_uses_apart_from_the_claim_is_not_contradicted() {
        let apart = clause(
            "Trump Accuses Aide of Failing to Follow Security Protocols",
            "The post on Tuesday followed an article in a magazine, Mr. Trump said. \
             The aide kept secret emails on a home server.",
        );
        assert!(
            !apart.contradicted_words.iter().any(|w| w == "Follow"),
            "{apart:?}"
        );
        let bystander = clause(
            "Griffin apologizes for photo shoot",
            "As for his recent collaboration with Griffin, he doesn't regret it. \
             The shoot took place in Los Angeles.",
        );
        assert!(bystander.contradicted_words.is_empty(), "{bystander:?}");
    }

    #[test]
    fn a_loaded_phrase_is_judged_whole() {
        let support = support_of(
            "Senate Hearing Turns Into Freak Show",
            "The Senate hearing ran for nine hours. Senators asked about the nominee's record, \
             and the nominee answered each question.",
        );
        let clause = &support.clauses[0];
        let phrase = support
            .terms
            .iter()
            .find(|t| t.text == "Freak Show")
            .expect("the phrase is a checked term");
        assert!(
            !clause.unsupported_words.iter().any(|w| w == "Show")
                && !clause.supported_words.iter().any(|w| w == "Show"),
            "{clause:?}"
        );
        let lists = [
            &clause.supported_words,
            &clause.unsupported_words,
            &clause.contradicted_words,
        ];
        assert_eq!(
            lists.iter().filter(|l| l.contains(&phrase.text)).count(),
            1,
            "{clause:?}"
        );
    }

    #[test]
    fn a_term_the_body_mentions_only_to_refute_is_contradicted() {
        // "Bombshell" is a counted finding; a note (such as "cover-up") is left out of
        // headline support altogether.
        let headline = "Hospital Bombshell Exposed";
        let refuted = support_of(
            headline,
            "The hospital said the bombshell report was false. An inquiry is under way.",
        );
        let term = &refuted.terms[0];
        assert_eq!(term.status, SupportStatus::Contradicted, "{term:?}");
        let backed = support_of(
            headline,
            "Inspectors found a bombshell at the hospital. An inquiry is under way.",
        );
        assert_ne!(backed.terms[0].status, SupportStatus::Contradicted);
    }

    #[test]
    fn evidence_is_only_the_sentences_that_back_the_clause() {
        // A photo credit (or any sentence that adds nothing) before the evidence sentence is
        // not part of the evidence, though a window of two sentences is tried.
        let got = clause(
            "Council approves new bridge",
            "Shutterstock\nThe council approved the new bridge on Monday.\nThe vote was close.",
        );
        let texts: Vec<&str> = got.evidence.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["The council approved the new bridge on Monday."]);
    }

    #[test]
    fn yet_again_is_backed_by_the_earlier_times() {
        let headline = "Controversial Imam Featured Yet Again at Party Gala";
        let body = "The imam gave the invocation on Saturday. He also gave the invocations at the party's annual gala in 2014 and 2015.";
        let support = support_of(headline, body);
        let again = support.terms.iter().find(|t| t.text == "Yet Again");
        assert!(
            again.is_none_or(|t| t.status == SupportStatus::Supported),
            "{support:?}"
        );
        let all_unsupported: Vec<_> = support
            .clauses
            .iter()
            .flat_map(|c| c.unsupported_words.clone())
            .collect();
        assert!(
            !all_unsupported.iter().any(|w| w == "Yet Again"),
            "{support:?}"
        );
    }

    #[test]
    fn a_conditional_headline_clause_claims_nothing() {
        let headline =
            "If Kavanaugh Is Not Confirmed By Senate, We Are All One Accusation From Ruin";
        let body = "The Senate confirmed four judges this year. Kavanaugh faces a vote on Friday.";
        let support = support_of(headline, body);
        let first = &support.clauses[0];
        assert!(first.contradicted_words.is_empty(), "{first:?}");
        assert!(first.unsupported_words.is_empty(), "{first:?}");
    }

    #[test]
    fn a_refuting_body_lowers_support() {
        let headline = "Singer Bought Island in the Pacific";
        let affirmed = support_of(
            headline,
            "The singer bought an island in the Pacific last month, her agent said.",
        );
        let refuted = support_of(
            headline,
            "Her agent said reports that the singer bought an island in the Pacific were false.",
        );
        assert!(refuted.refuted > 0.0);
        assert!(
            refuted.score < affirmed.score,
            "{} vs {}",
            refuted.score,
            affirmed.score
        );
    }

    #[test]
    fn a_debunking_headline_needs_a_denial_in_the_body() {
        let headline = "Viral Photo of Giant Shark Is a Hoax";
        let backed = support_of(
            headline,
            "A viral photo of a giant shark is a hoax, the museum said; the image was edited.",
        );
        let unbacked = support_of(
            headline,
            "A viral photo shows a giant shark near the pier, the museum said.",
        );
        assert!(
            unbacked.score < backed.score,
            "{} vs {}",
            unbacked.score,
            backed.score
        );
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
        // The headline denies the predicate; cancer is only mentioned.
        assert_eq!(contradicted.contradicted_words, ["cause"]);
    }

    #[test]
    fn only_evaluative_terms_and_figures_are_called_unsupported() {
        let s = support_of(
            "Senator Floundering as Bill Takes Step Closer, 40 Jobs Lost",
            "The bill passed the House on Tuesday and now goes to the governor. The senator \
             voted for it. The plant will close, and 12 jobs will be lost.",
        );
        let c = &s.clauses;
        let unsupported: Vec<&String> = c.iter().flat_map(|c| &c.unsupported_words).collect();
        let unechoed: Vec<&String> = c.iter().flat_map(|c| &c.unechoed_words).collect();
        assert!(unsupported.iter().any(|w| *w == "Floundering"), "{c:#?}");
        assert!(unsupported.iter().any(|w| *w == "40"), "{c:#?}");
        for plain in ["Step", "Closer"] {
            assert!(!unsupported.iter().any(|w| *w == plain), "{c:#?}");
            assert!(unechoed.iter().any(|w| *w == plain), "{c:#?}");
        }
    }

    #[test]
    fn a_downtoned_headline_word_agrees_with_a_body_that_negates_it() {
        let s = support_of(
            "Mayor Denies Leak but Is Less Sure About Its Source",
            "The mayor denied on Monday that he leaked the memo, but said he could not be \
             sure where it came from.",
        );
        let (supported, _, contradicted) = words(&s);
        assert!(contradicted.is_empty(), "{:#?}", s.clauses);
        assert!(supported.iter().any(|w| w == "Sure"), "{:#?}", s.clauses);
    }

    fn words(support: &Support) -> (Vec<String>, Vec<String>, Vec<String>) {
        let mut out = (Vec::new(), Vec::new(), Vec::new());
        for c in &support.clauses {
            out.0.extend(c.supported_words.iter().cloned());
            // The verdict "unsupported", before the report keeps only evaluative terms and
            // figures under that name: the rules below are about the verdict.
            out.1.extend(c.unsupported_words.iter().cloned());
            out.1.extend(c.unechoed_words.iter().cloned());
            out.2.extend(c.contradicted_words.iter().cloned());
        }
        out
    }

    /// The fifth session's sixth panel (2026-12-06) disagreed with both: a word the body
    /// mentions beside a refutation noun that is only a circumstance ("embroiled in
    /// conspiracy theories"), and a word under a negation inside a supposition.
    #[test]
    fn a_circumstance_or_a_supposition_refutes_nothing() {
        let s = support_of(
            "Theorists Seize on Local Farmer Who Sold Seeds to Smuggler",
            "Thanks to online forums, a local farmer has become caught up in rumors after he \
             sold seeds to the smuggler.",
        );
        let (supported, _, contradicted) = words(&s);
        assert!(supported.contains(&"Farmer".to_string()), "{supported:?}");
        assert!(contradicted.is_empty(), "{contradicted:?}");
        // The same words as what the rumour says are refuted.
        let s = support_of(
            "Local Farmer Sold Seeds to Smuggler",
            "The claim that a local farmer sold seeds to the smuggler is a rumor.",
        );
        assert!(!words(&s).2.is_empty(), "{:?}", s.clauses);

        let s = support_of(
            "Judges Review Council's Budget Rules",
            "The judges heard arguments on Monday. One judge said the council could be held \
             to account if it failed to review the rules in time.",
        );
        let (supported, _, contradicted) = words(&s);
        assert!(contradicted.is_empty(), "{contradicted:?}");
        assert!(supported.contains(&"Review".to_string()), "{supported:?}");
    }

    #[test]
    fn not_the_first_time_is_no_contradiction() {
        let s = support_of(
            "Trump Accuses Social Media Firms of Bias",
            "Trump said on Saturday that the firms were biased. It was not the first time he \
             has accused social media companies of bias against conservatives.",
        );
        let (supported, _, contradicted) = words(&s);
        assert!(supported.contains(&"Accuses".to_string()), "{supported:?}");
        assert!(contradicted.is_empty(), "{contradicted:?}");
        // A real negation of the same predicate still contradicts.
        let s = support_of(
            "Trump Accuses Social Media Firms of Bias",
            "Trump did not accuse the firms of anything, his spokesman said.",
        );
        assert!(
            words(&s).2.contains(&"Accuses".to_string()),
            "{:?}",
            words(&s)
        );
    }

    #[test]
    fn a_precept_does_not_contradict() {
        let s = support_of(
            "Mayor Accused of Abusing His Office",
            "Prosecutors said the mayor abused his office. \
             \"Officials should guard the public trust, not abuse it,\" the prosecutor said.",
        );
        assert!(words(&s).2.is_empty(), "{:?}", words(&s));
        let s = support_of(
            "Mayor Accused of Abusing His Office",
            "\"Officials should guard the public trust, not abuse it,\" the prosecutor said.",
        );
        assert!(words(&s).2.is_empty(), "{:?}", words(&s));
    }

    #[test]
    fn a_negative_headline_word_is_not_contradicted_by_litotes() {
        let s = support_of(
            "Ryan's challenge falls short",
            "Pelosi beat Ryan 134-63. The challenge was not a failure, a backer of Ryan said.",
        );
        let (_, _, contradicted) = words(&s);
        assert!(contradicted.is_empty(), "{contradicted:?}");
    }

    #[test]
    fn a_negative_pronoun_does_not_deny_its_complement() {
        let s = support_of(
            "No One Is Safe From the Black Plague",
            "The black plague has killed 97 people in Madagascar, doctors said.",
        );
        let (supported, _, contradicted) = words(&s);
        assert!(supported.contains(&"Plague".to_string()), "{supported:?}");
        assert!(
            !contradicted.contains(&"Plague".to_string()),
            "{contradicted:?}"
        );
    }

    #[test]
    fn abbreviations_titles_and_role_nouns_are_recognised() {
        let s = support_of(
            "Aide to GOP lawmaker apologizes for post",
            "The communications director for a Republican member of Congress apologized for \
             a post on Saturday.",
        );
        let (supported, unsupported, _) = words(&s);
        for w in ["Aide", "GOP", "lawmaker"] {
            assert!(supported.contains(&w.to_string()), "{w}: {supported:?}");
        }
        assert!(unsupported.is_empty(), "{unsupported:?}");
        let s = support_of(
            "Dallas Police Dept. responds",
            "The Dallas Police Department responded on Monday.",
        );
        assert!(words(&s).0.contains(&"Dept".to_string()), "{:?}", words(&s));
    }

    #[test]
    fn irregular_verb_forms_back_their_verbs() {
        let s = support_of(
            "Teen had drink thrown at him, caught on video",
            "A stranger was seen tossing a drink at the teenager as a video camera rolled.",
        );
        let (supported, unsupported, _) = words(&s);
        assert!(supported.contains(&"thrown".to_string()), "{supported:?}");
        assert!(
            !unsupported.contains(&"caught".to_string()),
            "{unsupported:?}"
        );
    }

    #[test]
    fn names_labels_time_words_and_bare_numbers_are_not_unsupported() {
        let s = support_of(
            "PressTV - Sun to cool down in next 30 years: Study",
            "The sun could cool down as soon as 2050, a new study says.",
        );
        let (_, unsupported, _) = words(&s);
        for w in ["PressTV", "next", "30"] {
            assert!(
                !unsupported.contains(&w.to_string()),
                "{w}: {unsupported:?}"
            );
        }
        let s = support_of(
            "Top aide makes shocking claim about the crash (video)",
            "A senior adviser to the mayor made a shocking claim about the crash on Monday.",
        );
        for w in ["Top", "video", "makes"] {
            assert!(
                !words(&s).1.contains(&w.to_string()),
                "{w}: {:?}",
                words(&s)
            );
        }
        let s = support_of(
            "N.C. Congressman Apologizes for Scuffle",
            "Representative Bob Etheridge apologized for a scuffle with a student.",
        );
        assert!(!words(&s).1.contains(&"N.C".to_string()), "{:?}", words(&s));
        let s = support_of(
            "Police say the suspect fled to Ohio",
            "The suspect fled across the state line, officers said.",
        );
        assert!(
            !words(&s).1.contains(&"Ohio".to_string()),
            "{:?}",
            words(&s)
        );
    }

    #[test]
    fn numbers_match_across_forms_and_a_different_figure_is_unsupported() {
        let s = support_of(
            "Dozens hurt in bus crash",
            "Forty people were hurt when a bus crashed.",
        );
        assert!(
            words(&s).0.contains(&"Dozens".to_string()),
            "{:?}",
            words(&s)
        );
        let s = support_of(
            "Thirty hurt in bus crash",
            "30 people were hurt when a bus crashed.",
        );
        assert!(
            words(&s).0.contains(&"Thirty".to_string()),
            "{:?}",
            words(&s)
        );
        let s = support_of(
            "President eyes $8B for border wall",
            "The president wants 8 billion dollars for a wall on the border.",
        );
        assert!(words(&s).0.contains(&"8B".to_string()), "{:?}", words(&s));
        let s = support_of(
            "12 dead in bus crash",
            "Ten dead and dozens hurt as a bus crashed.",
        );
        assert!(words(&s).1.contains(&"12".to_string()), "{:?}", words(&s));
    }
}
