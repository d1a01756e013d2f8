/*!
Where quotations are: byte ranges inside quotation marks, robust to the marks real text uses.

News copy is messy. A single unbalanced mark must never turn the rest of an article into a
quotation — that hides the outlet's own words from every measure — so a quotation is scoped to
its paragraph, and each mark is read from what stands on either side of it:

- **Paragraphs.** A quotation left open at the end of a paragraph closes there. News style
  runs a long quotation over several paragraphs by opening each with a quote mark and closing
  only the last, so each of those paragraphs is quoted to its end. Pasted statements often
  drop the reopening marks: a quotation left open also runs on through the next paragraphs
  (at most three) when the first double mark there is a closing one. In scraped plain text with
  one paragraph per line (most line breaks follow the end of a sentence), each line is a
  paragraph; in hard-wrapped text (lines broken mid-sentence) only blank lines are.
- **Straight marks** (`"`) do not toggle blindly: one after a space or an opening bracket and
  before a word opens, one after a word or punctuation and before a space or punctuation
  closes. A mark that fits neither is ignored; one spaced on both sides (`" we won "`) falls
  back to toggling. A `"` after a digit with no quotation open is an inch mark (`12" pipe`,
  `6'2"`).
- **A mark that opens while the same kind is open** nests (“He called it “absurd,” she said”).
  If the outer one is still open when the paragraph ends, it was a stray mark: the quotations
  that closed inside it stand, and the rest of the paragraph is not quoted.
- **Mixed marks**: a straight `"` closes an open curly quotation, and `”` an open straight one.
- **A closing mark with nothing open** is ignored.
- **Doubled single marks**: `''` and `’’` typed for a closing double quote, ` `` ` and `‘‘`
  for an opening one.
- **Single marks** are quotes only where they cannot be apostrophes: an opening one after a
  space, an opening mark or bracket and before a letter (not a decade: `'90s`); a closing one
  after a letter or punctuation and not before a letter, and only while a single quotation is
  open (`don't`, `Jones' farm`). A single quotation left open at the end of a paragraph was an
  apostrophe, unless the next paragraph opens with a quote mark.
- **Block quotations**: a paragraph set off after a short introducing paragraph that ends with
  a colon and names a text or a speech verb ("Read the full letter:", "He wrote on Facebook:")
  is quoted whole, and a dash or bullet list that follows to its end. A paragraph that is only a
  form of address and a colon ("Ladies and Gentlemen:") opens a speech reproduced as given: it
  is quoted to the end of the text, or to a short heading of the writer's ending with a colon
  ("NOTES:"). In text with one paragraph per line, a block that speaks in the first person
  and ends as a sentence does ("So let me just make two points.") under an introduction that
  does not is a speech or letter reproduced as given: it runs on through the next paragraphs
  until one ends with a colon or an ellipsis (the writer introducing something else), holds a
  quote mark, or names the speaker the introduction named. An excerpt of another publication
  ("First, Politico reports:", "The Washington Post explains:") runs on over its lines the same
  way, in the third person too, until a line introduces something else (a colon), asks or addresses the
  reader, speaks in the first person outside quotation marks, names the introduced source again
  or cites another at the opening of a line ("According to …").
- **Nested quotes** lie inside the outer quotation: only the outermost range is recorded.
- **Insertions**: words in square brackets inside a quotation are the quoting writer's, and
  are left out of it.

One pass over the quote marks of the text (memchr jumps between them), linear in its length.
*/

use super::pronouns::{FIRST_PERSON, FIRST_PERSON_PLURAL};
use super::{Paragraph, Span};

/// Byte ranges of `text` inside quotation marks (excluding the marks), sorted and disjoint.
pub fn quoted_ranges(text: &str, paragraphs: &[Paragraph]) -> Vec<Span> {
    quoted_ranges_in(text, paragraphs, lines_are_paragraphs(text, paragraphs))
}

/// [`quoted_ranges`] when whether lines are paragraphs ([`lines_are_paragraphs`]) is known.
pub fn quoted_ranges_in(text: &str, paragraphs: &[Paragraph], lines: bool) -> Vec<Span> {
    let blocks = quote_paragraphs(text, paragraphs, lines);
    let runs_on = lines_of_one_paragraph(&blocks, paragraphs, lines);
    let mut out = Vec::new();
    let mut scanner = Scanner::default();
    let mut carry = None;
    for (n, block) in blocks.iter().enumerate() {
        let rest = &blocks[n + 1..];
        let next = rest.first().map(|next| &text[next.start..next.end]);
        let reopened = next
            .is_some_and(|next| opens_with_quote(next) && !opens_with_a_marked_name(text, next));
        let next_line_of_paragraph = !reopened && runs_on.get(n).copied().unwrap_or(false);
        let continued = reopened || next_line_of_paragraph;
        // A single quotation runs on only into a paragraph that reopens it with a single mark
        // (“…” in the next paragraph is a new quotation: "… before 'Oumuamua left its home
        // system." followed by "“It's hard to know …").
        let single_continued = next_line_of_paragraph
            || (reopened && next.is_some_and(|next| next.starts_with(['\u{2018}', '\''])));
        let open = scanner.scan(
            text,
            *block,
            carry,
            (continued, single_continued),
            rest,
            &mut out,
        );
        carry = open.filter(|&kind| {
            next_line_of_paragraph || (!continued && closes_later(text, rest, kind))
        });
    }
    let mut block = block_quotations(text, &split_at_introductions(text, &blocks), lines);
    if lines {
        block.extend(signed_passages(text, &blocks));
    }
    if !block.is_empty() {
        out.extend(block);
        out = union(out);
    }
    without_insertions(text, out)
}

/// Quoted ranges less the writer's insertions in square brackets ("I refuse [to grant him an
/// audience]", "[Referring here to Walter Matt's talk.]"): what stands in brackets inside a
/// quotation is the quoting writer's, by the convention of every style guide. So is a short
/// identification in parentheses, the wire-style insertion ("“We let him (Libyan strongman
/// Moammar) stay,” Trump said", "“I think he (Obama) is wrong”"): up to
/// [`MAX_PAREN_INSERTION_WORDS`] words, one of them capitalised, no digits.
fn without_insertions(text: &str, ranges: Vec<Span>) -> Vec<Span> {
    let bytes = text.as_bytes();
    if ranges.is_empty()
        || (memchr::memchr(b'[', bytes).is_none() && memchr::memchr(b'(', bytes).is_none())
    {
        return ranges;
    }
    let mut out = Vec::with_capacity(ranges.len());
    for r in ranges {
        let mut from = r.start;
        let slice = &bytes[r.start..r.end];
        let mut i = 0;
        while let Some(open) = memchr::memchr2(b'[', b'(', &slice[i..]).map(|o| i + o) {
            let closer = if slice[open] == b'[' { b']' } else { b')' };
            let Some(close) = memchr::memchr(closer, &slice[open..]).map(|c| open + c) else {
                break;
            };
            i = close + 1;
            if closer == b')'
                && (r.end - r.start > MAX_SPOKEN_QUOTE_BYTES
                    || !identifies(&text[r.start + open + 1..r.start + close]))
            {
                continue;
            }
            if r.start + open > from {
                out.push(Span::new(from, r.start + open));
            }
            from = r.start + close + 1;
        }
        if r.end > from {
            out.push(Span::new(from, r.end));
        }
    }
    out
}

/// The most words a parenthetical insertion into a quotation holds.
const MAX_PAREN_INSERTION_WORDS: usize = 5;

/// The longest quotation, in bytes, read as speech whose parentheses are the writer's: a
/// longer one is a document or a pasted passage, whose parentheses are its own.
const MAX_SPOKEN_QUOTE_BYTES: usize = 400;

/// Whether a parenthetical inside a quotation reads as the writer's identification of whom
/// the speaker means: a few words, one capitalised, no digits ("(2)", "(1998)" are the
/// speaker's or the document's), no acronym or party affiliation ("(MTBI)", "(D-CA)",
/// "(R-Colo.)" spell out or place a name in the speaker's own words).
fn identifies(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let acronym = |w: &str| {
        w.chars().filter(|c| c.is_uppercase()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let affiliation =
        |w: &str| w.len() <= 9 && w.starts_with(['D', 'R', 'I']) && w[1..].starts_with('-');
    !words.is_empty()
        && words.len() <= MAX_PAREN_INSERTION_WORDS
        && !inner.contains(|c: char| c.is_ascii_digit())
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| acronym(w) || affiliation(w))
}

/// Words of an introducing paragraph that ends with a colon and hands what follows to a text
/// reproduced without quotation marks ("Read the full letter:", "He wrote on Facebook:").
const BLOCK_INTRO_WORDS: &[&str] = &[
    "added",
    "adds",
    "announced",
    "argument",
    "article",
    "circulated",
    "commentary",
    "continued",
    "continues",
    "declared",
    "decree",
    "edict",
    "email",
    "excerpt",
    "explained",
    "explains",
    "letter",
    "memo",
    "message",
    "passage",
    "post",
    "posted",
    "proclamation",
    "quotation",
    "quote",
    "rant",
    "read",
    "reads",
    "release",
    "remarks",
    "reported",
    "reports",
    "said",
    "says",
    "speech",
    "statement",
    "told",
    "transcript",
    "tweet",
    "tweeted",
    "writes",
    "wrote",
];

/// An introducing paragraph longer than this many words is a paragraph of its own that happens
/// to end with a colon.
const MAX_INTRO_WORDS: usize = 40;

/// Block quotations: a paragraph set off after an introducing paragraph that ends with a colon
/// and names a statement, a letter, a post or a speech verb is the text it introduces, quoted
/// though it carries no marks. A list that follows (paragraphs opening with the same dash or
/// bullet) is quoted to its end. A paragraph that opens with a quote mark is left to the marks.
fn block_quotations(text: &str, blocks: &[Span], lines: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut n = 0;
    while n + 1 < blocks.len() {
        let intro = &text[blocks[n].start..blocks[n].end];
        // "Ladies and Gentlemen:" alone on its line opens an address reproduced as given: the
        // speaker's words to the end of the text, or to a short heading of the writer's that
        // ends with a colon ("NOTES:", "Editor's note:").
        if is_a_salutation(intro) {
            let heading = |b: &Span| {
                let line = &text[b.start..b.end];
                line.ends_with(':') && line.split_whitespace().count() <= 3
            };
            let end = (n + 1..blocks.len())
                .find(|&k| heading(&blocks[k]))
                .unwrap_or(blocks.len());
            out.extend_from_slice(&blocks[n..end]);
            n = end;
            continue;
        }
        // "The following comes from Breitbart…": an excerpt announced as coming from a
        // source, with a colon or an ellipsis.
        // (Lower-cased only for a paragraph that ends as an introduction: most do not.)
        let announced = ends_an_introduction(intro) && {
            let lower = intro.to_lowercase();
            lower.contains("the following") && lower.contains(" from ")
        };
        // A long paragraph may end with the introduction as its last sentence ("…, he
        // wrote about his eagerness to fund the campaign. In the email from John Podesta to
        // Robby Mook we learned that:"): that sentence is what introduces.
        // (Only a paragraph that ends with a colon is read for it.)
        let intro = if intro.ends_with(':') {
            last_sentence(intro)
        } else {
            intro
        };
        if !announced
            && (!intro.ends_with(':') || !(introduces_a_text(intro) || cites_a_publication(intro)))
        {
            n += 1;
            continue;
        }
        // A form pasted with the page between the introduction and the text is skipped.
        let at = n + 1 + form_end(text, &blocks[n + 1..]).unwrap_or(0);
        let Some(block) = blocks.get(at) else {
            break;
        };
        let first = &text[block.start..block.end];
        // "The citation read:\n“It seems altogether fitting … “Fourth Estate.” …\n…\nLong
        // live the Fifth Estate!”": a text announced by its introduction and opened with a
        // quote mark runs on to the mark that closes it, however many paragraphs later and
        // whatever quotations of its own it holds. Without the introduction, such a reach
        // would let one stray mark swallow the article ([`closes_later`] keeps it short).
        // (Where the marks carry it already, within a few paragraphs, they are left to.)
        let rest = &blocks[at + 1..];
        if opens_with_quote(first)
            && leaves_a_quotation_open(first)
            && !closes_later(text, rest, Kind::Curly)
        {
            if let Some(k) = closer_after(text, rest, Kind::Curly, MAX_RUN_ON_PARAGRAPHS) {
                out.extend_from_slice(&blocks[at..=at + 1 + k]);
                n = at + 2 + k;
                continue;
            }
        }
        if opens_with_quote(first) || first.ends_with(':') {
            n += 1;
            continue;
        }
        out.push(*block);
        let bullet = first.chars().next().filter(|c| "-•*–—".contains(*c));
        n = at + 1;
        // "Here's the crux of Greenwald's argument:\nSo let me just make two points.\n…": in
        // text with one paragraph per line (where a pasted passage's paragraphs are lines), a
        // passage that opens in the first person under an introduction in the third person is
        // a speech or a text reproduced as given, and runs on until the writer visibly takes
        // over again. A passage with quote marks of its own is left to them, and so is any
        // paragraph after it that has one.
        if lines
            && bullet.is_none()
            && speaks_in_the_first_person(first)
            && first.trim_end().ends_with(['.', '!', '?'])
            && !speaks_in_the_first_person(intro)
            && !has_a_quote_mark(first)
        {
            let names = introduced_names(intro);
            let limit = (n + MAX_RUN_ON_PARAGRAPHS).min(blocks.len());
            while n < limit {
                let paragraph = &text[blocks[n].start..blocks[n].end];
                if ends_an_introduction(paragraph)
                    || has_a_quote_mark(paragraph)
                    || names.iter().any(|name| paragraph.contains(name))
                {
                    break;
                }
                out.push(blocks[n]);
                n += 1;
            }
            continue;
        }
        // "The Washington Post explains:\nThe inspector general on Thursday castigated…\n…":
        // in text with one paragraph per line, an excerpt of a report runs over many lines. (A
        // statement or a remark introduced the same way is taken for one paragraph: news copy
        // goes on reporting after it.)
        // It runs on until the writer visibly takes over: a line that introduces something
        // else (a colon, an ellipsis), asks or addresses the reader, speaks in the first
        // person, names the introduced source again, or cites another at its opening
        // ("According to …").
        // (The excerpt's own quotations may speak in the first person: "Habib-Powell had
        // assured the locals … “I see the president talk of Islam …”".)
        if lines
            && bullet.is_none()
            && (introduces_an_excerpt(intro) || cites_a_publication(intro))
            && !speaks_in_the_first_person(&outside_double_quotes(first, &mut false))
        {
            // A citation's title words recur in the article it cites: they name no speaker.
            // (Nor does a publication that "has more": its excerpt names it as the source of
            // its own scoops, "obtained by The Washington Times".)
            let names = if cites_a_publication(intro) || has_more(intro) {
                Vec::new()
            } else {
                introduced_names(intro)
            };
            let limit = (n + MAX_RUN_ON_PARAGRAPHS).min(blocks.len());
            // A quotation inside the excerpt may run over lines ("“Trump’s not ever going to
            // become president, right?\nRight?!” the lawyer wrote"): its lines are no sign of
            // the writer.
            let mut inside = quote_left_open(first);
            while n < limit {
                // A sign-up or poll form pasted into the page interrupts the excerpt; it is
                // nobody's words and ends nothing.
                if let Some(end) = form_end(text, &blocks[n..]) {
                    n += end;
                    continue;
                }
                let paragraph = &text[blocks[n].start..blocks[n].end];
                let own = outside_double_quotes(paragraph, &mut inside);
                if writer_takes_over(&own, paragraph, &names) {
                    break;
                }
                out.push(blocks[n]);
                n += 1;
            }
            continue;
        }
        while let (Some(b), Some(block)) = (bullet, blocks.get(n)) {
            if !text[block.start..block.end].starts_with(b) {
                break;
            }
            out.push(*block);
            n += 1;
        }
    }
    out
}

/// The paragraphs, each that opens with an introduction ending in a colon before its text on
/// the same line split in two there, so that [`block_quotations`] reads the introduction as
/// its own: a citation of another publication ("AUTHORITIES PUT BRAKES … By Rachel Crosby Las
/// Vegas Review-Journal, October 26, 2017: Fifty-eight people killed.") or an announced
/// transcript or excerpt ("Following is a transcript: Jihad Al-‘Ayesh: “Some people …"). Only
/// the paragraph's first colon is read, and only an introduction that says what follows: "He
/// said: …" is left to the quote marks that follow it.
fn split_at_introductions(text: &str, blocks: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        let paragraph = &text[block.start..block.end];
        let bytes = paragraph.as_bytes();
        let first_colon =
            memchr::memchr_iter(b':', bytes).find(|&k| bytes.get(k + 1) == Some(&b' '));
        let split = first_colon.filter(|&colon| {
            let intro = &paragraph[..=colon];
            (cites_a_publication(intro) && ends_with_a_year(&paragraph[..colon]))
                || announces_a_transcript(intro)
        });
        match split {
            Some(colon) if !paragraph[colon + 1..].trim().is_empty() => {
                let cut = block.start + colon + 1;
                out.push(Span::new(block.start, cut));
                push_trimmed(text, cut, block.end, &mut out);
            }
            _ => out.push(*block),
        }
    }
    out
}

/// Whether a citation ends with its year, as one that hands over to its text does ("…,
/// October 26, 2017:"); a year earlier on ("In 2005, an article by … entitled ‘Tsunami: …")
/// cites nothing at the colon.
fn ends_with_a_year(intro: &str) -> bool {
    let year = intro
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_digit())
        .next();
    year.is_some_and(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")))
}

/// Words of an introduction that announce a transcript or an excerpt ("Following is a
/// transcript:", "Here are excerpts:"), beside "following" or "here".
const TRANSCRIPT_WORDS: &[&str] = &["excerpt", "excerpts", "text", "transcript"];

/// Whether an introduction announces a transcript or an excerpt as what follows it.
fn announces_a_transcript(intro: &str) -> bool {
    let words: Vec<String> = intro
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= MAX_INTRO_WORDS
        && words.iter().any(|w| w == "following" || w == "here")
        && words.iter().any(|w| TRANSCRIPT_WORDS.contains(&w.as_str()))
}

/// The text of a paragraph outside its double quotation marks (curly or straight). `inside`
/// says whether a quotation is open when the paragraph starts, and is left as it stands at its
/// end: a quotation left open hides what follows it, on this line and the next.
fn outside_double_quotes(paragraph: &str, inside: &mut bool) -> String {
    let mut out = String::with_capacity(paragraph.len());
    for c in paragraph.chars() {
        match c {
            '“' => *inside = true,
            '”' => *inside = false,
            '"' => *inside = !*inside,
            _ if !*inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a paragraph ends with a double quotation open.
fn quote_left_open(paragraph: &str) -> bool {
    let mut inside = false;
    outside_double_quotes(paragraph, &mut inside);
    inside
}

/// Whether a paragraph ends with a double quotation open, nested ones counted: its opener
/// around “Fourth Estate.” and “…all.” is still open after them.
fn leaves_a_quotation_open(paragraph: &str) -> bool {
    let (mut depth, mut straight) = (0usize, false);
    for c in paragraph.chars() {
        match c {
            '“' | '„' | '«' => depth += 1,
            '”' | '»' => depth = depth.saturating_sub(1),
            '"' => straight = !straight,
            _ => {}
        }
    }
    depth > 0 || straight
}

/// Words of an introduction that hand over to an excerpt of another publication ("First,
/// Politico reports:", "Breitbart reported the following:", "The Washington Post explains:",
/// "A statement from the White House read as follows:").
const EXCERPT_INTRO_WORDS: &[&str] = &[
    "adds",
    "article",
    "excerpt",
    "explains",
    "following",
    "follows",
    "reported",
    "reports",
    "writes",
];

/// Whether an introduction hands over to an excerpt (see [`EXCERPT_INTRO_WORDS`]).
fn introduces_an_excerpt(intro: &str) -> bool {
    has_more(intro)
        || intro
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| EXCERPT_INTRO_WORDS.contains(&w.to_lowercase().as_str()))
}

/// How many lines a web form may take, and how many words each of its lines at most.
const FORM_LINES: usize = 16;
const FORM_LINE_WORDS: usize = 20;

/// If the lines from the first of `lines` are a form pasted with the page (a poll, a sign-up:
/// short lines down to one with the site's boilerplate, [`super::SITE_BOILERPLATE`]), how many
/// lines it takes.
fn form_end(text: &str, lines: &[Span]) -> Option<usize> {
    for (k, line) in lines.iter().take(FORM_LINES).enumerate() {
        let line = &text[line.start..line.end];
        if line.split_whitespace().count() > FORM_LINE_WORDS {
            return None;
        }
        if super::has_site_boilerplate(line) {
            return Some(k + 1);
        }
    }
    None
}

/// Whether a line after an excerpt is the writer's again (see [`block_quotations`]).
/// `own` is the line's text outside quotation marks ([`outside_double_quotes`]): what the
/// excerpt quotes is not the writer either ("assured a lawyer that “we’ll stop” Trump" holds
/// no first person of the writer's).
fn writer_takes_over(own: &str, paragraph: &str, introduced: &[&str]) -> bool {
    let trimmed = own.trim_end();
    // A colon introduces something else; an ellipsis is more often the excerpt's own cut
    // ("…,” Strzok responded…") than the writer's.
    if trimmed.ends_with(':')
        || trimmed.ends_with('?')
        || speaks_in_the_first_person(trimmed)
        || introduced.iter().any(|name| trimmed.contains(name))
    {
        return true;
    }
    // ("According to the report, …", "However, according to a second paper, …" opening the
    // line cites another source: the writer's; a report's own "…, according to two House
    // employees" later in the line does not, nor does its "“…,” according to a draft copy of
    // the document", read on the whole line.)
    let words = |line: &str, most: usize| -> Vec<String> {
        line.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(most)
            .map(str::to_lowercase)
            .collect()
    };
    // (Only the first four words of the line matter for its opening.)
    let opening = words(paragraph, 4);
    words(trimmed, usize::MAX).iter().any(|w| w == "you")
        || (0..opening.len().min(3))
            .any(|i| opening[i] == "according" && opening.get(i + 1).is_some_and(|w| w == "to"))
}

/// How many lines above its signature a signed passage may start.
const MAX_SIGNED_LINES: usize = 30;

/// Passages signed on a line of their own ("–Tucker Carlson", "— Breitbart") inside text with
/// one paragraph per line: the lines above the signature, back to the writer's line that names
/// the signer ("…, says Carlson", "according to a Breitbart report") or introduces a text
/// (ends with a colon), are the signer's. Without such a line nothing is quoted (where the
/// passage starts is unknown), and a signature on the last line is the writer's own sign-off.
fn signed_passages(text: &str, blocks: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    for k in 1..blocks.len().saturating_sub(1) {
        let line = &text[blocks[k].start..blocks[k].end];
        if let Some(source) = citation(line) {
            out.extend(cited_excerpt(text, &blocks[..k], source));
            continue;
        }
        let Some(name) = signature(line) else {
            continue;
        };
        let words: Vec<&str> = name.split_whitespace().filter(|w| w.len() > 2).collect();
        let start = (k.saturating_sub(MAX_SIGNED_LINES)..k).rev().find(|&j| {
            let line = &text[blocks[j].start..blocks[j].end];
            ends_an_introduction(line) || words.iter().any(|w| line.contains(w))
        });
        if let Some(j) = start {
            out.extend_from_slice(&blocks[j + 1..k]);
        }
    }
    out
}

/// The name of a signature line: a dash, then one to four capitalised words and nothing else
/// ("–Tucker Carlson"). A tweet's signature ("— Name (@handle) date") is not one: its lines are
/// read with the post.
/// The author and publication of a bracketed citation line that closes an excerpt, as sites
/// that repost wire copy set them: "[U.S. Judge Frees Indonesian Immigrant, by Nate Raymond,
/// Reuters, November 1, 2017]" gives "Nate Raymond, Reuters, November 1, 2017".
fn citation(line: &str) -> Option<&str> {
    let inner = line.trim().strip_prefix('[')?.strip_suffix(']')?;
    let (_, source) = inner.rsplit_once(", by ")?;
    let dated = source
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
    dated.then_some(source)
}

/// The excerpt a citation closes, among the lines `above` it: from the line that carries the
/// publication's dateline ("BOSTON (Reuters) - A U.S. judge …") or from after the writer's
/// introduction (a line ending in a colon or an ellipsis), within [`MAX_SIGNED_LINES`]. With
/// neither, where it starts is unknown and nothing is quoted.
fn cited_excerpt<'b>(text: &str, above: &'b [Span], source: &str) -> &'b [Span] {
    let names: Vec<String> = source
        .split([',', ' '])
        .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
        .map(|w| format!("({w})"))
        .collect();
    let reach = above.len().saturating_sub(MAX_SIGNED_LINES);
    for j in (reach..above.len()).rev() {
        let line = &text[above[j].start..above[j].end];
        if names
            .iter()
            .any(|dateline| line.contains(dateline.as_str()))
        {
            return &above[j..];
        }
        if ends_an_introduction(line) {
            return &above[j + 1..];
        }
    }
    &[]
}

fn signature(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix(['–', '—', '-'])?.trim_start();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let named = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        });
    named.then_some(rest)
}

/// The most lines a paragraph set off by blank lines may have for a quotation to run over them.
const MAX_LINES_OF_A_QUOTED_PARAGRAPH: usize = 8;

/// For each block, whether the next one is a line of the same paragraph in text that sets
/// paragraphs off by blank lines as well as putting one sentence per line: a quotation left
/// open at the end of such a line runs on to the next ("“Act bravely, my brethren…\nThe time is
/// fast approaching…"), as it would inside one paragraph. Only short paragraphs, and only where
/// blank lines do divide the text: in text that is all one paragraph a stray mark must not
/// quote the rest of it.
fn lines_of_one_paragraph(blocks: &[Span], paragraphs: &[Paragraph], lines: bool) -> Vec<bool> {
    if !lines || paragraphs.len() < 2 {
        return Vec::new();
    }
    let paragraph_of: Vec<usize> = blocks
        .iter()
        .map(|b| paragraphs.partition_point(|p| p.span.end <= b.start))
        .collect();
    let mut count = vec![0usize; paragraphs.len() + 1];
    for &p in &paragraph_of {
        count[p] += 1;
    }
    (0..blocks.len())
        .map(|n| {
            let p = paragraph_of[n];
            paragraph_of.get(n + 1) == Some(&p) && count[p] <= MAX_LINES_OF_A_QUOTED_PARAGRAPH
        })
        .collect()
}

/// How many paragraphs a passage in the first person may run on after its introduction.
const MAX_RUN_ON_PARAGRAPHS: usize = 30;

/// Whether a paragraph speaks in the first person ("So let me just make two points."): the
/// mark of a speech or a letter rather than of the writer introducing it.
fn speaks_in_the_first_person(paragraph: &str) -> bool {
    paragraph
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .any(|w| {
            // Initials and acronyms are no pronouns: "(D-R.I.)", "the US".
            let end = w.as_ptr() as usize - paragraph.as_ptr() as usize + w.len();
            if w == "I" {
                return !paragraph[end..].starts_with(['.', '-']);
            }
            if w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) {
                return false;
            }
            let word = w.replace('’', "'").to_lowercase();
            FIRST_PERSON.contains(&word) || FIRST_PERSON_PLURAL.contains(&word)
        })
}

/// Whether a paragraph introduces what follows it: it ends with a colon or an ellipsis ("He
/// wrote:", "Trump has tweeted his opinion on this decision…").
pub fn ends_an_introduction(paragraph: &str) -> bool {
    let end = paragraph.trim_end();
    end.ends_with(':') || end.ends_with('…') || end.ends_with("...")
}

/// Whether a paragraph holds a double quote mark (or an opening single one).
fn has_a_quote_mark(paragraph: &str) -> bool {
    paragraph.contains(['"', '“', '”', '‘', '«', '»'])
}

/// The names an introduction gives its speaker or text by ("Greenwald" in "Here's the crux of
/// Greenwald's argument:"): its capitalised words after the first, possessives cut. The writer
/// who names them again has taken over from the passage.
fn introduced_names(intro: &str) -> Vec<&str> {
    intro
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .skip(1)
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches(['\'', '’'])
        })
        .filter(|w| w.len() > 2 && w.chars().next().is_some_and(char::is_uppercase))
        // ("… at The Daily Caller News Foundation, he writes:": "The" names nobody, and a
        // line of the excerpt that opens with it is no sign of the writer.)
        .filter(|w| !super::stopwords::is_stopword(&w.to_lowercase()))
        .collect()
}

/// The forms of address that open a speech, lower case, without the closing colon.
const SALUTATIONS: &[&str] = &[
    "brothers and sisters",
    "dear brothers and sisters",
    "dear colleagues",
    "dear friends",
    "fellow citizens",
    "ladies and gentlemen",
    "madam president",
    "madam speaker",
    "mr. chairman",
    "mr. president",
    "mr. speaker",
    "my dear friends",
    "my fellow americans",
    "my fellow citizens",
    "my friends",
];

/// A paragraph that is only a form of address and a colon: "Ladies and Gentlemen:".
fn is_a_salutation(paragraph: &str) -> bool {
    paragraph.len() <= 32
        && paragraph.ends_with(':')
        && SALUTATIONS.contains(
            &paragraph[..paragraph.len() - 1]
                .trim()
                .to_lowercase()
                .as_str(),
        )
}

/// A citation line that hands over to the article it cites: a byline and a year, short, ending
/// with the colon its caller checks ("“Federal prosecutors reviewing…,” by Matt Dixon, Politico,
/// November 14, 2018:", "By Karista Baldwin, Conservative Tribune November 15, 2018:").
pub(crate) fn cites_a_publication(intro: &str) -> bool {
    let words: Vec<&str> = intro
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let byline = words.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case("by") && w[1].chars().next().is_some_and(char::is_uppercase)
    });
    let year = words.iter().any(|w| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    });
    words.len() <= MAX_INTRO_WORDS && byline && year
}

/// The last sentence of a paragraph longer than an introduction may be: after the last full
/// stop, question or exclamation mark that a space and a capital follow. A short paragraph is
/// its own introduction.
fn last_sentence(paragraph: &str) -> &str {
    if paragraph.split_whitespace().nth(MAX_INTRO_WORDS).is_none() {
        return paragraph;
    }
    // (The stop may stand inside a closing quotation mark: "…a “head outside advisor.” In the
    // email …".)
    paragraph
        .match_indices(' ')
        .rev()
        .map(|(i, _)| i)
        .find(|&i| {
            paragraph[..i]
                .trim_end_matches(['”', '’', '"', '\'', ')'])
                .ends_with(['.', '?', '!'])
                && paragraph[i + 1..].starts_with(|c: char| c.is_uppercase())
        })
        .map(|i| &paragraph[i + 1..])
        // (A closing sentence that introduces is short: "Everyone who had ever read anything
        // he had written was amazed he could produce such drivel, but the video doesn't lie:"
        // is the writer's own.)
        .filter(|tail| tail.split_whitespace().nth(MAX_TAIL_INTRO_WORDS).is_none())
        .unwrap_or(paragraph)
}

/// The longest last sentence of a long paragraph that reads as an introduction, in words.
const MAX_TAIL_INTRO_WORDS: usize = 20;

/// Whether an introduction hands over to a publication's fuller account: "The Washington
/// Times has more:", "Reuters has more on the deal:" (not the writer's own "But there's more:").
fn has_more(intro: &str) -> bool {
    let words: Vec<&str> = intro
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= MAX_INTRO_WORDS
        && words
            .windows(2)
            .any(|w| matches!(w[0], "has" | "have" | "had") && w[1] == "more")
}

/// A short paragraph holding one of the [`BLOCK_INTRO_WORDS`].
fn introduces_a_text(intro: &str) -> bool {
    if has_more(intro) {
        return true;
    }
    let words = intro
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut count = 0;
    let mut found = false;
    for w in words {
        count += 1;
        if count > MAX_INTRO_WORDS {
            return false;
        }
        found = found
            || BLOCK_INTRO_WORDS
                .binary_search(&w.to_lowercase().as_str())
                .is_ok();
    }
    found
}

/// The union of byte ranges: sorted and disjoint.
pub fn union(mut ranges: Vec<Span>) -> Vec<Span> {
    ranges.sort_by_key(|s| (s.start, s.end));
    let mut out: Vec<Span> = Vec::with_capacity(ranges.len());
    for s in ranges {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// How many paragraphs without a quote mark a quotation may run through to find its closer.
const MAX_CARRIED_PARAGRAPHS: usize = 3;

/// How many paragraphs a quotation may run through when none of them holds a double quote
/// mark of any kind: a statement pasted line by line, opened on its first line and closed on
/// its last (an eleven-line statement read out at a forum, a twenty-line passage of
/// scripture), has nothing inside to misread.
const MAX_CLEAN_CARRIED_PARAGRAPHS: usize = 24;

/// Whether a paragraph holds a double quote mark of any kind (apostrophes aside).
fn has_a_double_quote_mark(paragraph: &str) -> bool {
    paragraph.contains(['"', '\u{201c}', '\u{201d}', '\u{201e}', '\u{ab}', '\u{bb}'])
}

/// Whether a quotation left open runs on into the next paragraphs although they do not reopen
/// it (pasted statements and posts often drop the reopening marks): within a few paragraphs, a
/// double closing mark comes that closes nothing opened there. Quotations opened and closed in
/// those paragraphs ("But little is known about these “students.”") are nested in the carried
/// one; a paragraph that ends with a quotation of its own still open ends the search. Past
/// [`MAX_CARRIED_PARAGRAPHS`], only paragraphs with no double quote mark lead on, up to
/// [`MAX_CLEAN_CARRIED_PARAGRAPHS`], to the one with the closer.
fn closes_later(text: &str, rest: &[Span], kind: Kind) -> bool {
    closer_after(text, rest, kind, MAX_CARRIED_PARAGRAPHS).is_some()
}

/// The index in `rest` of the paragraph whose closing mark closes a quotation of `kind` left
/// open before it (see [`closes_later`]); paragraphs with quotations of their own may lead on
/// to it for `carried` paragraphs, paragraphs with none up to [`MAX_CLEAN_CARRIED_PARAGRAPHS`]
/// (or `carried`, if more).
fn closer_after(text: &str, rest: &[Span], kind: Kind, carried: usize) -> Option<usize> {
    let mut clean = true;
    let reach = carried.max(MAX_CLEAN_CARRIED_PARAGRAPHS);
    for (k, block) in rest.iter().take(reach).enumerate() {
        let slice = &text[block.start..block.end];
        if k >= carried && (!clean || kind == Kind::Single) {
            return None;
        }
        clean &= !has_a_double_quote_mark(slice);
        let mut depth = 0usize;
        for (i, c) in slice.char_indices() {
            let closing = match c {
                // A single quotation closes at a ’ right after the end of a sentence or a
                // clause ("Disgraceful!’"); any other ’ may be an apostrophe.
                '’' if kind == Kind::Single => {
                    let prev = slice[..i].chars().next_back();
                    let next = slice[i + '’'.len_utf8()..].chars().next();
                    if prev.is_some_and(|p| ".!?,;:".contains(p))
                        && next.is_none_or(|n| n.is_whitespace() || "\"”)".contains(n))
                    {
                        true
                    } else {
                        continue;
                    }
                }
                '‘' if kind == Kind::Single => false,
                _ if kind == Kind::Single => continue,
                '”' | '»' => true,
                '“' | '„' | '«' => false,
                '"' => {
                    let prev = slice[..i].chars().next_back();
                    let next = slice[i + 1..].chars().next();
                    if prev.is_some_and(|p| p.is_ascii_digit()) {
                        continue; // an inch mark
                    }
                    if closes(prev, next) && prev.is_some_and(|p| !is_opening_context(p)) {
                        true
                    } else if prev.is_none_or(is_opening_context)
                        && next.is_some_and(|n| !n.is_whitespace())
                    {
                        false
                    } else {
                        continue;
                    }
                }
                _ => continue,
            };
            if !closing {
                depth += 1;
            } else if depth == 0 {
                return Some(k);
            } else {
                depth -= 1;
            }
        }
        if depth > 0 {
            return None;
        }
    }
    None
}

/// The paragraphs quotations are scoped to: the blank-line paragraphs, each split into its
/// lines when the text puts one paragraph per line.
pub fn quote_paragraphs(text: &str, paragraphs: &[Paragraph], lines: bool) -> Vec<Span> {
    if !lines {
        return paragraphs.iter().map(|p| p.span).collect();
    }
    let mut out = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        let mut start = p.span.start;
        for i in memchr::memchr2_iter(b'\n', b'\r', &text.as_bytes()[p.span.start..p.span.end]) {
            push_trimmed(text, start, p.span.start + i, &mut out);
            start = p.span.start + i + 1;
        }
        push_trimmed(text, start, p.span.end, &mut out);
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let s = start + (slice.len() - slice.trim_start().len());
        out.push(Span::new(s, s + trimmed.len()));
    }
}

/// One paragraph per line: at least half the line breaks inside paragraphs follow the end of a
/// sentence (a terminator, possibly with closing quotes or brackets). Hard-wrapped text breaks
/// lines mid-sentence, so few of its breaks do.
pub(crate) fn lines_are_paragraphs(text: &str, paragraphs: &[Paragraph]) -> bool {
    let (mut breaks, mut after_sentence) = (0usize, 0usize);
    for p in paragraphs {
        let slice = &text[p.span.start..p.span.end];
        for i in memchr::memchr_iter(b'\n', slice.as_bytes()) {
            let line = slice[..i].trim_end();
            if line.is_empty() {
                continue;
            }
            breaks += 1;
            let last = line
                .trim_end_matches(['"', '\'', '”', '’', ')', ']'])
                .chars()
                .next_back();
            after_sentence += usize::from(last.is_some_and(|c| ".!?…:".contains(c)));
        }
    }
    breaks > 0 && after_sentence * 2 >= breaks
}

/// Whether a paragraph starts with an opening quote mark (the multi-paragraph convention).
fn opens_with_quote(paragraph: &str) -> bool {
    paragraph.starts_with(['“', '"', '‘', '\'', '«', '`', '„'])
}

/// Whether a paragraph opens with a name spelled with a leading apostrophe or ʻokina rather
/// than a quotation: "'Oumuamua may eventually move less chaotically." The single mark is
/// glued to a word the text writes with the same mark elsewhere too, and nothing in the
/// paragraph closes it.
fn opens_with_a_marked_name(text: &str, paragraph: &str) -> bool {
    let Some(mark) = paragraph
        .chars()
        .next()
        .filter(|&c| matches!(c, '\'' | '‘'))
    else {
        return false;
    };
    let rest = &paragraph[mark.len_utf8()..];
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    if word_len == 0 {
        return false;
    }
    let marked = &paragraph[..mark.len_utf8() + word_len];
    let closed = rest.char_indices().any(|(i, c)| {
        matches!(c, '\'' | '’')
            && closes(
                rest[..i].chars().next_back(),
                rest[i + c.len_utf8()..].chars().next(),
            )
    });
    !closed && text.matches(marked).nth(1).is_some()
}

/// The kinds of quotation; a mark closes only its own kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// “ … ” (also „ … ”, `` … '', ‘‘ … ’’).
    Curly,
    /// " … " (also '' … '').
    Straight,
    /// « … ».
    Guillemet,
    /// ‘ … ’ and ' … '.
    Single,
}

/// What one quote mark does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(Kind),
    Close(Kind),
    /// A straight mark spaced on both sides: closes a straight quotation if one is open, else
    /// opens one.
    Toggle,
    None,
}

#[derive(Default)]
struct Scanner {
    /// Open quotations: kind and where the quoted content starts.
    stack: Vec<(Kind, usize)>,
    /// Quotations closed inside one still open: recorded if that one turns out to have been
    /// an apostrophe, dropped if it closes around them.
    pending: Vec<(Kind, Span)>,
}

impl Scanner {
    /// Records the quotations of paragraph `block`; `carry` is the kind of a quotation carried
    /// in open from the paragraph before, `continued` says the next paragraph opens with a
    /// quote mark (`single_continued`, with a single one, or is the next line of this one). Returns the kind of the double quotation left open at the end, if any.
    fn scan(
        &mut self,
        text: &str,
        block: Span,
        carry: Option<Kind>,
        (continued, single_continued): (bool, bool),
        rest: &[Span],
        out: &mut Vec<Span>,
    ) -> Option<Kind> {
        self.stack.clear();
        self.pending.clear();
        if let Some(kind) = carry {
            self.stack.push((kind, block.start));
        }
        let slice = &text[block.start..block.end];
        let bytes = slice.as_bytes();
        let base = block.start;
        // Quote marks start with " ' ` « („ “ ” ‘ ’ lead with E2, « with C2). memchr jumps
        // between the three common lead bytes; the rare backtick and « are looked for only in
        // a paragraph that has them.
        let rare = memchr::memchr2(b'`', 0xC2, bytes).is_some();
        let mut skip_to = 0;
        let mut visit = |i: usize| {
            if i < skip_to {
                return;
            }
            let (mark, len) = classify(slice, i, &self.stack);
            skip_to = i + len;
            match mark {
                Mark::Open(kind) => self.open(kind, base + i + len),
                Mark::Close(kind) => self.close(kind, base + i, out),
                Mark::Toggle => {
                    if self.is_open(Kind::Straight) {
                        self.close(Kind::Straight, base + i, out)
                    } else {
                        self.open(Kind::Straight, base + i + len)
                    }
                }
                Mark::None => {}
            }
        };
        if rare {
            for (i, &b) in bytes.iter().enumerate() {
                if matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2) {
                    visit(i);
                }
            }
        } else {
            for i in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
                visit(i);
            }
        }
        // A quotation left open: a double one runs to the end of its paragraph (a missing
        // closer, or a quotation continued in the next paragraph); a single one was an
        // apostrophe unless the next paragraph continues a quotation.
        // A single mark that opens the paragraph itself ("‘The Democrats paid for …") is no
        // apostrophe: it opens a quotation as a double mark would.
        let lead = slice.len() - slice.trim_start().len();
        let opens_paragraph = |kind: Kind, start: usize| {
            kind == Kind::Single
                && carry.is_none()
                && slice[lead..].starts_with('‘')
                && start == base + lead + '‘'.len_utf8()
        };
        let tail = self
            .stack
            .iter()
            .find(|&&(kind, start)| {
                kind != Kind::Single || single_continued || opens_paragraph(kind, start)
            })
            .copied()
            // A double opener left open around double quotations that did close was a stray
            // mark: those quotations stand, the rest of the paragraph is not quoted. (Single
            // quotes inside are the ordinary nesting of a quotation whose closer is missing.)
            // A quotation carried in from the paragraph before is not a stray opener, nor is
            // one that opens the paragraph and that a later paragraph closes (a pasted
            // passage run over paragraphs without reopening marks).
            .filter(|&(kind, start)| {
                continued
                    || (carry.is_some() && start == block.start)
                    || !self
                        .pending
                        .iter()
                        .any(|&(k, p)| k != Kind::Single && p.start > start)
                    || (slice[..start - base].trim().chars().count() == 1
                        && closes_later(text, rest, kind))
            });
        for &(_, q) in &self.pending {
            if tail.is_none_or(|(_, t)| q.start < t) {
                out.push(q);
            }
        }
        self.pending.clear();
        let (kind, start) = tail?;
        out.push(Span::new(start, block.end));
        (kind != Kind::Single || opens_paragraph(kind, start)).then_some(kind)
    }

    fn is_open(&self, kind: Kind) -> bool {
        self.stack.iter().any(|&(k, _)| k == kind)
    }

    /// Opens a quotation. One of the same kind may already be open: either a quotation
    /// nested in the same marks (“He called it “absurd,” she said”) or a stray opener that was
    /// never closed; which one is settled when the paragraph ends (see [`Scanner::scan`]).
    fn open(&mut self, kind: Kind, content_start: usize) {
        self.stack.push((kind, content_start));
    }

    fn close(&mut self, kind: Kind, at: usize, out: &mut Vec<Span>) {
        if let Some(pos) = self.stack.iter().rposition(|&(k, _)| k == kind) {
            let (_, start) = self.stack[pos];
            self.stack.truncate(pos);
            let range = Span::new(start, at);
            // Only the outermost quotation is recorded; inner ones lie inside it.
            self.pending.retain(|(_, p)| p.start < range.start);
            if self.stack.is_empty() {
                out.push(range);
            } else {
                self.pending.push((kind, range));
            }
        }
    }
}

/// Opening brackets and dashes after which a mark opens a quotation.
fn is_opening_context(c: char) -> bool {
    c.is_whitespace() || "([{—–-/".contains(c)
}

/// Reads the mark at byte `i` of `slice`: what it does and how many bytes it takes (two marks
/// for a doubled single mark).
fn classify(slice: &str, i: usize, stack: &[(Kind, usize)]) -> (Mark, usize) {
    let Some(c) = slice[i..].chars().next() else {
        return (Mark::None, 1);
    };
    let len = c.len_utf8();
    let rest = &slice[i + len..];
    let prev = slice[..i].chars().next_back();
    let next = rest.chars().next();
    let is_open = |kind: Kind| stack.iter().any(|&(k, _)| k == kind);
    // A doubled single mark stands for a double one.
    let doubled = next == Some(c) && matches!(c, '\'' | '’' | '‘' | '`');
    if doubled {
        let after = rest[len..].chars().next();
        return match c {
            '‘' | '`' => (Mark::Open(Kind::Curly), 2 * len),
            '’' => (
                if is_open(Kind::Curly) {
                    Mark::Close(Kind::Curly)
                } else {
                    straight(prev, after, is_open(Kind::Straight))
                },
                2 * len,
            ),
            _ => {
                // '' closes whichever double quotation is open, else reads like a straight mark.
                let mark = if is_open(Kind::Curly) && closes(prev, after) {
                    Mark::Close(Kind::Curly)
                } else {
                    straight(prev, after, is_open(Kind::Straight))
                };
                (mark, 2 * len)
            }
        };
    }
    let mark = match c {
        '“' | '„' => Mark::Open(Kind::Curly),
        '”' if !is_open(Kind::Curly) && is_open(Kind::Straight) => Mark::Close(Kind::Straight),
        '”' => Mark::Close(Kind::Curly),
        '«' => Mark::Open(Kind::Guillemet),
        '»' => Mark::Close(Kind::Guillemet),
        // A straight mark closing a curly quotation: mixed marks in pasted text.
        '"' if !is_open(Kind::Straight) && is_open(Kind::Curly) && closes(prev, next) => {
            Mark::Close(Kind::Curly)
        }
        '"' => straight(prev, next, is_open(Kind::Straight)),
        '‘' | '`' if opens_single(prev, rest) => Mark::Open(Kind::Single),
        '’' | '\'' if is_open(Kind::Single) && closes(prev, next) => Mark::Close(Kind::Single),
        '\'' if opens_single(prev, rest) => Mark::Open(Kind::Single),
        _ => Mark::None,
    };
    (mark, len)
}

/// A straight double mark read from its neighbours.
fn straight(prev: Option<char>, next: Option<char>, open: bool) -> Mark {
    let space_before = prev.is_none_or(char::is_whitespace);
    let space_after = next.is_none_or(char::is_whitespace);
    if space_before && space_after {
        return if prev.is_none() && next.is_none() {
            Mark::None
        } else {
            Mark::Toggle
        };
    }
    // An inch mark: 12" pipe, 6'2".
    if !open && prev.is_some_and(|p| p.is_ascii_digit()) {
        return Mark::None;
    }
    if open && closes(prev, next) {
        return Mark::Close(Kind::Straight);
    }
    if prev.is_none_or(is_opening_context) && next.is_some_and(|n| !n.is_whitespace()) {
        return Mark::Open(Kind::Straight);
    }
    if closes(prev, next) {
        // A closing mark with nothing open.
        return Mark::None;
    }
    Mark::None
}

/// After a word or punctuation, and before a space, punctuation or the end.
fn closes(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace() && !"([{".contains(p))
        && next.is_none_or(|n| !n.is_alphanumeric())
}

/// An opening single mark: after a space, an opening mark or bracket, and before a letter — or
/// a digit that does not start a decade ('90s, '08).
fn opens_single(prev: Option<char>, rest: &str) -> bool {
    let after_space = prev.is_none_or(|p| is_opening_context(p) || "“\"«".contains(p));
    let mut chars = rest.chars();
    let next_ok = match chars.next() {
        Some(n) if n.is_alphabetic() => true,
        Some(n) if n.is_ascii_digit() => {
            let decade = chars.next().is_some_and(|d| d.is_ascii_digit())
                && chars
                    .next()
                    .is_none_or(|e| e == 's' || !e.is_alphanumeric());
            !decade
        }
        _ => false,
    };
    after_space && next_ok
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::text::sentences::paragraphs;

    /// Text made of the pieces quotation marks are read from: words, digits, spaces, line
    /// breaks and every kind of mark.
    fn quote_soup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("word"),
            Just("12"),
            Just(" "),
            Just("\n"),
            Just("\n\n"),
            Just("."),
            Just(","),
            Just(":"),
            Just("\""),
            Just("'"),
            Just("''"),
            Just("`"),
            Just("“"),
            Just("”"),
            Just("‘"),
            Just("’"),
            Just("«"),
            Just("»"),
            Just("„"),
            Just("é"),
            Just("—"),
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    /// Whether all of `phrase` (its first occurrence) lies inside one quoted range of `text`.
    fn is_quoted(text: &str, phrase: &str) -> bool {
        let at = text.find(phrase).expect("the phrase is in the text");
        quoted_ranges(text, &paragraphs(text))
            .iter()
            .any(|r| r.start <= at && at + phrase.len() <= r.end)
    }

    #[test]
    fn a_salutation_opens_a_speech_quoted_to_the_end() {
        let text = "I am posting the address here because it matters.\nThe Archbishop Speaks\nLadies and Gentlemen:\nThe crisis in the Church is very extraordinary.\nWhy?\nI think it is a mutation.";
        assert!(is_quoted(text, "very extraordinary"));
        assert!(is_quoted(text, "a mutation"));
        assert!(!is_quoted(text, "posting the address"));
        // The writer's notes after the speech are the writer's.
        let text = "The Archbishop Speaks\nLadies and Gentlemen:\nThe crisis is extraordinary.\nNOTES:\n[1] Paul VI received abortionists.";
        let ranges = quoted_ranges(text, &paragraphs(text));
        let at = text.find("received abortionists").unwrap();
        assert!(!ranges.iter().any(|r| r.start <= at && at < r.end));
        // A form of address inside a sentence opens nothing.
        let text = "He began: Ladies and gentlemen, the plan is dead.\nThe vote is on Friday.";
        assert!(quoted_ranges(text, &paragraphs(text)).is_empty());
    }

    #[test]
    fn a_writers_insertion_in_brackets_is_not_quoted() {
        let text = "He said, \u{201c}They refuse [to grant me an audience with] the pope.\u{201d}";
        assert!(is_quoted(text, "They refuse"));
        assert!(is_quoted(text, "the pope"));
        assert!(!is_quoted(text, "to grant me an audience"));
        // A short identification in parentheses is the wire style's insertion.
        let text =
            "Trump said, \u{201c}We let him (Libyan strongman Moammar) stay on our land.\u{201d}";
        assert!(is_quoted(text, "We let him"));
        assert!(!is_quoted(text, "Libyan strongman"));
        assert!(is_quoted(text, "stay on our land"));
        // Not an acronym or an affiliation the speaker spelled out.
        let text = "He said, \u{201c}It matched mild traumatic brain injury (MTBI) and Rep. Jo Speier (D-CA) agreed.\u{201d}";
        assert!(is_quoted(text, "MTBI"));
        assert!(is_quoted(text, "D-CA"));
        // Not a figure or a longer aside of the speaker's own.
        let text = "She said, \u{201c}The plan (which we drafted over the summer at length) costs (in 2019 dollars) more.\u{201d}";
        assert!(is_quoted(text, "which we drafted"));
        assert!(is_quoted(text, "in 2019 dollars"));
    }

    #[test]
    fn a_passage_with_a_nested_quote_runs_on_to_its_closer_in_a_later_paragraph() {
        // The opener of the first paragraph is left open around a nested quotation that did
        // close; a later paragraph closes it: a pasted passage, not a stray mark.
        let text = "Mediaite argues that it has him on edge:\n\n\u{201c}Now, his actions are only partly defensible. He was asked about the \u{201c}Obama Agenda\u{201d} first.\n\nLittle is known about these \u{201c}students.\u{201d} Even more damning is the blurring.\n\nYeah, he comes off as a jerk.\u{201d}\n\nUPDATE: He apologised.";
        assert!(is_quoted(text, "only partly defensible"));
        assert!(is_quoted(text, "Even more damning"));
        assert!(is_quoted(text, "comes off as a jerk"));
        assert!(!is_quoted(text, "He apologised"));
        assert!(!is_quoted(text, "Mediaite argues"));
        // With no closer later, the opener stays a stray mark.
        let stray =
            "\u{201c}He called it \u{201c}absurd,\u{201d} she said.\n\nThe rest is the writer's.";
        let ranges = quoted_ranges(stray, &paragraphs(stray));
        let at = stray.find("she said").unwrap();
        assert!(
            !ranges.iter().any(|r| r.start <= at && at < r.end),
            "{ranges:?}"
        );
    }

    #[test]
    fn a_long_statement_runs_to_its_closer_over_lines_without_quote_marks() {
        // A statement of eleven lines, opened on its first and closed on its last, with no
        // other quote mark between: the whole of it is the speaker's.
        let mut statement = String::from(
            "The interview began with his statement.\n\u{201c}There is a silence among many.\n",
        );
        for k in 0..9 {
            statement.push_str(&format!(
                "Line {k} of the statement speaks of a bogus smear.\n"
            ));
        }
        statement.push_str("Thank you.\u{201d}\nThe writer resumes here.");
        assert!(is_quoted(&statement, "Line 8 of the statement"));
        assert!(is_quoted(&statement, "Line 0 of the statement"));
        assert!(!is_quoted(&statement, "writer resumes"));
        // Past the longest reach, or with another quotation in between, it is not carried.
        let mut stray = String::from("Intro line.\n\u{201c}A stray opener.\n");
        for k in 0..30 {
            stray.push_str(&format!("Plain line {k} of the article.\n"));
        }
        stray.push_str("A late closer.\u{201d}\nEnd.");
        assert!(!is_quoted(&stray, "Plain line 3"));
        let between = "Intro line.\n\u{201c}A stray opener.\nPlain line one.\nPlain line two.\nHe said \u{201c}no\u{201d} to it.\nPlain line four.\nA late closer.\u{201d}\nEnd.";
        assert!(!is_quoted(between, "Plain line four"));
    }

    #[test]
    fn a_publication_that_has_more_hands_over_its_excerpt() {
        let text = "The banks were pressured.\nThe Washington Times has more:\nThe administration secretly mobilized to give Tehran access.\nA copy of the report, obtained by The Washington Times, outlines how officials issued a license.\n\u{201c}Officials testified that access was not on the table,\u{201d} according to a draft copy of the document.\nThe ban included any transactions by U.S. banks.\nAccording to the Senate report, the bank sought to convert the funds.";
        assert!(is_quoted(text, "secretly mobilized"));
        // Its own name in the excerpt and a trailing "according to" after a quotation do not
        // end it.
        assert!(is_quoted(text, "outlines how"));
        assert!(is_quoted(text, "ban included"));
        // A line that opens by citing another source is the writer's.
        assert!(!is_quoted(text, "sought to convert"));
        // The writer's own "there's more:" introduces nothing.
        let own = "The plan is bad.\nBut there's more:\nThe council also cut the budget.\nIt is a scandal.";
        assert!(!is_quoted(own, "also cut"));
    }

    #[test]
    fn the_last_sentence_of_a_long_paragraph_may_introduce_a_text() {
        let text = "As a reminder, in late October it was revealed that just days prior to the April email, Schmidt had sent another email in which he expressed his eagerness to fund the campaign efforts and wants to be a \u{201c}head outside advisor\u{201d} of the whole operation, as \u{201c}he said.\u{201d} In the email from John Podesta to Robby Mook we learned that:\nI met with Eric Schmidt tonight.\nThe campaign went on.";
        assert!(is_quoted(text, "met with Eric Schmidt"));
        assert!(!is_quoted(text, "eagerness to fund"));
        // A long paragraph of the writer's own that happens to end with a colon introduces
        // nothing unless its last sentence does.
        let own = "The plan was debated for weeks by the council and the mayor, who argued over every line of it until the summer recess, when the budget finally passed with a narrow majority of votes. Here are the numbers that matter most:\nThe deficit grew.\nIt is a scandal.";
        assert!(!is_quoted(own, "deficit grew"));
        let drivel = "After three years of dismantling everything he had attempted to do in his pontificate, we got this from an apparently insouciant writer, addressed to his successor in a letter. Everyone who had ever read anything he had written was amazed he was capable of producing such maudlin drivel, but the video doesn't lie:\nSo strange was this new tone that speculation started.\nBut this is not what we see.";
        assert!(!is_quoted(drivel, "So strange"));
    }

    #[test]
    fn an_excerpt_whose_quotations_speak_in_the_first_person_runs_on() {
        let text = "Greenfield also adds:\nWhen visiting Egypt, she assured the locals that Bush \u{201c}visited a mosque.\u{201d} \u{201c}I see the president talk of Islam,\u{201d} she said.\nShe had attended the dinner with members of front groups.\nAgain, and I have asked this before, how do you fight the swamp?";
        assert!(is_quoted(text, "attended the dinner"));
        assert!(!is_quoted(text, "I have asked this before"));
    }

    #[test]
    fn a_passage_in_the_first_person_runs_on_until_the_writer_takes_over() {
        let text = "Greenwald spoke on Friday.\nHere's the crux of Greenwald's argument:\nSo let me just make two points.\nTrump has sent arms to Ukraine.\nHe never criticized the fascist president.\nThe relevant portion begins at 21 minutes:\nThe video is below.";
        assert!(is_quoted(text, "let me just"));
        assert!(is_quoted(text, "arms to Ukraine"));
        assert!(is_quoted(text, "fascist president"));
        assert!(!is_quoted(text, "relevant portion"));
        assert!(!is_quoted(text, "The video is below"));
        // The writer naming the speaker again has taken over.
        let named = "Here's what Greenwald said:\nI think the report is wrong.\nThe panel met twice.\nGreenwald is plainly mistaken.";
        assert!(is_quoted(named, "met twice"));
        assert!(!is_quoted(named, "plainly"));
        // A passage in the third person is quoted for its first paragraph only.
        let plain =
            "The council wrote in its statement:\nThe plan is approved.\nThe mayor was furious.";
        assert!(!is_quoted(plain, "furious"));
        // A writer who speaks in the first person introduces with it: the passage is one
        // paragraph, and what follows in the first person is the writer's.
        let essay = "Who can read this without cringing at what we now know:\nWe earnestly hope the liturgy will bear fruit.\nBut in 1983 I knew nothing of any of that.";
        assert!(is_quoted(essay, "earnestly hope"));
        assert!(!is_quoted(essay, "I knew nothing"));
        // A passage that carries its own quote marks ends where they say.
        let marked = "His announcement read as follows:\nSubject to further information, I will release the files.\u{201d} (Italics added.)\nWhat is going on here?\nThe CIA desperately wants secrecy.";
        assert!(!is_quoted(marked, "desperately"));
        // An excerpt of another publication runs over its lines until the writer asks,
        // addresses the reader, speaks in the first person or cites someone else.
        let excerpt = "The Post explains:\nThe inspector castigated the director.\nHe said agents \u{201c}we\u{2019}ll stop\u{201d} him.\nThe report also faulted the bureau.\nDid you get that?\nThe bureau is rotten.";
        assert!(is_quoted(excerpt, "castigated"));
        assert!(is_quoted(excerpt, "also faulted"));
        assert!(!is_quoted(excerpt, "Did you"));
        assert!(!is_quoted(excerpt, "rotten"));
        let wire = "In a report at The Caller, he writes:\nThe lawmaker intervened in a land deal, according to two House employees.\nThe dispute came after the aide's father was charged with fraud.\nWhat do you make of that?";
        assert!(is_quoted(wire, "The dispute came after"));
        assert!(!is_quoted(wire, "What do you make"));
        let cited = "Politico reports:\nThe envoy is said to be weighing the job.\nHowever, according to a second paper, she is not interested.";
        assert!(is_quoted(cited, "weighing"));
        assert!(!is_quoted(cited, "not interested"));
        // In text with blank lines between paragraphs, a quotation left open at the end of a line
        // runs on over the other lines of its paragraph.
        let prophecy = "He warned them of trials to come:\n\n\u{201c}Act bravely, my brethren.\nThe devils will have unusual power.\n\n\u{201c}Then scandals will be multiplied.\u{201d}\n\nThe writer resumes.";
        assert!(is_quoted(prophecy, "unusual power"));
        assert!(!is_quoted(prophecy, "writer resumes"));
        // Where blank lines do not divide the text, a stray mark does not run on.
        let stray = "He said \u{201c}no.\nThe council met on Monday.\nIt voted to close the park.";
        assert!(!is_quoted(stray, "voted to close"));
        // A quotation of the excerpt that runs over lines keeps its questions from the writer's,
        // and an ellipsis is the excerpt's own cut.
        let nested = "The Post explains:\nThe inspector castigated the director.\n\u{201c}He is not going to win, right?\nRight?!\u{201d} the lawyer wrote\u{2026}\nThe report also faulted the bureau.\nDid you get that?";
        assert!(is_quoted(nested, "also faulted"));
        assert!(!is_quoted(nested, "Did you"));
        // A citation line with a byline and a date hands over to the article it cites.
        // A poll form pasted into the excerpt is skipped, not taken for the writer.
        let cited = "It is high time.\n\u{201c}Courier finds Tallahassee forms,\u{201d} by Ann Lee, Courier, November 14, 2018:\ntake our poll\nShould he go?\nYou agree to our Terms of Use.\nTALLAHASSEE \u{2014} The department asked prosecutors to look.\ntake our poll - story continues below\nShould he resign?\nEmail *\nYou also agree to this site's Privacy Policy and Terms of Use.\nThe concerns in Tallahassee center on dates.";
        assert!(is_quoted(cited, "asked prosecutors"));
        assert!(is_quoted(cited, "center on dates"));
        assert!(!is_quoted(cited, "high time"));
        assert!(!is_quoted(cited, "Should he resign"));
        // A passage signed on a line of its own, back to where the writer names the signer.
        let signed = "The host read the email on air, says Carlson.\nThe group is a sham.\nIt is partisan.\n\u{2013}Tucker Carlson\nSo the writer resumes.";
        assert!(is_quoted(signed, "a sham"));
        assert!(is_quoted(signed, "partisan"));
        assert!(!is_quoted(signed, "says Carlson"));
        assert!(!is_quoted(signed, "writer resumes"));
        // The writer's own sign-off on the last line signs nothing.
        let sign_off = "The council is wrong.\nIt should resign, says Jane Doe.\nThe plan fails.\n\u{2014}Jane Doe";
        assert!(!is_quoted(sign_off, "plan fails"));
        // A statement that "read as follows" runs on over its lines too.
        let statement = "The writer opens.\nA statement from the White House read as follows:\nToday the President signed pardons for the two ranchers.\nThe evidence at trial was conflicting.\nThe ranchers are entirely deserving.\nNow, what do you think?";
        assert!(is_quoted(statement, "entirely deserving"));
        assert!(!is_quoted(statement, "what do you think"));
        // A promo line ("take our poll - story continues below") is no sentence of a speech.
        let promo = "In a report at the Caller, he writes:\ntake our poll - story continues below\nWhom do you consider the most corrupt politician?\nEmail *";
        assert!(!is_quoted(promo, "most corrupt"));
        // Paragraphs set off by blank lines are not read as lines of one passage.
        let blank = "Read the full rant via Gawker:\n\nDear Sasha, I get that you are teens.\n\nThe daughters predictably rolled their eyes.";
        assert!(is_quoted(blank, "I get that"));
        assert!(!is_quoted(blank, "predictably"));
    }

    #[test]
    fn an_announced_text_opened_with_a_mark_runs_to_its_closer() {
        // The citation is announced and opened; quotations of its own lie inside it.
        let text = "The group gave its award to Assange.\nThe citation read:\n\u{201c}It seems fitting, where Burke coined \u{201c}Fourth Estate.\u{201d} The year was 1787.\nSmall wonder that governments feel threatened.\nIt has been said: \u{201c}The truth shall set you free.\u{201d} It helps.\nHe called it \u{201c}one bad day.\u{201d}\nWe honor \u{201c}them\u{201d} today.\nLong live the Fifth Estate!\u{201d}\nEventually a compromise was found.";
        assert!(is_quoted(text, "Small wonder"));
        assert!(is_quoted(text, "It helps"));
        assert!(is_quoted(text, "Long live"));
        assert!(!is_quoted(text, "Eventually a compromise"));
        assert!(!is_quoted(text, "The citation read"));
        // Without the introduction, the same opener is a stray mark past a few paragraphs.
        let bare = text.replace("The citation read:\n", "");
        assert!(!is_quoted(&bare, "It helps"));
    }

    #[test]
    fn an_introduction_on_the_line_of_its_text_still_introduces_it() {
        // A reprinted article cited on the line where it starts.
        let text = "The attackers did the same.\nSHOOTING PROBE STALLS By Jane Roe Las Vegas Review-Journal, October 26, 2017: Fifty-eight people killed.\nAnd yet, authorities are refusing to fill in the blanks.\nIt wasn\u{2019}t always like this.\nWhat are they hiding?\nThe writer asks that.";
        assert!(is_quoted(text, "Fifty-eight people"));
        assert!(is_quoted(text, "refusing to fill"));
        assert!(!is_quoted(text, "SHOOTING PROBE"));
        assert!(!is_quoted(text, "The writer asks"));
        // An announced transcript, its speaker's label and quotation on the same line.
        let transcript = "He posted the video in May.\nFollowing is a transcript: Jihad Ayesh: \u{201c}Some people have shown up with a new fashion.\nWe used to think that fashion has to do with haircuts.\nThis is, indeed, a new fashion.";
        assert!(is_quoted(transcript, "We used to think"));
        assert!(!is_quoted(transcript, "posted the video"));
        // A speech verb and a colon on one line is left to the marks that follow it.
        let said = "He said: \u{201c}We won.\u{201d} Then he left.\nThe crowd cheered.";
        assert!(!is_quoted(said, "Then he left"));
    }

    #[test]
    fn initials_and_acronyms_are_no_first_person() {
        assert!(!speaks_in_the_first_person(
            "He wrote to Sen. Whitehouse (D-R.I.) last week."
        ));
        assert!(!speaks_in_the_first_person(
            "Troops left the US and the UK."
        ));
        assert!(speaks_in_the_first_person("I think US troops should stay."));
        assert!(speaks_in_the_first_person("Let us go."));
    }

    #[test]
    fn a_passage_opened_on_its_first_line_runs_twenty_lines_to_its_closer() {
        let verses: Vec<String> = (1..=20)
            .map(|n| format!("And on the {n}th day the men rose up and went their way."))
            .collect();
        let text = format!(
            "Here is the account.\n\u{201c}{}\u{201d}\nThe point is plain to see.",
            verses.join("\n")
        );
        assert!(is_quoted(&text, "the 12th day"));
        assert!(!is_quoted(&text, "The point is plain"));
    }

    #[test]
    fn a_name_spelled_with_a_leading_mark_opens_no_quotation() {
        let text = "The team watched 'Oumuamua\u{2019}s brightness change over time.\n\n'Oumuamua is tumbling, the study authors wrote.\n\nThe team think 'Oumuamua may eventually move less chaotically.";
        let ranges = quoted_ranges(text, &paragraphs(text));
        assert!(
            ranges.is_empty(),
            "{:?}",
            ranges
                .iter()
                .map(|r| &text[r.start..r.end])
                .collect::<Vec<_>>()
        );
        // A double quotation in the next paragraph does not continue a single one.
        let text = "They think it left before 'Oumuamua left its home system.\n\n\u{201c}It is hard to know,\u{201d} he said.";
        assert!(!is_quoted(text, "left its home system"));
        // A quotation run over paragraphs still reopens with its mark.
        let text = "She wrote: 'The plan is bold.\n\n'It will work,' she added.";
        assert!(is_quoted(text, "The plan is bold"));
    }

    #[test]
    fn a_citation_line_closes_the_wire_excerpt_above_it() {
        let text = "Judge Saris strikes again.\nShe decided that aliens can't be held.\nBOSTON (Reuters) - A U.S. judge on Wednesday ordered the release of an illegal immigrant.\nThe man had been allowed to remain until this year.\n[U.S. Judge Frees Immigrant, by Nate Raymond, Reuters, November 1, 2017]\nFirst, let's deal with the misleading reporting.";
        assert!(is_quoted(
            text,
            "ordered the release of an illegal immigrant"
        ));
        assert!(is_quoted(text, "allowed to remain"));
        assert!(!is_quoted(text, "She decided that aliens"));
        assert!(!is_quoted(text, "misleading reporting"));
        // Without a dateline or an introduction, where the excerpt starts is unknown.
        let text = "Judge Saris strikes again.\nShe decided that aliens can't be held.\nA U.S. judge on Wednesday ordered the release.\n[U.S. Judge Frees Immigrant, by Nate Raymond, Reuters, November 1, 2017]\nFirst, the misleading reporting.";
        assert!(!is_quoted(text, "ordered the release"));
    }

    #[test]
    fn a_report_continued_is_quoted_for_a_paragraph() {
        // Where it ends is unknown: the next paragraph is the writer's until marks say not.
        let text = "The Daily Mail report said it first.\nThe Daily Mail report continued:\nSoros compared Orb\u{e1}n to the Communists.\nBut Orb\u{e1}n remains committed, claiming Soros is losing.";
        assert!(is_quoted(text, "Soros compared"));
        assert!(!is_quoted(text, "claiming Soros"));
        // A year earlier in a sentence is no citation handing over at its colon.
        let entitled = "In 2005, an article written by Shafayat Mohamed was published, entitled \u{2018}Tsunami: Wrath of God.\u{2019} In it, he claims that sin caused it.\nThe writer goes on.";
        assert!(!is_quoted(entitled, "he claims"));
    }

    #[test]
    fn block_intro_words_are_sorted_for_binary_search() {
        assert!(BLOCK_INTRO_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Ranges lie inside the text on character boundaries, sorted and disjoint, whatever
        /// the marks.
        #[test]
        fn ranges_are_valid_sorted_and_disjoint(text in quote_soup()) {
            let ranges = quoted_ranges(&text, &paragraphs(&text));
            let mut last_end = 0;
            for r in &ranges {
                prop_assert!(r.start <= r.end && r.end <= text.len(), "{r:?} in {text:?}");
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                prop_assert!(r.start >= last_end, "{ranges:?} in {text:?}");
                last_end = r.end;
            }
        }
    }
}
