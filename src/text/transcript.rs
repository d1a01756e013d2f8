/*!
Interview transcripts: lines that open with a speaker label ("Q:", "HANNITY:", "Mr. Smith:").

Transcripts carry no quotation marks, yet every word after a label is the speaker's, not the
outlet's. A label is read as a speaker only where a transcript is plausible, because news copy
is full of lines that open with a word and a colon ("Update:", "Photo:", "Editor's note:"):

- the label stands at the start of a line and is followed on that line by the speech;
- it is short (at most [`MAX_LABEL_WORDS`] words) and every word of it is capitalised (or the
  whole label is upper case), letters with at most a period, apostrophe or hyphen;
- it is not a word of page furniture ([`NOT_SPEAKERS`]);
- the speech is speech, not a value: at least three words, or a question;
- the field has at least two labelled lines, and a label comes back (an interview returns to
  its speakers, a fact box — "Name: …", "Age: …" — labels each line once) unless all the
  labels are anonymous ("Q:", "A:").

A turn runs to the end of its line: the next label starts a new turn, and a line without one is
the outlet's again.
*/

use super::Span;

/// A label longer than this many words is a sentence that happens to hold a colon.
const MAX_LABEL_WORDS: usize = 4;

/// Line openers that look like a label but name no speaker: page furniture and editorial
/// notes (lower-cased, without the colon).
const NOT_SPEAKERS: &[&str] = &[
    "additional reporting",
    "advertisement",
    "also read",
    "analysis",
    "breaking",
    "caption",
    "click here",
    "contact",
    "copyright",
    "correction",
    "credit",
    "credits",
    "date",
    "disclaimer",
    "disclosure",
    "editing",
    "editor's note",
    "editors note",
    "email",
    "exclusive",
    "filed under",
    "follow",
    "image",
    "images",
    "location",
    "more",
    "note",
    "opinion",
    "photo",
    "photos",
    "posted",
    "published",
    "read more",
    "related",
    "reporting",
    "see also",
    "share",
    "source",
    "sources",
    "tags",
    "time",
    "topics",
    "update",
    "updated",
    "video",
    "warning",
    "watch",
    "when",
    "where",
];

/// Labels that mark a turn without naming the speaker.
const ANONYMOUS: &[&str] = &[
    "a",
    "answer",
    "audience",
    "host",
    "interviewer",
    "moderator",
    "q",
    "question",
    "reporter",
    "unidentified male",
    "unidentified female",
];

/// One speaker turn of a transcript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// The label's words, without the colon.
    pub label: Span,
    /// What the speaker says: from after the colon to the end of the line, trimmed.
    pub speech: Span,
    /// The speaker's name, as the label writes it; `None` for "Q", "A", "Host" and the like.
    pub speaker: Option<String>,
}

/// The speaker turns of `text`, in text order; empty unless at least two lines open with a
/// speaker label.
pub fn turns(text: &str) -> Vec<Turn> {
    // Most articles hold no colon at all.
    if memchr::memchr(b':', text.as_bytes()).is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        if let Some(turn) = turn_of_line(text, start, end) {
            out.push(turn);
        }
        start = end + 1;
    }
    // A form or a fact box ("Name: …", "Age: …", "Federation: Belgium") labels each line once;
    // an interview comes back to its speakers.
    let recurring = out.iter().enumerate().any(|(n, t)| {
        out[n + 1..].iter().any(|u| {
            text[u.label.start..u.label.end].eq_ignore_ascii_case(&text[t.label.start..t.label.end])
        })
    });
    let questions_and_answers = out.iter().all(|t| t.speaker.is_none());
    if out.len() < 2 || !(recurring || questions_and_answers) {
        out.clear();
    }
    out
}

/// Speech, not a value: at least [`MIN_SPEECH_WORDS`] words, or a question ("Q: Why?").
fn is_speech(speech: &str) -> bool {
    speech.ends_with('?')
        || speech
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= MIN_SPEECH_WORDS
}

/// Fewer words than this after a label are a value ("Location: Westerville, Ohio").
const MIN_SPEECH_WORDS: usize = 3;

/// The turn a line `text[start..end]` opens, if it opens with a speaker label.
fn turn_of_line(text: &str, start: usize, end: usize) -> Option<Turn> {
    let line = &text[start..end];
    let lead = line.len() - line.trim_start().len();
    let body = &line[lead..];
    let colon = body.find(':')?;
    let label = &body[..colon];
    if !is_speaker_label(label) {
        return None;
    }
    let after = &body[colon + 1..];
    let speech = after.trim();
    // "Score: 3-1" and "Tickets: 20 dollars" list figures, not speech.
    if speech.chars().next().is_none_or(|c| c.is_ascii_digit()) || !is_speech(speech) {
        return None;
    }
    let speech_start = start + lead + colon + 1 + (after.len() - after.trim_start().len());
    let lower = label.to_lowercase();
    Some(Turn {
        label: Span::new(start + lead, start + lead + colon),
        speech: Span::new(speech_start, speech_start + speech.len()),
        speaker: (!ANONYMOUS.contains(&lower.as_str())).then(|| label.to_string()),
    })
}

/// A short run of capitalised words (or an upper-case label) that is not page furniture.
fn is_speaker_label(label: &str) -> bool {
    let words: Vec<&str> = label.split(' ').collect();
    if label.is_empty() || label.trim() != label || words.len() > MAX_LABEL_WORDS {
        return false;
    }
    let word_ok = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| c.is_alphabetic() || ".'’-".contains(c))
    };
    if !words.iter().all(|w| word_ok(w)) {
        return false;
    }
    let lower = label.to_lowercase().replace('’', "'");
    !NOT_SPEAKERS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speeches(text: &str) -> Vec<(&str, Option<String>)> {
        turns(text)
            .into_iter()
            .map(|t| (&text[t.speech.start..t.speech.end], t.speaker))
            .collect()
    }

    #[test]
    fn labelled_lines_are_turns_of_their_speakers() {
        let text = "The interview ran on Tuesday.\nHANNITY: This is a scandal, isn't it?\nMr. Smith: It is a disgraceful cover-up.\nHANNITY: Why?\nThe senator left.";
        assert_eq!(
            speeches(text),
            [
                ("This is a scandal, isn't it?", Some("HANNITY".to_string())),
                (
                    "It is a disgraceful cover-up.",
                    Some("Mr. Smith".to_string())
                ),
                ("Why?", Some("HANNITY".to_string())),
            ]
        );
    }

    #[test]
    fn question_and_answer_labels_name_nobody() {
        let text = "Q: Was it a cover-up?\n\nA: It was a scandal.";
        assert_eq!(
            speeches(text),
            [("Was it a cover-up?", None), ("It was a scandal.", None)]
        );
    }

    #[test]
    fn furniture_and_notes_are_not_speakers() {
        let text = "Update: The mayor resigned.\nPhoto: A crowd in the rain.\nEditor's note: This story was corrected.\nEditor\u{2019}s note: Again.";
        assert!(turns(text).is_empty());
    }

    #[test]
    fn one_labelled_line_is_not_a_transcript() {
        assert!(turns("TRUMP: It was rigged.\nThe outlet adds this.").is_empty());
    }

    #[test]
    fn long_lowercase_or_mid_line_labels_are_not_speakers() {
        // Too many words, a lower-case word, a colon inside a sentence, a time of day.
        let text = "The committee said in a statement: it is over.\nthe mayor: no.\nHe left at 10:30 sharp.\nShe said: fine.";
        assert!(turns(text).is_empty());
    }

    #[test]
    fn fact_boxes_and_one_off_headings_are_not_transcripts() {
        let text = "Name: Quentin Lamar Smith\nLocation: Westerville, Ohio\nAge: 30 years\nProcessing Date: 06-22-2017";
        assert!(turns(text).is_empty());
        let text = "Federation: Belgium\nFederation: Belgium - Luxembourg.\nPresent Problems: Have got very old.\nPossible Solutions: Two convents intend to amalgamate.";
        assert!(turns(text).is_empty());
        let text =
            "NEW VERITAS: Staffer says the plan is secret\nELECTION STRATEGY: You whip them up.";
        assert!(turns(text).is_empty());
    }
}
