/*!
slant audits how news is framed: it compares a headline's wording against what the body
actually says, using configurable lexicons.

The data flows through one folder or file per stage, all speaking the vocabulary of the ground
floor, [`vocab`] (spans, locations, voices, findings, line and column, rounding):

1. [`article`] reads a file (plain text, Markdown, HTML, JSON) into an [`Article`];
2. [`text`] segments each field into paragraphs, sentences and word tokens, with byte spans
   into the original text, and marks each token's voice (outlet, attributed, quoted);
3. [`lexicon`] loads the TOML lexicons and compiles them once into a [`lexicon::Matcher`];
4. [`analysis`] finds loaded terms, checks headline support, omissions, tone, frames and
   sourcing;
5. [`score`] condenses the analyses into one explainable score;
6. [`report`] holds the findings as plain data and renders them in each output format.

The library never prints and never exits; it returns data and typed errors.

```
use slant::{Analyzer, Article};

let analyzer = Analyzer::with_defaults().expect("the embedded lexicons load");
let article = Article::from_parts(
    "example",
    Some("Minister's Plea Falls on Deaf Ears"),
    "The minister asked for more funding. The committee rejected the request.",
);
let report = analyzer.analyze(&article);
assert!(report.findings.iter().any(|f| f.term == "plea"));
```
*/
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod article;
pub mod batch;
pub mod config;
pub mod error;
pub mod eval;
pub mod lexicon;
pub mod report;
pub mod score;
pub mod text;
pub mod vocab;

mod analyzer;

pub use analyzer::Analyzer;
pub use article::{Article, Field, InputFormat};
pub use report::Report;
pub use vocab::{Finding, Location, Span, Voice};
