/*!
`--format github`: GitHub Actions workflow commands, which the runner turns into annotations
on the pull request's diff:

```text
::warning file=news/a.txt,line=1,col=9,endColumn=17,title=slant: label::`Hardline` …
```

`error` for a finding that failed a gate of `slant check` and for inputs that could not be
read, `warning` for the headline, `notice` for the body; `--min-level` drops the levels below
it. Only findings that count are annotated (loaded terms with a weight, unsupported headline
terms; not suppressed ones), one annotation per span: a loaded headline term the body does not
support either is one annotation carrying both messages. Paths are written as in SARIF, with
`/` separators and no leading `./`.

Escaping follows the runner's own code (`toolkit/packages/core/src/command.ts`): in a message
`%`, CR and LF become `%25`, `%0D`, `%0A`; in a property value `:` and `,` are escaped too
(`%3A`, `%2C`), since they delimit properties. Columns are Unicode code points, from
[`Report::file_place`]. A position is given where the finding's field has its place in the file named by the source
([`Report::located`]): plain text, Markdown and `.json` files (for JSON without `endColumn`, as a
word with an escape in it ends elsewhere than its length says); not for HTML, whose text has no
place in the file, nor for a JSONL record, whose source is not a file path.
*/

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::{
    entries, Destination, Entry, FileError, Finding, FindingKind, Location, Outcome, RenderContext,
    Renderer, Report,
};

pub struct GithubRenderer;

/// Escapes a message (the text after `::`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`, …).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn annotation(
    out: &mut dyn Write,
    level: &str,
    properties: &[(&str, String)],
    message: &str,
) -> io::Result<()> {
    let props: Vec<String> = properties
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    writeln!(
        out,
        "::{level} {}::{}",
        props.join(","),
        escape_data(message)
    )
}

/// An unreadable input's file, and its line and column where the error names them (for a
/// JSONL record, the stream's file rather than the record's source).
fn error_place(e: &FileError) -> Vec<(&'static str, String)> {
    let mut props = Vec::new();
    match &e.at {
        Some(at) => {
            props.push(("file", file_path(&at.path)));
            props.push(("line", at.line.to_string()));
            if let Some(column) = at.column {
                props.push(("col", column.to_string()));
            }
        }
        None => props.push(("file", file_path(&e.source))),
    }
    props.push(("title", format!("slant: {}", e.kind)));
    props
}

/// A source as the runner wants a file: `/` separators and no leading `./`, as in SARIF
/// (GitHub matches annotations to the diff's paths, which have neither).
pub fn file_path(source: &str) -> String {
    let path = source.replace('\\', "/");
    let mut path = path.as_str();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    path.to_string()
}

/// The levels of annotations, lowest first (`--min-level` drops those below).
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Every annotation: body findings too.
    #[default]
    Notice,
    /// Headline findings and errors.
    Warning,
    /// Gate failures and unreadable inputs only.
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Notice => "notice",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// The file, line, column and (on one line) end column of a finding's annotation, from its
/// place in the file ([`Report::file_place`]).
fn position(r: &Report, f: &Finding) -> Vec<(&'static str, String)> {
    let mut props = vec![("file", file_path(&r.source))];
    if let Some(place) = r.file_place(f) {
        props.push(("line", place.line.to_string()));
        props.push(("col", place.column.to_string()));
        // The runner has no end line: an end column on the start's line only.
        if let Some((_, column)) = place.end.filter(|&(line, _)| line == place.line) {
            props.push(("endColumn", column.to_string()));
        }
    }
    props
}

impl Renderer for GithubRenderer {
    fn render_article(
        &self,
        report: &Report,
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        write_annotations(&[Entry::Report(report)], ctx, out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        write_annotations(&entries(outcomes), ctx, out.stream()?)
    }
}

/// The annotations of each entry in turn: each depends on its entry alone, so the format
/// streams.
fn write_annotations(
    entries: &[Entry],
    ctx: &RenderContext,
    out: &mut dyn Write,
) -> io::Result<()> {
    for entry in entries {
        let r = match *entry {
            Entry::Error(e) => {
                annotation(out, "error", &error_place(e), &e.message)?;
                continue;
            }
            Entry::Report(r) => r,
        };
        let gates: Vec<_> = ctx
            .gate_failures
            .iter()
            .filter(|g| g.source == r.source)
            .collect();
        for g in gates.iter().filter(|g| g.finding.is_none()) {
            annotation(
                out,
                "error",
                &[
                    ("file", file_path(&r.source)),
                    ("title", format!("slant {}", g.gate)),
                ],
                &g.message,
            )?;
        }
        // The type is news unless cues say otherwise: only the other types are announced.
        if r.article_type.kind != crate::analysis::TypeKind::News {
            annotation(
                out,
                "notice",
                &[
                    ("file", r.source.clone()),
                    ("title", format!("slant: {}", r.article_type.kind.as_str())),
                ],
                &format!("{}: {}.", r.article_type.describe(), r.article_type.note),
            )?;
        }
        let counted: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| !f.suppressed && (f.weight > 0.0 || f.kind == FindingKind::UnsupportedTerm))
            .collect();
        // One annotation per span: a loaded term the body also does not support is one
        // mark on the diff with both messages, at the higher of their levels.
        let mut spans: Vec<Vec<&Finding>> = Vec::new();
        for f in counted {
            match spans
                .iter_mut()
                .find(|g| g[0].location == f.location && g[0].span == f.span)
            {
                Some(group) => group.push(f),
                None => spans.push(vec![f]),
            }
        }
        for group in spans {
            let mut level = Level::Notice;
            let mut titles: Vec<String> = Vec::new();
            let mut messages: Vec<String> = Vec::new();
            for f in &group {
                let gate = gates.iter().find(|g| g.finding.as_ref() == Some(*f));
                level = level.max(match (gate, f.location) {
                    (Some(_), _) => Level::Error,
                    (None, _) if f.is_note() => Level::Notice,
                    (None, Location::Headline) => Level::Warning,
                    (None, Location::Body) => Level::Notice,
                });
                let title = match (gate, f.kind) {
                    (Some(g), _) => format!("slant {}", g.gate),
                    (None, FindingKind::UnsupportedTerm) => {
                        "slant: unsupported headline term".to_string()
                    }
                    (None, FindingKind::LoadedTerm) => format!("slant: {}", f.category),
                };
                let mut message = match gate {
                    Some(g) => g.message.clone(),
                    None => format!("`{}` ({} voice): {}", f.text, f.voice.as_str(), f.note),
                };
                if !message.ends_with('.') {
                    message.push('.');
                }
                if gate.is_none() {
                    if let Some(n) = f.neutral.first() {
                        message.push_str(&format!(" Consider: {n}."));
                    }
                }
                if !titles.contains(&title) {
                    titles.push(title);
                }
                if !messages.contains(&message) {
                    messages.push(message);
                }
            }
            if level < ctx.min_level {
                continue;
            }
            let mut props = position(r, group[0]);
            props.push(("title", titles.join("; ")));
            annotation(out, level.as_str(), &props, &messages.join(" "))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_actions_toolkit_does() {
        assert_eq!(
            escape_data("100% sure\r\nnext: a, b"),
            "100%25 sure%0D%0Anext: a, b"
        );
        assert_eq!(
            escape_property("C:\\news\\a,b.txt\n%"),
            "C%3A\\news\\a%2Cb.txt%0A%25"
        );
        // `%` is escaped first, so an escape sequence in the input is not decoded later.
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn annotation_line_shape() {
        let mut out = Vec::new();
        annotation(
            &mut out,
            "warning",
            &[("file", "a:b.txt".into()), ("title", "x, y".into())],
            "line1\nline2",
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::warning file=a%3Ab.txt,title=x%2C y::line1%0Aline2\n"
        );
    }

    #[test]
    fn errors_point_at_their_file_and_line_when_they_have_one() {
        let error = |at| FileError {
            source: "feed.jsonl:7".into(),
            kind: "line-too-long".into(),
            message: "feed.jsonl:7: a line of 20 bytes is over the limit".into(),
            at,
        };
        let place = |e: &FileError| {
            error_place(e)
                .into_iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(
            place(&error(Some(super::super::ErrorPlace {
                path: "feed.jsonl".into(),
                line: 7,
                column: None,
            }))),
            "file=feed.jsonl,line=7,title=slant: line-too-long"
        );
        assert_eq!(
            place(&error(None)),
            "file=feed.jsonl:7,title=slant: line-too-long"
        );
    }
}
