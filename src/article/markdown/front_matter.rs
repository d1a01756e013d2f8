/*!
YAML front matter: just enough of it to find the `title:`, without a YAML parser.
*/

use std::ops::Range;

use crate::article::plain::Line;
use crate::article::{push_anchor, Anchor, Field};
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

/// The top-level `title:` of the front matter lines `range`, mapped to the file: a plain
/// scalar is a verbatim slice of it, a quoted one has an anchor after each escape (`\"`,
/// `''`), and a value on the following lines an anchor at each line's text.
fn front_matter_title(text: &str, lines: &[Line], range: Range<usize>) -> Option<Field> {
    let end = range.end;
    for index in range {
        let line = &text[lines[index].start..lines[index].end];
        let Some(value) = line.strip_prefix("title:") else {
            continue;
        };
        let trimmed = value.trim();
        let value_at = line.len() - value.trim_start().len();
        // The 1-based line and the column of the value's first character.
        let (number, column) = (index + 1, line[..value_at].chars().count() + 1);
        let field = if let Some(quoted) = trimmed.strip_prefix('"') {
            double_quoted(quoted, number, column + 1)
        } else if let Some(quoted) = trimmed.strip_prefix('\'') {
            single_quoted(quoted, number, column + 1)
        } else if trimmed.is_empty() || trimmed.starts_with(['|', '>']) {
            // A block scalar or a value on the following, indented lines, joined with spaces.
            let mut folded = String::new();
            let mut anchors = Vec::new();
            let following = lines[index + 1..end]
                .iter()
                .enumerate()
                .map(|(i, l)| (index + 2 + i, &text[l.start..l.end]))
                .take_while(|(_, l)| l.starts_with([' ', '\t']));
            for (number, piece) in following {
                if !folded.is_empty() {
                    folded.push(' ');
                }
                let content = piece.trim();
                let leading = piece.len() - piece.trim_start().len();
                push_anchor(
                    &mut anchors,
                    Anchor {
                        at: folded.len(),
                        line: number,
                        column: piece[..leading].chars().count() + 1,
                    },
                );
                folded.push_str(content);
            }
            Field::mapped(folded, anchors)
        } else {
            // A plain scalar ends where a ` #` comment starts.
            let plain = trimmed
                .find(" #")
                .map_or(trimmed, |at| trimmed[..at].trim_end());
            Field::verbatim(plain, number, column)
        };
        return Some(field).filter(|f| !f.text.trim().is_empty());
    }
    None
}

/// A double-quoted YAML scalar, from just after its opening quote (at `line`:`column`) to
/// its closing quote or the end of the line, with its escapes decoded.
fn double_quoted(quoted: &str, line: usize, column: usize) -> Field {
    let mut out = String::new();
    let mut anchors = vec![Anchor {
        at: 0,
        line,
        column,
    }];
    let mut column = column;
    let mut chars = quoted.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => {
                let rest = chars.as_str();
                let (decoded, used) = yaml_escape(rest);
                out.extend(decoded);
                // `used` characters after the backslash, all ASCII but for an unknown escape.
                for _ in 0..used {
                    chars.next();
                }
                column += 1 + used;
                push_anchor(
                    &mut anchors,
                    Anchor {
                        at: out.len(),
                        line,
                        column,
                    },
                );
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Field::mapped(out, anchors)
}

/// The character a double-quoted escape stands for (after its backslash, at the start of
/// `rest`) and the number of characters of `rest` it takes. An unknown escape stands for
/// the character itself; a lone backslash at the end for nothing.
fn yaml_escape(rest: &str) -> (Option<char>, usize) {
    let Some(c) = rest.chars().next() else {
        return (None, 0);
    };
    let hex = |digits: usize| {
        rest.get(1..1 + digits)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
            .map(|decoded| (Some(decoded), 1 + digits))
    };
    let simple = match c {
        '0' => '\0',
        'a' => '\u{7}',
        'b' => '\u{8}',
        't' => '\t',
        'n' => '\n',
        'v' => '\u{b}',
        'f' => '\u{c}',
        'r' => '\r',
        'e' => '\u{1b}',
        'N' => '\u{85}',
        '_' => '\u{a0}',
        'L' => '\u{2028}',
        'P' => '\u{2029}',
        'x' => return hex(2).unwrap_or((Some(c), 1)),
        'u' => return hex(4).unwrap_or((Some(c), 1)),
        'U' => return hex(8).unwrap_or((Some(c), 1)),
        other => other,
    };
    (Some(simple), 1)
}

/// A single-quoted YAML scalar, from just after its opening quote (at `line`:`column`) to
/// its closing quote or the end of the line; `''` is an escaped quote.
fn single_quoted(quoted: &str, line: usize, column: usize) -> Field {
    let bytes = quoted.as_bytes();
    let mut out = String::new();
    let mut anchors = vec![Anchor {
        at: 0,
        line,
        column,
    }];
    let (mut column, mut run, mut i) = (column, 0, 0);
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            out.push_str(&quoted[run..i]);
            if bytes.get(i + 1) != Some(&b'\'') {
                return Field::mapped(out, anchors);
            }
            out.push('\'');
            column += quoted[run..i].chars().count() + 2;
            i += 2;
            run = i;
            push_anchor(
                &mut anchors,
                Anchor {
                    at: out.len(),
                    line,
                    column,
                },
            );
            continue;
        }
        i += 1;
    }
    out.push_str(&quoted[run..]);
    Field::mapped(out, anchors)
}
