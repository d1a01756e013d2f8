/*!
Concepts: what a content word stands for, for comparing headline and body (see [`super::support`]
and [`super::omissions`]). A word's concepts are its stem, the entity it names and the
paraphrase sets it belongs to, and its value if it is a small number.

The concepts of one article are interned once into small dense ids, shared by the headline
and the body. Why: support and omissions compare every sentence's concepts with the
headline's and with each other; with ids those comparisons are array lookups and sorted
merges, where hashing stems (strings) was the largest cost of both analyses.
*/

use rustc_hash::FxHashMap as HashMap;

use super::FieldView;
use crate::lexicon::Payload;

/// One concept. The stem is borrowed from the field's matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Concept<'a> {
    Stem(&'a str),
    /// A small number, however written: "3", "three", "third", "3rd".
    Number(u32),
    Set(u32),
    Entity(u32),
}

/// The concept ids of every token of a field, flattened: the ids of token `t` are
/// `ids[offsets[t]..offsets[t + 1]]`, without repeats.
#[derive(Debug, Clone, Default)]
pub(super) struct FieldConcepts {
    offsets: Vec<u32>,
    ids: Vec<u32>,
}

impl FieldConcepts {
    /// The concept ids of token `t`.
    pub(super) fn of(&self, t: usize) -> &[u32] {
        self.of_tokens(t..t + 1)
    }

    /// The number of concept ids over all tokens.
    pub(super) fn id_count(&self) -> usize {
        self.ids.len()
    }

    /// The number of tokens.
    pub(super) fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// The concept ids of a run of tokens (a sentence, say), token after token.
    pub(super) fn of_tokens(&self, tokens: std::ops::Range<usize>) -> &[u32] {
        &self.ids[self.offsets[tokens.start] as usize..self.offsets[tokens.end] as usize]
    }
}

/// The concepts of an article's headline and body, interned to ids shared by both fields.
#[derive(Debug, Default)]
pub struct ArticleConcepts<'a> {
    table: HashMap<Concept<'a>, u32>,
    /// The concept of each id.
    concepts: Vec<Concept<'a>>,
    /// Stem ids by the address of the stem's text. The matcher hands out one shared stem per
    /// distinct word, so most tokens are found here by a pointer, not by hashing their stem;
    /// two addresses with the same text still meet in `table`.
    stem_by_address: HashMap<usize, u32>,
    pub(super) headline: FieldConcepts,
    pub(super) body: FieldConcepts,
}

impl<'a> ArticleConcepts<'a> {
    /// Interns the concepts of both fields; without a headline its concepts are empty.
    pub fn new(headline: Option<&'a FieldView>, body: &'a FieldView) -> ArticleConcepts<'a> {
        let mut article = ArticleConcepts::default();
        if let Some(h) = headline {
            article.headline = article.field(h);
        }
        article.body = article.field(body);
        article
    }

    /// The number of distinct concepts: ids run from 0 to this.
    pub(super) fn len(&self) -> usize {
        self.concepts.len()
    }

    /// The id of a concept, if the article has it.
    pub(super) fn id(&self, concept: &Concept<'a>) -> Option<u32> {
        self.table.get(concept).copied()
    }

    pub(super) fn concept(&self, id: u32) -> Concept<'a> {
        self.concepts[id as usize]
    }

    fn intern(&mut self, concept: Concept<'a>) -> u32 {
        let next = self.concepts.len() as u32;
        let id = *self.table.entry(concept).or_insert(next);
        if id == next {
            self.concepts.push(concept);
        }
        id
    }

    /// [`Self::intern`] for a stem, looked up by its address first.
    fn intern_stem(&mut self, stem: &'a str) -> u32 {
        let address = stem.as_ptr() as usize;
        if let Some(&id) = self.stem_by_address.get(&address) {
            return id;
        }
        let id = self.intern(Concept::Stem(stem));
        self.stem_by_address.insert(address, id);
        id
    }

    /// A field's concepts per token: the paraphrase sets and entities of the matches over it,
    /// its number, and its stem unless it is a function word or part of a multi-word
    /// paraphrase ("falls on deaf ears" counts as its set only, not as "falls").
    fn field(&mut self, view: &'a FieldView) -> FieldConcepts {
        let n = view.seg.tokens.len();
        let mut phrase_set = vec![false; n];
        // (token, concept id) from the matches, in match order.
        let mut from_matches: Vec<(u32, u32)> = Vec::new();
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
            let id = self.intern(concept);
            from_matches.extend(m.tokens.clone().map(|t| (t as u32, id)));
        }
        // Stable: a token's concepts keep the order of the matches.
        from_matches.sort_by_key(|&(t, _)| t);
        let mut out = FieldConcepts {
            offsets: Vec::with_capacity(n + 1),
            ids: Vec::with_capacity(n + from_matches.len()),
        };
        let mut next_match = 0;
        for (i, token) in view.seg.tokens.iter().enumerate() {
            let start = out.ids.len();
            out.offsets.push(start as u32);
            while next_match < from_matches.len() && from_matches[next_match].0 as usize == i {
                let id = from_matches[next_match].1;
                if !out.ids[start..].contains(&id) {
                    out.ids.push(id);
                }
                next_match += 1;
            }
            if let Some(value) = small_number(view.seg.lower(token)) {
                out.ids.push(self.intern(Concept::Number(value)));
            }
            let word = &view.found.words[i];
            if !phrase_set[i] && !word.is_stopword {
                out.ids.push(self.intern_stem(&word.stem));
            }
        }
        out.offsets.push(out.ids.len() as u32);
        out
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

/// The first letters of [`CARDINALS`] and [`ORDINALS`].
const NUMBER_WORD_INITIALS: &[u8] = b"efnostz";

/// The value of a number word, an ordinal or digits ("3", "3rd", "three", "third"), up to
/// twenty in words and any size in digits.
fn small_number(lower: &str) -> Option<u32> {
    // Every number word starts with one of these letters: most words skip the 42 comparisons.
    if lower
        .bytes()
        .next()
        .is_some_and(|b| NUMBER_WORD_INITIALS.contains(&b))
    {
        if let Some(i) = CARDINALS.iter().position(|w| *w == lower) {
            return Some(i as u32);
        }
        if let Some(i) = ORDINALS.iter().position(|w| *w == lower) {
            return Some(i as u32);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn number_word_initials_cover_every_number_word() {
        for w in CARDINALS.iter().chain(&ORDINALS) {
            assert!(NUMBER_WORD_INITIALS.contains(&w.as_bytes()[0]), "{w}");
        }
    }
}
