//! Surveys for the demo: the meeting-place template copied, an autumn round at Northside that
//! closed with 40 answers (enough for results and a breakdown), and a round open now; the
//! network's members ran the same survey in the autumn, for the network's comparison.

use chrono::{Duration, NaiveDate};
use logbook_shared::ids::{OrganisationId, QuestionnaireId, UnitId};
use logbook_shared::sessions::Gender;
use logbook_shared::structure::DEFAULT_AGE_BANDS;
use logbook_shared::surveys::{
    QuestionKind, ResponseInput, SurveyForm, SurveyRoundInput, check_response,
};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::db::DbConn;
use crate::db::queries::questionnaires;
use crate::db::queries::survey_rounds::{self, Recorded};
use crate::surveys::templates;

const CLOSED_ROUND_ANSWERS: usize = 40;

const WORDS: [&str; 6] = [
    "Longer opening hours on Fridays",
    "More trips in the summer",
    "A quiet room for homework",
    "Cooking together more often",
    "More trips in the summer",
    "A music studio",
];

/// The demo organisation's surveys: the autumn round with 40 answers and a round open now.
pub fn add(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: UnitId,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let (questionnaire, form) = meeting_place_copy(conn, organisation)?;
    autumn_round(
        conn,
        organisation,
        unit,
        (questionnaire, &form),
        CLOSED_ROUND_ANSWERS,
        19,
    )?;
    let now = SurveyRoundInput {
        title: "Meeting-place survey, this month".into(),
        opens_on: today - Duration::days(7),
        closes_on: today + Duration::days(30),
        ..round_input(questionnaire, unit)
    };
    survey_rounds::insert(conn, organisation, &now, &form)?;
    Ok(())
}

/// The meeting-place template copied in English, and the form a round of it asks.
pub fn meeting_place_copy(
    conn: &mut DbConn,
    organisation: OrganisationId,
) -> anyhow::Result<(QuestionnaireId, SurveyForm)> {
    let input = templates::copy("meeting_place", "en")
        .ok_or_else(|| anyhow::anyhow!("the meeting-place template is missing"))?;
    let questionnaire = questionnaires::insert(conn, organisation, &input, Some("meeting_place"))?;
    let form = SurveyForm {
        ask_gender: questionnaire.ask_gender,
        ask_age_band: questionnaire.ask_age_band,
        questions: questionnaire.questions,
        age_bands: DEFAULT_AGE_BANDS.to_vec(),
    };
    Ok((questionnaire.id, form))
}

/// The autumn 2026 round of `form` at `unit`, closed with `answers` answers drawn from `seed`.
pub fn autumn_round(
    conn: &mut DbConn,
    organisation: OrganisationId,
    unit: UnitId,
    (questionnaire, form): (QuestionnaireId, &SurveyForm),
    answers: usize,
    seed: u64,
) -> anyhow::Result<()> {
    let autumn = SurveyRoundInput {
        title: "Meeting-place survey, autumn 2026".into(),
        opens_on: date(2026, 9, 14),
        closes_on: date(2026, 10, 4),
        ..round_input(questionnaire, unit)
    };
    let closed = survey_rounds::insert(conn, organisation, &autumn, form)?;
    let mut random = StdRng::seed_from_u64(seed);
    for day in 0..answers {
        let answer = check_response(form, &young_persons_answer(form, &mut random))
            .map_err(|errors| anyhow::anyhow!("a demo answer breaks the rules: {errors:?}"))?;
        let received_on = autumn.opens_on + Duration::days((day % 20) as i64);
        let recorded = survey_rounds::record_response(conn, &closed, None, &answer, received_on)?;
        anyhow::ensure!(
            recorded == Recorded::Stored,
            "the demo round took no answer"
        );
    }
    Ok(())
}

fn round_input(questionnaire_id: QuestionnaireId, unit: UnitId) -> SurveyRoundInput {
    SurveyRoundInput {
        questionnaire_id,
        title: String::new(),
        opens_on: NaiveDate::default(),
        closes_on: NaiveDate::default(),
        language: "en".into(),
        unit_ids: vec![unit],
        activity_ids: Vec::new(),
    }
}

/// A plausible answer: most young people feel at home, a few do not; most say who they are.
fn young_persons_answer(form: &SurveyForm, random: &mut StdRng) -> ResponseInput {
    let mut answer = ResponseInput {
        gender: [Gender::Girl, Gender::Boy, Gender::Girl, Gender::Boy]
            .choose(random)
            .copied()
            .filter(|_| random.random_bool(0.9)),
        age_band: form
            .age_bands
            .choose(random)
            .map(|band| format!("{}-{}", band.min, band.max)),
        ..ResponseInput::default()
    };
    let leaning: i32 = random.random_range(-1..=1);
    for question in &form.questions {
        let values = match question.kind {
            QuestionKind::Likert => {
                let scale = (random.random_range(3..=5) + leaning).clamp(1, 5);
                vec![scale.to_string()]
            }
            QuestionKind::SingleChoice => question
                .options
                .choose(random)
                .map(|option| vec![option.key.clone()])
                .unwrap_or_default(),
            QuestionKind::MultipleChoice => question
                .options
                .choose_multiple(random, 3)
                .map(|option| option.key.clone())
                .collect(),
            QuestionKind::FreeText if random.random_bool(0.3) => {
                vec![WORDS.choose(random).copied().unwrap_or_default().to_owned()]
            }
            QuestionKind::FreeText => Vec::new(),
        };
        answer.answers.insert(question.key.clone(), values);
    }
    answer
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}
