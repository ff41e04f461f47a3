//! Native tests of the calendar export.

use chrono::NaiveDate;
use ftm_planner::domain::corpus;
use ftm_planner::domain::ics::{escape_text, fold_into, plan_to_ics};
use ftm_planner::domain::*;

fn typical() -> Plan {
    corpus::import(corpus::EXAMPLE_PLAN_JSON, "p1", 1_700_000_000_000).expect("corpus imports")
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

#[test]
fn escaping_follows_rfc5545() {
    assert_eq!(escape_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
    assert_eq!(
        escape_text("line one\nline two\r\nthree"),
        "line one\\nline two\\nthree"
    );
    assert_eq!(escape_text("tab\tbell\u{7}"), "tabbell");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_characters() {
    let mut out = String::new();
    let line = format!("SUMMARY:{}", "é".repeat(100));
    fold_into(&mut out, &line);
    assert!(out.ends_with("\r\n"));
    for part in out.trim_end_matches("\r\n").split("\r\n") {
        assert!(part.len() <= 75, "{} octets", part.len());
    }
    assert_eq!(unfold(&out), format!("{line}\r\n"));
    let mut short = String::new();
    fold_into(&mut short, "BEGIN:VCALENDAR");
    assert_eq!(short, "BEGIN:VCALENDAR\r\n");
}

#[test]
fn calendar_holds_dated_tasks_and_the_next_meeting() {
    let mut plan = typical();
    let elena = plan
        .team
        .iter()
        .find(|m| m.name == "Elena Rivera")
        .unwrap()
        .id;
    // Give two tasks a date: one Elena's, one Dana's.
    let date = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let mut elena_task = None;
    let mut other_task = None;
    for goal in &mut plan.goals {
        for task in &mut goal.tasks {
            if task.who.contains(&elena) && elena_task.is_none() {
                task.by_when = Some(date);
                task.what = "Apply, today; bring ID\\papers".into();
                elena_task = Some(task.id);
            } else if !task.who.contains(&elena) && other_task.is_none() {
                task.by_when = Some(date);
                other_task = Some(task.id);
            } else {
                task.by_when = None;
            }
        }
    }
    plan.next_meeting.time = "10:00, at the kitchen table".into();
    let shared = plan.for_family();
    let ics = plan_to_ics(&shared, None, "20261120T150000Z");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "bare LF");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75);
    }
    let text = unfold(&ics);
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 3);
    assert!(text.contains(&format!(
        "UID:task-{:08x}-{}@ftm-planner\r\n",
        shared.plan_ref,
        elena_task.unwrap()
    )));
    assert!(text.contains("DTSTART;VALUE=DATE:20261205\r\nDTEND;VALUE=DATE:20261206\r\n"));
    assert!(text.contains("SUMMARY:Apply\\, today\\; bring ID\\\\papers\r\n"));
    assert!(text.contains("DTSTAMP:20261120T150000Z"));
    // The next meeting, with its time in the description.
    assert!(text.contains("DTSTART;VALUE=DATE:20261218"));
    assert!(text.contains("Time: 10:00\\, at the kitchen table"));
    assert!(text.contains("LOCATION:Rosa's home"));

    // Only Elena's tasks (and the meeting) for Elena.
    let mine = unfold(&plan_to_ics(&shared, Some(elena), "20261120T150000Z"));
    assert_eq!(mine.matches("BEGIN:VEVENT").count(), 2);
    assert!(!mine.contains(&format!(
        "UID:task-{:08x}-{}@",
        shared.plan_ref,
        other_task.unwrap()
    )));
    // Stable output.
    assert_eq!(plan_to_ics(&shared, None, "20261120T150000Z"), ics);
}
