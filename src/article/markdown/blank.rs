/*!
Blanking Markdown syntax: marking which bytes of the file are syntax, line by line, and
rendering slices of the file with those bytes replaced by white space of the same length.
*/

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::article::plain::Line;
use crate::article::Field;

/// A level-1 heading: its text (a byte range of the file), its 0-based line, and the lines
/// it occupies (one for `#`, two for setext).
pub(super) struct Heading {
    pub text: Range<usize>,
    pub line: usize,
    pub lines: Range<usize>,
}

/// Marks which bytes of the file are Markdown syntax, then renders slices with those bytes
/// blanked.
pub(super) struct Blanker<'t> {
    text: &'t str,
    mask: Vec<bool>,
}

impl<'t> Blanker<'t> {
    pub(super) fn new(text: &'t str) -> Blanker<'t> {
        Blanker {
            text,
            mask: vec![false; text.len()],
        }
    }

    pub(super) fn mark(&mut self, range: Range<usize>) {
        let end = range.end.min(self.mask.len());
        let start = range.start.min(end);
        self.mask[start..end].fill(true);
    }

    /// `range` of the file with the marked characters replaced by white space of the same
    /// UTF-8 length.
    pub(super) fn render(&self, range: Range<usize>) -> String {
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

    /// Offsets, relative to `range.start`, of the blanked 4-byte characters in `range`:
    /// [`Blanker::render`] writes four spaces for each (see [`Field::with_wide_blanks`]).
    pub(super) fn wide_blanks(&self, range: Range<usize>) -> Vec<usize> {
        self.text[range.clone()]
            .char_indices()
            .filter(|&(i, c)| c.len_utf8() == 4 && self.mask[range.start + i])
            .map(|(i, _)| i)
            .collect()
    }

    /// A verbatim field for `range` on 0-based line `line`, trimmed of white space (and of
    /// blanked syntax at its ends), or `None` when nothing is left.
    pub(super) fn field(&self, range: Range<usize>, line: usize) -> Option<Field> {
        let rendered = self.render(range.clone());
        if rendered.trim().is_empty() {
            return None;
        }
        let line_start = self.text[..range.start]
            .rfind(['\n', '\r'])
            .map_or(0, |i| i + 1);
        let column = self.text[line_start..range.start].chars().count() + 1;
        let wide = self.wide_blanks(range);
        Some(
            Field::verbatim(rendered, line + 1, column)
                .with_wide_blanks(wide)
                .trimmed(),
        )
    }

    /// Marks the block and inline syntax of `lines[first..]` and returns the first level-1
    /// heading.
    pub(super) fn blank_blocks(&mut self, lines: &[Line], first: usize) -> Option<Heading> {
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
