/*!
Markdown articles: the headline is `title:` in YAML front matter, else the first level-1
heading (`# Title` or a `===` setext heading); the body is everything after the front matter.

Findings must point at the file, so the body is not rendered Markdown: it is a copy of the
source, byte for byte the same length, with Markdown syntax *blanked out* instead of deleted.
Each blanked character becomes white space of the same UTF-8 length (1 byte: a space, 2: a
no-break space, 3: an en space, 4: four spaces) and line breaks stay, so a word's byte offset
in the body plus the body's start is its offset in the file, and (except after a blanked
4-byte character) its column is unchanged.

Blanked: heading `#` marks and setext underlines, emphasis `*` `_` `~~`, link and image
syntax (`[`, `](url)`, `][ref]`; an image entirely, alt text included, as it is not article
prose), inline-code backticks (the code itself stays), fenced code blocks entirely, HTML
comments and tags, blockquote `>`, list markers and task boxes, table pipes and delimiter
rows, thematic breaks, reference and footnote definitions' labels, backslash escapes. The
heading chosen as the headline is blanked from the body too.

This is a line-based approximation of CommonMark, not a parser: a link split across two lines
keeps its brackets, and an indented code block is read as prose.

`<!-- slant-ignore: term, other term -->` comments anywhere in the file name terms the article
asks not to flag; [`slant_ignore_terms`] collects them (the HTML reader uses it too).
*/

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::plain::{fields_text, lines, Line};
use super::{Article, Field, InputFormat};
use crate::error::ArticleError;

/// Parses a Markdown article.
pub(super) fn parse(source: &str, text: &str) -> Result<Article, ArticleError> {
    let lines = lines(text);
    let (front_matter_title, first_body_line) = front_matter(source, text, &lines)?;
    let region_start = lines.get(first_body_line).map_or(text.len(), |l| l.start);

    let mut blanker = Blanker::new(text);
    let first_h1 = blanker.blank_blocks(&lines, first_body_line);

    let mut notes = Vec::new();
    let headline = match (front_matter_title, first_h1) {
        (Some(title), h1) => {
            // An H1 repeating the front-matter title would count the headline's words twice.
            if let Some(h1) = h1.filter(|h1| same_words(&blanker.render(h1.text.clone()), &title.text)) {
                blanker.mark(h1.lines);
                notes.push("the first heading repeats the front-matter title; blanked from the body".into());
            }
            Some(title)
        }
        (None, Some(h1)) => {
            let headline = blanker.field(h1.text.clone(), h1.line);
            blanker.mark(h1.lines);
            headline
        }
        (None, None) => None,
    };

    let body = fields_text(&blanker.render(region_start..text.len()));
    Ok(Article {
        source: source.to_string(),
        format: InputFormat::Markdown,
        headline,
        body: Field::verbatim(body, first_body_line + 1, 1),
        notes,
        ignore_terms: slant_ignore_terms(text),
    })
}

/// Terms named in `<!-- slant-ignore: term, other term -->` comments anywhere in `text`,
/// trimmed and lower-cased, in order of first appearance, without duplicates.
pub(super) fn slant_ignore_terms(text: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("<!--") {
        let after = &rest[open + 4..];
        let (inner, next) = match after.find("-->") {
            Some(close) => (&after[..close], &after[close + 3..]),
            None => (after, ""),
        };
        rest = next;
        let inner = inner.trim();
        let Some(list) = inner
            .get(..12)
            .filter(|p| p.eq_ignore_ascii_case("slant-ignore"))
            .map(|_| inner[12..].trim_start())
            .and_then(|l| l.strip_prefix(':'))
        else {
            continue;
        };
        for term in list.split(',').map(|t| t.trim().to_lowercase()) {
            if !term.is_empty() && !terms.contains(&term) {
                terms.push(term);
            }
        }
    }
    terms
}

/// Finds YAML front matter (`---` on the very first line, closed by `---` or `...`). Returns
/// its `title:` and the index of the first line after it.
fn front_matter(
    source: &str,
    text: &str,
    lines: &[Line],
) -> Result<(Option<Field>, usize), ArticleError> {
    let content = |l: &Line| &text[l.start..l.end];
    match lines.first() {
        Some(first) if content(first).trim_end() == "---" => {}
        _ => return Ok((None, 0)),
    }
    let close = lines
        .iter()
        .skip(1)
        .position(|l| matches!(content(l).trim_end(), "---" | "..."))
        .map(|i| i + 1)
        .ok_or_else(|| ArticleError::Format {
            path: source.to_string(),
            message: "line 1: the YAML front matter that starts here is never closed \
                      (add a `---` line after it)"
                .to_string(),
        })?;
    let title = front_matter_title(text, lines, 1..close);
    Ok((title, close + 1))
}

/// The top-level `title:` of the front matter lines `range`. Verbatim when the value is a
/// plain slice of the file; decoded (no position) when it has escapes or spans lines.
fn front_matter_title(text: &str, lines: &[Line], range: Range<usize>) -> Option<Field> {
    let end = range.end;
    for index in range {
        let line = &text[lines[index].start..lines[index].end];
        let Some(value) = line.strip_prefix("title:") else {
            continue;
        };
        let trimmed = value.trim();
        let value_at = line.len() - value.trim_start().len();
        let column = line[..value_at].chars().count() + 1;
        let verbatim = |s: &str, offset: usize| {
            let col = column + trimmed[..offset].chars().count();
            Some(Field::verbatim(s, index + 1, col))
        };
        let field = if let Some(quoted) = trimmed.strip_prefix('"') {
            let close = quoted.find(|c| c == '"').unwrap_or(quoted.len());
            let inner = &quoted[..close];
            if inner.contains('\\') {
                Some(Field::new(unescape_double_quoted(quoted)))
            } else {
                verbatim(inner, 1)
            }
        } else if let Some(quoted) = trimmed.strip_prefix('\'') {
            let inner = single_quoted(quoted);
            if inner.contains("''") {
                Some(Field::new(inner.replace("''", "'")))
            } else {
                verbatim(inner, 1)
            }
        } else if trimmed.is_empty() || trimmed.starts_with(['|', '>']) {
            // A block scalar or a value on the following, indented lines.
            let folded: Vec<&str> = lines[index + 1..end]
                .iter()
                .map(|l| &text[l.start..l.end])
                .take_while(|l| l.starts_with([' ', '\t']))
                .map(str::trim)
                .collect();
            Some(Field::new(folded.join(" ")))
        } else {
            // A plain scalar ends where a ` #` comment starts.
            let plain = trimmed.find(" #").map_or(trimmed, |at| trimmed[..at].trim_end());
            verbatim(plain, 0)
        };
        return field.filter(|f| !f.text.trim().is_empty());
    }
    None
}

fn unescape_double_quoted(quoted: &str) -> String {
    let mut out = String::new();
    let mut chars = quoted.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => break,
            },
            c => out.push(c),
        }
    }
    out
}

/// The content of a single-quoted YAML scalar (`''` is an escaped quote).
fn single_quoted(quoted: &str) -> &str {
    let bytes = quoted.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return &quoted[..i];
        }
        i += 1;
    }
    quoted
}

fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_lowercase).collect() };
    words(a) == words(b)
}

/// A level-1 heading: its text (a byte range of the file), its 0-based line, and the lines
/// it occupies (one for `#`, two for setext).
struct Heading {
    text: Range<usize>,
    line: usize,
    lines: Range<usize>,
}

/// Marks which bytes of the file are Markdown syntax, then renders slices with those bytes
/// blanked.
struct Blanker<'t> {
    text: &'t str,
    mask: Vec<bool>,
}

impl<'t> Blanker<'t> {
    fn new(text: &'t str) -> Blanker<'t> {
        Blanker {
            text,
            mask: vec![false; text.len()],
        }
    }

    fn mark(&mut self, range: Range<usize>) {
        let end = range.end.min(self.mask.len());
        let start = range.start.min(end);
        self.mask[start..end].fill(true);
    }

    /// `range` of the file with the marked characters replaced by white space of the same
    /// UTF-8 length.
    fn render(&self, range: Range<usize>) -> String {
        let mut out = String::with_capacity(range.len());
        for (i, c) in self.text[range.clone()].char_indices() {
            if !self.mask[range.start + i] || c == '\n' || c == '\r' {
                out.push(c);
                continue;
            }
            match c.len_utf8() {
                1 => out.push(' '),
                2 => out.push('\u{A0}'),
                3 => out.push('\u{2002}'),
                _ => out.push_str("    "),
            }
        }
        out
    }

    /// A verbatim field for `range` on 0-based line `line`, trimmed of white space (and of
    /// blanked syntax at its ends), or `None` when nothing is left.
    fn field(&self, range: Range<usize>, line: usize) -> Option<Field> {
        let rendered = self.render(range.clone());
        let trimmed = rendered.trim_start();
        let skipped = rendered.len() - trimmed.len();
        let trimmed = trimmed.trim_end();
        if trimmed.is_empty() {
            return None;
        }
        let line_start = self.text[..range.start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let column = self.text[line_start..range.start].chars().count()
            + rendered[..skipped].chars().count()
            + 1;
        Some(Field::verbatim(trimmed, line + 1, column))
    }

    /// Marks the block and inline syntax of `lines[first..]` and returns the first level-1
    /// heading.
    fn blank_blocks(&mut self, lines: &[Line], first: usize) -> Option<Heading> {
        let text = self.text;
        let mut first_h1: Option<Heading> = None;
        let mut fence: Option<(u8, usize)> = None;
        let mut in_comment = false;
        let mut in_table = false;
        // The previous line, when it was paragraph text (a setext underline may follow).
        let mut paragraph: Option<(Range<usize>, usize)> = None;

        for (index, line) in lines.iter().enumerate().skip(first) {
            let content = &text[line.start..line.end];
            let line_index = index;

            if let Some((ch, len)) = fence {
                self.mark(line.start..line.end);
                if is_fence_close(content, ch, len) {
                    fence = None;
                }
                continue;
            }
            let mut pos = line.start;
            if in_comment {
                match content.find("-->") {
                    Some(close) => {
                        pos = line.start + close + 3;
                        self.mark(line.start..pos);
                        in_comment = false;
                    }
                    None => {
                        self.mark(line.start..line.end);
                        continue;
                    }
                }
            }
            if content.trim().is_empty() {
                in_table = false;
                paragraph = None;
                continue;
            }

            // Container prefixes: indentation and blockquote markers.
            pos = skip_spaces(text, pos, line.end);
            while text[pos..line.end].starts_with('>') {
                self.mark(pos..pos + 1);
                pos = skip_spaces(text, pos + 1, line.end);
            }
            let rest = &text[pos..line.end];

            if let Some((ch, len)) = fence_open(rest) {
                self.mark(line.start..line.end);
                fence = Some((ch, len));
                paragraph = None;
                continue;
            }
            if is_setext_h1_underline(rest) {
                if let Some((heading, heading_line)) = paragraph.take() {
                    self.mark(pos..line.end);
                    if first_h1.is_none() {
                        first_h1 = Some(Heading {
                            text: heading,
                            line: heading_line,
                            lines: lines[index - 1].start..line.end,
                        });
                    }
                    continue;
                }
            }
            if is_thematic_break(rest) {
                // Also a setext level-2 underline: either way the line is all syntax.
                self.mark(pos..line.end);
                paragraph = None;
                continue;
            }
            if let Some((level, heading)) = self.atx_heading(pos, line.end) {
                self.blank_inline(heading.clone(), &mut in_comment);
                if level == 1 && first_h1.is_none() {
                    first_h1 = Some(Heading {
                        text: heading,
                        line: line_index,
                        lines: line.start..line.end,
                    });
                }
                paragraph = None;
                continue;
            }
            if let Some(label_end) = definition_label(rest) {
                // A reference definition is all syntax; a footnote keeps its text.
                let end = if rest.starts_with("[^") {
                    pos + label_end
                } else {
                    line.end
                };
                self.mark(pos..end);
                self.blank_inline(end..line.end, &mut in_comment);
                paragraph = None;
                continue;
            }
            if is_table_delimiter(rest) {
                if let Some(previous) = index.checked_sub(1).map(|i| lines[i]) {
                    if text[previous.start..previous.end].contains('|') {
                        self.mark(pos..line.end);
                        self.blank_pipes(previous.start..previous.end);
                        in_table = true;
                        paragraph = None;
                        continue;
                    }
                }
            }
            if in_table {
                self.blank_pipes(pos..line.end);
            }
            pos = self.list_marker(pos, line.end);
            paragraph = Some((pos..line.end, line_index));
            self.blank_inline(pos..line.end, &mut in_comment);
        }
        first_h1
    }

    /// Marks an ATX heading's `#` marks; returns its level and the range of its text.
    fn atx_heading(&mut self, pos: usize, end: usize) -> Option<(usize, Range<usize>)> {
        let rest = &self.text[pos..end];
        let level = rest.bytes().take_while(|&b| b == b'#').count();
        if !(1..=6).contains(&level)
            || (!rest[level..].is_empty() && !rest[level..].starts_with([' ', '\t']))
        {
            return None;
        }
        let mut text_start = skip_spaces(self.text, pos + level, end);
        // A closing sequence of `#` counts only after white space.
        let trimmed = self.text[text_start..end].trim_end();
        let mut text_end = text_start + trimmed.len();
        let without_hashes = trimmed.trim_end_matches('#');
        if without_hashes.is_empty() || without_hashes.ends_with([' ', '\t']) {
            text_end = text_start + without_hashes.trim_end().len();
        }
        text_start = text_start.min(text_end);
        self.mark(pos..text_start);
        self.mark(text_end..end);
        Some((level, text_start..text_end))
    }

    /// Marks a list marker (`-`, `*`, `+`, `1.`, `1)`) and task box at `pos`; returns where
    /// the item's text starts.
    fn list_marker(&mut self, pos: usize, end: usize) -> usize {
        let rest = &self.text[pos..end];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let marker = if rest.starts_with(['-', '*', '+']) {
            1
        } else if (1..=9).contains(&digits) && rest[digits..].starts_with(['.', ')']) {
            digits + 1
        } else {
            return pos;
        };
        if !(rest.len() == marker || rest[marker..].starts_with([' ', '\t'])) {
            return pos;
        }
        let mut text_start = skip_spaces(self.text, pos + marker, end);
        let item = &self.text[text_start..end];
        if ["[ ] ", "[x] ", "[X] "].iter().any(|b| item.starts_with(b)) {
            text_start = skip_spaces(self.text, text_start + 3, end);
        }
        self.mark(pos..text_start);
        text_start
    }

    fn blank_pipes(&mut self, range: Range<usize>) {
        let bytes = self.text.as_bytes();
        for i in range {
            if bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
                self.mask[i] = true;
            }
        }
    }

    /// Marks inline syntax in `range` (one line). Characters already marked (a link's target,
    /// found ahead of the scan) are skipped.
    fn blank_inline(&mut self, range: Range<usize>, in_comment: &mut bool) {
        let text = self.text;
        let bytes = text.as_bytes();
        let end = range.end;
        let mut i = range.start;
        while i < end {
            if self.mask[i] {
                i += 1;
                continue;
            }
            let rest = &text[i..end];
            match bytes[i] {
                b'\\' if rest[1..].starts_with(|c: char| c.is_ascii_punctuation()) => {
                    self.mark(i..i + 1);
                    i += 2;
                    continue;
                }
                b'`' => {
                    let run = rest.bytes().take_while(|&b| b == b'`').count();
                    if let Some(close) = find_backtick_run(&rest[run..], run) {
                        self.mark(i..i + run);
                        let close = i + run + close;
                        self.mark(close..close + run);
                        i = close + run;
                    } else {
                        i += run;
                    }
                    continue;
                }
                b'<' if rest.starts_with("<!--") => match rest[4..].find("-->") {
                    Some(close) => {
                        self.mark(i..i + 4 + close + 3);
                        i += 4 + close + 3;
                        continue;
                    }
                    None => {
                        self.mark(i..end);
                        *in_comment = true;
                        return;
                    }
                },
                b'<' if is_tag_start(rest) => {
                    if let Some(close) = rest.find('>') {
                        self.mark(i..i + close + 1);
                        i += close + 1;
                        continue;
                    }
                }
                b'!' if rest[1..].starts_with('[') => {
                    if let Some(len) = link_length(&rest[1..]) {
                        self.mark(i..i + 1 + len);
                        i += 1 + len;
                        continue;
                    }
                }
                b'[' if rest.starts_with("[^") => {
                    if let Some(close) = rest.find(']') {
                        self.mark(i..i + close + 1);
                        i += close + 1;
                        continue;
                    }
                }
                b'[' => {
                    if let (Some(len), Some(close)) = (link_length(rest), matching_bracket(rest)) {
                        self.mark(i..i + 1);
                        self.mark(i + close..i + len);
                    }
                }
                b'*' | b'_' | b'~' => {
                    let ch = bytes[i];
                    let run = rest.bytes().take_while(|&b| b == ch).count();
                    let before = text[..i].chars().next_back();
                    let after = text[i + run..end].chars().next();
                    let touches = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
                    let delimiter = match ch {
                        b'*' => touches(before) || touches(after),
                        b'_' => {
                            (touches(before) || touches(after))
                                && !(before.is_some_and(char::is_alphanumeric)
                                    && after.is_some_and(char::is_alphanumeric))
                        }
                        _ => run == 2 && (touches(before) || touches(after)),
                    };
                    if delimiter {
                        self.mark(i..i + run);
                    }
                    i += run;
                    continue;
                }
                _ => {}
            }
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
}

fn skip_spaces(text: &str, pos: usize, end: usize) -> usize {
    pos + text[pos..end].len() - text[pos..end].trim_start_matches([' ', '\t']).len()
}

/// A code fence opener: three or more backticks or tildes (backtick fences may not have a
/// backtick in their info string).
fn fence_open(rest: &str) -> Option<(u8, usize)> {
    let ch = *rest.as_bytes().first()?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let len = rest.bytes().take_while(|&b| b == ch).count();
    if len < 3 || (ch == b'`' && rest[len..].contains('`')) {
        return None;
    }
    Some((ch, len))
}

fn is_fence_close(content: &str, ch: u8, len: usize) -> bool {
    let trimmed = content.trim();
    let run = trimmed.bytes().take_while(|&b| b == ch).count();
    run >= len && run == trimmed.len()
}

fn is_setext_h1_underline(rest: &str) -> bool {
    let trimmed = rest.trim_end();
    !trimmed.is_empty() && trimmed.bytes().all(|b| b == b'=')
}

fn is_thematic_break(rest: &str) -> bool {
    let compact: Vec<u8> = rest.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    compact.len() >= 3
        && [b'-', b'*', b'_']
            .iter()
            .any(|&ch| compact.iter().all(|&b| b == ch))
}

/// `[label]: …` at the start of a line: the length of `[label]:`.
fn definition_label(rest: &str) -> Option<usize> {
    static DEFINITION: OnceLock<Option<Regex>> = OnceLock::new();
    DEFINITION
        .get_or_init(|| Regex::new(r"^\[[^\]]+\]:").ok())
        .as_ref()?
        .find(rest)
        .map(|m| m.end())
}

fn is_table_delimiter(rest: &str) -> bool {
    static DELIMITER: OnceLock<Option<Regex>> = OnceLock::new();
    rest.contains(['|', '-'])
        && DELIMITER
            .get_or_init(|| Regex::new(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$").ok())
            .as_ref()
            .is_some_and(|re| re.is_match(rest))
        && rest.contains('|')
}

/// `<tag`, `</tag` or an autolink `<https://…>`.
fn is_tag_start(rest: &str) -> bool {
    let after = rest[1..].strip_prefix('/').unwrap_or(&rest[1..]);
    after.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Offset, in `rest`, of a closing backtick run of exactly `run` backticks.
fn find_backtick_run(rest: &str, run: usize) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let len = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            if len == run {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// Offset of the `]` matching the `[` that starts `rest`.
fn matching_bracket(rest: &str) -> Option<usize> {
    matching(rest, b'[', b']')
}

fn matching(rest: &str, open: u8, close: u8) -> Option<usize> {
    let mut depth = 0usize;
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b if b == open => depth += 1,
            b if b == close => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Length of a link starting at `[` in `rest`: `[text](target)`, `[text][ref]` or
/// `[text][]`. `None` for a bracket that is not a link (`[sic]`).
fn link_length(rest: &str) -> Option<usize> {
    let close = matching_bracket(rest)?;
    let tail = &rest[close + 1..];
    let tail_len = if tail.starts_with('(') {
        matching(tail, b'(', b')')? + 1
    } else if tail.starts_with('[') {
        tail.find(']')? + 1
    } else {
        return None;
    };
    Some(close + 1 + tail_len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Article {
        parse("a.md", text).unwrap()
    }

    /// The body is as long as the source after `region_start`, and each word sits at the same
    /// byte offset (relative to the region) as in the source.
    fn assert_aligned(text: &str, article: &Article, words: &[&str]) {
        let region = text.len() - article.body.text.len();
        assert!(text.is_char_boundary(region));
        for word in words {
            let at = article
                .body
                .text
                .find(word)
                .unwrap_or_else(|| panic!("`{word}` missing from {:?}", article.body.text));
            assert_eq!(&text[region + at..region + at + word.len()], *word);
        }
    }

    fn headline(article: &Article) -> Option<&str> {
        article.headline.as_ref().map(|h| h.text.as_str())
    }

    #[test]
    fn atx_heading_is_the_headline_and_blanked_from_the_body() {
        let text = "# Storm *hits* coast #\n\nThe storm **arrived** at dawn.\n";
        let article = parse_ok(text);
        let h = article.headline.as_ref().unwrap();
        assert_eq!(h.text, "Storm  hits  coast");
        assert_eq!(h.origin.map(|o| (o.line, o.column)), Some((1, 3)));
        assert_eq!(article.body.text.len(), text.len());
        assert_eq!(article.body.text.lines().next().map(str::trim), Some(""));
        assert!(article.body.text.contains("The storm   arrived   at dawn."));
        assert_aligned(text, &article, &["arrived", "dawn"]);
        let at = article.body.text.find("dawn").unwrap();
        assert_eq!(article.body.line_column(at), (3, 26));
    }

    #[test]
    fn setext_heading_is_the_headline() {
        let text = "Intro line\n\nStorm hits coast\n================\nBody text.\n";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.headline.as_ref().unwrap().origin.unwrap().line, 3);
        assert!(!article.body.text.contains('='));
        assert!(!article.body.text.contains("Storm"));
        assert_aligned(text, &article, &["Intro", "Body"]);
    }

    #[test]
    fn level_two_headings_are_not_headlines() {
        let article = parse_ok("Some text.\n\n## Background\n\nMore text.\n");
        assert_eq!(article.headline, None);
        assert!(article.body.text.contains("   Background"));
    }

    #[test]
    fn front_matter_title_wins_and_body_starts_after_it() {
        for (fm, expected, verbatim) in [
            ("title: Storm hits coast", "Storm hits coast", true),
            ("title: \"Storm hits coast\"", "Storm hits coast", true),
            ("title: 'Storm hits coast'", "Storm hits coast", true),
            ("title: 'Minister''s plea'", "Minister's plea", false),
            ("title: \"A \\\"plea\\\"\"", "A \"plea\"", false),
            ("title: Storm hits coast # a comment", "Storm hits coast", true),
            ("title: >\n  Storm hits\n  coast", "Storm hits coast", false),
        ] {
            let text = format!("---\nauthor: Jo\n{fm}\n---\n# Other heading\n\nBody text.\n");
            let article = parse_ok(&text);
            let h = article.headline.as_ref().unwrap();
            assert_eq!(h.text, expected, "{fm}");
            assert_eq!(h.origin.is_some(), verbatim, "{fm}");
            if let Some(o) = h.origin {
                let line = text.lines().nth(o.line - 1).unwrap();
                let at: usize = line.chars().take(o.column - 1).map(char::len_utf8).sum();
                assert!(line[at..].starts_with(expected), "{fm}");
            }
            // The other heading stays in the body, its `#` blanked.
            assert!(article.body.text.contains("  Other heading"), "{fm}");
            assert_aligned(&text, &article, &["Other", "Body"]);
            let first_body_line = text.lines().position(|l| l.starts_with("# Other")).unwrap();
            assert_eq!(article.body.origin.unwrap().line, first_body_line + 1);
        }
    }

    #[test]
    fn heading_repeating_the_title_is_blanked() {
        let text = "---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\nBody.\n";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert!(!article.body.text.contains("Storm"));
        assert!(!article.notes.is_empty());
    }

    #[test]
    fn front_matter_without_title_falls_back_to_heading() {
        let article = parse_ok("---\nauthor: Jo\n---\n\n# Storm hits coast\n\nBody.\n");
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_eq!(article.headline.unwrap().origin.unwrap().line, 5);
    }

    #[test]
    fn unterminated_front_matter_is_an_error_naming_file_and_line() {
        let err = parse("story.md", "---\ntitle: Storm\n\nBody.\n").unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, ArticleError::Format { .. }));
        assert!(message.contains("story.md") && message.contains("line 1"), "{message}");
    }

    #[test]
    fn inline_syntax_is_blanked_keeping_length() {
        let text = "# T\n\nSee [the report](https://example.com/a_b \"Title\") and [that][ref], \
                    `code`, ![a photo](img.png), <span>html</span>, \\*literal\\*, \
                    ~~struck~~ and snake_case_word.\n\n[ref]: https://example.com\n";
        let article = parse_ok(text);
        let body = &article.body.text;
        assert_eq!(body.len(), text.len());
        for gone in ["[", "](", "https", "Title", "`", "photo", "<span>", "</span>", "~~", "\\"] {
            assert!(!body.contains(gone), "`{gone}` left in {body:?}");
        }
        assert!(body.contains("snake_case_word"));
        assert!(body.contains(" *literal *"), "{body:?}");
        assert_aligned(text, &article, &["the report", "that", "code", "html", "struck"]);
    }

    #[test]
    fn block_syntax_is_blanked() {
        let text = "# T\n\n> Quoted *words* here.\n\n- item one\n* item two\n1. item three\n- [x] done task\n\n\
                    | Who | Said |\n|-----|:----:|\n| Mayor | plea |\n\n---\n\n```rust\nlet plea = 1;\n```\n\n\
                    <!-- an editor's note\nspanning lines -->\nAfter comment.\n\n[^1]: A footnote.\n";
        let article = parse_ok(text);
        let body = &article.body.text;
        assert_eq!(body.len(), text.len());
        for gone in [">", "- item", "* item", "1.", "[x]", "|", "---", "```", "let plea", "editor", "spanning", "[^1]:"] {
            assert!(!body.contains(gone), "`{gone}` left in {body:?}");
        }
        assert_aligned(
            text,
            &article,
            &["Quoted", "item one", "item two", "item three", "done task", "Mayor", "plea", "After comment", "A footnote"],
        );
    }

    #[test]
    fn unterminated_fence_blanks_to_the_end() {
        let text = "# T\n\nBefore.\n\n~~~\ncode\nmore code\n";
        let article = parse_ok(text);
        assert!(article.body.text.contains("Before."));
        assert!(!article.body.text.contains("code"));
    }

    #[test]
    fn multi_byte_syntax_is_blanked_with_same_byte_length() {
        // A multi-byte character inside a link target and an image's alt text.
        let text = "# Café plea\n\nVisit [the café](https://café.example/😀) — ![naïve 😀 alt](x.png) then “go”.\n";
        let article = parse_ok(text);
        let body = &article.body.text;
        assert_eq!(body.len(), text.len());
        assert!(body.contains('\u{A0}') && body.contains("    "), "{body:?}");
        assert!(!body.contains("naïve") && !body.contains('😀'));
        assert_aligned(text, &article, &["the café", "—", "then “go”"]);
        let at = body.find("then").unwrap();
        let (line, column) = article.body.line_column(at);
        assert_eq!(line, 3);
        // Code-point columns line up except after a blanked 4-byte character (two here: one
        // emoji in the link target and one in the alt text, each 1 code point → 4 spaces).
        let source_column = text.lines().nth(2).unwrap().find("then").map(|b| {
            text.lines().nth(2).unwrap()[..b].chars().count() + 1
        });
        assert_eq!(Some(column - 6), source_column);
    }

    #[test]
    fn crlf_and_lone_cr() {
        let text = "# Storm hits coast\r\n\r\nThe *storm* arrived.\r\n";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        assert_aligned(text, &article, &["storm", "arrived"]);
        let at = article.body.text.find("arrived").unwrap();
        assert_eq!(article.body.line_column(at), (3, 13));

        let text = "# Storm hits coast\r\rThe storm arrived.\r";
        let article = parse_ok(text);
        assert_eq!(headline(&article), Some("Storm hits coast"));
        let at = article.body.text.find("arrived").unwrap();
        assert_eq!(article.body.line_column(at), (3, 11));
    }

    #[test]
    fn slant_ignore_comments_are_collected() {
        let text = "<!-- slant-ignore: Plea, hardline -->\n# T\n\nBody <!--slant-ignore:plea,  Slammed  --> text.\n<!-- just a note -->\n";
        let article = parse_ok(text);
        assert_eq!(article.ignore_terms, ["plea", "hardline", "slammed"]);
        assert!(!article.body.text.contains("slant-ignore"));
        assert_eq!(slant_ignore_terms("<!-- SLANT-IGNORE : x"), ["x"]);
        assert!(slant_ignore_terms("<!-- slant-ignored: x -->").is_empty());
    }

    #[test]
    fn no_heading_means_no_headline() {
        let text = "Just a paragraph of *text*.\n";
        let article = parse_ok(text);
        assert_eq!(article.headline, None);
        assert_eq!(article.body.origin.map(|o| (o.line, o.column)), Some((1, 1)));
        assert_aligned(text, &article, &["paragraph", "text"]);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "", "#", "# ", "#\n", "---\n---", "[", "![", "[a](", "`", "``x`", "<", "<!--", "<a",
            "*", "_", "~~", "\\", "> ", ">", "1.", "- [x]", "|", "|-|", "===", "é*é", "[é](é",
            "# 😀 #", "\r", "\r\n=\r\n", "a\n===", "---\ntitle: \"unclosed\n---", "---\ntitle: 'x\n---",
        ] {
            if let Ok(article) = parse("a.md", text) {
                let region = text.len() - article.body.text.len();
                assert!(text.is_char_boundary(region), "{text:?}");
            }
        }
    }
}
