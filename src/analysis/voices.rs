/*!
The `voices` list of the report: every quoted or attributed stretch of a field, with its
speaker when the text names one.

A quoted stretch is the text inside one quotation ([`crate::text::quotes`]); an attributed
stretch is a run of consecutive attributed words governed by the same cue
([`super::attribution`]). The speaker is the name (a lexicon entity other than a country, or a
run of capitalised words, or one capitalised word beside a cue: "…, King said") outside quotation marks nearest to a cue in the governing sentence:
the sentence whose cue attributes the words, or for a quotation the sentence it starts in or,
failing a cue there, the one it ends in. A transcript turn's speaker is its label
([`crate::text::transcript`]). No name there ("he said", "officials said", "Q:"): the source is
left unknown rather than guessed.
*/

use serde::{Deserialize, Serialize};

use super::attribution::NO_SENTENCE;
use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::vocab::{Location, Span, Voice};

/// A quoted or attributed stretch of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoiceSpan {
    pub location: Location,
    /// Byte span in the field's text.
    pub span: Span,
    /// `quoted` or `attributed`.
    pub voice: Voice,
    /// The speaker's name when the text names one.
    pub source: Option<String>,
}

/// The voice stretches of a field, in text order.
pub fn voices(view: &FieldView, matcher: &Matcher) -> Vec<VoiceSpan> {
    let tokens = &view.seg.tokens;
    if tokens.iter().all(|t| t.voice == Voice::Outlet) {
        return Vec::new();
    }
    let mut speakers = Speakers::new(view, matcher);
    let mut out = Vec::new();
    for q in &view.quoted {
        let first = tokens.partition_point(|t| t.span.start < q.start);
        let last = tokens.partition_point(|t| t.span.end <= q.end);
        if first >= last {
            continue; // nothing but punctuation inside
        }
        let governor = Some(view.attribution.governor[first])
            .filter(|&g| g != NO_SENTENCE)
            .or_else(|| {
                [tokens[first].sentence, tokens[last - 1].sentence]
                    .into_iter()
                    .find(|&s| speakers.has_cue(s as usize))
            });
        // A transcript turn names its speaker in its label.
        let turn = view
            .turns
            .iter()
            .find(|t| t.speech.start < q.end && q.start < t.speech.end);
        let source = match turn {
            Some(t) => t.speaker.clone(),
            None => governor.and_then(|s| speakers.of(s as usize)),
        };
        out.push(VoiceSpan {
            location: view.location,
            span: *q,
            voice: Voice::Quoted,
            source,
        });
    }
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].voice != Voice::Attributed {
            i += 1;
            continue;
        }
        let governor = view.attribution.governor[i];
        let mut j = i + 1;
        while j < tokens.len()
            && tokens[j].voice == Voice::Attributed
            && view.attribution.governor[j] == governor
        {
            j += 1;
        }
        out.push(VoiceSpan {
            location: view.location,
            span: Span::new(tokens[i].span.start, tokens[j - 1].span.end),
            voice: Voice::Attributed,
            source: (governor != NO_SENTENCE)
                .then(|| speakers.of(governor as usize))
                .flatten(),
        });
        i = j;
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out
}

/// Names per sentence, found once per field when first asked for.
struct Speakers<'v, 'a> {
    view: &'v FieldView<'a>,
    matcher: &'v Matcher,
    /// Per sentence: (first token, last token + 1, name) of each name outside quotes.
    names: Option<Vec<Vec<(usize, usize, String)>>>,
    /// Per sentence, its speaker once asked for: a sentence holds many voice stretches (one
    /// long line of reported speech can hold thousands), and each asks.
    found: std::collections::HashMap<usize, Option<String>>,
}

impl<'v, 'a> Speakers<'v, 'a> {
    fn new(view: &'v FieldView<'a>, matcher: &'v Matcher) -> Self {
        Speakers {
            view,
            matcher,
            names: None,
            found: std::collections::HashMap::new(),
        }
    }

    fn has_cue(&self, sentence: usize) -> bool {
        self.view.seg.sentences[sentence]
            .tokens
            .clone()
            .any(|i| self.view.attribution.cues[i])
    }

    /// The name nearest to a cue of `sentence`, if it has both.
    fn of(&mut self, sentence: usize) -> Option<String> {
        if let Some(found) = self.found.get(&sentence) {
            return found.clone();
        }
        let found = self.nearest(sentence);
        self.found.insert(sentence, found.clone());
        found
    }

    fn nearest(&mut self, sentence: usize) -> Option<String> {
        // In token order, so the cue nearest a name is found by binary search: names × cues
        // comparisons are quadratic on a long sentence.
        let cues: Vec<usize> = self.view.seg.sentences[sentence]
            .tokens
            .clone()
            .filter(|&i| self.view.attribution.cues[i])
            .collect();
        if cues.is_empty() {
            return None;
        }
        let distance = |at: usize| {
            let k = cues.partition_point(|&c| c < at);
            let after = cues.get(k).map_or(usize::MAX, |&c| c - at);
            let before = k.checked_sub(1).map_or(usize::MAX, |j| at - cues[j]);
            after.min(before)
        };
        let names = self
            .names
            .get_or_insert_with(|| names(self.view, self.matcher));
        names[sentence]
            .iter()
            .min_by_key(|(start, end, _)| distance(*start).min(distance(end - 1)))
            .map(|(_, _, name)| name.clone())
    }
}

/// The names of each sentence outside quotation marks: entities other than countries, and
/// runs of capitalised words.
fn names(view: &FieldView, matcher: &Matcher) -> Vec<Vec<(usize, usize, String)>> {
    let tokens = &view.seg.tokens;
    let mut out: Vec<Vec<(usize, usize, String)>> = vec![Vec::new(); view.seg.sentences.len()];
    let in_entity = super::entity_tokens(view);
    for m in &view.found.matches {
        if let Payload::Entity(e) = m.payload {
            let (name, kind) = &matcher.entities[e as usize];
            if kind == "country" || tokens[m.tokens.start].voice == Voice::Quoted {
                continue;
            }
            let s = tokens[m.tokens.start].sentence as usize;
            out[s].push((m.tokens.start, m.tokens.end, name.clone()));
        }
    }
    let runs = super::name_runs(view, &in_entity);
    let mut in_run = vec![false; tokens.len()];
    for run in &runs {
        let s = tokens[run.start].sentence as usize;
        let text = &view.text()[tokens[run.start].span.start..tokens[run.end - 1].span.end];
        out[s].push((run.start, run.end, text.to_string()));
        in_run[run.clone()].iter_mut().for_each(|b| *b = true);
    }
    // "…, King said", "said Smith": one capitalised word right beside a cue, inside its
    // sentence (a sentence's first word is capitalised whatever it is), is the speaker's name.
    let cues = &view.attribution.cues;
    for (i, t) in tokens.iter().enumerate() {
        let beside_cue = (i > 0 && cues[i - 1]) || cues.get(i + 1).copied().unwrap_or(false);
        let sentence = &view.seg.sentences[t.sentence as usize];
        if !beside_cue
            || cues[i]
            || !t.capitalized
            || in_entity[i]
            || in_run[i]
            || t.voice == Voice::Quoted
            || sentence.tokens.start == i
            || crate::text::stopwords::is_stopword(view.seg.lower(t))
            // "Per China's ministry": a possessive names the speaker's owner, not the speaker.
            || view.seg.lower(t).contains('\'')
            // "The mayor of Eastwick said": a place after a preposition, not the speaker.
            || (i > 0 && ["at", "for", "from", "in", "of", "to"].contains(&view.seg.lower_at(i - 1)))
            // "…, officials said Friday": a day is when, not who.
            || super::CALENDAR_WORDS.binary_search(&view.seg.lower(t)).is_ok()
        {
            continue;
        }
        out[t.sentence as usize].push((
            i,
            i + 1,
            view.text()[t.span.start..t.span.end].to_string(),
        ));
    }
    out
}
