//! Calendar export (RFC 5545): one all-day event per dated task, and the next
//! meeting, so a team member can put "my tasks" in their phone's calendar.

use chrono::{Duration, NaiveDate};

use super::i18n::family::CalendarText;
use super::i18n::fill;
use super::plan::ItemId;
use super::shared_plan::SharedPlan;

/// The calendar for the family's plan (never the caseworker's: it is built from
/// the family projection): every dated task (only `member`'s tasks when
/// given) and the next meeting, its words in the plan's language.
/// `now_utc_stamp` is the DTSTAMP, e.g. `20261120T153000Z`. Lines end in
/// CRLF and are folded at 75 octets.
pub fn plan_to_ics(plan: &SharedPlan, member: Option<ItemId>, now_utc_stamp: &str) -> String {
    let t = CalendarText::get(plan.language);
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//FTM Planner//Family Team Meeting plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let family = plan.family_name.trim();

    for goal in &plan.goals {
        for task in &goal.tasks {
            let Some(date) = task.by_when else { continue };
            if let Some(m) = member {
                if !task.who.contains(&m) {
                    continue;
                }
            }
            let mut desc = Vec::new();
            let who = plan.task_people(task);
            if !who.is_empty() {
                desc.push(fill(t.who, &[("who", &who)]));
            }
            if !task.when_text.trim().is_empty() {
                desc.push(fill(t.when, &[("when", task.when_text.trim())]));
            }
            let checker = plan.task_checker(task);
            if !checker.is_empty() {
                desc.push(fill(t.checks, &[("who", &checker)]));
            }
            if !goal.statement.trim().is_empty() {
                desc.push(fill(t.goal, &[("goal", goal.statement.trim())]));
            }
            let summary = if task.what.trim().is_empty() {
                t.task
            } else {
                task.what.trim()
            };
            event(
                &mut line,
                &format!("task-{:08x}-{}@ftm-planner", plan.plan_ref, task.id),
                now_utc_stamp,
                date,
                summary,
                &desc.join("\n"),
                task.place.trim(),
            );
        }
    }

    let next = &plan.next_meeting;
    if let Some(date) = next.date {
        let mut desc = Vec::new();
        if !next.time.trim().is_empty() {
            desc.push(fill(t.time, &[("time", next.time.trim())]));
        }
        if !next.who.trim().is_empty() {
            desc.push(fill(t.who, &[("who", next.who.trim())]));
        }
        let summary = if family.is_empty() {
            t.meeting.to_string()
        } else {
            fill(t.meeting_of, &[("family", family)])
        };
        event(
            &mut line,
            &format!("meeting-{:08x}@ftm-planner", plan.plan_ref),
            now_utc_stamp,
            date,
            &summary,
            &desc.join("\n"),
            next.place.trim(),
        );
    }
    line("END:VCALENDAR");
    out
}

fn event(
    line: &mut impl FnMut(&str),
    uid: &str,
    stamp: &str,
    date: NaiveDate,
    summary: &str,
    description: &str,
    location: &str,
) {
    let end = date + Duration::days(1);
    line("BEGIN:VEVENT");
    line(&format!("UID:{}", escape_text(uid)));
    line(&format!("DTSTAMP:{stamp}"));
    line(&format!("DTSTART;VALUE=DATE:{}", date.format("%Y%m%d")));
    line(&format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")));
    line(&format!("SUMMARY:{}", escape_text(summary)));
    if !description.is_empty() {
        line(&format!("DESCRIPTION:{}", escape_text(description)));
    }
    if !location.is_empty() {
        line(&format!("LOCATION:{}", escape_text(location)));
    }
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
}

/// TEXT value escaping (RFC 5545 §3.3.11): `\`, `;`, `,` and newlines.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Append one content line, folded so no line exceeds 75 octets (never
/// splitting a UTF-8 character), each ended by CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}
