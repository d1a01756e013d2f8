/*!
Entities and numbers of the body that the headline does not mention: listed beside the
omissions, never scored as counter-evidence.
*/

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::salience::{AMOUNT_WORDS, UNIT_WORDS};
use super::{MissingItem, MAX_MISSING};
use crate::analysis::FieldView;
use crate::lexicon::{Matcher, Payload};

/// Entities of the body (lexicon entities, and runs of capitalised words inside sentences)
/// that the headline does not name.
pub(super) fn missing_entities(
    matcher: &Matcher,
    headline: &FieldView,
    body: &FieldView,
) -> Vec<MissingItem> {
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
    let in_entity = crate::analysis::entity_tokens(body);
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
    for run in crate::analysis::name_runs(body, &in_entity) {
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
pub(super) fn missing_numbers(headline: &FieldView, body: &FieldView) -> Vec<MissingItem> {
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
            && text.as_bytes()[tokens[i - 1].span.end..tokens[i].span.start].contains(&b'-')
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // "COVID-19" is a name, not a number. Asked only of words with a digit: most words
        // have none, and the gap search is the cost of this loop.
        let part_of_name = || hyphen_joined(i) && lower(i - 1).chars().any(char::is_alphabetic);
        if !has_digit(i) || part_of_name() || head_digits.contains(lower(i)) {
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
