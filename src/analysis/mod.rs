/*!
The analyses of one article. Each takes the segmented, matched fields ([`FieldView`]) and
returns plain data with its evidence:

- [`loaded`]: lexicon terms, their voice and the loadedness densities;
- [`support`]: which headline claims and terms the body backs, with evidence sentences;
- [`omissions`]: counter-evidence the headline leaves out (caveats, denials, contrary facts,
  the other side, conditions), missing entities and numbers;
- [`furniture`]: body sentences that are page furniture (promo lines, captions), kept out of
  support and omissions;
- [`tone`]: negation-aware valence of headline and body, and the gap;
- [`frames`]: frame-cue distributions, headline versus body;
- [`sourcing`]: who speaks in the body, and what the outlet asserts on its own;
- [`article_type`]: news, opinion or press release, from cues in the text.
*/

pub mod article_type;
pub mod attribution;
pub mod concepts;
pub mod evaluative;
pub mod frames;
pub mod furniture;
pub mod loaded;
pub mod omissions;
pub mod scare_quotes;
pub mod sourcing;
pub mod support;
pub mod tone;
pub mod voices;

pub use article_type::{ArticleType, TypeKind};
pub use concepts::ArticleConcepts;
pub use frames::Frames;
pub use omissions::Omissions;
pub use sourcing::Sourcing;
pub use support::Support;
pub use tone::Tone;

use std::sync::OnceLock;

use crate::article::Field;
use crate::lexicon::{FieldMatches, Matcher, Payload};
use crate::text::transcript::{self, Turn};
use crate::text::{voice, Segmented, Span};
use crate::vocab::Location;

/// A field of the article, segmented, matched, with voices marked.
#[derive(Debug, Clone)]
pub struct FieldView<'a> {
    pub location: Location,
    pub field: &'a Field,
    pub seg: Segmented,
    pub found: FieldMatches,
    /// Quoted byte ranges (with the speeches of transcript turns).
    pub quoted: Vec<Span>,
    /// The speaker turns, when the field is an interview transcript.
    pub turns: Vec<Turn>,
    /// Which tokens are reported from a source, the cues, and the sentence governing each.
    pub attribution: attribution::Attribution,
    /// A clause id per token ([`attribution::clause_ids`]): computed once, read by the
    /// attribution, headline support and omissions.
    pub clauses: Vec<usize>,
    /// Which tokens lie in a negation's scope, computed when first asked for: headline
    /// support and omissions both read it.
    negated: OnceLock<Vec<bool>>,
}

impl<'a> FieldView<'a> {
    pub fn text(&self) -> &'a str {
        &self.field.text
    }

    /// The text of sentence `index`.
    pub fn sentence_text(&self, index: usize) -> &'a str {
        let span = self.seg.sentences[index].span;
        &self.field.text[span.start..span.end]
    }

    /// For each token, whether it lies in the scope of a negation cue
    /// ([`crate::text::negation::negated_tokens`]).
    pub fn negated(&self) -> &[bool] {
        self.negated
            .get_or_init(|| crate::text::negation::negated_tokens(self.text(), &self.seg))
    }
}

/// Conjunctions that start an independent clause after a comma.
pub(crate) const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "although", "and", "but", "though", "whereas", "while", "yet",
];

/// Segments and matches a field, then marks each token's voice.
pub fn prepare_field<'a>(location: Location, field: &'a Field, matcher: &Matcher) -> FieldView<'a> {
    let seg = Segmented::new(&field.text);
    let mut found = matcher.find(&field.text, &seg);
    matcher.apply_article_guards(&mut [(&seg, &mut found)]);
    finish_field(location, field, seg, found, matcher)
}

/// [`prepare_field`] for an article's headline and body together: a sense settled anywhere
/// in the article (an `unless-article-has` guard: "pleaded guilty" makes every "plea" the
/// legal one) holds in both fields, before attribution reads the matches.
pub fn prepare_fields<'a>(
    headline: Option<&'a Field>,
    body: &'a Field,
    matcher: &Matcher,
) -> (Option<FieldView<'a>>, FieldView<'a>) {
    let Some(headline) = headline else {
        return (None, prepare_field(Location::Body, body, matcher));
    };
    let body_seg = Segmented::new(&body.text);
    let mut body_found = matcher.find(&body.text, &body_seg);
    let head_seg = Segmented::new(&headline.text);
    let mut head_found = matcher.find(&headline.text, &head_seg);
    matcher.apply_article_guards(&mut [(&head_seg, &mut head_found), (&body_seg, &mut body_found)]);
    (
        Some(finish_field(
            Location::Headline,
            headline,
            head_seg,
            head_found,
            matcher,
        )),
        finish_field(Location::Body, body, body_seg, body_found, matcher),
    )
}

/// Quotations, attribution and voices of a field whose matches are found.
fn finish_field<'a>(
    location: Location,
    field: &'a Field,
    mut seg: Segmented,
    found: FieldMatches,
    matcher: &Matcher,
) -> FieldView<'a> {
    let text = field.text.as_str();
    let turns = transcript::turns(text);
    let quoted = voice::with_turns(voice::quoted_ranges(text, &seg), &turns);
    let clauses = attribution::clause_ids(text, &seg);
    let attribution =
        attribution::attribute(location, text, &seg, &found, matcher, &quoted, &clauses);
    voice::mark_voices(
        &mut seg,
        &quoted,
        &attribution.attributed,
        &attribution.cues,
    );
    FieldView {
        location,
        field,
        seg,
        found,
        quoted,
        turns,
        attribution,
        clauses,
        negated: OnceLock::new(),
    }
}

/// Words that are capitalised without naming anyone.
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "may",
    "monday",
    "november",
    "october",
    "saturday",
    "sept",
    "september",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Abbreviations that begin a place's name ("St. Louis", "Mt. Hood").
const NAME_ABBREVIATIONS: &[&str] = &["ft", "mt", "st"];

/// Titles that stand before a name at a sentence's start ("Senator Holt said"): the name is
/// the word after them (lower case, sorted).
const NAME_TITLES: &[&str] = &[
    "bishop",
    "cardinal",
    "chairman",
    "chief",
    "commissioner",
    "detective",
    "dr",
    "father",
    "gen",
    "general",
    "gov",
    "governor",
    "judge",
    "justice",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "officer",
    "pope",
    "president",
    "prof",
    "professor",
    "rep",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "sen",
    "senator",
    "sheriff",
    "speaker",
];

/// Capitalised words that open sentences without opening a name (lower case).
const SENTENCE_OPENERS: &[&str] = &[
    "after",
    "although",
    "and",
    "as",
    "but",
    "despite",
    "if",
    "like",
    "meanwhile",
    "since",
    "so",
    "then",
    "though",
    "today",
    "tonight",
    "unlike",
    "when",
    "while",
    "yesterday",
];

/// Names the lexicons do not know: runs of two or more capitalised words, outside known
/// entities and quotations, without calendar words or single letters (a sentence's first word
/// only where it opens a name). Token ranges, in text order.
pub fn name_runs(view: &FieldView, in_entity: &[bool]) -> Vec<std::ops::Range<usize>> {
    let tokens = &view.seg.tokens;
    let is_name_word = |i: usize| {
        let t = &tokens[i];
        t.capitalized
            && !in_entity[i]
            && t.voice != crate::vocab::Voice::Quoted
            && view
                .seg
                .lower(t)
                .chars()
                .filter(|c| c.is_alphabetic())
                .nth(1)
                .is_some()
            && CALENDAR_WORDS.binary_search(&view.seg.lower(t)).is_err()
    };
    // "St. Louis", "Ft. Worth": an abbreviation's full stop does not break the name.
    let joined = |j: usize| {
        tokens[j].joined || {
            let gap = &view.text()[tokens[j - 1].span.end..tokens[j].span.start];
            gap == ". " && NAME_ABBREVIATIONS.contains(&view.seg.lower_at(j - 1))
        }
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Most words are lower-case: that settles them before anything else is looked up.
        if !tokens[i].capitalized {
            i += 1;
            continue;
        }
        let starts_sentence = view.seg.sentences[tokens[i].sentence as usize].tokens.start == i;
        // A sentence's first word is capitalised whatever it is; it opens a name only when a
        // name word follows it and it is none of the words that open sentences ("Fox News
        // notes", "Judicial Watch Senior Investigator …"; not "The", "Meanwhile", "Yesterday").
        // Only before a single name word ("News") or after an abbreviation ("St. Louis"): a
        // longer name after a sentence's first word is whole without it, and that word is
        // often a title ("Senator Jane Holt said", counted under "Jane Holt").
        let opens_a_name = || {
            let word = view.seg.lower_at(i);
            let abbreviation = NAME_ABBREVIATIONS.contains(&word);
            let one_word_after = !(i + 2 < tokens.len() && joined(i + 2) && is_name_word(i + 2));
            let next = || view.seg.lower_at(i + 1);
            let first = &view.text()[tokens[i].span.start..tokens[i].span.end];
            i + 1 < tokens.len()
                && joined(i + 1)
                && is_name_word(i + 1)
                && (abbreviation
                    || (one_word_after
                        && !crate::text::stopwords::is_stopword(word)
                        && !crate::text::stopwords::is_stopword(next())
                        // A participle or an adverb opens a clause ("Added Gibbs", "Courting
                        // Iowa"); capitals throughout are a dateline ("KANSAS CITY").
                        && !word.ends_with("ly")
                        && !word.ends_with("ing")
                        && !word.ends_with("ed")
                        && first.chars().any(char::is_lowercase)
                        && !SENTENCE_OPENERS.contains(&word)
                        && !NAME_TITLES.contains(&word)
                        && !NAME_TITLES.contains(&next())))
        };
        if !is_name_word(i) || (starts_sentence && !opens_a_name()) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && joined(j) && is_name_word(j) {
            j += 1;
        }
        if j - i >= 2 {
            runs.push(i..j);
        }
        i = j;
    }
    runs
}

/// Tokens inside a lexicon entity alias.
pub fn entity_tokens(view: &FieldView) -> Vec<bool> {
    let mut in_entity = vec![false; view.seg.tokens.len()];
    for m in &view.found.matches {
        if matches!(m.payload, Payload::Entity(_)) {
            in_entity[m.tokens.clone()]
                .iter_mut()
                .for_each(|b| *b = true);
        }
    }
    in_entity
}

/// Verbs of belief: what someone thought, not what they said.
const BELIEF_VERBS: &[&str] = &[
    "assumed",
    "believe",
    "believed",
    "believes",
    "believing",
    "think",
    "thinking",
    "thinks",
    "thought",
];

/// Whether the denial cue at `cue` corrects a belief ("the professor *incorrectly* thought
/// Australia is not a country"): an adverb of error right before a verb of belief. Such a
/// sentence affirms that the belief was held, so it refutes nothing of a headline that
/// reports the belief as a belief (see [`reports_a_belief`]).
pub fn corrects_a_belief(view: &FieldView, cue: &std::ops::Range<usize>) -> bool {
    let seg = &view.seg;
    cue.len() == 1
        && seg.lower_at(cue.start).ends_with("ly")
        && cue.end < seg.tokens.len()
        && seg.tokens[cue.end].sentence == seg.tokens[cue.start].sentence
        && BELIEF_VERBS.contains(&seg.lower_at(cue.end))
}

/// Whether a headline reports a belief as such ("her professor believed Australia 'is not a
/// country'").
pub fn reports_a_belief(headline: &FieldView) -> bool {
    (0..headline.seg.tokens.len()).any(|t| BELIEF_VERBS.contains(&headline.seg.lower_at(t)))
}

/// Nouns that name a claim: a denial of one of these is a denial of the claim the headline
/// reports ("the minister denied the allegations").
pub const CLAIM_NOUNS: &[&str] = &[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "article",
    "articles",
    "charge",
    "charges",
    "claim",
    "claims",
    "report",
    "reports",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "stories",
    "story",
    "wrongdoing",
];

/// Nouns for what someone says, beside [`CLAIM_NOUNS`]: an adjective of error before one of
/// these judges a claim ("a misleading statement").
const STATEMENT_NOUNS: &[&str] = &[
    "account",
    "accounts",
    "assertion",
    "assertions",
    "narrative",
    "statement",
    "statements",
    "theory",
    "theories",
];

/// Adjectives of error, which describe things as readily as claims ("the incorrect date").
const ERROR_ADJECTIVES: &[&str] = &["erroneous", "inaccurate", "incorrect", "wrong"];

/// Whether a one-word denial cue is an adjective describing a thing rather than a verdict on a
/// claim: a determiner before it and a noun right after it that names no claim ("provides *the
/// incorrect date*", "*an inaccurate map*"), where "*a baseless claim*" and "*the misleading
/// statement*" judge one.
pub fn describes_a_thing(view: &FieldView, cue: &std::ops::Range<usize>) -> bool {
    let seg = &view.seg;
    if cue.len() != 1 || cue.start == 0 || cue.end >= seg.tokens.len() {
        return false;
    }
    // Adjectives of error only: "a fake photo", "the bogus image" are how a hoax is refuted.
    if !ERROR_ADJECTIVES.contains(&seg.lower_at(cue.start)) {
        return false;
    }
    let sentence = seg.tokens[cue.start].sentence;
    if seg.tokens[cue.start - 1].sentence != sentence || seg.tokens[cue.end].sentence != sentence {
        return false;
    }
    let determiner = matches!(
        seg.lower_at(cue.start - 1),
        "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her"
    );
    let gap = &view.text()[seg.tokens[cue.start].span.end..seg.tokens[cue.end].span.start];
    let noun = seg.lower_at(cue.end);
    determiner
        && gap.trim().is_empty()
        && !crate::text::stopwords::is_stopword(noun)
        && !CLAIM_NOUNS.contains(&noun)
        && !STATEMENT_NOUNS.contains(&noun)
}

/// Whether the word before token `t` (past an adverb) is a modal of possibility: "would push
/// back", "could well deny".
pub fn under_a_modal(body: &FieldView, t: usize) -> bool {
    body.seg
        .word_before_an_adverb(t)
        .is_some_and(|i| matches!(body.seg.lower_at(i), "would" | "could" | "might" | "may"))
}

/// Whether body sentence `i` ends with `mark`, before any closing quote or bracket.
pub fn sentence_ends_with(body: &FieldView, i: usize, mark: char) -> bool {
    body.sentence_text(i)
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .ends_with(mark)
}

/// Whether body sentence `i` is a question: its last mark, before any closing quote or
/// bracket, is a question mark. A question asks; it reports no caveat or denial ("No evidence
/// of fraud in the count?").
pub fn is_a_question(body: &FieldView, i: usize) -> bool {
    sentence_ends_with(body, i, '?')
}

/// Whether token `t` stands in a clause opened by "if", "whether" or "unless" before it: up
/// to the last comma, semicolon or colon of its sentence.
pub fn in_a_supposition(body: &FieldView, t: usize) -> bool {
    let seg = &body.seg;
    let sentence = seg.tokens[t].sentence;
    let text = body.text().as_bytes();
    let mut i = t;
    while i > 0 && seg.tokens[i - 1].sentence == sentence {
        let gap = &text[seg.tokens[i - 1].span.end..seg.tokens[i].span.start];
        if gap.iter().any(|b| matches!(b, b',' | b';' | b':')) {
            return false;
        }
        i -= 1;
        if matches!(seg.lower_at(i), "if" | "whether" | "unless") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_are_sorted() {
        let mut s = CALENDAR_WORDS.to_vec();
        s.sort_unstable();
        assert_eq!(s, CALENDAR_WORDS);
    }
}
