//! The Spanish reference plan (`tests/fixtures/corpus/typical-es.json`, the Spanish
//! version of `shared/corpus/typical.json`) imports like the English one.
//!
//! Roles, people named in tasks ("Elena y Marcus") and past successes are
//! read from Spanish words as from English ones, so both imports are the
//! same plan apart from its words and language.

use ftm_planner::domain::corpus;
use ftm_planner::domain::*;

const TYPICAL_ES: &str = include_str!("fixtures/corpus/typical-es.json");

fn typical_es() -> Plan {
    corpus::import(TYPICAL_ES, "p1", 0).unwrap()
}

fn member(plan: &Plan, name: &str) -> ItemId {
    plan.team.iter().find(|m| m.name == name).unwrap().id
}

#[test]
fn the_spanish_plan_imports_with_spanish_texts() {
    let plan = typical_es();
    assert_eq!(plan.family_name, "Familia Rivera");
    assert!(plan.meeting.purpose.starts_with("Hacer juntos un plan"));
    assert_eq!(
        plan.meeting.ground_rules[0].text,
        "Habla una persona a la vez"
    );
    assert_eq!(plan.team[1].relation, "Padre");
    assert!(plan.strengths[0].text.contains("quiere mucho a sus hijos"));
    assert!(plan.worries[0].text.contains("se queda dormida"));
    assert_eq!(
        plan.goals[0].tasks[1].when_text,
        "Todos los viernes a partir del 4 de dic"
    );
    assert_eq!(plan.goals[0].services[0].frequency, "3 veces por semana");
    assert!(plan.crisis.plan_b.starts_with("Si Rosa no puede"));
    let jordan = plan.children.iter().find(|c| c.name == "Jordan").unwrap();
    assert!(jordan.voice.own_words.contains("fútbol americano"));
    assert!(jordan.voice.own_goals.starts_with("Regresar a casa"));
    assert_eq!(plan.closure.len(), 9);
    assert_eq!(plan.permanency.goal, "Regreso a casa con Elena");
    assert!(plan.agreements.family_words.starts_with("Elena dijo:"));
}

#[test]
fn the_spanish_plan_has_the_english_plan_shape() {
    let es = typical_es();
    let en = corpus::import(corpus::EXAMPLE_PLAN_JSON, "p1", 0).unwrap();
    assert_eq!(es.meeting.date, en.meeting.date);
    assert_eq!(es.next_meeting.date, en.next_meeting.date);
    assert_eq!(es.children.len(), en.children.len());
    assert_eq!(es.team.len(), en.team.len());
    assert_eq!(es.language, Language::Spanish);
    assert_eq!(en.language, Language::English);
    for (s, e) in es.team.iter().zip(&en.team) {
        assert_eq!(
            (s.id, s.support, s.attending, s.role),
            (e.id, e.support, e.attending, e.role),
            "{}",
            s.relation
        );
    }
    for (s, e) in es.strengths.iter().zip(&en.strengths) {
        assert_eq!(
            (s.id, &s.whose, s.past_success),
            (e.id, &e.whose, e.past_success)
        );
    }
    for (s, e) in es.worries.iter().zip(&en.worries) {
        assert_eq!((s.id, s.safety, &s.scale), (e.id, e.safety, &e.scale));
    }
    assert_eq!(es.goals.len(), en.goals.len());
    for (s, e) in es.goals.iter().zip(&en.goals) {
        assert_eq!((s.id, s.domain), (e.id, e.domain));
        assert_eq!(s.tasks.len(), e.tasks.len());
        assert_eq!(s.services.len(), e.services.len());
        for (ts, te) in s.tasks.iter().zip(&e.tasks) {
            assert_eq!(ts.checker, te.checker, "{}", ts.what);
            assert_eq!(
                (&ts.who, ts.who_other.is_empty()),
                (&te.who, te.who_other.is_empty()),
                "{}",
                ts.what
            );
        }
    }
    assert_eq!(es.crisis.respond.len(), en.crisis.respond.len());
    for (s, e) in es.crisis.respond.iter().zip(&en.crisis.respond) {
        assert_eq!(s.who, e.who);
    }
    for (s, e) in es.crisis.contacts.iter().zip(&en.crisis.contacts) {
        assert_eq!(s.member, e.member);
    }
    assert_eq!(es.closure.len(), en.closure.len());
    // Spanish titles match their team members as the English ones do.
    let shah = member(&es, "Dra. Priya Shah");
    assert_eq!(es.goals[0].tasks[0].checker, Some(shah));
    let kim = member(&es, "Maestra Laura Kim");
    assert_eq!(es.goals[1].tasks[2].who, vec![kim]);
}
