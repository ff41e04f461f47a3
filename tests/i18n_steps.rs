//! The steps area's texts built in the domain, in English and Spanish.

use chrono::NaiveDate;
use ftm_planner::domain::i18n::steps::{goals, team, voice, welcome, widgets};
use ftm_planner::domain::limits::LimitError;
use ftm_planner::domain::readability::{self, grade_label, grade_label_in, Level};
use ftm_planner::domain::readability_es;
use ftm_planner::domain::smart::{smart_hints, task_hints, task_hints_in, SmartHint};
use ftm_planner::domain::{plain_language, Language, Service, Task, TaskStatus, VoicePart};

const EN: Language = Language::English;
const ES: Language = Language::Spanish;

#[test]
fn smart_hints_in_both_languages() {
    for h in SmartHint::ALL {
        assert_eq!(h.message_in(EN), h.message());
        assert_ne!(h.message_in(ES), h.message());
    }
    let h = smart_hints("Mom will not drink.", false);
    assert!(h.contains(&SmartHint::Negative));
    assert_eq!(
        SmartHint::NoDate.message_in(ES),
        "Agregue cuándo: ¿para qué fecha va a estar pasando esto?"
    );
    assert_eq!(
        SmartHint::Negative.message(),
        "Say what will be happening instead (e.g. 'will stay sober' rather than 'will not drink')"
    );
}

#[test]
fn task_hints_in_both_languages() {
    assert_eq!(
        task_hints("", false, false, false),
        vec![
            "Say what will be done",
            "Add who will do it",
            "Add when: a date, or how often",
            "Add who will check it is happening"
        ]
    );
    assert_eq!(
        task_hints_in("", false, false, false, EN),
        task_hints("", false, false, false)
    );
    assert_eq!(
        task_hints_in("Call the school", true, false, true, ES),
        vec!["Agregue cuándo: una fecha, o cada cuánto"]
    );
    assert!(task_hints_in("Call", true, true, true, ES).is_empty());
}

#[test]
fn reading_bands_in_both_languages() {
    assert_eq!(grade_label_in(7.2, EN), grade_label(7.2));
    assert_eq!(grade_label_in(5.4, EN), "Grade 5 — easy to read");
    assert_eq!(grade_label_in(5.4, ES), "Grado 5 — fácil de leer");
    assert_eq!(grade_label_in(7.2, ES), "Grado 7 — bueno para la mayoría");
    assert_eq!(grade_label_in(9.3, ES), "Grado 9 — un poco difícil");
    assert_eq!(grade_label_in(14.0, ES), "Grado 13+ — difícil");

    let e = readability_es::ease("Vamos a ver si los niños pueden volver a casa.").unwrap();
    assert_eq!(e.label_in(EN), e.label());
    assert!(e.label().starts_with("Reading ease "), "{}", e.label());
    assert!(
        e.label_in(ES).starts_with("Facilidad de lectura "),
        "{}",
        e.label_in(ES)
    );
    assert!(e.label_in(ES).contains("(español)"));
    assert_eq!(e.band_in(EN), e.band());
    assert_ne!(e.band_in(ES), e.band());

    // The formula follows the text's language; the words, the interface's.
    let es_text = ["Mamá va al trabajo"];
    let m = readability::meter_in(&es_text, ES, EN).unwrap();
    assert_eq!(m, readability::meter(&es_text, ES).unwrap());
    let m_es = readability::meter_in(&es_text, ES, ES).unwrap();
    assert_eq!((m_es.level, m_es.value), (m.level, m.value));
    assert!(m_es.label.starts_with("Facilidad de lectura "));
    let en_text = ["We will meet every Friday at the school."];
    let g = readability::meter_in(&en_text, EN, ES).unwrap();
    assert!(g.label.starts_with("Grado "), "{}", g.label);
    assert_eq!(g.level, Level::Easy);
}

#[test]
fn plain_words_hint_in_both_languages() {
    let found = plain_language::suggestions("The placement will continue.");
    let en = plain_language::hint_in(&found, EN).unwrap();
    assert!(en.starts_with("Plainer words: “placement” → "), "{en}");
    let es = plain_language::hint_in(&found, ES).unwrap();
    assert!(
        es.starts_with("Palabras más sencillas: “placement” → "),
        "{es}"
    );
    assert_eq!(plain_language::hint_in(&[], ES), None);
}

#[test]
fn father_prompt_in_both_languages() {
    assert!(team::father_prompt((0, 0), EN)
        .unwrap()
        .starts_with("No father or father figure"));
    assert_eq!(
        team::father_prompt((2, 0), EN).unwrap(),
        "2 fathers or father figures are on the team, and none is here today. What would help them take part (another time, by phone)?"
    );
    assert!(team::father_prompt((2, 0), ES)
        .unwrap()
        .starts_with("Hay 2 padres o figuras paternas"));
    assert!(team::father_prompt((1, 0), ES)
        .unwrap()
        .starts_with("El padre de los niños"));
    assert_eq!(team::father_prompt((1, 1), ES), None);
}

#[test]
fn team_picture_in_both_languages() {
    let c = team::PictureCounts {
        family: 2,
        informal: 1,
        formal: 3,
        here: 4,
        total: 6,
        private: 0,
    };
    assert_eq!(
        team::team_picture(c, EN),
        "Team picture: 2 family members in the centre, 1 informal supports on the left, 3 formal supports on the right. 4 of 6 are here today."
    );
    let private = team::PictureCounts { private: 1, ..c };
    assert!(team::team_picture(private, EN).ends_with(" 1 marked private (not shared)."));
    assert!(team::team_picture(private, ES).starts_with("Imagen del equipo: 2 familiares"));
    assert!(team::team_picture(private, ES).ends_with(" 1 con marca de privado (no se comparte)."));
}

#[test]
fn referral_reminder_in_both_languages() {
    let due = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    assert_eq!(
        welcome::referral_reminder(due, today, EN),
        "Service referrals are due within 30 days of placement: by Tue, Dec 15, 2026 (in 5 days)."
    );
    let es = welcome::referral_reminder(due, today, ES);
    assert!(
        es.contains("a más tardar el mar, 15 dic 2026 (en 5 días)."),
        "{es}"
    );
}

#[test]
fn task_and_service_lines_match_english_and_translate() {
    let task = Task {
        who_other: "Abuela Rosa".into(),
        by_when: NaiveDate::from_ymd_opt(2027, 2, 26),
        status: TaskStatus::default(),
        ..Task::default()
    };
    let none = |_| None;
    assert_eq!(goals::task_summary(&task, none, EN), task.summary(none));
    let es = goals::task_summary(&task, none, ES);
    assert!(es.starts_with("Abuela Rosa · para el "), "{es}");
    assert!(es.ends_with(TaskStatus::default().label_in(ES)), "{es}");
    let nobody = Task::default();
    assert!(goals::task_summary(&nobody, none, ES).starts_with("Todavía no se eligió a nadie"));

    let service = Service {
        frequency: "weekly".into(),
        start: NaiveDate::from_ymd_opt(2027, 1, 5),
        ..Service::default()
    };
    assert_eq!(goals::service_summary(&service, EN), service.summary());
    assert_eq!(
        goals::service_summary(&service, ES),
        "weekly · empieza el mar, 5 ene 2027 · todavía no se envió la referencia"
    );
    assert_eq!(goals::service_title(&Service::default(), EN), "New service");
    assert_eq!(
        goals::service_title(&Service::default(), ES),
        "Servicio nuevo"
    );
    let named = Service {
        provider: "Hope Center".into(),
        ..Service::default()
    };
    assert_eq!(goals::service_title(&named, ES), "Hope Center");
}

#[test]
fn sharing_choices_in_both_languages() {
    for (part, label) in ftm_planner::domain::VoiceSharing::PARTS {
        assert_eq!(
            voice::share_part_label(part, EN),
            format!("Share with my family: {}", label.replacen("My ", "my ", 1))
        );
    }
    assert_eq!(
        voice::share_part_label(VoicePart::Story, ES),
        "Compartir con mi familia: mi historia"
    );
}

#[test]
fn limit_refusal_in_both_languages() {
    for e in [
        LimitError::List {
            name: "ground_rules".into(),
            items: 500,
        },
        LimitError::Total(5000),
        LimitError::Text {
            name: "purpose".into(),
            chars: 20001,
        },
    ] {
        assert_eq!(
            widgets::nothing_added(&e, EN),
            format!("Nothing was added: {e}.")
        );
        assert!(widgets::nothing_added(&e, ES).starts_with("No se agregó nada: "));
    }
}
