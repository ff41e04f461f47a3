//! "What to expect in the next 90 days" (S4): `src/domain/next_90_days.rs`,
//! each source of dates around the window's two edges.

use chrono::NaiveDate;
use ftm_planner::domain::next_90_days::{next_90_days, window_end, Coming, WINDOW_DAYS};
use ftm_planner::domain::shared_plan::{
    SharedAftercare, SharedAftercareItem, SharedGoal, SharedMember, SharedService, SharedTask,
};
use ftm_planner::domain::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 12, 18);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

fn task(id: ItemId, what: &str, by_when: Option<NaiveDate>, status: TaskStatus) -> SharedTask {
    SharedTask {
        id,
        who: vec![1],
        what: what.into(),
        by_when,
        status,
        ..Default::default()
    }
}

fn plan(tasks: Vec<SharedTask>, services: Vec<SharedService>) -> SharedPlan {
    SharedPlan {
        team: vec![SharedMember {
            id: 1,
            name: "Elena Rivera".into(),
            ..Default::default()
        }],
        goals: vec![SharedGoal {
            tasks,
            services,
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[test]
fn the_window_is_today_and_the_next_90_days() {
    assert_eq!(WINDOW_DAYS, 90);
    assert_eq!(window_end(today()), d(2027, 3, 18));
}

#[test]
fn tasks_due_inside_the_window_and_not_done() {
    let end = window_end(today());
    let p = plan(
        vec![
            task(
                1,
                "Yesterday",
                Some(today().pred_opt().unwrap()),
                TaskStatus::NotStarted,
            ),
            task(2, "Today", Some(today()), TaskStatus::InProgress),
            task(3, "Last day", Some(end), TaskStatus::Stuck),
            task(
                4,
                "Day after",
                Some(end.succ_opt().unwrap()),
                TaskStatus::NotStarted,
            ),
            task(5, "Done already", Some(today()), TaskStatus::Done),
            task(6, "No date", None, TaskStatus::NotStarted),
        ],
        vec![],
    );
    let got = next_90_days(&p, today());
    let texts: Vec<&str> = got.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Due: Today (Elena Rivera)", "Due: Last day (Elena Rivera)"]
    );
    assert_eq!(got[0].date, today());
    assert_eq!(got[1].date, end);
    assert!(got.iter().all(|e| e.kind == Coming::Task));
}

#[test]
fn the_next_meeting_services_and_aftercare_starting() {
    let end = window_end(today());
    let mut p = plan(
        vec![task(
            1,
            "Call the landlord",
            Some(d(2027, 1, 5)),
            TaskStatus::NotStarted,
        )],
        vec![
            SharedService {
                service: "Play therapy".into(),
                provider: "Bright Path".into(),
                start: Some(d(2027, 1, 5)),
                ..Default::default()
            },
            SharedService {
                service: "Started last month".into(),
                start: Some(d(2026, 11, 20)),
                ..Default::default()
            },
            SharedService {
                service: "Too far".into(),
                start: Some(end.succ_opt().unwrap()),
                ..Default::default()
            },
        ],
    );
    p.next_meeting.date = Some(d(2027, 1, 5));
    p.aftercare = SharedAftercare {
        closure_date: Some(d(2027, 9, 1)),
        items: vec![
            SharedAftercareItem {
                support: "Parent support group".into(),
                who: "Hope Center".into(),
                start: Some(end),
            },
            SharedAftercareItem {
                support: "Later".into(),
                start: Some(d(2027, 6, 1)),
                ..Default::default()
            },
        ],
    };
    let got = next_90_days(&p, today());
    let kinds: Vec<Coming> = got.iter().map(|e| e.kind).collect();
    // One day: the meeting first, then the task, then the service.
    assert_eq!(
        kinds,
        [
            Coming::Meeting,
            Coming::Task,
            Coming::Service,
            Coming::Aftercare
        ]
    );
    assert_eq!(got[0].text, "Next family team meeting");
    assert_eq!(got[2].text, "Starts: Play therapy — Bright Path");
    assert_eq!(
        got[3].text,
        "Support after the case closes starts: Parent support group (Hope Center)"
    );
    // A meeting already past, or past the window, is not coming.
    p.next_meeting.date = Some(today().pred_opt().unwrap());
    assert!(next_90_days(&p, today())
        .iter()
        .all(|e| e.kind != Coming::Meeting));
    p.next_meeting.date = Some(end.succ_opt().unwrap());
    assert!(next_90_days(&p, today())
        .iter()
        .all(|e| e.kind != Coming::Meeting));
}

#[test]
fn written_in_the_plans_language() {
    let mut p = plan(
        vec![task(
            1,
            "Llamar al casero",
            Some(today()),
            TaskStatus::NotStarted,
        )],
        vec![],
    );
    p.language = Language::Spanish;
    p.next_meeting.date = Some(today());
    let got = next_90_days(&p, today());
    assert_eq!(got[0].text, "Próxima reunión del equipo familiar");
    assert_eq!(got[1].text, "Fecha límite: Llamar al casero (Elena Rivera)");
}

#[test]
fn the_two_meeting_case_has_something_to_expect() {
    let text = include_str!("fixtures/plan-v4.json");
    let plan = ftm_planner::domain::envelope::backup_from_json(text)
        .unwrap()
        .remove(0);
    let shared = plan.for_family();
    let got = next_90_days(&shared, d(2026, 12, 18));
    assert!(!got.is_empty());
    assert!(got.windows(2).all(|w| w[0].date <= w[1].date));
    // Nothing comes up for a plan whose dates are all behind it.
    assert!(next_90_days(&shared, d(2030, 1, 1)).is_empty());
}
