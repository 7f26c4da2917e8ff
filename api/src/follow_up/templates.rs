//! The built-in Good Enough aims: the KEKS areas the data can measure, each with indicators
//! and targets to start from, in every language. An organisation adopts one with a click and
//! edits it as its own.

use std::sync::LazyLock;

use logbook_shared::aims::IndicatorInput;
use logbook_shared::follow_up::AimTemplate;
use logbook_shared::surveys::{Translations, in_language};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct GoodEnough {
    pub key: String,
    title: Translations,
    description: Translations,
    pub indicators: Vec<IndicatorInput>,
}

impl GoodEnough {
    pub fn title(&self, language: &str) -> &str {
        in_language(&self.title, language, "en")
    }

    /// The template as `GET /aim-templates` shows it.
    pub fn shown(&self, language: &str) -> AimTemplate {
        AimTemplate {
            key: self.key.clone(),
            title: self.title(language).to_owned(),
            description: in_language(&self.description, language, "en").to_owned(),
            indicators: self.indicators.clone(),
        }
    }
}

// Checked by the unit test below: a file that does not parse cannot ship.
static TEMPLATES: LazyLock<Vec<GoodEnough>> =
    LazyLock::new(|| serde_json::from_str(include_str!("good_enough.json")).unwrap_or_default());

pub fn all() -> &'static [GoodEnough] {
    &TEMPLATES
}

pub fn find(key: &str) -> Option<&'static GoodEnough> {
    all().iter().find(|template| template.key == key)
}

#[cfg(test)]
mod tests {
    use logbook_shared::aims::{AimInput, Metric};
    use logbook_shared::{LANGUAGES, Rules};

    use super::*;
    use crate::surveys::templates as surveys;

    #[test]
    fn every_template_passes_the_rules_speaks_every_language_and_asks_real_questions() {
        assert_eq!(all().len(), 7, "the file did not parse");
        let mut six = LANGUAGES.to_vec();
        six.sort_unstable();
        for template in all() {
            let input = AimInput {
                title: template.title("en").to_owned(),
                unit_id: None,
                period_from: "2026-01-01".parse().unwrap(),
                period_to: "2026-12-31".parse().unwrap(),
                archived: false,
                indicators: Some(template.indicators.clone()),
            };
            assert_eq!(input.check(), Ok(()), "{}", template.key);
            for texts in [&template.title, &template.description] {
                let languages: Vec<&str> = texts.keys().map(String::as_str).collect();
                assert_eq!(languages, six, "{}", template.key);
            }
            for indicator in &template.indicators {
                let Some(asked) = &indicator.survey_question else {
                    assert_ne!(indicator.metric, Metric::SurveyAgreeing);
                    continue;
                };
                let survey = surveys::all()
                    .iter()
                    .find(|survey| survey.key == asked.template)
                    .expect("a built-in survey");
                assert!(
                    survey
                        .questions
                        .iter()
                        .any(|question| question.key == asked.question),
                    "{}: {}",
                    template.key,
                    asked.question
                );
            }
        }
    }
}
