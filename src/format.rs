//! Numbers, periods and dates in each locale's convention: the only place the
//! product turns a figure into text.

use crate::data::{Date, Kind, Period, Qualifier, SourceStatus, Unit};
use crate::text::{messages, ui, Lang};

/// A whole number with thousands separators: 410,000 (the same in Chinese).
pub fn count(value: f64) -> String {
    let rounded = value.round();
    let digits = format!("{:.0}", rounded.abs());
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if rounded < 0.0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// A short form for axes and labels: 410k, 1.1m, 24m, 6.4bn in English;
/// 41万, 110万, 2400万, 64亿 in Chinese.
pub fn compact(value: f64, lang: Lang) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    let v = value.abs();
    match ui(lang).compact_steps.iter().find(|(divisor, _)| v >= *divisor) {
        Some((divisor, suffix)) => format!("{sign}{}{suffix}", trim_decimal(v / divisor)),
        None => format!("{sign}{}", trim_decimal(v)),
    }
}

/// One decimal at most, none when it is zero: 24, 1.1, 6.4.
fn trim_decimal(v: f64) -> String {
    let text = if v >= 100.0 { format!("{v:.0}") } else { format!("{v:.1}") };
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// A figure as a reader should quote it, with its unit and qualifier:
/// "410,000+ vehicles" is a floor, "about 24m" is rounded.
pub fn figure(value: f64, unit: Unit, qualifier: Qualifier, lang: Lang) -> String {
    let text = messages(lang);
    let number = match unit {
        Unit::Percent => format!("{}%", trim_decimal(value)),
        Unit::Yuan => text.yuan(&compact(value, lang)),
        Unit::Usd => format!("${}", compact(value, lang)),
        Unit::Vehicles if value.abs() >= 1e6 || (text.compact_round_counts && is_round_count(value, lang)) => {
            compact(value, lang)
        }
        Unit::Vehicles | Unit::Days | Unit::Months => count(value),
    };
    let unit_word = match unit {
        Unit::Days => text.unit_days(value),
        Unit::Months => text.unit_months(value),
        Unit::Percent | Unit::Yuan | Unit::Usd | Unit::Vehicles => "",
    };
    match qualifier {
        Qualifier::Exact => format!("{number}{unit_word}"),
        Qualifier::AtLeast => format!("{number}+{unit_word}"),
        Qualifier::About => text.about(&format!("{number}{unit_word}")),
    }
}

/// Whole thousands at or above the language's smallest short form: 550,000 is
/// 55万, while 108,796 stays exact.
fn is_round_count(value: f64, lang: Lang) -> bool {
    let smallest_step = ui(lang).compact_steps.last().map_or(f64::INFINITY, |(divisor, _)| *divisor);
    value.abs() >= smallest_step && value % 1000.0 == 0.0
}

/// What a figure is (actual, target, ...), in the reader's language.
pub fn kind_word(kind: Kind, lang: Lang) -> &'static str {
    let text = ui(lang);
    match kind {
        Kind::Actual => text.kind_actual,
        Kind::Target => text.kind_target,
        Kind::Forecast => text.kind_forecast,
        Kind::Estimate => text.kind_estimate,
        Kind::Guidance => text.kind_guidance,
    }
}

/// How exact a figure is (exact, at least, about), in the reader's language.
pub fn qualifier_word(qualifier: Qualifier, lang: Lang) -> &'static str {
    let text = ui(lang);
    match qualifier {
        Qualifier::Exact => text.qualifier_exact,
        Qualifier::AtLeast => text.qualifier_at_least,
        Qualifier::About => text.qualifier_about,
    }
}

/// How well a source was read (verified, secondary, weak), in the reader's language.
pub fn source_status_word(status: SourceStatus, lang: Lang) -> &'static str {
    let text = ui(lang);
    match status {
        SourceStatus::Verified => text.status_verified,
        SourceStatus::Secondary => text.status_secondary,
        SourceStatus::Weak => text.status_weak_source,
    }
}

/// The marker drawn next to a value label: "+" for a floor, "~" for rounded.
pub fn qualifier_mark(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::Exact => "",
        Qualifier::AtLeast => "+",
        Qualifier::About => "~",
    }
}

/// A signed percentage change with one decimal: +34.1%, -26.7%.
pub fn change_pct(pct: f64) -> String {
    let sign = if pct > 0.0 { "+" } else { "" };
    format!("{sign}{pct:.1}%")
}

/// 20 Nov 2025 / 2025年11月20日.
pub fn date(date: Date, lang: Lang) -> String {
    messages(lang).date(date.year, date.month, date.day)
}

/// Q3 2025, Jul 2025, 2025 / 2025年第3季度, 2025年7月, 2025年.
pub fn period(period: &Period, lang: Lang) -> String {
    let text = messages(lang);
    match period {
        Period::Year(y) => text.period_year(*y),
        Period::Quarter(y, q) => text.period_quarter(*y, *q),
        Period::Month(y, m) => text.period_month(*y, *m),
        Period::Day(d) => date(*d, lang),
        Period::Span(from, to) => text.period_span(&self::period(from, lang), &self::period(to, lang)),
    }
}

/// A short axis label: Q3 '25, Jul '25, 2025 / 25Q3, 25年7月.
pub fn period_short(period: &Period, lang: Lang) -> String {
    let text = messages(lang);
    match period {
        Period::Quarter(y, q) => text.quarter_short(*y, *q),
        Period::Month(y, m) => text.month_short(*y, *m),
        // Years, days and spans have no shorter form in any language.
        Period::Year(_) | Period::Day(_) | Period::Span(..) => self::period(period, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(count(410_000.0), "410,000");
        assert_eq!(count(1_636_129.0), "1,636,129");
        assert_eq!(count(999.0), "999");
        assert_eq!(count(-1_800.0), "-1,800");
        assert_eq!(count(0.0), "0");
    }

    #[test]
    fn compact_uses_each_locales_units() {
        assert_eq!(compact(410_000.0, Lang::En), "410k");
        assert_eq!(compact(24_000_000.0, Lang::En), "24m");
        assert_eq!(compact(1_100_000.0, Lang::En), "1.1m");
        assert_eq!(compact(6_400_000_000.0, Lang::En), "6.4bn");
        assert_eq!(compact(550_000.0, Lang::ZhCn), "55万");
        assert_eq!(compact(24_000_000.0, Lang::ZhCn), "2400万");
        assert_eq!(compact(6_400_000_000.0, Lang::ZhCn), "64亿");
    }

    #[test]
    fn figures_carry_their_qualifier() {
        assert_eq!(figure(410_000.0, Unit::Vehicles, Qualifier::AtLeast, Lang::En), "410,000+");
        assert_eq!(figure(24e6, Unit::Vehicles, Qualifier::About, Lang::En), "about 24m");
        assert_eq!(figure(24e6, Unit::Vehicles, Qualifier::About, Lang::ZhCn), "约2400万");
        assert_eq!(figure(550_000.0, Unit::Vehicles, Qualifier::Exact, Lang::ZhCn), "55万");
        assert_eq!(figure(410_000.0, Unit::Vehicles, Qualifier::AtLeast, Lang::ZhCn), "41万+");
        assert_eq!(figure(108_796.0, Unit::Vehicles, Qualifier::Exact, Lang::ZhCn), "108,796");
        assert_eq!(figure(15.4, Unit::Percent, Qualifier::Exact, Lang::En), "15.4%");
        assert_eq!(figure(230.0, Unit::Days, Qualifier::Exact, Lang::En), "230 days");
    }

    #[test]
    fn dates_and_periods_follow_the_locale() {
        let day = Date::parse("2025-11-20").unwrap();
        assert_eq!(date(day, Lang::En), "20 Nov 2025");
        assert_eq!(date(day, Lang::ZhCn), "2025年11月20日");
        assert_eq!(period(&Period::Quarter(2025, 3), Lang::En), "Q3 2025");
        assert_eq!(period(&Period::Month(2025, 7), Lang::ZhCn), "2025年7月");
        assert_eq!(change_pct(34.146), "+34.1%");
        assert_eq!(change_pct(-26.67), "-26.7%");
    }
}
