//! A case across meetings (issue 12): carrying a plan forward, the earlier
//! meetings kept as they were, and what changed (D6, K4, B8).

use chrono::NaiveDate;
use ftm_planner::domain::history::{
    self, describe, diff, meetings, since_last_meeting, start_next_meeting, Area, ChangeKind,
};
use ftm_planner::domain::{
    envelope, Goal, Helping, Language, MeetingKind, Plan, Service, Task, TaskStatus, TeamMember,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A first meeting with one member, one goal, a task and a service.
fn first_meeting() -> Plan {
    let mut plan = Plan::new("p1", "Rivera family", 1_000);
    plan.meeting.date = Some(date(2026, 11, 20));
    let elena = plan.alloc_id();
    plan.team.push(TeamMember {
        id: elena,
        name: "Elena".into(),
        attending: true,
        ..Default::default()
    });
    let goal = plan.alloc_id();
    let task = plan.alloc_id();
    let service = plan.alloc_id();
    plan.goals.push(Goal {
        id: goal,
        statement: "The children are picked up from school on time every day".into(),
        tasks: vec![Task {
            id: task,
            who: vec![elena],
            what: "Ask Grandma to pick up on Tuesdays".into(),
            review_note: "Grandma's car broke down once".into(),
            ..Default::default()
        }],
        services: vec![Service {
            id: service,
            provider: "Hope Center".into(),
            service: "Parenting group".into(),
            review: ftm_planner::domain::ServiceReview {
                family_view: Helping::Yes,
                ..Default::default()
            },
            ..Default::default()
        }],
        progress: "Started".into(),
        ..Default::default()
    });
    plan.next_meeting.date = Some(date(2026, 12, 18));
    plan.next_meeting.place = "Library room B".into();
    plan.agreements.agreed_by = vec![elena];
    plan.agreements.family_words = "We agree".into();
    plan
}

#[test]
fn starting_the_next_meeting_keeps_the_last_one_as_it_was() {
    let mut plan = first_meeting();
    let before = plan.clone();
    start_next_meeting(&mut plan, MeetingKind::FollowUp, None, 2_000);

    // The history holds the first meeting exactly as it was.
    assert_eq!(plan.history.len(), 1);
    assert_eq!(plan.history[0], before);
    // The new meeting: its kind, the date the last meeting set, its place.
    assert_eq!(plan.meeting.kind, MeetingKind::FollowUp);
    assert_eq!(plan.meeting.date, Some(date(2026, 12, 18)));
    assert_eq!(plan.meeting.place, "Library room B");
    assert_eq!(plan.next_meeting.date, None);
    // Carried forward: team, goals, tasks, services (ids kept).
    assert_eq!(plan.team[0].id, before.team[0].id);
    assert_eq!(plan.goals[0].tasks[0].what, before.goals[0].tasks[0].what);
    assert_eq!(plan.goals[0].services[0].provider, "Hope Center");
    // One meeting's things start empty.
    assert!(!plan.team[0].attending);
    assert!(plan.agreements.agreed_by.is_empty());
    assert!(plan.agreements.family_words.is_empty());
    assert!(plan.goals[0].tasks[0].review_note.is_empty());
    assert_eq!(
        plan.goals[0].services[0].review.family_view,
        Helping::NotAsked
    );
    assert!(plan.goals[0].progress.is_empty());
    assert_eq!(plan.updated_ms, 2_000);

    // Editing the new meeting leaves the history alone.
    plan.goals[0].tasks[0].what = "Grandma picks up on Tuesdays and Thursdays".into();
    plan.goals[0].tasks[0].status = TaskStatus::Done;
    assert_eq!(plan.history[0], before);

    // A chosen date wins over the one set last time; meetings are listed in order.
    start_next_meeting(
        &mut plan,
        MeetingKind::TransitionDischarge,
        Some(date(2027, 1, 8)),
        3_000,
    );
    let list = meetings(&plan);
    assert_eq!(list.len(), 3);
    assert_eq!(list[0].date, Some(date(2026, 11, 20)));
    assert_eq!(list[1].date, Some(date(2026, 12, 18)));
    assert_eq!(list[2].date, Some(date(2027, 1, 8)));
    assert_eq!(list[2].kind, MeetingKind::TransitionDischarge);
    assert!(list[2].current && !list[1].current);
    assert!(plan.history.iter().all(|p| p.history.is_empty()));
    assert_eq!(history::first_meeting_date(&plan), Some(date(2026, 11, 20)));
}

#[test]
fn the_history_survives_storage_and_stays_out_of_what_is_shared() {
    let mut plan = first_meeting();
    start_next_meeting(&mut plan, MeetingKind::FollowUp, None, 2_000);
    let back = envelope::plan_from_json(&envelope::plan_to_json(&plan)).unwrap();
    assert_eq!(back, plan);
    assert!(plan.without_private().history.is_empty());
    assert!(plan.for_wall().history.is_empty());
}

#[test]
fn the_diff_lists_what_was_added_removed_changed_and_task_progress() {
    let mut plan = first_meeting();
    start_next_meeting(&mut plan, MeetingKind::FollowUp, None, 2_000);
    assert!(since_last_meeting(&plan).is_empty(), "nothing changed yet");

    // Review notes are one meeting's notes, not a change of the plan.
    plan.goals[0].tasks[0].review_note = "It worked".into();
    assert!(since_last_meeting(&plan).is_empty());

    plan.goals[0].tasks[0].status = TaskStatus::Done;
    plan.goals[0].statement = "The children get to school on time".into();
    let sign = plan.text_item("Not answering the phone");
    plan.crisis.warning_signs.push(sign);
    plan.goals[0].services.clear();
    let new_task = plan.alloc_id();
    plan.goals[0].tasks.push(Task {
        id: new_task,
        what: "Call the landlord".into(),
        status: TaskStatus::InProgress,
        ..Default::default()
    });

    let changes = since_last_meeting(&plan);
    let kinds: Vec<(Area, ChangeKind)> = changes.changes.iter().map(|c| (c.area, c.kind)).collect();
    assert!(kinds.contains(&(Area::Goal, ChangeKind::Changed)));
    assert!(kinds.contains(&(Area::Task, ChangeKind::Added)));
    assert!(kinds.contains(&(Area::Service, ChangeKind::Removed)));
    assert!(kinds.contains(&(Area::WarningSign, ChangeKind::Added)));
    assert!(
        !kinds.contains(&(Area::Task, ChangeKind::Changed)),
        "a status change is progress"
    );
    let goal = changes.in_area(Area::Goal).next().unwrap();
    assert_eq!(
        goal.before.as_deref(),
        Some("The children are picked up from school on time every day")
    );
    assert_eq!(changes.progress.len(), 2);
    assert_eq!(changes.progress[0].from, TaskStatus::NotStarted);
    assert_eq!(changes.progress[0].to, TaskStatus::Done);

    let en = describe(&changes, Language::English);
    assert!(
        en.contains(&"Progress: Ask Grandma to pick up on Tuesdays (Done)".to_string()),
        "{en:?}"
    );
    assert!(
        en.contains(&"New task: Call the landlord".to_string()),
        "{en:?}"
    );
    assert!(
        en.contains(&"Service ended or taken off: Parenting group".to_string()),
        "{en:?}"
    );
    let es = describe(&changes, Language::Spanish);
    assert!(
        es.contains(&"Tarea nueva: Call the landlord".to_string()),
        "{es:?}"
    );
}

#[test]
fn the_familys_whats_new_leaves_out_private_items() {
    let mut plan = first_meeting();
    start_next_meeting(&mut plan, MeetingKind::FollowUp, None, 2_000);
    let secret = plan.alloc_id();
    plan.goals[0].tasks.push(Task {
        id: secret,
        what: "SECRET check the police record".into(),
        private: true,
        ..Default::default()
    });
    let open = plan.alloc_id();
    plan.goals[0].tasks.push(Task {
        id: open,
        what: "Visit the new school".into(),
        ..Default::default()
    });
    let lines = plan.for_family().whats_new;
    assert_eq!(lines, vec!["New task: Visit the new school".to_string()]);
    assert!(diff(&plan.history[0], &plan)
        .changes
        .iter()
        .any(|c| c.text.contains("SECRET")));
    // Capped, the last line counts the rest.
    for i in 0..12 {
        let id = plan.alloc_id();
        plan.goals[0].tasks.push(Task {
            id,
            what: format!("Task {i}"),
            ..Default::default()
        });
    }
    // 13 lines: the link carries 7 and counts the other 6.
    let lines = plan.for_family().whats_new;
    assert_eq!(lines.len(), 8);
    assert_eq!(lines[7], "… and 6 more changes");
}

#[test]
fn a_worrys_scale_is_followed_across_meetings() {
    use ftm_planner::domain::{ScaleAnswer, Worry};
    let mut plan = first_meeting();
    let worry = plan.alloc_id();
    plan.worries.push(Worry {
        id: worry,
        text: "The rent is late".into(),
        scale: vec![
            ScaleAnswer {
                member: 1,
                score: 2,
            },
            ScaleAnswer {
                member: 2,
                score: 4,
            },
        ],
        ..Default::default()
    });
    start_next_meeting(&mut plan, MeetingKind::FollowUp, None, 2_000);
    plan.worries[0].scale = vec![ScaleAnswer {
        member: 1,
        score: 7,
    }];
    let series = history::scale_across_meetings(&plan, worry);
    assert_eq!(
        series,
        vec![
            (Some(date(2026, 11, 20)), Some(3.0)),
            (Some(date(2026, 12, 18)), Some(7.0))
        ]
    );
}

#[test]
fn schema_4_reads_two_digit_years_typed_into_a_date_field_as_20xx() {
    let v3 = r#"{"schema":3,"plan":{"id":"p","family_name":"F","meeting":{"date":"0026-12-15"},
        "goals":[{"id":1,"tasks":[{"id":2,"what":"Call 0026-12-15 office","by_when":"0027-01-05"}]}]}}"#;
    let plan = envelope::plan_from_json(v3).unwrap();
    assert_eq!(plan.meeting.date, Some(date(2026, 12, 15)));
    assert_eq!(plan.goals[0].tasks[0].by_when, Some(date(2027, 1, 5)));
    assert_eq!(plan.goals[0].tasks[0].what, "Call 0026-12-15 office");
}

#[test]
fn each_earlier_meeting_is_held_to_the_limits_on_its_own() {
    use ftm_planner::domain::limits::{self, MAX_ITEMS_TOTAL};
    // A large plan: 2,000 items now, carried through four meetings
    // (10,000 in all): each meeting is within the limits, so the case is.
    let mut plan = first_meeting();
    for i in 0..4 {
        let id = plan.alloc_id();
        let mut goal = Goal {
            id,
            ..Default::default()
        };
        for _ in 0..499 {
            let tid = plan.alloc_id();
            goal.tasks.push(Task {
                id: tid,
                what: format!("Task {i}"),
                ..Default::default()
            });
        }
        plan.goals.push(goal);
    }
    for _ in 0..4 {
        start_next_meeting(&mut plan, MeetingKind::FollowUp, None, 2_000);
    }
    let backup =
        |p: &Plan| envelope::backup_to_json(std::slice::from_ref(p), "2026-12-02T00:00:00Z");
    assert!(limits::check_plan(&plan).is_ok());
    let back = envelope::backup_from_json(&backup(&plan)).expect("a long case still imports");
    assert_eq!(back[0].history.len(), 4);
    // One meeting over the total is still refused.
    let mut big = plan.history[0].clone();
    for _ in 0..(MAX_ITEMS_TOTAL / 499) {
        let id = big.alloc_id();
        let mut goal = Goal {
            id,
            ..Default::default()
        };
        for _ in 0..499 {
            let tid = big.alloc_id();
            goal.tasks.push(Task {
                id: tid,
                ..Default::default()
            });
        }
        big.goals.push(goal);
    }
    plan.history[0] = big;
    assert!(matches!(
        envelope::backup_from_json(&backup(&plan)),
        Err(envelope::EnvelopeError::TooLarge(_))
    ));
}

/// A case with three meetings: first, follow-up, transition.
fn case_with_three_meetings() -> Plan {
    let mut plan = first_meeting();
    start_next_meeting(&mut plan, MeetingKind::FollowUp, None, 2_000);
    plan.goals[0].tasks[0].status = TaskStatus::Done;
    plan.goals[0].tasks[0].what = "Grandma picks up on Tuesdays and Thursdays".into();
    start_next_meeting(
        &mut plan,
        MeetingKind::TransitionDischarge,
        Some(date(2027, 1, 8)),
        3_000,
    );
    plan
}

#[test]
fn a_backup_of_a_case_with_three_meetings_brings_back_every_meeting() {
    let plan = case_with_three_meetings();
    let json = envelope::backup_to_json(std::slice::from_ref(&plan), "2027-01-08T10:00:00Z");
    let back = envelope::backup_from_json(&json).unwrap();
    assert_eq!(back, vec![plan.clone()]);
    let back = &back[0];
    assert_eq!(back.history.len(), 2);
    // Each earlier meeting is as it stood then.
    let first = history::past_meeting(back, 1).unwrap();
    assert_eq!(first.meeting.kind, MeetingKind::Initial);
    assert_eq!(first.meeting.date, Some(date(2026, 11, 20)));
    assert_eq!(
        first.goals[0].tasks[0].what,
        "Ask Grandma to pick up on Tuesdays"
    );
    assert_eq!(first.goals[0].tasks[0].status, TaskStatus::NotStarted);
    let second = history::past_meeting(back, 2).unwrap();
    assert_eq!(second.meeting.kind, MeetingKind::FollowUp);
    assert_eq!(second.goals[0].tasks[0].status, TaskStatus::Done);
    // Meeting 3 is the current one, not a past meeting; 0 is no meeting.
    assert!(history::past_meeting(back, 3).is_none());
    assert!(history::past_meeting(back, 0).is_none());
}

#[test]
fn old_backups_import_as_a_case_with_one_meeting() {
    for name in ["plan-v1.json", "plan-v2.json", "plan-v3.json"] {
        let text = std::fs::read_to_string(format!("tests/fixtures/{name}")).unwrap();
        let plan = envelope::plan_from_json(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(plan.history.is_empty(), "{name}");
        let list = meetings(&plan);
        assert_eq!(list.len(), 1, "{name}");
        assert!(list[0].current, "{name}");
        assert!(since_last_meeting(&plan).is_empty(), "{name}");
        // In a backup file too.
        let backup = envelope::backup_to_json(&[plan], "2027-01-08T10:00:00Z");
        let back = envelope::backup_from_json(&backup).unwrap();
        assert!(back[0].history.is_empty(), "{name}");
    }
    // The schema 4 fixture keeps its two meetings.
    let text = std::fs::read_to_string("tests/fixtures/plan-v4.json").unwrap();
    let plan = envelope::plan_from_json(&text).unwrap();
    assert_eq!(meetings(&plan).len(), 2);
}

#[test]
fn the_library_lists_each_case_once_with_its_meetings() {
    let plan = case_with_three_meetings();
    let summary = ftm_planner::domain::library::PlanSummary::of(&plan);
    assert_eq!(summary.meetings, meetings(&plan));
    assert_eq!(summary.meetings.len(), 3);
    assert_eq!(summary.meetings[2].number, 3);
    assert!(summary.meetings[2].current);
    // The summary is stored with the plan's record: it survives JSON, and a
    // summary stored before issue 12 reads with no meetings.
    let json = serde_json::to_string(&summary).unwrap();
    let back: ftm_planner::domain::library::PlanSummary = serde_json::from_str(&json).unwrap();
    assert_eq!(back, summary);
    let old: ftm_planner::domain::library::PlanSummary =
        serde_json::from_str(r#"{"id":"p","family_name":"F","child_names":[],"updated_ms":1}"#)
            .unwrap();
    assert!(old.meetings.is_empty());
}

#[test]
fn a_date_field_with_a_two_digit_year_is_read_as_20xx() {
    use ftm_planner::domain::history::date_from_field;
    assert_eq!(date_from_field("2026-12-15"), Some(date(2026, 12, 15)));
    // What the browser's date input gives for "12/15/26".
    assert_eq!(date_from_field("0026-12-15"), Some(date(2026, 12, 15)));
    assert_eq!(date_from_field("0099-01-31"), Some(date(2099, 1, 31)));
    assert_eq!(date_from_field("0100-01-31"), Some(date(100, 1, 31)));
    assert_eq!(date_from_field(" 2027-01-08 "), Some(date(2027, 1, 8)));
    assert_eq!(date_from_field(""), None);
    assert_eq!(date_from_field("12/15/26"), None);
    assert_eq!(date_from_field("2026-02-30"), None);
}

#[test]
fn since_last_meeting_compares_with_the_meeting_just_before() {
    let plan = case_with_three_meetings();
    // Nothing changed in meeting 3 yet, though meeting 2 changed a task.
    assert!(since_last_meeting(&plan).is_empty());
    let mut plan = plan;
    plan.goals[0].tasks[0].status = TaskStatus::Stuck;
    let changes = since_last_meeting(&plan);
    assert_eq!(changes.progress.len(), 1);
    assert_eq!(changes.progress[0].from, TaskStatus::Done);
    assert_eq!(changes.progress[0].to, TaskStatus::Stuck);
}

#[test]
fn a_services_need_and_known_barriers_are_carried_forward_and_are_not_news_for_the_family() {
    let mut first = first_meeting();
    {
        let s = &mut first.goals[0].services[0];
        s.need = "Calm ways to handle bedtime".into();
        s.barriers = "No car on weekdays".into();
        s.suggested_by = Some(first.team[0].id);
    }
    let mut next = first.clone();
    start_next_meeting(&mut next, MeetingKind::FollowUp, None, 2_000);
    let carried = &next.goals[0].services[0];
    assert_eq!(carried.need, "Calm ways to handle bedtime");
    assert_eq!(carried.barriers, "No car on weekdays");
    assert_eq!(carried.suggested_by, Some(first.team[0].id));

    // The family can't see a need or barriers: changing them alone is not
    // "changed: Parenting group" on their link.
    next.goals[0].services[0].barriers = "No car on weekdays; bus pass sorted".into();
    next.goals[0].services[0].need = "Bedtime without shouting".into();
    assert!(since_last_meeting(&next).is_empty());
    assert!(next.for_family().whats_new.is_empty());
    // What the family sees still counts.
    next.goals[0].services[0].frequency = "Weekly".into();
    let changes = since_last_meeting(&next);
    let service: Vec<_> = changes.in_area(Area::Service).collect();
    assert_eq!(service.len(), 1, "{changes:?}");
    assert_eq!(service[0].kind, ChangeKind::Changed);
    assert_eq!(service[0].text, "Parenting group");
}
