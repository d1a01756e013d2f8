/*!
YAML front matter: just enough of it to find the `title:`, without a YAML parser.
*/

use std::ops::Range;

use crate::article::plain::Line;
use crate::article::Field;
use crate::error::ArticleError;

/// Finds YAML front matter (`---` on the very first line, closed by `---` or `...`). Returns
/// its `title:` and the index of the first line after it.
pub(super) fn front_matter(
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
            let close = quoted.find('"').unwrap_or(quoted.len());
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
            let plain = trimmed
                .find(" #")
                .map_or(trimmed, |at| trimmed[..at].trim_end());
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
