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

A turn runs to the end of its line, and on over the lines that follow it without a label: a
speaker's answer often runs over several lines or paragraphs (scraped text puts each sentence
or paragraph on a line of its own), and every word of it is still the speaker's. It stops:

- at the next label;
- at a line of narration: one that names a speaker of the transcript beside a verb of speech
  ("Carter replied", "said Hannity"): the outlet describing the exchange;
- after [`MAX_CONTINUATION_LINES`] lines, where the gap is too long to be one answer;
- for the last turn, after as many lines as the longest answer before it ran: nothing marks
  where a transcript ends, so the last turn is given no more room than the interview showed it
  takes. In a transcript of one-line turns it keeps to its line, and the outlet's closing
  paragraphs stay the outlet's.

A reprinted comment thread is a transcript of another kind: each comment opens with a header
line of its own, the commenter's name and when they posted ("Robert Smith • 13 hours ago",
"Jane Roe to Robert Smith • 2 hours ago"), and the comment runs to the next header, the last to
the end of the text. Two headers make a thread; then they are the turns.
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
    "breaking news",
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
    "editorial",
    "email",
    "exclusive",
    "explainer",
    "filed under",
    "follow",
    "image",
    "images",
    "just in",
    "live",
    "location",
    "more",
    "note",
    "opinion",
    "photo",
    "photos",
    "poll",
    "posted",
    "published",
    "read more",
    "related",
    "report",
    "reporting",
    "review",
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
    /// The label's words, without the colon (and without an affiliation after a comma).
    pub label: Span,
    /// What the speaker says: from after the colon to the end of the line, trimmed.
    pub speech: Span,
    /// The speaker's name, as the label writes it; `None` for "Q", "A", "Host" and the like.
    pub speaker: Option<String>,
}

/// The speaker turns of `text`, in text order; empty unless at least two lines open with a
/// speaker label.
pub fn turns(text: &str) -> Vec<Turn> {
    let comments = comment_turns(text);
    if !comments.is_empty() {
        return comments;
    }
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
    continue_turns(text, &mut out);
    out
}

/// The separator of a comment header's name from its time: "Robert Smith • 13 hours ago".
const COMMENT_SEPARATOR: &str = " \u{2022} ";

/// The turns of a reprinted comment thread, where each comment opens with a header line of
/// its own naming the commenter and when they posted: "Robert Smith • 13 hours ago", "Jane Roe
/// to Robert Smith • 2 hours ago" (the second name is whom the reply answers). Every line up to
/// the next header is the commenter's, and the last comment runs to the end of the text, as a
/// thread ends a page; empty unless at least two headers make a thread.
fn comment_turns(text: &str) -> Vec<Turn> {
    if !text.contains(COMMENT_SEPARATOR) {
        return Vec::new();
    }
    let mut headers: Vec<(Span, usize)> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if let Some(label) = comment_header(line) {
            headers.push((
                Span::new(start + label.start, start + label.end),
                start + line.len(),
            ));
        }
        start += line.len();
    }
    if headers.len() < 2 {
        return Vec::new();
    }
    headers
        .iter()
        .enumerate()
        .filter_map(|(i, &(label, from))| {
            let until = headers.get(i + 1).map_or(text.len(), |h| h.0.start);
            let comment = &text[from..until];
            let lead = comment.len() - comment.trim_start().len();
            let content = comment.trim();
            (!content.is_empty()).then(|| Turn {
                label,
                speech: Span::new(from + lead, from + lead + content.len()),
                speaker: Some(text[label.start..label.end].to_string()),
            })
        })
        .collect()
}

/// The commenter's name in a comment header line (its span in the line), if the line is one:
/// a name, optionally "to" another name, the separator, and a short time ("13 hours ago",
/// "March 3, 2018") with nothing else on the line.
fn comment_header(line: &str) -> Option<Span> {
    let lead = line.len() - line.trim_start().len();
    let (names, when) = line.trim().split_once(COMMENT_SEPARATOR)?;
    let name = names.split_once(" to ").map_or(names, |(from, _)| from);
    let when_words = when.split_whitespace().count();
    let is_time = (1..=4).contains(&when_words)
        && (when.ends_with(" ago") || when.chars().any(|c| c.is_ascii_digit()));
    (is_time && is_speaker_label(name) && name.contains(' '))
        .then(|| Span::new(lead, lead + name.len()))
}

/// A gap longer than this many non-empty lines between two labels is not one answer.
const MAX_CONTINUATION_LINES: usize = 30;

/// Verbs with which narration reports an exchange ("Carter replied", "said Hannity").
const NARRATION_VERBS: &[&str] = &[
    "added",
    "answered",
    "asked",
    "continued",
    "interjected",
    "interrupted",
    "replied",
    "responded",
    "said",
    "says",
    "told",
];

/// Extends each turn's speech over the unlabelled lines after it (see the module notes).
fn continue_turns(text: &str, turns: &mut [Turn]) {
    if turns.is_empty() {
        return;
    }
    let names = speaker_names(text, turns);
    let mut longest = 0;
    for i in 0..turns.len() {
        let from = turns[i].speech.end;
        let (until, cap) = match turns.get(i + 1) {
            Some(next) => (next.label.start, MAX_CONTINUATION_LINES),
            None => (text.len(), longest),
        };
        let mut end = from;
        let mut lines = 0;
        // The turn's own line (its rest after the speech) is skipped; `start` tracks each
        // following line's offset in `text`.
        let mut pieces = text[from..until].split_inclusive('\n');
        let mut start = from + pieces.next().map_or(0, str::len);
        for line in pieces {
            let line_start = start;
            start += line.len();
            let content = line.trim();
            if content.is_empty() {
                continue;
            }
            if lines == cap || is_narration(content, &names) {
                break;
            }
            lines += 1;
            let lead = line.len() - line.trim_start().len();
            end = line_start + lead + content.len();
        }
        // A gap that ran past the cap without a label is not all one answer: keep the line.
        if turns.get(i + 1).is_some() && lines == cap && cap > 0 {
            let rest = &text[end..until];
            if rest.lines().any(|l| !l.trim().is_empty()) {
                continue;
            }
        }
        if end > from {
            turns[i].speech.end = end;
            longest = longest.max(lines);
        }
    }
}

/// The lower-cased words of the named speakers' labels ("hannity", "carter", "smith"), leaving
/// out titles ("mr.", "sen."): what narration calls them.
fn speaker_names(text: &str, turns: &[Turn]) -> Vec<String> {
    let mut names: Vec<String> = turns
        .iter()
        .filter(|t| t.speaker.is_some())
        .flat_map(|t| text[t.label.start..t.label.end].split([' ', ',']))
        .filter(|w| w.len() > 2 && !w.ends_with('.'))
        .map(str::to_lowercase)
        .filter(|w| !["the", "and"].contains(&w.as_str()))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whether a line reports the exchange rather than continuing it: it names a speaker beside a
/// verb of speech.
fn is_narration(line: &str, names: &[String]) -> bool {
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(2).any(|w| {
        (names.contains(&w[0]) && NARRATION_VERBS.contains(&w[1].as_str()))
            || (NARRATION_VERBS.contains(&w[0].as_str()) && names.contains(&w[1]))
    })
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
    // "JOHN SOLOMON, THE HILL:" names the speaker, then the affiliation.
    let (name, affiliation) = match label.split_once(", ") {
        Some((name, affiliation)) => (name, Some(affiliation)),
        None => (label, None),
    };
    if !is_speaker_label(name) || affiliation.is_some_and(|a| !is_speaker_label(a)) {
        return None;
    }
    let after = &body[colon + 1..];
    let speech = after.trim();
    // "Score: 3-1" and "Tickets: 20 dollars" list figures, not speech.
    if speech.chars().next().is_none_or(|c| c.is_ascii_digit()) || !is_speech(speech) {
        return None;
    }
    let speech_start = start + lead + colon + 1 + (after.len() - after.trim_start().len());
    let lower = name.to_lowercase();
    Some(Turn {
        label: Span::new(start + lead, start + lead + name.len()),
        speech: Span::new(speech_start, speech_start + speech.len()),
        speaker: (!ANONYMOUS.contains(&lower.as_str())).then(|| name.to_string()),
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
    !names_no_speaker(label)
}

/// Whether a label before a colon is page furniture or an editorial note, not a speaker
/// ("Update:", "WATCH:", "Editor's note:"): transcripts and headlines ("WATCH: …") ask.
pub fn names_no_speaker(label: &str) -> bool {
    let lower = label.trim().to_lowercase().replace('’', "'");
    NOT_SPEAKERS.contains(&lower.as_str())
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
    fn a_turn_runs_over_the_unlabelled_lines_after_it() {
        let text = "Hannity spoke with two reporters.\nHANNITY: Breaking news tonight.\nIt is a huge story.\nSARAH CARTER, CIRCA NEWS: It is, Sean.\nThere are 5,000 documents.\n\nThey show the money.\nHANNITY: What next?\nWe will see.\nCARTER: Congress will ask.\nHANNITY: Thank you all.\nThe outlet's closing line.";
        assert_eq!(
            speeches(text),
            [
                (
                    "Breaking news tonight.\nIt is a huge story.",
                    Some("HANNITY".to_string())
                ),
                (
                    "It is, Sean.\nThere are 5,000 documents.\n\nThey show the money.",
                    Some("SARAH CARTER".to_string())
                ),
                ("What next?\nWe will see.", Some("HANNITY".to_string())),
                ("Congress will ask.", Some("CARTER".to_string())),
                // The last turn takes no more lines than the longest answer before it (two).
                (
                    "Thank you all.\nThe outlet's closing line.",
                    Some("HANNITY".to_string())
                ),
            ]
        );
    }

    #[test]
    fn one_line_turns_leave_the_lines_after_the_transcript_to_the_outlet() {
        let text = "HANNITY: Is it a scandal?\nCARTER: It is a scandal.\nHANNITY: Thank you all.\nThe outlet's own closing words.";
        assert_eq!(
            speeches(text)[2],
            ("Thank you all.", Some("HANNITY".to_string()))
        );
    }

    #[test]
    fn narration_of_the_exchange_ends_a_turn() {
        let text = "HANNITY: Is it a scandal?\nCARTER: It is a scandal.\nThe documents are huge.\nHannity asked what comes next, and Carter replied that Congress will ask.\nHANNITY: Thank you all.";
        assert_eq!(
            speeches(text)[1],
            (
                "It is a scandal.\nThe documents are huge.",
                Some("CARTER".to_string())
            )
        );
    }

    #[test]
    fn a_reprinted_comment_thread_gives_each_comment_to_its_commenter() {
        let text = "The exchange below ran under the column.\n\nRobert Smith \u{2022} 13 hours ago\n\nThe decree is beautiful and compassionate.\nIt asks for a step in the right direction.\n\nJane Roe to Robert Smith \u{2022} 9 hours ago\n\nThe notion is nonsensical.";
        assert_eq!(
            speeches(text),
            [
                (
                    "The decree is beautiful and compassionate.\nIt asks for a step in the right direction.",
                    Some("Robert Smith".to_string())
                ),
                ("The notion is nonsensical.", Some("Jane Roe".to_string())),
            ]
        );
        // One header is a byline, not a thread; a bullet inside a sentence is no header.
        assert!(turns("Robert Smith \u{2022} 13 hours ago\nThe decree is beautiful.").is_empty());
        let text = "Prices \u{2022} rose 3 percent\nWages \u{2022} fell 2 percent";
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
