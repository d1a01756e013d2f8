/*!
Where a JSON article's strings are in its file. serde_json's `Value` keeps no positions, so
this walks the raw text a second time: [`find_values`] finds where the value of each chosen key
starts, and [`map_literal`] walks a string literal alongside its decoded text, anchoring the
decoded text to the file at the literal's first character and after each escape sequence (see
[`Anchor`]).

The text has already been parsed by serde_json, so it is valid JSON; the scanner still never
panics or loops on anything else, it gives up (`None`) and the field is left without a map.
The decoded text is compared with serde_json's, byte for byte, as the anchors are made: a
difference also gives up, so a field never gets a wrong position.

Each is one linear pass with no allocation per character: runs between quotes and backslashes
are found with `memchr`, and columns are counted a run at a time.
*/

use std::borrow::Cow;

use memchr::{memchr2, memchr3};

use crate::article::{push_anchor, Anchor};

/// Nesting deeper than this gives up (serde_json refuses more than 128 levels anyway).
const MAX_DEPTH: usize = 256;

/// Most paths one scan looks for (a bit each in a mask).
const MAX_PATHS: usize = 64;

/// One step of a path: an object key, also an array index when it reads as one.
#[derive(Debug)]
struct Step<'k> {
    key: Cow<'k, str>,
    index: Option<usize>,
}

/// The place of a value: a top-level key, or the steps of a JSON Pointer (`/story/title`),
/// read as `serde_json::Value::get` and `Value::pointer` read them.
#[derive(Debug)]
pub(super) struct Path<'k> {
    steps: Vec<Step<'k>>,
}

impl<'k> Path<'k> {
    pub(super) fn new(key: &'k str) -> Path<'k> {
        let Some(pointer) = key.strip_prefix('/') else {
            return Path {
                steps: vec![Step {
                    key: Cow::Borrowed(key),
                    index: None,
                }],
            };
        };
        let steps = pointer
            .split('/')
            .map(|token| {
                let key = if token.contains('~') {
                    Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
                } else {
                    Cow::Borrowed(token)
                };
                // As serde_json: no sign, no leading zero.
                let index = if key.starts_with('+') || (key.starts_with('0') && key.len() != 1) {
                    None
                } else {
                    key.parse().ok()
                };
                Step { key, index }
            })
            .collect();
        Path { steps }
    }
}

/// The byte offset in `text` where the value at each of `paths` starts, `None` where there is
/// none. When an object repeats a key, the last one counts, as in serde_json.
pub(super) fn find_values(text: &str, paths: &[Path]) -> Vec<Option<usize>> {
    let paths = &paths[..paths.len().min(MAX_PATHS)];
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: 0,
        paths,
        found: vec![None; paths.len()],
    };
    let all = (0..paths.len()).fold(0u64, |mask, p| mask | 1 << p);
    match scan.value(all, 0) {
        Some(()) => scan.found,
        None => vec![None; paths.len()],
    }
}

struct Scan<'t, 'p> {
    bytes: &'t [u8],
    at: usize,
    paths: &'p [Path<'p>],
    found: Vec<Option<usize>>,
}

impl<'t> Scan<'t, '_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_white_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Skips one value. `live` has a bit for each path whose steps so far lead here, `depth`
    /// is the number of those steps.
    fn value(&mut self, live: u64, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_white_space();
        match self.peek()? {
            b'{' => self.object(live, depth),
            b'[' => self.array(live, depth),
            b'"' => self.string().map(drop),
            _ => self.scalar(),
        }
    }

    /// A number, `true`, `false` or `null`.
    fn scalar(&mut self) -> Option<()> {
        let start = self.at;
        while let Some(b) = self.peek() {
            if matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r' | b'"') {
                break;
            }
            self.at += 1;
        }
        (self.at > start).then_some(())
    }

    /// Skips a string literal; returns its bytes, quotes included.
    fn string(&mut self) -> Option<&'t [u8]> {
        let start = self.at;
        self.expect(b'"')?;
        loop {
            let next = self.at + memchr2(b'"', b'\\', self.bytes.get(self.at..)?)?;
            if self.bytes[next] == b'\\' {
                self.at = next + 2;
            } else {
                self.at = next + 1;
                let bytes: &'t [u8] = self.bytes;
                return Some(&bytes[start..self.at]);
            }
        }
    }

    fn object(&mut self, live: u64, depth: usize) -> Option<()> {
        self.expect(b'{')?;
        self.skip_white_space();
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(());
        }
        loop {
            self.skip_white_space();
            let key = self.string()?;
            let mut deeper = 0;
            for p in bits(live) {
                let steps = &self.paths[p].steps;
                if key_is(key, &steps[depth].key) {
                    // A later duplicate of the key replaces whatever the earlier one held.
                    self.found[p] = None;
                    deeper |= 1 << p;
                }
            }
            self.skip_white_space();
            self.expect(b':')?;
            self.skip_white_space();
            let deeper = self.reached(deeper, depth);
            self.value(deeper, depth + 1)?;
            self.skip_white_space();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self, live: u64, depth: usize) -> Option<()> {
        self.expect(b'[')?;
        self.skip_white_space();
        if self.peek()? == b']' {
            self.at += 1;
            return Some(());
        }
        let mut index = 0;
        loop {
            let mut deeper = 0;
            for p in bits(live) {
                if self.paths[p].steps[depth].index == Some(index) {
                    deeper |= 1 << p;
                }
            }
            self.skip_white_space();
            let deeper = self.reached(deeper, depth);
            self.value(deeper, depth + 1)?;
            self.skip_white_space();
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(());
                }
                _ => return None,
            }
            index += 1;
        }
    }

    /// Of the paths in `matched` (their step `depth` leads to the value starting here), records
    /// the ones that end here and returns those that go deeper.
    fn reached(&mut self, matched: u64, depth: usize) -> u64 {
        let mut deeper = 0;
        for p in bits(matched) {
            if self.paths[p].steps.len() == depth + 1 {
                self.found[p] = Some(self.at);
            } else {
                deeper |= 1 << p;
            }
        }
        deeper
    }
}

/// The indices of the set bits of `mask`.
fn bits(mask: u64) -> impl Iterator<Item = usize> {
    let mut rest = mask;
    std::iter::from_fn(move || {
        (rest != 0).then(|| {
            let p = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            p
        })
    })
}

/// Whether the string literal `literal` (quotes included) is the key `key`.
fn key_is(literal: &[u8], key: &str) -> bool {
    let raw = &literal[1..literal.len() - 1];
    if raw.contains(&b'\\') {
        serde_json::from_slice::<String>(literal).is_ok_and(|decoded| decoded == key)
    } else {
        raw == key.as_bytes()
    }
}

/// File positions (1-based line and column, code points) of byte offsets of a JSON text,
/// asked for in increasing order; an earlier offset starts the count over from the top.
pub(super) struct Cursor<'t> {
    bytes: &'t [u8],
    first_line: usize,
    /// A lone CR ends a line (a file); in a JSONL record, only LF does.
    lone_cr_ends_line: bool,
    at: usize,
    line: usize,
    column: usize,
}

impl<'t> Cursor<'t> {
    /// A cursor over `text`, whose first byte is at column 1 of line `first_line`.
    pub(super) fn new(text: &'t str, first_line: usize, lone_cr_ends_line: bool) -> Cursor<'t> {
        Cursor {
            bytes: text.as_bytes(),
            first_line,
            lone_cr_ends_line,
            at: 0,
            line: first_line,
            column: 1,
        }
    }

    /// The line and column of byte `to` (on a character boundary).
    pub(super) fn position(&mut self, to: usize) -> (usize, usize) {
        let to = to.min(self.bytes.len());
        if to < self.at {
            (self.at, self.line, self.column) = (0, self.first_line, 1);
        }
        let mut from = self.at;
        while let Some(i) = memchr2(b'\n', b'\r', &self.bytes[from..to]) {
            let i = from + i;
            if self.bytes[i] == b'\n'
                || (self.lone_cr_ends_line && self.bytes.get(i + 1) != Some(&b'\n'))
            {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += count_chars(&self.bytes[from..=i]);
            }
            from = i + 1;
        }
        self.column += count_chars(&self.bytes[from..to]);
        self.at = to;
        (self.line, self.column)
    }
}

/// The code points in a run of UTF-8 (its bytes that do not continue a character).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Walks the string literal starting at byte `start` of the cursor's text alongside
/// `decoded`, serde_json's decoding of it, which starts at byte `out` of the field's text.
/// Adds an anchor at the literal's first character and one after each escape sequence.
/// Returns the byte after the literal, or `None` when there is no literal at `start` or it
/// does not decode to `decoded`.
pub(super) fn map_literal(
    cursor: &mut Cursor,
    start: usize,
    decoded: &str,
    out: usize,
    anchors: &mut Vec<Anchor>,
) -> Option<usize> {
    let bytes = cursor.bytes;
    if bytes.get(start) != Some(&b'"') {
        return None;
    }
    let decoded_bytes = decoded.as_bytes();
    let mut at = start + 1;
    let mut done = 0;
    let anchor = |cursor: &mut Cursor, at: usize, done: usize| {
        let (line, column) = cursor.position(at);
        Anchor {
            at: out + done,
            line,
            column,
        }
    };
    push_anchor(anchors, anchor(cursor, at, done));
    loop {
        // Control characters cannot be in a literal: a run is on one line.
        let stop = at + memchr3(b'"', b'\\', b'\n', bytes.get(at..)?)?;
        let run = &bytes[at..stop];
        if decoded_bytes.get(done..done + run.len())? != run {
            return None;
        }
        done += run.len();
        match bytes[stop] {
            b'"' => return (done == decoded.len()).then_some(stop + 1),
            b'\\' => {
                let (c, length) = escape(bytes, stop)?;
                let mut expected = [0; 4];
                let expected = c.encode_utf8(&mut expected).as_bytes();
                if decoded_bytes.get(done..done + expected.len())? != expected {
                    return None;
                }
                done += expected.len();
                at = stop + length;
                push_anchor(anchors, anchor(cursor, at, done));
            }
            _ => return None,
        }
    }
}

/// Walks an array of string literals starting at byte `start` alongside `parts`, their
/// decoded texts, which the field joins with `separator`; anchors as [`map_literal`].
pub(super) fn map_array(
    cursor: &mut Cursor,
    start: usize,
    parts: &[&str],
    separator: &str,
    anchors: &mut Vec<Anchor>,
) -> Option<()> {
    let bytes = cursor.bytes;
    let white_space = |mut at: usize| {
        while matches!(bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            at += 1;
        }
        at
    };
    if bytes.get(start) != Some(&b'[') {
        return None;
    }
    let mut at = start + 1;
    let mut out = 0;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            at = white_space(at);
            if bytes.get(at) != Some(&b',') {
                return None;
            }
            at += 1;
            out += separator.len();
        }
        at = map_literal(cursor, white_space(at), part, out, anchors)?;
        out += part.len();
    }
    (bytes.get(white_space(at)) == Some(&b']')).then_some(())
}

/// The character of the escape sequence at `bytes[at]` (a backslash) and its length in bytes.
fn escape(bytes: &[u8], at: usize) -> Option<(char, usize)> {
    let c = match *bytes.get(at + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let high = hex4(bytes, at + 2)?;
            if !(0xD800..0xDC00).contains(&high) {
                return Some((char::from_u32(high)?, 6));
            }
            // A surrogate pair: `\uD83D\uDE00` is one character.
            if bytes.get(at + 6..at + 8)? != b"\\u" {
                return None;
            }
            let low = hex4(bytes, at + 8)?;
            if !(0xDC00..0xE000).contains(&low) {
                return None;
            }
            let c = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
            return Some((char::from_u32(c)?, 12));
        }
        _ => return None,
    };
    Some((c, 2))
}

fn hex4(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = std::str::from_utf8(bytes.get(at..at + 4)?).ok()?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, keys: &[&str]) -> Vec<Option<usize>> {
        let paths: Vec<Path> = keys.iter().map(|k| Path::new(k)).collect();
        find_values(text, &paths)
    }

    /// The anchors of the literal at `start`, as (offset in decoded, column).
    fn anchors(text: &str, start: usize, decoded: &str) -> Option<Vec<(usize, usize)>> {
        let mut cursor = Cursor::new(text, 1, true);
        let mut anchors = Vec::new();
        map_literal(&mut cursor, start, decoded, 0, &mut anchors)?;
        Some(anchors.iter().map(|a| (a.at, a.column)).collect())
    }

    #[test]
    fn finds_keys_pointers_and_indices_with_the_last_duplicate_winning() {
        let text = r#" { "a" : 1, "b": {"c": [true, null, "x"]}, "a": "two", "e~/f": {"": 5} } "#;
        let found = values(
            text,
            &["a", "/b/c/2", "/b/c/02", "/e~0~1f/", "/b/c/+1", "zz"],
        );
        let at = |needle: &str| Some(text.find(needle).unwrap());
        assert_eq!(
            found,
            vec![at("\"two\""), at("\"x\""), None, at("5"), None, None]
        );
        // A repeated object replaces the earlier one whole, as in serde_json.
        let text = r#"{"s": {"t": "old"}, "s": {"u": 1}}"#;
        assert_eq!(values(text, &["/s/t", "/s/u"]), vec![None, text.find('1')]);
    }

    #[test]
    fn gives_up_on_what_is_not_json_without_panicking() {
        for text in [
            "",
            "{",
            "{\"a\"",
            "{\"a\": \"x",
            "{\"a\": [1,",
            "\"\\",
            "{\"a\":}",
            "[[[[",
        ] {
            assert!(
                values(text, &["a", "/a/0"]).iter().all(Option::is_none),
                "{text:?}"
            );
        }
        let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
        assert_eq!(values(&deep, &["/0"]), vec![None]);
    }

    #[test]
    fn surrogate_pairs_emoji_and_escapes_anchor_after_each() {
        let text = r#""a\ud83d\ude00b\u00e9\n😀c""#;
        assert_eq!(
            anchors(text, 0, "a😀bé\n😀c"),
            // `a` at column 2; after the pair (12 characters), `b` at 15; after `\u00e9` at
            // 22; after `\n` at 24.
            Some(vec![(0, 2), (5, 15), (8, 22), (9, 24)])
        );
        // A lone surrogate or a broken escape is not decoded: no map.
        assert_eq!(anchors(r#""\ud83d x""#, 0, "?"), None);
        assert_eq!(anchors(r#""\uzzzz""#, 0, "?"), None);
        assert_eq!(anchors(r#""\q""#, 0, "q"), None);
    }

    #[test]
    fn a_decoding_that_differs_gives_no_map() {
        let text = r#""plain \"quoted\"""#;
        assert!(anchors(text, 0, "plain \"quoted\"").is_some());
        assert_eq!(anchors(text, 0, "plain \"quoted\" and more"), None);
        assert_eq!(anchors(text, 0, "plain 'quoted'"), None);
        assert_eq!(anchors(text, 0, "plain"), None);
        assert_eq!(anchors(text, 1, "plain \"quoted\""), None);
    }

    #[test]
    fn cursor_counts_lines_and_code_points_and_can_start_over() {
        let text = "é\r\nab\rc😀d\ne";
        let mut file = Cursor::new(text, 1, true);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(file.position(at("b")), (2, 2));
        assert_eq!(file.position(at("d")), (3, 3));
        assert_eq!(file.position(at("e")), (4, 1));
        assert_eq!(file.position(at("a")), (2, 1));
        // In a JSONL record only LF ends a line (and a record has none).
        let mut record = Cursor::new("ab\rc😀d", 9, false);
        assert_eq!(record.position("ab\rc😀".len()), (9, 6));
    }
}
