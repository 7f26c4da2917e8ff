//! A year of realistic sessions for the demo: open evenings three times a week, weekly groups
//! and street work, a project every other week, one summer festival; attendance that varies
//! with the season, notes, reflection answers, and aims to link. Always the same data for the
//! same day (a fixed random seed).

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use logbook_shared::ListQuery;
use logbook_shared::aims::{AimInput, Comparator, Grain, IndicatorInput, Metric, merge_indicators};
use logbook_shared::clock::hh_mm;
use logbook_shared::ids::{AimId, OrganisationId, SessionId, UnitId, UserId};
use logbook_shared::reflection::{ReflectionQuestion, ReflectionQuestionInput};
use logbook_shared::sessions::{AttendanceRow, Gender, ReflectionAnswer, SessionInput};
use logbook_shared::structure::{Activity, ActivityFilter, ActivityKind, AgeBand};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::db::DbConn;
use crate::db::queries::sessions::Saving;
use crate::db::queries::{activities, aims, reflection_questions, sessions};

const NOTES: [&str; 8] = [
    "Table tennis tournament; two new faces who came with friends.",
    "Cooking night planned by the young people: pancakes for everyone.",
    "Calm evening, long talks about the upcoming exams.",
    "Film night; the group chose the film and ran the projector themselves.",
    "A conflict between two groups was talked through; both stayed.",
    "Music workshop in the studio, first recording of the new band.",
    "Board games and homework help; the volunteers took the homework corner.",
    "Planning meeting for the summer festival, roles shared out.",
];

const ANSWERS: [&str; 4] = [
    "They chose the music and the snacks.",
    "The programme for next week.",
    "How the new room is furnished.",
    "Nothing much today; mostly hanging out.",
];

/// How one municipality's sessions differ from another's: its own random draw, and how many
/// times fewer young people come than to the demo's centres.
#[derive(Debug, Clone, Copy)]
pub struct Turnout {
    pub seed: u64,
    pub divided_by: i32,
}

impl Turnout {
    pub const DEMO: Turnout = Turnout {
        seed: 2026,
        divided_by: 1,
    };
}

/// A session young people can check in to: an open activity's (id, date).
pub type OpenSession = (SessionId, NaiveDate);

/// The organisation's questions and aims, then a year of sessions up to yesterday; answers
/// the open activities' sessions. `logger(unit_id)` is the account that logs a unit's
/// sessions.
pub fn add_year(
    conn: &mut DbConn,
    organisation: OrganisationId,
    bands: &[AgeBand],
    turnout: Turnout,
    logger: impl Fn(UnitId) -> UserId,
) -> anyhow::Result<Vec<OpenSession>> {
    let questions = add_questions(conn, organisation)?;
    let today = Utc::now().date_naive();
    let (from, to) = (today - Duration::days(365), today - Duration::days(1));
    let girls = IndicatorInput {
        id: None,
        metric: Metric::ShareGirls,
        survey_question: None,
        comparator: Comparator::AtLeast,
        target: 45.0,
        target_from: None,
        baseline: None,
        grain: Grain::Quarter,
        min_denominator: 15,
    };
    let indicators = merge_indicators(&[], std::slice::from_ref(&girls), from, today);
    let aim = aims::insert(
        conn,
        organisation,
        &AimInput {
            title: "At least 45 % girls among visitors".into(),
            unit_id: None,
            period_from: from,
            period_to: to,
            archived: false,
            indicators: Some(vec![girls]),
        },
        &indicators,
        None,
    )?;
    let all = ListQuery {
        limit: Some(200),
        cursor: None,
    };
    let listed = activities::list(conn, organisation, None, &ActivityFilter::default(), &all)?;
    let mut random = StdRng::seed_from_u64(turnout.seed);
    let mut open = Vec::new();
    for activity in &listed {
        let asked: Vec<&ReflectionQuestion> = questions
            .iter()
            .filter(|question| question.applies_to(activity.kind, activity.unit_id))
            .collect();
        for date in days(activity.kind, from, to) {
            let input = session(&mut random, activity, date, bands, &asked, aim.id);
            let input = SessionInput {
                attendance: fewer(input.attendance, turnout.divided_by),
                ..input
            };
            let saving = Saving {
                organisation_id: organisation,
                unit_id: activity.unit_id,
                user_id: logger(activity.unit_id),
                kiosk_id: None,
            };
            let id =
                sessions::insert(conn, saving, &input.without_empty_entries(), activity.kind)?.id;
            if activity.kind == ActivityKind::Open {
                open.push((id, date));
            }
        }
    }
    Ok(open)
}

/// The attendance with every count divided (whole young people only).
fn fewer(attendance: Vec<AttendanceRow>, divided_by: i32) -> Vec<AttendanceRow> {
    attendance
        .into_iter()
        .map(|row| AttendanceRow {
            count: row.count / divided_by.max(1),
            ..row
        })
        .collect()
}

fn add_questions(
    conn: &mut DbConn,
    organisation: OrganisationId,
) -> anyhow::Result<Vec<ReflectionQuestion>> {
    let influence = ReflectionQuestionInput {
        text: "What did the young people influence today?".into(),
        translations: [
            ("sv", "Vad påverkade de unga i dag?"),
            ("fi", "Mihin nuoret vaikuttivat tänään?"),
            ("sl", "Na kaj so mladi danes vplivali?"),
            ("lv", "Ko jaunieši šodien ietekmēja?"),
            ("et", "Mida noored täna mõjutasid?"),
        ]
        .into_iter()
        .map(|(language, text)| (language.to_owned(), text.to_owned()))
        .collect(),
        activity_kinds: vec![ActivityKind::Open, ActivityKind::Group],
        unit_ids: Vec::new(),
        retired: false,
    };
    let learned = ReflectionQuestionInput {
        text: "What did the young people learn?".into(),
        translations: [
            ("sv", "Vad lärde sig de unga?"),
            ("fi", "Mitä nuoret oppivat?"),
            ("sl", "Kaj so se mladi naučili?"),
            ("lv", "Ko jaunieši iemācījās?"),
            ("et", "Mida noored õppisid?"),
        ]
        .into_iter()
        .map(|(language, text)| (language.to_owned(), text.to_owned()))
        .collect(),
        activity_kinds: vec![ActivityKind::Group, ActivityKind::Project],
        ..ReflectionQuestionInput::default()
    };
    [influence, learned]
        .iter()
        .map(|input| Ok(reflection_questions::insert(conn, organisation, input)?))
        .collect()
}

/// The days an activity of `kind` meets between `from` and `to`.
fn days(kind: ActivityKind, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let meets = |date: &NaiveDate| match kind {
        ActivityKind::Open => matches!(date.weekday(), Weekday::Mon | Weekday::Wed | Weekday::Fri),
        ActivityKind::Group => date.weekday() == Weekday::Tue,
        ActivityKind::Outreach => date.weekday() == Weekday::Fri,
        ActivityKind::Project => {
            date.weekday() == Weekday::Thu && date.iso_week().week().is_multiple_of(2)
        }
        ActivityKind::Event => date.month() == 6 && date.day() == 14,
    };
    from.iter_days()
        .take_while(|date| *date <= to)
        .filter(meets)
        .collect()
}

fn session(
    random: &mut StdRng,
    activity: &Activity,
    date: NaiveDate,
    bands: &[AgeBand],
    asked: &[&ReflectionQuestion],
    aim: AimId,
) -> SessionInput {
    // Fewer come in the summer holidays; an event draws a crowd; young adults come less.
    let (times, divided_by) = match (activity.kind, date.month()) {
        (ActivityKind::Event, _) => (6, 1),
        (_, 7 | 8) => (1, 2),
        _ => (1, 1),
    };
    let mut attendance = Vec::new();
    for gender in [
        Gender::Girl,
        Gender::Boy,
        Gender::NonBinary,
        Gender::NotStated,
    ] {
        let most = match gender {
            Gender::Girl => 8,
            Gender::Boy => 10,
            Gender::NonBinary | Gender::NotStated => 1,
        };
        for band in bands {
            let fewer = if band.min >= 19 { 3 } else { 1 };
            let count = random.random_range(0..=most * times / divided_by / fewer);
            attendance.push(AttendanceRow {
                gender,
                age_min: Some(band.min),
                age_max: Some(band.max),
                count,
            });
        }
    }
    let (start, end) = match (activity.usual_start_time, activity.usual_end_time) {
        (Some(start), Some(end)) => (start, end),
        _ => (
            hh_mm::parse("12:00").unwrap_or_default(),
            hh_mm::parse("20:00").unwrap_or_default(),
        ),
    };
    let youth_led = random.random_bool(0.25);
    let mut reflection_answers = Vec::new();
    for question in asked {
        if random.random_bool(0.6) {
            reflection_answers.push(ReflectionAnswer {
                question_id: question.id,
                answer: ANSWERS[random.random_range(0..ANSWERS.len())].to_owned(),
            });
        }
    }
    SessionInput {
        activity_id: activity.id,
        date,
        start_time: start,
        end_time: end,
        attendance,
        youth_led,
        youth_producers: if youth_led {
            random.random_range(2..=6)
        } else {
            0
        },
        staff_count: random.random_range(1..=3),
        volunteer_count: random.random_range(0..=2),
        notes: NOTES[random.random_range(0..NOTES.len())].to_owned(),
        reflection_answers,
        aim_ids: if activity.kind == ActivityKind::Open && random.random_bool(0.2) {
            vec![aim]
        } else {
            Vec::new()
        },
    }
}
