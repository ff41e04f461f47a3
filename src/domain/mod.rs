//! The pure domain core: knows nothing of the DOM and is tested natively.

pub mod aftercare;
pub mod audience;
pub mod corpus;
pub mod dates;
pub mod envelope;
pub mod fidelity;
pub mod history;
pub mod i18n;
pub mod ics;
pub mod library;
pub mod limits;
pub mod next_90_days;
pub mod plain_language;
pub mod plan;
pub mod readability;
pub mod readability_es;
pub mod referral;
pub mod scale_chart;
pub mod share;
pub mod shared_plan;
pub mod smart;
pub mod step;
pub mod team_map;
pub mod text;
pub mod timeframes;
pub mod wall;

pub use plan::*;
pub use shared_plan::{SavedCopy, SharedPlan};
pub use step::Step;
