/*!
JSON articles: an object with a headline and a body.

The field names vary between exports, so several are accepted ([`JsonFields`]): the headline
from `headline` or `title`, the body from `body`, `text` or `content`, a string or an array of
strings (paragraphs, joined with a blank line). [`article_from_value`] is shared with the batch
runner, which reads one such object per line of a JSONL file.

Decoded JSON strings have no fixed place in the file (escapes change lengths), so the fields
are not verbatim: findings are located within the field's text.
*/

use serde_json::Value;

use super::Article;
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

/// Parses a JSON file holding one article.
pub(super) fn parse(source: &str, text: &str) -> Result<Article, ArticleError> {
    let value: Value = serde_json::from_str(text).map_err(|e| json_error(source, text, &e))?;
    // A file's articles are named by their path, whatever id they carry.
    let fields = JsonFields {
        id: Vec::new(),
        ..JsonFields::default()
    };
    article_from_value(source, &value, &fields).map_err(|message| ArticleError::Format {
        path: source.to_string(),
        message,
    })
}

/// Builds an article from a decoded JSON object. The article's source is its id when the
/// object has one (a string or a number), else `source`. The error says what was expected and
/// what was found.
pub fn article_from_value(
    source: &str,
    value: &Value,
    fields: &JsonFields,
) -> Result<Article, String> {
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
        Some((_, Value::String(headline))) => Some(headline.as_str()),
        Some((key, other)) => {
            return Err(format!(
                "`{key}` must be a string, found {}",
                describe(other)
            ))
        }
    };
    let body = match lookup(&fields.body) {
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
        Some((_, Value::String(body))) => body.clone(),
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
            paragraphs.join("\n\n")
        }
        Some((key, other)) => {
            return Err(format!(
                "`{key}` must be a string or an array of strings, found {}",
                describe(other)
            ))
        }
    };

    Ok(Article::from_parts(id, headline, &body))
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
    use crate::article::InputFormat;
    use serde_json::json;

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
            assert_eq!(article.body.origin(), None);
            assert_eq!(article.source, "a.json");
            assert_eq!(article.format, InputFormat::Json);
        }
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
