/*!
JSON articles: an object with a headline and a body.

The field names vary between exports, so several are accepted ([`JsonFields`]): the headline
from `headline` or `title`, the body from `body`, `text` or `content`, a string or an array of
strings (paragraphs, joined with a blank line). [`article_from_value`] is shared with the batch
runner, which reads one such object per line of a JSONL file.

The fields are mapped to the file all the same, so that a finding's line and column point at
its word: a scanner (the private `json::scan`) finds where the chosen strings are in the raw
text and anchors their decoded text to it after each escape sequence (`\"` is two characters
in the file, one in the text). A JSONL record's fields point into its line of the stream
([`JsonPlace`]).
*/

mod scan;

use serde_json::Value;

use super::{Article, Field, InputFormat};
use crate::error::ArticleError;

/// Which keys hold an article's id, headline and body; the first key present wins. A key
/// starting with `/` is a JSON Pointer into nested objects (`/story/title`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFields {
    pub id: Vec<String>,
    pub headline: Vec<String>,
    pub body: Vec<String>,
}

impl Default for JsonFields {
    fn default() -> JsonFields {
        let strings = |keys: &[&str]| keys.iter().map(|k| k.to_string()).collect();
        JsonFields {
            id: strings(&["id"]),
            headline: strings(&["headline", "title"]),
            body: strings(&["body", "text", "content"]),
        }
    }
}

/// Where the JSON text of an article is, for [`article_from_json`] to map its fields to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonPlace {
    /// The text is a whole file: it starts at line 1, column 1, and its lines end at LF,
    /// CRLF or a lone CR (as a text or Markdown file's).
    File,
    /// The text is line `n` (1-based) of a JSONL stream.
    Line(usize),
}

/// Paragraphs of a body given as an array of strings are joined with this.
const PARAGRAPH_BREAK: &str = "\n\n";

/// Parses a JSON file holding one article.
pub(super) fn parse(source: &str, text: &str) -> Result<Article, ArticleError> {
    let value: Value = serde_json::from_str(text).map_err(|e| json_error(source, text, &e))?;
    // A file's articles are named by their path, whatever id they carry.
    let fields = JsonFields {
        id: Vec::new(),
        ..JsonFields::default()
    };
    article_from_json(source, text, &value, &fields, JsonPlace::File).map_err(|message| {
        ArticleError::Format {
            path: source.to_string(),
            message,
        }
    })
}

/// Builds an article from a decoded JSON object. The article's source is its id when the
/// object has one (a string or a number), else `source`. The error says what was expected and
/// what was found.
///
/// The fields have no place in a file: findings are located within the field's text. Use
/// [`article_from_json`] when the JSON text is at hand.
pub fn article_from_value(
    source: &str,
    value: &Value,
    fields: &JsonFields,
) -> Result<Article, String> {
    let parts = Parts::of(source, value, fields)?;
    let headline = parts.headline.map(|(_, h)| Field::new(h));
    let body = Field::new(parts.body.join(PARAGRAPH_BREAK));
    Ok(parts.article(headline, body))
}

/// [`article_from_value`] for `value` parsed from `text`, which is at `place` in its file:
/// the headline and the body are mapped to where their strings are in the file (see
/// [`Field::anchors`]), so findings point into it, escapes and all.
pub fn article_from_json(
    source: &str,
    text: &str,
    value: &Value,
    fields: &JsonFields,
    place: JsonPlace,
) -> Result<Article, String> {
    let parts = Parts::of(source, value, fields)?;
    let mut paths = vec![scan::Path::new(parts.body_key)];
    if let Some((key, _)) = parts.headline {
        paths.push(scan::Path::new(key));
    }
    let found = scan::find_values(text, &paths);
    let mut cursor = match place {
        JsonPlace::File => scan::Cursor::new(text, 1, true),
        JsonPlace::Line(line) => scan::Cursor::new(text, line, false),
    };

    let body_text = parts.body.join(PARAGRAPH_BREAK);
    let mut anchors = Vec::new();
    let mapped = found[0].and_then(|at| match parts.body_is_array {
        false => scan::map_literal(&mut cursor, at, &body_text, 0, &mut anchors).map(drop),
        true => scan::map_array(&mut cursor, at, &parts.body, PARAGRAPH_BREAK, &mut anchors),
    });
    debug_assert!(mapped.is_some(), "body of {source} not found in {text:?}");
    let body = match mapped {
        Some(()) => Field::mapped(body_text, anchors),
        None => Field::new(body_text),
    };

    let headline = parts.headline.map(|(_, h)| {
        let mut anchors = Vec::new();
        let mapped = found[1].and_then(|at| scan::map_literal(&mut cursor, at, h, 0, &mut anchors));
        debug_assert!(
            mapped.is_some(),
            "headline of {source} not found in {text:?}"
        );
        match mapped {
            Some(_) => Field::mapped(h, anchors),
            None => Field::new(h),
        }
    });
    Ok(parts.article(headline, body))
}

/// What an article is made of, found in a JSON object.
struct Parts<'v> {
    id: String,
    /// The headline's key and text.
    headline: Option<(&'v str, &'v str)>,
    body_key: &'v str,
    /// The body's paragraphs: one for a string, each string of an array.
    body: Vec<&'v str>,
    body_is_array: bool,
}

impl<'v> Parts<'v> {
    fn of(source: &str, value: &'v Value, fields: &'v JsonFields) -> Result<Parts<'v>, String> {
        let Value::Object(object) = value else {
            let hint = if value.is_array() {
                " (for many articles, write one object per line as JSONL and use `slant batch`)"
            } else {
                ""
            };
            return Err(format!(
                "expected a JSON object with a headline and a body, found {}{hint}",
                describe(value)
            ));
        };
        let lookup = |keys| lookup(value, keys);

        let id = match lookup(&fields.id) {
            Some((_, Value::String(id))) if !id.trim().is_empty() => id.trim().to_string(),
            Some((_, Value::Number(id))) => id.to_string(),
            Some((key, other)) if !matches!(other, Value::String(_)) => {
                return Err(format!(
                    "`{key}` must be a string or a number, found {}",
                    describe(other)
                ))
            }
            _ => source.to_string(),
        };
        let headline = match lookup(&fields.headline) {
            None => None,
            Some((key, Value::String(headline))) => Some((key, headline.as_str())),
            Some((key, other)) => {
                return Err(format!(
                    "`{key}` must be a string, found {}",
                    describe(other)
                ))
            }
        };
        let (body_key, body, body_is_array) = match lookup(&fields.body) {
            None => {
                let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
                keys.truncate(10);
                return Err(format!(
                    "no body: expected one of {} (a string or an array of strings), found {}",
                    quoted_list(&fields.body),
                    if keys.is_empty() {
                        "an empty object".to_string()
                    } else {
                        format!("keys {}", quoted_list(&keys))
                    }
                ));
            }
            Some((key, Value::String(body))) => (key, vec![body.as_str()], false),
            Some((key, Value::Array(parts))) => {
                let mut paragraphs = Vec::with_capacity(parts.len());
                for (i, part) in parts.iter().enumerate() {
                    match part {
                        Value::String(p) => paragraphs.push(p.as_str()),
                        other => {
                            return Err(format!(
                                "`{key}[{i}]` must be a string, found {}",
                                describe(other)
                            ))
                        }
                    }
                }
                (key, paragraphs, true)
            }
            Some((key, other)) => {
                return Err(format!(
                    "`{key}` must be a string or an array of strings, found {}",
                    describe(other)
                ))
            }
        };
        Ok(Parts {
            id,
            headline,
            body_key,
            body,
            body_is_array,
        })
    }

    /// The article, its headline trimmed (and none when blank), as [`Article::from_parts`].
    fn article(self, headline: Option<Field>, body: Field) -> Article {
        Article {
            source: self.id,
            format: InputFormat::Json,
            headline: headline.map(Field::trimmed).filter(|h| !h.text.is_empty()),
            body,
            notes: Vec::new(),
            ignore_terms: Vec::new(),
            source_is_file: false,
        }
    }
}

/// A record's own id (the first of `fields.id` present, a non-blank string or a number), as
/// its report's source would be: error records carry it too, so a failure is traced by id from
/// any engine, whatever line of whatever partition it was.
pub fn record_id(value: &Value, fields: &JsonFields) -> Option<String> {
    match lookup(value, &fields.id)?.1 {
        Value::String(id) if !id.trim().is_empty() => Some(id.trim().to_string()),
        Value::Number(id) => Some(id.to_string()),
        _ => None,
    }
}

/// The first of `keys` present (and not null) in `value`, with its value.
fn lookup<'v>(value: &'v Value, keys: &'v [String]) -> Option<(&'v str, &'v Value)> {
    keys.iter().find_map(|key| {
        let found = if key.starts_with('/') {
            value.pointer(key)
        } else {
            value.get(key)
        };
        found.filter(|v| !v.is_null()).map(|v| (key.as_str(), v))
    })
}

/// A syntax error with its line and column (code points; serde_json counts bytes).
fn json_error(source: &str, text: &str, error: &serde_json::Error) -> ArticleError {
    let line = error.line().max(1);
    let line_text = text.split('\n').nth(line - 1).unwrap_or("");
    let mut byte_column = error.column().min(line_text.len());
    while !line_text.is_char_boundary(byte_column) {
        byte_column -= 1;
    }
    let column = line_text[..byte_column].chars().count().max(1);
    // serde_json's message ends with its own " at line L column C"; ours are in the prefix.
    let message = error.to_string();
    let message = message
        .rfind(" at line ")
        .map_or(message.as_str(), |at| &message[..at])
        .to_string();
    ArticleError::Json {
        path: source.to_string(),
        line,
        column,
        message,
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn quoted_list<S: AsRef<str>>(keys: &[S]) -> String {
    keys.iter()
        .map(|k| format!("`{}`", k.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The rest of the line of `text` from 1-based `line`:`column` (code points) on; lines
    /// end at LF, CRLF or a lone CR.
    fn in_file(text: &str, (line, column): (usize, usize)) -> &str {
        let line = text
            .split("\r\n")
            .flat_map(|l| l.split(['\n', '\r']))
            .nth(line - 1)
            .unwrap_or_else(|| panic!("no line {line}"));
        let at: usize = line.chars().take(column - 1).map(char::len_utf8).sum();
        &line[at.min(line.len())..]
    }

    /// Asserts that the first `word` in `field` is reported where `text` (the file) reads
    /// `raw`, through both ways of asking.
    fn assert_at(text: &str, field: &Field, word: &str, raw: &str) {
        let at = field
            .text
            .find(word)
            .unwrap_or_else(|| panic!("`{word}` not in {:?}", field.text));
        let position = field.line_column(at);
        let lines = crate::vocab::LineIndex::new(&field.text);
        assert_eq!(field.line_column_indexed(&lines, at), position, "`{word}`");
        assert!(
            in_file(text, position).starts_with(raw),
            "`{word}` reported at {position:?}, where the file reads {:?}, not {raw:?}",
            in_file(text, position)
        );
    }

    fn body_and_headline(text: &str) -> (Field, Field) {
        let article = parse("a.json", text).unwrap();
        (article.body, article.headline.expect("a headline"))
    }

    fn headline(article: &Article) -> Option<&str> {
        article.headline.as_ref().map(|h| h.text.as_str())
    }

    #[test]
    fn headline_and_body_with_alternative_names() {
        for text in [
            r#"{"headline": "Storm hits coast", "body": "It rained."}"#,
            r#"{"title": "Storm hits coast", "text": "It rained."}"#,
            r#"{"title": " Storm hits coast ", "content": "It rained.", "extra": 1}"#,
        ] {
            let article = parse("a.json", text).unwrap();
            assert_eq!(headline(&article), Some("Storm hits coast"), "{text}");
            assert_eq!(article.body.text, "It rained.");
            // The body is mapped to the file: its first character is that of "It rained."
            let o = article.body.origin().unwrap();
            assert_eq!(o.line, 1);
            assert!(text
                .chars()
                .skip(o.column - 1)
                .collect::<String>()
                .starts_with("It rained."));
            assert_eq!(article.source, "a.json");
            assert_eq!(article.format, InputFormat::Json);
        }
    }

    #[test]
    fn escapes_move_the_columns_of_what_follows() {
        let text = r#"{"headline": "A \"slammed\" plan", "body": "Line one.\nThe \u00e9lite \ud83d\ude00 plan, \"slammed\".\tEnd \/ \\ \b\f\r done"}"#;
        let (body, headline) = body_and_headline(text);
        assert_eq!(headline.text, "A \"slammed\" plan");
        assert_eq!(
            body.text,
            "Line one.\nThe élite 😀 plan, \"slammed\".\tEnd / \\ \u{8}\u{c}\r done"
        );
        // A finding right after an escape, and the escaped quote itself (reported at its
        // backslash).
        assert_at(text, &headline, "slammed", "slammed\\\"");
        assert_at(text, &headline, "\"", "\\\"slammed");
        assert_at(text, &headline, "plan", "plan\"");
        assert_at(text, &body, "Line", "Line one.\\n");
        assert_at(text, &body, "\n", "\\nThe");
        assert_at(text, &body, "The", "The \\u00e9lite");
        assert_at(text, &body, "élite", "\\u00e9lite");
        assert_at(text, &body, "lite", "lite \\ud83d");
        // A surrogate pair is one character, reported at its first `\u`.
        assert_at(text, &body, "😀", "\\ud83d\\ude00 plan");
        assert_at(text, &body, "plan", "plan, ");
        assert_at(text, &body, "slammed", "slammed\\\".");
        assert_at(text, &body, "End", "End \\/");
        assert_at(text, &body, "done", "done\"}");
    }

    #[test]
    fn raw_wide_characters_count_as_one_column_each() {
        let text = "{\"headline\": \"Café 😀 中文 plan slammed\", \"body\": \"naïve \\\"crackdown\\\" 😀\"}";
        let (body, headline) = body_and_headline(text);
        assert_at(text, &headline, "slammed", "slammed\"");
        assert_at(text, &body, "crackdown", "crackdown\\\"");
        assert_at(text, &body, "😀", "😀\"}");
    }

    #[test]
    fn pretty_printed_files_with_lf_crlf_or_lone_cr() {
        for newline in ["\n", "\r\n", "\r"] {
            let text = [
                "{",
                "  \"id\": 7,",
                "  \"title\": \"Council slams plan\",",
                "  \"body\": [",
                "    \"First \\\"paragraph\\\".\",",
                "",
                "    \"Second one, slammed.\"",
                "  ]",
                "}",
            ]
            .join(newline);
            let (body, headline) = body_and_headline(&text);
            assert_eq!(headline.line_column(0), (3, 13), "{newline:?}");
            assert_at(&text, &headline, "slams", "slams plan");
            assert_eq!(body.text, "First \"paragraph\".\n\nSecond one, slammed.");
            assert_at(&text, &body, "First", "First");
            assert_at(&text, &body, "paragraph", "paragraph\\\"");
            // Past the paragraph break, which is not in the file: the next string.
            assert_at(&text, &body, "Second", "Second one");
            assert_eq!(
                body.line_column(body.text.find("slammed").unwrap()),
                (7, 18)
            );
        }
    }

    #[test]
    fn trimmed_headline_keeps_its_place() {
        let text = r#"{"headline": " \n\t Storm \"slams\" coast \n", "body": "B"}"#;
        let (_, headline) = body_and_headline(text);
        assert_eq!(headline.text, "Storm \"slams\" coast");
        assert_at(text, &headline, "Storm", "Storm \\\"");
        assert_at(text, &headline, "slams", "slams\\\"");
        assert_at(text, &headline, "coast", "coast \\n");
        assert_eq!(headline.line_column(0), (1, 21));
    }

    #[test]
    fn nested_pointer_keys_and_array_indices() {
        let fields = JsonFields {
            id: vec![],
            headline: vec!["/story/title".into()],
            body: vec!["/items/1/a~1b".into()],
        };
        // Decoys: the same keys elsewhere, an escaped key, and a repeated key (the last
        // counts, as in serde_json).
        let text = r#"{"title": "Decoy slammed", "story": {"title": "Old slammed"}, "items": [{"a/b": "decoy"}, {"x": [1, {"a/b": "no"}], "a\u002fb": "Inner slammed body", "n": -1.5e3}], "story": {"meta": {"title": "deeper"}, "title": "Real \"slammed\" title", "t": true}}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        let article = article_from_json("x", text, &value, &fields, JsonPlace::Line(42)).unwrap();
        let headline = article.headline.unwrap();
        assert_eq!(headline.text, "Real \"slammed\" title");
        assert_eq!(article.body.text, "Inner slammed body");
        let at = |field: &Field, word: &str| field.line_column(field.text.find(word).unwrap());
        let column = |raw: &str| text[..text.find(raw).unwrap()].chars().count() + 1;
        assert_eq!(at(&headline, "slammed"), (42, column("slammed\\\" title")));
        assert_eq!(at(&article.body, "slammed"), (42, column("slammed body")));
    }

    #[test]
    fn escaped_keys_and_a_body_before_the_headline() {
        let text =
            r#"{"text": "Body \"slammed\".", "hea\u0064line": "Head slammed", "headline": null}"#;
        let (body, _) = body_and_headline(&text.replace(r#", "headline": null"#, ""));
        assert_at(text, &body, "slammed", "slammed\\\"");
        // `headline` is null, so `title`... is absent too: no headline at all.
        let article = parse("a.json", text).unwrap();
        assert_eq!(article.headline, None);
        let text = r#"{"text": "Body \"slammed\".", "hea\u0064line": "Head slammed"}"#;
        let (body, headline) = body_and_headline(text);
        assert_at(text, &headline, "slammed", "slammed\"}");
        assert_at(text, &body, "slammed", "slammed\\\"");
    }

    #[test]
    fn without_the_text_fields_count_from_their_start() {
        let value = json!({"headline": "  Storm \"slams\"", "body": ["One.", "Two slams."]});
        let article = article_from_value("x", &value, &JsonFields::default()).unwrap();
        let headline = article.headline.unwrap();
        assert_eq!(headline.origin(), None);
        assert_eq!(
            headline.line_column(headline.text.find("slams").unwrap()),
            (1, 8)
        );
        assert_eq!(
            article
                .body
                .line_column(article.body.text.find("Two").unwrap()),
            (3, 1)
        );
    }

    #[test]
    fn fixture_with_array_body() {
        let text = include_str!("../../tests/fixtures/articles/article.json");
        let article = parse("article.json", text).unwrap();
        assert_eq!(
            headline(&article),
            Some("Harbour council rejects ferry plan")
        );
        assert_eq!(article.body.text.matches("\n\n").count(), 1);
        // A file keeps its path as source; the id is for JSONL records.
        assert_eq!(article.source, "article.json");
    }

    #[test]
    fn missing_or_null_headline_is_none() {
        let article = parse("a.json", r#"{"body": "Text."}"#).unwrap();
        assert_eq!(article.headline, None);
        let article = parse("a.json", r#"{"headline": null, "body": "Text."}"#).unwrap();
        assert_eq!(article.headline, None);
    }

    #[test]
    fn syntax_error_has_line_and_code_point_column() {
        let text = "{\n  \"headline\": \"Café\" \"body\": \"x\"\n}";
        let err = parse("a.json", text).unwrap_err();
        match &err {
            ArticleError::Json {
                line,
                column,
                message,
                ..
            } => {
                assert_eq!(*line, 2);
                // The stray string starts at code point column 22 ("Café" has one 2-byte char).
                assert_eq!(*column, 22);
                assert!(!message.contains(" at line "), "{message}");
            }
            other => panic!("unexpected {other}"),
        }
        assert!(
            err.to_string().starts_with("a.json:2:22: invalid JSON"),
            "{err}"
        );
    }

    #[test]
    fn wrong_shapes_say_what_was_expected_and_found() {
        let cases = [
            ("[1, 2]", "found an array"),
            ("\"text\"", "found a string"),
            (
                r#"{"headline": "H", "summary": "S"}"#,
                "`body`, `text`, `content`",
            ),
            (
                r#"{"headline": "H", "summary": "S"}"#,
                "`headline`, `summary`",
            ),
            (
                r#"{"headline": 3, "body": "B"}"#,
                "`headline` must be a string, found a number",
            ),
            (
                r#"{"body": {"a": 1}}"#,
                "`body` must be a string or an array of strings",
            ),
            (
                r#"{"body": ["a", 2]}"#,
                "`body[1]` must be a string, found a number",
            ),
        ];
        for (text, expected) in cases {
            match parse("a.json", text) {
                Err(ArticleError::Format { path, message }) => {
                    assert_eq!(path, "a.json");
                    assert!(message.contains(expected), "{text}: {message}");
                }
                other => panic!("{text}: unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn article_from_value_uses_the_id_and_custom_fields() {
        let fields = JsonFields::default();
        let value = json!({"id": 42, "title": "H", "body": "B"});
        let article = article_from_value("news.jsonl:3", &value, &fields).unwrap();
        assert_eq!(article.source, "42");
        let value = json!({"title": "H", "body": "B"});
        let article = article_from_value("news.jsonl:3", &value, &fields).unwrap();
        assert_eq!(article.source, "news.jsonl:3");

        let fields = JsonFields {
            id: vec!["uid".into()],
            headline: vec!["/story/hed".into()],
            body: vec!["/story/paragraphs".into()],
        };
        let value =
            json!({"uid": "a-1", "story": {"hed": "Storm", "paragraphs": ["One.", "Two."]}});
        let article = article_from_value("x", &value, &fields).unwrap();
        assert_eq!(article.source, "a-1");
        assert_eq!(headline(&article), Some("Storm"));
        assert_eq!(article.body.text, "One.\n\nTwo.");
    }
}
