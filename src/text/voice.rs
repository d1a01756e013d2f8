/*!
Whose voice a word is in.

- `quoted`: inside quotation marks — the words of a source, or scare quotes;
- `attributed`: in a sentence reported from a named source ("X said that …", "according to X",
  "Per X, …", "the statement stressed …") — detected from the reporting-verb and
  attribution-cue lexicons, so it is tuned with data, not code;
- `outlet`: everything else, the publication's own voice.

The reporting verb itself stays in the outlet's voice: choosing "slammed" over "said" is the
writer's choice even when the rest of the sentence is the source's.
*/

use super::{Segmented, Span, Voice};

/// Byte ranges of `text` inside quotation marks (excluding the marks), sorted and disjoint:
/// see [`quotes`](super::quotes) for how marks are read.
pub fn quoted_ranges(text: &str, seg: &Segmented) -> Vec<Span> {
    super::quotes::quoted_ranges_in(text, &seg.paragraphs, seg.lines_are_paragraphs)
}

/// The union of the quoted ranges and the speeches of transcript turns (each a speaker's
/// words, though unmarked): sorted and disjoint, as [`is_inside`] needs them.
pub fn with_turns(quoted: Vec<Span>, turns: &[super::transcript::Turn]) -> Vec<Span> {
    if turns.is_empty() {
        return quoted;
    }
    let mut all = quoted;
    all.extend(turns.iter().map(|t| t.speech));
    super::quotes::union(all)
}

/// Whether `span` lies inside one of the `quoted` ranges (sorted and disjoint, as
/// [`quoted_ranges`] returns them): a binary search, so long quoted texts stay linear.
pub fn is_inside(quoted: &[Span], span: Span) -> bool {
    let i = quoted.partition_point(|q| q.end < span.end);
    quoted
        .get(i)
        .is_some_and(|q| q.start <= span.start && span.end <= q.end)
}

/// Marks tokens inside `quoted` as quoted, and the other tokens flagged in `attributed` (one
/// flag per token: its clause is reported from a source) as attributed, except the
/// `cue_tokens` themselves.
pub fn mark_voices(seg: &mut Segmented, quoted: &[Span], attributed: &[bool], cue_tokens: &[bool]) {
    for (i, token) in seg.tokens.iter_mut().enumerate() {
        let inside = is_inside(quoted, token.span);
        token.voice = if inside {
            Voice::Quoted
        } else if attributed.get(i).copied().unwrap_or(false)
            && !cue_tokens.get(i).copied().unwrap_or(false)
        {
            Voice::Attributed
        } else {
            Voice::Outlet
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let seg = Segmented::new(text);
        quoted_ranges(text, &seg)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn finds_curly_and_straight_quotes() {
        assert_eq!(
            quoted("He cited the “China threat theory” and \"Taiwan independence\"."),
            ["China threat theory", "Taiwan independence"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("China’s plea won’t work; the officials’ view stands.").is_empty());
    }

    #[test]
    fn single_quotes_used_as_quotes() {
        assert_eq!(
            quoted("WHO says outbreak could be ‘stronger’ next year"),
            ["stronger"]
        );
        assert_eq!(quoted("a 'derisk' plan"), ["derisk"]);
    }

    #[test]
    fn unclosed_quote_ends_with_paragraph() {
        assert_eq!(
            quoted("“It was bad, he said.\n\nNext paragraph."),
            ["It was bad, he said."]
        );
    }

    #[test]
    fn nested_quotes_record_the_outer_one() {
        assert_eq!(
            quoted("“He called it ‘absurd’ today,” she said."),
            ["He called it ‘absurd’ today,"]
        );
    }

    // Robust quotation on messy text (issue 14, "Voice"). Each was a failing case first.

    #[test]
    fn a_stray_quote_does_not_quote_the_rest_of_a_line_per_paragraph_article() {
        // Scraped plain text: one paragraph per line, no blank lines.
        let text = "The mayor spoke on Monday.\nHe called the 12\" pipe \u{201c}a relic.\nCritics say the plan is reckless.\nThe council votes today.";
        let got = quoted(text);
        assert_eq!(got, ["a relic."]);
    }

    #[test]
    fn multi_paragraph_quotation_runs_over_its_paragraphs() {
        let text = "\u{201c}We will rebuild the bridge.\n\u{201c}and we will do it this year,\u{201d} she said.\nThe outlet adds this.";
        assert_eq!(
            quoted(text),
            [
                "We will rebuild the bridge.",
                "and we will do it this year,"
            ]
        );
    }

    #[test]
    fn unclosed_quote_closes_at_the_end_of_its_line_paragraph() {
        let text = "He said \"the vote was rigged.\nThe outlet then calls it a disgrace.";
        assert_eq!(quoted(text), ["the vote was rigged."]);
    }

    #[test]
    fn doubled_single_marks_and_backticks_close_and_open_quotes() {
        assert_eq!(
            quoted("She called it \u{201c}a disaster\u{2019}\u{2019} and left. The rest is ours."),
            ["a disaster"]
        );
        assert_eq!(
            quoted("She called it \"a disaster'' and left. The rest is ours."),
            ["a disaster"]
        );
        assert_eq!(
            quoted("She called it ``a disaster'' and left. The rest is ours."),
            ["a disaster"]
        );
    }

    #[test]
    fn apostrophes_decades_and_possessives_are_not_quotes() {
        assert!(quoted("Don't say the '90s were calm; the Joneses' view won't change.").is_empty());
        assert!(quoted("He grew up in the \u{2019}80s and the Jones\u{2019} farm.").is_empty());
    }

    #[test]
    fn feet_and_inch_marks_are_not_quotes() {
        assert!(quoted("The 6'2\" guard used a 12\" pipe. Critics called it reckless.").is_empty());
        assert_eq!(
            quoted("The 6'2\" guard said \"we won\" and left."),
            ["we won"]
        );
    }

    #[test]
    fn an_opener_never_closed_around_a_closed_quotation_was_stray() {
        // The first mark was never closed; the second pair is the real quotation.
        let text = "Officials said \u{201c}the plan is sound. Critics said the plan was \u{201c}a scam\u{201d} and a reckless gamble.";
        assert_eq!(quoted(text), ["a scam"]);
    }

    #[test]
    fn a_stray_closing_mark_quotes_nothing() {
        assert!(quoted("It was a disaster,\u{201d} and the outlet says so.").is_empty());
        assert!(quoted("It was a disaster,\" and the outlet says so.").is_empty());
    }

    #[test]
    fn hard_wrapped_text_keeps_quotes_across_lines() {
        let text = "The minister said \"we will not\nback down\" on Monday and\nthen left for the airport.";
        assert_eq!(quoted(text), ["we will not\nback down"]);
    }

    #[test]
    fn nested_quotes_in_the_same_marks() {
        assert_eq!(
            quoted("\"By waffling on a deal she once called a \"gold standard,\" Clinton shows why voters distrust her,\" Short said."),
            ["By waffling on a deal she once called a \"gold standard,\" Clinton shows why voters distrust her,"]
        );
        assert_eq!(
            quoted("\u{201c}It would render most \u{201c}Authority Statements\u{201d} contentious.\u{201d} The outlet adds this."),
            ["It would render most \u{201c}Authority Statements\u{201d} contentious."]
        );
    }

    #[test]
    fn single_quotes_inside_an_unclosed_quotation_keep_it_open() {
        let text = "\u{201c}They all say they \u{2018}love their friends\u{2019} but they \u{2018}don\u{2019}t approve\u{2019} of them.\n\nSo I ask you to go.\u{201d}\n\nThe outlet adds this.";
        assert_eq!(
            quoted(text)[0],
            "They all say they \u{2018}love their friends\u{2019} but they \u{2018}don\u{2019}t approve\u{2019} of them."
        );
    }

    #[test]
    fn a_quotation_runs_on_to_a_closer_in_a_later_paragraph() {
        let text = "He tweeted: \u{201c}I had to fire him.\n\nHe has pled guilty.\n\nThere was nothing to hide!\u{201d}\n\nThe tweet drew fire.";
        assert_eq!(
            quoted(text),
            [
                "I had to fire him.",
                "He has pled guilty.",
                "There was nothing to hide!"
            ]
        );
        // Without a closer ahead, the quotation ends with its paragraph.
        let text =
            "He said \u{201c}it is over.\n\nThe outlet adds this.\n\nAnd \u{201c}this\u{201d} too.";
        assert_eq!(quoted(text), ["it is over.", "this"]);
    }

    #[test]
    fn a_single_quotation_opening_its_line_runs_to_a_closer_on_the_next() {
        // One paragraph per line; a tweet quoted in single marks over two lines.
        let text = "Trump went all-in on Wednesday.\n\u{2018}The Democrats paid for the phony Dossier.\nDisgraceful!\u{2019}\nThe outlet adds this.";
        assert_eq!(
            quoted(text),
            ["The Democrats paid for the phony Dossier.", "Disgraceful!"]
        );
        // Left open with no closer ahead, it still quotes its own line: no apostrophe opens
        // a paragraph.
        let text = "Trump went all-in.\n\u{2018}The Democrats paid for the phony Dossier.\nThe outlet adds this.";
        assert_eq!(quoted(text), ["The Democrats paid for the phony Dossier."]);
        // A closing mark that is an apostrophe does not close it.
        let text = "Trump went all-in.\n\u{2018}The Democrats paid.\nThe outlet\u{2019}s view.";
        assert_eq!(quoted(text), ["The Democrats paid."]);
    }

    #[test]
    fn mixed_marks_close_each_other() {
        assert_eq!(
            quoted("\u{201c}It was a stunning display of cowardice,\" said the group. The outlet adds this."),
            ["It was a stunning display of cowardice,"]
        );
    }

    #[test]
    fn nested_quotes_with_straight_marks() {
        assert_eq!(
            quoted("\"He called it 'absurd' today,\" she said."),
            ["He called it 'absurd' today,"]
        );
    }

    #[test]
    fn a_carried_quotation_runs_over_paragraphs_with_quotations_of_their_own() {
        // The middle paragraph drops the reopening mark and holds a closed quotation.
        let text = "A post said:\n\n\u{201c}Now, his actions are only partly defensible.\n\nBut little is known about these \u{201c}students.\u{201d} Hmm, nothing like courage.\n\nWhich brings us back to his response.\u{201d}\n\nThe outlet adds this.";
        assert_eq!(
            quoted(text),
            [
                "Now, his actions are only partly defensible.",
                "But little is known about these \u{201c}students.\u{201d} Hmm, nothing like courage.",
                "Which brings us back to his response."
            ]
        );
    }

    #[test]
    fn a_block_set_off_after_an_introducing_colon_is_quoted() {
        let text = "She apologised for a post.\n\nRead the full rant via the blog:\n\nDear girls, try showing a little class.\n\nThe girls ignored her.";
        assert_eq!(quoted(text), ["Dear girls, try showing a little class."]);
        let text = "Democrats circulated a set of points:\n\n-Here are the facts: he served.\n\n-His opponent smears him.\n\nThe race is close.";
        assert_eq!(
            quoted(text),
            [
                "-Here are the facts: he served.",
                "-His opponent smears him."
            ]
        );
        // A colon that introduces the outlet's own list names no text.
        let text = "Here is what we know:\n\nThe mayor resigned on Monday.";
        assert!(quoted(text).is_empty());
        // An excerpt announced as "the following", with a colon or an ellipsis: in text with
        // one paragraph per line it runs on until the writer takes over (here, a question).
        let text = "It was easy to find.\nThe following comes from another site\u{2026}\nA photo of the embattled senator has resurfaced.\nIt shows him at a party.\nCan you believe it?";
        assert_eq!(
            quoted(text),
            [
                "A photo of the embattled senator has resurfaced.",
                "It shows him at a party."
            ]
        );
        let text = "The paper reported the following:\n\nThe plan is a disaster.";
        assert_eq!(quoted(text), ["The plan is a disaster."]);
        // "The following" of the outlet's own list names no source.
        let text = "Following are summaries of three offenders arrested:\n\nA man was arrested.";
        assert!(quoted(text).is_empty());
        // An ellipsis alone announces nothing.
        let text = "And then it came\u{2026}\nThe mayor resigned on Monday.";
        assert!(quoted(text).is_empty());
    }
}
