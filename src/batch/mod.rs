/*!
Scoring many articles: folders, JSONL files and streams, in parallel, in a fixed order.

The stages, one file each:

1. [`walk`] turns the paths given into an ordered list of [`Source`]s — article files and
   JSONL files — respecting `.gitignore`, `.slantignore` and `--glob` filters;
2. [`Units`] expands those sources lazily into [`Unit`]s of work: an article file, one line
   of a JSONL input ([`jsonl`]), or an input that already failed;
3. [`run`] scores the units in parallel with one shared [`Analyzer`](crate::Analyzer), a
   bounded window at a time, handing each [`Outcome`](crate::report::Outcome) back in input
   order — so output is the same bytes whatever the thread count, and memory stays bounded
   on a stream of any length;
4. [`gates`] and [`baseline`] are pure functions over reports, for `slant check`;
   [`duplicates`] fingerprints an article's text so a batch ranks copies once.

Nothing here prints: progress and errors are reported through the callbacks and return
values, and the command line decides what to show.
*/

pub mod baseline;
pub mod duplicates;
pub mod gates;
pub mod jsonl;
pub mod run;
pub mod walk;

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::PathBuf;

use crate::article::InputLimits;
use crate::report::FileError;

pub use baseline::Baseline;
pub use gates::Gates;
pub use jsonl::JsonlLines;
pub use run::{BatchOptions, Runner};
pub use walk::{discover, FileId, WalkOptions};

/// An input found by [`walk`], before it is read.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// One article file (text, Markdown, HTML, JSON).
    File(PathBuf),
    /// A JSONL file: one article per line.
    Jsonl(PathBuf),
    /// JSONL on standard input.
    Stdin,
    /// A path that could not be walked (missing, unreadable, a symlink loop).
    Failed(FileError),
}

/// One piece of work for the scorer.
#[derive(Debug, Clone, PartialEq)]
pub enum Unit {
    /// An article file, read by the worker thread that scores it.
    File(PathBuf),
    /// One non-blank line of a JSONL input: `name` is the file (`<stdin>` for standard
    /// input), `line` its 1-based number.
    Record {
        name: String,
        line: usize,
        text: String,
    },
    /// An input that failed before it could be scored; it keeps its place in the order.
    Failed(FileError),
}

/// The name standard input goes by in sources and errors.
pub const STDIN_NAME: &str = "<stdin>";

/// Expands sources into units, lazily: a JSONL file is opened when its turn comes and read a
/// line at a time, so a stream of any size is never held in memory.
pub struct Units {
    sources: VecDeque<Source>,
    current: Option<JsonlLines<Box<dyn BufRead + Send>>>,
    limits: InputLimits,
}

impl Units {
    pub fn new(sources: Vec<Source>, limits: &InputLimits) -> Units {
        Units {
            sources: sources.into(),
            current: None,
            limits: limits.clone(),
        }
    }
}

impl Iterator for Units {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if let Some(lines) = &mut self.current {
                match lines.next() {
                    Some(unit) => return Some(unit),
                    None => self.current = None,
                }
            }
            let source = self.sources.pop_front()?;
            let (name, reader): (String, Box<dyn BufRead + Send>) = match source {
                Source::File(path) => return Some(Unit::File(path)),
                Source::Failed(error) => return Some(Unit::Failed(error)),
                Source::Stdin => (
                    STDIN_NAME.to_string(),
                    Box::new(BufReader::new(io::stdin())),
                ),
                Source::Jsonl(path) => {
                    let name = path.display().to_string();
                    match File::open(&path) {
                        Ok(file) => (name, Box::new(BufReader::new(file))),
                        Err(e) => return Some(Unit::Failed(open_error(&name, &e))),
                    }
                }
            };
            self.current = Some(JsonlLines::new(name, reader, self.limits.max_line_length));
        }
    }
}

fn open_error(name: &str, error: &io::Error) -> FileError {
    let (kind, what) = match error.kind() {
        io::ErrorKind::NotFound => ("not-found", "no such file".to_string()),
        io::ErrorKind::PermissionDenied => ("permission-denied", "permission denied".to_string()),
        _ => ("io", format!("cannot read: {error}")),
    };
    FileError {
        source: name.to_string(),
        kind: kind.to_string(),
        message: format!("{name}: {what}"),
        at: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_keep_source_order_and_report_missing_jsonl() {
        let dir = tempfile::tempdir().unwrap();
        let jsonl = dir.path().join("a.jsonl");
        std::fs::write(&jsonl, "{\"body\": \"one\"}\n\n{\"body\": \"two\"}\n").unwrap();
        let missing = dir.path().join("missing.jsonl");
        let sources = vec![
            Source::File(PathBuf::from("x.txt")),
            Source::Jsonl(jsonl.clone()),
            Source::Jsonl(missing),
            Source::File(PathBuf::from("y.txt")),
        ];
        let units: Vec<Unit> = Units::new(sources, &InputLimits::default()).collect();
        assert_eq!(units.len(), 5);
        assert_eq!(units[0], Unit::File(PathBuf::from("x.txt")));
        assert!(matches!(&units[1], Unit::Record { line: 1, .. }));
        // The blank line is skipped but still counted.
        assert!(matches!(&units[2], Unit::Record { line: 3, .. }));
        assert!(matches!(&units[3], Unit::Failed(e) if e.kind == "not-found"));
        assert_eq!(units[4], Unit::File(PathBuf::from("y.txt")));
    }
}
