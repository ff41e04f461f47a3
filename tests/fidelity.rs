//! The fidelity checklist for supervision (issue 13, O1–O7, D1–D9): for each
//! item a case that meets it and one that misses it, with the evidence the
//! plan gives (counts, names, dates), and its sentences in both languages.
//! The rules are listed in `docs/fidelity.md`.

use chrono::NaiveDate;
use ftm_planner::domain::fidelity::{
    checklist, tally, Evidence, FidelityItem, Name, ReferralField, Status, IDS,
};
use ftm_planner::domain::history::start_next_meeting;
use ftm_planner::domain::i18n::shell::fidelity::{evidence_text, measure, status_text};
use ftm_planner::domain::{
    Child, CrisisStep, Domain, Goal, Helping, HomeSafety, ItemId, Language, MeetingKind, Plan,
    Role, Service, SupportKind, Task, TeamMember, Worry,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the checklist is looked at in the good case (next review due Nov 29).
fn today() -> NaiveDate {
    date(2026, 11, 10)
}

fn member(plan: &mut Plan, name: &str, role: Role, support: SupportKind) -> ItemId {
    let id = plan.alloc_id();
    plan.team.push(TeamMember {
        id,
        name: name.into(),
        role,
        support,
        attending: true,
        helped: format!("{name} drove the children to school"),
        ..Default::default()
    });
    id
}

fn member_mut<'a>(plan: &'a mut Plan, name: &str) -> &'a mut TeamMember {
    plan.team.iter_mut().find(|m| m.name == name).unwrap()
}

/// The first meeting of a case that meets every documented measure: placed
/// Sep 1, first meeting Oct 1 (30 days later).
fn first_meeting() -> Plan {
    let mut plan = Plan::new("p1", "Rivera family", 1_000);
    plan.meeting.date = Some(date(2026, 10, 1));
    plan.meeting.placement_date = Some(date(2026, 9, 1));
    let maria = member(&mut plan, "Maria", Role::Mother, SupportKind::Family);
    member(&mut plan, "Lily", Role::Child, SupportKind::Family);
    let rosa = member(&mut plan, "Rosa", Role::Grandparent, SupportKind::Family);
    let jim = member(&mut plan, "Pastor Jim", Role::Faith, SupportKind::Informal);
    member(&mut plan, "Ms Lee", Role::Caseworker, SupportKind::Formal);
    for name in ["Maria", "Lily"] {
        member_mut(&mut plan, name).helped.clear();
    }
    member_mut(&mut plan, "Rosa").reluctance = "Maria's partner does not want her".into();
    member_mut(&mut plan, "Rosa").reluctance_addressed = "She joins by phone".into();
    member_mut(&mut plan, "Pastor Jim").reluctance = "Maria worried about privacy".into();
    member_mut(&mut plan, "Pastor Jim").reluctance_addressed =
        "He joins for the crisis plan only".into();
    let child = plan.alloc_id();
    plan.children.push(Child {
        id: child,
        name: "Lily".into(),
        age: Some(7),
        living_with: "With her grandmother Rosa".into(),
        home_safety: HomeSafety::Safe,
        ..Default::default()
    });
    let safety = plan.alloc_id();
    plan.worries.push(Worry {
        id: safety,
        text: "Lily is left alone at night".into(),
        safety: true,
        disagreement: "Maria sees it differently".into(),
        ..Default::default()
    });
    let other = plan.alloc_id();
    plan.worries.push(Worry {
        id: other,
        text: "The rent is late".into(),
        ..Default::default()
    });
    let (goal, task, service, step) = (
        plan.alloc_id(),
        plan.alloc_id(),
        plan.alloc_id(),
        plan.alloc_id(),
    );
    plan.goals.push(Goal {
        id: goal,
        domain: Domain::Child,
        outcome: "Lily is safe at night".into(),
        statement: "An adult is home with Lily every night by December".into(),
        worries: vec![safety],
        suggested_by: Some(maria),
        tasks: vec![Task {
            id: task,
            what: "Rosa stays over on Maria's work nights".into(),
            suggested_by: Some(jim),
            ..Default::default()
        }],
        services: vec![Service {
            id: service,
            provider: "Hope Center".into(),
            service: "Parenting class".into(),
            need: "Routines for bedtime".into(),
            frequency: "Weekly".into(),
            intensity: "2 hours".into(),
            location: "Main St".into(),
            duration: "12 weeks".into(),
            barriers: "Bus fare".into(),
            referral_date: Some(date(2026, 9, 20)),
            start: Some(date(2026, 10, 5)),
            suggested_by: Some(rosa),
            ..Default::default()
        }],
        ..Default::default()
    });
    plan.crisis.respond.push(CrisisStep {
        id: step,
        who: Some(rosa),
        what: "Rosa comes over".into(),
        ..Default::default()
    });
    plan.permanency.goal = "Lily returns home to Maria".into();
    plan.permanency.concurrent = "Guardianship with Rosa".into();
    plan.agreements.how_we_can_help = "Help with bus passes".into();
    plan.agreements.family_words = "This is our plan".into();
    plan
}

/// The good case: the first meeting and a follow-up on Oct 29 (28 days
/// later) where the family said the parenting class helps.
fn good_case() -> Plan {
    let mut plan = first_meeting();
    start_next_meeting(
        &mut plan,
        MeetingKind::FollowUp,
        Some(date(2026, 10, 29)),
        2_000,
    );
    for name in ["Maria", "Rosa", "Ms Lee"] {
        member_mut(&mut plan, name).attending = true;
    }
    service_mut(&mut plan).review.family_view = Helping::Yes;
    plan
}

fn service_mut(plan: &mut Plan) -> &mut Service {
    &mut plan.goals[0].services[0]
}

fn get(plan: &Plan, id: &str, on: NaiveDate) -> FidelityItem {
    checklist(plan, on)
        .into_iter()
        .find(|i| i.id == id)
        .unwrap()
}

fn names(list: &[&str]) -> Vec<Name> {
    list.iter().map(|s| Name::from(*s)).collect()
}

#[test]
fn the_checklist_has_the_sixteen_measures_in_order() {
    let items = checklist(&good_case(), today());
    let ids: Vec<&str> = items.iter().map(|i| i.id).collect();
    assert_eq!(ids, IDS);
    // The good case meets every item but O3, which the tool cannot judge.
    for i in &items {
        let want = if i.id == "O3" {
            Status::CannotJudge
        } else {
            Status::Met
        };
        assert_eq!(i.status, want, "{}: {:?}", i.id, i);
        if i.status == Status::Met {
            assert!(i.missing.is_empty(), "{}: {:?}", i.id, i.missing);
        }
    }
    assert_eq!(tally(&items), (15, 0, 0, 1));
}

#[test]
fn o1_supportive_people_beyond_parents_and_children() {
    let item = get(&good_case(), "O1", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::Supports {
            family: 1,
            informal: 1,
            names: names(&["Rosa", "Pastor Jim"]),
        }]
    );
    let mut plan = good_case();
    plan.team
        .retain(|m| !["Rosa", "Pastor Jim"].contains(&m.name.as_str()));
    let item = get(&plan, "O1", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(item.missing, vec![Evidence::NoSupports]);
}

#[test]
fn o2_reluctance_recorded_and_addressed() {
    let item = get(&good_case(), "O2", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::ReluctanceAddressed {
            addressed: 2,
            of: 2
        }]
    );
    assert_eq!(
        evidence_text(&item.evidence[0], Language::English),
        "Reluctance recorded and addressed for 2 of 2 members."
    );
    let mut plan = good_case();
    member_mut(&mut plan, "Pastor Jim")
        .reluctance_addressed
        .clear();
    let item = get(&plan, "O2", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.evidence,
        vec![Evidence::ReluctanceAddressed {
            addressed: 1,
            of: 2
        }]
    );
    assert_eq!(
        item.missing,
        vec![Evidence::ReluctanceNotAddressed {
            names: names(&["Pastor Jim"])
        }]
    );
    // None recorded: nothing to address, and said so.
    for m in &mut plan.team {
        m.reluctance.clear();
    }
    let item = get(&plan, "O2", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(item.evidence, vec![Evidence::NoReluctance]);
}

#[test]
fn o3_teaming_is_judged_in_the_room_with_the_plans_evidence() {
    let item = get(&good_case(), "O3", today());
    assert_eq!(item.status, Status::CannotJudge);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::MeetingsHeld { n: 2 },
            Evidence::TeamSize {
                members: 5,
                attending: 3
            },
            Evidence::FormalInformal {
                formal: 1,
                informal: 1
            },
        ]
    );
    assert_eq!(item.missing, vec![Evidence::ObservedInRoom]);
    // A first meeting alone: still not the tool's to judge, one meeting held.
    let item = get(&first_meeting(), "O3", today());
    assert_eq!(item.status, Status::CannotJudge);
    assert_eq!(item.evidence[0], Evidence::MeetingsHeld { n: 1 });
}

#[test]
fn o4_what_members_did_to_help() {
    let item = get(&good_case(), "O4", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(item.evidence, vec![Evidence::Helped { filled: 3, of: 3 }]);
    let mut plan = good_case();
    member_mut(&mut plan, "Ms Lee").helped.clear();
    let item = get(&plan, "O4", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(item.evidence, vec![Evidence::Helped { filled: 2, of: 3 }]);
    assert_eq!(
        item.missing,
        vec![Evidence::HelpedMissing {
            names: names(&["Ms Lee"])
        }]
    );
}

#[test]
fn o5_the_familys_view_of_services_at_each_review() {
    let item = get(&good_case(), "O5", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::FamilyAsked {
            meeting: 2,
            date: Some(date(2026, 10, 29)),
            asked: 1,
            of: 1
        }]
    );
    // Before any follow-up meeting: not due.
    let item = get(&first_meeting(), "O5", today());
    assert_eq!(item.status, Status::NotDue);
    assert_eq!(item.evidence, vec![Evidence::NoReviewMeeting]);
    // At the follow-up, a second service the family was not asked about.
    let mut plan = good_case();
    let id = plan.alloc_id();
    plan.goals[0].services.push(Service {
        id,
        provider: "Bright Minds".into(),
        service: "Tutoring".into(),
        ..Default::default()
    });
    let item = get(&plan, "O5", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.evidence,
        vec![Evidence::FamilyAsked {
            meeting: 2,
            date: Some(date(2026, 10, 29)),
            asked: 1,
            of: 2
        }]
    );
    assert_eq!(
        item.missing,
        vec![Evidence::FamilyNotAsked {
            services: names(&["Bright Minds: Tutoring"])
        }]
    );
}

#[test]
fn o6_how_the_worker_can_help() {
    let item = get(&good_case(), "O6", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::HowWeCanHelp {
            quote: "Help with bus passes".into()
        }]
    );
    let mut plan = good_case();
    plan.agreements.how_we_can_help = "x".repeat(200);
    let Evidence::HowWeCanHelp { quote } = &get(&plan, "O6", today()).evidence[0] else {
        panic!("no quote");
    };
    assert_eq!(quote.chars().count(), 80, "cut to 80 characters");
    assert!(quote.ends_with('…'));
    plan.agreements.how_we_can_help = "  ".into();
    let item = get(&plan, "O6", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(item.missing, vec![Evidence::HowWeCanHelpMissing]);
}

#[test]
fn o7_suggestions_from_two_team_members() {
    let item = get(&good_case(), "O7", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::SuggestedBy {
            names: names(&["Maria", "Rosa", "Pastor Jim"])
        }]
    );
    let mut plan = good_case();
    let maria = plan.team[0].id;
    plan.goals[0].tasks[0].suggested_by = Some(maria);
    plan.goals[0].services[0].suggested_by = Some(maria);
    let item = get(&plan, "O7", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.evidence,
        vec![Evidence::SuggestedBy {
            names: names(&["Maria"])
        }]
    );
    assert_eq!(item.missing, vec![Evidence::NeedTwoSuggesters { n: 1 }]);
}

#[test]
fn d1_who_suggested_and_the_comments() {
    let item = get(&good_case(), "D1", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::SuggesterRecorded { recorded: 3, of: 3 },
            // The family's words are cleared when the follow-up starts.
            Evidence::Comments {
                disagreements: 1,
                family_words: false,
                review_notes: 0
            },
        ]
    );
    let mut plan = good_case();
    plan.goals[0].suggested_by = None;
    plan.goals[0].tasks[0].suggested_by = None;
    plan.goals[0].tasks[0].review_note = "Rosa missed one night".into();
    let item = get(&plan, "D1", today());
    assert_eq!(item.status, Status::NotYet, "1 of 3 is less than half");
    assert_eq!(
        item.evidence,
        vec![
            Evidence::SuggesterRecorded { recorded: 1, of: 3 },
            Evidence::Comments {
                disagreements: 1,
                family_words: false,
                review_notes: 1
            },
        ]
    );
    assert_eq!(item.missing, vec![Evidence::NoSuggester { n: 2 }]);
}

#[test]
fn d2_met_within_the_timeframes() {
    let item = get(&good_case(), "D2", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::FirstMeetingAfterPlacement { days: 30 },
            Evidence::LongestGap { days: 28 },
            Evidence::NextReviewDue {
                due: date(2026, 11, 29)
            },
        ]
    );
    assert_eq!(
        evidence_text(&item.evidence[0], Language::English),
        "First meeting 30 days after the placement (within 60)."
    );
    // First meeting 75 days after the placement; the follow-up 70 days
    // later; the next review overdue.
    let mut plan = first_meeting();
    plan.meeting.date = Some(date(2026, 11, 15));
    start_next_meeting(
        &mut plan,
        MeetingKind::FollowUp,
        Some(date(2027, 1, 24)),
        2_000,
    );
    let item = get(&plan, "D2", date(2027, 3, 1));
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(item.evidence, vec![Evidence::LongestGap { days: 70 }]);
    assert_eq!(
        item.missing,
        vec![
            Evidence::FirstMeetingLate { days: 75 },
            Evidence::GapTooLong {
                from: date(2026, 11, 15),
                to: date(2027, 1, 24),
                days: 70
            },
            Evidence::ReviewOverdue {
                due: date(2027, 2, 24),
                days: 5
            },
        ]
    );
}

#[test]
fn d3_safety_worries_answered_by_goals_with_tasks_and_a_crisis_plan() {
    let item = get(&good_case(), "D3", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::SafetyAnswered { answered: 1, of: 1 },
            Evidence::CrisisResponse { steps: 1 }
        ]
    );
    let mut plan = good_case();
    plan.goals[0].worries.clear();
    plan.crisis.respond.clear();
    let item = get(&plan, "D3", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.evidence,
        vec![Evidence::SafetyAnswered { answered: 0, of: 1 }]
    );
    assert_eq!(
        item.missing,
        vec![
            Evidence::SafetyUnanswered { worries: vec![1] },
            Evidence::NoCrisisResponse
        ]
    );
    // A goal linked to the worry but with no task does not answer it.
    let mut plan = good_case();
    plan.goals[0].tasks.clear();
    assert_eq!(get(&plan, "D3", today()).status, Status::NotYet);
}

#[test]
fn d4_permanency_goal_and_concurrent_plan() {
    let item = get(&good_case(), "D4", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::PermanencyGoal {
                quote: "Lily returns home to Maria".into()
            },
            Evidence::ConcurrentPlan {
                quote: "Guardianship with Rosa".into()
            }
        ]
    );
    let mut plan = good_case();
    plan.permanency.concurrent.clear();
    let item = get(&plan, "D4", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(item.missing, vec![Evidence::NoConcurrentPlan]);
}

#[test]
fn d5_a_child_well_being_goal_with_tasks() {
    let item = get(&good_case(), "D5", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::ChildGoals {
            with_tasks: 1,
            goals: 1
        }]
    );
    let mut plan = good_case();
    plan.goals[0].domain = Domain::ParentCaregiver;
    let item = get(&plan, "D5", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(item.missing, vec![Evidence::NoChildGoal]);
    plan.children.clear();
    assert_eq!(
        get(&plan, "D5", today()).missing,
        vec![Evidence::NoChildren]
    );
}

#[test]
fn d6_reviewed_regularly_across_meetings() {
    let item = get(&good_case(), "D6", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::MeetingsHeld { n: 2 },
            Evidence::Reviewed {
                times: 1,
                months: 1
            },
            Evidence::NextReviewDue {
                due: date(2026, 11, 29)
            },
        ]
    );
    // A third meeting: reviewed 2 times in 1 calendar month (Oct → Nov).
    let mut plan = good_case();
    start_next_meeting(
        &mut plan,
        MeetingKind::FollowUp,
        Some(date(2026, 11, 25)),
        3_000,
    );
    let item = get(&plan, "D6", date(2026, 12, 1));
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence[..2],
        [
            Evidence::MeetingsHeld { n: 3 },
            Evidence::Reviewed {
                times: 2,
                months: 1
            }
        ]
    );
    // Only the first meeting: not due until a month after it, then overdue.
    let item = get(&first_meeting(), "D6", date(2026, 10, 20));
    assert_eq!(item.status, Status::NotDue);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::MeetingsHeld { n: 1 },
            Evidence::FirstReviewDue {
                due: date(2026, 11, 1)
            }
        ]
    );
    let item = get(&first_meeting(), "D6", date(2026, 11, 10));
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.missing,
        vec![Evidence::ReviewOverdue {
            due: date(2026, 11, 1),
            days: 9
        }]
    );
    // Two meetings, but more than a month apart.
    let mut plan = first_meeting();
    start_next_meeting(
        &mut plan,
        MeetingKind::FollowUp,
        Some(date(2026, 12, 20)),
        2_000,
    );
    let item = get(&plan, "D6", date(2026, 12, 21));
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.missing,
        vec![Evidence::GapTooLong {
            from: date(2026, 10, 1),
            to: date(2026, 12, 20),
            days: 80
        }]
    );
}

#[test]
fn d7_every_service_has_what_a_provider_needs() {
    let item = get(&good_case(), "D7", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::ServicesComplete { complete: 1, of: 1 }]
    );
    let mut plan = good_case();
    let id = plan.alloc_id();
    plan.goals[0].services.push(Service {
        id,
        provider: "Bright Minds".into(),
        service: "Tutoring".into(),
        need: "Reading".into(),
        frequency: "Twice a week".into(),
        intensity: "1 hour".into(),
        duration: "Until June".into(),
        ..Default::default()
    });
    let item = get(&plan, "D7", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.evidence,
        vec![Evidence::ServicesComplete { complete: 1, of: 2 }]
    );
    assert_eq!(
        item.missing,
        vec![Evidence::ServiceIncomplete {
            service: "Bright Minds: Tutoring".into(),
            fields: vec![ReferralField::Location, ReferralField::Barriers],
        }]
    );
    assert_eq!(
        evidence_text(&item.missing[0], Language::English),
        "Bright Minds: Tutoring still lacks where, known barriers (or \"none known\")."
    );
    plan.goals[0].statement.clear();
    let item = get(&plan, "D7", today());
    assert_eq!(
        item.evidence,
        vec![Evidence::ServicesComplete { complete: 0, of: 2 }]
    );
}

#[test]
fn d8_services_referred_within_30_days_and_started() {
    let item = get(&good_case(), "D8", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![
            Evidence::ReferredOnTime { on_time: 1, of: 1 },
            Evidence::Started { started: 1, of: 1 }
        ]
    );
    let mut plan = good_case();
    service_mut(&mut plan).referral_date = Some(date(2026, 10, 15));
    service_mut(&mut plan).start = None;
    let item = get(&plan, "D8", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.missing,
        vec![
            Evidence::ReferralLate {
                service: "Hope Center: Parenting class".into(),
                days: 14
            },
            Evidence::NoStart {
                service: "Hope Center: Parenting class".into()
            }
        ]
    );
    // A referral dated after today is not sent yet.
    service_mut(&mut plan).referral_date = Some(date(2026, 12, 1));
    assert_eq!(
        get(&plan, "D8", today()).missing[0],
        Evidence::NoReferral {
            service: "Hope Center: Parenting class".into()
        }
    );
    // No services: not due without a placement, or before the 30 days end.
    plan.goals[0].services.clear();
    plan.meeting.placement_date = None;
    assert_eq!(get(&plan, "D8", today()).status, Status::NotDue);
    plan.meeting.placement_date = Some(date(2026, 11, 1));
    let item = get(&plan, "D8", today());
    assert_eq!(item.status, Status::NotDue);
    assert_eq!(
        item.evidence[1],
        Evidence::ReferralsDue {
            due: date(2026, 12, 1)
        }
    );
    let item = get(&plan, "D8", date(2026, 12, 5));
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.missing,
        vec![Evidence::ReferralsOverdue {
            due: date(2026, 12, 1)
        }]
    );
}

#[test]
fn d9_each_childs_home_assessed_and_safe() {
    let item = get(&good_case(), "D9", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence,
        vec![Evidence::ChildSafe {
            name: "Lily".into()
        }]
    );
    let mut plan = good_case();
    plan.children[0].home_safety = HomeSafety::NotSafe;
    let id = plan.alloc_id();
    plan.children.push(Child {
        id,
        name: "Tom".into(),
        ..Default::default()
    });
    let item = get(&plan, "D9", today());
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.missing,
        vec![
            Evidence::ChildNotSafe {
                name: "Lily".into()
            },
            Evidence::NoLivingWith { name: "Tom".into() },
            Evidence::ChildNotAssessed { name: "Tom".into() },
        ]
    );
    assert_eq!(
        evidence_text(&item.missing[0], Language::English),
        "Lily: home assessed, not safe yet."
    );
}

#[test]
fn evidence_never_quotes_private_text_or_a_childs_voice() {
    let secret = "SECRET-MARKER";
    let mut plan = good_case();
    // A private member (no "helped": named in O4's missing before), a
    // private service (incomplete, not asked about) and a private child.
    let hidden = member(
        &mut plan,
        &format!("{secret} member"),
        Role::Friend,
        SupportKind::Informal,
    );
    {
        let m = plan.team.iter_mut().find(|m| m.id == hidden).unwrap();
        m.private = true;
        m.helped.clear();
        m.reluctance = "worry".into();
    }
    let id = plan.alloc_id();
    plan.goals[0].services.push(Service {
        id,
        provider: format!("{secret} provider"),
        service: format!("{secret} service"),
        private: true,
        suggested_by: Some(hidden),
        ..Default::default()
    });
    let id = plan.alloc_id();
    plan.children.push(Child {
        id,
        name: format!("{secret} child"),
        private: true,
        ..Default::default()
    });
    plan.children[0].voice.own_words = format!("{secret} words");
    plan.children[0].voice.story = format!("{secret} story");
    plan.worries[0].text = format!("{secret} worry");
    plan.worries[0].private = true;
    plan.worries[0].disagreement = format!("{secret} disagreement");
    member_mut(&mut plan, "Pastor Jim").reluctance = format!("{secret} reluctance");
    member_mut(&mut plan, "Rosa").helped = format!("{secret} helped");
    plan.goals[0].tasks[0].review_note = format!("{secret} note");
    plan.goals[0].tasks[0].private = true;
    plan.agreements.family_words = format!("{secret} family words");
    for on in [today(), date(2027, 6, 1)] {
        for item in checklist(&plan, on) {
            for e in item.evidence.iter().chain(&item.missing) {
                for language in Language::ALL {
                    let text = evidence_text(e, language);
                    assert!(!text.contains(secret), "{}: {text}", item.id);
                }
            }
        }
    }
    // They still count, said in words in place of their names.
    let all: Vec<String> = checklist(&plan, today())
        .iter()
        .flat_map(|i| i.evidence.iter().chain(&i.missing))
        .flat_map(|e| Language::ALL.map(|l| evidence_text(e, l)))
        .collect();
    for words in [
        "a private team member",
        "una persona privada del equipo",
        "a private service",
        "un servicio privado",
        "a private child",
        "un niño privado",
    ] {
        assert!(all.iter().any(|t| t.contains(words)), "{words}");
    }
    assert_eq!(
        get(&plan, "O4", today()).missing,
        vec![Evidence::HelpedMissing {
            names: vec![Name::PrivateMember]
        }]
    );
    assert_eq!(
        get(&plan, "D9", today()).missing,
        vec![
            Evidence::NoLivingWith {
                name: Name::PrivateChild
            },
            Evidence::ChildNotAssessed {
                name: Name::PrivateChild
            }
        ]
    );
}

#[test]
fn blank_team_rows_are_not_counted() {
    let mut plan = good_case();
    let before = (get(&plan, "O1", today()), get(&plan, "O4", today()));
    let id = plan.alloc_id();
    // A new, empty row: Role::Other, informal, nothing written.
    plan.team.push(TeamMember {
        id,
        ..Default::default()
    });
    assert_eq!(
        (get(&plan, "O1", today()), get(&plan, "O4", today())),
        before
    );
    assert_eq!(before.1.status, Status::Met);
}

#[test]
fn unnamed_members_and_new_services_read_in_the_language() {
    let e = Evidence::SuggestedBy {
        names: vec![Name::NoName],
    };
    assert_eq!(
        evidence_text(&e, Language::Spanish),
        "Metas, tareas o servicios sugeridos por: (sin nombre todavía)."
    );
    let mut plan = good_case();
    let s = service_mut(&mut plan);
    s.provider.clear();
    s.service.clear();
    s.location.clear();
    let item = get(&plan, "D7", today());
    assert_eq!(
        item.missing,
        vec![Evidence::ServiceIncomplete {
            service: Name::NewService,
            fields: vec![ReferralField::Location]
        }]
    );
    assert_eq!(
        evidence_text(&item.missing[0], Language::Spanish),
        "Servicio nuevo: le falta dónde."
    );
    assert_eq!(
        evidence_text(&item.missing[0], Language::English),
        "New service still lacks where."
    );
}

#[test]
fn d6_counts_calendar_months() {
    for (first, next) in [
        (date(2026, 10, 1), date(2026, 11, 1)),
        (date(2027, 1, 31), date(2027, 2, 28)),
    ] {
        let mut plan = first_meeting();
        plan.meeting.date = Some(first);
        start_next_meeting(&mut plan, MeetingKind::FollowUp, Some(next), 2_000);
        let item = get(&plan, "D6", next);
        assert_eq!(
            item.evidence[1],
            Evidence::Reviewed {
                times: 1,
                months: 1
            }
        );
        assert_eq!(
            evidence_text(&item.evidence[1], Language::English),
            "Reviewed 1 time in 1 month since the first meeting."
        );
    }
}

#[test]
fn d2_counts_from_the_first_meeting_after_the_placement() {
    // Met Oct 1, placed Oct 15, met again Nov 1: 17 days after the placement.
    let mut plan = first_meeting();
    start_next_meeting(
        &mut plan,
        MeetingKind::FollowUp,
        Some(date(2026, 11, 1)),
        2_000,
    );
    plan.meeting.placement_date = Some(date(2026, 10, 15));
    let item = get(&plan, "D2", date(2026, 11, 10));
    assert_eq!(
        item.evidence[0],
        Evidence::FirstMeetingAfterPlacement { days: 17 }
    );
    // No meeting since the placement yet: due by Dec 14, then late.
    let mut plan = first_meeting();
    plan.meeting.placement_date = Some(date(2026, 10, 15));
    let item = get(&plan, "D2", date(2026, 10, 20));
    assert_eq!(
        item.evidence[0],
        Evidence::FirstMeetingAfterPlacementDue {
            due: date(2026, 12, 14)
        }
    );
    assert_eq!(
        evidence_text(&item.evidence[0], Language::English),
        "No meeting since the placement yet; due by Mon, Dec 14, 2026 (60 days)."
    );
    let item = get(&plan, "D2", date(2026, 12, 20));
    assert_eq!(item.status, Status::NotYet);
    assert_eq!(
        item.missing[0],
        Evidence::FirstMeetingAfterPlacementLate {
            due: date(2026, 12, 14),
            days: 6
        }
    );
}

#[test]
fn d8_a_later_service_is_due_30_days_after_the_meeting_that_adds_it() {
    // Placed Sep 1 (referrals due Oct 1); a service added at the Oct 29
    // meeting is due by Nov 28.
    let mut plan = good_case();
    let id = plan.alloc_id();
    plan.goals[0].services.push(Service {
        id,
        provider: "Bright Minds".into(),
        service: "Tutoring".into(),
        referral_date: Some(date(2026, 11, 5)),
        start: Some(date(2026, 11, 8)),
        ..Default::default()
    });
    let item = get(&plan, "D8", today());
    assert_eq!(item.status, Status::Met);
    assert_eq!(
        item.evidence[0],
        Evidence::ReferredOnTime { on_time: 2, of: 2 }
    );
    plan.goals[0].services[1].referral_date = Some(date(2026, 12, 5));
    let item = get(&plan, "D8", date(2026, 12, 20));
    assert_eq!(
        item.missing,
        vec![Evidence::ReferralLate {
            service: "Bright Minds: Tutoring".into(),
            days: 7
        }]
    );
    // The first service, on the first meeting, is still judged by Oct 1.
    service_mut(&mut plan).referral_date = Some(date(2026, 10, 15));
    let item = get(&plan, "D8", date(2026, 12, 20));
    assert_eq!(
        item.missing[0],
        Evidence::ReferralLate {
            service: "Hope Center: Parenting class".into(),
            days: 14
        }
    );
}

#[test]
fn every_item_reads_in_english_and_spanish() {
    let mut plan = good_case();
    plan.goals[0].services[0].location.clear();
    for item in checklist(&plan, today()) {
        let en = measure(item.id, Language::English);
        let es = measure(item.id, Language::Spanish);
        assert_ne!(en, es, "{}", item.id);
        assert_ne!(
            status_text(item.status, Language::English),
            status_text(item.status, Language::Spanish)
        );
        for e in item.evidence.iter().chain(&item.missing) {
            let (en, es) = (
                evidence_text(e, Language::English),
                evidence_text(e, Language::Spanish),
            );
            assert!(!en.contains('{') && !es.contains('{'), "{en} / {es}");
            assert_ne!(en, es);
        }
    }
    assert_eq!(
        evidence_text(
            &Evidence::ReluctanceAddressed {
                addressed: 2,
                of: 2
            },
            Language::Spanish
        ),
        "Reticencia anotada y atendida para 2 de 2 personas."
    );
    assert_eq!(
        evidence_text(&Evidence::MeetingsHeld { n: 2 }, Language::English),
        "2 meetings held."
    );
    assert_eq!(
        evidence_text(
            &Evidence::Reviewed {
                times: 1,
                months: 1
            },
            Language::English
        ),
        "Reviewed 1 time in 1 month since the first meeting."
    );
    assert_eq!(
        evidence_text(
            &Evidence::Reviewed {
                times: 3,
                months: 4
            },
            Language::Spanish
        ),
        "Revisado 3 veces en 4 meses desde la primera reunión."
    );
    assert_eq!(
        evidence_text(&Evidence::CrisisResponse { steps: 1 }, Language::English),
        "The crisis plan has 1 response step."
    );
}

/// Words that must never reach the checklist (a private worry, a child's voice).
const E2E_SECRET: &str = "zqFIDq";

/// The case the end-to-end test imports (`tests/fixtures/fidelity-plan.json`):
/// the good case, with a private worry and a child's words that the
/// checklist must not quote.
fn e2e_case() -> Plan {
    let mut plan = good_case();
    plan.id = "f1de11770000c0de".into();
    // Saved on Oct 29, 2026 (the follow-up), so the library reads it as recent.
    plan.created_ms = 1_790_000_000_000;
    plan.updated_ms = 1_793_232_000_000;
    plan.children[0].voice.own_words = format!("I miss my room {E2E_SECRET}");
    let id = plan.alloc_id();
    plan.worries.push(Worry {
        id,
        text: format!("Private worry {E2E_SECRET}"),
        safety: true,
        private: true,
        ..Default::default()
    });
    // The private safety worry is answered by the goal too.
    plan.goals[0].worries.push(id);
    plan
}

/// The e2e fixture is this test's case; regenerate with
/// `UPDATE_FIXTURES=1 cargo test --test fidelity e2e_fixture_is_current`.
#[test]
fn e2e_fixture_is_current() {
    let plan = e2e_case();
    let items = checklist(&plan, today());
    assert_eq!(tally(&items), (15, 0, 0, 1));
    let json = ftm_planner::domain::envelope::backup_to_json(
        std::slice::from_ref(&plan),
        "2026-11-10T00:00:00.000Z",
    );
    assert_eq!(
        ftm_planner::domain::envelope::backup_from_json(&json).unwrap(),
        vec![plan]
    );
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/fidelity-plan.json"
    );
    if std::env::var("UPDATE_FIXTURES").is_ok_and(|v| v == "1") {
        std::fs::write(path, &json).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == json,
        "{path} is stale: run UPDATE_FIXTURES=1 cargo test --test fidelity e2e_fixture_is_current"
    );
}
