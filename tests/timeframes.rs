//! Timeframes the agency is held to (issue 12: P2, P6, monthly review, P7),
//! each rule with dates just before, on and after its boundary; the library's
//! "due next" and its order; dates checked where they are typed.

use chrono::NaiveDate;
use ftm_planner::domain::dates::{
    input_date, read_typed_date, DateContext, DateNote, TypedDate, FAR_YEARS,
};
use ftm_planner::domain::history::start_next_meeting;
use ftm_planner::domain::i18n::shell::due::case_due_lines;
use ftm_planner::domain::i18n::steps::dates::note_text;
use ftm_planner::domain::i18n::steps::timeframes::{rule_text, status_text};
use ftm_planner::domain::library::{search, sort_by_due, PlanSummary};
use ftm_planner::domain::timeframes::{
    case_due, deadlines, status, timeframes, Deadline, Rule, Status, EVENT_UPDATE_DAYS, SOON_DAYS,
};
use ftm_planner::domain::{CaseEvent, CaseEventKind, Goal, Language, MeetingKind, Plan, Service};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn days(n: i64) -> chrono::Duration {
    chrono::Duration::days(n)
}

fn plan_with(placed: Option<NaiveDate>, meeting: Option<NaiveDate>) -> Plan {
    let mut plan = Plan::new("p1", "Rivera family", 1_000);
    plan.meeting.placement_date = placed;
    plan.meeting.date = meeting;
    plan
}

fn with_service(plan: &mut Plan, name: &str, referral: Option<NaiveDate>) {
    let gid = plan.alloc_id();
    let sid = plan.alloc_id();
    plan.goals.push(Goal {
        id: gid,
        services: vec![Service {
            id: sid,
            service: name.into(),
            referral_date: referral,
            ..Default::default()
        }],
        ..Default::default()
    });
}

fn of_rule(plan: &Plan, rule: Rule) -> Vec<Deadline> {
    deadlines(plan)
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

fn only(plan: &Plan, rule: Rule) -> Deadline {
    let mut found = of_rule(plan, rule);
    assert_eq!(found.len(), 1, "{rule:?}: {found:?}");
    found.remove(0)
}

// ---- P2: referrals within 30 days of placement -------------------------

#[test]
fn p2_referral_sent_on_the_30th_day_is_met_the_31st_is_missed() {
    let placed = date(2026, 11, 1);
    let deadline = date(2026, 12, 1);
    let today = date(2027, 1, 15);
    for (sent, expect) in [
        (
            deadline - days(1),
            Status::Met {
                on: deadline - days(1),
            },
        ),
        (deadline, Status::Met { on: deadline }),
        (
            deadline + days(1),
            Status::Missed {
                on: deadline + days(1),
                days_late: 1,
            },
        ),
    ] {
        let mut plan = plan_with(Some(placed), None);
        with_service(&mut plan, "Parenting class", Some(sent));
        let d = only(&plan, Rule::Referral);
        assert_eq!(d.due, deadline);
        assert!(d.item.is_some());
        assert_eq!(status(&d, today), expect, "sent {sent}");
    }
}

#[test]
fn p2_a_referral_not_sent_is_open_due_soon_then_overdue() {
    let mut plan = plan_with(Some(date(2026, 11, 1)), None);
    with_service(&mut plan, "Parenting class", None);
    let d = only(&plan, Rule::Referral);
    let due = date(2026, 12, 1);
    assert_eq!(
        status(&d, due - days(SOON_DAYS + 1)),
        Status::Due {
            due,
            in_days: SOON_DAYS + 1
        }
    );
    assert_eq!(
        status(&d, due - days(SOON_DAYS)),
        Status::DueSoon {
            due,
            in_days: SOON_DAYS
        }
    );
    assert_eq!(status(&d, due), Status::DueSoon { due, in_days: 0 });
    assert_eq!(status(&d, due + days(1)), Status::Overdue { due, days: 1 });
}

#[test]
fn p2_one_deadline_per_service_and_one_for_the_referrals_when_there_are_none() {
    let mut plan = plan_with(Some(date(2026, 11, 1)), None);
    let none = of_rule(&plan, Rule::Referral);
    assert_eq!(none.len(), 1);
    assert_eq!(none[0].item, None);
    with_service(&mut plan, "Parenting class", Some(date(2026, 11, 10)));
    with_service(&mut plan, "Counselling", None);
    let two = of_rule(&plan, Rule::Referral);
    assert_eq!(two.len(), 2);
    assert!(two.iter().all(|d| d.item.is_some()));
    // Without a placement date there is no P2 (nor P6) at all.
    let mut no_placement = plan.clone();
    no_placement.meeting.placement_date = None;
    assert!(of_rule(&no_placement, Rule::Referral).is_empty());
    assert!(of_rule(&no_placement, Rule::PlanMade).is_empty());
}

#[test]
fn a_referral_dated_in_the_future_is_not_done_yet() {
    let mut plan = plan_with(Some(date(2026, 11, 1)), None);
    with_service(&mut plan, "Parenting class", Some(date(2026, 11, 20)));
    let d = only(&plan, Rule::Referral);
    assert!(matches!(status(&d, date(2026, 11, 10)), Status::Due { .. }));
    assert!(matches!(status(&d, date(2026, 11, 20)), Status::Met { .. }));
}

// ---- P6: the plan within 60 days of removal ----------------------------

#[test]
fn p6_first_meeting_on_day_60_is_met_on_day_61_is_missed() {
    let placed = date(2026, 10, 1);
    let due = date(2026, 11, 30);
    let today = date(2027, 1, 1);
    for (met_on, expect) in [
        (due - days(1), Status::Met { on: due - days(1) }),
        (due, Status::Met { on: due }),
        (
            due + days(1),
            Status::Missed {
                on: due + days(1),
                days_late: 1,
            },
        ),
    ] {
        let plan = plan_with(Some(placed), Some(met_on));
        let d = only(&plan, Rule::PlanMade);
        assert_eq!(d.due, due);
        assert_eq!(status(&d, today), expect);
    }
}

#[test]
fn p6_counts_the_first_meeting_of_the_case_not_the_latest() {
    let placed = date(2026, 10, 1);
    let mut plan = plan_with(Some(placed), Some(date(2026, 11, 20)));
    start_next_meeting(
        &mut plan,
        MeetingKind::FollowUp,
        Some(date(2027, 1, 5)),
        2_000,
    );
    let d = only(&plan, Rule::PlanMade);
    assert_eq!(d.done, Some(date(2026, 11, 20)));
    assert_eq!(
        status(&d, date(2027, 1, 10)),
        Status::Met {
            on: date(2026, 11, 20)
        }
    );
}

#[test]
fn p6_without_a_meeting_date_is_open_until_day_60_then_overdue() {
    let plan = plan_with(Some(date(2026, 10, 1)), None);
    let d = only(&plan, Rule::PlanMade);
    let due = date(2026, 11, 30);
    assert_eq!(status(&d, due - days(8)), Status::Due { due, in_days: 8 });
    assert_eq!(status(&d, due), Status::DueSoon { due, in_days: 0 });
    assert_eq!(status(&d, due + days(1)), Status::Overdue { due, days: 1 });
}

// ---- A review at least monthly -----------------------------------------

#[test]
fn monthly_review_is_due_one_calendar_month_after_the_latest_meeting() {
    let plan = plan_with(None, Some(date(2026, 11, 20)));
    let d = only(&plan, Rule::MonthlyReview);
    let due = date(2026, 12, 20);
    assert_eq!(d.due, due);
    assert_eq!(
        status(&d, due - days(1)),
        Status::DueSoon { due, in_days: 1 }
    );
    assert_eq!(status(&d, due), Status::DueSoon { due, in_days: 0 });
    assert_eq!(status(&d, due + days(1)), Status::Overdue { due, days: 1 });
    // Month ends clamp.
    let jan31 = plan_with(None, Some(date(2027, 1, 31)));
    assert_eq!(only(&jan31, Rule::MonthlyReview).due, date(2027, 2, 28));
    // No meeting date, no monthly review (nor P7).
    let none = plan_with(None, None);
    assert!(deadlines(&none).is_empty());
}

#[test]
fn a_new_meeting_moves_the_review_on_and_an_undated_one_keeps_the_last_date() {
    let mut plan = plan_with(None, Some(date(2026, 11, 20)));
    start_next_meeting(
        &mut plan,
        MeetingKind::FollowUp,
        Some(date(2026, 12, 18)),
        2_000,
    );
    assert_eq!(only(&plan, Rule::MonthlyReview).due, date(2027, 1, 18));
    plan.meeting.date = None;
    assert_eq!(only(&plan, Rule::MonthlyReview).due, date(2026, 12, 20));
}

// ---- P7: an update every 6 months, or after a listed event -------------

fn event(plan: &mut Plan, kind: CaseEventKind, on: Option<NaiveDate>) {
    let id = plan.alloc_id();
    plan.events.push(CaseEvent {
        id,
        kind,
        date: on,
        note: String::new(),
    });
}

#[test]
fn p7_update_is_due_six_months_after_the_latest_meeting() {
    let plan = plan_with(None, Some(date(2026, 8, 31)));
    let d = only(&plan, Rule::Update);
    let due = date(2027, 2, 28);
    assert_eq!(d.due, due);
    assert_eq!(d.event, None);
    assert_eq!(status(&d, due - days(8)), Status::Due { due, in_days: 8 });
    assert_eq!(status(&d, due), Status::DueSoon { due, in_days: 0 });
    assert_eq!(status(&d, due + days(1)), Status::Overdue { due, days: 1 });
}

#[test]
fn p7_an_event_after_the_latest_meeting_brings_the_update_forward_to_30_days() {
    let meeting = date(2026, 11, 20);
    // On the meeting's day: taken as talked about at the meeting.
    let mut on_day = plan_with(None, Some(meeting));
    event(&mut on_day, CaseEventKind::PlacementChange, Some(meeting));
    assert_eq!(only(&on_day, Rule::Update).due, date(2027, 5, 20));
    // The day after: due 30 days after the event.
    let mut after = plan_with(None, Some(meeting));
    event(
        &mut after,
        CaseEventKind::NewReport,
        Some(meeting + days(10)),
    );
    event(
        &mut after,
        CaseEventKind::PlacementChange,
        Some(meeting + days(1)),
    );
    event(&mut after, CaseEventKind::TreatmentCompleted, None);
    let d = only(&after, Rule::Update);
    let on = meeting + days(1);
    assert_eq!(d.due, on + days(EVENT_UPDATE_DAYS));
    assert_eq!(d.event, Some((CaseEventKind::PlacementChange, on)));
    assert_eq!(
        status(&d, d.due + days(1)),
        Status::Overdue {
            due: d.due,
            days: 1
        }
    );
    // An event before the meeting doesn't count.
    let mut before = plan_with(None, Some(meeting));
    event(
        &mut before,
        CaseEventKind::AbsentParentFound,
        Some(meeting - days(1)),
    );
    assert_eq!(only(&before, Rule::Update).event, None);
}

#[test]
fn p7_the_six_month_date_wins_when_it_is_sooner_than_30_days_after_the_event() {
    let meeting = date(2026, 1, 1);
    let six = date(2026, 7, 1);
    // 31 days before the 6-month date: the event's 30 days come first.
    let mut plan = plan_with(None, Some(meeting));
    event(&mut plan, CaseEventKind::NewReport, Some(six - days(31)));
    let d = only(&plan, Rule::Update);
    assert_eq!(d.due, six - days(1));
    assert!(d.event.is_some());
    // 30 and 29 days before: the 6-month date is as soon or sooner.
    for before in [30, 29] {
        let mut later = plan_with(None, Some(meeting));
        event(
            &mut later,
            CaseEventKind::NewReport,
            Some(six - days(before)),
        );
        let d = only(&later, Rule::Update);
        assert_eq!(d.due, six);
        assert_eq!(d.event, None);
    }
}

// ---- Texts ---------------------------------------------------------------

#[test]
fn statuses_read_in_words_in_both_languages() {
    let due = date(2026, 12, 15);
    let overdue = status_text(Status::Overdue { due, days: 3 }, Language::English);
    assert_eq!(overdue, "Overdue by 3 days: it was due Tue, Dec 15, 2026.");
    assert_eq!(
        status_text(Status::Overdue { due, days: 3 }, Language::Spanish),
        "Atrasado 3 días: vencía el mar, 15 dic 2026."
    );
    assert_eq!(
        status_text(Status::DueSoon { due, in_days: 1 }, Language::English),
        "Due soon: by Tue, Dec 15, 2026 (tomorrow)."
    );
    assert_eq!(
        status_text(
            Status::Missed {
                on: due,
                days_late: 2
            },
            Language::English
        ),
        "Missed: done 2 days late, on Tue, Dec 15, 2026."
    );
    assert!(status_text(Status::Met { on: due }, Language::Spanish).starts_with("Cumplido"));
    let mut plan = plan_with(Some(date(2026, 11, 1)), Some(date(2026, 11, 20)));
    with_service(&mut plan, "Parenting class", None);
    event(
        &mut plan,
        CaseEventKind::PlacementChange,
        Some(date(2026, 12, 1)),
    );
    let texts: Vec<String> = timeframes(&plan, date(2026, 12, 2))
        .iter()
        .map(|(d, _)| rule_text(d, Some("Parenting class"), Language::English))
        .collect();
    assert_eq!(
        texts,
        [
            "Referral for Parenting class, within 30 days of placement",
            "The plan made with the family within 60 days of removal",
            "A review with the family at least monthly",
            "The plan updated within 30 days of an event: Placement change on Tue, Dec 1, 2026",
        ]
    );
}

// ---- The library: what is due next, sorting by it ----------------------

#[test]
fn case_due_gives_the_overdue_ones_and_the_next_one() {
    let mut plan = plan_with(Some(date(2026, 11, 1)), Some(date(2026, 11, 20)));
    with_service(&mut plan, "Parenting class", None);
    let today = date(2026, 12, 10);
    let due = case_due(&plan, today);
    // P2 (Dec 1) is overdue; next is the monthly review (Dec 20); P6 is met.
    assert_eq!(
        due.overdue.iter().map(|d| d.rule).collect::<Vec<_>>(),
        [Rule::Referral]
    );
    assert_eq!(due.next.as_ref().map(|d| d.rule), Some(Rule::MonthlyReview));
    assert_eq!(
        case_due_lines(&due, today, Language::English),
        [
            "Overdue: service referral (overdue by 9 days).",
            "Next due: monthly review, Sun, Dec 20, 2026 (in 10 days).",
        ]
    );
    assert!(case_due_lines(&due, today, Language::Spanish)[0].starts_with("Atrasado:"));
    assert!(case_due_lines(
        &case_due(&plan_with(None, None), today),
        today,
        Language::English
    )
    .is_empty());
}

#[test]
fn sorting_by_due_puts_overdue_first_then_soonest_then_nothing_due() {
    let today = date(2026, 12, 10);
    let summary = |id: &str, meeting: Option<NaiveDate>, updated: i64| {
        let mut plan = plan_with(None, meeting);
        plan.id = id.into();
        plan.updated_ms = updated;
        PlanSummary::of(&plan)
    };
    let list = vec![
        summary("nothing", None, 9_000),
        summary("soon", Some(date(2026, 11, 15)), 8_000), // review Dec 15
        summary("overdue", Some(date(2026, 11, 1)), 1_000), // review Dec 1
        summary("later", Some(date(2026, 12, 1)), 7_000), // review Jan 1
    ];
    let mut found = search(&list, "");
    assert_eq!(found[0].id, "nothing");
    sort_by_due(&mut found, today);
    let ids: Vec<&str> = found.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["overdue", "soon", "later", "nothing"]);
}

#[test]
fn the_summary_keeps_the_deadlines_and_old_summaries_without_them_still_read() {
    let plan = plan_with(None, Some(date(2026, 11, 20)));
    let s = PlanSummary::of(&plan);
    let json = serde_json::to_string(&s).unwrap();
    let back: PlanSummary = serde_json::from_str(&json).unwrap();
    assert_eq!(back.deadlines, deadlines(&plan));
    let old: PlanSummary =
        serde_json::from_str(r#"{"id":"x","family_name":"A","updated_ms":1}"#).unwrap();
    assert!(old.deadlines.is_empty());
}

// ---- Dates checked where they are typed --------------------------------

fn typed(text: &str, previous: Option<NaiveDate>, context: DateContext) -> TypedDate {
    read_typed_date(text, previous, context, date(2026, 12, 2))
}

#[test]
fn a_two_digit_year_is_read_as_20xx_and_said_so() {
    let t = typed("0026-12-15", None, DateContext::Other);
    assert_eq!(t.value, Some(date(2026, 12, 15)));
    assert_eq!(t.notes, [DateNote::ReadAs(date(2026, 12, 15))]);
    assert_eq!(
        note_text(t.notes[0], Language::English),
        "Read as Tue, Dec 15, 2026."
    );
    assert_eq!(
        note_text(t.notes[0], Language::Spanish),
        "Se leyó como mar, 15 dic 2026."
    );
    assert_eq!(input_date("0099-01-31"), Some(date(2099, 1, 31)));
    assert_eq!(input_date("0000-01-31"), Some(date(2000, 1, 31)));
    assert_eq!(input_date("2026-02-30"), None);
    // A four-digit year is taken as typed, without a note.
    let t = typed("2026-12-15", None, DateContext::Other);
    assert_eq!((t.value, t.notes.len()), (Some(date(2026, 12, 15)), 0));
}

#[test]
fn a_year_outside_1900_to_2200_is_refused_and_the_previous_date_kept() {
    let previous = Some(date(2026, 11, 20));
    for (text, year) in [
        ("1899-12-31", 1899),
        ("0100-01-01", 100),
        ("0202-12-15", 202),
        ("2201-01-01", 2201),
        ("+275760-01-01", 275760),
    ] {
        let t = typed(text, previous, DateContext::Other);
        assert_eq!(t.value, previous, "{text}");
        assert_eq!(
            t.notes,
            [DateNote::Refused {
                year,
                kept: previous
            }],
            "{text}"
        );
    }
    for text in ["1900-01-01", "2200-12-31"] {
        let t = typed(text, previous, DateContext::Other);
        assert_ne!(t.value, previous, "{text} is accepted");
        assert!(!t
            .notes
            .iter()
            .any(|n| matches!(n, DateNote::Refused { .. })));
    }
    let refused = typed("0202-12-15", previous, DateContext::Other).notes[0];
    assert_eq!(
        note_text(refused, Language::English),
        "The year 0202 can't be right, so the date is still Fri, Nov 20, 2026."
    );
    // Clearing the field clears the date; junk keeps the previous one.
    assert_eq!(typed("", previous, DateContext::Other).value, None);
    assert_eq!(typed("soon", previous, DateContext::Other).value, previous);
}

#[test]
fn warnings_next_meeting_before_this_one_past_deadline_far_away() {
    let meeting = Some(date(2026, 12, 10));
    let next = DateContext::NextMeeting { meeting };
    assert_eq!(
        typed("2026-12-09", None, next).notes,
        [DateNote::BeforeMeeting(date(2026, 12, 10))]
    );
    assert!(typed("2026-12-10", None, next).notes.is_empty());
    assert!(typed("2026-12-11", None, next).notes.is_empty());
    // A warning keeps the date.
    assert_eq!(
        typed("2026-12-09", None, next).value,
        Some(date(2026, 12, 9))
    );
    // Today is Dec 2: a deadline of Dec 1 is past, Dec 2 is not.
    assert_eq!(
        typed("2026-12-01", None, DateContext::Deadline).notes,
        [DateNote::PastDeadline]
    );
    assert!(typed("2026-12-02", None, DateContext::Deadline)
        .notes
        .is_empty());
    assert!(typed("2026-12-01", None, DateContext::Other)
        .notes
        .is_empty());
    // More than 3 years from today.
    assert_eq!(FAR_YEARS, 3);
    assert!(typed("2029-12-02", None, DateContext::Other)
        .notes
        .is_empty());
    assert_eq!(
        typed("2029-12-03", None, DateContext::Other).notes,
        [DateNote::FarAway]
    );
    // Two notes at once: read as 20xx and far away.
    assert_eq!(
        typed("0035-01-01", None, DateContext::Other).notes,
        [DateNote::ReadAs(date(2035, 1, 1)), DateNote::FarAway]
    );
}
