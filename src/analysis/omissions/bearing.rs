/*!
Whether a counter-evidence cue bears on the headline's claim.

A cue word is not an omission by itself: "if", "denied" or "unconfirmed" limit something, and
the question an editor asks is *what*. The cue must scope over content that shares the
headline's claim, and say the opposite of it or limit it. Each role has its scope:

| role | scope | must hold |
| --- | --- | --- |
| condition | what the condition governs: the clause part before "if"/"unless" (or after the comma of a sentence-initial "If …, …") | a headline content word |
| caveat | the cue's phrase and what follows it in the clause; an anaphor ("this could not be verified") reaches back one clause | a headline content word; with a modal ("will help"), after the modal, unless the headline predicts too |
| contrary (a contrary cue) | what follows the cue in the clause ("despite claims that …") | a headline content word, or a figure |
| other side | what follows the cue in the clause ("disputed a report …", "skeptical about her claim") | a headline content word, or a claim noun |
| denial | the cue's clause | a headline content word (two when the headline's tone is neutral), or a claim noun ("denied the allegations"); and the side that denies is the headline's |
| response | the clause before the cue: who responds ("the minister declined to comment") | the headline's side: a headline word or a pronoun for it |
| progress, setback | the cue's clause | a headline word when the headline's pole is stated; two content words when it comes from its tone alone |

A *content word* is a stem or a paraphrase set the headline shares, not a name, a title
("congressman", "governor") or a number:
a sentence about the same people but another matter ("Ryan removed the congressman from his
committees for the time being", under "Congressman indicted") is not about the claim.

**Quotes.** A cue inside a quotation scopes over that quotation only, and a cue outside one
does not reach into it: a preacher's "if" inside his quoted sermon conditions nothing the
headline says.

**Polarity.** Content that runs the headline's way is no counterpoint, whatever its cue: a
writer who calls an allegation "unsubstantiated" under a headline about a "character
assassination" argues the headline's thesis. A cue in the outlet's voice (or reported from a
source) whose sentence, apart from the cue and the headline's own words, carries evaluative
words of the headline's sign is left out. Responses (an acquittal, a plea of not guilty, an
appeal) are exempt: their direction is against the charge whatever words surround them.
*/

use std::ops::Range;

use super::super::concepts::{ArticleConcepts, Concept};
use super::super::FieldView;
use crate::analysis::CLAIM_NOUNS;
use crate::text::Voice;
use crate::vocab::Role;

/// Words that stand for the side the headline casts when they are who responds or denies.
const PRONOUNS: &[&str] = &[
    "he", "her", "his", "it", "its", "she", "their", "them", "they", "him",
];

/// Determiners that make a claim noun *the* claim already in play: "her claim", "the reports".
const DEFINITE: &[&str] = &[
    "her", "his", "its", "the", "their", "these", "this", "those",
];

/// Words that refer back to the previous clause's claim ("this could not be verified").
const ANAPHORS: &[&str] = &["it", "that", "these", "this", "those"];

/// Titles and role nouns: like a name, they say who the claim is about, not what it is. A
/// caveat that governs "remove the congressman from his committees for the time being" under
/// "Rep. Hunter indicted" is about the man, not the indictment.
const TITLES: &[&str] = &[
    "aide",
    "aides",
    "ambassador",
    "chairman",
    "chairwoman",
    "chancellor",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilwoman",
    "gov",
    "governor",
    "judge",
    "judges",
    "justices",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "mayor",
    "minister",
    "mp",
    "mps",
    "premier",
    "president",
    "prosecutor",
    "prosecutors",
    "rep",
    "representative",
    "reps",
    "secretary",
    "sen",
    "senator",
    "senators",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Verbs that follow "that" when it is a subject pointing back ("that has not been
/// confirmed", "that remains unclear").
const SUBJECT_VERBS: &[&str] = &[
    "appears", "cannot", "had", "has", "is", "remained", "remains", "seemed", "seems", "was",
];

/// Words that open a relative aside.
const RELATIVES: &[&str] = &["which", "who", "whom", "whose"];

/// Modal words that turn a clause to what may happen next.
const FUTURE_MODALS: &[&str] = &[
    "can", "could", "may", "might", "shall", "should", "will", "would",
];

/// Words of advice or obligation: a clause with one gives an instruction, not a claim.
const ADVICE_WORDS: &[&str] = &[
    "advised",
    "advises",
    "must",
    "ought",
    "recommended",
    "recommends",
    "should",
    "urged",
    "urges",
];

/// The headline concepts a run of body tokens shares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Shared {
    /// Any concept: names, numbers, stems and paraphrase sets.
    pub(super) any: usize,
    /// Words, paraphrase sets and numbers, not names: what the claim is about, not who.
    pub(super) content: usize,
}

/// Reads a body's clauses, quotes and breaks once, then tells for each cue whether its scope
/// bears on the headline's claim.
pub(super) struct Bearing<'a, 'v> {
    body: &'a FieldView<'v>,
    concepts: &'a ArticleConcepts<'a>,
    in_headline: &'a [bool],
    clause: &'a [usize],
    /// The first headline token of each concept the headline has (`u32::MAX` otherwise).
    head_word: Vec<u32>,
    /// Per headline token: it names someone or something (an entity of the lexicons).
    head_name: Vec<bool>,
    /// A comma, semicolon, colon or dash stands right before token `t`.
    break_before: Vec<bool>,
    /// The headline hedges or predicts: a caveat about what will happen next bears on it.
    headline_predicts: bool,
    /// The headline's tone is neutral: a denial must take on more of its claim.
    headline_neutral: bool,
}

impl<'a, 'v> Bearing<'a, 'v> {
    pub(super) fn new(
        body: &'a FieldView<'v>,
        concepts: &'a ArticleConcepts<'a>,
        in_headline: &'a [bool],
        headline_predicts: bool,
        headline_tone: f64,
    ) -> Bearing<'a, 'v> {
        let text = body.text();
        let tokens = &body.seg.tokens;
        let break_before = (0..tokens.len())
            .map(|t| {
                t > 0
                    && tokens[t - 1].sentence == tokens[t].sentence
                    && text[tokens[t - 1].span.end..tokens[t].span.start]
                        .chars()
                        .any(|c| matches!(c, ',' | ';' | ':' | '—' | '–'))
            })
            .collect();
        let mut head_word = vec![u32::MAX; in_headline.len()];
        let head_tokens = concepts.headline.len();
        let mut head_name = vec![false; head_tokens];
        for (t, name) in head_name.iter_mut().enumerate() {
            for &c in concepts.headline.of(t) {
                if head_word[c as usize] == u32::MAX {
                    head_word[c as usize] = t as u32;
                }
                *name |= matches!(concepts.concept(c), Concept::Entity(_));
            }
        }
        Bearing {
            body,
            concepts,
            in_headline,
            clause: &body.clauses,
            head_word,
            head_name,
            break_before,
            headline_predicts,
            headline_neutral: headline_tone.abs() <= 0.05,
        }
    }

    /// Whether the cue over `cue` (token range) of `role` bears on the headline's claim.
    /// `explicit_pole`: the headline names its outcome (for progress and setback cues).
    pub(super) fn bears(&self, role: Role, cue: Range<usize>, explicit_pole: bool) -> bool {
        let clause = self.clause_tokens(cue.start);
        let after: Vec<usize> = clause.iter().copied().filter(|&t| t >= cue.end).collect();
        let before: Vec<usize> = clause.iter().copied().filter(|&t| t < cue.start).collect();
        let actor = self.actor(&before);
        match role {
            // "U.S. citizens in China should consult a medical professional if they experience
            // any symptoms": a condition on advice states nothing the headline claims as done.
            Role::Condition => {
                !before
                    .iter()
                    .any(|&t| ADVICE_WORDS.contains(&self.body.seg.lower_at(t)))
                    && self.shared(&self.governed(&clause, cue.start)).content >= 1
            }
            Role::Caveat => self.caveat_bears(&clause, &before, &after, cue),
            Role::Contrary => self.shared(&after).content >= 1 || self.has_figure(&after),
            // Doubt about "her claim" or "the report" is doubt about the headline's claim, as a
            // denial of one is.
            Role::OtherSide => self.shared(&after).content >= 1 || self.names_a_claim(&after),
            Role::Denial => {
                let needed = if self.headline_neutral { 2 } else { 1 };
                // What the denial or label covers: its clause, or only its own segment when
                // that is a relative aside ("the president — who has long had an affinity for
                // conspiracy theories — appeared to …").
                let segment = self.segment(&before, cue.clone(), &after);
                let aside = segment
                    .first()
                    .is_some_and(|&t| RELATIVES.contains(&self.body.seg.lower_at(t)));
                let scope = if aside { segment } else { clause.clone() };
                let content = self.shared(&scope).content;
                let names_a_claim = self.names_a_claim(&scope);
                let about_the_claim = content >= needed || names_a_claim;
                // Who denies: the headline's side; or the outlet itself, when its refutation
                // takes on two of the headline's words ("the photo of the shark is fake") or
                // names the report ("like all good urban myths, the articles…"); never a third
                // party whose rebuttal the body reports.
                let outlet = self.body.seg.tokens[cue.start].voice == Voice::Outlet;
                // The outlet's own refutation names nobody as who denies: "Manafort has
                // denied the Guardian's claims" reports a bystander's denial, which is no
                // more the headline's side for being told in the outlet's words.
                let seg = &self.body.seg;
                let named = |t: usize| {
                    let first = seg.sentences[seg.tokens[t].sentence as usize].tokens.start;
                    seg.tokens[t].capitalized && (t != first || self.is_a_name(t))
                };
                let bystander = self.shared(&actor).any == 0 && actor.iter().any(|&t| named(t));
                // A bystander's report that the outlet calls wrong ("In a report that set off
                // the tempest over the talking points, ABC News reported incorrectly that …")
                // refutes what that report said: the headline's words must stand in it, not
                // around it. Past a fronted phrase, who reports is the subject of the verb of
                // saying right before the cue.
                let reporter: Vec<usize> = match before.last() {
                    Some(&verb) if self.body.attribution.cues[verb] => {
                        let subject = &before[..before.len() - 1];
                        let from = subject
                            .iter()
                            .rposition(|&t| self.break_before[t] || self.body.attribution.cues[t])
                            .map_or(0, |k| {
                                k + usize::from(self.body.attribution.cues[subject[k]])
                            });
                        subject[from..].to_vec()
                    }
                    _ => Vec::new(),
                };
                let reported_by_a_bystander =
                    self.shared(&reporter).any == 0 && reporter.iter().any(|&t| named(t));
                let taken_on = if bystander || reported_by_a_bystander {
                    self.shared(&after).content
                } else {
                    content
                };
                let side = self.is_headline_side(&actor, cue.start)
                    || taken_on >= 2
                    || (outlet && names_a_claim && !bystander);
                about_the_claim && side && !self.third_party_speaks(cue.start)
            }
            Role::Response => self.is_headline_side(&actor, cue.start),
            Role::Progress | Role::Setback => {
                let shared = self.shared(&clause);
                if explicit_pole {
                    shared.any >= 1
                } else {
                    shared.content >= 2
                }
            }
            _ => false,
        }
    }

    /// The tokens of the clause around token `t`: its quoted words if `t` is quoted, and its
    /// words outside quotation marks otherwise.
    fn clause_tokens(&self, t: usize) -> Vec<usize> {
        let tokens = &self.body.seg.tokens;
        let id = self.clause[t];
        let mut start = t;
        while start > 0 && self.clause[start - 1] == id {
            start -= 1;
        }
        let mut end = t + 1;
        while end < tokens.len() && self.clause[end] == id {
            end += 1;
        }
        // The speaker's quotation in the clause (its parts on both sides of "he said"), or
        // the clause outside it.
        let quoted = tokens[t].voice == Voice::Quoted;
        (start..end)
            .filter(|&i| (tokens[i].voice == Voice::Quoted) == quoted)
            .collect()
    }

    /// What a condition at token `cue` governs: the part of its clause before it back to the
    /// last break (and one segment further when that is a word or two: ", especially if"),
    /// or, for a clause that opens with the condition ("If the vote fails, the plan is dead"),
    /// what follows the condition's comma.
    fn governed(&self, clause: &[usize], cue: usize) -> Vec<usize> {
        // "steps that, if implemented by a future administration, would make a difference":
        // a condition set off by commas governs the modal clause that follows it, not the
        // words before it.
        if let Some(k) = clause.iter().position(|&t| t > cue && self.break_before[t]) {
            if FUTURE_MODALS.contains(&self.body.seg.lower_at(clause[k])) {
                let end = clause[k + 1..]
                    .iter()
                    .position(|&t| self.break_before[t])
                    .map_or(clause.len(), |e| k + 1 + e);
                return clause[k..end].to_vec();
            }
        }
        let before: Vec<usize> = clause.iter().copied().filter(|&t| t < cue).collect();
        if before.is_empty() {
            return match clause.iter().position(|&t| t > cue && self.break_before[t]) {
                Some(k) => clause[k..].to_vec(),
                None => Vec::new(),
            };
        }
        let mut start = before.len();
        let mut breaks = 0;
        while start > 0 {
            start -= 1;
            if self.break_before[before[start]] {
                breaks += 1;
                if breaks == 2 || before.len() - start > 2 {
                    break;
                }
            }
        }
        before[start..].to_vec()
    }

    fn caveat_bears(
        &self,
        clause: &[usize],
        before: &[usize],
        after: &[usize],
        cue: Range<usize>,
    ) -> bool {
        let mut scope = self.segment(before, cue.clone(), after);
        let seg_end = after
            .iter()
            .position(|&t| self.break_before[t])
            .unwrap_or(after.len());
        let after = &after[..seg_end];
        // "…, but this could not be verified": the claim is the clause before.
        let anaphoric = scope.iter().any(|&t| self.is_anaphor(t));
        if self.shared(&scope).content == 0 && anaphoric {
            scope = self.previous_clause(clause[0]);
        }
        // "It remains to be seen how much the endorsement will help him": what is uncertain
        // is what the modal governs, which must be the headline's claim unless the headline
        // itself looks ahead.
        if !self.headline_predicts {
            if let Some(k) = after
                .iter()
                .position(|&t| FUTURE_MODALS.contains(&self.body.seg.lower_at(t)))
            {
                return self.shared(&after[k..]).content >= 1;
            }
            // "Whether the debate will alter the course of the race remains to be seen": the
            // modal before the cue, in its segment, governs what is uncertain.
            if let Some(k) = scope
                .iter()
                .rposition(|&t| t < cue.start && FUTURE_MODALS.contains(&self.body.seg.lower_at(t)))
            {
                let governed: Vec<usize> = scope[k + 1..]
                    .iter()
                    .copied()
                    .filter(|&t| t < cue.start)
                    .collect();
                // A modal that is part of the cue ("that could not be confirmed") governs
                // nothing of its own.
                if governed.iter().any(|&t| !self.is_function_word(t)) {
                    return self.shared(&governed).content >= 1;
                }
            }
        }
        self.shared(&scope).content >= 1
    }

    /// Whether token `t` refers back to a claim: "this", "it", "these"; and "that" as a subject
    /// ("that could not be verified"), not as the conjunction of reported speech ("said
    /// Tuesday that he would…"), which opens a clause rather than pointing back.
    fn is_anaphor(&self, t: usize) -> bool {
        let seg = &self.body.seg;
        let word = seg.lower_at(t);
        if word != "that" {
            return ANAPHORS.contains(&word);
        }
        let next = seg
            .tokens
            .get(t + 1)
            .filter(|n| n.sentence == seg.tokens[t].sentence)
            .map(|_| seg.lower_at(t + 1));
        next.is_none_or(|n| SUBJECT_VERBS.contains(&n) || FUTURE_MODALS.contains(&n))
    }

    /// The cue's own segment of its clause: back to the last break before it, on to the next
    /// break after it ("…, calling the charges serious" is another matter; "— who has long
    /// had an affinity for conspiracy theories —" is an aside). A segment without a content
    /// word before the cue ("…, has not been verified") takes the clause's opening segment,
    /// its subject, too.
    fn segment(&self, before: &[usize], cue: Range<usize>, after: &[usize]) -> Vec<usize> {
        let seg_start = before
            .iter()
            .rposition(|&t| self.break_before[t])
            .unwrap_or(0);
        let seg_end = after
            .iter()
            .position(|&t| self.break_before[t])
            .unwrap_or(after.len());
        let mut scope: Vec<usize> = Vec::new();
        let lead = &before[seg_start..];
        if seg_start > 0 && lead.iter().all(|&t| self.is_function_word(t)) {
            let opening = before
                .iter()
                .skip(1)
                .position(|&t| self.break_before[t])
                .map_or(seg_start, |k| k + 1);
            scope.extend_from_slice(&before[..opening]);
        }
        scope.extend_from_slice(lead);
        scope.extend(cue);
        scope.extend_from_slice(&after[..seg_end]);
        scope
    }

    /// The clause before the one starting at `first`, in the same sentence, or the previous
    /// sentence's last clause.
    fn previous_clause(&self, first: usize) -> Vec<usize> {
        if first == 0 {
            return Vec::new();
        }
        let id = self.clause[first - 1];
        (0..first)
            .rev()
            .take_while(|&t| self.clause[t] == id)
            .collect()
    }

    /// Who acts in a clause, given its words before the cue: the words before the clause's
    /// first reporting cue ("a high-ranking Iranian commander also slammed the US …, adding
    /// that the claims were untrue" is the commander's denial, whatever the words between), or
    /// all the words before the cue.
    ///
    /// A fronted phrase set off by a comma is when or where, not who: in "Hours before
    /// Trump's announcement, the agency defended its decision" the agency acts. The words after
    /// the last break are the actor when they hold a word of substance.
    fn actor(&self, before: &[usize]) -> Vec<usize> {
        let cues = &self.body.attribution.cues;
        let words = match before.iter().position(|&t| cues.get(t) == Some(&true)) {
            Some(k) => &before[..k],
            None => before,
        };
        let after_break = words
            .iter()
            .rposition(|&t| self.break_before[t])
            .map(|k| &words[k..])
            .filter(|rest| rest.iter().any(|&t| !self.is_function_word(t)));
        after_break.unwrap_or(words).to_vec()
    }

    /// Whether the one who speaks at the cue starting at `cue` is the headline's side (see
    /// [`Bearing::is_headline_side`]).
    pub(super) fn headline_side_speaks(&self, cue: usize) -> bool {
        let before: Vec<usize> = self
            .clause_tokens(cue)
            .into_iter()
            .filter(|&t| t < cue)
            .collect();
        self.is_headline_side(&self.actor(&before), cue)
    }

    /// The side that denies or responds is the headline's: who acts (the clause before the
    /// cue) shares a headline concept, or is a pronoun and the sentence or the one before
    /// names someone or something of the headline.
    fn is_headline_side(&self, before: &[usize], cue: usize) -> bool {
        if self.shared(before).any >= 1 {
            return true;
        }
        let pronoun = before
            .iter()
            .any(|&t| PRONOUNS.contains(&self.body.seg.lower_at(t)));
        if !pronoun {
            return false;
        }
        let sentence = self.body.seg.tokens[cue].sentence as usize;
        let from = sentence.saturating_sub(1);
        (from..=sentence).any(|s| {
            let range = self.body.seg.sentences[s].tokens.clone();
            let tokens: Vec<usize> = range.collect();
            self.shared(&tokens).any >= 1
        })
    }

    /// Whether a cue in reported speech is a third party's: the sentence's words in the
    /// outlet's voice (its attribution frame, "The Iranian commander insisted that") name
    /// someone the headline does not (a word capitalised inside the sentence) and share no
    /// headline word. A rebuttal by a bystander is not the denial of the side the headline
    /// casts.
    fn third_party_speaks(&self, cue: usize) -> bool {
        let seg = &self.body.seg;
        let token = &seg.tokens[cue];
        if token.voice == Voice::Outlet {
            return false;
        }
        let sentence = &seg.sentences[token.sentence as usize];
        // The speaker: the outlet's words before the first reporting cue of the sentence
        // ("In October, a high-ranking Iranian commander also slammed …"), or all of them
        // when the sentence has no cue (a quotation whose speaker is named elsewhere).
        let cues = &self.body.attribution.cues;
        let end = sentence
            .tokens
            .clone()
            .find(|&t| cues.get(t) == Some(&true))
            .unwrap_or(sentence.tokens.end);
        let frame: Vec<usize> = (sentence.tokens.start..end)
            .filter(|&t| seg.tokens[t].voice == Voice::Outlet)
            .collect();
        let names_someone = frame.iter().any(|&t| {
            seg.tokens[t].capitalized && (t != sentence.tokens.start || self.is_a_name(t))
        });
        names_someone && self.shared(&frame).any == 0
    }

    /// Whether a sentence's capitalised first word is a name: the body capitalises the same
    /// word inside a sentence too ("Manafort has denied …" where "Mr. Manafort" appears
    /// elsewhere), which a common word opening a sentence ("Officials denied …") never is.
    fn is_a_name(&self, t: usize) -> bool {
        let seg = &self.body.seg;
        let word = seg.lower_at(t);
        // "The" is capitalised inside sentences too, in titles ("told The Sun").
        if self.is_function_word(t) {
            return false;
        }
        (0..seg.tokens.len()).any(|u| {
            let token = &seg.tokens[u];
            u != t
                && token.capitalized
                && seg.sentences[token.sentence as usize].tokens.start != u
                && seg.lower_at(u) == word
        })
    }

    fn is_function_word(&self, t: usize) -> bool {
        crate::text::stopwords::is_stopword(self.body.seg.lower_at(t))
    }

    /// Whether the cue's scope points at *the* claim: a claim noun with a definite or
    /// possessive determiner just before it ("skeptical about her wild claim", "pushed back
    /// against the newspaper's story"). In a body about the headline's
    /// story, that claim is the headline's, whatever words the sentence shares with it.
    pub(super) fn points_at_the_claim(&self, role: Role, cue: Range<usize>) -> bool {
        let clause = self.clause_tokens(cue.start);
        let scope: Vec<usize> = match role {
            // Only doubt and limits: a denial of "the allegations" with no headline word may
            // deny another charge than the headline's, or one the headline itself disputes.
            Role::OtherSide | Role::Caveat => {
                clause.iter().copied().filter(|&t| t >= cue.end).collect()
            }
            _ => return false,
        };
        let seg = &self.body.seg;
        scope.iter().any(|&t| {
            CLAIM_NOUNS.contains(&seg.lower_at(t))
                && (t.saturating_sub(2)..t).any(|d| DEFINITE.contains(&seg.lower_at(d)))
        })
    }

    fn names_a_claim(&self, tokens: &[usize]) -> bool {
        tokens
            .iter()
            .any(|&t| CLAIM_NOUNS.contains(&self.body.seg.lower_at(t)))
    }

    fn has_figure(&self, tokens: &[usize]) -> bool {
        tokens.iter().any(|&t| {
            self.body
                .seg
                .lower_at(t)
                .bytes()
                .any(|b| b.is_ascii_digit())
        })
    }

    /// The headline words the tokens share (through any of their concepts), each counted
    /// once. A shared word is content unless it is a name: an entity of the lexicons or a word the body capitalises inside a sentence ("Mr. Hunter's seat").
    pub(super) fn shared(&self, tokens: &[usize]) -> Shared {
        let mut seen: Vec<u32> = Vec::new();
        let mut content: Vec<u32> = Vec::new();
        let seg = &self.body.seg;
        for &t in tokens {
            let token = &seg.tokens[t];
            let capitalised_name = (token.capitalized
                && seg.sentences[token.sentence as usize].tokens.start != t)
                || TITLES.contains(&seg.lower_at(t));
            for &c in self.concepts.body.of(t) {
                let word = self.head_word[c as usize];
                if !self.in_headline[c as usize] || word == u32::MAX {
                    continue;
                }
                if !seen.contains(&word) {
                    seen.push(word);
                }
                let is_content = !matches!(self.concepts.concept(c), Concept::Entity(_))
                    && !self.head_name[word as usize]
                    && !capitalised_name;
                if is_content && !content.contains(&word) {
                    content.push(word);
                }
            }
        }
        Shared {
            any: seen.len(),
            content: content.len(),
        }
    }

    /// The clause of token `t` (an id that grows through the body).
    pub(super) fn clause_of(&self, t: usize) -> usize {
        self.clause[t]
    }

    /// How many headline words carry a concept that is not a name.
    pub(super) fn headline_content_words(&self) -> usize {
        (0..self.concepts.headline.len())
            .filter(|&t| {
                !self.head_name[t]
                    && self
                        .concepts
                        .headline
                        .of(t)
                        .iter()
                        .any(|&c| self.head_word[c as usize] == t as u32)
            })
            .count()
    }

    /// Whether token `t` carries a concept of the headline.
    pub(super) fn is_headline_word(&self, t: usize) -> bool {
        self.concepts
            .body
            .of(t)
            .iter()
            .any(|&c| self.in_headline[c as usize])
    }
}
