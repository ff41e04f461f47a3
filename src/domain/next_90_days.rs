//! "What to expect in the next 90 days" (S4): from the family's plan and
//! today's date, the dated things coming up, as a short list the family
//! view, its printout and a phone copy show: tasks due (not done yet), the
//! next family team meeting, services starting, and aftercare supports
//! starting. Pure, so it is tested natively (`tests/next_90_days.rs`).

use chrono::{Duration, NaiveDate};

use super::i18n::family::NextDaysText;
use super::i18n::fill;
use super::shared_plan::SharedPlan;
use super::TaskStatus;

/// How far ahead the list looks, in days (today counts as day 0).
pub const WINDOW_DAYS: i64 = 90;

/// What a coming date is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Coming {
    Meeting,
    Task,
    Service,
    Aftercare,
}

/// One thing to expect: its date, what it is, and a line in the plan's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub date: NaiveDate,
    pub kind: Coming,
    /// "Elena Rivera: Call the landlord (due)", "Next family team meeting".
    pub text: String,
}

/// The last day the list reaches: `today` + [`WINDOW_DAYS`].
pub fn window_end(today: NaiveDate) -> NaiveDate {
    today + Duration::days(WINDOW_DAYS)
}

/// Everything dated from `today` to 90 days on (both included), by date
/// (on one day: the meeting, then tasks, services and aftercare, each in
/// plan order). Done tasks and dates already past are left out.
pub fn next_90_days(plan: &SharedPlan, today: NaiveDate) -> Vec<Expected> {
    let end = window_end(today);
    let within = |d: NaiveDate| today <= d && d <= end;
    let t = NextDaysText::get(plan.language);
    let mut out = Vec::new();
    if let Some(date) = plan.next_meeting.date.filter(|d| within(*d)) {
        out.push(Expected {
            date,
            kind: Coming::Meeting,
            text: t.next_meeting.to_string(),
        });
    }
    for (_, task) in plan.tasks() {
        let Some(date) = task.by_when.filter(|d| within(*d)) else {
            continue;
        };
        if task.status == TaskStatus::Done || task.what.trim().is_empty() {
            continue;
        }
        let who = plan.task_people(task);
        let text = if who.is_empty() {
            fill(t.task_due, &[("what", task.what.trim())])
        } else {
            fill(t.task_due_by, &[("who", &who), ("what", task.what.trim())])
        };
        out.push(Expected {
            date,
            kind: Coming::Task,
            text,
        });
    }
    for goal in &plan.goals {
        for s in &goal.services {
            let Some(date) = s.start.filter(|d| within(*d)) else {
                continue;
            };
            let name = [s.service.trim(), s.provider.trim()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" — ");
            if name.is_empty() {
                continue;
            }
            out.push(Expected {
                date,
                kind: Coming::Service,
                text: fill(t.service_starts, &[("what", &name)]),
            });
        }
    }
    for item in &plan.aftercare.items {
        let Some(date) = item.start.filter(|d| within(*d)) else {
            continue;
        };
        if item.support.trim().is_empty() {
            continue;
        }
        let text = if item.who.trim().is_empty() {
            fill(t.aftercare_starts, &[("what", item.support.trim())])
        } else {
            fill(
                t.aftercare_starts_with,
                &[("what", item.support.trim()), ("who", item.who.trim())],
            )
        };
        out.push(Expected {
            date,
            kind: Coming::Aftercare,
            text,
        });
    }
    // Stable: plan order within a day and kind.
    out.sort_by_key(|e| (e.date, e.kind));
    out
}
