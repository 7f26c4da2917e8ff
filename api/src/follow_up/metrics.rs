//! An indicator's metric measured over one period: SPEC 7's figures of the aim's scope (read
//! once per scope and period, however many indicators ask), unique visitors by gender, or the
//! share agreeing with a survey question in the rounds that closed in the period.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use chrono::{Datelike, NaiveDate};
use logbook_shared::aims::{Indicator, Metric, SurveyQuestionRef};
use logbook_shared::follow_up::{PeriodValue, status_of};
use logbook_shared::ids::{SurveyRoundId, UnitId};
use logbook_shared::periods::REPORT_YEARS;
use logbook_shared::reports::{Figures, GenderCounts, ReportSelection};
use logbook_shared::sessions::Gender;
use logbook_shared::structure::AgeBand;
use logbook_shared::surveys::QuestionKind;

use super::periods::Period;
use crate::db::DbConn;
use crate::db::queries::organisations::Organisation;
use crate::db::queries::reports::selection::Selection;
use crate::db::queries::reports::unique_genders;
use crate::db::queries::survey_results::Counted;
use crate::db::queries::survey_rounds::RoundRecord;
use crate::db::queries::{survey_rounds, survey_settling};
use crate::error::ApiError;
use crate::surveys::{self, results};

/// A metric's value and what a ratio was counted on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    pub value: Option<f64>,
    pub denominator: Option<f64>,
}

/// Measures one organisation's indicators, remembering what it has read.
pub struct Measurer<'a> {
    home: &'a Organisation,
    /// "Close" within this many points or per cent.
    margin: f64,
    today: chrono::NaiveDate,
    /// A survey round counts from this many answers.
    survey_min: i64,
    /// A share of unique visitors needs at least this many.
    smallest_cell: f64,
    figures: HashMap<(Option<UnitId>, Period), Figures>,
    unique: HashMap<(Option<UnitId>, Period), GenderCounts>,
    /// Each template's rounds, and each closed round's answers, read once.
    rounds: HashMap<String, Vec<RoundRecord>>,
    counted: HashMap<SurveyRoundId, Counted>,
}

impl<'a> Measurer<'a> {
    pub fn new(home: &'a Organisation) -> Result<Self, ApiError> {
        let settings = home.settings()?;
        Ok(Measurer {
            home,
            margin: f64::from(settings.follow_up_margin),
            today: home.local_now()?.date(),
            survey_min: i64::from(settings.survey_min_responses),
            smallest_cell: f64::from(settings.network_min_cell),
            figures: HashMap::new(),
            unique: HashMap::new(),
            rounds: HashMap::new(),
            counted: HashMap::new(),
        })
    }

    /// For a network: a survey round and a share of unique visitors count only from `min`
    /// too.
    pub fn with_smallest(mut self, min: i32) -> Self {
        self.survey_min = self.survey_min.max(i64::from(min));
        self.smallest_cell = self.smallest_cell.max(f64::from(min));
        self
    }

    pub fn today(&self) -> chrono::NaiveDate {
        self.today
    }

    /// The indicator in one of its periods at `unit` (or the whole organisation): its value,
    /// the target that held at the period's end (or today, while under way), and its status.
    pub fn value(
        &mut self,
        conn: &mut DbConn,
        unit: Option<UnitId>,
        indicator: &Indicator,
        period: Period,
    ) -> Result<PeriodValue, ApiError> {
        self.judged(conn, unit, indicator, period, 1.0)
    }

    /// The indicator over any stretch (an aim's part of a year): a count's target, which is
    /// per period of its grain, counts as many times as such periods fit in the stretch.
    pub fn over_stretch(
        &mut self,
        conn: &mut DbConn,
        unit: Option<UnitId>,
        indicator: &Indicator,
        stretch: Period,
    ) -> Result<PeriodValue, ApiError> {
        let periods = months_in(stretch.from, stretch.to) / f64::from(indicator.grain.months());
        self.judged(conn, unit, indicator, stretch, periods)
    }

    /// `periods`: how many of the grain's periods the stretch is, for a count's target.
    fn judged(
        &mut self,
        conn: &mut DbConn,
        unit: Option<UnitId>,
        indicator: &Indicator,
        period: Period,
        periods: f64,
    ) -> Result<PeriodValue, ApiError> {
        let measured = self.measure(conn, unit, indicator, period)?;
        let metric = indicator.metric;
        let mut smallest = f64::from(indicator.min_denominator);
        if metric.is_unique_share() {
            smallest = smallest.max(self.smallest_cell);
        }
        let enough = !metric.is_ratio()
            || measured
                .denominator
                .is_some_and(|counted| counted >= smallest);
        let value = measured.value.filter(|_| enough);
        let partial = period.to > self.today;
        let mut target = indicator.target_on(period.to.min(self.today));
        let mut judged = target;
        if !metric.is_ratio() {
            target *= periods;
            // A count under way is held against its target so far (pro rata by days), not
            // shown as missed all year.
            let elapsed = if partial {
                days(period.from, self.today) / days(period.from, period.to)
            } else {
                1.0
            };
            judged = target * elapsed;
        }
        Ok(PeriodValue {
            from: period.from,
            to: period.to,
            value,
            denominator: measured.denominator,
            target,
            status: status_of(value, indicator.comparator, judged, metric, self.margin),
            partial,
        })
    }

    fn measure(
        &mut self,
        conn: &mut DbConn,
        unit: Option<UnitId>,
        indicator: &Indicator,
        period: Period,
    ) -> Result<Measured, ApiError> {
        let count = |value: f64| Measured {
            value: Some(value),
            denominator: None,
        };
        let ratio = |part: f64, whole: f64| Measured {
            value: (whole > 0.0).then(|| part / whole),
            denominator: Some(whole),
        };
        if let Some(question) = &indicator.survey_question {
            return self.agreeing(conn, unit, question, period);
        }
        if matches!(
            indicator.metric,
            Metric::ShareGirlsUnique | Metric::ShareBoysUnique | Metric::ShareNonBinaryUnique
        ) {
            let by_gender = self.unique(conn, unit, period)?;
            let stated = (by_gender.girl + by_gender.boy + by_gender.non_binary) as f64;
            let part = match indicator.metric {
                Metric::ShareGirlsUnique => by_gender.girl,
                Metric::ShareBoysUnique => by_gender.boy,
                _ => by_gender.non_binary,
            };
            return Ok(ratio(part as f64 * 100.0, stated));
        }
        let f = self.figures(conn, unit, period)?;
        let stated = (f.visits_by_gender.girl
            + f.visits_by_gender.boy
            + f.visits_by_gender.non_binary) as f64;
        Ok(match indicator.metric {
            Metric::Sessions => count(f.sessions as f64),
            Metric::Visits => count(f.visits as f64),
            Metric::UniqueVisitors => count(f.unique_visitors as f64),
            Metric::FirstTimeVisitors => count(f.first_time_visitors as f64),
            Metric::YouthProducers => count(f.youth_producers as f64),
            Metric::OpeningHours => count(f.opening_hours),
            Metric::GroupHours => count(f.group_hours),
            Metric::ActivityHours => count(f.activity_hours),
            Metric::YouthLedHours => count(f.youth_led_hours),
            Metric::ShareGirls => ratio(f.visits_by_gender.girl as f64 * 100.0, stated),
            Metric::ShareBoys => ratio(f.visits_by_gender.boy as f64 * 100.0, stated),
            Metric::ShareNonBinary => ratio(f.visits_by_gender.non_binary as f64 * 100.0, stated),
            Metric::YouthLedShare => ratio(f.youth_led_hours * 100.0, f.activity_hours),
            Metric::ProducersPer100Visits => {
                ratio(f.youth_producers as f64 * 100.0, f.visits as f64)
            }
            Metric::VisitsPerSession => ratio(f.visits as f64, f.sessions as f64),
            Metric::VisitsPerOpeningHour => Measured {
                value: f.visits_per_opening_hour,
                denominator: Some(f.opening_hours),
            },
            // Answered above: a survey metric always has its question (the rules check it).
            Metric::ShareGirlsUnique
            | Metric::ShareBoysUnique
            | Metric::ShareNonBinaryUnique
            | Metric::SurveyAgreeing => Measured {
                value: None,
                denominator: None,
            },
        })
    }

    fn selection(&self, unit: Option<UnitId>, period: Period) -> Selection {
        Selection {
            organisation_ids: vec![self.home.id],
            sessions: ReportSelection {
                unit_ids: unit.map(|unit| vec![unit]),
                ..ReportSelection::period(period.from, period.to)
            },
        }
    }

    fn figures(
        &mut self,
        conn: &mut DbConn,
        unit: Option<UnitId>,
        period: Period,
    ) -> Result<Figures, ApiError> {
        if let Some(figures) = self.figures.get(&(unit, period)) {
            return Ok(figures.clone());
        }
        let no_bands: [AgeBand; 0] = [];
        let report = crate::reports::report(conn, &self.selection(unit, period), None, &no_bands)?;
        self.figures.insert((unit, period), report.total.clone());
        Ok(report.total)
    }

    fn unique(
        &mut self,
        conn: &mut DbConn,
        unit: Option<UnitId>,
        period: Period,
    ) -> Result<GenderCounts, ApiError> {
        if let Some(counts) = self.unique.get(&(unit, period)) {
            return Ok(*counts);
        }
        let mut counts = GenderCounts::default();
        let selection = self.selection(unit, period);
        for row in unique_genders::unique_visitors_by_gender(conn, &selection)? {
            let slot = match Gender::parse(&row.gender) {
                Some(Gender::Girl) => &mut counts.girl,
                Some(Gender::Boy) => &mut counts.boy,
                Some(Gender::NonBinary) => &mut counts.non_binary,
                Some(Gender::NotStated) | None => &mut counts.not_stated,
            };
            *slot += row.visitors;
        }
        self.unique.insert((unit, period), counts);
        Ok(counts)
    }

    /// The share of 4s and 5s to the question in the closed rounds of its template that
    /// ended in the period (a unit's aim: those run at that unit only). A round counts only
    /// where it shows the question on its own (at least the organisation's smallest number
    /// of answers): a small round added to one shown would come out by subtraction.
    fn agreeing(
        &mut self,
        conn: &mut DbConn,
        unit: Option<UnitId>,
        question: &SurveyQuestionRef,
        period: Period,
    ) -> Result<Measured, ApiError> {
        let min = self.survey_min;
        let mut counts = [0_i64; 5];
        if !self.rounds.contains_key(&question.template) {
            let (first, last) = (
                NaiveDate::from_ymd_opt(*REPORT_YEARS.start(), 1, 1),
                NaiveDate::from_ymd_opt(*REPORT_YEARS.end(), 12, 31),
            );
            let (Some(first), Some(last)) = (first, last) else {
                return Err(ApiError::internal("the report years"));
            };
            let all =
                survey_rounds::of_template(conn, self.home.id, &question.template, first, last)?;
            self.rounds.insert(question.template.clone(), all);
        }
        let rounds = self
            .rounds
            .get(&question.template)
            .cloned()
            .unwrap_or_default();
        for round in rounds {
            let at_unit = unit.is_none_or(|unit| round.unit_ids == [unit]);
            if !at_unit || !surveys::closed_within(&round, self.home, period.from, period.to)? {
                continue;
            }
            let counted = match self.counted.entry(round.id) {
                Entry::Occupied(read) => read.into_mut(),
                Entry::Vacant(unread) => unread.insert(survey_settling::counted(conn, round.id)?),
            };
            let (responses, questions) = results::everyone(&round.form, counted, min);
            let shown = questions.into_iter().find(|result| {
                result.key == question.question
                    && result.shown
                    && result.kind == QuestionKind::Likert
            });
            if let Some(result) = shown.filter(|_| responses >= min) {
                for (slot, value) in counts.iter_mut().zip(&result.counts) {
                    *slot += value.count;
                }
            }
        }
        let answered: i64 = counts.iter().sum();
        Ok(Measured {
            value: results::likert_figures(&counts).map(|(_, agreeing)| agreeing),
            denominator: Some(answered as f64),
        })
    }
}

/// Days from `from` to `to`, both counted.
fn days(from: NaiveDate, to: NaiveDate) -> f64 {
    ((to - from).num_days() + 1).max(1) as f64
}

/// How many months `from`–`to` spans: whole calendar months count one, a part of a month its
/// share of that month's days.
fn months_in(from: NaiveDate, to: NaiveDate) -> f64 {
    let mut months = 0.0;
    let mut first = from.with_day(1).unwrap_or(from);
    while first <= to {
        let next = first.checked_add_months(chrono::Months::new(1));
        let last = next.map_or(NaiveDate::MAX, |next| next.pred_opt().unwrap_or(next));
        months += days(from.max(first), to.min(last)) / days(first, last);
        match next {
            Some(next) => first = next,
            None => break,
        }
    }
    months
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_stretch_counts_its_months_and_parts_of_months() {
        assert_eq!(months_in(day("2026-01-01"), day("2026-12-31")), 12.0);
        assert_eq!(months_in(day("2026-09-01"), day("2026-12-31")), 4.0);
        assert_eq!(months_in(day("2026-02-15"), day("2026-02-28")), 0.5);
    }
}
