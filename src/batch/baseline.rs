/*!
Baselines: adopt `slant check` on an existing archive without fixing every old headline first.

`slant check --write-baseline FILE` records the findings of today's articles; `slant check
--baseline FILE` then fails only on what is new. A finding is known by its article (the file
path or record id), its kind, the lexicon term and its context — the field it is in and the
words as written — never by line number, so editing the text above a finding does not make it
new. Occurrences are counted: a body that said "slammed" once and now says it twice has one
new finding. An article's score is recorded too, so `--fail-above` fails a baselined article
only when its score has risen.

A file article is keyed by its path relative to the baseline file's folder (see
[`Baseline::with_root`]), so `slant check .` run beside the baseline and `slant check news/` run
from the parent folder agree on every key. A JSONL record is keyed by its id (or `file:line`),
as it has no path of its own.

The file is JSON with sorted keys, so it diffs well in review.
*/

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::report::{Finding, FindingKind, Report};

/// Version of the baseline file layout.
pub const BASELINE_VERSION: u32 = 1;

/// The recorded findings of a set of articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub slant_baseline: u32,
    /// Keyed by article (see [`Baseline::key`]).
    pub articles: BTreeMap<String, BaselineArticle>,
    /// The folder file paths are keyed relative to (canonical); not part of the file.
    #[serde(skip)]
    root: Option<PathBuf>,
}

impl Default for Baseline {
    fn default() -> Self {
        Baseline {
            slant_baseline: BASELINE_VERSION,
            articles: BTreeMap::new(),
            root: None,
        }
    }
}

/// `path` relative to `root`, both absolute and canonical, with `/` separators and `..` where
/// `path` lies outside `root`.
fn relative_to(path: &Path, root: &Path) -> String {
    let path: Vec<Component> = path.components().collect();
    let root: Vec<Component> = root.components().collect();
    let common = path.iter().zip(&root).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); root.len() - common];
    parts.extend(
        path[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// One article's score and findings when the baseline was written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineArticle {
    pub score: f64,
    pub findings: Vec<BaselineFinding>,
}

/// A finding as the baseline knows it, with how often it occurred.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineFinding {
    pub kind: FindingKind,
    pub term: String,
    /// `headline: Plea` — the field and the words as written.
    pub context: String,
    pub count: usize,
}

/// A baseline file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    #[error("{path}:{line}:{column}: not a slant baseline: {message}")]
    Json {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: baseline version {found} is not supported (expected {BASELINE_VERSION}); write it again with --write-baseline")]
    Version { path: String, found: u32 },
}

/// The key of an article: its source with `./` prefixes and Windows separators normalised,
/// so `./news/a.txt`, `news/a.txt` and `news\a.txt` are the same article.
pub fn article_key(source: &str) -> String {
    let mut key = source.replace('\\', "/");
    while let Some(rest) = key.strip_prefix("./") {
        key = rest.to_string();
    }
    key
}

/// The context a finding is known by.
pub fn context_of(finding: &Finding) -> String {
    let words: Vec<&str> = finding.text.split_whitespace().collect();
    format!("{}: {}", finding.location.as_str(), words.join(" "))
}

/// Findings a baseline records and gates look at: everything counted in the article (not
/// suppressed, not a note).
fn counted(finding: &Finding) -> bool {
    finding.counts()
}

type Key = (FindingKind, String, String);

fn key_of(finding: &Finding) -> Key {
    (finding.kind, finding.term.clone(), context_of(finding))
}

impl Baseline {
    /// Keys file articles by their path relative to `folder` (the baseline file's folder)
    /// instead of the path as given on the command line. A folder that cannot be resolved
    /// leaves the keys as given.
    pub fn with_root(mut self, folder: &Path) -> Baseline {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        self.root = folder.canonicalize().ok();
        self
    }

    /// The key of an article: for a file that exists, its path relative to the root (see
    /// [`Baseline::with_root`]); otherwise (a record id, no root) [`article_key`].
    pub fn key(&self, source: &str) -> String {
        let Some(root) = &self.root else {
            return article_key(source);
        };
        let path = Path::new(source);
        match path.is_file().then(|| path.canonicalize()) {
            Some(Ok(file)) => relative_to(&file, root),
            _ => article_key(source),
        }
    }

    /// The recorded articles whose key is not in `seen` (keys from [`Baseline::key`]).
    pub fn unmatched<'a>(&'a self, seen: &std::collections::BTreeSet<String>) -> Vec<&'a str> {
        self.articles
            .keys()
            .filter(|k| !seen.contains(*k))
            .map(String::as_str)
            .collect()
    }

    /// Parses a baseline; `path` names it in errors.
    pub fn parse(path: &str, text: &str) -> Result<Baseline, BaselineError> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| BaselineError::Json {
            path: path.to_string(),
            line: e.line(),
            column: e.column(),
            message: {
                let m = e.to_string();
                m.rfind(" at line ")
                    .map_or(m.clone(), |i| m[..i].to_string())
            },
        })?;
        if baseline.slant_baseline != BASELINE_VERSION {
            return Err(BaselineError::Version {
                path: path.to_string(),
                found: baseline.slant_baseline,
            });
        }
        Ok(baseline)
    }

    /// The baseline as pretty JSON, ending in a newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Records one article's findings (replacing any earlier record of the same article).
    pub fn add(&mut self, report: &Report) {
        let mut counts: BTreeMap<Key, usize> = BTreeMap::new();
        for f in report.findings.iter().filter(|f| counted(f)) {
            *counts.entry(key_of(f)).or_insert(0) += 1;
        }
        let findings = counts
            .into_iter()
            .map(|((kind, term, context), count)| BaselineFinding {
                kind,
                term,
                context,
                count,
            })
            .collect();
        self.articles.insert(
            self.key(&report.source),
            BaselineArticle {
                score: (report.score.total * 10.0).round() / 10.0,
                findings,
            },
        );
    }

    /// The recorded score of an article, if the baseline has it.
    pub fn score(&self, source: &str) -> Option<f64> {
        self.articles.get(&self.key(source)).map(|a| a.score)
    }

    /// For each of the report's findings, whether it is new: not in the baseline, or one
    /// occurrence more than the baseline counted. Suppressed findings are never new.
    pub fn new_findings(&self, report: &Report) -> Vec<bool> {
        let mut left: BTreeMap<Key, usize> = self
            .articles
            .get(&self.key(&report.source))
            .map(|a| {
                a.findings
                    .iter()
                    .map(|f| ((f.kind, f.term.clone(), f.context.clone()), f.count))
                    .collect()
            })
            .unwrap_or_default();
        report
            .findings
            .iter()
            .map(|f| {
                if !counted(f) {
                    return false;
                }
                match left.get_mut(&key_of(f)) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Analyzer, Article};

    fn report(source: &str, headline: &str, body: &str) -> Report {
        let analyzer = Analyzer::with_defaults().unwrap();
        analyzer.analyze(&Article::from_parts(source, Some(headline), body))
    }

    #[test]
    fn known_findings_are_not_new_and_extra_occurrences_are() {
        let body = "The minister asked for more funding. The committee rejected the request.";
        let old = report("./news/a.txt", "Minister's Plea Falls on Deaf Ears", body);
        assert!(!old.findings.is_empty());
        let mut baseline = Baseline::default();
        baseline.add(&old);

        // Same article under another spelling of its path: nothing new.
        let same = report("news/a.txt", "Minister's Plea Falls on Deaf Ears", body);
        assert!(baseline.new_findings(&same).iter().all(|new| !new));

        // The text moved (a new first sentence) but the findings are the same words.
        let moved = report(
            "news/a.txt",
            "Minister's Plea Falls on Deaf Ears",
            &format!("On Monday it rained. {body}"),
        );
        let new = baseline.new_findings(&moved);
        let old_count = old.findings.iter().filter(|f| !f.suppressed).count();
        assert_eq!(new.iter().filter(|n| !**n).count(), old_count);

        // Another article is all new.
        let other = report("news/b.txt", "Minister's Plea Falls on Deaf Ears", body);
        assert!(baseline.new_findings(&other).iter().any(|n| *n));
    }

    #[test]
    fn round_trips_and_rejects_other_versions() {
        let mut baseline = Baseline::default();
        baseline.add(&report(
            "a",
            "Hardline stance slammed",
            "The council slammed the plan.",
        ));
        let text = baseline.to_json();
        assert_eq!(Baseline::parse("b.json", &text).unwrap(), baseline);
        let err =
            Baseline::parse("b.json", r#"{"slant_baseline": 9, "articles": {}}"#).unwrap_err();
        assert!(err.to_string().contains("version 9"), "{err}");
        let err = Baseline::parse("b.json", "{\n  \"nope\": 1}").unwrap_err();
        assert!(err.to_string().starts_with("b.json:2:"), "{err}");
    }

    #[test]
    fn file_keys_are_relative_to_the_baseline_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("news/sub")).unwrap();
        std::fs::write(root.join("news/sub/a.txt"), "x").unwrap();
        let file = root.join("news/sub/a.txt").display().to_string();
        let at_root = Baseline::default().with_root(&root);
        assert_eq!(at_root.key(&file), "news/sub/a.txt");
        let in_news = Baseline::default().with_root(&root.join("news"));
        assert_eq!(in_news.key(&file), "sub/a.txt");
        let beside = Baseline::default().with_root(&root.join("news/sub/other"));
        // A folder that does not exist cannot be resolved: keys stay as given.
        assert_eq!(beside.key("./x/y"), "x/y");
        std::fs::create_dir_all(root.join("elsewhere")).unwrap();
        let elsewhere = Baseline::default().with_root(&root.join("elsewhere"));
        assert_eq!(elsewhere.key(&file), "../news/sub/a.txt");
        // A record id is not a file: kept as it is.
        assert_eq!(at_root.key("id-42"), "id-42");
        let mut seen = std::collections::BTreeSet::new();
        let mut b = at_root.clone();
        b.articles
            .insert("news/sub/a.txt".into(), BaselineArticle::default());
        b.articles
            .insert("gone.txt".into(), BaselineArticle::default());
        seen.insert(b.key(&file));
        assert_eq!(b.unmatched(&seen), ["gone.txt"]);
    }

    #[test]
    fn article_keys_are_normalised() {
        assert_eq!(article_key("./././a/b.txt"), "a/b.txt");
        assert_eq!(article_key(r"a\b.txt"), "a/b.txt");
        assert_eq!(article_key("id-42"), "id-42");
    }
}
