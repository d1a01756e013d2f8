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

/// Byte ranges of `text` inside quotation marks (excluding the marks), per paragraph.
///
/// Curly quotes open and close explicitly; straight double quotes toggle. Single quotes are
/// quotes only where they cannot be apostrophes: an opening one after a space or an opening
/// mark and before a letter, a closing one after a letter and not before a letter. A quote left
/// open closes at the end of its paragraph, as news style reopens it in the next one.
pub fn quoted_ranges(text: &str, seg: &Segmented) -> Vec<Span> {
    let mut out = Vec::new();
    for paragraph in &seg.paragraphs {
        let slice = &text[paragraph.span.start..paragraph.span.end];
        let base = paragraph.span.start;
        // Stack of (quote kind, start of quoted content).
        let mut stack: Vec<(char, usize)> = Vec::new();
        // Only quote marks matter, and each starts with a byte of its own (" ' or E2, the lead
        // byte of the curly quotes): memchr jumps from one such byte to the next. The other
        // bytes of a curly quote (80 to BF) are never among them.
        for i in memchr::memchr3_iter(b'"', b'\'', 0xE2, slice.as_bytes()) {
            let Some(c) = slice[i..].chars().next() else {
                break;
            };
            let after = i + c.len_utf8();
            let prev = slice[..i].chars().next_back();
            let next = slice[after..].chars().next();
            let opens_single = |p: Option<char>, n: Option<char>| {
                p.is_none_or(|p| p.is_whitespace() || "(“\"—–-[".contains(p))
                    && n.is_some_and(|n| n.is_alphanumeric())
            };
            let closes_single = |p: Option<char>, n: Option<char>| {
                p.is_some_and(|p| p.is_alphanumeric() || ".,!?".contains(p))
                    && !n.is_some_and(|n| n.is_alphanumeric())
            };
            match c {
                '“' => stack.push(('”', after)),
                '”' => close(&mut stack, '”', base, i, &mut out),
                '"' => {
                    if stack.iter().any(|&(k, _)| k == '"') {
                        close(&mut stack, '"', base, i, &mut out);
                    } else {
                        stack.push(('"', after));
                    }
                }
                '‘' if opens_single(prev, next) => stack.push(('’', after)),
                '’' if stack.iter().any(|&(k, _)| k == '’') && closes_single(prev, next) => {
                    close(&mut stack, '’', base, i, &mut out)
                }
                '\'' if stack.iter().any(|&(k, _)| k == '\'') && closes_single(prev, next) => {
                    close(&mut stack, '\'', base, i, &mut out)
                }
                '\'' if opens_single(prev, next) => stack.push(('\'', after)),
                _ => {}
            }
        }
        // Quotes left open run to the end of the paragraph.
        if let Some(&(_, start)) = stack.first() {
            out.push(Span::new(base + start, paragraph.span.end));
        }
    }
    out.sort_by_key(|s| (s.start, s.end));
    out
}

/// Whether `span` lies inside one of the `quoted` ranges (sorted and disjoint, as
/// [`quoted_ranges`] returns them): a binary search, so long quoted texts stay linear.
pub fn is_inside(quoted: &[Span], span: Span) -> bool {
    let i = quoted.partition_point(|q| q.end < span.end);
    quoted
        .get(i)
        .is_some_and(|q| q.start <= span.start && span.end <= q.end)
}

fn close(stack: &mut Vec<(char, usize)>, kind: char, base: usize, at: usize, out: &mut Vec<Span>) {
    if let Some(pos) = stack.iter().rposition(|&(k, _)| k == kind) {
        let (_, start) = stack[pos];
        stack.truncate(pos);
        // Only the outermost quotation is recorded; inner ones lie inside it.
        if stack.is_empty() {
            out.push(Span::new(base + start, base + at));
        }
    }
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
}
