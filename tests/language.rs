//! Native tests of the language helpers: readability, plain language, SMART
//! hints and loose dates.

use chrono::NaiveDate;
use ftm_planner::domain::dates::*;
use ftm_planner::domain::plain_language::suggestions;
use ftm_planner::domain::readability::*;
use ftm_planner::domain::smart::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

// ---------- readability ----------

#[test]
fn syllables_of_common_plan_words() {
    let expected = [
        ("family", 3),
        ("visits", 2),
        ("sober", 2),
        ("treatment", 2),
        ("therapy", 3),
        ("the", 1),
        ("appointments", 3),
        ("recovery", 4),
        ("home", 1),
        ("safe", 1),
        ("safety", 2),
        ("table", 2),
        ("people", 2),
        ("likes", 1),
        ("boxes", 2),
        ("signed", 1),
        ("needed", 2),
        ("services", 3),
        ("children", 2),
        ("school", 1),
        ("sobriety", 4),
        ("caseworker", 3),
        ("caregiver", 3),
        ("every", 2),
        ("evening", 2),
        ("being", 2),
        ("going", 2),
        ("violence", 3),
        ("reunification", 6),
        ("intervention", 4),
        ("friend", 1),
        ("client", 2),
        ("safely", 2),
        ("area", 3),
        ("yes", 1),
        ("day", 1),
        ("stayed", 1),
    ];
    let wrong: Vec<_> = expected
        .iter()
        .filter(|(w, n)| word_syllables(w) != *n)
        .map(|(w, n)| format!("{w}: expected {n}, got {}", word_syllables(w)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn syllables_of_tokens_with_numbers_and_punctuation() {
    assert_eq!(token_syllables("family's"), 3);
    assert_eq!(token_syllables("two-bedroom"), 3);
    assert_eq!(token_syllables("90"), 2);
    assert_eq!(token_syllables("5"), 1);
    assert_eq!(token_syllables("CPS"), 3);
    assert_eq!(token_syllables("don't"), 1);
}

#[test]
fn known_estimator_limits_stay_close() {
    // Real counts in brackets; the estimator may be one off on these.
    for (w, real) in [("recipe", 3), ("beyond", 2), ("maybe", 2), ("opinion", 3)] {
        let got = word_syllables(w) as i32;
        assert!((got - real).abs() <= 1, "{w}: {got}");
    }
}

#[test]
fn flesch_kincaid_by_hand() {
    // 2 sentences, 8 words, 9 syllables (Mom 1, will 1, call 1, the 1,
    // school 1, She 1, is 1, safe 1 … + "today" 2 = 10)
    let r = reading("Mom will call the school. She is safe today.").unwrap();
    assert_eq!((r.words, r.sentences), (9, 2));
    // 0.39*4.5 + 11.8*10/9 - 15.59 = -0.743 → clamped to 0
    assert_eq!(r.grade, 0.0);

    // "The family will attend therapy appointments every week." 8 words, 1
    // sentence, syllables 1+3+1+2+3+3+2+1 = 16:
    // 0.39*8 + 11.8*2 - 15.59 = 11.13
    let r = reading("The family will attend therapy appointments every week.").unwrap();
    assert_eq!((r.words, r.sentences), (8, 1));
    assert!((r.grade - 11.13).abs() < 0.01, "{}", r.grade);
}

#[test]
fn abbreviations_decimals_and_times_do_not_end_sentences() {
    let r = reading("Mom will see Dr. Shah on Mon, Wed, Thu 6-8pm. Mrs. Lee drives her 2.5 miles.")
        .unwrap();
    assert_eq!(r.sentences, 2);
    assert_eq!(r.words, 16);
    let r = reading("Call Aunt Rosa\nPick up both children\nGo to her home").unwrap();
    assert_eq!(r.sentences, 3);
}

#[test]
fn too_short_or_empty_has_no_reading() {
    assert!(reading("").is_none());
    assert!(reading("   \n ").is_none());
    assert!(reading("Aunt Rosa").is_none());
    assert!(reading("Aunt Rosa helps.").is_some());
}

#[test]
fn simplifying_lowers_the_grade() {
    let hard = reading(
        "Parental compliance with recommended substance abuse interventions will facilitate reunification.",
    )
    .unwrap();
    let easy =
        reading("Mom will go to her drug and alcohol group so the kids can come home.").unwrap();
    assert!(
        hard.grade > easy.grade + 5.0,
        "{} vs {}",
        hard.grade,
        easy.grade
    );
    assert_eq!(hard.level(), Level::Hard);
    assert_eq!(easy.level(), Level::Easy);
}

#[test]
fn levels_and_labels() {
    assert_eq!(level(5.9), Level::Easy);
    assert_eq!(level(6.0), Level::Target);
    assert_eq!(level(8.9), Level::Target);
    assert_eq!(level(9.0), Level::Hard);
    assert_eq!(grade_label(5.4), "Grade 5 — easy to read");
    assert_eq!(grade_label(7.2), "Grade 7 — good for most readers");
    assert_eq!(grade_label(9.3), "Grade 9 — a bit hard");
    assert_eq!(grade_label(14.0), "Grade 13+ — hard");
    assert_eq!(grade_label(0.0), "Grade 1 — easy to read");
}

#[test]
fn overall_pools_by_words() {
    let short_hard = "Reunification necessitates demonstrated sobriety.";
    let long_easy = "Mom will call her sponsor each night. She will go to two meetings a week. \
                     The kids will see her on Sundays at Aunt Rosa's house.";
    let a = reading(short_hard).unwrap();
    let b = reading(long_easy).unwrap();
    let all = overall(&[short_hard, long_easy, "Rosa", ""]).unwrap();
    assert_eq!(all.words, a.words + b.words);
    assert_eq!(all.sentences, a.sentences + b.sentences);
    assert!(all.grade > b.grade && all.grade < a.grade);
    assert!(overall(&["", "Rosa"]).is_none());
}

// ---------- plain language ----------

#[test]
fn acronyms_are_case_sensitive() {
    let s = suggestions("Bring cans of soup. The CANS and FANS show needs; fans cheered.");
    let terms: Vec<_> = s.iter().map(|s| s.term).collect();
    assert_eq!(terms, ["CANS", "FANS"]);
    assert_eq!(s[0].found, "CANS");
    assert_eq!(
        &"Bring cans of soup. The CANS and FANS show needs; fans cheered."[s[0].start..s[0].end],
        "CANS"
    );
}

#[test]
fn words_are_case_insensitive_whole_words() {
    let text = "Visitation is weekly. PLACEMENT with Rosa. Replacement parts are not jargon.";
    let s = suggestions(text);
    let terms: Vec<_> = s.iter().map(|s| s.term).collect();
    assert_eq!(terms, ["visitation", "placement"]);
    assert_eq!(s[0].plain, "visits");
    assert_eq!(s[1].found, "PLACEMENT");
}

#[test]
fn phrases_forms_plurals_and_possessives() {
    let text = "In order to reach permanency, prior to the hearing Mom's UAs and the GAL's \
                report matter; substance abuse and the concurrent plan are discussed. \
                Complying with IOP helps.";
    let s = suggestions(text);
    let terms: Vec<_> = s.iter().map(|s| s.term).collect();
    assert_eq!(
        terms,
        [
            "in order to",
            "permanency",
            "prior to",
            "UA",
            "GAL",
            "substance abuse",
            "concurrent plan",
            "compliance",
            "IOP"
        ]
    );
    let ua = &s[3];
    assert_eq!(ua.found, "UAs");
    assert_eq!(ua.plain, "drug test");
    assert_eq!(s[4].found, "GAL");
    assert_eq!(s[0].found, "In order to");
    assert_eq!(s[6].plain, "back-up plan");
    for x in &s {
        assert_eq!(&text[x.start..x.end], x.found);
    }
}

#[test]
fn no_duplicates_and_in_text_order() {
    let s = suggestions("utilize the placement; utilized again; placement again; PATP");
    let terms: Vec<_> = s.iter().map(|s| s.term).collect();
    assert_eq!(terms, ["utilize", "placement", "PATP"]);
    assert!(s.windows(2).all(|w| w[0].start < w[1].start));
}

#[test]
fn phrase_does_not_cross_punctuation_and_plain_text_is_clean() {
    assert!(suggestions("prior, to be fair")
        .iter()
        .all(|s| s.term != "prior to"));
    assert!(suggestions("Mom will call Aunt Rosa each night and take Maya to school.").is_empty());
    assert!(suggestions("").is_empty());
    let tpr = suggestions("We discussed termination of parental rights and TPR.");
    let terms: Vec<_> = tpr.iter().map(|s| s.term).collect();
    assert_eq!(terms, ["termination of parental rights", "TPR"]);
}

// ---------- SMART hints ----------

#[test]
fn smart_goals_come_out_clean() {
    for goal in [
        "Elena will attend treatment and show 90 days of sobriety, confirmed by weekly tests, by February 28.",
        "Elena will have a signed lease or housing voucher for a two-bedroom home by March 31.",
        "Marcus will call the children every Sunday evening, starting Dec 6.",
        "Mom will take her medicine daily and see her doctor monthly within 3 months.",
    ] {
        assert_eq!(smart_hints(goal, false), vec![], "{goal}");
    }
}

#[test]
fn weak_goals_get_hints() {
    let h = smart_hints("Mom will not drink.", false);
    assert!(
        h.contains(&SmartHint::Negative)
            && h.contains(&SmartHint::NoDate)
            && h.contains(&SmartHint::NoMeasure),
        "{h:?}"
    );

    let h = smart_hints("Dad will complete a parenting class.", false);
    assert!(
        h.contains(&SmartHint::SeatTime) && h.contains(&SmartHint::NoDate),
        "{h:?}"
    );

    let h = smart_hints("Things will get better.", false);
    assert!(
        h.contains(&SmartHint::TooVague)
            && h.contains(&SmartHint::NoMeasure)
            && h.contains(&SmartHint::NoDate),
        "{h:?}"
    );

    let h = smart_hints(
        "The children will no longer see arguments at home by Jan 31, every day.",
        false,
    );
    assert_eq!(h, vec![SmartHint::Negative]);

    assert_eq!(smart_hints("   ", false), vec![SmartHint::TooVague]);
}

#[test]
fn tasks_with_dates_supply_the_when() {
    let h = smart_hints("Mom will stay sober, confirmed by weekly tests.", true);
    assert_eq!(h, vec![]);
    let h = smart_hints("Mom will stay sober, confirmed by weekly tests.", false);
    assert_eq!(h, vec![SmartHint::NoDate]);
}

#[test]
fn deadlines_are_recognised() {
    for goal in [
        "Mom will stay sober for 90 days by Feb 28.",
        "Mom will stay sober 90 days, by Dec 15",
        "Mom will stay sober 90 days, by 12/15",
        "Mom will stay sober 90 days, by 2026-12-15",
        "Mom will find a job working 20 hours a week within 30 days",
        "Mom will find a job working 20 hours a week in 3 months",
        "Mom will find a job working 20 hours a week by summer",
        "Mom will find a job working 20 hours a week by the end of the month",
        "Mom will find a job working 20 hours a week, starting this week",
        "Mom will find a job working 20 hours a week by the next team meeting",
        "Mom will find a job working 20 hours a week by March",
        "Mom will find a job working 20 hours a week by 15 March",
        "Mom will find a job working 20 hours a week by Friday",
    ] {
        assert!(
            !smart_hints(goal, false).contains(&SmartHint::NoDate),
            "{goal}"
        );
    }
}

#[test]
fn frequencies_are_measures_not_deadlines() {
    for goal in [
        "Mom will call the children each week.",
        "Mom will call the children every week.",
        "Mom will call the children weekly.",
        "Mom will call the children every Friday.",
        "Mom will call the children on Fridays.",
        "Mom will call the children 3 times a week.",
        "Mom will stay sober for 90 days.",
        "Mom will have support available 24/7.",
        "Mom's sobriety will be confirmed by the school nurse and 2 tests.",
        "Jan will call the children twice a week.",
        "Mom may call the children twice a week.",
    ] {
        let h = smart_hints(goal, false);
        assert!(h.contains(&SmartHint::NoDate), "{goal}: {h:?}");
        assert!(!h.contains(&SmartHint::NoMeasure), "{goal}: {h:?}");
    }
}

#[test]
fn a_date_alone_is_not_a_measure() {
    let h = smart_hints("Dad will be a better parent by Dec 15.", false);
    assert!(h.contains(&SmartHint::NoMeasure), "{h:?}");
    assert!(h.contains(&SmartHint::TooVague), "{h:?}");
    assert!(!h.contains(&SmartHint::NoDate), "{h:?}");
}

#[test]
fn seat_time_needs_an_outcome() {
    let h = smart_hints(
        "Dad will go to anger management classes weekly by Jan 31.",
        false,
    );
    assert_eq!(h, vec![SmartHint::SeatTime]);
    let h = smart_hints(
        "Dad will go to anger management classes weekly and use calm words with the kids, as seen by Grandma, by Jan 31.",
        false,
    );
    assert_eq!(h, vec![]);
}

#[test]
fn negative_wording_forms() {
    for goal in [
        "Mom won't drink, by Jan 31, confirmed by weekly tests.",
        "Dad will stop yelling at the kids by Jan 31, every day.",
        "There will be no violence at home by Jan 31, every day.",
        "No drinking at home by Jan 31, every day.",
        "Mom will never leave the kids alone by Jan 31, every day.",
        "Dad will avoid arguments in front of the kids by Jan 31, every day.",
    ] {
        assert!(
            smart_hints(goal, false).contains(&SmartHint::Negative),
            "{goal}"
        );
    }
    assert!(
        !smart_hints("Mom will not only call but visit weekly by Jan 31.", false)
            .contains(&SmartHint::Negative)
    );
}

#[test]
fn long_goals_are_flagged() {
    let long = "Mom will ".to_string()
        + &"call the school and ".repeat(12)
        + "be there by Jan 31 every day.";
    assert!(smart_hints(&long, false).contains(&SmartHint::TooLong));
    for h in SmartHint::ALL {
        assert!(!h.message().is_empty());
    }
    assert_eq!(
        SmartHint::NoDate.message(),
        "Add when: by what date will this be happening?"
    );
}

#[test]
fn task_hints_list_what_is_missing() {
    assert!(task_hints("Take Maya to therapy", true, true, true).is_empty());
    assert_eq!(
        task_hints("Take Maya to therapy", false, true, true).len(),
        1
    );
    assert_eq!(task_hints("", false, false, false).len(), 4);
    let h = task_hints("Take Maya to therapy", true, false, false);
    assert_eq!(
        h,
        vec![
            "Add when: a date, or how often",
            "Add who will check it is happening"
        ]
    );
}

// ---------- dates ----------

#[test]
fn loose_dates_from_the_example_plan() {
    let meeting = d(2026, 11, 20);
    let cases = [
        ("2026-12-15", Some(d(2026, 12, 15))),
        ("12/15", Some(d(2026, 12, 15))),
        ("12/15/2026", Some(d(2026, 12, 15))),
        ("12/15/26", Some(d(2026, 12, 15))),
        ("Dec 15", Some(d(2026, 12, 15))),
        ("December 15", Some(d(2026, 12, 15))),
        ("December 15th, 2027", Some(d(2027, 12, 15))),
        ("15 Dec 2026", Some(d(2026, 12, 15))),
        ("By Nov 24", Some(d(2026, 11, 24))),
        ("by Dec 5", Some(d(2026, 12, 5))),
        ("Weekly from Dec 3", Some(d(2026, 12, 3))),
        ("Every Friday from Dec 4", Some(d(2026, 12, 4))),
        ("Starting Nov 30", Some(d(2026, 11, 30))),
        (
            "Mon, Wed, Thu 6-8pm, starting Nov 30",
            Some(d(2026, 11, 30)),
        ),
        ("Jan 15", Some(d(2027, 1, 15))),
        ("Oct 30", Some(d(2026, 10, 30))),
        ("Sept 1", Some(d(2027, 9, 1))),
        ("today", Some(meeting)),
        ("tomorrow", Some(d(2026, 11, 21))),
        ("Weekly note", None),
        ("Starting now", None),
        ("Mon, Wed, Thu 6-8pm", None),
        ("Available 24/7", None),
        ("13/45", None),
        ("Feb 30", None),
        ("", None),
    ];
    for (text, want) in cases {
        assert_eq!(parse_loose_date(text, meeting), want, "{text}");
    }
}

#[test]
fn year_less_dates_use_a_sixty_day_lookback() {
    let reference = d(2026, 11, 20);
    // 60 days before Nov 20 is Sep 21.
    assert_eq!(parse_loose_date("Sep 21", reference), Some(d(2026, 9, 21)));
    assert_eq!(parse_loose_date("Sep 20", reference), Some(d(2027, 9, 20)));
    assert_eq!(parse_loose_date("Feb 29", reference), Some(d(2028, 2, 29)));
}

#[test]
fn formatting_and_counting() {
    assert_eq!(format_date(d(2026, 12, 15)), "Tue, Dec 15, 2026");
    assert_eq!(format_date(d(2027, 1, 1)), "Fri, Jan 1, 2027");
    assert_eq!(days_until(d(2026, 11, 20), d(2026, 12, 15)), 25);
    assert_eq!(days_until(d(2026, 12, 15), d(2026, 11, 20)), -25);
}

#[test]
fn policy_deadlines() {
    assert_eq!(referral_deadline(d(2026, 11, 1)), d(2026, 12, 1));
    assert_eq!(plan_due(d(2026, 11, 1)), d(2026, 12, 31));
    assert_eq!(review_due(d(2026, 11, 20)), d(2027, 5, 20));
    assert_eq!(review_due(d(2026, 8, 31)), d(2027, 2, 28));
}

#[test]
fn due_labels() {
    let today = d(2026, 11, 20);
    assert_eq!(due_label(d(2026, 11, 17), today), "overdue by 3 days");
    assert_eq!(due_label(d(2026, 11, 19), today), "overdue by 1 day");
    assert_eq!(due_label(today, today), "due today");
    assert_eq!(due_label(d(2026, 11, 21), today), "due tomorrow");
    assert_eq!(due_label(d(2026, 11, 25), today), "in 5 days");
}

// --- Spanish: Fernández-Huerta reading ease, plain words ---------------------

use ftm_planner::domain::{plain_language, readability, readability_es, Language, Plan};

#[test]
fn spanish_syllables_follow_spanish_rules() {
    // Standard syllabification: diphthongs join, hiatus splits, a silent u
    // after q/g, "y" as a vowel only alone or at the end of a word.
    for (word, n) in [
        ("casa", 2),
        ("familia", 3),    // fa-mi-lia
        ("ciudad", 2),     // ciu-dad
        ("reunión", 2),    // reu-nión
        ("evaluación", 4), // e-va-lua-ción
        ("día", 2),        // dí-a
        ("país", 2),       // pa-ís
        ("leer", 2),       // le-er
        ("creo", 2),       // cre-o
        ("ahora", 3),      // a-ho-ra
        ("prohibir", 2),   // prohi-bir: a silent h does not split
        ("ahumado", 3),    // ahu-ma-do
        ("cacahuete", 4),  // ca-ca-hue-te
        ("construí", 2),   // cons-truí: two weak vowels stay together
        ("cuídate", 3),    // cuí-da-te
        ("huí", 1),
        ("acción", 2),
        ("camión", 2),
        ("buey", 1),
        ("Uruguay", 3),
        ("aéreo", 4), // a-é-re-o
        ("búho", 2),  // bú-ho
        ("ferry", 2),
        ("que", 1),
        ("guía", 2),     // guí-a
        ("pingüino", 3), // pin-güi-no
        ("aguacate", 4), // a-gua-ca-te
        ("hoy", 1),
        ("muy", 1),
        ("y", 1),
        ("ayer", 2), // a-yer
        ("niños", 2),
        ("Mamá", 2),
        ("trabajo", 3),
    ] {
        assert_eq!(readability_es::word_syllables(word), n, "{word}");
    }
}

#[test]
fn spanish_reading_ease_is_fernandez_huerta() {
    // "Mamá cuida a los niños." 5 words, 8 syllables (ma-má cui-da a los
    // ni-ños), 1 sentence: 206.84 − 60 × 8/5 − 1.02 × 5 = 105.74 → 100.
    let e = readability_es::ease("Mamá cuida a los niños.").unwrap();
    assert_eq!((e.words, e.sentences, e.syllables), (5, 1, 8));
    assert_eq!(e.score, 100.0);
    assert_eq!(e.band(), "very easy");
    // "La evaluación psicológica determinará la reunificación familiar.": 7
    // words, 24 syllables (la e-va-lua-ción psi-co-ló-gi-ca de-ter-mi-na-rá
    // la reu-ni-fi-ca-ción fa-mi-liar), 1 sentence: 206.84 − 60 × 24/7 −
    // 1.02 × 7 = −6.0, which the scale floors at 0.
    let hard =
        readability_es::ease("La evaluación psicológica determinará la reunificación familiar.")
            .unwrap();
    let syllables = [1, 4, 5, 5, 1, 5, 3];
    assert_eq!(
        (hard.words, hard.syllables),
        (7, syllables.iter().sum::<usize>())
    );
    assert_eq!(hard.syllables, 24);
    assert_eq!(hard.score, 0.0);
    // Unclamped, the score is the formula's.
    // la tra-ba-ja-do-ra so-cial ex-pli-ca-rá las con-di-cio-nes del a-cuer-do
    // du-ran-te la pró-xi-ma reu-nión fa-mi-liar: 13 words, 33 syllables → 41.3, "hard".
    let mid = readability_es::ease(
        "La trabajadora social explicará las condiciones del acuerdo durante la próxima reunión familiar.",
    )
    .unwrap();
    let expected =
        206.84 - 60.0 * mid.syllables as f32 / mid.words as f32 - 1.02 * mid.words as f32;
    assert!(mid.score > 0.0 && mid.score < 100.0, "{}", mid.score);
    assert!((mid.score - expected).abs() < 0.01);
    assert_eq!((mid.words, mid.syllables), (13, 33));
    assert_eq!(mid.band(), "hard");
    assert_eq!(mid.label(), "Reading ease 41 (Spanish) — hard");
    assert_eq!(hard.band(), "very hard");
    assert_eq!(hard.level(), Level::Hard);
    // The same meaning in plain words reads far easier.
    let plain = readability_es::ease("Vamos a ver si los niños pueden volver a casa.").unwrap();
    assert!(plain.score >= 80.0, "{}", plain.score);
    assert_eq!(plain.level(), Level::Easy);
    // A short everyday phrase reads as easy by the Spanish formula.
    let phrase = "Mamá va al trabajo";
    let m = readability::meter(&[phrase], Language::Spanish).unwrap();
    assert_eq!(m.level, Level::Easy);
    assert!(m.label.starts_with("Reading ease "), "{}", m.label);
    assert!(readability::meter(&["Hola"], Language::Spanish).is_none());
    // English texts still get the English grade.
    let en = readability::meter(
        &["We will meet every Friday at the school."],
        Language::English,
    )
    .unwrap();
    assert!(en.label.starts_with("Grade "));
}

#[test]
fn spanish_jargon_gets_plain_words_and_english_lists_stay_apart() {
    let text =
        "Las visitas supervisadas seguirán hasta la reunificación, a fin de proteger a los niños.";
    let found: Vec<&str> = plain_language::suggestions_in(text, Language::Spanish)
        .iter()
        .map(|s| s.term)
        .collect();
    assert_eq!(found, ["visitas supervisadas", "reunificación", "a fin de"]);
    let s = &plain_language::suggestions_in(text, Language::Spanish)[0];
    assert_eq!(&text[s.start..s.end], "visitas supervisadas");
    assert_eq!(s.plain, "visitas con otra persona presente");
    // English jargon is not looked for in Spanish, nor Spanish in English.
    assert!(
        plain_language::suggestions_in("The placement ends in May.", Language::Spanish).is_empty()
    );
    assert!(plain_language::suggestions(text).is_empty());
}

#[test]
fn a_plan_has_a_language_and_old_plans_are_english() {
    let plan = Plan::new("p", "Familia Ruiz", 0);
    assert_eq!(plan.language, Language::English);
    let mut es = plan.clone();
    es.language = Language::Spanish;
    let json = serde_json::to_string(&es).unwrap();
    assert!(json.contains("\"language\":\"es\""));
    let back: Plan = serde_json::from_str(&json).unwrap();
    assert_eq!(back.language, Language::Spanish);
    // A plan stored before plans had a language reads as English.
    let old = json.replace("\"language\":\"es\",", "");
    assert_eq!(
        serde_json::from_str::<Plan>(&old).unwrap().language,
        Language::English
    );
    assert_eq!(Language::Spanish.key(), "es");
}
