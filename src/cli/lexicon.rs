/*!
`slant lexicon check|list|explain`: validate lexicon files, list entries, and explain which
entry a word matches and why.
*/

use std::path::PathBuf;
use std::process::ExitCode;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use slant::config::Config;
use slant::lexicon::check::{check_set, Severity};
use slant::lexicon::{LexiconLimits, LexiconSet, Matcher, Payload};

use super::output::write_stdout;
use super::setup::{load_config, load_lexicons};

#[derive(Debug, clap::Subcommand)]
pub enum LexiconCommand {
    /// Validate lexicon files: syntax, examples, duplicates, stem collisions.
    Check {
        /// A folder of lexicon files, or one file (default: the embedded pack). Its examples
        /// run with the embedded pack loaded too, as in an audit, and entries that repeat the
        /// pack's are reported.
        dir: Option<PathBuf>,
        /// Check DIR on its own, without the embedded pack.
        #[arg(long, requires = "dir")]
        no_default_lexicons: bool,
    },
    /// List the entries.
    List {
        /// Only this category.
        #[arg(long)]
        category: Option<String>,
        #[command(flatten)]
        source: LexiconSource,
        /// `table` for people; `tsv` (a header, then one entry a line, tabs between the
        /// fields) and `json` (an array of entries) for scripts, with file names unbroken.
        #[arg(long, short = 'f', value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Explain which entries a word or phrase matches.
    Explain {
        /// A word or phrase, as it would appear in an article.
        term: String,
        #[command(flatten)]
        source: LexiconSource,
    },
}

/// Where `lexicon list` and `lexicon explain` take their lexicons from: the same configuration
/// and flags as `audit`, so they show what an audit would match.
#[derive(Debug, Clone, clap::Args)]
pub struct LexiconSource {
    /// Add the lexicons in DIR, or one lexicon FILE (repeatable).
    #[arg(long, value_name = "DIR|FILE")]
    lexicons: Vec<PathBuf>,
    /// Leave out the embedded pack.
    #[arg(long)]
    no_default_lexicons: bool,
    /// Configuration file (default: slant.toml or .slant.toml, searched upward from here).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ignore configuration files.
    #[arg(long, conflicts_with = "config")]
    isolated: bool,
}

impl LexiconSource {
    /// The configuration and the lexicons it and the flags select, less the categories it
    /// disables (as `Analyzer::new` drops them).
    fn load(&self) -> anyhow::Result<(Config, LexiconSet)> {
        let (config, _) = load_config(self.config.as_deref(), self.isolated)?;
        let set = load_lexicons(&config, &self.lexicons, self.no_default_lexicons)?
            .without_categories(&config.disabled_categories);
        Ok((config, set))
    }
}

/// The output formats of `slant lexicon list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    Table,
    Tsv,
    Json,
}

/// One entry as `lexicon list --format json` writes it.
#[derive(serde::Serialize)]
struct ListedEntry<'a> {
    term: &'a str,
    category: &'a str,
    weight: f64,
    neutral: &'a [String],
    #[serde(rename = "match")]
    mode: String,
    file: &'a str,
    line: usize,
}

/// A TSV field: tabs and line breaks would split the row, so they become spaces.
fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(super::output::table_width(None))
        .set_header(header.to_vec());
    t
}

pub fn run(cmd: &LexiconCommand, _color: bool) -> anyhow::Result<ExitCode> {
    match cmd {
        LexiconCommand::Check {
            dir,
            no_default_lexicons,
        } => {
            let mut set = if *no_default_lexicons {
                LexiconSet::default()
            } else {
                LexiconSet::embedded()?
            };
            // The lexicons under check: the pack itself, or the files of DIR after it.
            let first_checked = if dir.is_some() { set.lexicons.len() } else { 0 };
            if let Some(d) = dir {
                set.add_dir(d, &LexiconLimits::default())?;
            }
            let checked = &set.lexicons[first_checked..];
            let files = checked.len();
            let entries: usize = checked
                .iter()
                .map(|l| l.entries.len() + l.valence.len())
                .sum();
            let paths: std::collections::HashSet<String> =
                checked.iter().map(|l| l.path.clone()).collect();
            let matcher = Matcher::new(set);
            // Problems of the pack itself are the pack's business (its own tests hold it
            // clean); a house folder is told only about its own files.
            let problems: Vec<_> = check_set(&matcher)
                .into_iter()
                .filter(|p| paths.contains(&p.path))
                .collect();
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            write_stdout(|out| {
                for p in &problems {
                    writeln!(out, "{p}")?;
                }
                let count = |n: usize, one: &str, many: &str| {
                    format!("{n} {}", if n == 1 { one } else { many })
                };
                writeln!(
                    out,
                    "{}, {}: {}, {}",
                    count(files, "lexicon file", "lexicon files"),
                    count(entries, "entry", "entries"),
                    count(errors, "error", "errors"),
                    count(problems.len() - errors, "warning", "warnings"),
                )
            })?;
            Ok(ExitCode::from(if errors > 0 { 1 } else { 0 }))
        }
        LexiconCommand::List {
            category,
            source,
            format,
        } => {
            let (_, set) = source.load()?;
            let mut entries = Vec::new();
            for l in &set.lexicons {
                if category.as_ref().is_some_and(|c| c != &l.category) {
                    continue;
                }
                for e in &l.entries {
                    entries.push(ListedEntry {
                        term: &e.term,
                        category: &l.category,
                        weight: e.weight,
                        neutral: &e.neutral,
                        mode: format!("{:?}", e.mode).to_lowercase(),
                        file: &l.path,
                        line: e.line,
                    });
                }
            }
            match format {
                ListFormat::Table => {
                    let mut t = table(&["Term", "Category", "Weight", "Neutral", "Match", "File"]);
                    for e in &entries {
                        t.add_row(vec![
                            e.term.to_string(),
                            e.category.to_string(),
                            format!("{:.1}", e.weight),
                            e.neutral.join(", "),
                            e.mode.clone(),
                            format!("{}:{}", e.file, e.line),
                        ]);
                    }
                    let n = entries.len();
                    let noun = if n == 1 { "entry" } else { "entries" };
                    write_stdout(|out| writeln!(out, "{t}\n{n} {noun}"))?;
                }
                ListFormat::Tsv => write_stdout(|out| {
                    writeln!(out, "term\tcategory\tweight\tneutral\tmatch\tfile\tline")?;
                    for e in &entries {
                        let neutral: Vec<String> = e.neutral.iter().map(|n| tsv_field(n)).collect();
                        writeln!(
                            out,
                            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                            tsv_field(e.term),
                            tsv_field(e.category),
                            e.weight,
                            neutral.join("; "),
                            e.mode,
                            tsv_field(e.file),
                            e.line
                        )?;
                    }
                    Ok(())
                })?,
                ListFormat::Json => write_stdout(|out| {
                    serde_json::to_writer_pretty(&mut *out, &entries)?;
                    writeln!(out)
                })?,
            }
            Ok(ExitCode::SUCCESS)
        }
        LexiconCommand::Explain { term, source } => {
            let (config, set) = source.load()?;
            let matcher = Matcher::new(set);
            let (seg, found) = matcher.match_text(term);
            let stems: Vec<String> = found.words.iter().map(|w| w.stem.to_string()).collect();
            let mut lines = vec![format!(
                "`{term}`: words {:?}, stems {:?}",
                seg.tokens
                    .iter()
                    .map(|t| seg.lower(t).to_string())
                    .collect::<Vec<_>>(),
                stems
            )];
            for m in &found.matches {
                let text = &term[m.span.start..m.span.end];
                lines.push(match m.payload {
                    Payload::Term(id) => {
                        let t = &matcher.terms[id as usize];
                        let e = &matcher.lexicons().lexicons[t.lexicon_index].entries[t.entry_index];
                        // The analysis skips a match whose term or text is in `allow`.
                        let allowed = config.allow.iter().any(|a| {
                            a.eq_ignore_ascii_case(&t.term) || a.to_lowercase() == text.to_lowercase()
                        });
                        format!(
                            "\n`{text}` matches term `{}` ({} match)\n  category: {}  weight: {}\n  neutral: {}\n  note: {}\n  from: {}:{}{}",
                            t.term,
                            format!("{:?}", t.mode).to_lowercase(),
                            t.category,
                            t.weight,
                            if t.neutral.is_empty() { "—".to_string() } else { t.neutral.join(", ") },
                            if t.note.is_empty() { "—" } else { &t.note },
                            t.path,
                            e.line,
                            if allowed { "\n  never flagged: the configuration's `allow` lists it" } else { "" }
                        )
                    }
                    Payload::Valence(v) => format!("`{text}`: valence {v:+}"),
                    Payload::Frame(f) => format!("`{text}`: cue of the {} frame", matcher.frames[f as usize]),
                    Payload::Paraphrase(s) => format!("`{text}`: in the paraphrase set `{}`", matcher.sets[s as usize]),
                    Payload::Entity(e) => format!("`{text}`: names the entity {}", matcher.entities[e as usize].0),
                });
            }
            if found.matches.is_empty() {
                lines.push("no lexicon entry matches it".to_string());
            }
            write_stdout(|out| writeln!(out, "{}", lines.join("\n")))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
