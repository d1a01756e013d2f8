//! `--format html` rendered in a real browser: headless Chromium loads the report, and the
//! DOM it dumps after load is checked — one highlight per finding and category, the omitted
//! sentences marked, the SVG bars present, a hostile article inert. Screenshots (wide, narrow)
//! and a PDF print go to `target/tmp/html-browser/` for people to look at; CI keeps that folder
//! as an artifact.
//!
//! Needs `/usr/bin/chromium` (Debian package `chromium`; `.ci/install-chromium.sh` installs
//! it). Without it each test prints why it is skipped and passes, so `cargo test` still works
//! on a laptop without a browser; `.ci/run` sets `SLANT_REQUIRE_CHROMIUM`, under which a missing
//! browser fails the tests instead. Set `SLANT_CHROMIUM` to use another binary.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use regex::Regex;
use serde_json::Value;
use slant::article::{read_article, InputLimits};
use slant::report::{Destination, Format, Outcome, RenderContext};
use slant::Analyzer;

const SEED: &str = "corpus/blinken-beijing.txt";
const HOSTILE: &str = "tests/fixtures/html/hostile.txt";

/// One browser at a time: the suite shares two cores with the rest of the tests.
static BROWSER: Mutex<()> = Mutex::new(());

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("SLANT_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if path.exists() {
        Some(path)
    } else {
        // CI sets this: there a missing browser is a failure, not a skip.
        assert!(
            std::env::var_os("SLANT_REQUIRE_CHROMIUM").is_none(),
            "SLANT_REQUIRE_CHROMIUM is set and there is no browser at {}",
            path.display()
        );
        println!(
            "skipped: no browser at {} — install Debian's `chromium` (.ci/install-chromium.sh) or set SLANT_CHROMIUM",
            path.display()
        );
        None
    }
}

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-browser");
    std::fs::create_dir_all(&dir).expect("artifact folder");
    dir
}

/// Runs headless Chromium on `page` with `extra` flags (a fresh profile each time) and
/// returns its standard output.
fn run_browser(browser: &Path, page: &Path, extra: &[String]) -> String {
    let _one = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let profile = tempfile::tempdir().expect("profile folder");
    let url = format!(
        "file://{}",
        page.canonicalize().expect("page exists").display()
    );
    let mut child = Process::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-extensions",
            "--hide-scrollbars",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(&url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            assert!(status.success(), "chromium failed on {url}: {status}");
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium took over two minutes on {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().expect("reader thread")
}

fn dump_dom(browser: &Path, page: &Path) -> String {
    let dom = run_browser(browser, page, &["--dump-dom".to_string()]);
    assert!(
        dom.contains("</html>"),
        "no DOM dumped for {}",
        page.display()
    );
    dom
}

/// A screenshot at `width`×`height` and a PDF print, kept as artifacts.
fn capture(browser: &Path, page: &Path, name: &str, width: u32, height: u32) {
    let png = artifacts().join(format!("{name}.png"));
    let _ = std::fs::remove_file(&png);
    run_browser(
        browser,
        page,
        &[
            format!("--window-size={width},{height}"),
            format!("--screenshot={}", png.display()),
        ],
    );
    let size = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "{}: screenshot missing or blank ({size} bytes)",
        png.display()
    );
}

fn print_pdf(browser: &Path, page: &Path, name: &str) {
    let pdf = artifacts().join(format!("{name}.pdf"));
    let _ = std::fs::remove_file(&pdf);
    run_browser(
        browser,
        page,
        &[
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "{}: PDF missing ({size} bytes)",
        pdf.display()
    );
}

fn slant(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("slant")
        .expect("the binary is built")
        .args(["--color", "never"])
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn write_artifact(name: &str, bytes: &[u8]) -> PathBuf {
    let path = artifacts().join(name);
    std::fs::write(&path, bytes).expect("write the page");
    path
}

fn count(dom: &str, pattern: &str) -> usize {
    Regex::new(pattern).expect("pattern").find_iter(dom).count()
}

/// Highlights (first pieces, not continuations) per category in a dumped DOM.
fn highlights_by_category(dom: &str) -> BTreeMap<String, usize> {
    let re = Regex::new(r#"<mark [^>]*data-kind="loaded-term" data-category="([^"]*)""#)
        .expect("pattern");
    let mut by = BTreeMap::new();
    for c in re.captures_iter(dom) {
        *by.entry(c[1].to_string()).or_insert(0) += 1;
    }
    by
}

fn findings_by_category(report: &Value) -> BTreeMap<String, usize> {
    let mut by = BTreeMap::new();
    for f in report["findings"].as_array().expect("findings") {
        if f["kind"] == "loaded-term" {
            *by.entry(f["category"].as_str().expect("category").to_string())
                .or_insert(0) += 1;
        }
    }
    by
}

fn unsupported(report: &Value) -> usize {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["kind"] == "unsupported-term")
        .count()
}

/// The `<svg class="chart NAME">` element of a DOM.
fn chart<'a>(dom: &'a str, name: &str) -> &'a str {
    let start = dom
        .find(&format!("<svg class=\"chart {name}\""))
        .unwrap_or_else(|| panic!("no {name} chart"));
    let end = dom[start..].find("</svg>").expect("chart closes") + start;
    &dom[start..end]
}

#[test]
fn seed_report_highlights_every_finding_in_the_browser() {
    let Some(browser) = chromium() else { return };
    let report: Value =
        serde_json::from_slice(&slant(&["audit", SEED, "--format", "json", "--isolated"]))
            .expect("JSON report");
    let page = write_artifact(
        "seed.html",
        &slant(&["audit", SEED, "--format", "html", "--isolated"]),
    );
    let dom = dump_dom(&browser, &page);

    let expected = findings_by_category(&report);
    assert!(!expected.is_empty(), "the seed has findings");
    assert_eq!(
        highlights_by_category(&dom),
        expected,
        "one highlight per finding, per category"
    );
    assert_eq!(
        count(
            &dom,
            r#"<mark [^>]*class="[^"]*\bunsupported\b[^"]*" data-kind"#
        ),
        unsupported(&report),
        "every unsupported headline term is underlined"
    );
    // Every highlight is keyboard-reachable and carries its details.
    assert_eq!(
        count(&dom, r#"<mark tabindex="0" "#),
        count(&dom, r#"<span class="tip" role="tooltip""#)
    );

    let omissions = report["omissions"]["omissions"]
        .as_array()
        .expect("omissions")
        .len();
    assert!(omissions > 0, "the seed has omissions");
    assert_eq!(
        count(
            &dom,
            r#"<span class="omitted" id="om-\d+" data-omission="\d+""#
        ),
        omissions
    );
    let tooltips = Regex::new(r#"<span class="tip".*?</span></span>"#).expect("tooltips");
    let tags = Regex::new(r"<[^>]*>").expect("tags");
    for (k, o) in report["omissions"]["omissions"]
        .as_array()
        .expect("omissions")
        .iter()
        .enumerate()
    {
        // The marked sentence starts with the omitted sentence's first words.
        let first: String = o["text"]
            .as_str()
            .expect("text")
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let marker = format!("data-omission=\"{}\">", k + 1);
        let at = dom.find(&marker).expect("omission marked") + marker.len();
        let end = (at + 3000).min(dom.len());
        let end = (end..=dom.len())
            .find(|&i| dom.is_char_boundary(i))
            .expect("a boundary");
        let after = &dom[at..end];
        let after = tooltips.replace_all(after, "");
        let after = tags.replace_all(&after, "");
        assert!(
            after.contains(&first),
            "omission {} marks `{first}…`, found `{after}`",
            k + 1
        );
    }

    let components = report["score"]["components"]
        .as_array()
        .expect("components")
        .len();
    assert_eq!(
        count(chart(&dom, "score-components"), r#"<rect class="bar""#),
        components
    );
    let frames = chart(&dom, "frames");
    assert!(count(frames, r#"class="bar headline""#) > 0);
    assert_eq!(
        count(frames, r#"class="bar headline""#),
        count(frames, r#"class="bar body""#)
    );
    assert_eq!(count(chart(&dom, "tone"), r#"<rect class="bar "#), 2);
    assert!(dom.contains("<title>slant: China’s Hardline Stance"));

    capture(&browser, &page, "seed-wide", 1280, 2000);
    capture(&browser, &page, "seed-narrow", 390, 2400);
    print_pdf(&browser, &page, "seed-print");
}

#[test]
fn hostile_article_renders_as_text_and_runs_nothing() {
    let Some(browser) = chromium() else { return };
    let page = write_artifact(
        "hostile.html",
        &slant(&["audit", HOSTILE, "--format", "html", "--isolated"]),
    );
    let dom = dump_dom(&browser, &page);

    let title = Regex::new(r"<title>([^<]*)</title>").expect("pattern");
    let title = &title.captures(&dom).expect("a title")[1];
    assert!(
        title.starts_with("slant: Minister's Plea"),
        "the title was rewritten: {title}"
    );
    assert_eq!(count(&dom, "<script"), 0, "no script element");
    assert_eq!(count(&dom, "<img"), 0, "no image element");
    assert_eq!(count(&dom, "<iframe"), 0, "no frame");
    assert_eq!(count(&dom, "<style"), 1, "only the report's own stylesheet");
    assert_eq!(count(&dom, r"<svg onload"), 0);
    assert_eq!(count(&dom, r#"<a [^>]*href="javascript"#), 0);
    // No element anywhere carries an event handler.
    assert_eq!(count(&dom, r#"<[a-z][^>]*\son[a-z]+="#), 0);
    assert_eq!(count(&dom, r#"<b onclick"#), 0);
    // The payloads are there, as text.
    assert!(dom.contains("&lt;script&gt;document.title='PWNED-body'&lt;/script&gt;"));
    assert!(dom.contains("&lt;/style&gt;&lt;script&gt;"));
    assert!(dom.contains("&lt;img src=x onerror=\"document.title='PWNED-img'\"&gt;"));
    assert!(
        dom.contains("&amp;lt;b&amp;gt;entity"),
        "entities in the article show as typed"
    );
    // Findings are still highlighted around the hostile text.
    let report: Value = serde_json::from_slice(&slant(&[
        "audit",
        HOSTILE,
        "--format",
        "json",
        "--isolated",
    ]))
    .expect("JSON report");
    assert_eq!(highlights_by_category(&dom), findings_by_category(&report));

    capture(&browser, &page, "hostile", 1280, 1400);
}

fn batch_outcomes() -> Vec<Outcome> {
    let analyzer = Analyzer::with_defaults().expect("the embedded lexicons load");
    let limits = InputLimits::default();
    let mut paths = vec![PathBuf::from(SEED), PathBuf::from(HOSTILE)];
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir("tests/fixtures/articles")
        .expect("fixture articles")
        .map(|e| e.expect("entry").path())
        .collect();
    fixtures.sort();
    paths.extend(fixtures);
    paths
        .iter()
        .map(|p| {
            Outcome::Report(Box::new(
                analyzer.analyze_with_text(&read_article(p, None, &limits).expect("reads")),
            ))
        })
        .collect()
}

#[test]
fn batch_report_ranks_charts_and_details_every_article() {
    let Some(browser) = chromium() else { return };
    let outcomes = batch_outcomes();
    let n = outcomes.len();
    let mut html = Vec::new();
    Format::Html
        .renderer()
        .render_batch(
            &outcomes,
            &RenderContext::new("batch"),
            Destination::Stream(&mut html),
        )
        .expect("renders");
    let page = write_artifact("batch.html", &html);
    let dom = dump_dom(&browser, &page);

    let histogram = chart(&dom, "histogram");
    assert_eq!(count(histogram, r#"<rect class="bin""#), 20);
    let binned: usize = Regex::new(r#"class="bin" data-value="(\d+)""#)
        .expect("pattern")
        .captures_iter(histogram)
        .map(|c| c[1].parse::<usize>().expect("count"))
        .sum();
    assert_eq!(binned, n, "every score is in one bin");
    let banded: usize = Regex::new(r#"data-band="[a-z]+">(\d+)<"#)
        .expect("pattern")
        .captures_iter(&dom)
        .map(|c| c[1].parse::<usize>().expect("count"))
        .sum();
    assert_eq!(banded, n, "totals per band add up");
    // Five sortable copies of the ranked table, each listing every article.
    assert_eq!(count(&dom, r#"<div class="sorted[^"]*" id="sort-"#), 5);
    assert_eq!(
        count(&dom, r##"<td class="src"><a href="#a\d+-report">"##),
        5 * n
    );
    // Each article has its own section with its highlights.
    assert_eq!(
        count(&dom, r#"<article class="report" id="a\d+-report""#),
        n
    );
    let mut expected = BTreeMap::new();
    for o in &outcomes {
        let Outcome::Report(r) = o else { continue };
        for f in r
            .findings
            .iter()
            .filter(|f| f.kind == slant::report::FindingKind::LoadedTerm)
        {
            *expected.entry(f.category.clone()).or_insert(0) += 1;
        }
    }
    assert_eq!(highlights_by_category(&dom), expected);
    assert_eq!(count(&dom, "<script"), 0);
    capture(&browser, &page, "batch-wide", 1280, 1800);
    capture(&browser, &page, "batch-narrow", 390, 2400);

    // The same batch as a folder: an index and a page per article, linked.
    let site = artifacts().join("site");
    let _ = std::fs::remove_dir_all(&site);
    let written = slant::report::html::write_site(&site, &outcomes, &RenderContext::new("batch"))
        .expect("writes the site");
    assert_eq!(written.len(), n + 1);
    let index = dump_dom(&browser, &site.join("index.html"));
    for path in &written[1..] {
        let name = path.file_name().expect("name").to_string_lossy();
        assert!(
            index.contains(&format!("href=\"{name}\"")),
            "index links {name}"
        );
    }
    let first = dump_dom(&browser, &written[1]);
    assert!(
        first.contains("href=\"index.html\""),
        "pages link back to the index"
    );
    assert!(count(&first, r#"<mark tabindex="0" "#) > 0);
    capture(&browser, &site.join("index.html"), "site-index", 1280, 1400);
}
