//! Native tests of the plan model, envelopes and migrations.

use ftm_planner::domain::corpus;
use ftm_planner::domain::envelope::{self, EnvelopeError, SCHEMA_VERSION};
use ftm_planner::domain::share;
use ftm_planner::domain::*;

fn member_id(plan: &Plan, name: &str) -> ItemId {
    plan.team.iter().find(|m| m.name == name).unwrap().id
}

fn example() -> Plan {
    corpus::import(corpus::EXAMPLE_PLAN_JSON, "p1", 1_700_000_000_000).expect("corpus imports")
}

#[test]
fn corpus_import_keeps_every_section() {
    let plan = example();
    assert_eq!(plan.family_name, "Rivera family");
    assert_eq!(plan.children.len(), 2);
    assert_eq!(plan.team.len(), 8);
    assert_eq!(plan.strengths.len(), 8);
    assert_eq!(plan.worries.len(), 5);
    assert_eq!(plan.goals.len(), 4);
    assert_eq!(plan.goals.iter().map(|g| g.tasks.len()).sum::<usize>(), 12);
    assert_eq!(plan.crisis.respond.len(), 4);
    assert_eq!(plan.closure.len(), 9);
    assert_eq!(plan.meeting.ground_rules.len(), 4);
    assert_eq!(
        plan.children[0].voice.boxes[2].words,
        "Live with mom and have a horse."
    );
    assert!(plan.children[1]
        .voice
        .safety_plan
        .contains("text Aunt Rosa"));
}

#[test]
fn corpus_import_links_people_by_id() {
    let plan = example();
    let elena = member_id(&plan, "Elena Rivera");
    let marcus = plan
        .team
        .iter()
        .find(|m| m.name == "Marcus Rivera")
        .unwrap();
    assert_eq!(marcus.role, Role::Father);
    assert!(!marcus.attending);
    // "Elena and Marcus" becomes two people; "Dr. Shah" is Dr. Priya Shah.
    let shared = plan.goals[2]
        .tasks
        .iter()
        .find(|t| t.what.contains("notebook"))
        .unwrap();
    assert_eq!(shared.who, vec![elena, marcus.id]);
    let shah = member_id(&plan, "Dr. Priya Shah");
    assert_eq!(plan.goals[0].tasks[0].checker, Some(shah));
    // "Supervisor" is not on the team: kept as words, not lost.
    assert_eq!(plan.goals[0].tasks[3].checker_other, "Supervisor");
    assert_eq!(plan.tasks_for(elena).len(), 5);
    let worry = &plan.worries[0];
    assert_eq!(worry.score_of(elena), Some(6));
    assert_eq!(worry.scale.len(), 3);
}

#[test]
fn ids_are_unique_and_next_id_is_fresh() {
    let mut plan = example();
    let max = plan.max_item_id();
    assert!(plan.next_id > max);
    let a = plan.alloc_id();
    let b = plan.alloc_id();
    assert!(a > max && b == a + 1);
    // An outdated next_id (hand-edited file) can't hand out a used id.
    plan.next_id = 1;
    assert!(plan.alloc_id() > max);
}

#[test]
fn stored_json_round_trips() {
    let plan = example();
    let json = envelope::plan_to_json(&plan);
    assert!(json.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
    assert_eq!(envelope::plan_from_json(&json).unwrap(), plan);
}

#[test]
fn stored_json_is_the_plan_written_once_in_declared_order() {
    // Straight from the types, not a key-sorted JSON tree: "schema" first,
    // then the plan's fields as `Plan` declares them ("id" before "aftercare").
    let json = envelope::plan_to_json(&example());
    let id = json.find("\"id\":").unwrap();
    let aftercare = json.find("\"aftercare\":").unwrap();
    assert!(id < aftercare, "{}", &json[..200]);
    // Stored JSON from the key-sorted writer still reads.
    let sorted = serde_json::to_string(&envelope::Envelope::wrap(&example())).unwrap();
    assert_ne!(sorted, json);
    assert_eq!(envelope::plan_from_json(&sorted).unwrap(), example());
}

#[test]
fn recovery_copies_read_in_every_form_they_were_kept() {
    let plan = example();
    let json = envelope::plan_to_json(&plan);
    let now = envelope::recovery_text(7, &json);
    assert!(now.starts_with("7\n{"), "kept as written, not quoted again");
    assert_eq!(envelope::read_recovery(&now), Some((plan.clone(), Some(7))));
    // As kept before: the same text quoted as one JSON string.
    let quoted = serde_json::to_string(&now).unwrap();
    assert_eq!(
        envelope::read_recovery(&quoted),
        Some((plan.clone(), Some(7)))
    );
    // Before revisions: the stored JSON alone, quoted or not.
    assert_eq!(envelope::read_recovery(&json), Some((plan.clone(), None)));
    let old = serde_json::to_string(&json).unwrap();
    assert_eq!(envelope::read_recovery(&old), Some((plan, None)));
    // Anything else is no copy, never a panic.
    for bad in ["", "7\n", "\"7\\n{", "12\nnot json", "\"\"", "\""] {
        assert_eq!(envelope::read_recovery(bad), None, "{bad:?}");
    }
}

#[test]
fn every_fixture_version_migrates() {
    // One fixture per schema version, from v1 on.
    for version in 1..=SCHEMA_VERSION {
        let path = format!(
            "{}/tests/fixtures/plan-v{version}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {path}"));
        let plan = envelope::plan_from_json(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(plan.family_name, "Rivera family", "{path}");
        assert!(plan.goals.iter().any(|g| !g.tasks.is_empty()), "{path}");
        // Re-saving writes the current version and reads back the same plan.
        let again = envelope::plan_from_json(&envelope::plan_to_json(&plan)).unwrap();
        assert_eq!(again, plan);
        if version >= 3 {
            assert_eq!(plan.language, Language::Spanish, "{path}");
            assert_eq!(
                plan.father_figures(),
                (2, 1),
                "{path}: Marcus away, Luis here"
            );
            assert!(!plan.meeting.father_outreach.is_empty(), "{path}");
        }
        if version >= 4 {
            // A case with two meetings, the first kept as it was.
            assert_eq!(plan.history.len(), 1, "{path}");
            assert_eq!(
                plan.meeting.kind,
                ftm_planner::domain::MeetingKind::FollowUp
            );
            assert_ne!(plan.history[0].meeting.date, plan.meeting.date);
            assert!(!plan.progress.successes.is_empty(), "{path}");
            assert!(
                !plan.aftercare.items.is_empty() && !plan.events.is_empty(),
                "{path}"
            );
            assert!(!ftm_planner::domain::history::since_last_meeting(&plan).is_empty());
        }
    }
}

#[test]
fn newer_or_broken_envelopes_are_refused_clearly() {
    let plan = example();
    let mut env = envelope::Envelope::wrap(&plan);
    env.schema = SCHEMA_VERSION + 1;
    assert_eq!(
        env.clone().open(),
        Err(EnvelopeError::TooNew(SCHEMA_VERSION + 1))
    );
    assert!(EnvelopeError::TooNew(9)
        .to_string()
        .contains("newer version"));
    assert!(matches!(
        envelope::plan_from_json("{"),
        Err(EnvelopeError::Malformed(_))
    ));
    assert!(matches!(
        envelope::plan_from_json(r#"{"schema":1,"plan":[1,2]}"#),
        Err(EnvelopeError::Malformed(_))
    ));
}

#[test]
fn missing_fields_take_defaults() {
    let plan =
        envelope::plan_from_json(r#"{"schema":1,"plan":{"id":"x","family_name":"Lee"}}"#).unwrap();
    assert_eq!(plan.family_name, "Lee");
    assert!(plan.goals.is_empty());
    assert_eq!(plan.meeting.kind, MeetingKind::Initial);
}

#[test]
fn backup_round_trips_many_plans() {
    let a = example();
    let mut b = Plan::new("p2", "Lee family", 5);
    let sam = b.alloc_id();
    b.children.push(Child {
        id: sam,
        name: "Sam".into(),
        ..Child::default()
    });
    let text = envelope::backup_to_json(&[a.clone(), b.clone()], "2026-11-23T10:00:00Z");
    let back = envelope::backup_from_json(&text).unwrap();
    assert_eq!(back, vec![a.clone(), b]);
    // A single stored envelope is accepted too.
    assert_eq!(
        envelope::backup_from_json(&envelope::plan_to_json(&a)).unwrap(),
        vec![a]
    );
    assert_eq!(
        envelope::backup_from_json("{\"x\":1}"),
        Err(EnvelopeError::NotABackup)
    );
    assert!(matches!(
        envelope::backup_from_json("not json"),
        Err(EnvelopeError::Malformed(_))
    ));
}

#[test]
fn new_plan_has_default_ground_rules() {
    let plan = Plan::new("id", "Lee family", 1);
    assert_eq!(plan.meeting.ground_rules.len(), DEFAULT_GROUND_RULES.len());
    let ids: std::collections::HashSet<_> =
        plan.meeting.ground_rules.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), DEFAULT_GROUND_RULES.len());
}

#[test]
fn removing_a_member_clears_every_reference() {
    let mut plan = example();
    let elena = member_id(&plan, "Elena Rivera");
    plan.agreements.agreed_by.push(elena);
    plan.remove_member(elena).unwrap();
    assert!(plan.tasks_for(elena).is_empty());
    assert!(plan.worries.iter().all(|w| w.score_of(elena).is_none()));
    assert!(plan
        .strengths
        .iter()
        .all(|s| s.whose != Whose::Person(elena)));
    assert!(!plan.agreements.agreed_by.contains(&elena));
    assert!(plan.crisis.respond.iter().all(|s| s.who != Some(elena)));
}

#[test]
fn without_private_drops_private_items_everywhere() {
    let mut plan = example();
    plan.worries[3].private = true;
    plan.goals[1].tasks[0].private = true;
    plan.team[1].private = true; // Marcus
    plan.children[0].voice.sharing.story = false;
    plan.crisis.contacts[1].private = true;
    let marcus = plan.team[1].id;
    let shared = plan.for_family();
    assert_eq!(shared.worries.len(), 4);
    assert!(!shared.worries.iter().any(|w| w.text.contains("argue")));
    assert_eq!(shared.goals[1].tasks.len(), 2);
    assert!(shared.member(marcus).is_none());
    assert!(shared
        .goals
        .iter()
        .flat_map(|g| &g.tasks)
        .all(|t| !t.who.contains(&marcus)));
    assert!(shared.children[0].voice.story.is_empty());
    assert_eq!(shared.crisis.contacts.len(), 3);
    let json = serde_json::to_string(&shared).unwrap();
    assert!(!json.contains("Marcus Rivera"));
    assert!(!json.contains("sponsor, Carol"));
}

#[test]
fn father_prompt_follows_the_team() {
    let mut plan = example();
    assert!(plan.father_missing_or_absent(), "Marcus is not attending");
    plan.team
        .iter_mut()
        .find(|m| m.role == Role::Father)
        .unwrap()
        .attending = true;
    assert!(!plan.father_missing_or_absent());
}

#[test]
fn fathers_are_counted_by_role_with_father_figures() {
    let mut plan = example();
    assert_eq!(plan.father_figures(), (1, 0), "Marcus, not here today");
    // A stepfather in the room is a father figure here today.
    let id = plan.alloc_id();
    plan.team.push(TeamMember {
        id,
        name: "Luis Ortega".into(),
        role: Role::Stepfather,
        attending: true,
        ..TeamMember::default()
    });
    assert_eq!(plan.father_figures(), (2, 1));
    assert!(!plan.father_missing_or_absent());
    // Whatever the family calls him ("Padre"), the role counts, not the words.
    let mut padre = Plan::new("p", "Familia Ruiz", 0);
    padre.team.push(TeamMember {
        id: 1,
        name: "José Ruiz".into(),
        relation: "Padre".into(),
        role: Role::Father,
        attending: true,
        ..TeamMember::default()
    });
    assert!(!padre.father_missing_or_absent());
    // A grandfather, a godparent or a parent's partner is not counted as a father.
    let mut others = Plan::new("q", "Q", 0);
    for (i, role) in [
        Role::Grandparent,
        Role::Godparent,
        Role::PartnerOfParent,
        Role::Stepmother,
    ]
    .into_iter()
    .enumerate()
    {
        others.team.push(TeamMember {
            id: i as ItemId + 1,
            role,
            attending: true,
            ..TeamMember::default()
        });
    }
    assert_eq!(others.father_figures(), (0, 0));
}

#[test]
fn new_roles_are_offered_once_and_old_links_keep_their_roles() {
    let mut keys: Vec<&str> = Role::ALL.iter().map(|r| r.key()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(
        keys.len(),
        Role::ALL.len(),
        "each role once, with its own key"
    );
    for role in [
        Role::Stepfather,
        Role::Stepmother,
        Role::PartnerOfParent,
        Role::Grandparent,
        Role::Godparent,
    ] {
        assert!(Role::ALL.contains(&role));
        assert_eq!(
            role.usual_support() == SupportKind::Family,
            role != Role::Godparent
        );
    }
    // Links carry a role by its place in the enum; the new roles went at the
    // end, so links made before still read (the link fixtures in
    // tests/share.rs), and every role makes the round trip.
    let mut plan = example();
    for (i, m) in plan.team.iter_mut().enumerate() {
        m.private = false;
        m.role = Role::ALL[i % Role::ALL.len()];
    }
    plan.team[0].role = Role::Other;
    plan.team[1].role = Role::Godparent;
    let shared = plan.for_family();
    let back = share::decode(&share::encode_plain(&shared).unwrap()).unwrap();
    assert_eq!(back.team, shared.team);
    // Stored plans name roles by key.
    let json = serde_json::to_string(&Role::PartnerOfParent).unwrap();
    assert_eq!(json, "\"partner_of_parent\"");
    let old: Role = serde_json::from_str("\"tribal_representative\"").unwrap();
    assert_eq!(old, Role::TribalRepresentative);
}

/// Links carry a role by its place in the enum: a link made with every role
/// (tests/fixtures/link-roles.txt) must keep reading as the same roles.
/// Regenerate only for a new link format:
/// `UPDATE_FIXTURES=1 cargo test --test model roles_keep_their_place_in_links`.
#[test]
fn roles_keep_their_place_in_links() {
    let mut plan = Plan::new("roles", "Roles", 0);
    for (i, role) in Role::ALL.into_iter().enumerate() {
        plan.team.push(TeamMember {
            id: i as ItemId + 100,
            name: format!("Person {i}"),
            role,
            ..TeamMember::default()
        });
    }
    let path = format!(
        "{}/tests/fixtures/link-roles.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(
            &path,
            share::encode_plain(&plan.for_family()).unwrap() + "\n",
        )
        .unwrap();
    }
    let link = std::fs::read_to_string(&path).expect("the roles link fixture");
    let back = share::decode(link.trim()).expect("the roles link reads");
    let roles: Vec<(String, Role)> = back.team.iter().map(|m| (m.name.clone(), m.role)).collect();
    let expected: Vec<(String, Role)> = Role::ALL
        .into_iter()
        .enumerate()
        .map(|(i, r)| (format!("Person {i}"), r))
        .collect();
    assert_eq!(roles, expected);
}

#[test]
fn scale_answers_are_capped_and_replaced() {
    let mut worry = Worry::default();
    worry.set_score(3, Some(14));
    assert_eq!(worry.score_of(3), Some(10));
    worry.set_score(3, Some(4));
    assert_eq!(worry.scale.len(), 1);
    worry.set_score(3, None);
    assert_eq!(worry.score_of(3), None);
}

mod library {
    use ftm_planner::domain::library::*;
    use ftm_planner::domain::*;

    fn summary(id: &str, family: &str, kids: &[&str], updated_ms: i64) -> PlanSummary {
        PlanSummary {
            id: id.into(),
            family_name: family.into(),
            child_names: kids.iter().map(|k| k.to_string()).collect(),
            updated_ms,
            next_meeting: None,
            ..Default::default()
        }
    }

    #[test]
    fn search_matches_family_or_child_and_sorts_by_last_edit() {
        let all = vec![
            summary("a", "Rivera family", &["Maya", "Jordan"], 10),
            summary("b", "Lee family", &["Sam"], 30),
            summary("c", "Okafor family", &["Maya"], 20),
        ];
        let ids = |v: Vec<PlanSummary>| v.into_iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(ids(search(&all, "")), ["b", "c", "a"]);
        assert_eq!(ids(search(&all, "maya")), ["c", "a"]);
        assert_eq!(ids(search(&all, "RIVERA jordan")), ["a"]);
        assert!(search(&all, "nobody").is_empty());
    }

    #[test]
    fn duplicate_gets_new_id_and_name() {
        let plan = Plan::new("x", "Lee family", 1);
        let copy = duplicate(&plan, "y", 99);
        assert_eq!(copy.id, "y");
        assert_eq!(copy.family_name, "Lee family (copy)");
        assert_eq!(copy.updated_ms, 99);
        assert_eq!(copy.meeting, plan.meeting);
        assert_eq!(PlanSummary::of(&copy).title(), "Lee family (copy)");
        assert_eq!(PlanSummary::of(&copy).next_meeting, None);
        assert_eq!(PlanSummary::default().title(), "Untitled family");
    }

    #[test]
    fn bundled_example_plan_matches_the_corpus() {
        let from_corpus = ftm_planner::domain::corpus::import(
            ftm_planner::domain::corpus::EXAMPLE_PLAN_JSON,
            "x",
            7,
        )
        .unwrap();
        assert_eq!(
            example_plan("x", 7),
            from_corpus,
            "regenerate: cargo run --example write_example_plan > src/domain/example-plan.json"
        );
    }

    #[test]
    fn import_never_replaces_a_plan() {
        let here = vec!["a".to_string()];
        let mut n = 0;
        let fresh = || {
            n += 1;
            format!("new{n}")
        };
        let plans = vec![
            Plan::new("a", "Rivera family", 1), // already in this browser
            Plan::new("b", "Lee family", 1),
            Plan::new("b", "Lee family", 2), // the same id twice in one file
            Plan::new("", "No id family", 1),
            // A version-1 phone copy in an old backup: imported as a plan of its own.
            Plan::new("shared-x1", "Old copy family", 1),
        ];
        let out = prepare_import(plans, &here, fresh);
        let ids: Vec<&str> = out.iter().map(|(p, _)| p.id.as_str()).collect();
        assert_eq!(ids, ["new1", "b", "new2", "new3", "new4"]);
        assert_eq!(out[0].0.family_name, "Rivera family (imported)");
        assert!(out[0].1 && !out[1].1 && out[2].1 && !out[3].1);
        assert_eq!(out[3].0.family_name, "No id family");
    }

    #[test]
    fn imported_ids_that_an_address_cannot_hold_are_replaced() {
        let long = "a".repeat(65);
        let bad = ["a/b", "x?y", "#h", "..", "a b", "ë1", long.as_str()];
        let mut n = 0;
        let fresh = || {
            n += 1;
            format!("new{n}")
        };
        let mut plans: Vec<Plan> = bad
            .iter()
            .map(|id| Plan::new(*id, "Lee family", 1))
            .collect();
        plans.push(Plan::new("ok_id-1", "Kim family", 1));
        let out = prepare_import(plans, &[], fresh);
        let ids: Vec<&str> = out.iter().map(|(p, _)| p.id.as_str()).collect();
        assert_eq!(
            ids,
            ["new1", "new2", "new3", "new4", "new5", "new6", "new7", "ok_id-1"]
        );
        // Not a clash: the names stay as they were.
        assert!(out
            .iter()
            .all(|(p, renamed)| !renamed && !p.family_name.contains("imported")));
        assert!(out
            .iter()
            .all(|(p, _)| ftm_planner::domain::library::is_safe_plan_id(&p.id)));
    }

    #[test]
    fn edited_ago_reads_naturally() {
        let now = 1_000_000_000;
        assert_eq!(edited_ago(now, now), "just now");
        assert_eq!(edited_ago(now - 5 * 60_000, now), "5 minutes ago");
        assert_eq!(edited_ago(now - 3 * 3_600_000, now), "3 hours ago");
        assert_eq!(edited_ago(now - 30 * 3_600_000, now), "yesterday");
    }
}

#[test]
fn one_persons_view_keeps_only_their_tasks() {
    let plan = example();
    let rosa = member_id(&plan, "Rosa Delgado");
    let view = plan.for_person(rosa).expect("Rosa is shared");
    assert_eq!(view.shared_for, Some(rosa));
    let tasks: Vec<_> = view.goals.iter().flat_map(|g| &g.tasks).collect();
    // Rosa takes Maya to therapy, and checks two tasks (Jordan's activity, Ms. Kim's note).
    assert_eq!(tasks.len(), 3);
    assert!(tasks
        .iter()
        .all(|t| t.who.contains(&rosa) || t.checker == Some(rosa)));
    assert_eq!(view.goals.len(), plan.goals.len());
    assert_eq!(view.crisis, plan.for_family().crisis);
    // A private person has no view of their own.
    let mut private = plan.clone();
    private
        .team
        .iter_mut()
        .find(|m| m.id == rosa)
        .unwrap()
        .private = true;
    assert_eq!(private.for_person(rosa), None);
}

#[test]
fn one_persons_view_travels_through_a_share_link() {
    let plan = example();
    let rosa = member_id(&plan, "Rosa Delgado");
    let view = plan.for_person(rosa).unwrap();
    let back = ftm_planner::domain::share::decode(
        &ftm_planner::domain::share::encode_plain(&view).unwrap(),
    )
    .expect("decodes");
    assert_eq!(back, view);
    let plain = ftm_planner::domain::share::decode(
        &ftm_planner::domain::share::encode_plain(&plan.for_family()).unwrap(),
    )
    .unwrap();
    assert_eq!(plain.shared_for, None);
}

#[test]
fn family_copy_drops_reluctance_notes_and_private_peoples_contacts() {
    let mut plan = example();
    let marcus = member_id(&plan, "Marcus Rivera");
    assert!(!plan.member(marcus).unwrap().reluctance.is_empty());
    let dana = member_id(&plan, "Dana Whitfield");
    // Dana's "who to call" entry is linked to her team card; mark her private.
    assert!(plan.crisis.contacts.iter().any(|c| c.member == Some(dana)));
    plan.team.iter_mut().find(|m| m.id == dana).unwrap().private = true;
    let family = plan.for_family();
    assert!(family.member(marcus).is_some(), "Marcus himself is shared");
    assert!(!family
        .crisis
        .contacts
        .iter()
        .any(|c| c.name == "Dana Whitfield"));
    let json = serde_json::to_string(&family).unwrap();
    assert!(!json.contains("felt the last meeting blamed him"));
    assert!(
        !json.contains("Caseworker, weekdays"),
        "her contact entry is gone"
    );
}

#[test]
fn insert_after_puts_the_new_item_below_the_current_one() {
    let item = |id| TextItem {
        id,
        ..TextItem::default()
    };
    let mut list = vec![item(1), item(2), item(3)];
    insert_after(&mut list, Some(1), item(9));
    insert_after(&mut list, None, item(8));
    insert_after(&mut list, Some(42), item(7)); // unknown id: at the end
    let ids: Vec<ItemId> = list.iter().map(|i| i.id).collect();
    assert_eq!(ids, [1, 9, 2, 3, 8, 7]);
}

// ---- small text helpers and one-line summaries (issue 8: pure helpers live in the domain) ----

#[test]
fn text_helpers_make_file_names_initials_and_dialable_numbers() {
    use ftm_planner::domain::text::{initials, phone_digits, slug};
    assert_eq!(slug("  Rivera  family! "), "rivera-family");
    assert_eq!(slug("Núñez / García"), "n-ez-garc-a");
    assert_eq!(slug("***"), "plan");
    assert_eq!(initials("Dr. Ana María Soto"), "AM");
    assert_eq!(initials("elena"), "E");
    assert_eq!(initials("  "), "");
    assert_eq!(
        phone_digits("(555) 201-3344").as_deref(),
        Some("5552013344")
    );
    assert_eq!(
        phone_digits("+1 555 201 3344").as_deref(),
        Some("+15552013344")
    );
    assert_eq!(phone_digits("Ask at the front desk"), None);
    assert_eq!(phone_digits("911"), None, "too short to be a full number");
    assert_eq!(
        phone_digits("555-201-3344 ext 2"),
        None,
        "words mean it is not only a number"
    );
}

#[test]
fn a_task_and_a_service_read_as_one_line() {
    use chrono::NaiveDate;
    use ftm_planner::domain::{Service, Task, TaskStatus};
    let names = |id| match id {
        1 => Some("Elena Rivera".to_string()),
        2 => Some("Rosa Delgado".to_string()),
        _ => None,
    };
    let task = Task {
        who: vec![1, 2, 99],
        who_other: " Supervisor ".into(),
        by_when: NaiveDate::from_ymd_opt(2027, 2, 26),
        when_text: "every Friday".into(),
        status: TaskStatus::InProgress,
        ..Task::default()
    };
    assert_eq!(
        task.summary(names),
        "Elena Rivera, Rosa Delgado, Supervisor · by Fri, Feb 26, 2027 · Under way"
    );
    let undated = Task {
        when_text: "every Friday".into(),
        ..Task::default()
    };
    assert_eq!(
        undated.summary(names),
        "Nobody chosen yet · every Friday · Not started"
    );

    let service = Service {
        provider: "Hope Center".into(),
        service: "outpatient group".into(),
        frequency: "3 times a week".into(),
        start: NaiveDate::from_ymd_opt(2027, 1, 5),
        ..Service::default()
    };
    assert_eq!(service.title(), "Hope Center: outpatient group");
    assert_eq!(
        service.summary(),
        "3 times a week · starts Tue, Jan 5, 2027 · referral not sent yet"
    );
    assert_eq!(Service::default().title(), "New service");
}

#[test]
fn backup_bytes_are_read_as_utf8_or_as_western_text() {
    use ftm_planner::domain::text::decode_file_text;
    let utf8 = "Familia Muñoz — “plan”".as_bytes();
    assert_eq!(
        decode_file_text(utf8),
        ("Familia Muñoz — “plan”".to_string(), false)
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(utf8);
    assert_eq!(decode_file_text(&bom).0, "Familia Muñoz — “plan”");
    // The same words saved by a Western (Windows-1252) editor: ñ is 0xF1,
    // the dash 0x97 and the curly quotes 0x93 / 0x94.
    let western = b"Familia Mu\xF1oz \x97 \x93plan\x94";
    assert_eq!(
        decode_file_text(western),
        ("Familia Muñoz — “plan”".to_string(), true)
    );
    // A whole backup in Latin-1 imports with its accents intact.
    let json = envelope::backup_to_json(
        &[Plan::new("p1", "Familia Muñoz", 1)],
        "2026-12-01T00:00:00Z",
    );
    let latin1: Vec<u8> = json
        .chars()
        .map(|c| u8::try_from(c as u32).expect("Latin-1"))
        .collect();
    let (text, western) = decode_file_text(&latin1);
    assert!(western);
    assert_eq!(
        envelope::backup_from_json(&text).unwrap()[0].family_name,
        "Familia Muñoz"
    );
}

/// Issue 9: an import over the limits (60,000 strengths, one 100,000-character
/// text, too many items in all) is refused with a plain message; a plan at the
/// limits imports.
#[test]
fn imports_over_the_limits_are_refused() {
    use ftm_planner::domain::limits::{MAX_ITEMS_TOTAL, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
    let mut plan = Plan::new("big", "Lee family", 1);
    plan.strengths = (0..MAX_LIST_ITEMS)
        .map(|i| Strength {
            id: i as ItemId + 1,
            ..Strength::default()
        })
        .collect();
    plan.family_name = "a".repeat(MAX_TEXT_CHARS);
    let text = envelope::backup_to_json(std::slice::from_ref(&plan), "");
    assert_eq!(
        envelope::backup_from_json(&text).unwrap(),
        vec![plan.clone()]
    );

    let mut over = plan.clone();
    over.strengths = vec![Strength::default(); 60_000];
    let err = envelope::backup_from_json(&envelope::backup_to_json(&[over], "")).unwrap_err();
    assert!(matches!(err, EnvelopeError::TooLarge(_)), "{err:?}");
    let message = err.to_string();
    assert!(
        message.contains("60000 items") && message.contains("strengths"),
        "{message}"
    );

    let mut long = plan.clone();
    long.family_name = "a".repeat(100_000);
    let err = envelope::backup_from_json(&envelope::plan_to_json(&long)).unwrap_err();
    assert!(err.to_string().contains("family name"), "{err}");

    let mut wide = plan.clone();
    wide.worries = vec![Worry::default(); MAX_LIST_ITEMS];
    wide.goals = vec![
        Goal {
            tasks: vec![Task::default(); MAX_LIST_ITEMS],
            ..Goal::default()
        };
        MAX_ITEMS_TOTAL / MAX_LIST_ITEMS
    ];
    let err = envelope::backup_from_json(&envelope::plan_to_json(&wide)).unwrap_err();
    assert!(err.to_string().contains("in all"), "{err}");
}

/// Fuzzing found: ids from a file may run up to the largest number; adding an
/// item then takes an unused id (it overflowed before).
#[test]
fn adding_after_an_import_with_the_largest_id_takes_an_unused_id() {
    let plans = envelope::backup_from_json(
        r#"{"plan":{"worries":[{"id":4294967295},{"id":1}]},"schema":2}"#,
    )
    .unwrap();
    let mut plan = plans[0].clone();
    let a = plan.alloc_id();
    let b = plan.alloc_id();
    assert_eq!((a, b), (2, 3));
}

/// Fuzzing found: a parse error quoted the whole offending value (megabytes).
#[test]
fn damaged_file_messages_stay_short() {
    let text = format!(r#"{{"schema":"{}","plan":{{}}}}"#, "x".repeat(1_000_000));
    let message = envelope::backup_from_json(&text).unwrap_err().to_string();
    assert!(message.len() < 300, "{} bytes", message.len());
}

/// Roles, not words: a corpus plan written in Spanish names relations in
/// Spanish, and they become the same roles.
#[test]
fn spanish_relations_become_roles() {
    let json = r#"{"family": "Familia López", "language": "es", "team": [
        {"name": "Ana", "relation": "Madre"},
        {"name": "Luis", "relation": "Padre"},
        {"name": "Raúl", "relation": "Padrastro"},
        {"name": "Rosa", "relation": "Abuela materna"},
        {"name": "Carmen", "relation": "Madrina de Sofía"},
        {"name": "Iván", "relation": "Novio de la mamá"},
        {"name": "Marta", "relation": "Tía"},
        {"name": "Julia", "relation": "Madre de crianza"},
        {"name": "Sra. Díaz", "relation": "Trabajadora social"}
    ]}"#;
    let plan = ftm_planner::domain::corpus::import(json, "es", 0).unwrap();
    assert_eq!(plan.language, Language::Spanish);
    let roles: Vec<Role> = plan.team.iter().map(|m| m.role).collect();
    assert_eq!(
        roles,
        vec![
            Role::Mother,
            Role::Father,
            Role::Stepfather,
            Role::Grandparent,
            Role::Godparent,
            Role::PartnerOfParent,
            Role::Relative,
            Role::FosterParent,
            Role::Caseworker,
        ]
    );
    assert_eq!(plan.father_figures().0, 2);
}

#[test]
fn shorten_cuts_long_text_at_a_word_and_keeps_short_text_whole() {
    use ftm_planner::domain::text::shorten;
    assert_eq!(
        shorten("  Mom   drinks\nat night ", 40),
        "Mom drinks at night"
    );
    assert_eq!(
        shorten("Elena drinks when the children are home alone", 20),
        "Elena drinks when…"
    );
    // One long word is cut inside it, and the result never passes the limit.
    let cut = shorten("Supercalifragilisticexpialidocious", 10);
    assert_eq!(cut, "Supercali…");
    assert!(shorten(&"ñ".repeat(500), 60).chars().count() <= 60);
}

#[test]
fn a_plan_of_this_schema_is_read_straight_as_the_migration_path_reads_it() {
    // The current fixture and a stored example: the same plan either way.
    let fixture = std::fs::read_to_string(format!(
        "{}/tests/fixtures/plan-v{SCHEMA_VERSION}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    for text in [fixture, envelope::plan_to_json(&example())] {
        let through_migration = serde_json::from_str::<envelope::Envelope>(&text)
            .unwrap()
            .open()
            .unwrap();
        assert_eq!(envelope::plan_from_json(&text).unwrap(), through_migration);
    }
    // Fields left out take their defaults; the schema may come after the plan.
    let plan = envelope::plan_from_json(&format!(
        r#"{{"plan":{{"id":"x","family_name":"Lee"}},"schema":{SCHEMA_VERSION}}}"#
    ))
    .unwrap();
    assert_eq!((plan.id.as_str(), plan.family_name.as_str()), ("x", "Lee"));
    // A broken plan of this schema is refused, not read as empty.
    for plan in ["[1,2]", "[]", "7"] {
        assert!(
            matches!(
                envelope::plan_from_json(&format!(
                    r#"{{"schema":{SCHEMA_VERSION},"plan":{plan}}}"#
                )),
                Err(EnvelopeError::Malformed(_))
            ),
            "{plan}"
        );
    }
    // A key written twice reads as the migration path reads it (the last one).
    let twice = format!(
        r#"{{"schema":{SCHEMA_VERSION},"plan":{{"id":"x","family_name":"Lee","family_name":"Kim"}}}}"#
    );
    assert_eq!(envelope::plan_from_json(&twice).unwrap().family_name, "Kim");
}
