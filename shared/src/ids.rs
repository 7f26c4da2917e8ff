//! One type per kind of id, so a unit id cannot be passed where an organisation id is meant.
//! On the wire every id is a plain JSON integer; in the database a `BigInt` column.

/// Declares id newtypes: transparent in JSON, an `integer` (int64) in OpenAPI, a `BigInt` in
/// diesel (with the `diesel` feature), and text in paths and query strings.
macro_rules! id_types {
    ($( $(#[doc = $doc:literal])+ $name:ident, )+) => {$(
        $(#[doc = $doc])+
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        #[cfg_attr(feature = "diesel", derive(diesel_derive_newtype::DieselNewType))]
        pub struct $name(pub i64);

        impl $name {
            /// The number itself, for cursors, URLs and arithmetic-free keys.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(formatter)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.parse().map($name)
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::Integer)
                    .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                        utoipa::openapi::KnownFormat::Int64,
                    )))
                    .description(Some(concat!($($doc),+).trim()))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {}
    )+};
}

id_types! {
    /// The id of an organisation (a municipality's youth services or an association).
    OrganisationId,
    /// The id of a unit: a youth centre, group, project or other place of work.
    UnitId,
    /// The id of an activity of a unit.
    ActivityId,
    /// The id of a logged session.
    SessionId,
    /// The id of a staff account.
    UserId,
    /// The id of a young person's alias.
    AliasId,
    /// The id of a check-in.
    CheckInId,
    /// The id of a kiosk.
    KioskId,
    /// The id of a topic.
    TopicId,
    /// The id of an aim.
    AimId,
    /// The id of a reflection question.
    QuestionId,
    /// The id of an API token.
    ApiTokenId,
    /// The id of a network of organisations.
    NetworkId,
    /// The id of an organisation's membership of a network.
    MembershipId,
    /// The id of a network statistics pull.
    PullId,
    /// The id of a survey questionnaire.
    QuestionnaireId,
    /// The id of a survey round (a questionnaire answered in one period).
    SurveyRoundId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_integers_on_the_wire_and_in_paths() {
        assert_eq!(serde_json::to_string(&UnitId(42)).unwrap(), "42");
        assert_eq!(
            serde_json::from_str::<SessionId>("7").unwrap(),
            SessionId(7)
        );
        assert!(serde_json::from_str::<SessionId>("\"7\"").is_err());
        assert_eq!("12".parse::<OrganisationId>(), Ok(OrganisationId(12)));
        assert_eq!(UserId(3).to_string(), "3");
    }
}
