/*!
Reading labelled data: JSONL files of span-labelled articles, labelled sentences or
headline–body pairs, one JSON object per line.

The task is told apart by the fields of the first record (see [`detect_task`]) unless the
caller forces one; every later record must then be of the same kind. Errors name the file and
the 1-based line.

Gold offsets in the files are Unicode code points (Python `str` indices), the unit annotation
tools produce; the engine works in bytes. They are converted here, once, with
[`byte_offset`], so nothing downstream ever sees a code-point offset.
*/

use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use thiserror::Error;

/// What a labelled file measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    /// Articles with loaded-language spans marked in the headline and body.
    Spans,
    /// Sentences labelled biased or not, optionally with the biased words.
    Sentences,
    /// Headline–body pairs labelled related or not (and optionally with a stance).
    Pairs,
}

impl Task {
    pub fn name(self) -> &'static str {
        match self {
            Task::Spans => "spans",
            Task::Sentences => "sentences",
            Task::Pairs => "pairs",
        }
    }
}

/// Why a labelled file could not be read.
#[derive(Debug, Error)]
pub enum EvalError {
    #[error("{path}: cannot read: {message}")]
    Io { path: String, message: String },
    #[error("{path}: no records (expected one JSON object per line)")]
    Empty { path: String },
    #[error("{path}:{line}:{column}: invalid JSON: {message}")]
    Json {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}:{line}: cannot tell the task from the fields {fields}: expected `loaded_spans` (spans), `text` and `biased` (sentences), or `headline`, `body` and `related` or `stance` (pairs); use --task to force one")]
    UnknownTask {
        path: String,
        line: usize,
        fields: String,
    },
    #[error("{path}:{line}: not a {task} record: {message}")]
    Record {
        path: String,
        line: usize,
        task: &'static str,
        message: String,
    },
}

/// The field of an article a span points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Headline,
    Body,
}

/// A gold span, converted to byte offsets into its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldSpan {
    pub part: Part,
    pub start: usize,
    pub end: usize,
}

/// An annotated span labelled inside a quotation or not (BASIL's `quote`), from the loaded
/// or the informational spans: what the voice measure checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoiceGold {
    pub part: Part,
    pub start: usize,
    pub end: usize,
    pub quoted: bool,
}

/// An article with its gold loaded-language spans.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanArticle {
    pub id: String,
    pub line: usize,
    pub headline: String,
    pub body: String,
    pub spans: Vec<GoldSpan>,
    /// Annotated spans that say whether they are inside a quotation (may be empty).
    pub voice_gold: Vec<VoiceGold>,
}

/// A sentence labelled biased or not.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub id: String,
    pub line: usize,
    pub text: String,
    pub biased: bool,
    /// The words annotators marked as carrying the bias (may be empty).
    pub biased_words: Vec<String>,
    /// BABE's judgement of the sentence: "Entirely factual", "Somewhat factual but also
    /// opinionated", "Expresses writer's opinion" or "No agreement" (absent when not given).
    pub label_opinion: Option<String>,
}

impl Sentence {
    /// Labelled "Entirely factual" and not biased: a sentence a desk would publish as
    /// straight news, where every flag is a false alarm.
    pub fn is_plain_fact(&self) -> bool {
        !self.biased && self.label_opinion.as_deref() == Some(ENTIRELY_FACTUAL)
    }
}

/// The `label_opinion` of a sentence that states facts only.
pub const ENTIRELY_FACTUAL: &str = "Entirely factual";

/// FNC-1 stances of a body towards a headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    Unrelated,
    Discuss,
    Agree,
    Disagree,
}

impl Stance {
    pub fn name(self) -> &'static str {
        match self {
            Stance::Unrelated => "unrelated",
            Stance::Discuss => "discuss",
            Stance::Agree => "agree",
            Stance::Disagree => "disagree",
        }
    }
}

/// A headline–body pair with its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub id: String,
    pub line: usize,
    pub headline: String,
    pub body: String,
    pub related: bool,
    pub stance: Option<Stance>,
}

/// The records of one labelled file.
#[derive(Debug, Clone, PartialEq)]
pub enum Dataset {
    Spans(Vec<SpanArticle>),
    Sentences(Vec<Sentence>),
    Pairs(Vec<Pair>),
}

impl Dataset {
    pub fn task(&self) -> Task {
        match self {
            Dataset::Spans(_) => Task::Spans,
            Dataset::Sentences(_) => Task::Sentences,
            Dataset::Pairs(_) => Task::Pairs,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Dataset::Spans(v) => v.len(),
            Dataset::Sentences(v) => v.len(),
            Dataset::Pairs(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads a labelled JSONL file; `task` forces the task instead of detecting it.
pub fn load(path: &Path, task: Option<Task>) -> Result<Dataset, EvalError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| EvalError::Io {
        path: name.clone(),
        message: e.to_string(),
    })?;
    parse(&name, &text, task)
}

/// Parses JSONL text; `name` is used in errors.
pub fn parse(name: &str, text: &str, task: Option<Task>) -> Result<Dataset, EvalError> {
    let mut dataset: Option<Dataset> = None;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(raw).map_err(|e| EvalError::Json {
            path: name.to_string(),
            line,
            column: e.column(),
            message: e.to_string(),
        })?;
        let Value::Object(object) = value else {
            return Err(record_error(
                name,
                line,
                task.unwrap_or(Task::Spans),
                "expected a JSON object",
            ));
        };
        let dataset = match &mut dataset {
            Some(d) => d,
            None => {
                let task = match task.or_else(|| detect_task(&object)) {
                    Some(t) => t,
                    None => {
                        let mut fields: Vec<&str> = object.keys().map(String::as_str).collect();
                        fields.sort_unstable();
                        return Err(EvalError::UnknownTask {
                            path: name.to_string(),
                            line,
                            fields: format!("[{}]", fields.join(", ")),
                        });
                    }
                };
                dataset.insert(match task {
                    Task::Spans => Dataset::Spans(Vec::new()),
                    Task::Sentences => Dataset::Sentences(Vec::new()),
                    Task::Pairs => Dataset::Pairs(Vec::new()),
                })
            }
        };
        let fail = |task: Task, message: String| record_error(name, line, task, &message);
        match dataset {
            Dataset::Spans(v) => {
                v.push(span_article(object, line).map_err(|m| fail(Task::Spans, m))?)
            }
            Dataset::Sentences(v) => {
                v.push(sentence(object, line).map_err(|m| fail(Task::Sentences, m))?)
            }
            Dataset::Pairs(v) => v.push(pair(object, line).map_err(|m| fail(Task::Pairs, m))?),
        }
    }
    dataset.ok_or_else(|| EvalError::Empty {
        path: name.to_string(),
    })
}

/// The task a record's fields imply, if any: `loaded_spans` means spans; `text` with `biased`
/// means sentences; `headline` and `body` with `related` or `stance` mean pairs.
pub fn detect_task(record: &Map<String, Value>) -> Option<Task> {
    let has = |k: &str| record.contains_key(k);
    if has("loaded_spans") {
        Some(Task::Spans)
    } else if has("text") && has("biased") {
        Some(Task::Sentences)
    } else if has("headline") && has("body") && (has("related") || has("stance")) {
        Some(Task::Pairs)
    } else {
        None
    }
}

/// The byte offset of code point `code_point` in `text`; the length of `text` for one past the
/// last character; `None` beyond that.
pub fn byte_offset(text: &str, code_point: usize) -> Option<usize> {
    text.char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()))
        .nth(code_point)
}

fn record_error(name: &str, line: usize, task: Task, message: &str) -> EvalError {
    EvalError::Record {
        path: name.to_string(),
        line,
        task: task.name(),
        message: message.to_string(),
    }
}

#[derive(Deserialize)]
struct RawSpanArticle {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    headline: Option<String>,
    body: String,
    loaded_spans: Vec<RawSpan>,
    /// Other annotated spans; read only for their quotation label.
    #[serde(default)]
    informational_spans: Vec<RawSpan>,
}

#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
    location: Part,
    /// The annotated text, when the file carries it; checked against the offsets.
    #[serde(default)]
    text: Option<String>,
    /// Inside a quotation: `"yes"`/`"no"` (BASIL) or a boolean, when the file carries it.
    #[serde(default)]
    quote: Option<Value>,
}

/// A quotation label: `true`/`false`, or `"yes"`/`"no"`.
fn quote_label(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("yes") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("no") => Some(false),
        _ => None,
    }
}

#[derive(Deserialize)]
struct RawSentence {
    #[serde(default)]
    id: Option<Value>,
    text: String,
    biased: bool,
    #[serde(default)]
    biased_words: Vec<String>,
    #[serde(default)]
    label_opinion: Option<String>,
}

#[derive(Deserialize)]
struct RawPair {
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    headline: Option<String>,
    body: String,
    #[serde(default)]
    related: Option<bool>,
    #[serde(default)]
    stance: Option<Stance>,
}

fn from_object<T: for<'de> Deserialize<'de>>(object: Map<String, Value>) -> Result<T, String> {
    serde_json::from_value(Value::Object(object)).map_err(|e| e.to_string())
}

/// A record's id as text: strings as they are, numbers written out, else `line N`.
fn id_of(id: Option<Value>, line: usize) -> String {
    match id {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => format!("line {line}"),
        Some(other) => other.to_string(),
    }
}

fn span_article(object: Map<String, Value>, line: usize) -> Result<SpanArticle, String> {
    let raw: RawSpanArticle = from_object(object)?;
    let headline = raw.headline.unwrap_or_default();
    let mut spans = Vec::with_capacity(raw.loaded_spans.len());
    for (n, span) in raw.loaded_spans.iter().enumerate() {
        let field = match span.location {
            Part::Headline => &headline,
            Part::Body => &raw.body,
        };
        let where_ = match span.location {
            Part::Headline => "headline",
            Part::Body => "body",
        };
        let (Some(start), Some(end)) =
            (byte_offset(field, span.start), byte_offset(field, span.end))
        else {
            return Err(format!(
                "loaded_spans[{n}]: {}..{} is outside the {where_} ({} code points)",
                span.start,
                span.end,
                field.chars().count()
            ));
        };
        if start > end {
            return Err(format!(
                "loaded_spans[{n}]: start {} is after end {}",
                span.start, span.end
            ));
        }
        if let Some(text) = &span.text {
            if field[start..end] != *text {
                return Err(format!(
                    "loaded_spans[{n}]: its text {text:?} is not the {where_}'s {:?} at code points {}..{} (offsets must count Unicode code points, not bytes)",
                    &field[start..end],
                    span.start,
                    span.end
                ));
            }
        }
        spans.push(GoldSpan {
            part: span.location,
            start,
            end,
        });
    }
    let mut voice_gold = Vec::new();
    for (list, raws) in [
        ("loaded_spans", &raw.loaded_spans),
        ("informational_spans", &raw.informational_spans),
    ] {
        for (n, span) in raws.iter().enumerate() {
            let Some(quoted) = span.quote.as_ref().and_then(quote_label) else {
                continue;
            };
            let field = match span.location {
                Part::Headline => &headline,
                Part::Body => &raw.body,
            };
            let (Some(start), Some(end)) =
                (byte_offset(field, span.start), byte_offset(field, span.end))
            else {
                return Err(format!(
                    "{list}[{n}]: {}..{} is outside its field",
                    span.start, span.end
                ));
            };
            voice_gold.push(VoiceGold {
                part: span.location,
                start: start.min(end),
                end,
                quoted,
            });
        }
    }
    Ok(SpanArticle {
        id: id_of(raw.id, line),
        line,
        headline,
        body: raw.body,
        spans,
        voice_gold,
    })
}

fn sentence(object: Map<String, Value>, line: usize) -> Result<Sentence, String> {
    let raw: RawSentence = from_object(object)?;
    Ok(Sentence {
        id: id_of(raw.id, line),
        line,
        text: raw.text,
        biased: raw.biased,
        biased_words: raw.biased_words,
        label_opinion: raw.label_opinion,
    })
}

fn pair(object: Map<String, Value>, line: usize) -> Result<Pair, String> {
    let raw: RawPair = from_object(object)?;
    let related = match (raw.related, raw.stance) {
        (Some(related), Some(stance)) if related != (stance != Stance::Unrelated) => {
            return Err(format!(
                "`related` is {related} but `stance` is {stance:?}; one of them is wrong"
            ))
        }
        (Some(related), _) => related,
        (None, Some(stance)) => stance != Stance::Unrelated,
        (None, None) => return Err("missing field `related` (or `stance`)".to_string()),
    };
    Ok(Pair {
        id: id_of(raw.id, line),
        line,
        headline: raw.headline.unwrap_or_default(),
        body: raw.body,
        related,
        stance: raw.stance,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_count_code_points() {
        // "é" is 2 bytes, "😀" is 4: code point 2 ("b") is at byte 3, "c" at byte 8.
        let text = "éab😀c";
        assert_eq!(byte_offset(text, 0), Some(0));
        assert_eq!(byte_offset(text, 1), Some(2));
        assert_eq!(byte_offset(text, 2), Some(3));
        assert_eq!(byte_offset(text, 4), Some(8));
        assert_eq!(byte_offset(text, 5), Some(9));
        assert_eq!(byte_offset(text, 6), None);
        assert_eq!(byte_offset("", 0), Some(0));
    }

    #[test]
    fn detects_each_task_from_its_fields() {
        let detect = |s: &str| {
            detect_task(
                serde_json::from_str::<Value>(s)
                    .unwrap()
                    .as_object()
                    .unwrap(),
            )
        };
        assert_eq!(
            detect(r#"{"headline":"h","body":"b","loaded_spans":[]}"#),
            Some(Task::Spans)
        );
        assert_eq!(
            detect(r#"{"text":"t","biased":true}"#),
            Some(Task::Sentences)
        );
        assert_eq!(
            detect(r#"{"headline":"h","body":"b","related":false}"#),
            Some(Task::Pairs)
        );
        assert_eq!(
            detect(r#"{"headline":"h","body":"b","stance":"agree"}"#),
            Some(Task::Pairs)
        );
        assert_eq!(detect(r#"{"headline":"h","body":"b"}"#), None);
    }

    #[test]
    fn spans_are_converted_to_bytes_after_multibyte_text() {
        let line = r#"{"id":7,"headline":"Café «slams» rival","body":"x","loaded_spans":[{"start":6,"end":11,"location":"headline","text":"slams"}]}"#;
        let Dataset::Spans(articles) = parse("t.jsonl", line, None).unwrap() else {
            panic!("not spans")
        };
        let a = &articles[0];
        assert_eq!(a.id, "7");
        let span = a.spans[0];
        assert_eq!(&a.headline[span.start..span.end], "slams");
        assert_eq!((span.start, span.end), (8, 13));
    }

    #[test]
    fn a_span_text_that_disagrees_with_its_offsets_is_an_error() {
        let line = r#"{"headline":"Café slams","body":"","loaded_spans":[{"start":6,"end":11,"location":"headline","text":"slams"}]}"#;
        let err = parse("t.jsonl", line, None).unwrap_err().to_string();
        assert!(
            err.starts_with("t.jsonl:1: not a spans record: loaded_spans[0]"),
            "{err}"
        );
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let text = "{\"text\":\"a\",\"biased\":true}\n\n{\"text\":\"b\"}\n";
        let err = parse("s.jsonl", text, None).unwrap_err().to_string();
        assert!(
            err.starts_with("s.jsonl:3: not a sentences record: missing field `biased`"),
            "{err}"
        );
        let err = parse("s.jsonl", "{\"text\": }", None)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("s.jsonl:1:10: invalid JSON"), "{err}");
        let err = parse("s.jsonl", "{\"foo\":1}", None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("s.jsonl:1: cannot tell the task from the fields [foo]"),
            "{err}"
        );
        assert!(matches!(
            parse("s.jsonl", "\n \n", None),
            Err(EvalError::Empty { .. })
        ));
    }

    #[test]
    fn pairs_take_related_from_the_stance_and_check_them_against_each_other() {
        let text = concat!(
            r#"{"id":"a","headline":"h","body":"b","stance":"discuss"}"#,
            "\n",
            r#"{"id":"b","headline":"h","body":"b","related":false}"#,
        );
        let Dataset::Pairs(pairs) = parse("p.jsonl", text, None).unwrap() else {
            panic!("not pairs")
        };
        assert!(pairs[0].related);
        assert_eq!(pairs[0].stance, Some(Stance::Discuss));
        assert!(!pairs[1].related);
        let bad = r#"{"headline":"h","body":"b","stance":"agree","related":false}"#;
        assert!(parse("p.jsonl", bad, None).is_err());
    }

    #[test]
    fn a_forced_task_overrides_detection() {
        let text = r#"{"headline":"h","body":"b","related":true,"loaded_spans":[]}"#;
        assert_eq!(parse("x", text, None).unwrap().task(), Task::Spans);
        assert_eq!(
            parse("x", text, Some(Task::Pairs)).unwrap().task(),
            Task::Pairs
        );
    }

    #[test]
    fn the_test_fixtures_load_and_their_spans_line_up() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval");
        let Dataset::Spans(articles) = load(&dir.join("spans.jsonl"), None).unwrap() else {
            panic!("spans.jsonl is not spans")
        };
        // a1's gold spans come after "Café" and "—", both multi-byte.
        let a1 = &articles[0];
        let texts: Vec<&str> = a1
            .spans
            .iter()
            .map(|g| match g.part {
                Part::Headline => &a1.headline[g.start..g.end],
                Part::Body => &a1.body[g.start..g.end],
            })
            .collect();
        assert_eq!(
            texts,
            ["slam brutal", "a brutal blow", "massive success", "success"]
        );
        assert_eq!(
            load(&dir.join("sentences.jsonl"), None).unwrap().task(),
            Task::Sentences
        );
        assert_eq!(load(&dir.join("pairs.jsonl"), None).unwrap().len(), 6);
    }
}
