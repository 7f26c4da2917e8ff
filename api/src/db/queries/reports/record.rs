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
    window: Window,
) -> QueryResult<Vec<RecordRow>> {
    let mut sql = Sql::new(
        "SELECT s.id AS session_id, s.activity_id AS activity_id, a.name AS activity_name, \
         s.date AS date, s.notes AS notes ",
    );
    sql.append(matching(conn, selection, text))
        .push(" ORDER BY a.name, s.activity_id, s.date, s.start_minute, s.id")
        .push_bound(
            " LIMIT ? OFFSET ?",
            [Bind::Id(window.limit), Bind::Id(window.offset)],
        );
    sql.load(conn)
}

/// Which entries of the record: `limit` of them after the first `offset`.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub offset: i64,
    pub limit: i64,
}

/// How many sessions the record holds (with the search).
pub fn record_size(
    conn: &mut DbConn,
    selection: &Selection,
    text: Option<&str>,
) -> QueryResult<i64> {
    #[derive(QueryableByName)]
    struct Size {
        #[diesel(sql_type = BigInt)]
        entries: i64,
    }
    let mut sql = Sql::new("SELECT COUNT(*) AS entries ");
    sql.append(matching(conn, selection, text));
    Ok(sql
        .load::<Size>(conn)?
        .first()
        .map_or(0, |size| size.entries))
}

/// The record's sessions: those selected with notes or answers, containing `text` if given.
fn matching(conn: &DbConn, selection: &Selection, text: Option<&str>) -> Sql {
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
    let mut sql = Sql::new("");
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
    sql
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

/// The answers of the sessions, by session and question (a page's, so the list is short).
pub fn record_answers(
    conn: &mut DbConn,
    sessions: &[SessionId],
) -> QueryResult<Vec<RecordAnswerRow>> {
    let mut sql = Sql::new(
        "SELECT r.session_id AS session_id, q.text AS question, r.answer AS answer \
         FROM reflection_answers r JOIN reflection_questions q ON q.id = r.question_id WHERE ",
    );
    sql.in_list("r.session_id", sessions)
        .push(" ORDER BY r.session_id, q.id");
    sql.load(conn)
}
