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

fn step(day: NaiveDate, grain: Grain, forward: bool) -> Option<NaiveDate> {
    let months = Months::new(grain.months());
    if forward {
        day.checked_add_months(months)
    } else {
        day.checked_sub_months(months)
    }
}

fn day_before(day: NaiveDate) -> NaiveDate {
    day.checked_sub_days(Days::new(1)).unwrap_or(day)
}

/// The aim's periods that have begun by `today`, oldest first.
pub fn begun(from: NaiveDate, to: NaiveDate, grain: Grain, today: NaiveDate) -> Vec<Period> {
    let mut periods = Vec::new();
    let mut start = from;
    while start <= to && start <= today {
        let next = step(start, grain, true);
        let end = next.map_or(to, |next| day_before(next).min(to));
        periods.push(Period {
            from: start,
            to: end,
        });
        match next {
            Some(next) => start = next,
            None => break,
        }
    }
    periods
}

/// The current period and the ones before it, oldest first: `count` in all.
pub fn trend(current: Period, grain: Grain, count: usize) -> Vec<Period> {
    let mut periods = vec![current];
    let mut start = current.from;
    while periods.len() < count {
        let Some(earlier) = step(start, grain, false) else {
            break;
        };
        periods.push(Period {
            from: earlier,
            to: day_before(start),
        });
        start = earlier;
    }
    periods.reverse();
    periods
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
        let current = Period {
            from: day("2026-04-01"),
            to: day("2026-06-30"),
        };
        let trend = trend(current, Grain::Quarter, 3);
        assert_eq!(
            trend[0],
            Period {
                from: day("2025-10-01"),
                to: day("2025-12-31")
            }
        );
        assert_eq!(trend[2], current);
    }
}
