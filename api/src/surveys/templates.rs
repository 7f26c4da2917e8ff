//! The built-in questionnaires, in every language: the yearly meeting-place survey and a
//! group survey, written in the spirit of the KEKS quality system. An organisation copies one
//! and adapts it.

use std::sync::LazyLock;

use logbook_shared::surveys::{QuestionnaireInput, SurveyTemplate, in_language};

static TEMPLATES: LazyLock<Vec<SurveyTemplate>> = LazyLock::new(|| {
    [
        include_str!("templates/meeting_place.json"),
        include_str!("templates/group.json"),
    ]
    .iter()
    // Checked by the unit test below: a template that does not parse cannot ship.
    .filter_map(|source| serde_json::from_str(source).ok())
    .collect()
});

pub fn all() -> &'static [SurveyTemplate] {
    &TEMPLATES
}

/// A copy of the template `key` to save as the organisation's own, named in `language`.
pub fn copy(key: &str, language: &str) -> Option<QuestionnaireInput> {
    let template = all().iter().find(|template| template.key == key)?;
    Some(QuestionnaireInput {
        name: in_language(&template.name, language, "en").to_owned(),
        ask_gender: template.ask_gender,
        ask_age_band: template.ask_age_band,
        questions: template.questions.clone(),
        archived: false,
    })
}

#[cfg(test)]
mod tests {
    use logbook_shared::{LANGUAGES, Rules};

    use super::*;

    #[test]
    fn every_template_parses_passes_the_rules_and_speaks_every_language() {
        assert_eq!(all().len(), 2, "a template file did not parse");
        for template in all() {
            let copy = copy(&template.key, "en").unwrap();
            assert_eq!(copy.check(), Ok(()), "{}", template.key);
            let mut texts = vec![&template.name];
            for question in &template.questions {
                texts.extend([
                    &question.text,
                    &question.help,
                    &question.low_label,
                    &question.high_label,
                ]);
                texts.extend(question.options.iter().map(|option| &option.label));
            }
            for text in texts.into_iter().filter(|text| !text.is_empty()) {
                let languages: Vec<&str> = text.keys().map(String::as_str).collect();
                let mut all_six = LANGUAGES.to_vec();
                all_six.sort_unstable();
                assert_eq!(languages, all_six, "{}: {text:?}", template.key);
            }
        }
    }
}
