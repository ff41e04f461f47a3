//! The shell's texts built by the domain, in English and Spanish: plan
//! titles and names, how long ago, and the errors people see.

use ftm_planner::domain::envelope::EnvelopeError;
use ftm_planner::domain::library::{
    copy_name, duplicate_in, edited_ago, edited_ago_in, prepare_import_in, PlanSummary,
};
use ftm_planner::domain::limits::LimitError;
use ftm_planner::domain::{Language, Plan};

const EN: Language = Language::English;
const ES: Language = Language::Spanish;

#[test]
fn an_untitled_family_in_both_languages() {
    assert_eq!(PlanSummary::title_of_in("  ", EN), "Untitled family");
    assert_eq!(PlanSummary::title_of_in("", ES), "Familia sin nombre");
    assert_eq!(PlanSummary::title_of_in(" Rivera ", ES), "Rivera");
    assert_eq!(PlanSummary::default().title_in(ES), "Familia sin nombre");
    assert_eq!(PlanSummary::default().title(), "Untitled family");
}

#[test]
fn copies_and_imports_are_named_in_the_interface_language() {
    assert_eq!(copy_name(" Lee family ", EN), "Lee family (copy)");
    assert_eq!(copy_name("Familia Lee", ES), "Familia Lee (copia)");
    let plan = Plan::new("a", "Familia Ruiz", 0);
    assert_eq!(
        duplicate_in(&plan, "b", 5, ES).family_name,
        "Familia Ruiz (copia)"
    );
    let out = prepare_import_in(vec![plan], &["a".to_string()], || "c".into(), ES);
    assert_eq!(out[0].0.family_name, "Familia Ruiz (importado)");
    assert!(out[0].1);
}

#[test]
fn how_long_ago_in_both_languages() {
    let now = 10_000_000_000;
    let min = 60_000;
    assert_eq!(edited_ago(now, now), "just now");
    assert_eq!(edited_ago_in(now, now, ES), "ahora mismo");
    assert_eq!(edited_ago_in(now - min, now, EN), "1 minute ago");
    assert_eq!(edited_ago_in(now - min, now, ES), "hace 1 minuto");
    assert_eq!(edited_ago_in(now - 5 * min, now, ES), "hace 5 minutos");
    assert_eq!(edited_ago_in(now - 61 * min, now, EN), "1 hour ago");
    assert_eq!(edited_ago_in(now - 61 * min, now, ES), "hace 1 hora");
    assert_eq!(edited_ago_in(now - 180 * min, now, ES), "hace 3 horas");
    assert_eq!(edited_ago_in(now - 1500 * min, now, ES), "ayer");
    assert_eq!(edited_ago_in(now - 3 * 1440 * min, now, EN), "3 days ago");
    assert_eq!(edited_ago_in(now - 3 * 1440 * min, now, ES), "hace 3 días");
}

#[test]
fn backup_errors_in_both_languages() {
    let too_new = EnvelopeError::TooNew(9);
    assert_eq!(
        too_new.to_string(),
        "This plan was saved by a newer version of the planner (format 9). Reload the page to update, then try again."
    );
    assert_eq!(too_new.to_string(), too_new.message_in(EN));
    assert_eq!(
        too_new.message_in(ES),
        "Este plan se guardó con una versión más nueva del planificador (formato 9). Vuelva a cargar la página para actualizar y luego intente otra vez."
    );
    assert_eq!(
        EnvelopeError::NotABackup.message_in(ES),
        "Este archivo no es una copia de seguridad del planificador de reuniones de equipo familiar."
    );
    assert_eq!(
        EnvelopeError::Malformed("x".into()).to_string(),
        "This file is damaged or not a plan (x)."
    );
    assert_eq!(
        EnvelopeError::Malformed("x".into()).message_in(ES),
        "Este archivo está dañado o no es un plan (x)."
    );
    let large = EnvelopeError::TooLarge(LimitError::Total(6000));
    assert_eq!(
        large.to_string(),
        "Nothing was added: a plan in this file is bigger than the planner takes (it has 6000 items in all; a plan can have at most 5000)."
    );
    assert_eq!(
        large.message_in(ES),
        "No se agregó nada: un plan de este archivo es más grande de lo que acepta el planificador (tiene 6000 elementos en total; un plan puede tener como máximo 5000)."
    );
}

#[test]
fn limit_errors_in_both_languages() {
    let list = LimitError::List {
        name: "ground_rules".into(),
        items: 501,
    };
    assert_eq!(
        list.to_string(),
        "one list (ground rules) has 501 items; a plan can have at most 500 in a list"
    );
    assert_eq!(
        list.message_in(ES),
        "una lista (ground rules) tiene 501 elementos; un plan puede tener como máximo 500 en una lista"
    );
    let text = LimitError::Text {
        name: "story".into(),
        chars: 20_001,
    };
    assert_eq!(
        text.to_string(),
        "one text (story) is 20001 characters long; a text can have at most 20000"
    );
    assert_eq!(
        text.message_in(ES),
        "un texto (story) tiene 20001 caracteres; un texto puede tener como máximo 20000"
    );
}
