//! Youth surveys: built-in templates, questionnaires, rounds, their results and the files
//! made from them (QR code, poster, exports).

use logbook_shared::ErrorBody;
use logbook_shared::ids::{QuestionnaireId, SurveyRoundId};
use logbook_shared::reports::ExportFormat;
use logbook_shared::surveys::{
    Breakdown, Questionnaire, QuestionnaireInput, SurveyResults, SurveyRound, SurveyRoundInput,
    SurveyTemplate, TemplateCopy,
};

use super::client::{all, download, get, post, put};

pub async fn templates() -> Result<Vec<SurveyTemplate>, ErrorBody> {
    get("/survey-templates").await
}

pub async fn questionnaires() -> Result<Vec<Questionnaire>, ErrorBody> {
    all("/questionnaires").await
}

pub async fn questionnaire(id: QuestionnaireId) -> Result<Questionnaire, ErrorBody> {
    get(&format!("/questionnaires/{id}")).await
}

pub async fn create_questionnaire(input: &QuestionnaireInput) -> Result<Questionnaire, ErrorBody> {
    post("/questionnaires", input).await
}

pub async fn update_questionnaire(
    id: QuestionnaireId,
    input: &QuestionnaireInput,
) -> Result<Questionnaire, ErrorBody> {
    put(&format!("/questionnaires/{id}"), input).await
}

pub async fn copy_template(copy: &TemplateCopy) -> Result<Questionnaire, ErrorBody> {
    post("/questionnaires/from-template", copy).await
}

pub async fn rounds() -> Result<Vec<SurveyRound>, ErrorBody> {
    all("/survey-rounds").await
}

pub async fn round(id: SurveyRoundId) -> Result<SurveyRound, ErrorBody> {
    get(&format!("/survey-rounds/{id}")).await
}

pub async fn start_round(input: &SurveyRoundInput) -> Result<SurveyRound, ErrorBody> {
    post("/survey-rounds", input).await
}

pub async fn close_round(id: SurveyRoundId) -> Result<SurveyRound, ErrorBody> {
    post(&format!("/survey-rounds/{id}/close"), &()).await
}

fn by(breakdown: Option<Breakdown>) -> String {
    breakdown.map_or_else(String::new, |by| format!("by={}", by.as_str()))
}

pub async fn results(
    id: SurveyRoundId,
    breakdown: Option<Breakdown>,
) -> Result<SurveyResults, ErrorBody> {
    get(&format!("/survey-rounds/{id}/results?{}", by(breakdown))).await
}

/// The results as a CSV or XLSX file the browser saves.
pub async fn download_results(
    id: SurveyRoundId,
    breakdown: Option<Breakdown>,
    format: ExportFormat,
) -> Result<(), ErrorBody> {
    let format = format.as_str();
    download(
        &format!(
            "/survey-rounds/{id}/results/export?format={format}&{}",
            by(breakdown)
        ),
        &format!("survey-{id}-results.{format}"),
    )
    .await
}

pub async fn download_poster(id: SurveyRoundId) -> Result<(), ErrorBody> {
    download(
        &format!("/survey-rounds/{id}/poster.pdf"),
        &format!("survey-{id}-poster.pdf"),
    )
    .await
}

pub async fn download_qr_code(id: SurveyRoundId) -> Result<(), ErrorBody> {
    download(
        &format!("/survey-rounds/{id}/qr.svg"),
        &format!("survey-{id}-qr.svg"),
    )
    .await
}
