/*!
Salience of body sentences: how central, concrete and sourced each is, so that buried but
salient counter-evidence weighs more than a passing aside (see the module doc of
[`super`] for the blend).
*/

use super::super::concepts::FieldConcepts;
use super::super::FieldView;
use crate::text::Voice;
use crate::vocab::round3;

pub(super) const UNIT_WORDS: &[&str] = &[
    "americans",
    "cases",
    "days",
    "deaths",
    "hours",
    "lives",
    "minutes",
    "months",
    "people",
    "weeks",
    "years",
];

pub(super) const AMOUNT_WORDS: &[&str] = &[
    "billion",
    "dozen",
    "dozens",
    "hundreds",
    "million",
    "percent",
    "thousands",
    "trillion",
];

/// The distinct concept ids of each body sentence, sorted.
pub(super) fn sentence_concepts(body: &FieldView, concepts: &FieldConcepts) -> Vec<Vec<u32>> {
    body.seg
        .sentences
        .iter()
        .map(|s| {
            let mut set = concepts.of_tokens(s.tokens.clone()).to_vec();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect()
}

/// Salience of each body sentence, from the sorted concept ids of each sentence.
pub(super) fn salience(body: &FieldView, sets: &[Vec<u32>], concept_count: usize) -> Vec<f64> {
    // Centrality against the rest of the article in linear time (a centroid measure, after
    // MEAD, Radev et al. 2004): for each of the sentence's concepts, how many other sentences
    // share it, over √(its concept count). Pairwise cosines would be quadratic in sentences,
    // which a 20 MB body cannot afford.
    let n = sets.len();
    let mut df = vec![0u32; concept_count];
    for set in sets {
        for &c in set {
            df[c as usize] += 1;
        }
    }
    let raw: Vec<f64> = sets
        .iter()
        .map(|set| {
            if n < 2 {
                return 1.0;
            }
            if set.is_empty() {
                return 0.0;
            }
            let shared: u32 = set.iter().map(|&c| df[c as usize] - 1).sum();
            f64::from(shared) / ((n - 1) as f64 * (set.len() as f64).sqrt())
        })
        .collect();
    let max = raw.iter().copied().fold(0.0, f64::max);
    (0..n)
        .map(|i| {
            let tokens = body.seg.sentence_tokens(i);
            let centrality = if max > 0.0 { raw[i] / max } else { 0.0 };
            let quantity = tokens.iter().any(|t| {
                let lower = body.seg.lower(t);
                // Bytes, not chars: an ASCII digit byte is always a digit character.
                lower.bytes().any(|b| b.is_ascii_digit()) || AMOUNT_WORDS.contains(&lower)
            });
            let sourced = tokens.iter().any(|t| t.voice != Voice::Outlet);
            let position = if n < 2 {
                1.0
            } else {
                1.0 - 0.5 * i as f64 / (n - 1) as f64
            };
            round3(
                0.5 * centrality
                    + 0.2 * f64::from(u8::from(quantity))
                    + 0.2 * f64::from(u8::from(sourced))
                    + 0.1 * position,
            )
        })
        .collect()
}
