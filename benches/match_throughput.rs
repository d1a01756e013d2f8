//! Throughput of the two hot paths, in bytes of article text per second on one core:
//!
//! - `segment_and_match`: `Segmented::new` + `Matcher::find` on each field — the tokeniser,
//!   the stem cache and the lexicon lookup, nothing else;
//! - `segment_only`: `Segmented::new` alone, to split the first figure;
//! - `analyze`: the full `Analyzer::analyze` (matching, voice, support, omissions, tone,
//!   frames, sourcing, score) on the same articles.
//!
//! The input is a few MB of deterministic news-like text built from the articles in
//! `corpus/` (paragraphs reordered, numbers changed, headlines recombined), cut into
//! article-sized documents: omissions compare every body sentence with every other, so one
//! multi-megabyte "article" would measure that quadratic step, not a realistic workload.
//!
//! Run: `cargo bench --bench match_throughput -- --warm-up-time 1 --measurement-time 5`.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use slant::text::Segmented;
use slant::{Analyzer, Article};

/// Bytes of text to generate (headlines and bodies together).
const TARGET_BYTES: usize = 3 * 1024 * 1024;

/// Small deterministic generator (64-bit LCG, Knuth's MMIX constants): the same input every
/// run, without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn corpus_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            corpus_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// (headline, paragraphs) of every `.txt` article under `corpus/`, sorted by path.
fn seed_articles() -> Vec<(String, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files = Vec::new();
    corpus_files(&root, &mut files);
    files.sort();
    let articles: Vec<(String, Vec<String>)> = files
        .iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            let (headline, body) = text.split_once("\n\n")?;
            let paragraphs = body
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>();
            (!paragraphs.is_empty()).then(|| (headline.trim().to_string(), paragraphs))
        })
        .collect();
    assert!(!articles.is_empty(), "no articles under {}", root.display());
    articles
}

/// Replaces each digit with a pseudo-random one, so numbers differ between copies while the
/// text keeps its shape ("1.4 billion" stays a number and an amount).
fn vary_numbers(paragraph: &str, rng: &mut Lcg) -> String {
    paragraph
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from(b'0' + rng.below(10) as u8)
            } else {
                c
            }
        })
        .collect()
}

/// Article-sized documents, about `TARGET_BYTES` in all: each takes a seed article's
/// headline, or joins halves of two headlines, and 6–12 paragraphs drawn from one or two
/// seed articles in shuffled order.
fn generate_articles() -> Vec<Article> {
    let seeds = seed_articles();
    let mut rng = Lcg(0x5eed_51a7);
    let mut articles = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        let (headline_a, paragraphs_a) = &seeds[rng.below(seeds.len())];
        let (headline_b, paragraphs_b) = &seeds[rng.below(seeds.len())];
        let headline = if rng.below(3) == 0 {
            let left = headline_a
                .split_once(", ")
                .map_or(headline_a.as_str(), |(l, _)| l);
            let right = headline_b
                .rsplit_once(' ')
                .map_or(headline_b.as_str(), |(_, r)| r);
            format!("{left} as {right} Draws Scrutiny")
        } else {
            headline_a.clone()
        };
        let count = 6 + rng.below(7);
        let body = (0..count)
            .map(|_| {
                let pool = if rng.below(4) == 0 {
                    paragraphs_b
                } else {
                    paragraphs_a
                };
                vary_numbers(&pool[rng.below(pool.len())], &mut rng)
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        total += headline.len() + body.len();
        let name = format!("generated-{}", articles.len());
        articles.push(Article::from_parts(name, Some(&headline), &body));
    }
    articles
}

fn article_bytes(articles: &[Article]) -> u64 {
    articles
        .iter()
        .map(|a| a.headline.as_ref().map_or(0, |h| h.text.len()) + a.body.text.len())
        .sum::<usize>() as u64
}

fn throughput(c: &mut Criterion) {
    let analyzer = Analyzer::with_defaults().expect("the embedded lexicons load");
    let articles = generate_articles();
    let bytes = article_bytes(&articles);

    let mut group = c.benchmark_group("match_throughput");
    group.throughput(Throughput::Bytes(bytes));
    // One iteration is a few MB: ten samples are enough and keep the run short.
    group.sample_size(10);

    // Segmentation alone, to split the first figure between the tokeniser and the lookup.
    group.bench_function("segment_only", |b| {
        b.iter(|| {
            let mut tokens = 0;
            for article in &articles {
                for field in article
                    .headline
                    .iter()
                    .chain(std::iter::once(&article.body))
                {
                    tokens += black_box(Segmented::new(&field.text)).tokens.len();
                }
            }
            tokens
        })
    });

    group.bench_function("segment_and_match", |b| {
        b.iter(|| {
            let mut matches = 0;
            for article in &articles {
                for field in article
                    .headline
                    .iter()
                    .chain(std::iter::once(&article.body))
                {
                    let seg = Segmented::new(&field.text);
                    let found = analyzer.matcher().find(&field.text, &seg);
                    matches += black_box(&found).matches.len();
                }
            }
            matches
        })
    });

    group.bench_function("analyze", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|article| black_box(analyzer.analyze(article)).findings.len())
                .sum::<usize>()
        })
    });

    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
