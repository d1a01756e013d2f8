/*!
Inline SVG charts for the HTML report: bars drawn from numbers already in the report, with no
script and no external file, so they render offline, in CI artifacts and in print.

Each chart scales to its container (`viewBox`, `width="100%"`), carries `role="img"` and an
`aria-label` that states the numbers, and gives every bar a `<title>` (a native tooltip). Bars
carry a class (`bar`, `bin`) and `data-value` so tests can find them. Colours are presentation
attributes, not `style`, so the page's Content-Security-Policy needs no `'unsafe-inline'`.
*/

use std::fmt::Write;

use super::escape::escape_html;
use crate::analysis::{Frames, Sourcing, Tone};
use crate::score::{Band, Component};

/// Width of every chart's coordinate system; the label column is `LABEL` wide.
const W: f64 = 320.0;
const LABEL: f64 = 120.0;
const ROW: f64 = 20.0;
/// One bar of the frame chart and the gap to the next (headline above body).
const BAR_STEP: f64 = 13.0;

/// The fill of a band, shared with the stylesheet's band badges.
pub fn band_color(band: Band) -> &'static str {
    match band {
        Band::Low => "#3f8f4f",
        Band::Moderate => "#c9a227",
        Band::Elevated => "#dd7a2f",
        Band::High => "#c0392b",
    }
}

pub use crate::report::number::{fixed, signed};

const BANDS: [Band; 4] = [Band::Low, Band::Moderate, Band::Elevated, Band::High];

fn open(class: &str, height: f64, label: &str) -> String {
    format!(
        "<svg class=\"chart {class}\" viewBox=\"0 0 {W} {height:.0}\" width=\"100%\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        escape_html(label)
    )
}

/// The 0–100 scale with the four bands and a marker at `total`.
pub fn score_scale(total: f64) -> String {
    let mut s = open("score-scale", 34.0, &format!("score {total:.1} of 100"));
    for (i, band) in BANDS.iter().enumerate() {
        let x = i as f64 * W / 4.0;
        let _ = write!(
            s,
            "<rect class=\"band\" x=\"{x:.1}\" y=\"4\" width=\"{:.1}\" height=\"12\" fill=\"{}\" opacity=\"0.8\"><title>{}: {}–{}</title></rect>",
            W / 4.0,
            band_color(*band),
            band.as_str(),
            i * 25,
            (i + 1) * 25
        );
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"30\" font-size=\"9\">{}</text>",
            x + 2.0,
            band.as_str()
        );
    }
    let x = total.clamp(0.0, 100.0) / 100.0 * W;
    let _ = write!(
        s,
        "<rect class=\"bar marker\" data-value=\"{total:.1}\" x=\"{:.1}\" y=\"0\" width=\"3\" height=\"20\" fill=\"#111\"><title>score {total:.1}</title></rect></svg>",
        (x - 1.5).clamp(0.0, W - 3.0)
    );
    s
}

/// One bar per score component: its value in [0, 1], labelled with its points.
pub fn component_bars(components: &[Component]) -> String {
    let height = components.len() as f64 * ROW + 4.0;
    let label = components
        .iter()
        .map(|c| format!("{} {}", c.name, fixed(c.value, 2)))
        .collect::<Vec<_>>()
        .join(", ");
    let mut s = open("score-components", height, &label);
    let span = W - LABEL - 60.0;
    for (i, c) in components.iter().enumerate() {
        let y = i as f64 * ROW + 2.0;
        let fill = if c.applicable { "#4a5fa8" } else { "#bbb" };
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"11\">{}</text>\
             <rect class=\"track\" x=\"{LABEL}\" y=\"{:.1}\" width=\"{span:.1}\" height=\"11\" fill=\"#eee\"/>\
             <rect class=\"bar\" data-value=\"{}\" x=\"{LABEL}\" y=\"{:.1}\" width=\"{:.1}\" height=\"11\" fill=\"{fill}\"><title>{}</title></rect>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}</text>",
            y + 10.0,
            escape_html(&c.name),
            y + 1.0,
            fixed(c.value, 2),
            y + 1.0,
            c.value.clamp(0.0, 1.0) * span,
            escape_html(&c.explanation),
            LABEL + span + 4.0,
            y + 10.0,
            if c.applicable { format!("{} pts", fixed(c.points, 1)) } else { "n/a".to_string() }
        );
    }
    s.push_str("</svg>");
    s
}

/// Headline and body share of each frame, as pairs of bars.
pub fn frame_pairs(frames: &Frames) -> String {
    // Frames neither field cues would only be rows of zeros.
    let names: Vec<&str> = frames
        .body
        .iter()
        .chain(&frames.headline)
        .filter(|f| f.cues > 0)
        .map(|f| f.frame.as_str())
        .fold(Vec::new(), |mut v, name| {
            if !v.contains(&name) {
                v.push(name);
            }
            v
        });
    let share = |list: &[crate::analysis::frames::FrameShare], name: &str| {
        list.iter()
            .find(|f| f.frame == name)
            .map_or((0.0, 0), |f| (f.share, f.cues))
    };
    // Bars of 12 and labels of 13 units: at the report's width the chart shrinks, and the
    // former 9-unit text became too small to read.
    let pair = 2.0 * BAR_STEP + 6.0;
    let height = names.len() as f64 * pair + 4.0;
    let label = names
        .iter()
        .map(|n| {
            let (h, _) = share(&frames.headline, n);
            let (b, _) = share(&frames.body, n);
            format!("{n}: headline {:.0}%, body {:.0}%", h * 100.0, b * 100.0)
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut s = open("frames", height, &label);
    let span = W - LABEL - 40.0;
    for (i, name) in names.iter().enumerate() {
        let y = i as f64 * pair + 2.0;
        let ignored = frames.ignored_by_headline.iter().any(|f| f == name);
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"13\"{}>{}{}</text>",
            y + 17.0,
            if ignored { " font-weight=\"bold\"" } else { "" },
            escape_html(name),
            if ignored { " ⚑" } else { "" }
        );
        for (j, (field, list, fill)) in [
            ("headline", &frames.headline, "#7a3e9d"),
            ("body", &frames.body, "#b9a3d0"),
        ]
        .into_iter()
        .enumerate()
        {
            let (value, cues) = share(list, name);
            let yy = y + j as f64 * BAR_STEP;
            let _ = write!(
                s,
                "<rect class=\"bar {field}\" data-value=\"{value:.3}\" x=\"{LABEL}\" y=\"{yy:.1}\" width=\"{:.1}\" height=\"12\" fill=\"{fill}\"><title>{field}: {:.0}% ({cues} cues)</title></rect>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}{:.0}%</text>",
                (value.clamp(0.0, 1.0) * span).max(0.5),
                value * 100.0,
                LABEL + value.clamp(0.0, 1.0) * span + 3.0,
                yy + 10.0,
                if j == 0 { "H " } else { "B " },
                value * 100.0
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Headline and body tone on a −1…+1 axis, bars growing from the centre.
pub fn tone_bars(tone: &Tone) -> String {
    let label = format!(
        "tone: headline {}, body {}, gap {}",
        signed(tone.headline.tone, 2),
        signed(tone.body.tone, 2),
        signed(tone.gap, 2)
    );
    let mut s = open("tone", 48.0, &label);
    let mid = LABEL + (W - LABEL - 10.0) / 2.0;
    let half = (W - LABEL - 10.0) / 2.0;
    for (i, (name, value)) in [("headline", tone.headline.tone), ("body", tone.body.tone)]
        .into_iter()
        .enumerate()
    {
        let y = i as f64 * ROW + 2.0;
        let w = value.clamp(-1.0, 1.0) * half;
        let (x, fill) = if w < 0.0 {
            (mid + w, "#b03a2e")
        } else {
            (mid, "#2e7d5b")
        };
        let shown = signed(value, 2);
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"11\">{name} {shown}</text>\
             <rect class=\"bar {name}\" data-value=\"{}\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"11\" fill=\"{fill}\"><title>{name} tone {shown}</title></rect>",
            y + 10.0,
            fixed(value, 3),
            y + 1.0,
            w.abs().max(0.5)
        );
    }
    let _ = write!(
        s,
        "<line x1=\"{mid:.1}\" y1=\"0\" x2=\"{mid:.1}\" y2=\"38\" stroke=\"#333\"/>\
         <text x=\"{LABEL}\" y=\"46\" font-size=\"9\">−1 negative</text>\
         <text x=\"{:.1}\" y=\"46\" font-size=\"9\" text-anchor=\"end\">positive +1</text></svg>",
        W - 10.0
    );
    s
}

/// Body sentences by voice, as one stacked bar.
pub fn voice_bar(sourcing: &Sourcing) -> String {
    let total = sourcing.sentences.max(1) as f64;
    let parts = [
        ("outlet", sourcing.outlet, "#8a8a8a"),
        ("attributed", sourcing.attributed, "#3b7dbf"),
        ("quoted", sourcing.quoted, "#1d4f7a"),
    ];
    let label = parts
        .iter()
        .map(|(n, c, _)| format!("{n} {c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut s = open("voices", 34.0, &format!("body sentences by voice: {label}"));
    let mut x = 0.0;
    for (name, count, fill) in parts {
        let w = count as f64 / total * W;
        let _ = write!(
            s,
            "<rect class=\"bar {name}\" data-value=\"{count}\" x=\"{x:.1}\" y=\"2\" width=\"{w:.1}\" height=\"14\" fill=\"{fill}\"><title>{name}: {count} sentences</title></rect>"
        );
        x += w;
    }
    let _ = write!(
        s,
        "<text x=\"0\" y=\"30\" font-size=\"9\">■ outlet {}  ■ attributed {}  ■ mostly quoted {}</text></svg>",
        sourcing.outlet, sourcing.attributed, sourcing.quoted
    );
    s
}

/// Scores of a batch in twenty bins of five points, over the four bands.
pub fn histogram(scores: &[f64]) -> String {
    let mut bins = [0usize; 20];
    for &score in scores {
        bins[((score.clamp(0.0, 100.0) / 5.0) as usize).min(19)] += 1;
    }
    let max = bins.iter().copied().max().unwrap_or(0).max(1);
    let (top, plot, base) = (14.0, 90.0, 104.0);
    let label = format!(
        "score histogram of {} articles, 5-point bins: {}",
        scores.len(),
        bins.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut s = open("histogram", 120.0, &label);
    let bin_w = W / 20.0;
    for (i, band) in BANDS.iter().enumerate() {
        let x = i as f64 * W / 4.0;
        let _ = write!(
            s,
            "<rect class=\"band\" x=\"{x:.1}\" y=\"{top}\" width=\"{:.1}\" height=\"{plot}\" fill=\"{}\" opacity=\"0.12\"/>\
             <line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{base}\" stroke=\"#999\" stroke-dasharray=\"2 2\"/>\
             <text x=\"{:.1}\" y=\"10\" font-size=\"9\">{}</text>",
            W / 4.0,
            band_color(*band),
            top - 12.0,
            x + 2.0,
            band.as_str()
        );
    }
    for (i, &n) in bins.iter().enumerate() {
        let h = n as f64 / max as f64 * plot;
        let lo = i * 5;
        let band = Band::of(lo as f64);
        let _ = write!(
            s,
            "<rect class=\"bin\" data-value=\"{n}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"{}\"><title>{lo}–{}: {n} articles</title></rect>",
            i as f64 * bin_w + 1.0,
            base - h,
            bin_w - 2.0,
            band_color(band),
            lo + 5
        );
    }
    let _ = write!(
        s,
        "<line x1=\"0\" y1=\"{base}\" x2=\"{W}\" y2=\"{base}\" stroke=\"#333\"/>\
         <text x=\"0\" y=\"116\" font-size=\"9\">0</text><text x=\"{:.1}\" y=\"116\" font-size=\"9\" text-anchor=\"middle\">50</text>\
         <text x=\"{W}\" y=\"116\" font-size=\"9\" text-anchor=\"end\">100</text>\
         <text x=\"{W}\" y=\"{}\" font-size=\"9\" text-anchor=\"end\">max {max}</text></svg>",
        W / 2.0,
        top + 8.0
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_zero_loses_its_sign() {
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(-0.5, 1), "-0.5");
        assert_eq!(fixed(2.25, 1), "2.2");
    }

    #[test]
    fn histogram_bins_every_score_once() {
        let svg = histogram(&[0.0, 4.9, 5.0, 55.1, 100.0]);
        assert_eq!(svg.matches("class=\"bin\"").count(), 20);
        assert!(svg.contains("0–5: 2 articles"));
        assert!(svg.contains("95–100: 1 articles"));
    }

    #[test]
    fn score_marker_stays_on_the_scale() {
        assert!(score_scale(100.0).contains("x=\"317.0\""));
        assert!(score_scale(0.0).contains("x=\"0.0\""));
    }
}
