/*!
Omissions: salient body content the headline leaves out, above all content that cuts against
the headline's frame.

Salience of a body sentence (in [0, 1]) blends four signals so that position cannot dominate —
buried facts are what we look for:

- centrality (0.5): overlap with the rest of the article — for each of the sentence's
  concepts, the number of other sentences sharing it, over √(its concept count) — scaled so the
  most central sentence scores 1;
- quantity (0.2): it carries a number or an amount;
- sourcing (0.2): it is reported from a named source or quotes one;
- position (0.1): 1 for the first sentence, falling linearly to 0.5 for the last.

A sentence is an omission when the headline covers at most a quarter of its concepts and
either its tone runs against the headline's (from the 30th percentile of salience up) or it is at
least as salient as the median sentence and cues a frame the headline does not. Body entities and numbers absent from the headline are listed too.
*/

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::{Deserialize, Serialize};

use super::concepts::{ArticleConcepts, FieldConcepts};
use super::frames::{frame_counts, frame_counts_by_sentence};
use super::tone::valence_hits;
use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::text::Voice;
use crate::vocab::{round3, Span};

/// Most omissions listed.
const MAX_OMISSIONS: usize = 8;
/// Most missing entities or numbers listed.
const MAX_MISSING: usize = 10;

/// A salient body sentence the headline leaves out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Omission {
    pub sentence: usize,
    pub span: Span,
    pub text: String,
    pub salience: f64,
    /// Share of the sentence's concepts the headline mentions.
    pub headline_coverage: f64,
    /// Sum of the sentence's (negation-aware) valence scores.
    pub valence: f64,
    /// Frames the sentence cues that the headline does not.
    pub frames: Vec<String>,
    pub reasons: Vec<String>,
}

/// An entity or a number in the body that the headline does not mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissingItem {
    pub text: String,
    pub mentions: usize,
    /// Sentence of the first mention.
    pub sentence: usize,
}

/// What the headline leaves out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Omissions {
    pub omissions: Vec<Omission>,
    pub missing_entities: Vec<MissingItem>,
    pub missing_numbers: Vec<MissingItem>,
    /// Salience of every body sentence, in order (for the HTML report and research).
    pub salience: Vec<f64>,
}

const UNIT_WORDS: &[&str] = &[
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

const AMOUNT_WORDS: &[&str] = &[
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
fn sentence_concepts(body: &FieldView, concepts: &FieldConcepts) -> Vec<Vec<u32>> {
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
fn salience(body: &FieldView, sets: &[Vec<u32>], concept_count: usize) -> Vec<f64> {
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

/// Finds what the headline leaves out.
pub fn omissions(
    matcher: &Matcher,
    headline: Option<&FieldView>,
    headline_tone: f64,
    body: &FieldView,
    concepts: &ArticleConcepts,
) -> Omissions {
    let sets = sentence_concepts(body, &concepts.body);
    let salience = salience(body, &sets, concepts.len());
    let Some(headline) = headline else {
        return Omissions {
            salience,
            ..Omissions::default()
        };
    };
    let mut in_headline = vec![false; concepts.len()];
    for t in 0..headline.seg.tokens.len() {
        for &c in concepts.headline.of(t) {
            in_headline[c as usize] = true;
        }
    }
    let head_frames = frame_counts(headline, matcher.frames.len(), None);
    let sentence_frames = frame_counts_by_sentence(body, matcher.frames.len());
    let mut valence_by_sentence = vec![0.0; body.seg.sentences.len()];
    for hit in valence_hits(body) {
        if let Some(s) = body.seg.sentence_at(hit.start) {
            valence_by_sentence[s] += hit.score;
        }
    }
    let mut sorted = salience.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0.0);
    // Content against the headline's tone is the stronger reason, so it is listed from the
    // 30th percentile of salience up; a frame the headline ignores only from the median up.
    let low = sorted.get(sorted.len() * 3 / 10).copied().unwrap_or(0.0);

    let mut found = Vec::new();
    for (i, sentence) in body.seg.sentences.iter().enumerate() {
        let own = &sets[i];
        if own.len() < 3 || salience[i] < low {
            continue;
        }
        let coverage =
            own.iter().filter(|&&c| in_headline[c as usize]).count() as f64 / own.len() as f64;
        if coverage > 0.25 {
            continue;
        }
        let valence = valence_by_sentence[i];
        let frames: Vec<String> = sentence_frames[i]
            .iter()
            .enumerate()
            .filter(|&(f, &c)| c > 0 && head_frames[f] == 0)
            .map(|(f, _)| matcher.frames[f].clone())
            .collect();
        let mut reasons = Vec::new();
        let against_tone =
            (headline_tone < -0.05 && valence > 0.0) || (headline_tone > 0.05 && valence < 0.0);
        if against_tone {
            reasons.push(format!(
                "its tone ({valence:+.1}) runs against the headline's ({headline_tone:+.2})"
            ));
        } else if salience[i] < median {
            continue;
        }
        if !frames.is_empty() {
            reasons.push(format!(
                "it frames the story as {} — the headline does not",
                frames.join(", ")
            ));
        }
        if reasons.is_empty() {
            continue;
        }
        reasons.push(format!(
            "salience {:.2} (median {:.2}); the headline covers {:.0}% of its content",
            salience[i],
            median,
            100.0 * coverage
        ));
        found.push(Omission {
            sentence: i,
            span: sentence.span,
            text: body.sentence_text(i).to_string(),
            salience: salience[i],
            headline_coverage: round3(coverage),
            valence: round3(valence),
            frames,
            reasons,
        });
    }
    // Against the headline's tone first, then by salience; ties keep text order.
    found.sort_by(|a, b| {
        let against = |o: &Omission| o.reasons[0].starts_with("its tone");
        against(b)
            .cmp(&against(a))
            .then(b.salience.total_cmp(&a.salience))
            .then(a.sentence.cmp(&b.sentence))
    });
    found.truncate(MAX_OMISSIONS);
    Omissions {
        omissions: found,
        missing_entities: missing_entities(matcher, headline, body),
        missing_numbers: missing_numbers(headline, body),
        salience,
    }
}

/// Entities of the body (lexicon entities, and runs of capitalised words inside sentences)
/// that the headline does not name.
fn missing_entities(matcher: &Matcher, headline: &FieldView, body: &FieldView) -> Vec<MissingItem> {
    let head_entities: HashSet<u32> = headline
        .found
        .matches
        .iter()
        .filter_map(|m| match m.payload {
            Payload::Entity(e) => Some(e),
            _ => None,
        })
        .collect();
    let head_words: HashSet<&str> = headline
        .seg
        .tokens
        .iter()
        .map(|t| headline.seg.lower(t))
        .collect();
    let mut counts: HashMap<String, (usize, usize, usize)> = HashMap::default(); // name -> (mentions, sentence, order)
    let in_entity = super::entity_tokens(body);
    let mut last: Option<usize> = None;
    for m in &body.found.matches {
        if let Payload::Entity(e) = m.payload {
            // Several aliases may match at one place; count the longest once.
            if last == Some(m.span.start) {
                continue;
            }
            last = Some(m.span.start);
            if head_entities.contains(&e) {
                continue;
            }
            let sentence = body.seg.tokens[m.tokens.start].sentence as usize;
            let order = counts.len();
            let entry = counts
                .entry(matcher.entities[e as usize].0.clone())
                .or_insert((0, sentence, order));
            entry.0 += 1;
        }
    }
    let tokens = &body.seg.tokens;
    for run in super::name_runs(body, &in_entity) {
        if run
            .clone()
            .all(|t| head_words.contains(body.seg.lower_at(t)))
        {
            continue;
        }
        let name =
            body.text()[tokens[run.start].span.start..tokens[run.end - 1].span.end].to_string();
        let order = counts.len();
        let entry = counts
            .entry(name)
            .or_insert((0, tokens[run.start].sentence as usize, order));
        entry.0 += 1;
    }
    let mut items: Vec<(String, (usize, usize, usize))> = counts.into_iter().collect();
    items.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .2.cmp(&b.1 .2)));
    items
        .into_iter()
        .take(MAX_MISSING)
        .map(|(text, (mentions, sentence, _))| MissingItem {
            text,
            mentions,
            sentence,
        })
        .collect()
}

/// Amounts in the body ("$700 billion", "1 million", "31 minutes") absent from the headline.
fn missing_numbers(headline: &FieldView, body: &FieldView) -> Vec<MissingItem> {
    let head_digits: HashSet<&str> = headline
        .seg
        .tokens
        .iter()
        .map(|t| headline.seg.lower(t))
        .filter(|lower| lower.chars().any(|c| c.is_ascii_digit()))
        .collect();
    let mut items: Vec<MissingItem> = Vec::new();
    let tokens = &body.seg.tokens;
    let text = body.text();
    let lower = |i: usize| body.seg.lower_at(i);
    let has_digit = |i: usize| lower(i).bytes().any(|b| b.is_ascii_digit());
    let hyphen_joined = |i: usize| {
        i > 0
            && tokens[i].joined
            && text[tokens[i - 1].span.end..tokens[i].span.start].contains('-')
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "COVID-19" is a name, not a number.
        let part_of_name = hyphen_joined(i) && lower(i - 1).chars().any(char::is_alphabetic);
        if !has_digit(i) || part_of_name || head_digits.contains(lower(i)) {
            i += 1;
            continue;
        }
        let mut start = t.span.start;
        if let Some(c) = text[..start].chars().next_back() {
            if matches!(c, '$' | '€' | '£') {
                start -= c.len_utf8();
            }
        }
        let mut last = i;
        // A range: "18-49".
        if last + 1 < tokens.len() && has_digit(last + 1) && hyphen_joined(last + 1) {
            last += 1;
        }
        if let Some(next) = tokens.get(last + 1) {
            let next_lower = body.seg.lower(next);
            let unit = AMOUNT_WORDS.contains(&next_lower) || UNIT_WORDS.contains(&next_lower);
            if next.joined && unit {
                last += 1;
            }
        }
        let item = text[start..tokens[last].span.end].to_string();
        let sentence = t.sentence as usize;
        match items.iter_mut().find(|m| m.text == item) {
            Some(m) => m.mentions += 1,
            None => items.push(MissingItem {
                text: item,
                mentions: 1,
                sentence,
            }),
        }
        i = last + 1;
    }
    items.truncate(MAX_MISSING);
    items
}
