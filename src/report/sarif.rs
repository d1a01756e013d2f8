/*!
`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.

One run; one rule per term category (the rule id is the category, e.g. `label`) plus
`unsupported-term`, each with a description; one result per finding that counts (loaded terms
with a weight, unsupported headline terms). Levels: `error` for a finding that failed a gate
of `slant check`, `warning` in the headline, `note` in the body. A term the article itself
asked to ignore (`slant-ignore`) is kept with an `inSource` suppression.

Regions count columns in Unicode code points, and the run says so (`"columnKind":
"unicodeCodePoints"`), and come from [`Report::file_place`]. They are given where the finding's
field has its place in the file named by the source ([`Report::located`]): plain text, Markdown and `.json` files (for JSON the start
alone, as a word with an escape in it ends elsewhere than its length says). Text extracted from
HTML has no place in the file, and a JSONL record's source is its id or `file:LINE`, not a
path, so those results point at the file alone. Paths are relative URIs against `%SRCROOT%` (the
folder slant ran in) unless given as absolute paths. Inputs that could not be read are
`toolExecutionNotifications` of the invocation, which is then not successful; a notification
points at the line (and column) the error names, and a bad JSONL record at its line of the
stream's file (its source, `file:LINE`, is not a path).

The structs are written here rather than taken from a SARIF crate, as ruff does: the subset
used is small, and field order stays fixed. `tests/formats.rs` validates the output against
the official schema.
*/

use std::collections::BTreeSet;
use std::io::{self, Write};

use serde::Serialize;

use super::{
    entries, Destination, Entry, Finding, FindingKind, Location, Outcome, RenderContext, Renderer,
    Report,
};
use crate::lexicon::Categories;

pub struct SarifRenderer;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT: &str = "%SRCROOT%";
/// The rule id of an unsupported headline term.
pub const UNSUPPORTED_RULE: &str = "unsupported-term";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: Vec<Invocation>,
    original_uri_base_ids: serde_json::Value,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

fn text(s: impl Into<String>) -> Text {
    Text { text: s.into() }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: Vec<SarifLocation>,
    descriptor: Descriptor,
}

#[derive(Serialize)]
struct Descriptor {
    id: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    justification: &'static str,
}

#[derive(Serialize)]
struct Properties<'a> {
    term: &'a str,
    location: &'static str,
    voice: &'static str,
    weight: f64,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    neutral: &'a [String],
    /// The article's type and its cues (`docs/scoring.md` §9).
    article_type: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
}

/// A rule's short and full description: the unsupported-term rule's own, else the title and
/// summary the category's lexicon header declares, else a generic text naming the category.
fn describe_rule(id: &str, categories: &Categories) -> (String, String) {
    if id == UNSUPPORTED_RULE {
        return (
            "Headline term the body does not support".to_string(),
            "An evaluative word in the headline that nothing in the body (neither the word, a paraphrase, nor an attributed source) backs up.".to_string(),
        );
    }
    let category = categories.get(id);
    (
        category
            .and_then(|c| c.title.clone())
            .unwrap_or_else(|| format!("Loaded term ({id})")),
        category
            .and_then(|c| c.summary.clone())
            .unwrap_or_else(|| format!("A term from slant's `{id}` lexicon category.")),
    )
}

fn rule_of(f: &Finding) -> &str {
    match f.kind {
        FindingKind::UnsupportedTerm => UNSUPPORTED_RULE,
        FindingKind::LoadedTerm => &f.category,
    }
}

/// Findings that become results.
fn reported(f: &Finding) -> bool {
    f.kind == FindingKind::UnsupportedTerm || f.weight > 0.0
}

/// A URI for a source: relative paths stay relative (against `%SRCROOT%`), absolute ones
/// become `file://` URIs; characters outside the unreserved set are percent-encoded.
fn artifact(source: &str) -> ArtifactLocation {
    let path = source.replace('\\', "/");
    let absolute = path.starts_with('/') || path.as_bytes().get(1) == Some(&b':');
    let mut path = path.as_str();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    let mut uri = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                uri.push(b as char)
            }
            b':' if absolute => uri.push(':'),
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    if absolute {
        let slash = if uri.starts_with('/') { "" } else { "/" };
        ArtifactLocation {
            uri: format!("file://{slash}{uri}"),
            uri_base_id: None,
        }
    } else {
        ArtifactLocation {
            uri,
            uri_base_id: Some(SRCROOT),
        }
    }
}

/// The region of a finding, in code points: its place in the file (see the module doc).
fn region(report: &Report, f: &Finding) -> Option<Region> {
    let place = report.file_place(f)?;
    Some(Region {
        start_line: place.line,
        start_column: Some(place.column),
        end_line: place.end.map(|(line, _)| line),
        end_column: place.end.map(|(_, column)| column),
    })
}

fn message(f: &Finding) -> String {
    let place = f.location.as_str();
    let mut m = match f.kind {
        FindingKind::UnsupportedTerm => {
            format!("Unsupported {place} term `{}`: {}", f.text, f.note)
        }
        FindingKind::LoadedTerm => format!(
            "`{}` ({} term `{}`, {} voice) in the {place}: {}",
            f.text,
            f.category,
            f.term,
            f.voice.as_str(),
            f.note,
        ),
    };
    if !m.ends_with('.') {
        m.push('.');
    }
    if let Some(n) = f.neutral.first() {
        m.push_str(&format!(" Consider: {n}."));
    }
    m
}

impl Renderer for SarifRenderer {
    fn render_article(
        &self,
        report: &Report,
        ctx: &RenderContext,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        write_log(&[Entry::Report(report)], ctx, out)
    }

    fn render_batch(
        &self,
        outcomes: &[Outcome],
        ctx: &RenderContext,
        out: Destination<'_>,
    ) -> io::Result<()> {
        write_log(&entries(outcomes), ctx, out.stream()?)
    }
}

/// The SARIF log of `entries`: one run, its rules, results and notifications.
fn write_log(entries: &[Entry], ctx: &RenderContext, out: &mut dyn Write) -> io::Result<()> {
    let rule_ids: Vec<String> = entries
        .iter()
        .filter_map(|o| match o {
            Entry::Report(r) => Some(r),
            Entry::Error(_) => None,
        })
        .flat_map(|r| {
            r.findings
                .iter()
                .filter(|f| reported(f))
                .map(|f| rule_of(f).to_string())
        })
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect();
    let rules = rule_ids
            .iter()
            .map(|id| {
                let (short, full) = describe_rule(id, &ctx.categories);
                Rule {
                    id: id.clone(),
                    short_description: text(short),
                    help: text(format!(
                        "{full} Reword in neutral terms, attribute the word to a source, or list it under `allow` in slant.toml if it is fine here; `<!-- slant-ignore: TERM -->` suppresses it in one article."
                    )),
                    full_description: text(full),
                    default_configuration: Configuration {
                        level: if id == UNSUPPORTED_RULE { "warning" } else { "note" },
                    },
                }
            })
            .collect();

    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for entry in entries {
        let report = match *entry {
            Entry::Report(r) => r,
            Entry::Error(e) => {
                notifications.push(Notification {
                    level: "error",
                    message: text(e.message.clone()),
                    // A bad JSONL record's source is `file:LINE`, not a path: its place
                    // names the stream's file and the line.
                    locations: vec![SarifLocation {
                        physical_location: match &e.at {
                            Some(at) => PhysicalLocation {
                                artifact_location: artifact(&at.path),
                                region: Some(Region {
                                    start_line: at.line,
                                    start_column: at.column,
                                    end_line: None,
                                    end_column: None,
                                }),
                            },
                            None => PhysicalLocation {
                                artifact_location: artifact(&e.source),
                                region: None,
                            },
                        },
                    }],
                    descriptor: Descriptor { id: e.kind.clone() },
                });
                continue;
            }
        };
        for f in report.findings.iter().filter(|f| reported(f)) {
            let gated = ctx
                .gate_failures
                .iter()
                .any(|g| g.source == report.source && g.finding.as_ref() == Some(f));
            let level = match (gated, f.location) {
                (true, _) => "error",
                // A note is a style observation, never a warning.
                (false, _) if f.is_note() => "note",
                (false, Location::Headline) => "warning",
                (false, Location::Body) => "note",
            };
            let rule_id = rule_of(f).to_string();
            results.push(SarifResult {
                rule_index: rule_ids.iter().position(|r| *r == rule_id).unwrap_or(0),
                rule_id,
                level,
                message: text(message(f)),
                locations: vec![SarifLocation {
                    physical_location: PhysicalLocation {
                        artifact_location: artifact(&report.source),
                        region: region(report, f),
                    },
                }],
                suppressions: if f.suppressed {
                    vec![Suppression {
                        kind: "inSource",
                        justification: "slant-ignore in the article",
                    }]
                } else {
                    Vec::new()
                },
                properties: Properties {
                    term: &f.term,
                    location: f.location.as_str(),
                    voice: f.voice.as_str(),
                    weight: f.weight,
                    neutral: &f.neutral,
                    article_type: report.article_type.describe(),
                },
            });
        }
    }

    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "slant",
                    version: ctx.version,
                    rules,
                },
            },
            invocations: vec![Invocation {
                execution_successful: notifications.is_empty(),
                tool_execution_notifications: notifications,
            }],
            original_uri_base_ids: serde_json::json!({
                SRCROOT: {"description": {"text": "The folder slant was run from; relative paths resolve against it."}}
            }),
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_or_file_and_percent_encoded() {
        let a = artifact("./news/a b#1.txt");
        assert_eq!(a.uri, "news/a%20b%231.txt");
        assert_eq!(a.uri_base_id, Some(SRCROOT));
        let a = artifact("/tmp/news/é.txt");
        assert_eq!(a.uri, "file:///tmp/news/%C3%A9.txt");
        assert_eq!(a.uri_base_id, None);
        assert_eq!(artifact(r"C:\news\a.txt").uri, "file:///C:/news/a.txt");
    }
}
