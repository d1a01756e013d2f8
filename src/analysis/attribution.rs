/*!
Which words a source is reported as saying: the attributed voice.

A term whose role attributes (a reporting verb, an attribution cue) marks its clause as
reported from a source. Real reporting stretches that reach in three ways, and one loose cue
must not reach at all:

- **Inverted attribution.** "The bill will pass, and nothing he argues changes that, King
  said." A short closing segment that names the speaker ("…, King said", "…, said the
  minister") governs the whole sentence, not only its last clause.
- **Colon statements.** "The committee said in a statement: the plan is dead." What follows a
  colon after a cue is the speaker's, to the end of the paragraph; a colon that ends the
  paragraph hands the next paragraph to the speaker.
- **Agentless passives are not sources.** "The news was revealed in a report", "he was
  accused of fraud": a reporting verb in the passive with no "by" names nobody, so its clause
  stays the outlet's, whatever other cue it carries.

The cue words themselves stay in the outlet's voice (choosing "slammed" over "said" is the
writer's choice). Each attributed token also records the sentence whose cue governs it, so the
report can name the speaker.
*/

use super::CLAUSE_CONJUNCTIONS;
use crate::lexicon::{FieldMatches, Matcher, Payload};
use crate::text::{quotes, voice, Segmented, Span};
use crate::vocab::{Location, Role};

/// No governing sentence.
pub const NO_SENTENCE: u32 = u32::MAX;

/// The attribution of a field's tokens.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// One flag per token: reported from a source.
    pub attributed: Vec<bool>,
    /// One flag per token: part of an attributing cue.
    pub cues: Vec<bool>,
    /// Per token, the sentence whose cue governs it ([`NO_SENTENCE`] if none).
    pub governor: Vec<u32>,
}

/// Forms of "to be" that make a following past participle passive.
const BE_FORMS: &[&str] = &["am", "are", "be", "been", "being", "is", "was", "were"];

/// A closing attribution segment ("…, King said.") longer than this many words is a clause of
/// its own, not an attribution tag.
const MAX_TAG_WORDS: usize = 6;

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
            let (comma, semicolon, _) = gap_marks(text, prev.span, token.span);
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

/// Whether the gap between two tokens holds a comma, a semicolon, a colon. One pass over its
/// bytes, usually a space or two.
fn gap_marks(text: &str, before: Span, after: Span) -> (bool, bool, bool) {
    text.as_bytes()[before.end..after.start]
        .iter()
        .fold((false, false, false), |(c, s, k), &b| {
            (c || b == b',', s || b == b';', k || b == b':')
        })
}

/// A reporting verb in the passive with no agent: "was revealed", "were accused of", "has been
/// told" — but not "was reported by the agency".
fn is_agentless_passive(seg: &Segmented, first: usize, last: usize) -> bool {
    let sentence = seg.tokens[first].sentence;
    let mut i = first;
    // One adverb may stand between: "was widely reported".
    for _ in 0..2 {
        if i == 0 || seg.tokens[i - 1].sentence != sentence {
            return false;
        }
        i -= 1;
        let word = seg.lower_at(i);
        if BE_FORMS.contains(&word) {
            let by = seg
                .tokens
                .get(last + 1)
                .is_some_and(|t| t.sentence == sentence && seg.lower(t) == "by");
            return !by;
        }
        if !word.ends_with("ly") {
            return false;
        }
    }
    false
}

/// Marks the attributed tokens of a field: see the module doc.
pub fn attribute(
    location: Location,
    text: &str,
    seg: &Segmented,
    found: &FieldMatches,
    matcher: &Matcher,
    quoted: &[Span],
    clauses: &[usize],
) -> Attribution {
    let n = seg.tokens.len();
    let clause_count = clauses.last().map_or(0, |&c| c + 1);
    let in_quote = |span: Span| voice::is_inside(quoted, span);

    // The attributing cues, and the clauses an agentless passive leaves to the outlet.
    let mut cues: Vec<std::ops::Range<usize>> = Vec::new();
    let mut passive_clause = vec![false; clause_count];
    for m in &found.matches {
        let Payload::Term(id) = m.payload else {
            continue;
        };
        let Some(role) = matcher.terms[id as usize].role else {
            continue;
        };
        if !role.attributes_in(location) || in_quote(m.span) {
            continue;
        }
        let first = m.tokens.start;
        // "Blinken's urging", "the minister's claim": after a possessive the cue is a
        // noun, not a verb reporting speech.
        let after_possessive = first > 0
            && seg.tokens[first - 1].sentence == seg.tokens[first].sentence
            && seg.lower_at(first - 1).ends_with("'s");
        if after_possessive {
            continue;
        }
        if role == Role::ReportingVerb && is_agentless_passive(seg, first, m.tokens.end - 1) {
            passive_clause[clauses[first]] = true;
            continue;
        }
        cues.push(m.tokens.clone());
    }

    let mut attribution = Attribution {
        attributed: vec![false; n],
        cues: vec![false; n],
        governor: vec![NO_SENTENCE; n],
    };
    let mut clause_governor = vec![NO_SENTENCE; clause_count];
    // Where a clause's attribution starts: at its first cue when only the speaker comes
    // before it ("The mayor's reckless government announced a tax": the description of the
    // speaker is the writer's), at the clause's start when a comma before the cue may end
    // reported content ("The plan is a disaster, officials told reporters").
    let mut clause_from = vec![usize::MAX; clause_count];
    for cue in &cues {
        let clause = clauses[cue.start];
        if passive_clause[clause] {
            continue;
        }
        clause_governor[clause] = seg.tokens[cue.start].sentence;
        let mut start = cue.start;
        while start > 0 && clauses[start - 1] == clause {
            start -= 1;
        }
        let comma_before = (start + 1..=cue.start)
            .any(|i| gap_marks(text, seg.tokens[i - 1].span, seg.tokens[i].span).0);
        let from = if comma_before { start } else { cue.start };
        clause_from[clause] = clause_from[clause].min(from);
        attribution.cues[cue.clone()]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    for (i, &c) in clauses.iter().enumerate() {
        if clause_governor[c] != NO_SENTENCE && i >= clause_from[c] {
            attribution.attributed[i] = true;
            attribution.governor[i] = clause_governor[c];
        }
    }

    govern_inverted_sentences(text, seg, &mut attribution);
    govern_after_colons(text, seg, clauses, &mut attribution);
    attribution
}

/// "…, King said." A closing segment of at most [`MAX_TAG_WORDS`] words after the sentence's
/// last comma, holding a cue, attributes the whole sentence.
fn govern_inverted_sentences(text: &str, seg: &Segmented, a: &mut Attribution) {
    for (s, sentence) in seg.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        if range.len() < 2 {
            continue;
        }
        // The first token of the closing segment: after the last comma.
        let Some(tag_start) = (range.start + 1..range.end)
            .rev()
            .take(MAX_TAG_WORDS)
            .find(|&i| gap_marks(text, seg.tokens[i - 1].span, seg.tokens[i].span).0)
        else {
            continue;
        };
        // ", and Blinken said nothing" is a clause of its own, not a tag.
        if CLAUSE_CONJUNCTIONS.contains(&seg.lower_at(tag_start))
            || !(tag_start..range.end).any(|i| a.cues[i])
        {
            continue;
        }
        for i in range {
            if !a.cues[i] {
                a.attributed[i] = true;
                a.governor[i] = s as u32;
            }
        }
    }
}

/// "The committee said in a statement: …" Text after a colon that follows a cue in its clause
/// is the speaker's, to the end of the paragraph, or the whole next paragraph when the colon
/// ends one.
fn govern_after_colons(text: &str, seg: &Segmented, clauses: &[usize], a: &mut Attribution) {
    let n = seg.tokens.len();
    if n < 2 || memchr::memchr(b':', text.as_bytes()).is_none() {
        return;
    }
    let paragraphs = quotes::quote_paragraphs(text, &seg.paragraphs);
    let paragraph_end = |at: usize| {
        let p = paragraphs.partition_point(|p| p.end <= at);
        paragraphs.get(p).map_or(text.len(), |p| p.end)
    };
    let mut i = 0;
    while i + 1 < n {
        let (_, _, colon) = gap_marks(text, seg.tokens[i].span, seg.tokens[i + 1].span);
        let cue_before = colon
            && (0..=i)
                .rev()
                .take_while(|&j| clauses[j] == clauses[i])
                .any(|j| a.cues[j]);
        if !cue_before {
            i += 1;
            continue;
        }
        let governor = a.governor[i];
        let here = paragraph_end(seg.tokens[i].span.end);
        let next = seg.tokens[i + 1].span.start;
        // The colon ends its paragraph: the statement is the next paragraph.
        let end = if next >= here {
            paragraph_end(next)
        } else {
            here
        };
        let mut j = i + 1;
        while j < n && seg.tokens[j].span.end <= end {
            if !a.cues[j] {
                a.attributed[j] = true;
                a.governor[j] = governor;
            }
            j += 1;
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use crate::config::Config;
    use crate::lexicon::LexiconSet;
    use crate::report::VoiceSpan;
    use crate::{Analyzer, Article};

    fn analyzer() -> &'static Analyzer {
        static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
        ANALYZER.get_or_init(|| Analyzer::new(LexiconSet::embedded().unwrap(), Config::default()))
    }

    /// The body's voice stretches, as (text, voice, source).
    fn voices(body: &str) -> Vec<(String, &'static str, Option<String>)> {
        let report = analyzer().analyze(&Article::from_parts("t", None, body));
        report
            .voices
            .iter()
            .map(|v: &VoiceSpan| {
                (
                    body[v.span.start..v.span.end].to_string(),
                    v.voice.as_str(),
                    v.source.clone(),
                )
            })
            .collect()
    }

    /// The voice of the stretch holding `phrase`, "outlet" if none does.
    fn voice_of(body: &str, phrase: &str) -> &'static str {
        let start = body.find(phrase).unwrap();
        let end = start + phrase.len();
        analyzer()
            .analyze(&Article::from_parts("t", None, body))
            .voices
            .iter()
            .find(|v| v.span.start <= start && end <= v.span.end)
            .map_or("outlet", |v| v.voice.as_str())
    }

    #[test]
    fn a_closing_clause_after_and_is_not_a_tag() {
        let body = "China denied the request for talks, and Blinken said nothing.";
        assert_eq!(voice_of(body, "China denied the request"), "outlet");
    }

    #[test]
    fn statement_after_a_colon_is_the_speakers() {
        let body = "The committee said in a statement: the decision is a betrayal of voters.";
        assert_eq!(voice_of(body, "a betrayal of voters"), "attributed");
    }

    #[test]
    fn a_colon_that_ends_the_paragraph_hands_the_next_one_to_the_speaker() {
        let body = "Senator Jane Holt said in a statement:\n\nThe decision is a betrayal of voters.\n\nThe vote is on Friday.";
        assert_eq!(voice_of(body, "a betrayal of voters"), "attributed");
        assert_eq!(voice_of(body, "The vote is on Friday"), "outlet");
        let got = voices(body);
        let statement = got.iter().find(|v| v.0.contains("betrayal")).unwrap();
        assert_eq!(statement.2.as_deref(), Some("Jane Holt"));
    }

    #[test]
    fn a_closing_attribution_governs_the_whole_sentence() {
        let body = "The bill will pass this week, and the reckless plan will stand no matter what he argues, Senator Ann King said.";
        assert_eq!(voice_of(body, "The bill will pass this week"), "attributed");
        assert_eq!(voice_of(body, "the reckless plan"), "attributed");
    }

    #[test]
    fn an_agentless_passive_is_not_a_source() {
        let body = "The news was revealed in a report on Tuesday, and it shocked the town.";
        assert_eq!(voice_of(body, "The news"), "outlet");
        assert_eq!(voice_of(body, "on Tuesday"), "outlet");
        let body = "He was accused of fraud in 2019.";
        assert_eq!(voice_of(body, "of fraud"), "outlet");
    }

    #[test]
    fn the_outlets_description_of_the_speaker_stays_the_outlets() {
        // The words before the cue name and describe the speaker: the writer's choice.
        let body = "The mayor\u{2019}s relentlessly reckless government also announced a new tax on Monday.";
        assert_eq!(voice_of(body, "relentlessly reckless"), "outlet");
        assert_eq!(voice_of(body, "a new tax"), "attributed");
        let body = "Wilson created a ruckus in 2013 when he announced his plastic gun.";
        assert_eq!(voice_of(body, "created a ruckus"), "outlet");
        // Content before a comma and the cue is still the source's.
        let body = "The plan is a disaster for the region, officials in the mayor\u{2019}s office told reporters on Tuesday.";
        assert_eq!(voice_of(body, "a disaster for the region"), "attributed");
    }

    #[test]
    fn a_passive_with_an_agent_still_attributes() {
        let body = "The payments were disclosed by the auditor in March.";
        assert_eq!(voice_of(body, "in March"), "attributed");
    }

    #[test]
    fn outlet_text_at_the_start_stays_the_outlets() {
        let body = "The plan would drastically tighten the rules for asylum seekers.\n\nCritics call it cruel.";
        assert!(voices(body).is_empty(), "{:?}", voices(body));
    }

    #[test]
    fn quotes_name_their_speaker() {
        let body = "\u{201c}It is a disgrace,\u{201d} said Senator Ann King on Monday.";
        let got = voices(body);
        assert_eq!(got[0].0, "It is a disgrace,");
        assert_eq!(got[0].1, "quoted");
        assert!(
            got[0].2.as_deref().is_some_and(|s| s.ends_with("Ann King")),
            "{got:?}"
        );
    }
}
