/*!
Scoring units in parallel, in input order, with bounded memory.

The [`Runner`] reads units on a thread of their own, scores them on a rayon pool with the one
shared analyser (each worker takes the next unit as soon as it is free), and hands the outcomes
back in input order. At most a window of units (a few per thread) is in flight at once: an
ordered parallel collect over an input of unknown length would have to hold every result until
the last one is done, where this holds at most `window` articles, so `slant batch --stdin
--format jsonl` runs in constant memory on a stream of any size and its first lines come out
while the rest is still being read. An article that takes long holds back the output behind it
(to keep the order), not the workers, until the window is full.

A panic while scoring one article (a bug) becomes that article's error, so one bad input
never takes the rest of the batch down with it.
*/

use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};

use rayon::prelude::*;

use super::jsonl::parse_record;
use super::Unit;
use crate::article::{read_article, InputFormat, JsonFields};
use crate::report::{ErrorPlace, FileError, Outcome};
use crate::Analyzer;

/// Units in flight (read, not yet emitted), per thread.
const UNITS_PER_THREAD: usize = 16;

/// How a batch is run.
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Worker threads; 0 means one per core.
    pub jobs: usize,
    /// Units in flight at most; 0 means 16 per thread.
    pub window: usize,
    /// Read article files as this format instead of guessing from the extension.
    pub input_format: Option<InputFormat>,
    /// Field names of JSONL records.
    pub json_fields: JsonFields,
    /// Keep each article's text in its report (the HTML report highlights in place).
    pub keep_text: bool,
    /// Fingerprint each article so the batch can rank copies once
    /// ([`super::duplicates`]); the streamed formats write every input and need none.
    pub find_copies: bool,
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

    /// Units in flight at most: read, and not yet emitted.
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
            Ok(article) => {
                let mut report = if self.options.keep_text {
                    self.analyzer.analyze_with_text(&article)
                } else {
                    self.analyzer.analyze(&article)
                };
                if self.options.find_copies {
                    report.fingerprint = super::duplicates::fingerprint(
                        article.headline.as_ref().map(|h| h.text.as_str()),
                        &article.body.text,
                    );
                }
                Outcome::Report(Box::new(report))
            }
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

    /// Scores every unit, calling `emit` with outcomes in input order as soon as the outcomes
    /// before them are out. Stops at the first error `emit` returns (a closed pipe, say).
    ///
    /// The units are read on a thread of their own, so reading overlaps scoring, and at most
    /// [`Runner::window`] units are in flight (read but not yet emitted): memory stays bounded
    /// however long the input. On a stream that trickles in, each article comes out as soon as
    /// it is scored.
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
    /// left to that one thread would otherwise idle the workers.
    ///
    /// Why not a parallel iterator per window: each window ended with a wait for its slowest
    /// article, with the other workers idle, and the next window could only start once the
    /// last one was written. Here the workers pull units one at a time from a queue and never
    /// wait for each other; this thread puts the outcomes back in input order in a buffer that
    /// never holds more than a window, because the reader takes a permit for each unit and
    /// this thread gives it back only when that unit's outcome is emitted.
    pub fn run_mapped<I, T, E>(
        &self,
        units: I,
        map: impl Fn(Outcome) -> T + Sync,
        mut emit: impl FnMut(Vec<T>) -> Result<(), E>,
    ) -> Result<(), E>
    where
        I: IntoIterator<Item = Unit>,
        I::IntoIter: Send + 'static,
        T: Send + 'static,
    {
        let window = self.window().max(1);
        let (events, inbox) = mpsc::channel::<Event<T>>();
        let (permits_back, permits) = mpsc::sync_channel::<()>(window);
        for _ in 0..window {
            // Cannot fail: the channel holds `window` permits and the reader is not started.
            let _ = permits_back.send(());
        }
        spawn_reader(units.into_iter(), permits, events.clone());
        let (work, queue) = mpsc::channel::<(usize, Unit)>();
        let queue = Mutex::new(queue);
        let stop = AtomicBool::new(false);
        self.pool.in_place_scope(|scope| {
            for _ in 0..self.threads() {
                let events = events.clone();
                let (queue, stop, map) = (&queue, &stop, &map);
                scope.spawn(move |_| {
                    // A panic in `map` (a bug) must not leave this thread waiting for an
                    // outcome that never comes: the guard says so, and the scope then
                    // re-raises the panic.
                    let guard = PanicGuard(&events);
                    loop {
                        let job = queue.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok((seq, unit)) = job else { break };
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                        let done = map(self.score(&unit));
                        if events.send(Event::Done(seq, done)).is_err() {
                            break;
                        }
                    }
                    drop(guard);
                });
            }
            drop(events);
            // The outcomes from `next` on, in input order; `None` while still being scored.
            let mut pending: VecDeque<Option<T>> = VecDeque::with_capacity(window);
            let mut next = 0;
            let mut total = None;
            let result = loop {
                if total == Some(next) {
                    break Ok(());
                }
                let Ok(event) = inbox.recv() else {
                    break Ok(());
                };
                match event {
                    Event::Unit(seq, unit) => {
                        if work.send((seq, unit)).is_err() {
                            break Ok(());
                        }
                    }
                    Event::End(count) => total = Some(count),
                    Event::Panicked => break Ok(()),
                    Event::Done(seq, done) => {
                        let at = seq - next;
                        if pending.len() <= at {
                            pending.resize_with(at + 1, || None);
                        }
                        pending[at] = Some(done);
                        let mut ready = Vec::new();
                        while let Some(Some(_)) = pending.front() {
                            ready.extend(pending.pop_front().flatten());
                        }
                        if ready.is_empty() {
                            continue;
                        }
                        next += ready.len();
                        for _ in 0..ready.len() {
                            let _ = permits_back.send(());
                        }
                        if let Err(e) = emit(ready) {
                            break Err(e);
                        }
                    }
                }
            };
            // The workers finish the article in hand and stop; the reader stops at its next
            // permit or unit.
            stop.store(true, Ordering::Relaxed);
            drop(work);
            drop(permits_back);
            result
        })
    }
}

/// What the thread running [`Runner::run_mapped`] hears about.
enum Event<T> {
    /// The reader read unit number `.0`.
    Unit(usize, Unit),
    /// The reader is done, after this many units.
    End(usize),
    /// A worker scored unit number `.0`.
    Done(usize, T),
    /// A worker panicked.
    Panicked,
}

/// Says [`Event::Panicked`] when dropped while its thread unwinds.
struct PanicGuard<'a, T>(&'a mpsc::Sender<Event<T>>);

impl<T> Drop for PanicGuard<'_, T> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.0.send(Event::Panicked);
        }
    }
}

/// Reads the units on a thread of their own, a permit per unit.
///
/// Detached on purpose: if `emit` fails while the reader is blocked on a slow stdin, returning
/// must not wait for the next line. The reader ends when the permits or the events close.
fn spawn_reader<T: Send + 'static>(
    units: impl Iterator<Item = Unit> + Send + 'static,
    permits: mpsc::Receiver<()>,
    events: mpsc::Sender<Event<T>>,
) {
    std::thread::Builder::new()
        .name("slant-reader".to_string())
        .spawn(move || {
            let mut count = 0;
            // A panicking input iterator (a bug) ends the input where it broke rather than
            // leaving the run waiting for more.
            let read = catch_unwind(AssertUnwindSafe(|| {
                for unit in units {
                    if permits.recv().is_err() || events.send(Event::Unit(count, unit)).is_err() {
                        return;
                    }
                    count += 1;
                }
            }));
            let _ = events.send(Event::End(count));
            if let Err(panic) = read {
                std::panic::resume_unwind(panic);
            }
        })
        .expect("cannot start the input reader thread");
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
    fn at_most_a_window_is_in_flight() {
        use std::sync::atomic::AtomicUsize;
        use std::sync::Arc;
        let analyzer = Analyzer::with_defaults().unwrap();
        let options = BatchOptions {
            jobs: 2,
            window: 3,
            ..BatchOptions::default()
        };
        let runner = Runner::new(&analyzer, options).unwrap();
        let read = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&read);
        let mut emitted = 0;
        runner
            .run(
                units().into_iter().inspect(move |_| {
                    counter.fetch_add(1, Ordering::SeqCst);
                }),
                |outcomes| {
                    emitted += outcomes.len();
                    // The reader may hold one more unit while it waits for a permit.
                    assert!(read.load(Ordering::SeqCst) <= emitted + 3 + 1);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
        assert_eq!(emitted, 40);
    }

    #[test]
    fn a_panic_in_the_mapping_reaches_the_caller() {
        let analyzer = Analyzer::with_defaults().unwrap();
        let options = BatchOptions {
            jobs: 2,
            ..BatchOptions::default()
        };
        let runner = Runner::new(&analyzer, options).unwrap();
        let run = catch_unwind(AssertUnwindSafe(|| {
            runner.run_mapped(
                units(),
                |_| -> () { panic!("a bug in rendering") },
                |_| Ok::<(), ()>(()),
            )
        }));
        assert!(run.is_err());
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
