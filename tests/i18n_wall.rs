//! The wall in the plan's language, natively: a Spanish plan's wall steps
//! (presentation mode, the audience window) have Spanish questions, headings,
//! lines, tags and notes, and none of the English wording around the
//! family's own words; an English plan's wall reads as before.

#[path = "support/markers.rs"]
mod markers;

use ftm_planner::domain::i18n::{self, placeholders};
use ftm_planner::domain::wall::{wall_step, WallAdd, WallStep, WallText};
use ftm_planner::domain::*;
use markers::marked_plan;

/// The marker plan (every family text holds a `zq…q` token), with the
/// wording the wall adds for what is missing exercised too: a person with no
/// name, a task not written, a service with no name, a crisis step with
/// nobody chosen.
fn plan_in(language: Language) -> Plan {
    let mut plan = marked_plan();
    plan.language = language;
    let id = plan.alloc_id();
    plan.team.push(TeamMember {
        id,
        attending: true,
        ..TeamMember::default()
    });
    let task = plan.alloc_id();
    plan.goals[0].tasks.push(Task {
        id: task,
        ..Task::default()
    });
    let service = plan.alloc_id();
    plan.goals[0].services.push(Service {
        id: service,
        referral_date: plan.meeting.date,
        ..Service::default()
    });
    let step = plan.alloc_id();
    plan.crisis.respond.push(CrisisStep {
        id: step,
        ..CrisisStep::default()
    });
    plan
}

fn every_step(plan: &Plan) -> Vec<WallStep> {
    Step::ALL.into_iter().map(|s| wall_step(plan, s)).collect()
}

/// Every English text the wall may put around the family's words.
fn english_templates() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = i18n::wall::all()
        .into_iter()
        .chain(i18n::labels::all())
        .flat_map(|(_, entries)| entries.iter())
        .filter(|(_, en, es)| en != es)
        .map(|(_, en, _)| *en)
        .collect();
    out.extend(
        i18n::labels::enum_labels()
            .into_iter()
            .filter(|(_, en, es)| en != es)
            .map(|(_, en, _)| en),
    );
    out
}

/// True if `text` reads as `template` with its placeholders filled.
fn matches_template(text: &str, template: &str) -> bool {
    if placeholders(template).is_empty() {
        return text == template;
    }
    // The literal parts between the placeholders, in order.
    let mut literals = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        literals.push(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map_or(rest.len(), |e| start + e + 1);
        rest = &rest[end..];
    }
    literals.push(rest);
    let (first, last) = (literals[0], literals[literals.len() - 1]);
    if !text.starts_with(first) || !text.ends_with(last) || text.len() < first.len() + last.len() {
        return false;
    }
    let mut middle = &text[first.len()..text.len() - last.len()];
    for literal in &literals[1..literals.len() - 1] {
        match middle.find(literal) {
            Some(at) => middle = &middle[at + literal.len()..],
            None => return false,
        }
    }
    true
}

/// A card text and the parts it is joined from (" · ", " — ", ": ", ", "),
/// leaving out the family's own words (the marker tokens).
fn pieces(text: &str) -> Vec<&str> {
    let mut out = vec![text];
    for sep in [" · ", " — ", ": ", ", "] {
        out = out.iter().flat_map(|t| t.split(sep)).collect();
    }
    out.push(text);
    out.retain(|p| !p.contains("zq") && !p.trim().is_empty());
    out
}

/// Every text the wall adds on a step: headings, lines, details, tags (the
/// card's main text is the family's words, or a fixed heading's text).
fn wall_wording(step: &WallStep) -> Vec<String> {
    let mut out = Vec::new();
    for c in &step.cards {
        out.push(c.heading.clone());
        out.push(c.text.clone());
        out.extend(c.lines.iter().cloned());
        out.extend(c.details.iter().cloned());
        out.extend(c.tag.iter().cloned());
    }
    out.extend(step.hidden_note());
    out.push(step.question().to_string());
    out
}

#[test]
fn a_spanish_plans_wall_has_no_english_wording() {
    let plan = plan_in(Language::Spanish);
    let templates = english_templates();
    let mut english = Vec::new();
    for step in every_step(&plan) {
        assert_eq!(step.language, Language::Spanish);
        assert_eq!(step.question(), step.step.question_in(Language::Spanish));
        assert_ne!(step.question(), step.step.question());
        for text in wall_wording(&step) {
            for piece in pieces(&text) {
                if let Some(t) = templates.iter().find(|t| matches_template(piece, t)) {
                    english.push(format!("{:?}: {piece:?} in {text:?} (as {t:?})", step.step));
                }
            }
        }
    }
    assert!(
        english.is_empty(),
        "English on a Spanish wall:\n{}",
        english.join("\n")
    );
}

#[test]
fn the_same_plan_in_english_reads_as_before() {
    let plan = plan_in(Language::English);
    let templates = english_templates();
    let mut found = 0;
    for step in every_step(&plan) {
        assert_eq!(step.language, Language::English);
        assert_eq!(step.question(), step.step.question());
        for text in wall_wording(&step) {
            found += pieces(&text)
                .iter()
                .filter(|p| templates.iter().any(|t| matches_template(p, t)))
                .count();
        }
    }
    // The check above finds English wording where there is some.
    assert!(found > 40, "{found}");
}

fn card<'a>(step: &'a WallStep, key: &str) -> &'a ftm_planner::domain::wall::WallCard {
    step.cards
        .iter()
        .find(|c| c.key == key)
        .unwrap_or_else(|| panic!("no card {key} on {:?}", step.step))
}

#[test]
fn spanish_headings_lines_and_tags() {
    let es = plan_in(Language::Spanish);
    let en = plan_in(Language::English);
    let both = |step: Step| (wall_step(&en, step), wall_step(&es, step));

    let (e, s) = both(Step::Welcome);
    assert_eq!(card(&e, "purpose").heading, "Why we are meeting");
    assert_eq!(card(&s, "purpose").heading, "Por qué nos reunimos");
    assert_eq!(
        card(&e, "purpose").lines,
        vec!["Follow-up meeting", "Fri, Nov 20, 2026"]
    );
    assert_eq!(
        card(&s, "purpose").lines,
        vec!["Reunión de seguimiento", "vie, 20 nov 2026"]
    );
    assert_eq!(s.question(), "¿Por qué estamos aquí hoy?");

    let (e, s) = both(Step::Team);
    let lily = &s.cards[0];
    assert_eq!(lily.heading, "Niño o niña");
    assert_eq!(lily.lines, vec!["7 años"]);
    assert_eq!(e.cards[0].lines, vec!["Age 7"]);
    let marcus = card(&s, &format!("member-{}", markers::MARCUS));
    assert_eq!(marcus.heading, "Padre");
    assert!(marcus.lines.contains(&"No está aquí hoy".to_string()));
    let marcus = card(&e, &format!("member-{}", markers::MARCUS));
    assert_eq!(marcus.heading, "Father");
    assert!(marcus.lines.contains(&"Not here today".to_string()));

    let (e, s) = both(Step::Worries);
    assert_eq!(s.cards[0].heading, "Preocupación 1");
    assert_eq!(s.cards[0].tag.as_deref(), Some("Preocupación de seguridad"));
    assert_eq!(e.cards[0].heading, "Worry 1");
    assert_eq!(e.cards[0].tag.as_deref(), Some("Safety worry"));

    let (e, s) = both(Step::Goals);
    // (Private tasks and services are not counted: the wall leaves them out.)
    let counts = e.cards[0].lines[0].clone();
    assert!(counts.ends_with(" tasks · 2 services"), "{counts}");
    assert_eq!(
        s.cards[0].lines,
        vec![counts
            .replace(" tasks", " tareas")
            .replace(" services", " servicios")]
    );
    let last = s.cards[0].details.last().unwrap();
    assert_eq!(last, "Servicio: Servicio nuevo");
    assert!(s.cards[0].details.contains(
        &"(falta escribir la tarea) — Todavía no se eligió a nadie · Sin empezar".into()
    ));
    assert!(e.cards[0]
        .details
        .contains(&"(task not written yet) — Nobody chosen yet · Not started".into()));
    // A task with a date: "para el …" and its progress, in Spanish.
    let first = &s.cards[0].details[0];
    assert!(first.contains(" · para el "), "{first}");
    assert!(first.ends_with(" · En marcha"), "{first}");
    assert!(e.cards[0].details[0].contains(" · by "));

    let (e, s) = both(Step::Crisis);
    assert_eq!(card(&s, "worst-case").heading, "Lo peor que podría pasar");
    assert_eq!(card(&s, "plan-b").heading, "El plan B");
    assert_eq!(card(&e, "plan-b").heading, "Plan B");
    let nobody = s.cards.iter().find(|c| c.heading == "Si pasa: Alguien");
    assert!(nobody.is_some(), "{:#?}", s.cards);
    assert!(e
        .cards
        .iter()
        .any(|c| c.heading == "If it happens: Someone"));

    let (e, s) = both(Step::Agreements);
    assert!(card(&s, "family-words").lines[0].starts_with("Lo acordaron: "));
    assert!(card(&e, "family-words").lines[0].starts_with("Agreed by "));
    assert_eq!(card(&s, "next-meeting").heading, "Próxima reunión");
    assert!(card(&s, "next-meeting")
        .text
        .starts_with("vie, 8 ene 2027 · "));
    assert!(card(&s, "next-meeting").lines[0].starts_with("Quién viene: "));

    let (e, s) = both(Step::Closure);
    let met = s.cards.iter().find(|c| c.tag.is_some()).unwrap();
    assert_eq!(met.tag.as_deref(), Some("Cumplido"));
    assert!(e.cards.iter().any(|c| c.tag.as_deref() == Some("Met")));
    assert_eq!(card(&s, "permanency").heading, "Un hogar seguro y estable");
    assert_eq!(card(&s, "concurrent").heading, "Plan de respaldo");
}

#[test]
fn the_hidden_note_in_both_languages() {
    let note = |language: Language, n: usize| {
        let mut step = WallStep::empty(Step::Team, language);
        step.hidden_items = n;
        step.hidden_note()
    };
    assert_eq!(note(Language::English, 0), None);
    assert_eq!(note(Language::Spanish, 0), None);
    assert_eq!(
        note(Language::English, 1).as_deref(),
        Some("Not shown here: 1 private item.")
    );
    assert_eq!(
        note(Language::English, 3).as_deref(),
        Some("Not shown here: 3 private items.")
    );
    assert_eq!(
        note(Language::Spanish, 1).as_deref(),
        Some("No se muestra aquí: 1 dato privado.")
    );
    assert_eq!(
        note(Language::Spanish, 2).as_deref(),
        Some("No se muestra aquí: 2 datos privados.")
    );
    // On a Spanish plan's wall, the private person and child are counted.
    let team = wall_step(&plan_in(Language::Spanish), Step::Team);
    assert_eq!(
        team.hidden_note().as_deref(),
        Some("No se muestra aquí: 2 datos privados.")
    );
}

#[test]
fn edit_labels_and_add_buttons_in_both_languages() {
    assert_eq!(WallText::PlanB.label(), "Plan B");
    assert_eq!(WallText::PlanB.label_in(Language::Spanish), "El plan B");
    assert_eq!(WallText::GoalStatement(3).label(), "Goal");
    assert_eq!(
        WallText::GoalStatement(3).label_in(Language::Spanish),
        "Meta"
    );
    assert_eq!(WallAdd::Criterion.label(), "+ Add a sign we're done");
    assert_eq!(
        WallAdd::Worry.label_in(Language::Spanish),
        "+ Agregar una preocupación"
    );
    for step in Step::ALL {
        if let Some(add) = WallAdd::for_step(step) {
            assert_eq!(add.label(), add.label_in(Language::English));
            assert_ne!(add.label(), add.label_in(Language::Spanish));
        }
    }
    // The voice boxes' usual names follow the plan's language.
    let mut plan = plan_in(Language::Spanish);
    for b in &mut plan.children[0].voice.boxes {
        b.label.clear();
    }
    plan.children[0].voice.sharing.boxes = true;
    let voice = wall_step(&plan, Step::Voice);
    let lines = &voice.cards[0].lines;
    assert!(
        lines.iter().any(|l| l.starts_with("Preocupaciones: ")),
        "{lines:#?}"
    );
    assert_eq!(voice.cards[0].heading, "En sus propias palabras");
}

#[test]
fn the_audience_window_is_told_the_plans_language() {
    use ftm_planner::domain::wall::{AudienceMessage, Theme, WallFrame};
    let plan = plan_in(Language::Spanish);
    let frame = WallFrame {
        plan: plan.id.clone(),
        window: "w1".into(),
        family: plan.family_name.clone(),
        language: plan.language,
        // After the steps: no slide, and the window still speaks Spanish.
        slide: None,
        current: None,
        timer_end_ms: None,
        theme: Theme::Light,
    };
    let json = AudienceMessage::Show(Box::new(frame.clone())).to_json();
    assert_eq!(
        AudienceMessage::from_json(&json),
        Some(AudienceMessage::Show(Box::new(frame)))
    );
    // A frame from an older window, without a language, reads as English.
    let old = json.replace(",\"language\":\"es\"", "");
    assert_ne!(old, json);
    match AudienceMessage::from_json(&old) {
        Some(AudienceMessage::Show(f)) => assert_eq!(f.language, Language::English),
        other => panic!("{other:?}"),
    }
}
