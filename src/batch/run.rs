/*!
Scoring units in parallel, in input order, with bounded memory.

The [`Runner`] takes a window of units from the input (a few per thread), scores the window on
a rayon pool with the one shared analyser, and hands the outcomes back in input order before
taking the next window. Why windows rather than one parallel iterator over everything: an
ordered parallel collect over an input of unknown length would have to hold every result
until the last one is done; a window holds at most `window` articles, so `slant batch --stdin
--format jsonl` runs in constant memory on a stream of any size and its first lines come out
while the rest is still being read. The cost is a short wait at the end of each window for
its slowest article, small when the window is many times the thread count.

A panic while scoring one article (a bug) becomes that article's error, so one bad input
never takes the rest of the batch down with it.
*/

use std::panic::{catch_unwind, AssertUnwindSafe};

use rayon::prelude::*;

use super::jsonl::parse_record;
use super::Unit;
use crate::article::{read_article, InputFormat, JsonFields};
use crate::report::{ErrorPlace, FileError, Outcome};
use crate::Analyzer;

/// Units scored per window, per thread.
const UNITS_PER_THREAD: usize = 16;

/// How a batch is run.
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Worker threads; 0 means one per core.
    pub jobs: usize,
    /// Units per window; 0 means 16 per thread.
    pub window: usize,
    /// Read article files as this format instead of guessing from the extension.
    pub input_format: Option<InputFormat>,
    /// Field names of JSONL records.
    pub json_fields: JsonFields,
    /// Keep each article's text in its report (the HTML report highlights in place).
    pub keep_text: bool,
}

/// Scores units with one analyser on its own thread pool.
pub struct Runner<'a> {
    analyzer: &'a Analyzer,
    pool: rayon::ThreadPool,
    options: BatchOptions,
}

impl<'a> Runner<'a> {
    pub fn new(
        analyzer: &'a Analyzer,
        options: BatchOptions,
    ) -> Result<Runner<'a>, rayon::ThreadPoolBuildError> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(options.jobs)
            .thread_name(|i| format!("slant-{i}"))
            .build()?;
        Ok(Runner {
            analyzer,
            pool,
            options,
        })
    }

    /// The number of worker threads.
    pub fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// Units scored per window.
    pub fn window(&self) -> usize {
        match self.options.window {
            0 => UNITS_PER_THREAD * self.threads(),
            n => n,
        }
    }

    /// Scores one unit on the calling thread.
    pub fn score(&self, unit: &Unit) -> Outcome {
        let scored = catch_unwind(AssertUnwindSafe(|| self.score_unwinding(unit)));
        scored.unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            let source = unit_name(unit);
            Outcome::Error(FileError {
                message: format!(
                    "{source}: internal error while scoring (please report it): {what}"
                ),
                source,
                kind: "internal".to_string(),
                at: None,
            })
        })
    }

    fn score_unwinding(&self, unit: &Unit) -> Outcome {
        let analyzed = match unit {
            Unit::Failed(error) => Err(error.clone()),
            Unit::File(path) => read_article(
                path,
                self.options.input_format,
                &self.analyzer.config().input_limits,
            )
            .map_err(|e| FileError {
                source: path.display().to_string(),
                kind: e.kind().to_string(),
                message: e.to_string(),
                at: e.line_column().map(|(line, column)| ErrorPlace {
                    path: path.display().to_string(),
                    line,
                    column,
                }),
            }),
            Unit::Record { name, line, text } => {
                parse_record(name, *line, text, &self.options.json_fields)
            }
        };
        match analyzed {
            Ok(article) if self.options.keep_text => {
                Outcome::Report(Box::new(self.analyzer.analyze_with_text(&article)))
            }
            Ok(article) => Outcome::Report(Box::new(self.analyzer.analyze(&article))),
            Err(error) => Outcome::Error(error),
        }
    }

    /// Scores a window of units in parallel; the outcomes are in the units' order.
    pub fn score_window(&self, units: &[Unit]) -> Vec<Outcome> {
        self.score_window_mapped(units, &|outcome| outcome)
    }

    /// [`Runner::score_window`], with `map` applied to each outcome on the worker that scored it.
    fn score_window_mapped<T: Send>(
        &self,
        units: &[Unit],
        map: &(impl Fn(Outcome) -> T + Sync),
    ) -> Vec<T> {
        self.pool
            .install(|| units.par_iter().map(|u| map(self.score(u))).collect())
    }

    /// Scores every unit, a window at a time, calling `emit` with each window's outcomes in
    /// input order. Stops at the first error `emit` returns (a closed pipe, say).
    ///
    /// The units are read on a thread of their own into a channel that holds one window, so
    /// reading the next window overlaps scoring this one, and memory stays bounded. A window
    /// is whatever has arrived (at least one unit, at most [`Runner::window`]): on a stream
    /// that trickles in, each article comes out as soon as it is scored rather than when a
    /// full window has gathered.
    pub fn run<I, E>(
        &self,
        units: I,
        emit: impl FnMut(Vec<Outcome>) -> Result<(), E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Unit>,
        I::IntoIter: Send + 'static,
    {
        self.run_mapped(units, |outcome| outcome, emit)
    }

    /// [`Runner::run`], with `map` applied to each outcome on the worker thread that scored it
    /// (rendering its output line, say), so that the thread calling `emit` only writes: work
    /// left to that one thread would otherwise idle the workers between windows.
    pub fn run_mapped<I, T, E>(
        &self,
        units: I,
        map: impl Fn(Outcome) -> T + Sync,
        mut emit: impl FnMut(Vec<T>) -> Result<(), E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Unit>,
        I::IntoIter: Send + 'static,
        T: Send,
    {
        let window = self.window().max(1);
        let (sender, receiver) = std::sync::mpsc::sync_channel(window);
        let units = units.into_iter();
        // Detached on purpose: if `emit` fails while the reader is blocked on a slow stdin,
        // returning must not wait for the next line. The reader ends when the channel closes.
        std::thread::Builder::new()
            .name("slant-reader".to_string())
            .spawn(move || {
                for unit in units {
                    if sender.send(unit).is_err() {
                        break;
                    }
                }
            })
            .expect("cannot start the input reader thread");
        while let Ok(first) = receiver.recv() {
            let mut chunk = vec![first];
            while chunk.len() < window {
                match receiver.try_recv() {
                    Ok(unit) => chunk.push(unit),
                    Err(_) => break,
                }
            }
            emit(self.score_window_mapped(&chunk, &map))?;
        }
        Ok(())
    }
}

/// The name a unit's outcome goes by.
fn unit_name(unit: &Unit) -> String {
    match unit {
        Unit::File(path) => path.display().to_string(),
        Unit::Record { name, line, .. } => format!("{name}:{line}"),
        Unit::Failed(error) => error.source.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(line: usize, text: &str) -> Unit {
        Unit::Record {
            name: "t.jsonl".to_string(),
            line,
            text: text.to_string(),
        }
    }

    fn units() -> Vec<Unit> {
        (1..=40)
            .map(|i| {
                if i == 17 {
                    record(i, "{not json")
                } else {
                    record(
                        i,
                        &format!(
                            r#"{{"id": "a{i}", "headline": "Minister's plea {i} falls on deaf ears", "body": "The minister asked for {i} more nurses. The committee said no."}}"#
                        ),
                    )
                }
            })
            .collect()
    }

    fn sources(outcomes: &[Outcome]) -> Vec<String> {
        outcomes
            .iter()
            .map(|o| match o {
                Outcome::Report(r) => r.source.clone(),
                Outcome::Error(e) => format!("error {}", e.source),
            })
            .collect()
    }

    #[test]
    fn output_is_in_input_order_whatever_the_threads_and_window() {
        let analyzer = Analyzer::with_defaults().unwrap();
        let mut results = Vec::new();
        for (jobs, window) in [(1, 0), (2, 3), (4, 7)] {
            let runner = Runner::new(
                &analyzer,
                BatchOptions {
                    jobs,
                    window,
                    ..BatchOptions::default()
                },
            )
            .unwrap();
            let mut all = Vec::new();
            runner
                .run(units(), |outcomes| {
                    assert!(outcomes.len() <= runner.window());
                    all.extend(outcomes);
                    Ok::<(), ()>(())
                })
                .unwrap();
            results.push(all);
        }
        assert_eq!(results[0], results[1]);
        assert_eq!(results[0], results[2]);
        let names = sources(&results[0]);
        assert_eq!(names[0], "a1");
        assert_eq!(names[16], "error t.jsonl:17");
        assert_eq!(names[39], "a40");
    }

    #[test]
    fn mapped_outcomes_keep_the_input_order() {
        let analyzer = Analyzer::with_defaults().unwrap();
        let options = BatchOptions {
            jobs: 3,
            window: 4,
            ..BatchOptions::default()
        };
        let runner = Runner::new(&analyzer, options).unwrap();
        let mut mapped = Vec::new();
        runner
            .run_mapped(
                units(),
                |outcome| sources(std::slice::from_ref(&outcome)).remove(0),
                |names| {
                    mapped.extend(names);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
        let mut direct = Vec::new();
        runner
            .run(units(), |outcomes| {
                direct.extend(sources(&outcomes));
                Ok::<(), ()>(())
            })
            .unwrap();
        assert_eq!(mapped, direct);
        assert_eq!(mapped.len(), 40);
    }

    #[test]
    fn emit_errors_stop_the_run() {
        let analyzer = Analyzer::with_defaults().unwrap();
        let options = BatchOptions {
            jobs: 1,
            window: 5,
            ..BatchOptions::default()
        };
        let runner = Runner::new(&analyzer, options).unwrap();
        let mut calls = 0;
        let result = runner.run(units(), |_| {
            calls += 1;
            Err("closed")
        });
        assert_eq!(result, Err("closed"));
        assert_eq!(calls, 1);
    }
}
