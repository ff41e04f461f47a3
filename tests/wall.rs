//! The wall (presentation mode, the audience window), natively: every step's
//! cards are drawn from the wall projection, so no private item or
//! caseworker-only note can reach the room, whatever the step; the note of
//! what is not shown counts right; the texts a card edits are the ones it shows.

#[path = "support/markers.rs"]
mod markers;

use ftm_planner::domain::library;
use ftm_planner::domain::wall::{wall_step, wall_texts, WallAdd, WallStep};
use ftm_planner::domain::*;
use markers::marked_plan;

fn every_step(plan: &Plan) -> Vec<WallStep> {
    Step::ALL.into_iter().map(|s| wall_step(plan, s)).collect()
}

/// A marker's path without its indices: `goals[1].tasks[0].what` → `goals.tasks.what`.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for c in path.chars() {
        match c {
            '[' => skipping = true,
            ']' => skipping = false,
            c if !skipping => out.push(c),
            _ => {}
        }
    }
    out
}

/// The plan's texts the wall cards draw (others, like a person's phone
/// number or what they did to help, stay in the editor).
const DRAWN: [&str; 30] = [
    "meeting.purpose",
    "meeting.ground_rules.text",
    "children.name",
    "team.name",
    "team.relation",
    "strengths.text",
    "worries.text",
    "goals.statement",
    "goals.tasks.what",
    "goals.tasks.who_other",
    "crisis.worst_case",
    "crisis.warning_signs.text",
    "crisis.prevent.text",
    "crisis.respond.what",
    "crisis.contacts.phone",
    "crisis.contacts.why",
    "crisis.plan_b",
    "children.voice.story",
    "children.voice.wished_ending",
    "children.voice.story_now",
    "children.voice.plan_now",
    "children.voice.own_words",
    "children.voice.wants_from_plan",
    "children.voice.own_goals",
    "children.voice.safety_plan",
    "closure.text",
    "permanency.goal",
    "agreements.family_words",
    "agreements.how_we_can_help",
    "review.went_well.text",
];

#[test]
fn nothing_private_reaches_the_wall_on_any_step() {
    let plan = marked_plan();
    let steps = every_step(&plan);
    let everything: String = steps
        .iter()
        .map(|s| serde_json::to_string(s).unwrap())
        .collect();
    let mut leaked = Vec::new();
    let mut missing = Vec::new();
    for m in markers::markers() {
        let shown = everything.contains(&m.token);
        match m.class {
            'P' | 'C' | 'V' if shown => leaked.push(format!("{} at {}", m.token, m.path)),
            'S' | 'T' | 'N' if !shown && DRAWN.contains(&shape(&m.path).as_str()) => {
                missing.push(format!("{} at {}", m.token, m.path))
            }
            _ => {}
        }
    }
    println!(
        "wall cards: {} leaked, {} missing of the drawn texts",
        leaked.len(),
        missing.len()
    );
    assert!(leaked.is_empty(), "private on the wall: {leaked:#?}");
    assert!(missing.is_empty(), "shared but not drawn: {missing:#?}");
}

#[test]
fn the_note_counts_what_each_step_leaves_out() {
    let plan = marked_plan();
    let counts: Vec<(Step, usize)> = every_step(&plan)
        .iter()
        .map(|s| (s.step, s.hidden_items))
        .collect();
    for (step, items) in &counts {
        println!("{:?}: {items} private items not shown", step);
    }
    let of = |step: Step| counts.iter().find(|c| c.0 == step).unwrap();
    // One private ground rule.
    assert_eq!(of(Step::Welcome).1, 1);
    // The private child and the private person.
    assert_eq!(of(Step::Team).1, 2);
    // The private child (the parts Lily and Sam kept to themselves are left
    // out too, uncounted).
    assert_eq!(of(Step::Voice).1, 1);
    assert_eq!(of(Step::Worries).1, 1);
    assert_eq!(of(Step::Closure).1, 1);
    // The private strength and the private person's (Tom's) strength.
    assert_eq!(of(Step::Strengths).1, 2);
    // Every private item is counted on some step (a private goal takes its
    // tasks and services with it, so the steps can count more).
    let total: usize = counts
        .iter()
        .filter(|c| c.0 != Step::Voice)
        .map(|c| c.1)
        .sum();
    assert!(total >= plan.withheld().private_items, "{total}");
    // The note says it in words, and says nothing when nothing is left out.
    let team = wall_step(&plan, Step::Team);
    assert_eq!(
        team.hidden_note().as_deref(),
        Some("Not shown here: 2 private items.")
    );
    let open = Plan::new("p", "Open", 0);
    assert_eq!(wall_step(&open, Step::Strengths).hidden_note(), None);
}

#[test]
fn a_private_item_leaves_the_wall_the_moment_it_is_marked() {
    let mut plan = library::example_plan("example", 1_700_000_000_000);
    let before = wall_step(&plan, Step::Strengths);
    let secret = plan.strengths[2].text.clone();
    assert!(wall_texts(&before).contains(&secret.trim()));
    plan.strengths[2].private = true;
    let after = wall_step(&plan, Step::Strengths);
    assert_eq!(after.cards.len(), before.cards.len() - 1);
    assert!(!wall_texts(&after).contains(&secret.trim()));
    assert_eq!(after.hidden_items, 1);
    // A task only a private person does goes with them.
    let mut plan = library::example_plan("example", 1_700_000_000_000);
    let goal = &plan.goals[0];
    let task_text = goal.tasks[0].what.clone();
    let doer = goal.tasks[0].who[0];
    plan.team.iter_mut().find(|m| m.id == doer).unwrap().private = true;
    let goals = wall_step(&plan, Step::Goals);
    assert!(
        !wall_texts(&goals)
            .iter()
            .any(|t| t.contains(task_text.trim())),
        "the private person's task is not on the wall"
    );
}

#[test]
fn each_card_edits_the_text_it_shows() {
    let plan = library::example_plan("example", 1_700_000_000_000);
    let mut editable = 0;
    for step in every_step(&plan) {
        for card in &step.cards {
            let Some(edit) = card.edit else { continue };
            editable += 1;
            let text = edit.get(&plan).expect("the text exists in the plan");
            if !text.trim().is_empty() {
                assert_eq!(card.text, text.trim(), "{:?} {}", step.step, card.key);
            }
            // Writing through it changes the same text.
            let mut copy = plan.clone();
            *edit.get_mut(&mut copy).unwrap() = "Changed in the room".into();
            let again = wall_step(&copy, step.step);
            let changed = again.cards.iter().find(|c| c.key == card.key).unwrap();
            assert_eq!(changed.text, "Changed in the room");
        }
        let keys: Vec<&String> = step.cards.iter().map(|c| &c.key).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            keys.len(),
            unique.len(),
            "card keys are unique on {:?}",
            step.step
        );
    }
    println!("{editable} editable cards in the example plan");
    assert!(editable > 40);
}

#[test]
fn adding_in_the_room_gives_an_empty_card_to_write_in() {
    for step in Step::ALL {
        let Some(add) = WallAdd::for_step(step) else {
            continue;
        };
        let mut plan = library::example_plan("example", 1_700_000_000_000);
        let before = wall_step(&plan, step).cards.len();
        let text = add.apply(&mut plan);
        let after = wall_step(&plan, step);
        assert_eq!(after.cards.len(), before + 1, "{step:?}");
        let card = after
            .cards
            .iter()
            .find(|c| c.edit == Some(text))
            .expect("the new card edits the new text");
        assert_eq!(card.text, "");
        assert_eq!(text.get(&plan).map(String::as_str), Some(""));
        assert!(limits::check_plan(&plan).is_ok());
    }
}

#[test]
fn a_goal_shown_by_its_outcome_edits_its_outcome() {
    let mut plan = library::example_plan("example", 1_700_000_000_000);
    plan.goals[1].statement.clear();
    let outcome = plan.goals[1].outcome.clone();
    assert!(!outcome.trim().is_empty());
    let goals = wall_step(&plan, Step::Goals);
    let card = &goals.cards[1];
    assert_eq!(card.text, outcome.trim());
    assert_eq!(card.edit.unwrap().get(&plan), Some(&outcome));
    // With neither written, the card edits the statement.
    plan.goals[1].outcome.clear();
    let card = &wall_step(&plan, Step::Goals).cards[1];
    assert_eq!(card.edit.unwrap().get(&plan).map(String::as_str), Some(""));
    assert_eq!(card.edit.unwrap().label(), "Goal");
}

#[test]
fn goals_show_their_tasks_on_the_card_being_worked_on() {
    let plan = library::example_plan("example", 1_700_000_000_000);
    let goals = wall_step(&plan, Step::Goals);
    let first = &goals.cards[0];
    let g = &plan.goals[0];
    assert_eq!(first.details.len(), g.tasks.len() + g.services.len());
    assert_eq!(first.lines, vec!["4 tasks · 1 service".to_string()]);
    assert!(first.details[0].starts_with(g.tasks[0].what.trim()));
}

#[test]
fn the_audience_window_is_sent_the_wall_and_nothing_else() {
    use ftm_planner::domain::wall::{AudienceMessage, Theme, WallFrame};
    let plan = marked_plan();
    let frame = WallFrame {
        plan: plan.id.clone(),
        window: "w1".into(),
        family: plan.family_name.clone(),
        language: plan.language,
        slide: Some(wall_step(&plan, Step::Voice)),
        current: Some("voice-4".into()),
        timer_end_ms: Some(1_795_000_000_000.0),
        theme: Theme::Dark,
    };
    let json = AudienceMessage::Show(Box::new(frame.clone())).to_json();
    for m in markers::markers() {
        if matches!(m.class, 'P' | 'C' | 'V') {
            assert!(!json.contains(&m.token), "{} in the frame", m.token);
        }
    }
    // What a card edits stays in the facilitator's window.
    let mut sent = frame;
    for card in &mut sent.slide.as_mut().unwrap().cards {
        card.edit = None;
    }
    assert_eq!(
        AudienceMessage::from_json(&json),
        Some(AudienceMessage::Show(Box::new(sent)))
    );
    let hello = AudienceMessage::Hello {
        plan: "p1".into(),
        window: Some("w1".into()),
    };
    assert_eq!(AudienceMessage::from_json(&hello.to_json()), Some(hello));
    assert_eq!(AudienceMessage::from_json("saved 3 p1"), None);
    assert_eq!(AudienceMessage::from_json("{\"other\":{}}"), None);
}

#[test]
fn the_timer_reads_in_minutes_and_seconds() {
    use ftm_planner::domain::wall::timer_text;
    assert_eq!(timer_text(600_000.0), "10:00");
    assert_eq!(timer_text(245_001.0), "4:06");
    assert_eq!(timer_text(999.0), "0:01");
    assert_eq!(timer_text(0.0), "0:00");
    assert_eq!(timer_text(-5_000.0), "0:00");
}
