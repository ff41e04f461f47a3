//! The app's texts in English and Spanish (`src/domain/i18n`).

use chrono::NaiveDate;
use ftm_planner::domain::dates::{due_label_in, format_date_in};
use ftm_planner::domain::i18n::{self, count, fill, language_from_tag, placeholders};
use ftm_planner::domain::Language;

/// Texts that are rightly the same in both languages.
const SAME_IN_BOTH: &[&str] = &["No", "QR", "OK", "Email", "PDF", ".ics", "Familia"];

fn all_pairs() -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    for (name, entries) in i18n::all() {
        for (field, en, es) in entries {
            out.push((format!("{name}.{field}"), en.to_string(), es.to_string()));
        }
    }
    for (what, en, es) in i18n::labels::enum_labels() {
        out.push((what, en.to_string(), es.to_string()));
    }
    out
}

#[test]
fn every_text_is_written_in_both_languages() {
    let pairs = all_pairs();
    assert!(pairs.len() > 50, "only {} texts", pairs.len());
    let mut problems = Vec::new();
    for (key, en, es) in &pairs {
        if en.trim().is_empty() || es.trim().is_empty() {
            problems.push(format!("{key}: empty"));
        }
        if placeholders(en) != placeholders(es) {
            problems.push(format!("{key}: placeholders differ: {en:?} / {es:?}"));
        }
        let has_letters = en.chars().any(char::is_alphabetic);
        if en == es && has_letters && !SAME_IN_BOTH.contains(&en.as_str()) {
            problems.push(format!("{key}: Spanish left in English: {en:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn catalogue_names_are_unique() {
    let mut names: Vec<&str> = i18n::all().iter().map(|(n, _)| *n).collect();
    let before = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(before, names.len(), "a catalogue is listed twice");
}

#[test]
fn placeholders_are_filled_and_counted() {
    assert_eq!(
        fill("{n} of {total} done", &[("n", "2"), ("total", "5")]),
        "2 of 5 done"
    );
    assert_eq!(fill("{missing} stays", &[]), "{missing} stays");
    assert_eq!(count(1, "{n} task", "{n} tasks"), "1 task");
    assert_eq!(count(0, "{n} tarea", "{n} tareas"), "0 tareas");
    assert_eq!(placeholders("{b} and {a}"), vec!["a", "b"]);
}

#[test]
fn the_browser_language_picks_the_interface_language() {
    assert_eq!(language_from_tag("es-MX"), Language::Spanish);
    assert_eq!(language_from_tag("ES"), Language::Spanish);
    assert_eq!(language_from_tag("en-US"), Language::English);
    assert_eq!(language_from_tag("fr-FR"), Language::English);
    assert_eq!(language_from_tag(""), Language::English);
}

#[test]
fn dates_and_deadlines_in_spanish() {
    let d = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
    assert_eq!(format_date_in(d, Language::English), "Tue, Dec 15, 2026");
    assert_eq!(format_date_in(d, Language::Spanish), "mar, 15 dic 2026");
    let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    assert_eq!(due_label_in(d, today, Language::Spanish), "en 5 días");
    assert_eq!(due_label_in(today, d, Language::Spanish), "atrasado 5 días");
    assert_eq!(due_label_in(today, today, Language::Spanish), "vence hoy");
}

/// The fixtures the end-to-end tests read (`tests/e2e/spanish.test.mjs`):
/// every English interface text with its Spanish one (so a page in Spanish
/// can be checked for English left in it), and the Spanish reference plan as
/// a backup file to import. Regenerate after changing texts:
/// `UPDATE_FIXTURES=1 cargo test --test i18n e2e_fixtures_are_current`.
#[test]
fn e2e_fixtures_are_current() {
    let pairs = all_pairs();
    let strings: Vec<serde_json::Value> = pairs
        .iter()
        .filter(|(_, en, es)| en != es)
        .map(|(key, en, es)| serde_json::json!({ "key": key, "en": en, "es": es }))
        .collect();
    let strings = serde_json::to_string_pretty(&strings).unwrap() + "\n";
    let plan = ftm_planner::domain::corpus::import(
        include_str!("fixtures/corpus/typical-es.json"),
        "familia-rivera-es",
        1_764_000_000_000,
    )
    .unwrap();
    let backup = ftm_planner::domain::envelope::backup_to_json(&[plan], "2026-12-01T00:00:00.000Z");
    let dir = env!("CARGO_MANIFEST_DIR");
    let files = [
        (format!("{dir}/tests/e2e/ui-strings.json"), strings),
        (format!("{dir}/tests/fixtures/spanish-plan.json"), backup),
    ];
    let update = std::env::var("UPDATE_FIXTURES").is_ok_and(|v| v == "1");
    for (path, content) in files {
        if update {
            std::fs::write(&path, &content).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == content,
            "{path} is stale: run UPDATE_FIXTURES=1 cargo test --test i18n e2e_fixtures_are_current"
        );
    }
}

/// A plan started in the Spanish interface is a Spanish plan, ground rules
/// and all; one started in English is as before.
#[test]
fn a_new_plan_speaks_the_language_it_was_started_in() {
    let es = ftm_planner::domain::Plan::new_in("p", "Familia Ruiz", 0, Language::Spanish);
    assert_eq!(es.language, Language::Spanish);
    assert_eq!(es.meeting.ground_rules.len(), 5);
    assert_eq!(
        es.meeting.ground_rules[0].text,
        "Habla una persona a la vez"
    );
    let en = ftm_planner::domain::Plan::new_in("p", "Ruiz", 0, Language::English);
    assert_eq!(en, ftm_planner::domain::Plan::new("p", "Ruiz", 0));
    for (rule, english) in es
        .meeting
        .ground_rules
        .iter()
        .zip(ftm_planner::domain::DEFAULT_GROUND_RULES)
    {
        assert_ne!(rule.text, english);
    }
}
