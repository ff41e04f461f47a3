//! The meeting's kind shapes the flow (issue 12): the aftercare check around
//! its 6-month boundary (K6), the worry scale chart's geometry and its text
//! alternative, and the wall's review and aftercare cards.

use chrono::NaiveDate;
use ftm_planner::domain::aftercare::{item_warning, latest_start, nothing_planned, ItemWarning};
use ftm_planner::domain::scale_chart::{chart, describe, HEIGHT, PAD, WIDTH};
use ftm_planner::domain::wall::wall_step;
use ftm_planner::domain::{Aftercare, AftercareItem, Language, MeetingKind, Plan, Step, TextItem};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn support(start: Option<NaiveDate>) -> AftercareItem {
    AftercareItem {
        id: 1,
        support: "Parent support group".into(),
        who: "Family Center".into(),
        start,
        private: false,
    }
}

#[test]
fn aftercare_starting_six_months_before_closure_is_fine_one_day_later_is_not() {
    let closure = date(2027, 6, 30);
    assert_eq!(latest_start(closure), date(2026, 12, 30));
    assert_eq!(
        item_warning(&support(Some(date(2026, 12, 30))), Some(closure)),
        None
    );
    assert_eq!(
        item_warning(&support(Some(date(2026, 12, 29))), Some(closure)),
        None
    );
    assert_eq!(
        item_warning(&support(Some(date(2026, 12, 31))), Some(closure)),
        Some(ItemWarning::StartsLate {
            latest: date(2026, 12, 30)
        })
    );
    // Starting after closure is late too.
    assert!(matches!(
        item_warning(&support(Some(date(2027, 7, 1))), Some(closure)),
        Some(ItemWarning::StartsLate { .. })
    ));
}

#[test]
fn six_months_before_a_month_end_clamps() {
    // Aug 31 − 6 months: the last day of February.
    assert_eq!(latest_start(date(2027, 8, 31)), date(2027, 2, 28));
    assert_eq!(latest_start(date(2028, 8, 31)), date(2028, 2, 29));
    assert_eq!(
        item_warning(&support(Some(date(2027, 3, 1))), Some(date(2027, 8, 31))),
        Some(ItemWarning::StartsLate {
            latest: date(2027, 2, 28)
        })
    );
}

#[test]
fn aftercare_without_a_start_or_a_closure_date() {
    // No start date: always flagged, closure date or not.
    assert_eq!(
        item_warning(&support(None), Some(date(2027, 6, 30))),
        Some(ItemWarning::NoStart)
    );
    assert_eq!(
        item_warning(&support(None), None),
        Some(ItemWarning::NoStart)
    );
    // A start but no closure date: nothing to measure against.
    assert_eq!(item_warning(&support(Some(date(2027, 1, 1))), None), None);
    // A blank item just added is not nagged.
    let blank = AftercareItem {
        id: 2,
        ..AftercareItem::default()
    };
    assert_eq!(item_warning(&blank, Some(date(2027, 6, 30))), None);
}

#[test]
fn nothing_planned_until_a_support_has_words() {
    let mut a = Aftercare::default();
    assert!(nothing_planned(&a));
    a.items.push(AftercareItem {
        id: 3,
        ..AftercareItem::default()
    });
    assert!(nothing_planned(&a), "a blank item is not a plan");
    a.items.push(support(None));
    assert!(!nothing_planned(&a));
}

#[test]
fn scale_chart_spreads_meetings_and_puts_ten_at_the_top() {
    let series = vec![
        (Some(date(2026, 11, 20)), Some(3.0)),
        (Some(date(2026, 12, 18)), None),
        (Some(date(2027, 1, 15)), Some(10.0)),
    ];
    let c = chart(&series);
    assert_eq!(c.points.len(), 2, "no dot where no one answered");
    let (first, last) = (&c.points[0], &c.points[1]);
    assert_eq!(first.x, PAD);
    assert_eq!(last.x, WIDTH - PAD);
    assert_eq!(last.y, PAD, "10 at the top");
    assert!(first.y > last.y && first.y < HEIGHT - PAD);
    assert!(!first.now && last.now);
    assert_eq!(
        c.line,
        format!("{},{} {},{}", first.x, first.y, last.x, last.y)
    );
    // 0 at the bottom.
    let zero = chart(&[(None, Some(0.0))]);
    assert_eq!(zero.points[0].y, HEIGHT - PAD);
    assert_eq!(zero.points[0].x, WIDTH / 2.0);
}

#[test]
fn scale_chart_says_what_it_shows_in_both_languages() {
    let series = vec![
        (Some(date(2026, 11, 20)), Some(3.0)),
        (Some(date(2026, 12, 18)), Some(6.5)),
    ];
    let c = chart(&series);
    let en = describe(&c, Language::English);
    assert!(en.starts_with("Scale: 3 on "), "{en}");
    assert!(en.contains("Nov 20, 2026"), "{en}");
    assert!(en.ends_with("; 6.5 now"), "{en}");
    let es = describe(&c, Language::Spanish);
    assert!(es.starts_with("Escala: 3 el "), "{es}");
    assert!(es.ends_with("6.5 ahora"), "{es}");
    assert_eq!(describe(&chart(&[(None, None)]), Language::English), "");
}

#[test]
fn the_wall_shows_successes_and_aftercare_but_nothing_private() {
    let mut plan = Plan::new("p", "Rivera family", 1);
    plan.meeting.kind = MeetingKind::TransitionDischarge;
    plan.progress.successes = vec![
        TextItem {
            id: 10,
            text: "Maya went to school every day".into(),
            private: false,
        },
        TextItem {
            id: 11,
            text: "SECRET success".into(),
            private: true,
        },
    ];
    plan.aftercare.items = vec![
        support(Some(date(2026, 1, 1))),
        AftercareItem {
            id: 12,
            support: "SECRET aftercare".into(),
            private: true,
            ..support(None)
        },
    ];
    let review = wall_step(&plan, Step::Review);
    assert_eq!(review.kind, MeetingKind::TransitionDischarge);
    let texts: Vec<String> = review.cards.iter().map(|c| c.text.clone()).collect();
    assert!(
        texts.iter().any(|t| t.contains("Maya went to school")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("SECRET")), "{texts:?}");
    let after = wall_step(&plan, Step::Aftercare);
    let texts: Vec<String> = after.cards.iter().map(|c| c.text.clone()).collect();
    assert!(
        texts.iter().any(|t| t.contains("Parent support group")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("SECRET")), "{texts:?}");
}
