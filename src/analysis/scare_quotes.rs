/*!
Scare quotes in a headline: quotation marks around the headline writer's own wording.

A headline quotes a source in few words ("Bloomberg says Trump a 'dangerous demagogue'"), and
the body then gives the quotation it came from. A headline that puts quotation marks around
words nobody in the body is quoted as saying ("Bolton Promises Room Full of 'Former
Terrorists'", "Francis and Farrell's 'Sinod'") is distancing itself from them, or mocking: the
marks are the writer's, and so are the words. So a headline quotation stays quoted when the
headline attributes it (a verb of saying, "Officials Warn: … Could ‘Explode’", "A Sister
Speaks: ‘…’"), since the body may then paraphrase what the headline quotes, or when its words
occur inside a quotation of the body; otherwise its words are the outlet's.
*/

use super::FieldView;
use crate::lexicon::{Matcher, Payload};
use crate::text::voice;
use crate::vocab::Span;

/// Leaves the headline's scare quotes to the outlet's voice: drops them from its quoted
/// ranges and marks their words again.
pub fn unquote_scare_quotes(headline: &mut FieldView, body: &FieldView, matcher: &Matcher) {
    if headline.quoted.is_empty() || !headline.turns.is_empty() {
        return;
    }
    let body_quotes: Vec<String> = body
        .quoted
        .iter()
        .map(|q| words_of(&body.text()[q.start..q.end]))
        .collect();
    // Any verb of saying or attribution cue ("Trump Slams “Disgraceful Verdict”"), even those
    // a headline does not attribute a clause with.
    let attributes = headline.found.matches.iter().any(|m| {
        matches!(m.payload, Payload::Term(id)
            if matcher.terms[id as usize].role.is_some_and(|r| r.is_attribution()))
    }) || names_a_speaker(headline.text());
    let text = headline.text();
    let kept: Vec<Span> = headline
        .quoted
        .iter()
        .copied()
        .filter(|q| {
            let words = words_of(&text[q.start..q.end]);
            if words.trim().is_empty() {
                return true;
            }
            if body_quotes.iter().any(|b| b.contains(&words)) {
                return true;
            }
            // "Officials Warn: Epidemic Could ‘Explode’" over a body that never quotes an
            // official saying so, but says itself that "the epidemic could explode anytime":
            // the marks credit the writer's own word to the officials. An attributing headline
            // otherwise keeps its quotation (the body may paraphrase it: "officials warned it
            // could explode" is theirs).
            attributes && !said_in_the_outlets_voice(body, &words)
        })
        .collect();
    if kept.len() == headline.quoted.len() {
        return;
    }
    headline.quoted = kept;
    voice::mark_voices(
        &mut headline.seg,
        &headline.quoted,
        &headline.attribution.attributed,
        &headline.attribution.cues,
    );
}

/// Whether the body uses the words `words` (as [`words_of`] gives them) in its own voice: a
/// run of body tokens with those words, the first in the outlet's voice.
fn said_in_the_outlets_voice(body: &FieldView, words: &str) -> bool {
    let wanted: Vec<&str> = words.split_whitespace().collect();
    let tokens = &body.seg.tokens;
    let Some(&first) = wanted.first() else {
        return false;
    };
    (0..tokens.len().saturating_sub(wanted.len() - 1)).any(|t| {
        tokens[t].voice == crate::vocab::Voice::Outlet
            && body.seg.lower_at(t) == first
            && wanted
                .iter()
                .enumerate()
                .all(|(k, w)| body.seg.lower_at(t + k) == *w)
    })
}

/// The words of `text`, lower case, each followed by one space: "Worst Negotiator," and
/// "the worst negotiator in Washington" compare word for word.
fn words_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        out.push(' ');
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out.push(' ');
    out
}

/// A headline that opens with a speaker and a colon ("Bloomberg: Trump a 'dangerous
/// demagogue'"): at most four words before the colon, not a label ("WATCH:", "Update:").
fn names_a_speaker(text: &str) -> bool {
    text.split_once(':').is_some_and(|(before, _)| {
        (1..=4).contains(&before.split_whitespace().count())
            && !crate::text::transcript::names_no_speaker(before)
    })
}

#[cfg(test)]
mod tests {
    use crate::vocab::{Location, Voice};
    use crate::{Analyzer, Article};

    /// The voice of `phrase` in the headline.
    fn headline_voice(headline: &str, body: &str, phrase: &str) -> Voice {
        let analyzer = Analyzer::with_defaults().expect("the embedded lexicons load");
        let report = analyzer.analyze(&Article::from_parts("t", Some(headline), body));
        let start = headline.find(phrase).unwrap();
        report
            .voices
            .iter()
            .find(|v| {
                v.location == Location::Headline
                    && v.span.start <= start
                    && start + phrase.len() <= v.span.end
            })
            .map_or(Voice::Outlet, |v| v.voice)
    }

    #[test]
    fn a_headline_quote_nobody_in_the_body_says_is_the_writers() {
        let body = "Bolton spoke to the group in Paris. “We will see regime change,” he said.";
        assert_eq!(
            headline_voice(
                "WATCH: Room Full of ‘Former Terrorists’ Cheers Bolton",
                body,
                "Former"
            ),
            Voice::Outlet
        );
    }

    #[test]
    fn a_headline_quote_the_body_quotes_is_a_quotation() {
        let body = "Bloomberg spoke on Wednesday. He called Trump “a dangerous demagogue, who \
                    would harm the country.”";
        assert_eq!(
            headline_voice(
                "Bloomberg says Trump a 'dangerous demagogue,' endorses Clinton",
                body,
                "dangerous"
            ),
            Voice::Quoted
        );
        // A headline that attributes keeps its quotation, quoted in the body or not, unless
        // the body uses the words itself: then the marks are the writer's.
        assert_eq!(
            headline_voice(
                "Officials Warn: Outbreak Could ‘Explode’",
                "Health officials met on Monday. The worst news is that the outbreak could \
                 explode at any time.",
                "Explode"
            ),
            Voice::Outlet
        );
        assert_eq!(
            headline_voice(
                "Officials Warn: Outbreak Could ‘Explode’",
                "Health officials met on Monday. They warned that the outbreak could explode \
                 at any time.",
                "Explode"
            ),
            Voice::Quoted
        );
        assert_eq!(
            headline_voice(
                "Bloomberg: Trump a 'dangerous demagogue'",
                "Bloomberg spoke on Wednesday.",
                "dangerous"
            ),
            Voice::Quoted
        );
        assert_eq!(
            headline_voice(
                "Trump Slams “Disgraceful Verdict”",
                "Trump spoke on Wednesday.",
                "Disgraceful"
            ),
            Voice::Quoted
        );
        assert_eq!(
            headline_voice(
                "Room Full of 'Former Terrorists'",
                "Bolton spoke on Wednesday.",
                "Former"
            ),
            Voice::Outlet
        );
    }
}
