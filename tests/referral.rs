//! Referral sheets for providers (K2, D7): `src/domain/referral.rs`.
//!
//! On the secret-marker plan (`tests/support/markers.rs`) each provider's
//! sheet holds its own services' texts and nothing of another provider's,
//! no private (`P`) text, no child's unshared voice (`V`), and of the
//! caseworker-only notes (`C`) only the two a referral exists to carry: the
//! family's need from that service and the barriers known when referring.

#[path = "support/markers.rs"]
mod markers;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use ftm_planner::domain::referral::{
    needing_provider, provider_key, referrals, sheet_of, ReferralField,
};
use ftm_planner::domain::*;
use markers::{marked_plan, tokens_in};

/// Every marker token in a value's JSON.
fn tokens<T: serde::Serialize>(value: &T) -> BTreeSet<String> {
    tokens_in(&serde_json::to_string(value).expect("serializes"))
        .into_iter()
        .collect()
}

/// The marker tokens of a service's own texts, and its goal's statement and outcome.
fn service_tokens(goal: &Goal, s: &Service) -> BTreeSet<String> {
    [
        &s.provider,
        &s.service,
        &s.need,
        &s.frequency,
        &s.intensity,
        &s.location,
        &s.duration,
        &s.barriers,
        &goal.statement,
        &goal.outcome,
    ]
    .into_iter()
    .flat_map(|t| tokens_in(t))
    .collect()
}

#[test]
fn each_sheet_holds_its_own_services_and_nothing_private() {
    let plan = marked_plan();
    let sheets = referrals(&plan);
    // Two shared services with providers; the private service and the
    // private goal's service make no sheet.
    let names: Vec<&str> = sheets.iter().map(|r| r.provider.as_str()).collect();
    assert_eq!(
        names,
        ["Bright Path zqS126q Recovery", "City zqS155q Housing Aid"]
    );
    // What every sheet may carry besides its services: the family's name and
    // the caseworker (Dana, a team member with the caseworker's role).
    let common: BTreeSet<String> = ["zqS001q", "zqS077q", "zqS079q"].map(String::from).into();
    for sheet in &sheets {
        let own: BTreeSet<String> = plan
            .goals
            .iter()
            .flat_map(|g| g.services.iter().map(move |s| (g, s)))
            .filter(|(_, s)| sheet.services.iter().any(|r| r.id == s.id))
            .flat_map(|(g, s)| service_tokens(g, s))
            .collect();
        let found = tokens(sheet);
        let stray: Vec<&String> = found
            .iter()
            .filter(|t| !own.contains(*t) && !common.contains(*t))
            .collect();
        assert!(
            stray.is_empty(),
            "{}: stray markers {stray:?}",
            sheet.provider
        );
        assert!(
            found
                .iter()
                .all(|t| !t.starts_with("zqP") && !t.starts_with("zqV")),
            "{}: {found:?}",
            sheet.provider
        );
        // Everything a clear referral needs is there.
        let missing_from_sheet: Vec<&String> = own.iter().filter(|t| !found.contains(*t)).collect();
        assert!(
            missing_from_sheet.is_empty(),
            "{}: lacks {missing_from_sheet:?}",
            sheet.provider
        );
        assert!(common.iter().all(|t| found.contains(t)));
    }
    // The need and barriers (C markers) are on their own provider's sheet only.
    let bright = tokens(&sheets[0]);
    let housing = tokens(&sheets[1]);
    for t in ["zqC268q", "zqC269q"] {
        assert!(bright.contains(t) && !housing.contains(t), "{t}");
    }
    for t in ["zqC272q", "zqC273q"] {
        assert!(housing.contains(t) && !bright.contains(t), "{t}");
    }
    // No other caseworker-only note reaches any sheet.
    let c_allowed = ["zqC268q", "zqC269q", "zqC272q", "zqC273q"];
    for sheet in &sheets {
        for t in tokens(sheet) {
            assert!(
                !t.starts_with("zqC") || c_allowed.contains(&t.as_str()),
                "{t}"
            );
        }
    }
}

#[test]
fn a_sheet_says_who_the_family_is_and_whom_to_report_to() {
    let plan = marked_plan();
    let sheet = &referrals(&plan)[0];
    assert_eq!(sheet.family_name, "Marker zqS001q family");
    assert_eq!(sheet.language, Language::English);
    // Lily and Sam by first name; Noah is private.
    let children: Vec<(&str, Option<u8>)> = sheet
        .children
        .iter()
        .map(|c| (c.first_name.as_str(), c.age))
        .collect();
    assert_eq!(children, [("Lily", Some(7)), ("Sam", Some(15))]);
    let cw = sheet.caseworker.as_ref().expect("a caseworker");
    assert_eq!(cw.name, "Dana zqS077q Whitfield");
    assert_eq!(cw.contact, "Office 555-0199 zqS079q, weekdays");
    assert_eq!(sheet.next_meeting, plan.next_meeting.date);
    let s = &sheet.services[0];
    assert_eq!(s.service, "Outpatient zqS127q alcohol treatment");
    assert_eq!(s.need, "Need zqC268q for the referral");
    assert_eq!(
        s.goal_statement,
        "By March zqS100q Elena goes to three AA meetings a week."
    );
    assert_eq!(s.frequency, "Twice zqS128q a week");
    assert_eq!(s.barriers, "Barrier zqC269q known when referring");
    assert_eq!(s.start, NaiveDate::from_ymd_opt(2026, 12, 1));
    assert!(s.missing.is_empty(), "{:?}", s.missing);
}

#[test]
fn a_private_caseworker_is_not_named_the_facilitator_is() {
    let mut plan = marked_plan();
    plan.team.iter_mut().for_each(|m| {
        if m.role == Role::Caseworker {
            m.private = true;
        }
    });
    let cw = referrals(&plan)[0].caseworker.clone().expect("a contact");
    assert_eq!(cw.name, "Jo Park zqN003q");
    assert_eq!(cw.contact, "");
    plan.meeting.facilitator = "  ".into();
    assert_eq!(referrals(&plan)[0].caseworker, None);
}

fn service(id: ItemId, provider: &str, name: &str) -> Service {
    Service {
        id,
        provider: provider.into(),
        service: name.into(),
        ..Service::default()
    }
}

fn goal(id: ItemId, private: bool, services: Vec<Service>) -> Goal {
    Goal {
        id,
        statement: format!("Goal {id}"),
        services,
        private,
        ..Goal::default()
    }
}

#[test]
fn providers_are_grouped_trimmed_and_case_blind() {
    let mut private_service = service(7, "Hope Center", "Secret group");
    private_service.private = true;
    let plan = Plan {
        goals: vec![
            goal(
                1,
                false,
                vec![
                    service(2, "Hope Center", "Parent group"),
                    service(3, "  city  clinic ", "Check-ups"),
                ],
            ),
            goal(
                4,
                false,
                vec![
                    service(5, " HOPE   center ", "Home visits"),
                    service(6, "   ", "Tutoring"),
                    private_service,
                ],
            ),
            goal(8, true, vec![service(9, "hope center", "Private goal's")]),
            goal(10, false, vec![service(11, "City Clinic", "Vaccines")]),
        ],
        ..Plan::default()
    };
    let sheets = referrals(&plan);
    let summary: Vec<(ItemId, &str, Vec<&str>)> = sheets
        .iter()
        .map(|r| {
            (
                r.id,
                r.provider.as_str(),
                r.services.iter().map(|s| s.service.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (2, "Hope Center", vec!["Parent group", "Home visits"]),
            (3, "city  clinic", vec!["Check-ups", "Vaccines"]),
        ]
    );
    assert_eq!(provider_key(" HOPE   center "), "hope center");
    // The service with no provider is listed apart, not on a sheet.
    let apart: Vec<String> = needing_provider(&plan)
        .into_iter()
        .map(|s| s.service)
        .collect();
    assert_eq!(apart, ["Tutoring"]);
    assert_eq!(sheet_of(&plan, 5), Some(2));
    assert_eq!(sheet_of(&plan, 11), Some(3));
    assert_eq!(sheet_of(&plan, 6), None);
    assert_eq!(sheet_of(&plan, 7), None);
    assert_eq!(sheet_of(&plan, 9), None);
}

#[test]
fn what_a_clear_referral_lacks_is_reported() {
    let mut complete = service(2, "Hope Center", "Parent group");
    complete.need = "Learn calm bedtime routines".into();
    complete.frequency = "Weekly".into();
    complete.intensity = "Two-hour group".into();
    complete.location = "Hope Center, Main St".into();
    complete.duration = "Ten weeks".into();
    complete.barriers = "No car; needs a bus pass".into();
    let mut partial = service(3, "Hope Center", "Home visits");
    partial.frequency = "  ".into();
    partial.location = "At home".into();
    let mut no_goal = goal(4, false, vec![partial]);
    no_goal.statement = " ".into();
    let plan = Plan {
        goals: vec![goal(1, false, vec![complete]), no_goal],
        ..Plan::default()
    };
    let sheet = &referrals(&plan)[0];
    assert!(sheet.services[0].missing.is_empty());
    assert_eq!(
        sheet.services[1].missing,
        [
            ReferralField::Need,
            ReferralField::Goal,
            ReferralField::Frequency,
            ReferralField::Intensity,
            ReferralField::Duration,
            ReferralField::Barriers,
        ]
    );
    assert_eq!(sheet.missing(), sheet.services[1].missing);
    // On the marker plan every shared service is complete.
    assert!(referrals(&marked_plan())
        .iter()
        .all(|r| r.missing().is_empty()));
}
