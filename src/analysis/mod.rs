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
pub mod concepts;
pub mod evaluative;
pub mod frames;
pub mod furniture;
pub mod loaded;
pub mod omissions;
pub mod sourcing;
pub mod support;
pub mod tone;

pub use article_type::{ArticleType, TypeKind};
pub use concepts::ArticleConcepts;
pub use frames::Frames;
pub use omissions::Omissions;
pub use sourcing::Sourcing;
pub use support::Support;
pub use tone::Tone;

use crate::article::Field;
use crate::lexicon::{FieldMatches, Matcher, Payload};
use crate::text::{voice, Segmented, Span};
use crate::vocab::Location;

/// A field of the article, segmented, matched, with voices marked.
#[derive(Debug, Clone)]
pub struct FieldView<'a> {
    pub location: Location,
    pub field: &'a Field,
    pub seg: Segmented,
    pub found: FieldMatches,
    /// Quoted byte ranges.
    pub quoted: Vec<Span>,
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
}

/// Conjunctions that start an independent clause after a comma.
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "although", "and", "but", "though", "whereas", "while", "yet",
];

/// A clause id per token. A source's attribution reaches to the end of its clause, not past
/// a semicolon or ", and …" that starts a new independent clause ("China has denied the
/// request, and it probably won't be the last time" — the second half is the outlet's),
/// though ", and that …" still continues the reported speech.
pub(crate) fn clause_ids(text: &str, seg: &Segmented) -> Vec<usize> {
    let mut ids = Vec::with_capacity(seg.tokens.len());
    let mut id = 0;
    for (i, token) in seg.tokens.iter().enumerate() {
        if i > 0 {
            let prev = &seg.tokens[i - 1];
            // One pass over the gap's bytes (usually a space or two) for both marks.
            let (comma, semicolon) = text.as_bytes()[prev.span.end..token.span.start]
                .iter()
                .fold((false, false), |(c, s), &b| {
                    (c || b == b',', s || b == b';')
                });
            let new_sentence = prev.sentence != token.sentence;
            let conjunction = comma
                && CLAUSE_CONJUNCTIONS.contains(&seg.lower(token))
                && seg.tokens.get(i + 1).is_none_or(|n| seg.lower(n) != "that");
            if new_sentence || semicolon || conjunction {
                id += 1;
            }
        }
        ids.push(id);
    }
    ids
}

/// Segments and matches a field, then marks each token's voice.
pub fn prepare_field<'a>(location: Location, field: &'a Field, matcher: &Matcher) -> FieldView<'a> {
    let text = field.text.as_str();
    let mut seg = Segmented::new(text);
    let found = matcher.find(text, &seg);
    let quoted = voice::quoted_ranges(text, &seg);
    let in_quote = |span: Span| voice::is_inside(&quoted, span);
    let clauses = clause_ids(text, &seg);
    let mut attributed_clauses = vec![false; clauses.last().map_or(0, |&c| c + 1)];
    let mut cue_tokens = vec![false; seg.tokens.len()];
    for m in &found.matches {
        if let Payload::Term(id) = m.payload {
            let first = m.tokens.start;
            // "Blinken's urging", "the minister's claim": after a possessive the cue is a
            // noun, not a verb reporting speech.
            let after_possessive = first > 0
                && seg.tokens[first - 1].sentence == seg.tokens[first].sentence
                && seg.lower_at(first - 1).ends_with("'s");
            // In a headline only "says", "told", "according to" and the like attribute: a
            // participle such as "Exposing" or "Slamming" there is the outlet's own claim.
            let attributes = matcher.terms[id as usize]
                .role
                .is_some_and(|r| r.attributes_in(location));
            if attributes && !in_quote(m.span) && !after_possessive {
                attributed_clauses[clauses[first]] = true;
                cue_tokens[m.tokens.clone()]
                    .iter_mut()
                    .for_each(|c| *c = true);
            }
        }
    }
    let attributed: Vec<bool> = clauses.iter().map(|&c| attributed_clauses[c]).collect();
    voice::mark_voices(&mut seg, &quoted, &attributed, &cue_tokens);
    FieldView {
        location,
        field,
        seg,
        found,
        quoted,
    }
}

/// Words that are capitalised without naming anyone.
const CALENDAR_WORDS: &[&str] = &[
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

/// Names the lexicons do not know: runs of two or more capitalised words inside a sentence
/// (not at its start), outside known entities and quotations, without calendar words or
/// single letters. Token ranges, in text order.
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
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Most words are lower-case: that settles them before anything else is looked up.
        if !tokens[i].capitalized {
            i += 1;
            continue;
        }
        let starts_sentence = view.seg.sentences[tokens[i].sentence as usize].tokens.start == i;
        if starts_sentence || !is_name_word(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].joined && is_name_word(j) {
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
