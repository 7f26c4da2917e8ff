//! An indicator's periods: steps of its grain from the aim's first day, the last cut at the
//! aim's last day; the trend steps back from the current one, also before the aim began.

use chrono::{Days, Months, NaiveDate};
use logbook_shared::aims::Grain;

/// A stretch of days, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// How many periods the trend shows.
pub const TREND_PERIODS: usize = 6;

/// The `n`th period start from `anchor` (negative: before it), always counted from the
/// anchor so that a month-end start keeps its day (Jan 31, Feb 28, Mar 31).
fn nth_start(anchor: NaiveDate, grain: Grain, n: i64) -> Option<NaiveDate> {
    let months = Months::new(
        u32::try_from(n.unsigned_abs())
            .ok()?
            .checked_mul(grain.months())?,
    );
    if n >= 0 {
        anchor.checked_add_months(months)
    } else {
        anchor.checked_sub_months(months)
    }
}

fn day_before(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(1)).unwrap_or(day)
}

/// The `n`th period from `anchor`, cut at `last` when given.
fn nth(anchor: NaiveDate, grain: Grain, n: i64, last: Option<NaiveDate>) -> Option<Period> {
    let from = nth_start(anchor, grain, n)?;
    let to = nth_start(anchor, grain, n + 1).map_or(NaiveDate::MAX, day_before);
    Some(Period {
        from,
        to: last.map_or(to, |last| to.min(last)),
    })
}

/// The aim's periods that have begun by `today`, oldest first.
pub fn begun(from: NaiveDate, to: NaiveDate, grain: Grain, today: NaiveDate) -> Vec<Period> {
    (0..)
        .map_while(|n| nth(from, grain, n, Some(to)))
        .take_while(|period| period.from <= to && period.from <= today)
        .collect()
}

/// The aim's `count` last periods up to its `index`th (the current one), oldest first; those
/// before the aim began are whole periods stepped back from its start.
pub fn trend(aim: Period, grain: Grain, index: usize, count: usize) -> Vec<Period> {
    let index = index as i64;
    (index + 1 - count as i64..=index)
        .filter_map(|n| nth(aim.from, grain, n, Some(aim.to)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn periods_step_from_the_aims_start_and_stop_at_today_and_its_end() {
        let quarters = begun(
            day("2026-01-01"),
            day("2026-12-31"),
            Grain::Quarter,
            day("2026-05-02"),
        );
        assert_eq!(
            quarters,
            [
                Period {
                    from: day("2026-01-01"),
                    to: day("2026-03-31")
                },
                Period {
                    from: day("2026-04-01"),
                    to: day("2026-06-30")
                },
            ]
        );
        let school_year = begun(
            day("2026-09-01"),
            day("2027-06-15"),
            Grain::Year,
            day("2028-01-01"),
        );
        assert_eq!(
            school_year,
            [Period {
                from: day("2026-09-01"),
                to: day("2027-06-15")
            }]
        );
        assert!(
            begun(
                day("2027-01-01"),
                day("2027-12-31"),
                Grain::Month,
                day("2026-12-31")
            )
            .is_empty()
        );
    }

    #[test]
    fn the_trend_reaches_back_before_the_aim() {
        let aim = Period {
            from: day("2026-01-01"),
            to: day("2026-12-31"),
        };
        let trend = trend(aim, Grain::Quarter, 1, 3);
        let starts: Vec<NaiveDate> = trend.iter().map(|period| period.from).collect();
        assert_eq!(
            starts,
            [day("2025-10-01"), day("2026-01-01"), day("2026-04-01")]
        );
        assert_eq!(trend[0].to, day("2025-12-31"));
    }

    #[test]
    fn a_month_end_start_keeps_its_day() {
        let months = begun(
            day("2026-01-31"),
            day("2026-12-31"),
            Grain::Month,
            day("2026-04-01"),
        );
        let starts: Vec<NaiveDate> = months.iter().map(|period| period.from).collect();
        assert_eq!(
            starts,
            [day("2026-01-31"), day("2026-02-28"), day("2026-03-31")]
        );
        assert_eq!(months[1].to, day("2026-03-30"));
    }
}
