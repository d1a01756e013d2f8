//! Throughput of each stage of the analysis, in bytes of article text per second on one core
//! (criterion's `Throughput::Bytes`: every stage is charged the same bytes, headlines and
//! bodies, so the figures add up as reciprocals: 1 / total = Σ 1 / stage).
//!
//! | benchmark | what runs (everything it needs is built beforehand, outside the timing) |
//! | --- | --- |
//! | `segment` | `Segmented::new` on each field: paragraphs, sentences, tokens, normalised words |
//! | `match` | `Matcher::find` on each segmented field: stems (cached per thread), lexicon lookup |
//! | `prepare` | `analysis::prepare_field`: segment, match and mark each token's voice; voice alone is `prepare` less `segment` and `match` |
//! | `concepts` | `ArticleConcepts::new`: the concept ids that support and omissions share |
//! | `loaded` | loaded terms of both fields and their densities |
//! | `support` | `analysis::support::support` (headline support, negation scopes) |
//! | `omissions` | `analysis::omissions::omissions` |
//! | `tone_frames_sourcing` | `tone`, `frames` and `sourcing` |
//! | `score` | `score::score` from the finished analyses |
//! | `serialise` | the JSONL line of each report (`--format jsonl`) |
//! | `serialise_fields` | the same with `--fields findings,score` |
//! | `analyze` | the whole `Analyzer::analyze`, for the sum |
//!
//! The input is a few MB of deterministic news-like text built from the articles in
//! `corpus/` (paragraphs reordered, numbers changed, headlines recombined), cut into
//! article-sized documents: omissions compare every body sentence with every other, so one
//! multi-megabyte "article" would measure that quadratic step, not a realistic workload.
//!
//! Run: `cargo bench --bench stages -- --warm-up-time 1 --measurement-time 5`
//! (or name one stage: `cargo bench --bench stages -- support`). The timings are only
//! meaningful on a quiet machine; docs/performance.md has figures and instruction counts.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use slant::analysis::{self, prepare_field, ArticleConcepts, FieldView};
use slant::report::{Destination, Format, Location, Outcome, RenderContext, ReportField};
use slant::score::{self, ScoreInputs};
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

/// The fields of an article, segmented, matched and voiced, with their loaded terms.
struct Prepared<'a> {
    headline: Option<FieldView<'a>>,
    body: FieldView<'a>,
    headline_loaded: Vec<slant::report::Finding>,
    body_loaded: Vec<slant::report::Finding>,
}

fn prepare<'a>(analyzer: &Analyzer, article: &'a Article) -> Prepared<'a> {
    let matcher = analyzer.matcher();
    let config = analyzer.config();
    let headline = article
        .headline
        .as_ref()
        .map(|h| prepare_field(Location::Headline, h, matcher));
    let body = prepare_field(Location::Body, &article.body, matcher);
    let loaded = |v: &FieldView| {
        analysis::loaded::find_loaded_terms(v, matcher, config, &article.ignore_terms)
    };
    Prepared {
        headline_loaded: headline.as_ref().map(loaded).unwrap_or_default(),
        body_loaded: loaded(&body),
        headline,
        body,
    }
}

fn fields(articles: &[Article]) -> impl Iterator<Item = &str> {
    articles.iter().flat_map(|a| {
        a.headline
            .iter()
            .chain(std::iter::once(&a.body))
            .map(|f| f.text.as_str())
    })
}

fn stages(c: &mut Criterion) {
    let analyzer = Analyzer::with_defaults().expect("the embedded lexicons load");
    let matcher = analyzer.matcher();
    let config = analyzer.config();
    let articles = generate_articles();
    let bytes = article_bytes(&articles);

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes));
    // One iteration is a few MB: ten samples are enough and keep the run short.
    group.sample_size(10);

    group.bench_function("segment", |b| {
        b.iter(|| {
            fields(&articles)
                .map(|text| black_box(Segmented::new(text)).tokens.len())
                .sum::<usize>()
        })
    });

    let segmented: Vec<(&str, Segmented)> = fields(&articles)
        .map(|text| (text, Segmented::new(text)))
        .collect();
    group.bench_function("match", |b| {
        b.iter(|| {
            segmented
                .iter()
                .map(|(text, seg)| black_box(matcher.find(text, seg)).matches.len())
                .sum::<usize>()
        })
    });
    drop(segmented);

    group.bench_function("prepare", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let h = a
                        .headline
                        .as_ref()
                        .map(|h| prepare_field(Location::Headline, h, matcher));
                    let body = prepare_field(Location::Body, &a.body, matcher);
                    black_box(&h);
                    black_box(body).seg.tokens.len()
                })
                .sum::<usize>()
        })
    });

    let prepared: Vec<Prepared> = articles.iter().map(|a| prepare(&analyzer, a)).collect();

    group.bench_function("concepts", |b| {
        b.iter(|| {
            for p in &prepared {
                black_box(ArticleConcepts::new(p.headline.as_ref(), &p.body));
            }
        })
    });

    group.bench_function("loaded", |b| {
        b.iter(|| {
            for (a, p) in articles.iter().zip(&prepared) {
                let h = p.headline.as_ref().map(|v| {
                    analysis::loaded::find_loaded_terms(v, matcher, config, &a.ignore_terms)
                });
                let body =
                    analysis::loaded::find_loaded_terms(&p.body, matcher, config, &a.ignore_terms);
                black_box(analysis::loaded::densities(
                    h.as_deref().unwrap_or_default(),
                    p.headline.as_ref().map_or(0, |v| v.seg.word_count()),
                    &body,
                    p.body.seg.word_count(),
                    config,
                ));
            }
        })
    });

    let concepts: Vec<ArticleConcepts> = prepared
        .iter()
        .map(|p| ArticleConcepts::new(p.headline.as_ref(), &p.body))
        .collect();
    let furniture: Vec<Vec<bool>> = prepared
        .iter()
        .map(|p| analysis::furniture::furniture_sentences(&p.body))
        .collect();

    group.bench_function("support", |b| {
        b.iter(|| {
            for ((p, c), f) in prepared.iter().zip(&concepts).zip(&furniture) {
                if let Some(h) = &p.headline {
                    black_box(analysis::support::support(
                        matcher,
                        h,
                        &p.headline_loaded,
                        &p.body,
                        &p.body_loaded,
                        c,
                        f,
                    ));
                }
            }
        })
    });

    let tones: Vec<_> = prepared
        .iter()
        .map(|p| analysis::tone::tone(p.headline.as_ref(), &p.body))
        .collect();
    group.bench_function("omissions", |b| {
        b.iter(|| {
            for (((p, c), t), f) in prepared.iter().zip(&concepts).zip(&tones).zip(&furniture) {
                black_box(analysis::omissions::omissions(
                    matcher,
                    p.headline.as_ref(),
                    t.headline.tone,
                    &p.body,
                    c,
                    f,
                ));
            }
        })
    });

    group.bench_function("tone_frames_sourcing", |b| {
        b.iter(|| {
            for p in &prepared {
                black_box(analysis::tone::tone(p.headline.as_ref(), &p.body));
                black_box(analysis::frames::frames(
                    matcher,
                    p.headline.as_ref(),
                    &p.body,
                ));
                let voices = analysis::voices::voices(&p.body, matcher);
                black_box(analysis::sourcing::sourcing(
                    &p.body,
                    &voices,
                    &p.body_loaded,
                ));
            }
        })
    });

    let reports: Vec<Outcome> = articles
        .iter()
        .map(|a| Outcome::Report(Box::new(analyzer.analyze(a))))
        .collect();
    group.bench_function("score", |b| {
        b.iter(|| {
            for outcome in &reports {
                let Outcome::Report(r) = outcome else {
                    continue;
                };
                black_box(score::score(
                    &ScoreInputs {
                        has_headline: r.headline.is_some(),
                        headline: score::Evaluative::of(
                            &r.findings,
                            slant::report::Location::Headline,
                            r.density.headline_tokens,
                            &config.voice_weights,
                        ),
                        body: score::Evaluative::of(
                            &r.findings,
                            slant::report::Location::Body,
                            r.density.body_tokens,
                            &config.voice_weights,
                        ),
                        support: &r.support,
                        omissions: &r.omissions,
                        sourcing: &r.sourcing,
                    },
                    &config.score_weights,
                ));
            }
        })
    });

    let renderer = Format::Jsonl.renderer();
    let full = RenderContext::new("batch");
    let mut compact = RenderContext::new("batch");
    compact.fields = vec![ReportField::Findings, ReportField::Score];
    for (name, ctx) in [("serialise", &full), ("serialise_fields", &compact)] {
        group.bench_function(name, |b| {
            let mut out = Vec::new();
            b.iter(|| {
                out.clear();
                for outcome in &reports {
                    renderer
                        .render_batch(
                            std::slice::from_ref(outcome),
                            ctx,
                            Destination::Stream(&mut out),
                        )
                        .expect("writing to memory");
                }
                out.len()
            })
        });
    }

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

criterion_group!(benches, stages);
criterion_main!(benches);
