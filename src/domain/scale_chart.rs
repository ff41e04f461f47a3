//! A worry's 0-10 scale across meetings as a small picture: the geometry of
//! the chart (points in a view box, the line through them) and its text
//! alternative, from [`crate::domain::history::scale_across_meetings`].

use chrono::NaiveDate;

use super::dates::format_date_in;
use super::i18n::fill;
use super::i18n::steps::review::ReviewText;
use super::plan::Language;

/// The chart's view box: width and height.
pub const WIDTH: f32 = 160.0;
pub const HEIGHT: f32 = 60.0;
/// Room left around the plot for the dots.
pub const PAD: f32 = 6.0;

/// One meeting's dot.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPoint {
    pub x: f32,
    pub y: f32,
    /// The scale (average of the answers), rounded to one decimal.
    pub score: f32,
    pub date: Option<NaiveDate>,
    /// The current meeting's dot.
    pub now: bool,
}

/// The chart of one worry.
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleChart {
    pub points: Vec<ChartPoint>,
    /// SVG `points` of the polyline through the dots, oldest first.
    pub line: String,
}

impl ScaleChart {
    /// True when there is nothing to draw (no meeting had a scale).
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }
}

fn round1(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

/// The chart of a series (one entry per meeting, oldest first; the last is
/// the current meeting). Meetings are spread evenly across the width; 0 is at
/// the bottom and 10 at the top. Meetings with no scale leave a gap in x but
/// no dot.
pub fn chart(series: &[(Option<NaiveDate>, Option<f32>)]) -> ScaleChart {
    let n = series.len();
    let step = if n > 1 {
        (WIDTH - 2.0 * PAD) / (n - 1) as f32
    } else {
        0.0
    };
    let points: Vec<ChartPoint> = series
        .iter()
        .enumerate()
        .filter_map(|(i, (date, score))| {
            let score = (*score)?.clamp(0.0, 10.0);
            let x = if n > 1 {
                PAD + step * i as f32
            } else {
                WIDTH / 2.0
            };
            let y = PAD + (HEIGHT - 2.0 * PAD) * (1.0 - score / 10.0);
            Some(ChartPoint {
                x: round1(x),
                y: round1(y),
                score: round1(score),
                date: *date,
                now: i + 1 == n,
            })
        })
        .collect();
    let line = points
        .iter()
        .map(|p| format!("{},{}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ");
    ScaleChart { points, line }
}

fn score_text(v: f32) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i32)
    } else {
        format!("{v:.1}")
    }
}

/// The chart's text alternative: "Scale: 3 on Fri, Nov 20, 2026; 7 now".
/// Empty when no meeting had a scale.
pub fn describe(chart: &ScaleChart, language: Language) -> String {
    if chart.is_empty() {
        return String::new();
    }
    let t = ReviewText::get(language);
    let parts: Vec<String> = chart
        .points
        .iter()
        .map(|p| {
            let score = score_text(p.score);
            if p.now {
                fill(t.scale_now, &[("score", &score)])
            } else {
                match p.date {
                    Some(d) => fill(
                        t.scale_on,
                        &[("score", &score), ("date", &format_date_in(d, language))],
                    ),
                    None => fill(t.scale_undated, &[("score", &score)]),
                }
            }
        })
        .collect();
    fill(t.scale_alt, &[("points", &parts.join("; "))])
}
