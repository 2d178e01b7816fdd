//! Calendar dates without a clock: the model never asks what day it is.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Mean length of a Gregorian month in days, used to turn day spans into months.
pub const DAYS_PER_MONTH: f64 = 365.2425 / 12.0;

/// A proleptic Gregorian calendar date, always valid once constructed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl DateError {
    /// What its `Display` starts with: the dataset reader finds a date error in serde's text by it.
    pub const PREFIX: &'static str = "not a date: ";
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // For logs; a reader sees the words of `crate::messages` (`not_a_date`).
        write!(f, "{}{}", Self::PREFIX, self.0)
    }
}

impl std::error::Error for DateError {}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        _ => 28,
    }
}

impl Date {
    /// Earliest year the model accepts; keeps day arithmetic far from overflow.
    pub const MIN_YEAR: i32 = 1000;
    /// Latest year the model accepts.
    pub const MAX_YEAR: i32 = 9999;

    /// Builds a date, or `None` if the day does not exist.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses an ISO `YYYY-MM-DD` date strictly (no time, no padding slack).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let err = || DateError(text.to_string());
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(err());
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (year, month, day) = (
            digits(0..4).ok_or_else(err)?,
            digits(5..7).ok_or_else(err)?,
            digits(8..10).ok_or_else(err)?,
        );
        Date::new(year as i32, month, day).ok_or_else(err)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u32 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's civil algorithm.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, clamped to the supported years.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let min = Date::new(Self::MIN_YEAR, 1, 1)
            .expect("valid")
            .days_since_epoch();
        let max = Date::new(Self::MAX_YEAR, 12, 31)
            .expect("valid")
            .days_since_epoch();
        let z = days.clamp(min, max) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `days` later (earlier if negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The same day `months` later, with the day clamped to the month's length
    /// (31 January plus one month is 28 or 29 February).
    pub fn add_months(self, months: i32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u32;
        if year < i64::from(Self::MIN_YEAR) {
            return Date::new(Self::MIN_YEAR, 1, 1).expect("valid");
        }
        if year > i64::from(Self::MAX_YEAR) {
            return Date::new(Self::MAX_YEAR, 12, 31).expect("valid");
        }
        let year = year as i32;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Fractional months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(self, later: Date) -> f64 {
        (later.days_since_epoch() - self.days_since_epoch()) as f64 / DAYS_PER_MONTH
    }

    /// The date a fractional number of mean months later, rounded to the nearest day.
    pub fn add_fractional_months(self, months: f64) -> Date {
        if !months.is_finite() {
            return self;
        }
        let days = (months * DAYS_PER_MONTH).round().clamp(-4.0e6, 4.0e6) as i64;
        self.add_days(days)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Written as ISO text, "2023-04-05", the way the dataset file holds dates.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads ISO text and refuses impossible dates ("2023-02-30") with the text in the message.
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct IsoDate;
        impl de::Visitor<'_> for IsoDate {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date string")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(IsoDate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_valid_and_rejects_impossible_dates() {
        assert_eq!(d("2023-04-05"), Date::new(2023, 4, 5).unwrap());
        for bad in [
            "2023-13-01",
            "2023-02-29",
            "2023-00-10",
            "2023-4-5",
            "20230405",
            "2023-04-05T00:00",
            "+023-04-05",
            "",
            "２０２３-04-05",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(Date::parse("2024-02-29").is_ok(), "leap day exists in 2024");
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        for text in ["1999-12-31", "2000-02-29", "2023-04-05", "2100-03-01"] {
            let date = d(text);
            assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), date);
        }
    }

    // Guards against month arithmetic that forgets to carry into the next year.
    #[test]
    fn month_arithmetic_crosses_year_ends() {
        assert_eq!(d("2023-11-15").add_months(2), d("2024-01-15"));
        assert_eq!(d("2023-01-15").add_months(-1), d("2022-12-15"));
        assert_eq!(d("2023-12-31").add_months(1), d("2024-01-31"));
        assert_eq!(d("2023-01-31").add_months(1), d("2023-02-28"));
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2023-04-05").add_months(24), d("2025-04-05"));
    }

    #[test]
    fn fractional_months_are_mean_gregorian_months() {
        let start = d("2023-01-01");
        let later = start.add_fractional_months(12.0);
        assert_eq!(later, d("2024-01-01"));
        assert!((start.months_until(later) - 12.0).abs() < 0.01);
        assert_eq!(start.add_fractional_months(f64::NAN), start);
        assert_eq!(start.add_fractional_months(f64::INFINITY), start);
    }

    #[test]
    fn far_dates_clamp_instead_of_overflowing() {
        assert_eq!(
            d("2023-01-01").add_days(i64::MAX / 2).year(),
            Date::MAX_YEAR
        );
        assert_eq!(d("2023-01-01").add_months(i32::MAX).year(), Date::MAX_YEAR);
        assert_eq!(d("2023-01-01").add_months(i32::MIN).year(), Date::MIN_YEAR);
    }

    // Guards the dataset file format: dates are ISO text both ways, and a wrong type or an
    // impossible date is refused with words a reader can act on.
    #[test]
    fn reads_and_writes_iso_text() {
        assert_eq!(
            serde_json::to_string(&d("2023-04-05")).unwrap(),
            "\"2023-04-05\""
        );
        assert_eq!(
            serde_json::from_str::<Date>("\"2023-04-05\"").unwrap(),
            d("2023-04-05")
        );
        let wrong_type = serde_json::from_str::<Date>("20230405").unwrap_err();
        assert!(wrong_type
            .to_string()
            .starts_with("invalid type: integer `20230405`, expected a date string"));
        let impossible = serde_json::from_str::<Date>("\"2023-02-30\"").unwrap_err();
        assert!(impossible.to_string().starts_with("not a date: 2023-02-30"));
    }
}
