//! The family area in English and Spanish: the .ics, a saved copy's title,
//! names and lists in the family's plan, and link errors.

use chrono::NaiveDate;
use ftm_planner::domain::i18n::family::{join_with_and, CalendarText, LinkErrorText};
use ftm_planner::domain::ics::plan_to_ics;
use ftm_planner::domain::share::ShareError;
use ftm_planner::domain::shared_plan::{SharedCrisisStep, SharedGoal, SharedMember, SharedTask};
use ftm_planner::domain::{Language, NextMeeting, SavedCopy, SharedPlan};

const STAMP: &str = "20261120T150000Z";

const ALL_ERRORS: [ShareError; 8] = [
    ShareError::Incomplete,
    ShareError::Damaged,
    ShareError::NeedsPassphrase,
    ShareError::WrongPassphrase,
    ShareError::TooNew,
    ShareError::TooLongForQr,
    ShareError::NoCipher,
    ShareError::TooLarge,
];

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A small family plan in `language`: two people, a dated task with
/// everything filled in, and a next meeting.
fn plan(language: Language) -> SharedPlan {
    SharedPlan {
        plan_ref: 0x1234_abcd,
        family_name: "Familia Rivera".into(),
        team: vec![
            SharedMember {
                id: 1,
                name: "Elena Rivera".into(),
                ..Default::default()
            },
            SharedMember {
                id: 2,
                name: "Isabel Delgado".into(),
                ..Default::default()
            },
            SharedMember {
                id: 3,
                name: String::new(),
                ..Default::default()
            },
        ],
        goals: vec![SharedGoal {
            statement: "Los niños van a la escuela cada día".into(),
            tasks: vec![
                SharedTask {
                    id: 7,
                    who: vec![1, 2],
                    what: "Llevar a los niños a la escuela".into(),
                    place: "Escuela Lincoln".into(),
                    by_when: Some(date(2026, 12, 5)),
                    when_text: "lunes a viernes, 7:30".into(),
                    checker: Some(2),
                    ..Default::default()
                },
                SharedTask {
                    id: 8,
                    who: vec![1],
                    by_when: Some(date(2026, 12, 6)),
                    ..Default::default()
                },
            ],
            ..Default::default()
        }],
        next_meeting: NextMeeting {
            date: Some(date(2026, 12, 18)),
            time: "10:00".into(),
            place: "Casa de Rosa".into(),
            who: "Todo el equipo".into(),
        },
        language,
        ..Default::default()
    }
}

#[test]
fn a_spanish_plans_calendar_is_in_spanish() {
    let text = unfold(&plan_to_ics(&plan(Language::Spanish), None, STAMP));
    for expected in [
        "SUMMARY:Llevar a los niños a la escuela\r\n",
        "DESCRIPTION:Quién: Elena Rivera e Isabel Delgado\\nCuándo: lunes a viernes\\, 7:30\\nRevisa: Isabel Delgado\\nMeta: Los niños van a la escuela cada día\r\n",
        "SUMMARY:Tarea\r\n",
        "SUMMARY:Reunión del equipo familiar — Familia Rivera\r\n",
        "DESCRIPTION:Hora: 10:00\\nQuién: Todo el equipo\r\n",
        "LOCATION:Casa de Rosa\r\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    let en = CalendarText::get(Language::English);
    for english in [
        "Who:",
        "When:",
        "Checks:",
        "Goal:",
        "Time:",
        en.meeting,
        "SUMMARY:Task",
        " and ",
    ] {
        assert!(!text.contains(english), "English {english:?} in\n{text}");
    }
}

#[test]
fn an_english_plans_calendar_stays_english() {
    let text = unfold(&plan_to_ics(&plan(Language::English), None, STAMP));
    assert!(text.contains(
        "DESCRIPTION:Who: Elena Rivera and Isabel Delgado\\nWhen: lunes a viernes\\, 7:30\\nChecks: Isabel Delgado\\nGoal: Los niños van a la escuela cada día\r\n"
    ));
    assert!(text.contains("SUMMARY:Task\r\n"));
    assert!(text.contains("SUMMARY:Family team meeting — Familia Rivera\r\n"));
    assert!(text.contains("DESCRIPTION:Time: 10:00\\nWho: Todo el equipo\r\n"));
    let mut unnamed = plan(Language::Spanish);
    unnamed.family_name = "  ".into();
    let text = unfold(&plan_to_ics(&unnamed, None, STAMP));
    assert!(text.contains("SUMMARY:Reunión del equipo familiar\r\n"));
}

#[test]
fn a_saved_copys_title_is_in_the_plans_language() {
    let mut es = plan(Language::Spanish);
    assert_eq!(SavedCopy::new(es.clone(), 0).title(), "Familia Rivera");
    es.shared_for = Some(1);
    assert_eq!(
        SavedCopy::new(es.clone(), 0).title(),
        "Familia Rivera — vista de Elena Rivera"
    );
    assert_eq!(
        SavedCopy::new(es.clone(), 0).title_in(Language::English),
        "Familia Rivera — Elena Rivera's view"
    );
    es.family_name = String::new();
    assert_eq!(
        SavedCopy::new(es.clone(), 0).title(),
        "Un plan familiar — vista de Elena Rivera"
    );
    es.shared_for = None;
    assert_eq!(SavedCopy::new(es, 0).title(), "Un plan familiar");

    let mut en = plan(Language::English);
    en.shared_for = Some(2);
    assert_eq!(
        SavedCopy::new(en.clone(), 0).title(),
        "Familia Rivera — Isabel Delgado's view"
    );
    en.family_name = String::new();
    en.shared_for = None;
    assert_eq!(SavedCopy::new(en, 0).title(), "A family plan");
}

#[test]
fn names_and_lists_follow_the_plans_language() {
    let es = plan(Language::Spanish);
    let en = plan(Language::English);
    assert_eq!(es.member_name(3), "(sin nombre todavía)");
    assert_eq!(en.member_name(3), "(no name yet)");
    assert_eq!(es.member_name(99), "(no está en este plan)");
    assert_eq!(en.member_name(99), "(not in this plan)");
    assert_eq!(es.team[2].display_name(), "(no name yet)");
    assert_eq!(
        es.team[2].display_name_in(Language::Spanish),
        "(sin nombre todavía)"
    );

    let step = SharedCrisisStep {
        who: Some(1),
        who_other: "su vecina".into(),
        what: String::new(),
    };
    assert_eq!(es.step_people(&step), "Elena Rivera y su vecina");
    assert_eq!(en.step_people(&step), "Elena Rivera and su vecina");

    let nobody = SharedTask {
        what: "Llamar".into(),
        ..Default::default()
    };
    let mut es_other = es.clone();
    es_other.goals[0].tasks.push(nobody.clone());
    let mut en_other = en.clone();
    en_other.goals[0].tasks.push(nobody);
    let last = |p: &SharedPlan| p.tasks_by_person().last().unwrap().0.clone();
    assert_eq!(last(&es_other), "Otra persona");
    assert_eq!(last(&en_other), "Someone else");
}

#[test]
fn spanish_and_becomes_e_before_an_i_sound() {
    let es = Language::Spanish;
    assert_eq!(join_with_and(&["Rosa", "Isabel"], es), "Rosa e Isabel");
    assert_eq!(join_with_and(&["Rosa", "Hilda"], es), "Rosa e Hilda");
    assert_eq!(join_with_and(&["Rosa", "Íñigo"], es), "Rosa e Íñigo");
    assert_eq!(join_with_and(&["Rosa", "hielo"], es), "Rosa y hielo");
    assert_eq!(join_with_and(&["Rosa", "Ian"], es), "Rosa y Ian");
    assert_eq!(join_with_and(&["Rosa", "Yolanda"], es), "Rosa y Yolanda");
    assert_eq!(
        join_with_and(&["Ana", "Luis", "Iván"], es),
        "Ana, Luis e Iván"
    );
    assert_eq!(
        join_with_and(&["Ana", "Iván", "Luis"], es),
        "Ana, Iván y Luis"
    );
    assert_eq!(join_with_and(&["Ana"], es), "Ana");
    assert_eq!(join_with_and(&[], es), "");
    assert_eq!(
        join_with_and(&["Rosa", "Isabel"], Language::English),
        "Rosa and Isabel"
    );
}

#[test]
fn link_errors_in_both_languages() {
    for e in ALL_ERRORS {
        // English is the Display text, unchanged.
        assert_eq!(e.message_in(Language::English), e.to_string());
        let es = e.message_in(Language::Spanish);
        assert!(!es.is_empty());
        assert_ne!(es, e.to_string(), "{e:?} left in English");
    }
    let es = LinkErrorText::get(Language::Spanish);
    assert_eq!(
        ShareError::WrongPassphrase.message_in(Language::Spanish),
        es.wrong_passphrase
    );
    assert_eq!(
        ShareError::Incomplete.message_in(Language::Spanish),
        "Este enlace está incompleto. Pida que se lo envíen otra vez."
    );
    assert_eq!(
        ShareError::WrongPassphrase.message_in(Language::English),
        "That passphrase is not right. Check it and try again."
    );
    // Every message is different: none answers for another.
    let mut spanish: Vec<&str> = ALL_ERRORS
        .iter()
        .map(|e| e.message_in(Language::Spanish))
        .collect();
    spanish.sort_unstable();
    spanish.dedup();
    assert_eq!(spanish.len(), ALL_ERRORS.len());
}
