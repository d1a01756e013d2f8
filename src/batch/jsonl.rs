/*!
JSONL inputs: one article per line, as exported by scrapers and data pipelines, or piped in on
standard input (`slant batch --stdin`, the map step of Spark `RDD.pipe` or Hadoop streaming).

Reading is split in two so the expensive half runs in parallel: [`JsonlLines`] only cuts the
stream into lines (on the reading thread, a bounded line at a time), and [`parse_record`]
decodes one line into an [`Article`] (on a worker thread). A bad line is an error naming
`file:LINE` and the lines after it are still read.
*/

use std::io::{BufRead, Read};

use serde_json::Value;

use super::Unit;
use crate::article::json::{article_from_json, record_id, JsonFields, JsonPlace};
use crate::article::Article;
use crate::report::{ErrorPlace, FileError};

/// The non-blank lines of a JSONL stream, as [`Unit::Record`]s. A line longer than the limit
/// is skipped (reported as an error) without being held in memory, and so is a line that is
/// not UTF-8; an I/O error ends the stream with one error.
pub struct JsonlLines<R> {
    name: String,
    reader: R,
    line: usize,
    max_line_length: usize,
    done: bool,
}

impl<R: BufRead> JsonlLines<R> {
    pub fn new(name: String, reader: R, max_line_length: usize) -> JsonlLines<R> {
        JsonlLines {
            name,
            reader,
            line: 0,
            max_line_length,
            done: false,
        }
    }

    fn error(&self, kind: &str, message: String) -> Unit {
        Unit::Failed(FileError {
            source: format!("{}:{}", self.name, self.line),
            kind: kind.to_string(),
            message: format!("{}:{}: {message}", self.name, self.line),
            at: Some(ErrorPlace {
                path: self.name.clone(),
                line: self.line,
                column: None,
            }),
        })
    }

    /// Discards the rest of an over-long line, a buffer at a time.
    fn skip_rest_of_line(&mut self) -> std::io::Result<()> {
        loop {
            let buf = self.reader.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            match buf.iter().position(|&b| b == b'\n') {
                Some(at) => {
                    self.reader.consume(at + 1);
                    return Ok(());
                }
                None => {
                    let n = buf.len();
                    self.reader.consume(n);
                }
            }
        }
    }
}

impl<R: BufRead> Iterator for JsonlLines<R> {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        let limit = self.max_line_length as u64;
        let mut bytes = Vec::new();
        while !self.done {
            bytes.clear();
            // At most limit + 1 bytes (plus the newline): enough to know the line is too long.
            let read = (&mut self.reader)
                .take(limit + 2)
                .read_until(b'\n', &mut bytes);
            let n = match read {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    self.line += 1;
                    return Some(self.error("io", format!("cannot read: {e}")));
                }
            };
            if n == 0 {
                self.done = true;
                return None;
            }
            self.line += 1;
            let ended = bytes.last() == Some(&b'\n');
            if ended {
                bytes.pop();
            }
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
            if bytes.len() as u64 > limit {
                if !ended {
                    if let Err(e) = self.skip_rest_of_line() {
                        self.done = true;
                        return Some(self.error("io", format!("cannot read: {e}")));
                    }
                }
                return Some(self.error(
                    "line-too-long",
                    format!(
                        "a line over the line-length limit of {} bytes (raise it with --max-line-length)",
                        self.max_line_length
                    ),
                ));
            }
            let text = match String::from_utf8(std::mem::take(&mut bytes)) {
                Ok(text) => text,
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    return Some(self.error(
                        "invalid-utf8",
                        format!("invalid UTF-8 at byte {} of the line", at + 1),
                    ));
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            return Some(Unit::Record {
                name: self.name.clone(),
                line: self.line,
                text,
            });
        }
        None
    }
}

/// Decodes one JSONL line into an article. Its source is the record's id when it has one,
/// else `name:LINE`. Its fields point into line `line` of the stream. Errors name `name:LINE` (and the column, in code points, for bad JSON).
pub fn parse_record(
    name: &str,
    line: usize,
    text: &str,
    fields: &JsonFields,
) -> Result<Article, FileError> {
    let at = format!("{name}:{line}");
    // An error record's source is the record's id where it has one, as a report's would be,
    // so it joins back to the input by id; its place in this stream stays in `at`.
    let error = |id: Option<String>, kind: &str, message: String, column: Option<usize>| {
        let (source, message) = match id {
            Some(id) => (id.clone(), format!("{message} (record id `{id}`)")),
            None => (at.clone(), message),
        };
        FileError {
            source,
            kind: kind.to_string(),
            message,
            at: Some(ErrorPlace {
                path: name.to_string(),
                line,
                column,
            }),
        }
    };
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let column = code_point_column(text, e.column());
        let message = e.to_string();
        let message = message
            .rfind(" at line ")
            .map_or(message.as_str(), |i| &message[..i]);
        error(
            salvage_id(text, fields),
            "json",
            format!("{at}:{column}: invalid JSON: {message}"),
            Some(column),
        )
    })?;
    let id = || record_id(&value, fields);
    let mut article = article_from_json(&at, text, &value, fields, JsonPlace::Line(line))
        .map_err(|m| error(id(), "format", format!("{at}: {m}"), None))?;
    if article.headline.is_none() {
        if article.body.text.trim().is_empty() {
            return Err(error(
                id(),
                "no-text",
                format!("{at}: no text to analyse (the record has no headline and no body)"),
                None,
            ));
        }
        article
            .notes
            .push("no headline found: the text is analysed as body only".to_string());
    }
    Ok(article)
}

/// serde_json counts columns in bytes; slant counts code points.
/// The id of a line that is not valid JSON, where it can still be read: the first plain key of
/// `fields.id` at the top level of the object, before the error, holding a string or a number.
/// Strings are skipped whole, so an `"id":` inside a value or a nested object is not taken.
fn salvage_id(text: &str, fields: &JsonFields) -> Option<String> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.checked_sub(1)?,
            b'"' => {
                // A string: find its end, then whether it is a top-level key.
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let end = (i + 1).min(bytes.len());
                let rest = text.get(end..)?.trim_start();
                if depth == 1 {
                    if let (Some(value), Ok(key)) = (
                        rest.strip_prefix(':'),
                        serde_json::from_str::<String>(text.get(start..end)?),
                    ) {
                        if fields.id.contains(&key) {
                            let mut values =
                                serde_json::Deserializer::from_str(value).into_iter::<Value>();
                            return match values.next()?.ok()? {
                                Value::String(id) if !id.trim().is_empty() => {
                                    Some(id.trim().to_string())
                                }
                                Value::Number(id) => Some(id.to_string()),
                                _ => None,
                            };
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn code_point_column(text: &str, byte_column: usize) -> usize {
    let mut at = byte_column.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at].chars().count().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, limit: usize) -> Vec<Unit> {
        JsonlLines::new("in.jsonl".to_string(), input.as_bytes(), limit).collect()
    }

    #[test]
    fn error_records_carry_the_record_id() {
        let fields = JsonFields::default();
        let err = parse_record("<stdin>", 207, r#"{"id": "a1", "body": 5}"#, &fields).unwrap_err();
        assert_eq!(err.source, "a1");
        assert!(err.message.starts_with("<stdin>:207: "), "{}", err.message);
        assert!(err.message.ends_with("(record id `a1`)"), "{}", err.message);
        assert_eq!(err.at.as_ref().map(|a| a.line), Some(207));
        // Invalid JSON: the id is read up to the error, at the top level only.
        let err = parse_record("f", 3, r#"{"id": 42, "body": "x" oops}"#, &fields).unwrap_err();
        assert_eq!((err.source.as_str(), err.kind.as_str()), ("42", "json"));
        for line in [
            r#"{"meta": {"id": "inner"}, oops}"#,
            r#"{"body": "\"id\": \"quoted\"", oops}"#,
            r#"{"id": , "body": "x"}"#,
            "not json",
        ] {
            let err = parse_record("f", 3, line, &fields).unwrap_err();
            assert_eq!(err.source, "f:3", "{line}");
        }
        // Without an id the stream's place is the source, as before.
        let err = parse_record("f", 4, r#"{"body": ""}"#, &fields).unwrap_err();
        assert_eq!(err.source, "f:4");
    }

    #[test]
    fn cuts_lines_and_counts_blank_ones() {
        let units = lines("a\r\n\n  \nb", 100);
        assert_eq!(
            units,
            vec![
                Unit::Record {
                    name: "in.jsonl".into(),
                    line: 1,
                    text: "a".into()
                },
                Unit::Record {
                    name: "in.jsonl".into(),
                    line: 4,
                    text: "b".into()
                },
            ]
        );
    }

    #[test]
    fn long_line_is_an_error_and_reading_goes_on() {
        let units = lines("short\nxxxxxxxxxxxxxxxxxxxx\nnext\n", 10);
        assert_eq!(units.len(), 3);
        match &units[1] {
            Unit::Failed(e) => {
                assert_eq!(e.kind, "line-too-long");
                assert!(e.message.starts_with("in.jsonl:2: "), "{}", e.message);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&units[2], Unit::Record { line: 3, text, .. } if text == "next"));
    }

    #[test]
    fn invalid_utf8_line_is_an_error() {
        let bytes: &[u8] = b"ok\n\xff\xfe\nok\n";
        let units: Vec<Unit> = JsonlLines::new("x".into(), bytes, 100).collect();
        assert_eq!(units.len(), 3);
        assert!(
            matches!(&units[1], Unit::Failed(e) if e.kind == "invalid-utf8" && e.source == "x:2")
        );
    }

    #[test]
    fn parse_record_errors_name_the_line() {
        let fields = JsonFields::default();
        let err = parse_record("n.jsonl", 7, "{\"headline\": \"Café\" oops}", &fields).unwrap_err();
        assert_eq!(err.source, "n.jsonl:7");
        assert_eq!(err.kind, "json");
        assert!(
            err.message.starts_with("n.jsonl:7:21: invalid JSON"),
            "{}",
            err.message
        );

        let err = parse_record("n.jsonl", 2, "[1]", &fields).unwrap_err();
        assert_eq!(err.kind, "format");
        assert!(err.message.starts_with("n.jsonl:2: expected a JSON object"));

        let err = parse_record("n.jsonl", 3, "{\"body\": \"  \"}", &fields).unwrap_err();
        assert_eq!(err.kind, "no-text");
    }

    #[test]
    fn record_fields_point_into_their_line_of_the_stream() {
        // CRLF line ends, a blank line, escapes and wide characters before the finding.
        let records = [
            r#"{"id": "a", "title": "Plan \"slammed\"", "text": "B"}"#,
            r#"{"id": "b", "text": ["Café 😀 \u00e9\n", "x \"crackdown\" y"], "title": "T"}"#,
        ];
        let input = format!("{}\r\n\r\n{}\r\n", records[0], records[1]);
        let fields = JsonFields::default();
        let articles: Vec<Article> = lines(&input, 1000)
            .into_iter()
            .map(|unit| match unit {
                Unit::Record { name, line, text } => {
                    parse_record(&name, line, &text, &fields).unwrap()
                }
                other => panic!("{other:?}"),
            })
            .collect();
        let column =
            |record: &str, raw: &str| record[..record.find(raw).unwrap()].chars().count() + 1;

        let headline = articles[0].headline.as_ref().unwrap();
        let at = headline.text.find("slammed").unwrap();
        assert_eq!(
            headline.line_column(at),
            (1, column(records[0], "slammed\\"))
        );

        let body = &articles[1].body;
        let at = body.text.find("crackdown").unwrap();
        assert_eq!(body.line_column(at), (3, column(records[1], "crackdown")));
    }

    #[test]
    fn parse_record_uses_the_id_else_the_line() {
        let fields = JsonFields::default();
        let a = parse_record(
            "n.jsonl",
            1,
            r#"{"id": "x-1", "title": "T", "text": "B"}"#,
            &fields,
        )
        .unwrap();
        assert_eq!(a.source, "x-1");
        let a = parse_record("n.jsonl", 4, r#"{"title": "T", "text": "B"}"#, &fields).unwrap();
        assert_eq!(a.source, "n.jsonl:4");
    }
}
