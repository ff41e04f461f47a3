//! The aftercare plan's check (K6, KCA 20): supports and services that go on
//! after the case closes should have started at least six months before the
//! closure date, so the family is already used to them when the agency leaves.

use chrono::{Months, NaiveDate};

use super::plan::{Aftercare, AftercareItem};

/// How long before closure an aftercare support should have started.
pub const MONTHS_BEFORE_CLOSURE: u32 = 6;

/// What is wrong with one aftercare item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemWarning {
    /// No start date yet.
    NoStart,
    /// Starts later than six months before the closure date.
    StartsLate {
        /// The latest start that leaves six months.
        latest: NaiveDate,
    },
}

/// The latest start date that leaves six months before `closure` (month ends
/// clamp: Aug 31 closure → Feb 28/29 start).
pub fn latest_start(closure: NaiveDate) -> NaiveDate {
    closure
        .checked_sub_months(Months::new(MONTHS_BEFORE_CLOSURE))
        .unwrap_or(NaiveDate::MIN)
}

/// The warning for one item, if any. An item with no words at all (just
/// added) gets none. Without a closure date only a missing start is flagged.
pub fn item_warning(item: &AftercareItem, closure: Option<NaiveDate>) -> Option<ItemWarning> {
    if item.support.trim().is_empty() && item.who.trim().is_empty() && item.start.is_none() {
        return None;
    }
    let Some(start) = item.start else {
        return Some(ItemWarning::NoStart);
    };
    let latest = latest_start(closure?);
    (start > latest).then_some(ItemWarning::StartsLate { latest })
}

/// True when the plan has no aftercare support written down.
pub fn nothing_planned(aftercare: &Aftercare) -> bool {
    aftercare
        .items
        .iter()
        .all(|i| i.support.trim().is_empty() && i.who.trim().is_empty())
}
