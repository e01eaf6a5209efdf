//! Periods and dates as they appear in the dataset: `2025`, `2025-Q3`,
//! `2025-07`, `2025-11-20`, and spans such as `2025-01/2025-11`.

use serde::{Deserialize, Deserializer};
use std::fmt;

/// A calendar day. Only what the dataset needs: parsing, ordering, day counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for day differences.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (i64::from(self.year), i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01: the inverse of `days_since_epoch`.
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parse_year(parts.next()?)?;
        let month = parse_two_digits(parts.next()?)?;
        let day = parse_two_digits(parts.next()?)?;
        if parts.next().is_some() {
            return None;
        }
        Date::new(year, month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The time a value refers to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    Year(i32),
    Quarter(i32, u8),
    Month(i32, u8),
    Day(Date),
    /// An inclusive span, e.g. January to November 2025.
    Span(Box<Period>, Box<Period>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Granularity {
    Year,
    Quarter,
    Month,
    Day,
    Span,
}

impl Period {
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        if let Some((from, to)) = text.split_once('/') {
            let (from, to) = (Period::parse(from)?, Period::parse(to)?);
            let nested = matches!(from, Period::Span(..)) || matches!(to, Period::Span(..));
            if nested || to.first_day() < from.first_day() {
                return None;
            }
            return Some(Period::Span(Box::new(from), Box::new(to)));
        }
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            [year] => Some(Period::Year(parse_year(year)?)),
            [year, quarter] if quarter.starts_with('Q') => {
                let q: u8 = quarter[1..].parse().ok()?;
                ((1..=4).contains(&q) && quarter.len() == 2).then_some(Period::Quarter(parse_year(year)?, q))
            }
            [year, month] => {
                let month = parse_two_digits(month)?;
                (1..=12).contains(&month).then_some(Period::Month(parse_year(year)?, month))
            }
            [_, _, _] => Date::parse(text).map(Period::Day),
            _ => None,
        }
    }

    pub fn granularity(&self) -> Granularity {
        match self {
            Period::Year(_) => Granularity::Year,
            Period::Quarter(..) => Granularity::Quarter,
            Period::Month(..) => Granularity::Month,
            Period::Day(_) => Granularity::Day,
            Period::Span(..) => Granularity::Span,
        }
    }

    pub fn first_day(&self) -> Date {
        match self {
            Period::Year(y) => Date { year: *y, month: 1, day: 1 },
            Period::Quarter(y, q) => Date { year: *y, month: (q - 1) * 3 + 1, day: 1 },
            Period::Month(y, m) => Date { year: *y, month: *m, day: 1 },
            Period::Day(d) => *d,
            Period::Span(from, _) => from.first_day(),
        }
    }

    pub fn last_day(&self) -> Date {
        let end_of_month = |year: i32, month: u8| Date { year, month, day: days_in_month(year, month) };
        match self {
            Period::Year(y) => end_of_month(*y, 12),
            Period::Quarter(y, q) => end_of_month(*y, q * 3),
            Period::Month(y, m) => end_of_month(*y, *m),
            Period::Day(d) => *d,
            Period::Span(_, to) => to.last_day(),
        }
    }

    pub fn year(&self) -> i32 {
        self.first_day().year
    }

    /// The quarter a month or day falls in.
    pub fn quarter(&self) -> Option<Period> {
        match self {
            Period::Quarter(..) => Some(self.clone()),
            Period::Month(y, m) => Some(Period::Quarter(*y, (m - 1) / 3 + 1)),
            Period::Day(d) => Some(Period::Quarter(d.year, (d.month - 1) / 3 + 1)),
            _ => None,
        }
    }

    /// Whether `other` lies entirely within this period.
    pub fn contains(&self, other: &Period) -> bool {
        self.first_day() <= other.first_day() && other.last_day() <= self.last_day()
    }

    /// The same period one year earlier (for year-on-year comparisons).
    pub fn year_before(&self) -> Option<Period> {
        match self {
            Period::Year(y) => Some(Period::Year(y - 1)),
            Period::Quarter(y, q) => Some(Period::Quarter(y - 1, *q)),
            Period::Month(y, m) => Some(Period::Month(y - 1, *m)),
            _ => None,
        }
    }

    /// The period just before, at the same granularity.
    pub fn previous(&self) -> Option<Period> {
        match self {
            Period::Year(y) => Some(Period::Year(y - 1)),
            Period::Quarter(y, 1) => Some(Period::Quarter(y - 1, 4)),
            Period::Quarter(y, q) => Some(Period::Quarter(*y, q - 1)),
            Period::Month(y, 1) => Some(Period::Month(y - 1, 12)),
            Period::Month(y, m) => Some(Period::Month(*y, m - 1)),
            _ => None,
        }
    }

    /// Number of whole months covered (a quarter is 3), used for run-rates.
    pub fn months(&self) -> u32 {
        let (from, to) = (self.first_day(), self.last_day());
        let months = (to.year - from.year) * 12 + i32::from(to.month) - i32::from(from.month) + 1;
        months.max(1) as u32
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day(), self.last_day()).cmp(&(other.first_day(), other.last_day()))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Day(d) => write!(f, "{d}"),
            Period::Span(from, to) => write!(f, "{from}/{to}"),
        }
    }
}

fn parse_year(text: &str) -> Option<i32> {
    let year: i32 = text.parse().ok()?;
    (text.len() == 4 && (1900..=2200).contains(&year)).then_some(year)
}

fn parse_two_digits(text: &str) -> Option<u8> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Period::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid period \"{text}\": expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or FROM/TO"
            ))
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid date \"{text}\": expected YYYY-MM-DD")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_count_turns_back_into_the_same_date() {
        for days in (-800_000..800_000).step_by(97) {
            let date = Date::from_days_since_epoch(days);
            assert!(Date::new(date.year, date.month, date.day).is_some(), "{date} is not a calendar day");
            assert_eq!(date.days_since_epoch(), days, "{date}");
        }
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::parse("2024-02-29").map(|d| Date::from_days_since_epoch(d.days_since_epoch())),
            Date::parse("2024-02-29")
        );
    }

    #[test]
    fn parses_every_period_form() {
        assert_eq!(Period::parse("2025"), Some(Period::Year(2025)));
        assert_eq!(Period::parse("2025-Q3"), Some(Period::Quarter(2025, 3)));
        assert_eq!(Period::parse("2025-07"), Some(Period::Month(2025, 7)));
        assert_eq!(Period::parse("2025-11-20"), Some(Period::Day(Date { year: 2025, month: 11, day: 20 })));
        let span = Period::parse("2025-01/2025-11").unwrap();
        assert_eq!(span.months(), 11);
    }

    #[test]
    fn rejects_malformed_periods() {
        for bad in
            ["", "25", "2025-Q5", "2025-Q0", "2025-13", "2025-7", "2025-02-30", "2025-11/2025-01", "abcd", "2025-Q3x"]
        {
            assert_eq!(Period::parse(bad), None, "{bad} should not parse");
        }
    }

    #[test]
    fn su7_launch_plus_602_days_is_20_november_2025() {
        let launch = Date::parse("2024-03-28").unwrap();
        let milestone = Date::parse("2025-11-20").unwrap();
        assert_eq!(launch.days_until(milestone), 602);
    }

    #[test]
    fn months_fall_in_their_quarter() {
        assert_eq!(Period::Month(2025, 9).quarter(), Some(Period::Quarter(2025, 3)));
        assert!(Period::Year(2025).contains(&Period::Quarter(2025, 4)));
        assert!(!Period::Quarter(2025, 3).contains(&Period::Month(2025, 11)));
    }
}
