//! The qualitative record: the selected sessions' notes and reflection answers.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Text};
use logbook_shared::ids::{ActivityId, SessionId};

use super::period::{Counting, Source, selecting, whole_period};
use super::selection::Selection;
use crate::db::DbConn;
use crate::db::raw::{Bind, Engine, Sql};

/// A session of the qualitative record.
#[derive(Debug, Clone, QueryableByName)]
pub struct RecordRow {
    #[diesel(sql_type = BigInt)]
    pub session_id: SessionId,
    #[diesel(sql_type = BigInt)]
    pub activity_id: ActivityId,
    #[diesel(sql_type = Text)]
    pub activity_name: String,
    #[diesel(sql_type = Date)]
    pub date: NaiveDate,
    #[diesel(sql_type = Text)]
    pub notes: String,
}

/// The selected sessions that have notes or answers (containing `text`, ignoring case, when
/// given), by activity name, then oldest first.
pub fn record_sessions(
    conn: &mut DbConn,
    selection: &Selection,
    text: Option<&str>,
) -> QueryResult<Vec<RecordRow>> {
    // PostgreSQL's LOWER folds all of Unicode, as Rust does. SQLite's LIKE ignores ASCII case
    // by itself, and folding the pattern there would miss an exact-case "Ärger".
    let (notes, answer, folded) = match Engine::of(conn) {
        Engine::Postgres => (
            "LOWER(s.notes)",
            "LOWER(r.answer)",
            text.map(str::to_lowercase),
        ),
        Engine::Sqlite => ("s.notes", "r.answer", text.map(str::to_owned)),
    };
    let mut sql = Sql::new(
        "SELECT s.id AS session_id, s.activity_id AS activity_id, a.name AS activity_name, \
         s.date AS date, s.notes AS notes ",
    );
    sql.push(&Source::Sessions.from(Counting::Sessions, None))
        .append(selecting(selection, &whole_period(selection)))
        .push(
            " AND (s.notes <> '' OR EXISTS \
             (SELECT 1 FROM reflection_answers h WHERE h.session_id = s.id))",
        );
    if let Some(text) = folded {
        let pattern = format!("%{}%", crate::db::queries::like_escaped(&text));
        sql.push_bound(
            &format!(
                " AND ({notes} LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM reflection_answers r \
                 WHERE r.session_id = s.id AND {answer} LIKE ? ESCAPE '\\'))"
            ),
            [Bind::Text(pattern.clone()), Bind::Text(pattern)],
        );
    }
    sql.push(" ORDER BY a.name, s.activity_id, s.date, s.start_minute, s.id");
    sql.load(conn)
}

/// A reflection answer of the qualitative record.
#[derive(Debug, Clone, QueryableByName)]
pub struct RecordAnswerRow {
    #[diesel(sql_type = BigInt)]
    pub session_id: SessionId,
    #[diesel(sql_type = Text)]
    pub question: String,
    #[diesel(sql_type = Text)]
    pub answer: String,
}

/// The answers of the selected sessions, by session and question (joined here rather than
/// passed as a list of ids, which a long period would make too long for SQLite).
pub fn record_answers(
    conn: &mut DbConn,
    selection: &Selection,
) -> QueryResult<Vec<RecordAnswerRow>> {
    let mut sql = Sql::new(
        "SELECT r.session_id AS session_id, q.text AS question, r.answer AS answer \
         FROM sessions s JOIN activities a ON a.id = s.activity_id \
         JOIN reflection_answers r ON r.session_id = s.id \
         JOIN reflection_questions q ON q.id = r.question_id",
    );
    sql.append(selecting(selection, &whole_period(selection)))
        .push(" ORDER BY r.session_id, q.id");
    sql.load(conn)
}
