//! The completion projection: pure arithmetic from a scenario and the observations.
//!
//! Time runs in mean months from the latest observation. With pace `p` points a
//! month and a slowdown `s` (the pace shrinks by that share each month), the
//! level after `t` months is `v0 + p * (1 - (1 - s)^t) / s`, which is `v0 + p t`
//! when `s = 0`, and approaches the stall level `v0 + p / s` as `t` grows.

use super::dataset::{Dataset, Observation};
use super::date::Date;

/// Lowest and highest pace a reader can choose, in percentage points a month.
pub const PACE_RANGE: (f64, f64) = (0.0, 15.0);
/// Step of the pace slider.
pub const PACE_STEP: f64 = 0.1;
/// Lowest and highest monthly slowdown, as a share of the pace.
pub const SLOWDOWN_RANGE: (f64, f64) = (0.0, 0.5);
/// Step of the slowdown slider (one percent).
pub const SLOWDOWN_STEP: f64 = 0.01;
/// The band spans this share below and above the chosen pace.
pub const BAND_SHARE: f64 = 0.25;
/// Projections further out than this many months are not drawn.
pub const MAX_CURVE_MONTHS: u32 = 240;
/// A completion further out than this many months is treated as never.
pub const MAX_COMPLETION_MONTHS: f64 = 1200.0;
/// The level at which every program is done.
pub const COMPLETE: f64 = 100.0;

/// Which observations set the default pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PaceBasis {
    /// The pace between the two latest observations.
    #[default]
    LatestTwo,
    /// The average pace from the first observation to the last.
    FirstToLast,
}

impl PaceBasis {
    /// Short name used in the URL and in the select's value.
    pub fn key(self) -> &'static str {
        match self {
            PaceBasis::LatestTwo => "latest",
            PaceBasis::FirstToLast => "all",
        }
    }

    /// Parses [`PaceBasis::key`]; anything else is `None`.
    pub fn from_key(key: &str) -> Option<PaceBasis> {
        match key {
            "latest" => Some(PaceBasis::LatestTwo),
            "all" => Some(PaceBasis::FirstToLast),
            _ => None,
        }
    }
}

/// What a reader chose; `pace: None` means the basis's default pace.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scenario {
    /// Chosen pace in points a month, or `None` for the default.
    pub pace: Option<f64>,
    /// Share by which the pace shrinks each month, 0–0.5.
    pub slowdown: f64,
    /// Which observations set the default pace.
    pub basis: PaceBasis,
}

/// Clamps `value` into `range`, mapping NaN to `fallback`.
pub fn clamp_or(value: f64, range: (f64, f64), fallback: f64) -> f64 {
    if value.is_nan() {
        fallback
    } else {
        value.clamp(range.0, range.1)
    }
}

/// Rounds to the nearest multiple of `step`, without the binary noise (3.7, not 3.7000000000000006).
pub fn round_to_step(value: f64, step: f64) -> f64 {
    let decimals = (-step.log10()).ceil().max(0.0) as i32;
    let scale = 10f64.powi(decimals);
    ((value / step).round() * step * scale).round() / scale
}

/// The pace between two observations in points a month (0 if they share a date).
pub fn pace_between(earlier: &Observation, later: &Observation) -> f64 {
    let months = earlier.date.months_until(later.date);
    if months <= 0.0 {
        return 0.0;
    }
    let pace = (later.percent - earlier.percent) / months;
    if pace.is_finite() {
        pace
    } else {
        0.0
    }
}

/// The default pace for a basis, rounded to the slider's step and clamped to its range.
pub fn default_pace(observations: &[Observation], basis: PaceBasis) -> f64 {
    let pair = match (basis, observations) {
        (_, [] | [_]) => None,
        (PaceBasis::LatestTwo, [.., a, b]) => Some((a, b)),
        (PaceBasis::FirstToLast, [a, .., b]) => Some((a, b)),
    };
    let raw = pair.map_or(0.0, |(a, b)| pace_between(a, b));
    round_to_step(clamp_or(raw, PACE_RANGE, 0.0), PACE_STEP)
}

impl Scenario {
    /// The scenario with every value inside its range (NaN becomes the default).
    pub fn clamped(self) -> Scenario {
        Scenario {
            pace: self
                .pace
                .filter(|pace| !pace.is_nan())
                .map(|pace| clamp_or(pace, PACE_RANGE, 0.0)),
            slowdown: clamp_or(self.slowdown, SLOWDOWN_RANGE, 0.0),
            basis: self.basis,
        }
    }

    /// The pace in force: the chosen one, or the basis's default.
    pub fn effective_pace(&self, observations: &[Observation]) -> f64 {
        match self.clamped().pace {
            Some(pace) => pace,
            None => default_pace(observations, self.basis),
        }
    }
}

/// The level after `months` from `start` percent, capped at 100 and never NaN.
pub fn level_after(start: f64, pace: f64, slowdown: f64, months: f64) -> f64 {
    let start = clamp_or(start, (0.0, COMPLETE), 0.0);
    let pace = clamp_or(pace, (0.0, f64::MAX), 0.0);
    let slowdown = clamp_or(slowdown, (0.0, 0.99), 0.0);
    let months = clamp_or(months, (0.0, MAX_COMPLETION_MONTHS), 0.0);
    let gained = if slowdown == 0.0 {
        pace * months
    } else {
        pace * (1.0 - (1.0 - slowdown).powf(months)) / slowdown
    };
    let level = start + gained;
    if level.is_finite() {
        level.min(COMPLETE)
    } else {
        COMPLETE
    }
}

/// The level progress approaches but never passes under a slowdown: `start + pace / slowdown`.
/// `None` without a slowdown, when progress grows without bound.
pub fn stall_level(start: f64, pace: f64, slowdown: f64) -> Option<f64> {
    (slowdown > 0.0).then(|| start + pace / slowdown)
}

/// Months from `start` percent until `target`, or `None` if it is never reached.
pub fn months_to_reach(start: f64, target: f64, pace: f64, slowdown: f64) -> Option<f64> {
    let remaining = target - start;
    if remaining <= 0.0 {
        return Some(0.0);
    }
    if pace <= 0.0 || !pace.is_finite() {
        return None;
    }
    let months = if slowdown <= 0.0 {
        remaining / pace
    } else {
        let share = slowdown * remaining / pace;
        if share >= 1.0 {
            return None;
        }
        (1.0 - share).ln() / (1.0 - slowdown).ln()
    };
    (months.is_finite() && months <= MAX_COMPLETION_MONTHS).then_some(months)
}

/// The equivalent number of programs done at a level, such as 22.4 of 28 at 80 percent.
pub fn programs_done(percent: f64, program_count: u32) -> f64 {
    clamp_or(percent, (0.0, COMPLETE), 0.0) / COMPLETE * f64::from(program_count)
}

/// How the projection ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// Every program done after `months`, around `date`.
    Completes { months: f64, date: Date },
    /// Progress levels off at `level` percent and never reaches 100.
    Stalls { level: f64 },
}

/// One month of the projected curve with its band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProjectedPoint {
    /// The date of the point.
    pub date: Date,
    /// Projected level at the chosen pace.
    pub percent: f64,
    /// Level at the low end of the band.
    pub low: f64,
    /// Level at the high end of the band.
    pub high: f64,
}

/// Everything the views need from one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    /// Date of the latest observation, where the projection starts.
    pub start: Date,
    /// Level of the latest observation.
    pub start_percent: f64,
    /// Pace in force, points a month.
    pub pace: f64,
    /// Slowdown in force, share a month.
    pub slowdown: f64,
    /// The band's low and high paces.
    pub band_paces: (f64, f64),
    /// How many programs there are.
    pub program_count: u32,
    /// Whether and when all programs are done.
    pub outcome: Outcome,
    /// Month-by-month curve from the start, with its band.
    pub curve: Vec<ProjectedPoint>,
}

impl Projection {
    /// Projects `scenario` from the dataset's latest observation.
    pub fn new(dataset: &Dataset, scenario: Scenario) -> Projection {
        let scenario = scenario.clamped();
        let (start, start_percent) = dataset
            .latest()
            .map_or((dataset.article.date, 0.0), |o| (o.date, o.percent));
        let pace = scenario.effective_pace(&dataset.progress);
        let slowdown = scenario.slowdown;
        let outcome = match months_to_reach(start_percent, COMPLETE, pace, slowdown) {
            Some(months) => Outcome::Completes {
                months,
                date: start.add_fractional_months(months),
            },
            None => Outcome::Stalls {
                level: stall_level(start_percent, pace, slowdown)
                    .unwrap_or(start_percent)
                    .min(COMPLETE),
            },
        };
        let band_paces = (pace * (1.0 - BAND_SHARE), pace * (1.0 + BAND_SHARE));
        let horizon = curve_months(&outcome, slowdown);
        let curve = (0..=horizon)
            .map(|month| {
                let date = start.add_months(month as i32);
                let months = start.months_until(date);
                ProjectedPoint {
                    date,
                    percent: level_after(start_percent, pace, slowdown, months),
                    low: level_after(start_percent, band_paces.0, slowdown, months),
                    high: level_after(start_percent, band_paces.1, slowdown, months),
                }
            })
            .collect();
        Projection {
            start,
            start_percent,
            pace,
            slowdown,
            band_paces,
            program_count: dataset.programs.count,
            outcome,
            curve,
        }
    }

    /// Projected level on `date`; dates before the start give the start level.
    pub fn percent_on(&self, date: Date) -> f64 {
        let months = self.start.months_until(date).max(0.0);
        level_after(self.start_percent, self.pace, self.slowdown, months)
    }

    /// Equivalent number of programs done on `date` under this projection.
    pub fn programs_done_on(&self, date: Date) -> f64 {
        programs_done(self.percent_on(date), self.program_count)
    }

    /// Points left to 100 percent at the start.
    pub fn remaining(&self) -> f64 {
        (COMPLETE - self.start_percent).max(0.0)
    }
}

/// How many months of curve to draw: past completion by a quarter, or long enough to show the stall.
fn curve_months(outcome: &Outcome, slowdown: f64) -> u32 {
    let months = match *outcome {
        Outcome::Completes { months, .. } => months.ceil() + 3.0,
        Outcome::Stalls { .. } if slowdown > 0.0 => (0.05f64).ln() / (1.0 - slowdown).ln(),
        Outcome::Stalls { .. } => 24.0,
    };
    clamp_or(months.ceil(), (12.0, f64::from(MAX_CURVE_MONTHS)), 24.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        Dataset::embedded()
    }

    fn scenario(pace: f64, slowdown: f64) -> Scenario {
        Scenario {
            pace: Some(pace),
            slowdown,
            basis: PaceBasis::LatestTwo,
        }
    }

    #[test]
    fn default_pace_is_the_latest_two_reports() {
        let data = dataset();
        // 70 → 80 percent between 12 January and 5 April 2023: 83 days.
        // 10 / (83 / 30.44) = 3.66, on the slider's 0.1 step.
        assert_eq!(default_pace(&data.progress, PaceBasis::LatestTwo), 3.7);
        // 0 → 80 percent between 8 November 2021 and 5 April 2023: 513 days.
        let first_to_last = 80.0 / (513.0 / (365.2425 / 12.0));
        assert_eq!(
            default_pace(&data.progress, PaceBasis::FirstToLast),
            round_to_step(first_to_last, 0.1)
        );
        assert_eq!(default_pace(&data.progress[..1], PaceBasis::LatestTwo), 0.0);
    }

    // Guards against a division by a zero pace turning into an infinite date.
    #[test]
    fn pace_zero_never_completes() {
        let projection = Projection::new(&dataset(), scenario(0.0, 0.0));
        assert_eq!(projection.outcome, Outcome::Stalls { level: 80.0 });
        assert!(projection.curve.iter().all(|p| p.percent == 80.0));
        assert_eq!(months_to_reach(80.0, 100.0, 0.0, 0.0), None);
    }

    #[test]
    fn without_slowdown_the_date_is_plain_arithmetic() {
        let projection = Projection::new(&dataset(), scenario(4.0, 0.0));
        // 20 points at 4 a month: 5 months after 5 April 2023.
        let Outcome::Completes { months, date } = projection.outcome else {
            panic!("should complete")
        };
        assert!((months - 5.0).abs() < 1e-9);
        let expected = Date::parse("2023-04-05")
            .unwrap()
            .add_days((5.0 * 365.2425 / 12.0_f64).round() as i64);
        assert_eq!(date, expected);
        assert_eq!((date.year(), date.month()), (2023, 9));
    }

    #[test]
    fn stall_level_under_slowdown_is_the_closed_form() {
        // 1 point a month shrinking 10 percent a month adds at most 1 / 0.1 = 10 points.
        let projection = Projection::new(&dataset(), scenario(1.0, 0.1));
        assert_eq!(projection.outcome, Outcome::Stalls { level: 90.0 });
        let late = level_after(80.0, 1.0, 0.1, 1000.0);
        assert!((late - 90.0).abs() < 1e-6 && late <= 90.0);
        assert!(
            level_after(80.0, 1.0, 0.1, 60.0) < 90.0,
            "approached, not reached"
        );
        // Summing the discrete monthly gains gives the same level at whole months.
        let summed: f64 = (0..12).map(|k| 1.0 * 0.9f64.powi(k)).sum();
        assert!((level_after(80.0, 1.0, 0.1, 12.0) - (80.0 + summed)).abs() < 1e-9);
    }

    #[test]
    fn slowdown_that_still_reaches_100_solves_the_closed_form() {
        // 4 points, 10 percent slowdown: stall at 120, so 100 is reached.
        let months = months_to_reach(80.0, 100.0, 4.0, 0.1).unwrap();
        assert!((months - (0.5f64.ln() / 0.9f64.ln())).abs() < 1e-9);
        assert!((level_after(80.0, 4.0, 0.1, months) - 100.0).abs() < 1e-9);
    }

    #[test]
    fn values_clamp_to_their_ranges() {
        let wild = Scenario {
            pace: Some(99.0),
            slowdown: -3.0,
            basis: PaceBasis::FirstToLast,
        }
        .clamped();
        assert_eq!(wild.pace, Some(PACE_RANGE.1));
        assert_eq!(wild.slowdown, 0.0);
        let nan = Scenario {
            pace: Some(f64::NAN),
            slowdown: f64::NAN,
            basis: PaceBasis::LatestTwo,
        }
        .clamped();
        assert_eq!(nan, Scenario::default());
        assert_eq!(Scenario::default().effective_pace(&dataset().progress), 3.7);
        assert_eq!(level_after(80.0, 15.0, 0.0, 100.0), 100.0);
        assert_eq!(programs_done(150.0, 28), 28.0);
        assert_eq!(programs_done(-5.0, 28), 0.0);
        assert!((programs_done(80.0, 28) - 22.4).abs() < 1e-9);
    }

    // Guards against NaN or infinity reaching ECharts or the sentence.
    #[test]
    fn no_nan_or_infinity_reaches_the_output() {
        let data = dataset();
        let paces = [0.0, 0.1, 3.7, 15.0, f64::NAN, f64::INFINITY, -1.0, 1e300];
        let slowdowns = [0.0, 0.01, 0.1, 0.5, f64::NAN, f64::INFINITY, -0.2];
        for pace in paces {
            for slowdown in slowdowns {
                let p = Projection::new(&data, scenario(pace, slowdown));
                assert!(p.pace.is_finite() && p.slowdown.is_finite());
                assert!(!p.curve.is_empty() && p.curve.len() <= MAX_CURVE_MONTHS as usize + 1);
                for point in &p.curve {
                    for v in [point.percent, point.low, point.high] {
                        assert!(
                            v.is_finite() && (0.0..=100.0).contains(&v),
                            "{pace} {slowdown}"
                        );
                    }
                    assert!(point.low <= point.percent && point.percent <= point.high);
                }
                match p.outcome {
                    Outcome::Completes { months, .. } => assert!(months.is_finite()),
                    Outcome::Stalls { level } => assert!(level.is_finite()),
                }
            }
        }
    }

    #[test]
    fn programs_done_on_a_date_follows_the_projection() {
        let p = Projection::new(&dataset(), scenario(4.0, 0.0));
        let start = p.start;
        assert!((p.programs_done_on(start) - 22.4).abs() < 1e-9);
        assert!((p.programs_done_on(start.add_days(-400)) - 22.4).abs() < 1e-9);
        assert_eq!(p.programs_done_on(start.add_months(12)), 28.0);
    }

    #[test]
    fn curve_starts_at_the_latest_observation_and_steps_by_month() {
        let p = Projection::new(&dataset(), scenario(4.0, 0.0));
        assert_eq!(p.curve[0].date.to_string(), "2023-04-05");
        assert_eq!(p.curve[0].percent, 80.0);
        assert_eq!(p.curve[1].date.to_string(), "2023-05-05");
        assert_eq!(p.curve.last().unwrap().percent, 100.0);
        // Five months to finish plus a quarter is under the one-year minimum.
        assert_eq!(p.curve.len(), 12 + 1);
        let slow = Projection::new(&dataset(), scenario(0.5, 0.0));
        assert_eq!(
            slow.curve.len(),
            40 + 3 + 1,
            "40 months to finish, a quarter after"
        );
    }
}
