//! The SQL behind reports: what a report covers (`selection`), how its period is read from
//! roll-ups and sessions (`period`), the aggregates of SPEC 7's figures (`aggregates`) and the
//! qualitative record (`record`); unique visitors by gender for aims (`unique_genders`).

pub mod aggregates;
pub mod period;
pub mod record;
pub mod selection;
pub mod unique_genders;
