//! The secret-marker plan: a small, realistic plan in which every text holds
//! one unique marker token, so a test (or an end-to-end test reading the
//! fixtures in `tests/fixtures/`) can tell exactly which texts reach which
//! audience.
//!
//! A token is `zq` + a class letter + three digits + `q`, e.g. `zqS014q`.
//! The class says who may see the text:
//!
//! | class | what                                                             | family link | person link | wall |
//! |-------|------------------------------------------------------------------|-------------|-------------|------|
//! | `S`   | shared with the family                                           | yes         | yes         | yes  |
//! | `T`   | a task of someone other than the person (Elena)                  | yes         | no          | yes  |
//! | `P`   | inside a private item, or about a private person                 | no          | no          | no   |
//! | `C`   | caseworker-only notes (reluctance, father outreach, sharing words) | no          | no          | no   |
//! | `V`   | a part of a child's voice the child did not share                | no          | no          | no   |
//! | `N`   | not private, but not carried to the family (place, ground rules…) | no          | no          | yes  |
//!
//! "The person" is Elena ([`ELENA`]): tasks she does or checks are `S`.

#![allow(dead_code)]

use chrono::NaiveDate;
use ftm_planner::domain::*;
use serde_json::Value;

/// The plan's storage id (fixed, so the fixtures are stable).
pub const PLAN_ID: &str = "markerplan01";
/// "The person": a shared team member with tasks of her own and one she checks.
pub const ELENA: ItemId = 10;
pub const MARCUS: ItemId = 11;
pub const ROSA: ItemId = 12;
pub const DANA: ItemId = 13;
/// A private team member (a neighbour Elena leans on, kept off the family's copy).
pub const TOM: ItemId = 14;
/// The private child.
pub const NOAH: ItemId = 6;

/// Marker classes, in the order they are reported.
pub const CLASSES: [char; 6] = ['S', 'T', 'P', 'C', 'V', 'N'];

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn item(id: ItemId, text: &str, private: bool) -> TextItem {
    TextItem {
        id,
        text: text.into(),
        private,
    }
}

fn voice_box(label: &str, words: &str) -> VoiceBox {
    VoiceBox {
        label: label.into(),
        words: words.into(),
    }
}

/// The marker plan, written out in full.
pub fn marked_plan() -> Plan {
    Plan {
        id: PLAN_ID.into(),
        family_name: "Marker zqS001q family".into(),
        created_ms: 1_795_000_000_000,
        updated_ms: 1_795_000_000_000,
        next_id: 100,
        language: Language::English,
        meeting: Meeting {
            kind: MeetingKind::FollowUp,
            date: date(2026, 11, 20),
            place: "Family centre zqN002q, room 2".into(),
            facilitator: "Jo Park zqN003q".into(),
            purpose: "We meet to zqS004q plan how the children come home safely.".into(),
            ground_rules: vec![
                item(1, "One person zqN005q speaks at a time.", false),
                item(2, "We talk zqN006q about behaviours, not labels.", false),
                item(3, "Nobody zqP007q mentions the court case today.", true),
            ],
            placement_date: date(2026, 9, 1),
            father_outreach: "Dana zqC218q wrote to Marcus twice and left a message.".into(),
        },
        children: vec![
            // A young child: her story is shared, her boxes are not.
            Child {
                id: 4,
                name: "Lily zqS008q Rivera".into(),
                age: Some(7),
                living_with: "Lives with Aunt Rosa zqC009q on Pine Street.".into(),
                home_safety: HomeSafety::Safe,
                voice: ChildVoice {
                    story: "Lily zqS010q is a girl who loves drawing horses.".into(),
                    wished_ending: "Mom gets well zqS011q and we all live together.".into(),
                    boxes: [
                        voice_box("Scary things zqV012q", "I zqV013q hate shouting at night."),
                        voice_box("Happy things zqV014q", "Aunt Rosa zqV015q makes pancakes."),
                        voice_box("Wishes zqV016q", "A puppy zqV017q and my own room."),
                    ],
                    story_now: "My story zqS018q is the same, but Mom is better.".into(),
                    plan_now: "The plan zqS019q is Mom goes to her meetings.".into(),
                    own_words: "I want zqV020q Dad at my birthday.".into(),
                    own_goals: "Learn to ride zqV021q my bike.".into(),
                    wants_from_plan: "Mom picks me up zqV022q from school.".into(),
                    safety_plan: "I tell zqV023q my teacher if I feel scared.".into(),
                    sharing_choice: "Lily zqC024q said Mom can hear the story, not the boxes."
                        .into(),
                    sharing: VoiceSharing {
                        story: true,
                        ..VoiceSharing::default()
                    },
                },
                private: false,
            },
            // An adolescent: his goals and safety plan are shared, his own words are not.
            Child {
                id: 5,
                name: "Sam zqS025q Rivera".into(),
                age: Some(15),
                living_with: "Stays with Aunt Rosa zqC026q during the week.".into(),
                home_safety: HomeSafety::Safe,
                voice: ChildVoice {
                    story: "Sam zqV027q looks after his little sister a lot.".into(),
                    wished_ending: "Everyone zqV028q stops arguing.".into(),
                    boxes: [
                        voice_box("Worries zqV029q", "Mom zqV030q drinking again."),
                        voice_box("Good stuff zqV031q", "Football zqV032q on Saturdays."),
                        voice_box("Hopes zqV033q", "A job zqV034q at the bike shop."),
                    ],
                    story_now: "Things are calmer zqV035q at home now.".into(),
                    plan_now: "Mom zqV036q goes to meetings and I see Dad.".into(),
                    own_words: "I feel zqV037q like nobody asks me.".into(),
                    own_goals: "Pass zqS038q my driving theory test by spring.".into(),
                    wants_from_plan: "I want zqV039q to stay at my school.".into(),
                    safety_plan: "If things get loud I text zqS040q Aunt Rosa and walk over."
                        .into(),
                    sharing_choice: "Sam zqC041q shares his goals and safety plan, not his words."
                        .into(),
                    sharing: VoiceSharing {
                        goals: true,
                        safety_plan: true,
                        ..VoiceSharing::default()
                    },
                },
                private: false,
            },
            // A private child: everything stays home, whatever the sharing choices say.
            Child {
                id: NOAH,
                name: "Noah zqP042q Baker".into(),
                age: Some(2),
                living_with: "Lives with his dad zqP043q in Fairview.".into(),
                home_safety: HomeSafety::Safe,
                voice: ChildVoice {
                    story: "Noah zqP044q is a happy little boy.".into(),
                    wished_ending: "He sees zqP045q his sister often.".into(),
                    boxes: [
                        voice_box("Worries zqP046q", "Noah cries zqP047q at drop-off."),
                        voice_box("Good things zqP048q", "He loves zqP049q the swings."),
                        voice_box("Dreams zqP050q", "A visit zqP051q to the zoo."),
                    ],
                    story_now: "Noah zqP052q now sleeps through the night.".into(),
                    plan_now: "Visits zqP053q every other Sunday.".into(),
                    own_words: "Noah's dad zqP054q speaks for him.".into(),
                    own_goals: "Start zqP055q nursery in spring.".into(),
                    wants_from_plan: "Regular zqP056q visits with Lily.".into(),
                    safety_plan: "His dad zqP057q keeps him home if unsure.".into(),
                    sharing_choice: "Noah's dad zqP058q asked to keep this private.".into(),
                    sharing: VoiceSharing {
                        story: true,
                        boxes: true,
                        own_words: true,
                        goals: true,
                        safety_plan: true,
                    },
                },
                private: true,
            },
        ],
        team: vec![
            TeamMember {
                id: ELENA,
                name: "Elena zqS059q Rivera".into(),
                role: Role::Mother,
                relation: "Mother zqS060q of Lily and Sam".into(),
                support: SupportKind::Family,
                attending: true,
                contact: "Text 555-0101 zqS061q after 4pm".into(),
                reluctance: "Elena zqC062q feared the team would blame her.".into(),
                reluctance_addressed: "We agreed zqC063q to talk about behaviours, not labels."
                    .into(),
                helped: "Elena zqN064q went to every visit this month.".into(),
                private: false,
            },
            TeamMember {
                id: MARCUS,
                name: "Marcus zqS065q Rivera".into(),
                role: Role::Father,
                relation: "Father zqS066q of Lily and Sam".into(),
                support: SupportKind::Family,
                attending: false,
                contact: "Call 555-0102 zqS067q, works nights".into(),
                reluctance: "Elena zqC068q did not want Marcus invited at first.".into(),
                reluctance_addressed: "Marcus zqC069q joins by phone for the first half.".into(),
                helped: "Marcus zqN070q paid for Sam's football boots.".into(),
                private: false,
            },
            TeamMember {
                id: ROSA,
                name: "Rosa zqS071q Delgado".into(),
                role: Role::FosterParent,
                relation: "Aunt zqS072q caring for the children".into(),
                support: SupportKind::Informal,
                attending: true,
                contact: "Call 555-0103 zqS073q any time".into(),
                reluctance: "Rosa zqC074q worried Elena would be angry with her.".into(),
                reluctance_addressed: "Rosa and Elena zqC075q talked before the meeting.".into(),
                helped: "Rosa zqN076q takes the children to school.".into(),
                private: false,
            },
            TeamMember {
                id: DANA,
                name: "Dana zqS077q Whitfield".into(),
                role: Role::Caseworker,
                relation: "Caseworker zqS078q for the family".into(),
                support: SupportKind::Formal,
                attending: true,
                contact: "Office 555-0199 zqS079q, weekdays".into(),
                reluctance: "Marcus zqC080q distrusts the agency after last year.".into(),
                reluctance_addressed: "Dana zqC081q will send Marcus the notes first.".into(),
                helped: "Dana zqN082q found the family a food bank.".into(),
                private: false,
            },
            TeamMember {
                id: TOM,
                name: "Tom zqP083q Baker".into(),
                role: Role::Friend,
                relation: "Elena's zqP084q neighbour".into(),
                support: SupportKind::Informal,
                attending: false,
                contact: "Call 555-0177 zqP085q evenings".into(),
                reluctance: "Rosa zqP086q does not trust Tom.".into(),
                reluctance_addressed: "Tom zqP087q stays off the family's copy.".into(),
                helped: "Tom zqP088q lent Elena money for rent.".into(),
                private: true,
            },
        ],
        strengths: vec![
            Strength {
                id: 20,
                whose: Whose::Family,
                text: "The family zqS089q eats dinner together on Sundays.".into(),
                past_success: false,
                private: false,
            },
            Strength {
                id: 21,
                whose: Whose::Person(ELENA),
                text: "Elena zqS090q stayed sober for a year before.".into(),
                past_success: true,
                private: false,
            },
            // Not marked private, but it is the private person's own strength.
            Strength {
                id: 22,
                whose: Whose::Person(TOM),
                text: "Tom zqP091q drives Elena to her meetings.".into(),
                past_success: false,
                private: false,
            },
            Strength {
                id: 23,
                whose: Whose::Family,
                text: "Help from the church zqP092q covers the rent.".into(),
                past_success: false,
                private: true,
            },
        ],
        worries: vec![
            Worry {
                id: 30,
                text: "When Elena drinks zqS093q, the children are alone at night.".into(),
                safety: true,
                disagreement: "Marcus thinks zqN094q it happened only once.".into(),
                scale: vec![
                    ScaleAnswer {
                        member: ELENA,
                        score: 6,
                    },
                    ScaleAnswer {
                        member: DANA,
                        score: 3,
                    },
                    ScaleAnswer {
                        member: TOM,
                        score: 7,
                    },
                ],
                private: false,
            },
            Worry {
                id: 31,
                text: "The flat zqS095q is cold and the rent is late.".into(),
                safety: false,
                disagreement: "Rosa zqN096q thinks they should move in with her.".into(),
                scale: vec![],
                private: false,
            },
            Worry {
                id: 32,
                text: "Marcus zqP097q has a court date in March.".into(),
                safety: false,
                disagreement: "Dana and Marcus zqP098q see the charges differently.".into(),
                scale: vec![],
                private: true,
            },
        ],
        goals: vec![
            Goal {
                id: 40,
                domain: Domain::ParentCaregiver,
                outcome: "Elena stays sober zqS099q and the children feel safe.".into(),
                statement: "By March zqS100q Elena goes to three AA meetings a week.".into(),
                tasks: vec![
                    // Elena's own task.
                    Task {
                        id: 41,
                        who: vec![ELENA],
                        who_other: "her sponsor Ana zqS101q".into(),
                        what: "Go to zqS102q three AA meetings each week".into(),
                        place: "St. Mark's hall zqS103q, Main Street".into(),
                        by_when: date(2026, 12, 15),
                        when_text: "Mon, Wed zqS104q and Fri at 7pm".into(),
                        checker: Some(ROSA),
                        checker_other: "Ana zqS105q also signs the sheet".into(),
                        status: TaskStatus::InProgress,
                        private: false,
                        review_note: "Elena zqC219q said the Wednesday meeting clashed with work."
                            .into(),
                        suggested_by: Some(ELENA),
                    },
                    // Not marked private, but only the private person does it
                    // (his sister, named in words, doesn't make it shared).
                    Task {
                        id: 94,
                        who: vec![TOM],
                        who_other: "or his sister zqP217q".into(),
                        what: "Tom zqP211q drives Elena to the clinic".into(),
                        place: "Tom's car zqP213q".into(),
                        by_when: date(2026, 12, 11),
                        when_text: "Thursday zqP214q mornings".into(),
                        checker: None,
                        checker_other: "Tom's sister zqP215q".into(),
                        status: TaskStatus::NotStarted,
                        private: false,
                        review_note: "Note zqP257q from the review".into(),
                        suggested_by: None,
                    },
                    Task {
                        id: 42,
                        who: vec![ELENA, MARCUS],
                        who_other: "Grandma June zqS106q".into(),
                        what: "Make a bedtime chart zqS107q with the children".into(),
                        place: "At home zqS108q on Pine Street".into(),
                        by_when: date(2026, 12, 5),
                        when_text: "Sunday zqS109q afternoon".into(),
                        checker: Some(DANA),
                        checker_other: "Family support worker zqS110q".into(),
                        status: TaskStatus::NotStarted,
                        private: false,
                        review_note: "Note zqC258q from the review".into(),
                        suggested_by: None,
                    },
                    // Marcus's task that Elena checks.
                    Task {
                        id: 43,
                        who: vec![MARCUS],
                        who_other: "Uncle Leo zqS111q".into(),
                        what: "Call the children zqS112q every Tuesday".into(),
                        place: "By phone zqS113q from work".into(),
                        by_when: date(2026, 12, 8),
                        when_text: "Tuesdays zqS114q at 6pm".into(),
                        checker: Some(ELENA),
                        checker_other: "Sam zqS115q says if he called".into(),
                        status: TaskStatus::Done,
                        private: false,
                        review_note: "Note zqC259q from the review".into(),
                        suggested_by: None,
                    },
                    // A private task of Elena's.
                    Task {
                        id: 44,
                        who: vec![ELENA],
                        who_other: "the clinic nurse zqP116q".into(),
                        what: "Give a urine test zqP117q at the clinic".into(),
                        place: "Westside clinic zqP118q".into(),
                        by_when: date(2026, 12, 1),
                        when_text: "Random days zqP119q, on call".into(),
                        checker: Some(DANA),
                        checker_other: "Court officer zqP120q".into(),
                        status: TaskStatus::InProgress,
                        private: true,
                        review_note: "Note zqP260q from the review".into(),
                        suggested_by: None,
                    },
                    // Rosa's task: someone else's.
                    Task {
                        id: 45,
                        who: vec![ROSA],
                        who_other: "her neighbour Bea zqT121q".into(),
                        what: "Drive Elena zqT122q to Friday meetings".into(),
                        place: "From Pine Street zqT123q".into(),
                        by_when: date(2026, 12, 12),
                        when_text: "Fridays zqT124q at 6:30pm".into(),
                        checker: Some(DANA),
                        checker_other: "Bea zqT125q covers if Rosa is ill".into(),
                        status: TaskStatus::NotStarted,
                        private: false,
                        review_note: "Note zqC261q from the review".into(),
                        suggested_by: None,
                    },
                ],
                services: vec![
                    Service {
                        id: 46,
                        provider: "Bright Path zqS126q Recovery".into(),
                        service: "Outpatient zqS127q alcohol treatment".into(),
                        frequency: "Twice zqS128q a week".into(),
                        intensity: "One-hour zqS129q group sessions".into(),
                        location: "Bright Path clinic zqS130q, 12 Oak Road".into(),
                        duration: "Twelve weeks zqS131q".into(),
                        need: "Need zqC268q for the referral".into(),
                        barriers: "Barrier zqC269q known when referring".into(),
                        suggested_by: None,
                        start: date(2026, 12, 1),
                        referral_date: date(2026, 11, 21),
                        private: false,
                        review: ServiceReview {
                            family_words: "family words zqC242q".into(),
                            provider_words: "provider words zqC243q".into(),
                            attendance: "attendance zqC244q".into(),
                            barriers: "barriers zqC245q".into(),
                            if_declined: "if declined zqC246q".into(),
                            ..ServiceReview::default()
                        },
                    },
                    Service {
                        id: 47,
                        provider: "Westside zqP132q Testing".into(),
                        service: "Court-ordered zqP133q drug tests".into(),
                        frequency: "Once zqP134q a week".into(),
                        intensity: "Ten-minute zqP135q visit".into(),
                        location: "Westside clinic zqP136q, Elm Street".into(),
                        duration: "Until zqP137q the hearing".into(),
                        need: "Need zqP270q for the referral".into(),
                        barriers: "Barrier zqP271q known when referring".into(),
                        suggested_by: None,
                        start: date(2026, 11, 25),
                        referral_date: date(2026, 11, 20),
                        private: true,
                        review: ServiceReview {
                            family_words: "family words zqP247q".into(),
                            provider_words: "provider words zqP248q".into(),
                            attendance: "attendance zqP249q".into(),
                            barriers: "barriers zqP250q".into(),
                            if_declined: "if declined zqP251q".into(),
                            ..ServiceReview::default()
                        },
                    },
                ],
                private: false,
                progress: "Elena zqC225q has been to 9 of 12 meetings.".into(),
                worries: vec![30],
                suggested_by: Some(ROSA),
            },
            Goal {
                id: 50,
                domain: Domain::Environment,
                outcome: "The family has zqS138q a warm, safe home.".into(),
                statement: "By February zqS139q the family has a lease they can afford.".into(),
                tasks: vec![
                    // Elena's task.
                    Task {
                        id: 51,
                        who: vec![ELENA],
                        who_other: "her friend Kim zqS140q".into(),
                        what: "Visit two flats zqS141q near the school".into(),
                        place: "Riverside zqS142q estate".into(),
                        by_when: date(2026, 12, 19),
                        when_text: "Saturday zqS143q morning".into(),
                        checker: Some(ROSA),
                        checker_other: "Kim zqS144q goes along".into(),
                        status: TaskStatus::NotStarted,
                        private: false,
                        review_note: "Note zqC262q from the review".into(),
                        suggested_by: None,
                    },
                    // Done by someone not on the team.
                    Task {
                        id: 52,
                        who: vec![],
                        who_other: "Housing officer zqT145q Mr. Lee".into(),
                        what: "Inspect zqT146q the new flat".into(),
                        place: "The new flat zqT147q".into(),
                        by_when: date(2027, 1, 4),
                        when_text: "Weekday zqT148q morning".into(),
                        checker: None,
                        checker_other: "Dana's zqT149q supervisor".into(),
                        status: TaskStatus::NotStarted,
                        private: false,
                        review_note: "Note zqC263q from the review".into(),
                        suggested_by: None,
                    },
                    // Dana's task.
                    Task {
                        id: 53,
                        who: vec![DANA],
                        who_other: "the rent team zqT150q".into(),
                        what: "Send the rent help zqT151q referral".into(),
                        place: "County office zqT152q".into(),
                        by_when: date(2026, 11, 27),
                        when_text: "This week zqT153q".into(),
                        checker: None,
                        checker_other: "Supervisor zqT154q Ms. Grant".into(),
                        status: TaskStatus::Done,
                        private: false,
                        review_note: "Note zqC264q from the review".into(),
                        suggested_by: None,
                    },
                ],
                services: vec![Service {
                    id: 54,
                    provider: "City zqS155q Housing Aid".into(),
                    service: "Help finding zqS156q a flat".into(),
                    frequency: "Every zqS157q two weeks".into(),
                    intensity: "Half-hour zqS158q meeting".into(),
                    location: "Housing desk zqS159q, Town Hall".into(),
                    duration: "Three months zqS160q".into(),
                    need: "Need zqC272q for the referral".into(),
                    barriers: "Barrier zqC273q known when referring".into(),
                    suggested_by: None,
                    start: date(2026, 12, 2),
                    referral_date: date(2026, 11, 24),
                    private: false,
                    review: ServiceReview {
                        family_view: Helping::Yes,
                        family_words: "Elena zqC220q likes the housing officer.".into(),
                        provider_view: Helping::Somewhat,
                        provider_words: "Missed zqC221q one appointment.".into(),
                        attendance: "3 of 4 zqC222q meetings".into(),
                        barriers: "No bus zqC223q on Saturdays".into(),
                        declined: false,
                        if_declined: "Offer zqC224q the online list instead".into(),
                    },
                }],
                private: false,
                progress: "Note zqC265q from the review".into(),
                worries: vec![],
                suggested_by: None,
            },
            // A private goal: its tasks and services stay home with it.
            Goal {
                id: 60,
                domain: Domain::Child,
                outcome: "Lily zqP161q sees her brother Noah.".into(),
                statement: "By April zqP162q Lily visits Noah twice a month.".into(),
                tasks: vec![Task {
                    id: 61,
                    who: vec![ELENA],
                    who_other: "Noah's dad zqP163q".into(),
                    what: "Agree zqP164q a visit plan with Noah's dad".into(),
                    place: "Fairview zqP165q café".into(),
                    by_when: date(2026, 12, 10),
                    when_text: "After work zqP166q".into(),
                    checker: Some(DANA),
                    checker_other: "Mediator zqP167q".into(),
                    status: TaskStatus::NotStarted,
                    private: false,
                    review_note: "Note zqP266q from the review".into(),
                    suggested_by: None,
                }],
                services: vec![Service {
                    id: 62,
                    provider: "Fairview zqP168q Family Mediation".into(),
                    service: "Contact zqP169q mediation".into(),
                    frequency: "Once zqP170q a month".into(),
                    intensity: "Two-hour zqP171q session".into(),
                    location: "Fairview zqP172q centre".into(),
                    duration: "Six months zqP173q".into(),
                    need: "Need zqP274q for the referral".into(),
                    barriers: "Barrier zqP275q known when referring".into(),
                    suggested_by: None,
                    start: date(2027, 1, 6),
                    referral_date: date(2026, 12, 1),
                    private: false,
                    review: ServiceReview {
                        family_words: "family words zqP252q".into(),
                        provider_words: "provider words zqP253q".into(),
                        attendance: "attendance zqP254q".into(),
                        barriers: "barriers zqP255q".into(),
                        if_declined: "if declined zqP256q".into(),
                        ..ServiceReview::default()
                    },
                }],
                private: true,
                progress: "Note zqP267q from the review".into(),
                worries: vec![],
                suggested_by: None,
            },
        ],
        crisis: CrisisPlan {
            worst_case: "Elena drinks zqS174q and nobody sees the children are alone.".into(),
            warning_signs: vec![
                item(70, "Elena misses zqS175q two meetings in a row.", false),
                item(71, "Elena stops zqP176q answering Tom's calls.", true),
            ],
            prevent: vec![
                item(72, "Rosa calls Elena zqS177q every night at 8.", false),
                item(73, "Tom zqP178q keeps Elena's car keys at weekends.", true),
            ],
            respond: vec![
                CrisisStep {
                    id: 74,
                    who: Some(ROSA),
                    who_other: "Neighbour Bea zqS179q".into(),
                    what: "Rosa picks up zqS180q the children.".into(),
                    private: false,
                },
                CrisisStep {
                    id: 75,
                    who: None,
                    who_other: "Crisis line zqS181q worker".into(),
                    what: "Call the crisis line zqS182q together.".into(),
                    private: false,
                },
                // Not marked private, but only the private person does it.
                CrisisStep {
                    id: 93,
                    who: Some(TOM),
                    who_other: "his brother zqP216q".into(),
                    what: "Tom zqP212q comes over to sit with the children.".into(),
                    private: false,
                },
                CrisisStep {
                    id: 76,
                    who: Some(DANA),
                    who_other: "Police zqP183q liaison".into(),
                    what: "Dana tells zqP184q the court officer.".into(),
                    private: true,
                },
            ],
            contacts: vec![
                Contact {
                    id: 77,
                    member: Some(ROSA),
                    name: "Aunt Rosa zqS185q".into(),
                    phone: "555-0103 zqS186q".into(),
                    why: "Rosa can take zqS187q the children any time.".into(),
                    private: false,
                },
                Contact {
                    id: 78,
                    member: None,
                    name: "Crisis line zqS188q".into(),
                    phone: "988 zqS189q".into(),
                    why: "Open zqS190q day and night.".into(),
                    private: false,
                },
                Contact {
                    id: 79,
                    member: None,
                    name: "Elena's lawyer zqP191q".into(),
                    phone: "555-0150 zqP192q".into(),
                    why: "Call zqP193q if the police come.".into(),
                    private: true,
                },
                // Not marked private, but it is the private person.
                Contact {
                    id: 80,
                    member: Some(TOM),
                    name: "Tom zqP194q next door".into(),
                    phone: "555-0177 zqP195q".into(),
                    why: "Tom can sit zqP196q with the children.".into(),
                    private: false,
                },
            ],
            plan_b: "If Rosa is away zqS197q, the children stay with Grandma June.".into(),
        },
        closure: vec![
            ClosureCriterion {
                id: 81,
                category: ClosureCategory::ProtectiveProvisions,
                text: "Elena has been sober zqS198q for six months.".into(),
                met: false,
                private: false,
            },
            ClosureCriterion {
                id: 82,
                category: ClosureCategory::SustainableSupports,
                text: "Rosa and Bea zqS199q still help every week.".into(),
                met: true,
                private: false,
            },
            ClosureCriterion {
                id: 83,
                category: ClosureCategory::LegalAndCourt,
                text: "The court case zqP200q against Marcus is closed.".into(),
                met: false,
                private: true,
            },
        ],
        permanency: Permanency {
            goal: "Lily and Sam zqS201q return home to Elena.".into(),
            concurrent: "If not, the children zqS202q stay with Aunt Rosa.".into(),
        },
        agreements: Agreements {
            agreed_by: vec![ELENA, ROSA, DANA, TOM],
            family_words: "This is our plan zqS203q and we will keep to it.".into(),
            how_we_can_help: "Help us find zqS204q a flat near the school.".into(),
        },
        next_meeting: NextMeeting {
            date: date(2027, 1, 8),
            time: "10:00 zqS205q in the morning".into(),
            place: "Rosa's kitchen zqS206q, Pine Street".into(),
            who: "Everyone zqS207q on the team, and Sam".into(),
        },
        review: MeetingReview {
            went_well: vec![
                item(90, "Everyone zqN208q got to speak.", false),
                item(91, "Tom zqP209q stayed out of the room.", true),
            ],
            change: vec![item(92, "Start zqN210q on time next meeting.", false)],
        },
        progress: ProgressReview {
            successes: vec![
                item(95, "Sam zqS226q passed his maths test.", false),
                item(96, "Tom zqP227q paid the electricity bill.", true),
            ],
            child_safe: "Yes zqC228q, Rosa checks in every evening.".into(),
            what_changed: "Elena zqC229q found a sponsor.".into(),
            outcomes_met: "The rent help zqC230q came through.".into(),
            how_we_know: "Rosa zqC231q saw the receipts.".into(),
            current_risk: "Lower zqC232q than in September.".into(),
            protective_capacities: "Elena zqC233q calls Rosa when she feels low.".into(),
            permanency_change: "No zqC234q change to the goal.".into(),
        },
        aftercare: Aftercare {
            closure_date: date(2027, 9, 1),
            items: vec![
                AftercareItem {
                    id: 97,
                    support: "Parent group zqS235q at Hope Center".into(),
                    who: "Hope Center zqS236q".into(),
                    start: date(2027, 2, 1),
                    private: false,
                },
                AftercareItem {
                    id: 98,
                    support: "Tom zqP237q keeps an eye on the flat".into(),
                    who: "Tom zqP238q Baker".into(),
                    start: date(2027, 2, 1),
                    private: true,
                },
            ],
        },
        events: vec![CaseEvent {
            id: 99,
            kind: CaseEventKind::NewReport,
            date: date(2026, 11, 2),
            note: "A neighbour zqC239q called the hotline.".into(),
        }],
        history: vec![Plan {
            id: PLAN_ID.into(),
            family_name: "Marker zqC240q family at the first meeting".into(),
            goals: vec![Goal {
                id: 40,
                statement: "An old goal zqC241q from the first meeting.".into(),
                ..Goal::default()
            }],
            ..Plan::default()
        }],
    }
}

/// Where a marker sits and what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub token: String,
    /// `S`, `T`, `P`, `C`, `V` or `N`.
    pub class: char,
    /// The JSON path of the text it is in, e.g. `goals[1].tasks[0].what`.
    pub path: String,
}

/// Keys whose values are enum keys, ids or references, not texts.
const NOT_TEXT: [&str; 12] = [
    "kind",
    "role",
    "support",
    "domain",
    "status",
    "category",
    "whose",
    "id",
    "language",
    "family_view",
    "provider_view",
    "home_safety",
];

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// Every text in a JSON value, with its path: every string except enum keys,
/// ids (`id`, `whose`) and dates.
pub fn text_fields(value: &Value) -> Vec<(String, String)> {
    fn walk(value: &Value, path: &str, out: &mut Vec<(String, String)>) {
        match value {
            Value::String(s) if !is_date(s) => out.push((path.to_string(), s.clone())),
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), out);
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    // An aftercare item's `support` is its words (a team
                    // member's is an enum key).
                    let aftercare_words = k == "support" && path.contains("aftercare");
                    if NOT_TEXT.contains(&k.as_str()) && !aftercare_words {
                        continue;
                    }
                    let sub = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(v, &sub, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}

/// A well-formed marker token: `zq` + class letter + three digits + `q`.
pub fn is_token(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b.starts_with(b"zq")
        && CLASSES.contains(&(b[2] as char))
        && b[3..6].iter().all(u8::is_ascii_digit)
        && b[6] == b'q'
}

/// The marker tokens in a text (every `zq` that starts a well-formed token).
pub fn tokens_in(text: &str) -> Vec<String> {
    text.match_indices("zq")
        .filter_map(|(i, _)| text.get(i..i + 7))
        .filter(|t| is_token(t))
        .map(str::to_string)
        .collect()
}

/// Every marker of the plan, found by scanning its JSON, in document order.
pub fn markers_of(plan: &Plan) -> Vec<Marker> {
    let value = serde_json::to_value(plan).expect("a plan serializes");
    text_fields(&value)
        .into_iter()
        .flat_map(|(path, text)| {
            tokens_in(&text).into_iter().map(move |token| Marker {
                class: token.as_bytes()[2] as char,
                token,
                path: path.clone(),
            })
        })
        .collect()
}

/// The markers of [`marked_plan`].
pub fn markers() -> Vec<Marker> {
    markers_of(&marked_plan())
}

/// Texts of `plan` that do not hold exactly one marker token, or hold a
/// malformed one: each with its path and why. Empty when every text is marked.
pub fn unmarked_texts(plan: &Plan) -> Vec<String> {
    let value = serde_json::to_value(plan).expect("a plan serializes");
    text_fields(&value)
        .into_iter()
        .filter_map(|(path, text)| {
            let raw = text.matches("zq").count();
            let tokens = tokens_in(&text).len();
            // An earlier meeting is a small plan of its own: only its marked texts count.
            let unused_in_history = path.starts_with("history") && text.is_empty();
            if (raw == 1 && tokens == 1) || unused_in_history {
                None
            } else {
                Some(format!(
                    "{path}: {text:?} has {tokens} marker(s), {raw} \"zq\""
                ))
            }
        })
        .collect()
}
