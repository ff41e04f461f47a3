//! Who sees what, natively: the secret-marker matrix over every audience
//! projection (`src/domain/audience.rs`) and every family output, plus the
//! fixtures the end-to-end tests use to check the same in the browser.
//!
//! The marker plan (`tests/support/markers.rs`) holds one unique token in every
//! text; a token's class letter says who may see it. Each test below turns an
//! output into text and checks, token by token, that what must be there is
//! there and nothing else is.
//!
//! Regenerate the fixtures after changing the marker plan:
//! `UPDATE_FIXTURES=1 cargo test --test audience marker_fixtures_are_current`.

#[path = "support/markers.rs"]
mod markers;

use std::collections::{BTreeMap, BTreeSet};

use ftm_planner::domain::audience::Withheld;
use ftm_planner::domain::envelope;
use ftm_planner::domain::history;
use ftm_planner::domain::ics::plan_to_ics;
use ftm_planner::domain::library;
use ftm_planner::domain::share;
use ftm_planner::domain::*;
use markers::{marked_plan, Marker, ELENA, TOM};

const STAMP: &str = "20261125T120000Z";
const EXPORTED_AT: &str = "2026-11-25T00:00:00.000Z";

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serializes")
}

/// The whole family link, as the family's browser decodes it.
fn family_link(plan: &Plan) -> (String, SharedPlan) {
    let payload = share::encode_plain(&plan.for_family()).unwrap();
    let back = share::decode(&payload).expect("the family link decodes");
    (payload, back)
}

/// Elena's own link, as her browser decodes it.
fn person_link(plan: &Plan) -> (String, SharedPlan) {
    let view = plan.for_person(ELENA).expect("Elena is shared");
    let payload = share::encode_plain(&view).unwrap();
    let back = share::decode(&payload).expect("the person link decodes");
    (payload, back)
}

/// Check every marker against `text`: those of the `present` classes must be
/// in it, all others must not. Prints one summary line and fails with the
/// list of missing and leaked markers.
fn matrix(label: &str, text: &str, present: &[char]) {
    let all = markers::markers();
    let (shared, withheld): (Vec<&Marker>, Vec<&Marker>) =
        all.iter().partition(|m| present.contains(&m.class));
    let missing: Vec<&&Marker> = shared.iter().filter(|m| !text.contains(&m.token)).collect();
    let leaked: Vec<&&Marker> = withheld
        .iter()
        .filter(|m| text.contains(&m.token))
        .collect();
    println!(
        "{label}: {} shared present, {} missing; {} withheld absent, {} leaked",
        shared.len() - missing.len(),
        missing.len(),
        withheld.len() - leaked.len(),
        leaked.len()
    );
    let list = |ms: &[&&Marker]| {
        ms.iter()
            .map(|m| format!("  {} ({}) at {}", m.token, m.class, m.path))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        missing.is_empty() && leaked.is_empty(),
        "{label}\nmissing (should be there):\n{}\nleaked (should not be there):\n{}",
        list(&missing),
        list(&leaked)
    );
}

/// The marker of one text of the marker plan.
fn token_of(text: &str) -> String {
    let tokens = markers::tokens_in(text);
    assert_eq!(tokens.len(), 1, "{text:?}");
    tokens[0].clone()
}

/// The tokens a calendar must hold, worked out from the caseworker's plan
/// (not from the projection under test): for every dated task that is not
/// private, in a goal that is not private, and not done by the private
/// person alone (only Elena's own when `person`), what, where, when and who
/// else; who checks when no team member does; the next meeting's time, place
/// and who; and the family name.
fn ics_tokens(plan: &Plan, person: Option<ItemId>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for goal in plan.goals.iter().filter(|g| !g.private) {
        for task in goal
            .tasks
            .iter()
            .filter(|t| !t.private && t.who != [markers::TOM])
        {
            if task.by_when.is_none() || person.is_some_and(|p| !task.who.contains(&p)) {
                continue;
            }
            for text in [&task.what, &task.place, &task.when_text, &task.who_other] {
                out.insert(token_of(text));
            }
            if task.checker.is_none() {
                out.insert(token_of(&task.checker_other));
            }
            out.insert(token_of(&goal.statement));
        }
    }
    let next = &plan.next_meeting;
    assert!(next.date.is_some(), "the next meeting is dated");
    for text in [&next.time, &next.place, &next.who, &plan.family_name] {
        out.insert(token_of(text));
    }
    out
}

#[test]
fn every_text_field_carries_a_marker() {
    let plan = marked_plan();
    let unmarked = markers::unmarked_texts(&plan);
    assert!(
        unmarked.is_empty(),
        "every text of the marker plan needs exactly one marker token:\n{}",
        unmarked.join("\n")
    );
    let all = markers::markers();
    let mut seen = BTreeMap::new();
    for m in &all {
        if let Some(first) = seen.insert(m.token.clone(), m.path.clone()) {
            panic!("{} is used twice: {first} and {}", m.token, m.path);
        }
    }
    // Every class is exercised.
    for class in markers::CLASSES {
        assert!(
            all.iter().any(|m| m.class == class),
            "no marker of class {class}"
        );
    }
    // The plan is consistent: ids are unique and next_id is fresh.
    assert!(plan.next_id > plan.max_item_id());
    // A new text field without a marker is caught.
    let mut plan = marked_plan();
    plan.crisis.plan_b.clear();
    assert_eq!(markers::unmarked_texts(&plan).len(), 1);
    // Round trip through the stored format keeps it all.
    let back = envelope::plan_from_json(&envelope::plan_to_json(&marked_plan())).unwrap();
    assert_eq!(back, marked_plan());
}

#[test]
fn family_link_matrix() {
    let plan = marked_plan();
    let (_, back) = family_link(&plan);
    assert_eq!(
        back,
        plan.for_family(),
        "the link carries the whole projection"
    );
    matrix("family link", &json(&back), &['S', 'T']);
}

#[test]
fn person_link_matrix() {
    let plan = marked_plan();
    let (payload, back) = person_link(&plan);
    assert_eq!(back, plan.for_person(ELENA).unwrap());
    assert_eq!(back.shared_for, Some(ELENA));
    matrix("person link", &json(&back), &['S']);
    // Her tasks: the three she does and the one she checks.
    let ids: Vec<ItemId> = back.tasks().map(|(_, t)| t.id).collect();
    assert_eq!(ids, vec![41, 42, 43, 51]);
    let (whole, _) = family_link(&plan);
    println!(
        "link lengths: whole family {} characters, Elena's {} characters",
        whole.len(),
        payload.len()
    );
    assert!(payload.len() < whole.len());
}

#[test]
fn ics_matrix() {
    let plan = marked_plan();
    let (_, family) = family_link(&plan);
    let whole = unfold(&plan_to_ics(&family, None, STAMP));
    let (_, mine) = person_link(&plan);
    let personal = unfold(&plan_to_ics(&mine, Some(ELENA), STAMP));

    for (label, text, allowed, expected) in [
        (
            "family calendar",
            &whole,
            &['S', 'T'][..],
            ics_tokens(&plan, None),
        ),
        (
            "person calendar",
            &personal,
            &['S'][..],
            ics_tokens(&plan, Some(ELENA)),
        ),
    ] {
        let all = markers::markers();
        let leaked: Vec<&Marker> = all
            .iter()
            .filter(|m| !allowed.contains(&m.class) && text.contains(&m.token))
            .collect();
        let missing: Vec<&String> = expected.iter().filter(|t| !text.contains(*t)).collect();
        println!(
            "{label}: {} expected present, {} missing; {} leaked",
            expected.len() - missing.len(),
            missing.len(),
            leaked.len()
        );
        assert!(leaked.is_empty(), "{label} leaks {leaked:?}");
        assert!(missing.is_empty(), "{label} misses {missing:?}");
    }
    // Every dated task that is not private is in the family calendar (7 tasks + the meeting).
    assert_eq!(whole.matches("BEGIN:VEVENT").count(), 8);
    // Elena's calendar: the three tasks she does and the meeting, not the one she checks.
    assert_eq!(personal.matches("BEGIN:VEVENT").count(), 4);
    assert!(
        !personal.contains("zqS112q"),
        "a task she checks is not hers to do"
    );
    // The same calendar whether made from the family link or from her own.
    assert_eq!(
        plan_to_ics(&family, Some(ELENA), STAMP),
        plan_to_ics(&mine, Some(ELENA), STAMP)
    );
}

#[test]
fn wall_matrix() {
    let plan = marked_plan();
    let wall = plan.for_wall();
    matrix("wall", &json(&wall), &['S', 'T', 'N']);
    // The children's sharing choices go up with them (to say what is left out).
    assert_eq!(wall.children.len(), 2);
    assert!(wall.children[0].voice.sharing.story);
    assert!(wall.children[1].voice.sharing.safety_plan);
}

#[test]
fn withheld_counts_what_the_link_leaves_out() {
    let plan = marked_plan();
    let withheld = plan.withheld();
    // Ground rule, child, person, strength, worry, goal, task, service, warning
    // sign, prevention step, crisis step, contact, closure criterion, review
    // note, success since last time, aftercare support.
    assert_eq!(withheld.private_items, 16);
    // Every shared person has a note; the private person's is not counted.
    assert_eq!(withheld.reluctance_notes, 4);
    assert!(withheld.father_outreach);
    let lily = "Lily zqS008q Rivera".to_string();
    let sam = "Sam zqS025q Rivera".to_string();
    assert_eq!(
        withheld.child_parts,
        vec![
            (lily.clone(), VoicePart::Boxes),
            (lily.clone(), VoicePart::OwnWords),
            (lily.clone(), VoicePart::Goals),
            (lily, VoicePart::SafetyPlan),
            (sam.clone(), VoicePart::Story),
            (sam.clone(), VoicePart::Boxes),
            (sam, VoicePart::OwnWords),
        ]
    );
}

// --- The same projections on the bundled example plan ----------------------

fn example() -> Plan {
    library::example_plan("example", 1_700_000_000_000)
}

fn member_id(plan: &Plan, name: &str) -> ItemId {
    plan.team.iter().find(|m| m.name == name).unwrap().id
}

#[test]
fn example_wall_keeps_ground_rules_but_drops_private_worries_and_reluctance() {
    let mut plan = example();
    let marcus = member_id(&plan, "Marcus Rivera");
    assert!(!plan.member(marcus).unwrap().reluctance.is_empty());
    plan.worries[3].private = true;
    let private_worry = plan.worries[3].text.clone();
    let wall = plan.for_wall();
    assert_eq!(wall.meeting.ground_rules, plan.meeting.ground_rules);
    assert_eq!(wall.worries.len(), plan.worries.len() - 1);
    assert!(wall.worries.iter().all(|w| w.text != private_worry));
    let m = wall.member(marcus).unwrap();
    assert!(m.reluctance.is_empty() && m.reluctance_addressed.is_empty());
    // Nothing the child did not share: the example's children shared nothing yet.
    assert!(wall.children.iter().all(|c| c.voice.story.is_empty()
        && c.voice.safety_plan.is_empty()
        && c.voice.boxes.iter().all(|b| b.words.is_empty())));
}

#[test]
fn example_family_includes_a_youth_safety_plan_only_when_shared() {
    let mut plan = example();
    let jordan = plan
        .children
        .iter()
        .position(|c| c.name == "Jordan")
        .unwrap();
    assert!(plan.for_family().youth_safety_plans().is_empty());
    plan.children[jordan].voice.sharing.safety_plan = true;
    let family = plan.for_family();
    let safety = plan.children[jordan].voice.safety_plan.clone();
    assert_eq!(
        family.youth_safety_plans(),
        vec![(jordan, "Jordan", safety.as_str())]
    );
    // Only that part: his own words and goals stay with the caseworker.
    let voice = &family.children[jordan].voice;
    assert!(voice.own_words.is_empty() && voice.own_goals.is_empty());
    // It survives the link.
    let (_, back) = family_link(&plan);
    assert_eq!(back.youth_safety_plans().len(), 1);
}

#[test]
fn example_person_link_is_none_for_a_private_member_or_a_stranger() {
    let mut plan = example();
    let rosa = member_id(&plan, "Rosa Delgado");
    assert!(plan.for_person(rosa).is_some());
    assert_eq!(plan.for_person(9_999), None);
    plan.team.iter_mut().find(|m| m.id == rosa).unwrap().private = true;
    assert_eq!(plan.for_person(rosa), None);
    assert!(marked_plan().for_person(TOM).is_none());
}

#[test]
fn example_private_persons_strengths_do_not_become_family_strengths() {
    let mut plan = example();
    let elena = member_id(&plan, "Elena Rivera");
    let hers: Vec<String> = plan
        .strengths
        .iter()
        .filter(|s| s.whose == Whose::Person(elena))
        .map(|s| s.text.clone())
        .collect();
    assert_eq!(hers.len(), 3);
    plan.team
        .iter_mut()
        .find(|m| m.id == elena)
        .unwrap()
        .private = true;
    let family = plan.for_family();
    assert_eq!(family.strengths.len(), plan.strengths.len() - hers.len());
    assert!(family.strengths.iter().all(|s| !hers.contains(&s.text)));
    assert!(family
        .strengths
        .iter()
        .all(|s| s.whose != Whose::Person(elena)));
    assert!(family.member(elena).is_none());
    assert!(family.tasks().all(|(_, t)| !t.who.contains(&elena)));
    let wall = plan.for_wall();
    assert!(wall.strengths.iter().all(|s| !hers.contains(&s.text)));
}

#[test]
fn example_withheld_counts() {
    let mut plan = example();
    assert_eq!(
        plan.withheld(),
        Withheld {
            private_items: 0,
            reluctance_notes: 1,
            child_parts: vec![
                ("Maya".into(), VoicePart::Story),
                ("Maya".into(), VoicePart::Boxes),
                ("Jordan".into(), VoicePart::OwnWords),
                ("Jordan".into(), VoicePart::Goals),
                ("Jordan".into(), VoicePart::SafetyPlan),
            ],
            father_outreach: false,
        }
    );
    // Sharing a part, marking items private, and a private person's notes.
    plan.children[0].voice.sharing.story = true;
    plan.worries[0].private = true;
    plan.goals[0].tasks[0].private = true;
    let marcus = member_id(&plan, "Marcus Rivera");
    plan.team
        .iter_mut()
        .find(|m| m.id == marcus)
        .unwrap()
        .private = true;
    let withheld = plan.withheld();
    assert_eq!(withheld.private_items, 3);
    assert_eq!(withheld.reluctance_notes, 0);
    assert_eq!(withheld.child_parts.len(), 4);
    // A private child's parts are not listed (the whole child stays home).
    plan.children[1].private = true;
    assert_eq!(plan.withheld().child_parts.len(), 1);
}

#[test]
fn example_person_link_keeps_only_their_tasks() {
    let plan = example();
    let elena = member_id(&plan, "Elena Rivera");
    let view = plan.for_person(elena).unwrap();
    let family = plan.for_family();
    assert!(view.tasks().count() < family.tasks().count());
    assert!(view
        .tasks()
        .all(|(_, t)| t.who.contains(&elena) || t.checker == Some(elena)));
    let expected = family
        .tasks()
        .filter(|(_, t)| t.who.contains(&elena) || t.checker == Some(elena))
        .count();
    assert_eq!(view.tasks().count(), expected);
    // Everything else is the family's plan.
    assert_eq!(view.crisis, family.crisis);
    assert_eq!(view.strengths, family.strengths);
    assert_eq!(view.team, family.team);
}

// --- Fixtures for the end-to-end tests --------------------------------------

fn fixture_path(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/markers.json`: the tokens by class, the person, and what
/// each calendar must hold.
fn markers_json() -> String {
    let plan = marked_plan();
    let mut by_class: BTreeMap<String, Vec<String>> = markers::CLASSES
        .iter()
        .map(|c| (c.to_string(), Vec::new()))
        .collect();
    for m in markers::markers() {
        by_class
            .get_mut(&m.class.to_string())
            .unwrap()
            .push(m.token);
    }
    for tokens in by_class.values_mut() {
        tokens.sort();
    }
    let elena = plan.member(ELENA).unwrap();
    // The earlier meetings' own texts: only the past meeting's own
    // printout shows them, not today's.
    let mut history: Vec<String> = markers::markers()
        .into_iter()
        .filter(|m| m.path.starts_with("history"))
        .map(|m| m.token)
        .collect();
    history.sort();
    let value = serde_json::json!({
        "plan_id": plan.id,
        "family_name": plan.family_name,
        "person": { "id": ELENA, "name": elena.name },
        "markers": by_class,
        "history": history,
        "ics": {
            "family": ics_tokens(&plan, None),
            "person": ics_tokens(&plan, Some(ELENA)),
        },
    });
    serde_json::to_string_pretty(&value).unwrap() + "\n"
}

#[test]
fn marker_fixtures_are_current() {
    let files = [
        (
            "marker-plan.json",
            envelope::backup_to_json(&[marked_plan()], EXPORTED_AT),
        ),
        ("markers.json", markers_json()),
    ];
    // The backup file imports back to the same plan.
    assert_eq!(
        envelope::backup_from_json(&files[0].1).unwrap(),
        vec![marked_plan()]
    );
    let update = std::env::var("UPDATE_FIXTURES").is_ok_and(|v| v == "1");
    for (name, content) in files {
        let path = fixture_path(name);
        if update {
            std::fs::write(&path, &content).unwrap_or_else(|e| panic!("{path}: {e}"));
            println!("wrote {path}");
            continue;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == content,
            "tests/fixtures/{name} is out of date with tests/support/markers.rs; regenerate with\n  \
             UPDATE_FIXTURES=1 cargo test --test audience marker_fixtures_are_current"
        );
    }
}

/// "What's new" on one person's link keeps the lines about everything the
/// link carries whole, and of the lines about tasks only those about the
/// person's own: the family's lines name another person's task (class T),
/// hers do not, and her own task's progress is there.
#[test]
fn whats_new_on_a_persons_link_is_about_what_it_shows() {
    let plan = marked_plan();
    let family = plan.for_family();
    let elena = plan.for_person(ELENA).unwrap();
    let t_lines = |lines: &[String]| lines.iter().filter(|l| l.contains("zqT")).count();
    assert!(t_lines(&family.whats_new) > 0, "{:#?}", family.whats_new);
    assert_eq!(t_lines(&elena.whats_new), 0, "{:#?}", elena.whats_new);
    assert!(
        elena.whats_new.iter().any(|l| l.contains("zqS102q")),
        "{:#?}",
        elena.whats_new
    );
    assert!(elena.whats_new.iter().any(|l| l.contains("zqS059q")));
    assert!(elena.whats_new.len() <= ftm_planner::domain::audience::WHATS_NEW_LINES);
    // Successes and aftercare are the family's, on both links.
    assert_eq!(elena.successes, family.successes);
    assert_eq!(elena.aftercare, family.aftercare);
}

/// An item made private since the last meeting is not "removed" on the
/// family's link (that would quote it): its line is left out.
#[test]
fn an_item_made_private_since_last_time_is_not_quoted_as_removed() {
    let mut plan = marked_plan();
    let now = 1_800_000_000_000;
    history::start_next_meeting(&mut plan, MeetingKind::FollowUp, None, now);
    let goal = plan.goals.iter_mut().find(|g| !g.private).unwrap();
    let text = goal.statement.clone();
    goal.private = true;
    let family = plan.for_family();
    assert!(
        family.whats_new.iter().all(|l| !l.contains(&text)),
        "{:#?}",
        family.whats_new
    );
    // A goal really removed is said to be removed.
    let mut removed = marked_plan();
    history::start_next_meeting(&mut removed, MeetingKind::FollowUp, None, now);
    let i = removed.goals.iter().position(|g| !g.private).unwrap();
    let text = removed.goals.remove(i).statement;
    let family = removed.for_family();
    assert!(
        family.whats_new.iter().any(|l| l.contains(&text)),
        "{:#?}",
        family.whats_new
    );
}

#[test]
fn the_wall_knows_nothing_of_a_homes_safety_or_a_private_worrys_links() {
    let mut plan = example();
    plan.children[0].home_safety = HomeSafety::NotSafe;
    let private = plan.worries[0].id;
    let shared = plan.worries[1].id;
    plan.worries[0].private = true;
    plan.goals[0].worries = vec![private, shared];
    let wall = plan.for_wall();
    assert!(wall
        .children
        .iter()
        .all(|c| c.home_safety == HomeSafety::NotAssessed));
    // The goal still answers the shared worry; the private one is not named.
    assert_eq!(wall.goals[0].worries, vec![shared]);
    // Deleting a worry takes it off the goals that answered it.
    plan.remove_worry(shared);
    assert_eq!(plan.goals[0].worries, vec![private]);
}
