//! Timeframes the agency is held to, from the dates on the plan (issue 12).
//!
//! There is no clock here: `today` is passed in. Each rule gives one or more
//! [`Deadline`]s (a due date, and when it was done if it was); its
//! [`Status`] on a given day is [`status`]. The deadlines themselves do not
//! depend on the day, so the library keeps them in each plan's summary and
//! works out what is due on the day it is shown ([`case_due_of`]).
//!
//! - **P2** ([`Rule::Referral`]): each service's referral within 30 days of
//!   the out-of-home placement (`meeting.placement_date`,
//!   [`dates::referral_deadline`]): met when its `referral_date` is on or
//!   before the deadline, missed when after it, still open without one. With
//!   a placement date and no services yet, one open deadline stands for "the
//!   referrals".
//! - **P6** ([`Rule::PlanMade`]): the plan made with the family within 60 days
//!   of removal: the case's first meeting date
//!   ([`history::first_meeting_date`]) against `placement_date + 60 days`.
//! - **Monthly review** ([`Rule::MonthlyReview`]): one calendar month after the
//!   latest meeting's date (month ends clamp: Jan 31 + 1 month is Feb 28).
//! - **P7** ([`Rule::Update`]): the plan updated at least every 6 months after
//!   the latest meeting ([`dates::review_due`]), or sooner after a listed event
//!   (`Plan::events`: absent parent found, placement change, treatment
//!   completed, new report — seed 003: "whenever significant events occur in
//!   the case"). **Our choice for the event rule:** an event dated *after* the
//!   latest meeting brings the update forward to 30 days after that event
//!   ([`EVENT_UPDATE_DAYS`]), unless the 6-month date comes first. An event on
//!   or before the latest meeting's date is taken as already talked about at
//!   that meeting. The earliest such event counts.
//!
//! A date of the plan that lies after `today` (a referral or a first meeting
//! still planned) does not count as done yet.

use chrono::{Duration, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{dates, history, CaseEventKind, ItemId, Plan};

/// An open deadline this close (in days) or closer is "due soon".
pub const SOON_DAYS: i64 = 7;

/// P7: after a listed event, the plan is updated within this many days.
pub const EVENT_UPDATE_DAYS: i64 = 30;

/// The rules, in the order the panel lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// P2: service referrals within 30 days of placement.
    Referral,
    /// P6: the plan within 60 days of removal.
    PlanMade,
    /// A review with the family at least monthly.
    MonthlyReview,
    /// P7: an update at least every 6 months or after a listed event.
    Update,
}

impl Rule {
    /// The practice-map id ("P2", "P6", "P7"; the monthly review has none).
    pub fn practice_id(self) -> Option<&'static str> {
        match self {
            Rule::Referral => Some("P2"),
            Rule::PlanMade => Some("P6"),
            Rule::MonthlyReview => None,
            Rule::Update => Some("P7"),
        }
    }
}

/// One deadline of one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub rule: Rule,
    /// The service a referral deadline is for (P2); `None` for the others, and
    /// for "the referrals" when the plan has no service yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemId>,
    pub due: NaiveDate,
    /// When it was done (referral sent, plan made), if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<NaiveDate>,
    /// P7: the event that brought the update forward, and its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<(CaseEventKind, NaiveDate)>,
}

/// Where a deadline stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Done on time, on `on`.
    Met { on: NaiveDate },
    /// Done, but `days_late` days after the deadline.
    Missed { on: NaiveDate, days_late: i64 },
    /// Open, due in more than [`SOON_DAYS`] days.
    Due { due: NaiveDate, in_days: i64 },
    /// Open, due today or within [`SOON_DAYS`] days.
    DueSoon { due: NaiveDate, in_days: i64 },
    /// Open and past its date by `days` days.
    Overdue { due: NaiveDate, days: i64 },
}

impl Status {
    /// True when nothing is left to do (met or missed).
    pub fn is_done(self) -> bool {
        matches!(self, Status::Met { .. } | Status::Missed { .. })
    }

    /// True when the deadline is open and past.
    pub fn is_overdue(self) -> bool {
        matches!(self, Status::Overdue { .. })
    }

    /// A short key for the page (`data-status`, a CSS class).
    pub fn key(self) -> &'static str {
        match self {
            Status::Met { .. } => "met",
            Status::Missed { .. } => "missed",
            Status::Due { .. } => "due",
            Status::DueSoon { .. } => "due-soon",
            Status::Overdue { .. } => "overdue",
        }
    }
}

/// The date of the latest meeting: this meeting's, else the last earlier
/// meeting that has one.
pub fn latest_meeting_date(plan: &Plan) -> Option<NaiveDate> {
    plan.meeting
        .date
        .or_else(|| plan.history.iter().rev().find_map(|p| p.meeting.date))
}

/// One calendar month after `date` (month ends clamp).
pub fn monthly_review_due(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(Months::new(1))
        .unwrap_or(NaiveDate::MAX)
}

/// Every deadline the plan's dates give, in the order of [`Rule`]. A rule
/// whose dates are not on the plan (no placement date, no meeting date)
/// gives none.
pub fn deadlines(plan: &Plan) -> Vec<Deadline> {
    let mut out = Vec::new();
    if let Some(placed) = plan.meeting.placement_date {
        let due = dates::referral_deadline(placed);
        let services: Vec<_> = plan.goals.iter().flat_map(|g| &g.services).collect();
        if services.is_empty() {
            out.push(Deadline {
                rule: Rule::Referral,
                item: None,
                due,
                done: None,
                event: None,
            });
        }
        out.extend(services.into_iter().map(|s| Deadline {
            rule: Rule::Referral,
            item: Some(s.id),
            due,
            done: s.referral_date,
            event: None,
        }));
        out.push(Deadline {
            rule: Rule::PlanMade,
            item: None,
            due: dates::plan_due(placed),
            done: history::first_meeting_date(plan),
            event: None,
        });
    }
    if let Some(latest) = latest_meeting_date(plan) {
        out.push(Deadline {
            rule: Rule::MonthlyReview,
            item: None,
            due: monthly_review_due(latest),
            done: None,
            event: None,
        });
        let six_months = dates::review_due(latest);
        let event = plan
            .events
            .iter()
            .filter_map(|e| e.date.map(|d| (e.kind, d)))
            .filter(|(_, d)| *d > latest)
            .min_by_key(|(_, d)| *d);
        let (due, event) = match event {
            Some((kind, on)) if on + Duration::days(EVENT_UPDATE_DAYS) < six_months => {
                (on + Duration::days(EVENT_UPDATE_DAYS), Some((kind, on)))
            }
            _ => (six_months, None),
        };
        out.push(Deadline {
            rule: Rule::Update,
            item: None,
            due,
            done: None,
            event,
        });
    }
    out
}

/// Where `deadline` stands on `today`.
pub fn status(deadline: &Deadline, today: NaiveDate) -> Status {
    match deadline.done.filter(|d| *d <= today) {
        Some(on) if on <= deadline.due => Status::Met { on },
        Some(on) => Status::Missed {
            on,
            days_late: dates::days_until(deadline.due, on),
        },
        None => {
            let in_days = dates::days_until(today, deadline.due);
            let due = deadline.due;
            if in_days < 0 {
                Status::Overdue {
                    due,
                    days: -in_days,
                }
            } else if in_days <= SOON_DAYS {
                Status::DueSoon { due, in_days }
            } else {
                Status::Due { due, in_days }
            }
        }
    }
}

/// Every deadline of the plan with its status on `today`.
pub fn timeframes(plan: &Plan, today: NaiveDate) -> Vec<(Deadline, Status)> {
    deadlines(plan)
        .into_iter()
        .map(|d| {
            let s = status(&d, today);
            (d, s)
        })
        .collect()
}

/// What a case has due, for the library: the open deadline due next (not
/// overdue) and the overdue ones, most overdue first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseDue {
    pub next: Option<Deadline>,
    pub overdue: Vec<Deadline>,
}

/// [`CaseDue`] of a plan on `today`.
pub fn case_due(plan: &Plan, today: NaiveDate) -> CaseDue {
    case_due_of(&deadlines(plan), today)
}

/// [`CaseDue`] from a plan's [`deadlines`] on `today`.
pub fn case_due_of(deadlines: &[Deadline], today: NaiveDate) -> CaseDue {
    let mut open: Vec<&Deadline> = deadlines
        .iter()
        .filter(|d| !status(d, today).is_done())
        .collect();
    open.sort_by_key(|d| (d.due, d.rule));
    let (overdue, rest): (Vec<&Deadline>, Vec<&Deadline>) =
        open.into_iter().partition(|d| d.due < today);
    CaseDue {
        next: rest.first().map(|d| (*d).clone()),
        overdue: overdue.into_iter().cloned().collect(),
    }
}

/// The library's "by what is due" order key: the earliest open deadline
/// (overdue ones are earliest, so they come first); `None` (nothing due)
/// sorts last.
pub fn due_order(deadlines: &[Deadline], today: NaiveDate) -> (bool, Option<NaiveDate>) {
    let earliest = deadlines
        .iter()
        .filter(|d| !status(d, today).is_done())
        .map(|d| d.due)
        .min();
    (earliest.is_none(), earliest)
}
