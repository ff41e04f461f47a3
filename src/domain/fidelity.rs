//! The fidelity checklist for supervision (issue 13): each fidelity measure
//! of the MiTEAM case plan implementation (seeds 000, 001; practice map
//! O1–O7 observation, D1–D9 documentation) judged from the whole case: the
//! earlier meetings (`plan.history`, oldest first) and the current one.
//!
//! Each item is [`Status::Met`], [`Status::NotYet`], [`Status::NotDue`] (its
//! time has not come) or [`Status::CannotJudge`] (it happens in the room, not
//! on paper), with the [`Evidence`] found and what is missing, as data; the
//! sentences are in `i18n::shell::fidelity` (English and Spanish). The rule
//! of each item is written on its function below and in `docs/fidelity.md`.
//!
//! The checklist is for the caseworker and the supervisor, so private items
//! count, but evidence holds only names, counts and dates, plus the short
//! quotes of fields that are never private (how we can help, permanency):
//! never a child's words or a private item's text.

use chrono::NaiveDate;

use super::referral::missing_fields;
pub use super::referral::ReferralField;

use super::timeframes::monthly_review_due;
use super::{
    dates, Domain, Goal, Helping, HomeSafety, ItemId, Plan, Role, Service, Step, SupportKind,
    TeamMember,
};

/// How an item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    NotYet,
    /// Its time has not come yet (no follow-up meeting, nothing due).
    NotDue,
    /// Happens in the room: the plan shows evidence, a supervisor judges.
    CannotJudge,
}

impl Status {
    /// A short key for the page (`data-status`).
    pub fn key(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotYet => "not-yet",
            Status::NotDue => "not-due",
            Status::CannotJudge => "cannot-judge",
        }
    }
}

/// One item of the checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct FidelityItem {
    /// The practice-map id: "O1" … "O7", "D1" … "D9".
    pub id: &'static str,
    pub status: Status,
    pub evidence: Vec<Evidence>,
    pub missing: Vec<Evidence>,
}

/// Who or what a piece of evidence names: a name, or words in place of one
/// (a private member, service or child is counted, never named).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Name {
    Named(String),
    /// A team member with no name yet.
    NoName,
    /// A service with no provider or service written yet.
    NewService,
    PrivateMember,
    PrivateService,
    PrivateChild,
}

impl From<&str> for Name {
    fn from(name: &str) -> Self {
        Name::Named(name.to_string())
    }
}

fn member_name(m: &TeamMember) -> Name {
    if m.private {
        Name::PrivateMember
    } else if filled(&m.name) {
        Name::Named(m.name.trim().to_string())
    } else {
        Name::NoName
    }
}

fn service_name(goal: &Goal, s: &Service) -> Name {
    if s.private || goal.private {
        Name::PrivateService
    } else if filled(&s.provider) || filled(&s.service) {
        Name::Named(s.title())
    } else {
        Name::NewService
    }
}

/// One fact found in the plan (or found missing), as data.
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    // O1
    /// Supportive people beyond parents and children: how many of each kind, who.
    Supports {
        family: usize,
        informal: usize,
        names: Vec<Name>,
    },
    NoSupports,
    // O2
    ReluctanceAddressed {
        addressed: usize,
        of: usize,
    },
    NoReluctance,
    ReluctanceNotAddressed {
        names: Vec<Name>,
    },
    // O3
    MeetingsHeld {
        n: usize,
    },
    TeamSize {
        members: usize,
        attending: usize,
    },
    FormalInformal {
        formal: usize,
        informal: usize,
    },
    ObservedInRoom,
    // O4
    Helped {
        filled: usize,
        of: usize,
    },
    HelpedMissing {
        names: Vec<Name>,
    },
    NoOtherMembers,
    // O5
    FamilyAsked {
        meeting: usize,
        date: Option<NaiveDate>,
        asked: usize,
        of: usize,
    },
    NoReviewMeeting,
    NoServicesToReview,
    FamilyNotAsked {
        services: Vec<Name>,
    },
    // O6
    HowWeCanHelp {
        quote: String,
    },
    HowWeCanHelpMissing,
    // O7
    SuggestedBy {
        names: Vec<Name>,
    },
    NeedTwoSuggesters {
        n: usize,
    },
    // D1
    SuggesterRecorded {
        recorded: usize,
        of: usize,
    },
    Comments {
        disagreements: usize,
        family_words: bool,
        review_notes: usize,
    },
    NoSuggester {
        n: usize,
    },
    NoItems,
    // D2
    FirstMeetingAfterPlacement {
        days: i64,
    },
    FirstMeetingLate {
        days: i64,
    },
    /// No meeting since the placement yet, and the 60 days are not over.
    FirstMeetingAfterPlacementDue {
        due: NaiveDate,
    },
    /// No meeting since the placement, and the 60 days are over.
    FirstMeetingAfterPlacementLate {
        due: NaiveDate,
        days: i64,
    },
    NoPlacementDate,
    NoMeetingDate,
    LongestGap {
        days: i64,
    },
    GapTooLong {
        from: NaiveDate,
        to: NaiveDate,
        days: i64,
    },
    NextReviewDue {
        due: NaiveDate,
    },
    ReviewOverdue {
        due: NaiveDate,
        days: i64,
    },
    // D3
    SafetyAnswered {
        answered: usize,
        of: usize,
    },
    NoSafetyWorries,
    /// Safety worries (by their number on the Worries step) with no goal
    /// that has tasks.
    SafetyUnanswered {
        worries: Vec<usize>,
    },
    CrisisResponse {
        steps: usize,
    },
    NoCrisisResponse,
    // D4
    PermanencyGoal {
        quote: String,
    },
    ConcurrentPlan {
        quote: String,
    },
    NoPermanencyGoal,
    NoConcurrentPlan,
    // D5
    ChildGoals {
        with_tasks: usize,
        goals: usize,
    },
    NoChildGoal,
    NoChildren,
    // D6
    Reviewed {
        times: usize,
        months: i64,
    },
    FirstReviewDue {
        due: NaiveDate,
    },
    // D7
    ServicesComplete {
        complete: usize,
        of: usize,
    },
    ServiceIncomplete {
        service: Name,
        fields: Vec<ReferralField>,
    },
    NoServices,
    // D8
    ReferredOnTime {
        on_time: usize,
        of: usize,
    },
    Started {
        started: usize,
        of: usize,
    },
    ReferralLate {
        service: Name,
        days: i64,
    },
    NoReferral {
        service: Name,
    },
    NoStart {
        service: Name,
    },
    ReferralsDue {
        due: NaiveDate,
    },
    ReferralsOverdue {
        due: NaiveDate,
    },
    // D9
    ChildSafe {
        name: Name,
    },
    ChildNotSafe {
        name: Name,
    },
    ChildNotAssessed {
        name: Name,
    },
    NoLivingWith {
        name: Name,
    },
}

/// The ids in checklist order.
pub const IDS: [&str; 16] = [
    "O1", "O2", "O3", "O4", "O5", "O6", "O7", "D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9",
];

/// Quotes are cut to this many characters.
pub const QUOTE_CHARS: usize = 80;

/// The checklist of the case on `today`, in the order of [`IDS`].
pub fn checklist(plan: &Plan, today: NaiveDate) -> Vec<FidelityItem> {
    vec![
        o1(plan),
        o2(plan),
        o3(plan),
        o4(plan),
        o5(plan),
        o6(plan),
        o7(plan),
        d1(plan),
        d2(plan, today),
        d3(plan),
        d4(plan),
        d5(plan),
        d6(plan, today),
        d7(plan),
        d8(plan, today),
        d9(plan),
    ]
}

/// How many items have each status: (met, not yet, not due, cannot judge).
pub fn tally(items: &[FidelityItem]) -> (usize, usize, usize, usize) {
    let n = |s: Status| items.iter().filter(|i| i.status == s).count();
    (
        n(Status::Met),
        n(Status::NotYet),
        n(Status::NotDue),
        n(Status::CannotJudge),
    )
}

// ---------------------------------------------------------------------------
// Helpers

fn filled(text: &str) -> bool {
    !text.trim().is_empty()
}

/// `text` trimmed and cut to [`QUOTE_CHARS`] characters (with "…").
pub fn quote(text: &str) -> String {
    super::text::shorten(text, QUOTE_CHARS)
}

/// Parents (and those in a parent's place) and children: the family itself,
/// not its supports.
fn parent_or_child(role: Role) -> bool {
    matches!(
        role,
        Role::Mother
            | Role::Father
            | Role::Stepmother
            | Role::Stepfather
            | Role::PartnerOfParent
            | Role::Child
    )
}

fn item(
    id: &'static str,
    status: Status,
    evidence: Vec<Evidence>,
    missing: Vec<Evidence>,
) -> FidelityItem {
    FidelityItem {
        id,
        status,
        evidence,
        missing,
    }
}

fn met_if(ok: bool) -> Status {
    if ok {
        Status::Met
    } else {
        Status::NotYet
    }
}

/// A service someone has started to write.
fn service_written(s: &Service) -> bool {
    filled(&s.provider) || filled(&s.service) || filled(&s.need)
}

fn services(plan: &Plan) -> impl Iterator<Item = (&Goal, &Service)> {
    plan.goals
        .iter()
        .flat_map(|g| g.services.iter().map(move |s| (g, s)))
        .filter(|(_, s)| service_written(s))
}

fn goal_written(g: &Goal) -> bool {
    filled(&g.outcome) || filled(&g.statement)
}

fn tasks_with_words(g: &Goal) -> usize {
    g.tasks.iter().filter(|t| filled(&t.what)).count()
}

/// Every meeting of the case, oldest first, the current one last.
fn meetings(plan: &Plan) -> impl Iterator<Item = &Plan> {
    plan.history.iter().chain(std::iter::once(plan))
}

/// The dated meetings' dates, oldest first.
fn meeting_dates(plan: &Plan) -> Vec<NaiveDate> {
    meetings(plan).filter_map(|p| p.meeting.date).collect()
}

// ---------------------------------------------------------------------------
// Observation

/// O1 helps the family identify supportive people: met when the team has at
/// least one family or informal support who is not a parent (or in a
/// parent's place) or a child.
fn o1(plan: &Plan) -> FidelityItem {
    let supports: Vec<_> = plan
        .team
        .iter()
        .filter(|m| filled(&m.name) && !parent_or_child(m.role) && m.support != SupportKind::Formal)
        .collect();
    if supports.is_empty() {
        return item("O1", Status::NotYet, vec![], vec![Evidence::NoSupports]);
    }
    let family = supports
        .iter()
        .filter(|m| m.support == SupportKind::Family)
        .count();
    let evidence = Evidence::Supports {
        family,
        informal: supports.len() - family,
        names: supports.iter().map(|m| member_name(m)).collect(),
    };
    item("O1", Status::Met, vec![evidence], vec![])
}

/// O2 addresses reluctance to include team members: every member whose
/// reluctance is recorded has how it was addressed; met too when no
/// reluctance is recorded (said so).
fn o2(plan: &Plan) -> FidelityItem {
    let reluctant: Vec<_> = plan.team.iter().filter(|m| filled(&m.reluctance)).collect();
    if reluctant.is_empty() {
        return item("O2", Status::Met, vec![Evidence::NoReluctance], vec![]);
    }
    let open: Vec<Name> = reluctant
        .iter()
        .filter(|m| !filled(&m.reluctance_addressed))
        .map(|m| member_name(m))
        .collect();
    let evidence = vec![Evidence::ReluctanceAddressed {
        addressed: reluctant.len() - open.len(),
        of: reluctant.len(),
    }];
    let missing = if open.is_empty() {
        vec![]
    } else {
        vec![Evidence::ReluctanceNotAddressed {
            names: open.clone(),
        }]
    };
    item("O2", met_if(open.is_empty()), evidence, missing)
}

/// O3 facilitates teaming: observed in the room, so the tool cannot judge
/// it; the evidence is the meetings held, the team's size and who attended
/// this meeting, and how many formal and informal supports are on it.
fn o3(plan: &Plan) -> FidelityItem {
    let formal = plan
        .team
        .iter()
        .filter(|m| m.support == SupportKind::Formal)
        .count();
    let informal = plan
        .team
        .iter()
        .filter(|m| m.support == SupportKind::Informal)
        .count();
    let evidence = vec![
        Evidence::MeetingsHeld {
            n: plan.history.len() + 1,
        },
        Evidence::TeamSize {
            members: plan.team.len(),
            attending: plan.team.iter().filter(|m| m.attending).count(),
        },
        Evidence::FormalInformal { formal, informal },
    ];
    item(
        "O3",
        Status::CannotJudge,
        evidence,
        vec![Evidence::ObservedInRoom],
    )
}

/// O4 asks what team members have done to support: "what have they done to
/// help" filled for every member who is not a parent or a child (formal and
/// informal alike).
fn o4(plan: &Plan) -> FidelityItem {
    let others: Vec<_> = plan
        .team
        .iter()
        .filter(|m| filled(&m.name) && !parent_or_child(m.role))
        .collect();
    if others.is_empty() {
        return item("O4", Status::NotYet, vec![], vec![Evidence::NoOtherMembers]);
    }
    let open: Vec<Name> = others
        .iter()
        .filter(|m| !filled(&m.helped))
        .map(|m| member_name(m))
        .collect();
    let evidence = vec![Evidence::Helped {
        filled: others.len() - open.len(),
        of: others.len(),
    }];
    let missing = if open.is_empty() {
        vec![]
    } else {
        vec![Evidence::HelpedMissing {
            names: open.clone(),
        }]
    };
    item("O4", met_if(open.is_empty()), evidence, missing)
}

/// O5 asks the family's input on the effectiveness of services: at each
/// meeting with a Review step (follow-up, transition), how many services
/// have the family's view (not "not asked"). Not due before the first such
/// meeting; otherwise met when the latest one asked about every service
/// (not due when it had none).
fn o5(plan: &Plan) -> FidelityItem {
    let reviews: Vec<(usize, &Plan)> = meetings(plan)
        .enumerate()
        .filter(|(_, p)| Step::Review.in_flow(p.meeting.kind))
        .map(|(i, p)| (i + 1, p))
        .collect();
    let Some((_, latest)) = reviews.last() else {
        return item(
            "O5",
            Status::NotDue,
            vec![Evidence::NoReviewMeeting],
            vec![],
        );
    };
    let evidence: Vec<Evidence> = reviews
        .iter()
        .map(|(n, p)| {
            let all: Vec<_> = services(p).collect();
            Evidence::FamilyAsked {
                meeting: *n,
                date: p.meeting.date,
                asked: all
                    .iter()
                    .filter(|(_, s)| s.review.family_view != Helping::NotAsked)
                    .count(),
                of: all.len(),
            }
        })
        .collect();
    let latest_services: Vec<_> = services(latest).collect();
    if latest_services.is_empty() {
        let mut evidence = evidence;
        evidence.push(Evidence::NoServicesToReview);
        return item("O5", Status::NotDue, evidence, vec![]);
    }
    let not_asked: Vec<Name> = latest_services
        .iter()
        .filter(|(_, s)| s.review.family_view == Helping::NotAsked)
        .map(|(g, s)| service_name(g, s))
        .collect();
    let missing = if not_asked.is_empty() {
        vec![]
    } else {
        vec![Evidence::FamilyNotAsked {
            services: not_asked.clone(),
        }]
    };
    item("O5", met_if(not_asked.is_empty()), evidence, missing)
}

/// O6 asks how the worker can be of assistance: "How can we help?" answered
/// at the current meeting (quoted, cut to 80 characters).
fn o6(plan: &Plan) -> FidelityItem {
    let answer = &plan.agreements.how_we_can_help;
    if filled(answer) {
        let evidence = Evidence::HowWeCanHelp {
            quote: quote(answer),
        };
        item("O6", Status::Met, vec![evidence], vec![])
    } else {
        item(
            "O6",
            Status::NotYet,
            vec![],
            vec![Evidence::HowWeCanHelpMissing],
        )
    }
}

/// Who suggested each goal, task and service that has words (`None` when
/// not recorded or no longer on the team).
fn suggesters(plan: &Plan) -> Vec<Option<ItemId>> {
    let known = |id: Option<ItemId>| id.filter(|id| plan.team.iter().any(|m| m.id == *id));
    let mut out = Vec::new();
    for goal in &plan.goals {
        if goal_written(goal) {
            out.push(known(goal.suggested_by));
        }
        for task in goal.tasks.iter().filter(|t| filled(&t.what)) {
            out.push(known(task.suggested_by));
        }
        for service in goal.services.iter().filter(|s| service_written(s)) {
            out.push(known(service.suggested_by));
        }
    }
    out
}

/// O7 asks team members' input on the plan: the goals, tasks and services
/// record suggestions from at least two different team members (named).
fn o7(plan: &Plan) -> FidelityItem {
    let mut ids: Vec<ItemId> = suggesters(plan).into_iter().flatten().collect();
    ids.sort_unstable();
    ids.dedup();
    // In team order, so the names read as the team does.
    let names: Vec<Name> = plan
        .team
        .iter()
        .filter(|m| ids.contains(&m.id))
        .map(member_name)
        .collect();
    let evidence = if names.is_empty() {
        vec![]
    } else {
        vec![Evidence::SuggestedBy {
            names: names.clone(),
        }]
    };
    let missing = if names.len() >= 2 {
        vec![]
    } else {
        vec![Evidence::NeedTwoSuggesters { n: names.len() }]
    };
    item("O7", met_if(names.len() >= 2), evidence, missing)
}

// ---------------------------------------------------------------------------
// Documentation

/// D1 suggestions and comments documented: at least half of the goals, tasks
/// and services (with words) say who suggested them. The comments found are
/// counted too: worries' disagreements, the family's words at the agreement,
/// review notes (tasks' notes, the family's and provider's words on services).
fn d1(plan: &Plan) -> FidelityItem {
    let all = suggesters(plan);
    let recorded = all.iter().filter(|s| s.is_some()).count();
    let review_notes = plan
        .goals
        .iter()
        .map(|g| {
            g.tasks.iter().filter(|t| filled(&t.review_note)).count()
                + g.services
                    .iter()
                    .filter(|s| filled(&s.review.family_words) || filled(&s.review.provider_words))
                    .count()
        })
        .sum();
    let comments = Evidence::Comments {
        disagreements: plan
            .worries
            .iter()
            .filter(|w| filled(&w.disagreement))
            .count(),
        family_words: filled(&plan.agreements.family_words),
        review_notes,
    };
    if all.is_empty() {
        return item(
            "D1",
            Status::NotYet,
            vec![comments],
            vec![Evidence::NoItems],
        );
    }
    let evidence = vec![
        Evidence::SuggesterRecorded {
            recorded,
            of: all.len(),
        },
        comments,
    ];
    let missing = if recorded == all.len() {
        vec![]
    } else {
        vec![Evidence::NoSuggester {
            n: all.len() - recorded,
        }]
    };
    item("D1", met_if(recorded * 2 >= all.len()), evidence, missing)
}

/// The longest gap between consecutive dated meetings, and every gap longer
/// than the monthly rule (a review within one calendar month).
fn gaps(dates: &[NaiveDate]) -> (Option<i64>, Vec<Evidence>) {
    let mut longest = None;
    let mut too_long = Vec::new();
    for pair in dates.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        let days = dates::days_until(from, to);
        longest = Some(longest.map_or(days, |l: i64| l.max(days)));
        if to > monthly_review_due(from) {
            too_long.push(Evidence::GapTooLong { from, to, days });
        }
    }
    (longest, too_long)
}

/// The next review's date after the latest meeting, and whether it is past.
fn next_review(dates: &[NaiveDate], today: NaiveDate) -> Option<Evidence> {
    let due = monthly_review_due(*dates.last()?);
    Some(if due < today {
        Evidence::ReviewOverdue {
            due,
            days: dates::days_until(due, today),
        }
    } else {
        Evidence::NextReviewDue { due }
    })
}

/// D2 the team met within the required timeframes: the first meeting within
/// 60 days of the placement (P6, when there is a placement date), no gap
/// between meetings longer than one calendar month (the monthly review),
/// and the next review not overdue on `today`.
fn d2(plan: &Plan, today: NaiveDate) -> FidelityItem {
    let dates = meeting_dates(plan);
    if dates.is_empty() {
        return item("D2", Status::NotYet, vec![], vec![Evidence::NoMeetingDate]);
    }
    let mut evidence = Vec::new();
    let mut missing = Vec::new();
    match plan.meeting.placement_date {
        Some(placed) => {
            let due = dates::plan_due(placed);
            match dates.iter().copied().find(|d| *d >= placed) {
                Some(held) => {
                    let days = dates::days_until(placed, held);
                    if held <= due {
                        evidence.push(Evidence::FirstMeetingAfterPlacement { days });
                    } else {
                        missing.push(Evidence::FirstMeetingLate { days });
                    }
                }
                None if today > due => missing.push(Evidence::FirstMeetingAfterPlacementLate {
                    due,
                    days: dates::days_until(due, today),
                }),
                None => evidence.push(Evidence::FirstMeetingAfterPlacementDue { due }),
            }
        }
        None => evidence.push(Evidence::NoPlacementDate),
    }
    let (longest, too_long) = gaps(&dates);
    if let Some(days) = longest {
        evidence.push(Evidence::LongestGap { days });
    }
    missing.extend(too_long);
    match next_review(&dates, today) {
        Some(e @ Evidence::ReviewOverdue { .. }) => missing.push(e),
        Some(e) => evidence.push(e),
        None => {}
    }
    item("D2", met_if(missing.is_empty()), evidence, missing)
}

/// D3 specific safety activities for safety concerns: every worry marked as
/// a safety concern is answered by a goal (the goal's worries hold it) that
/// has at least one task, and the crisis plan has at least one response step.
fn d3(plan: &Plan) -> FidelityItem {
    let safety: Vec<(usize, ItemId)> = plan
        .worries
        .iter()
        .enumerate()
        .filter(|(_, w)| w.safety && filled(&w.text))
        .map(|(i, w)| (i + 1, w.id))
        .collect();
    let answered = |id: ItemId| {
        plan.goals
            .iter()
            .any(|g| g.worries.contains(&id) && tasks_with_words(g) > 0)
    };
    let unanswered: Vec<usize> = safety
        .iter()
        .filter(|(_, id)| !answered(*id))
        .map(|(n, _)| *n)
        .collect();
    let steps = plan
        .crisis
        .respond
        .iter()
        .filter(|s| filled(&s.what))
        .count();
    let mut evidence = Vec::new();
    let mut missing = Vec::new();
    if safety.is_empty() {
        evidence.push(Evidence::NoSafetyWorries);
    } else {
        evidence.push(Evidence::SafetyAnswered {
            answered: safety.len() - unanswered.len(),
            of: safety.len(),
        });
    }
    if !unanswered.is_empty() {
        missing.push(Evidence::SafetyUnanswered {
            worries: unanswered,
        });
    }
    if steps > 0 {
        evidence.push(Evidence::CrisisResponse { steps });
    } else {
        missing.push(Evidence::NoCrisisResponse);
    }
    item("D3", met_if(missing.is_empty()), evidence, missing)
}

/// D4 specific permanency plans: both the permanency goal and the
/// concurrent (back-up) plan are written (quoted, cut to 80 characters).
fn d4(plan: &Plan) -> FidelityItem {
    let p = &plan.permanency;
    let mut evidence = Vec::new();
    let mut missing = Vec::new();
    if filled(&p.goal) {
        evidence.push(Evidence::PermanencyGoal {
            quote: quote(&p.goal),
        });
    } else {
        missing.push(Evidence::NoPermanencyGoal);
    }
    if filled(&p.concurrent) {
        evidence.push(Evidence::ConcurrentPlan {
            quote: quote(&p.concurrent),
        });
    } else {
        missing.push(Evidence::NoConcurrentPlan);
    }
    item("D4", met_if(missing.is_empty()), evidence, missing)
}

/// D5 the child's well-being addressed: with children on the plan, at least
/// one goal in the child domain has at least one task.
fn d5(plan: &Plan) -> FidelityItem {
    if !plan.children.iter().any(|c| filled(&c.name)) {
        return item("D5", Status::NotYet, vec![], vec![Evidence::NoChildren]);
    }
    let goals: Vec<&Goal> = plan
        .goals
        .iter()
        .filter(|g| g.domain == Domain::Child && goal_written(g))
        .collect();
    let with_tasks = goals.iter().filter(|g| tasks_with_words(g) > 0).count();
    let evidence = if goals.is_empty() {
        vec![]
    } else {
        vec![Evidence::ChildGoals {
            with_tasks,
            goals: goals.len(),
        }]
    };
    let missing = if with_tasks > 0 {
        vec![]
    } else {
        vec![Evidence::NoChildGoal]
    };
    item("D5", met_if(with_tasks > 0), evidence, missing)
}

/// Calendar months from `from` to `to` (Oct 1 → Nov 1 is 1, Jan 31 →
/// Feb 28 is 1), at least 1.
fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    use chrono::Datelike;
    let months = (to.year() - from.year()) as i64 * 12 + to.month() as i64 - from.month() as i64;
    months.max(1)
}

/// D6 the plan reviewed regularly: the meetings held and their span
/// ("reviewed 2 times in 3 months"). Met when at least one meeting followed
/// the first, no gap was longer than one calendar month and the next review
/// is not overdue; not due while only the first meeting was held and its
/// review is not due yet; not yet when a review is overdue.
fn d6(plan: &Plan, today: NaiveDate) -> FidelityItem {
    let held = plan.history.len() + 1;
    let dates = meeting_dates(plan);
    let mut evidence = vec![Evidence::MeetingsHeld { n: held }];
    let mut missing = Vec::new();
    let Some(first) = dates.first().copied() else {
        return item(
            "D6",
            Status::NotYet,
            evidence,
            vec![Evidence::NoMeetingDate],
        );
    };
    let next = next_review(&dates, today);
    if held == 1 {
        return match next {
            Some(Evidence::NextReviewDue { due }) => item(
                "D6",
                Status::NotDue,
                vec![
                    Evidence::MeetingsHeld { n: 1 },
                    Evidence::FirstReviewDue { due },
                ],
                vec![],
            ),
            other => item("D6", Status::NotYet, evidence, other.into_iter().collect()),
        };
    }
    let last = dates.last().copied().unwrap_or(first);
    evidence.push(Evidence::Reviewed {
        times: held - 1,
        months: months_between(first, last),
    });
    let (_, too_long) = gaps(&dates);
    missing.extend(too_long);
    match next {
        Some(e @ Evidence::ReviewOverdue { .. }) => missing.push(e),
        Some(e) => evidence.push(e),
        None => {}
    }
    item("D6", met_if(missing.is_empty()), evidence, missing)
}

/// D7 providers get clear, specific service needs: every service has the
/// family's need, its goal's statement (the behavioural goal), frequency,
/// intensity, location, duration and known barriers.
fn d7(plan: &Plan) -> FidelityItem {
    let all: Vec<_> = services(plan).collect();
    if all.is_empty() {
        return item("D7", Status::NotYet, vec![], vec![Evidence::NoServices]);
    }
    let missing: Vec<Evidence> = all
        .iter()
        .filter_map(|(g, s)| {
            let fields = missing_fields(g, s);
            (!fields.is_empty()).then(|| Evidence::ServiceIncomplete {
                service: service_name(g, s),
                fields,
            })
        })
        .collect();
    let evidence = vec![Evidence::ServicesComplete {
        complete: all.len() - missing.len(),
        of: all.len(),
    }];
    item("D7", met_if(missing.is_empty()), evidence, missing)
}

/// The date a service's referral is due by: the placement's 30-day deadline
/// (`placed_due`) when the service was on a meeting held by then; otherwise
/// 30 days after the first meeting that lists it (ids are kept across
/// meetings).
fn referral_due(plan: &Plan, id: ItemId, placed_due: NaiveDate) -> NaiveDate {
    let first = meetings(plan)
        .find(|p| {
            p.goals
                .iter()
                .any(|g| g.services.iter().any(|s| s.id == id))
        })
        .and_then(|p| p.meeting.date);
    match first {
        Some(held) if held > placed_due => dates::referral_deadline(held),
        _ => placed_due,
    }
}

/// D8 services provided timely: every service has a referral date (sent by
/// `today`; with a placement date, within 30 days of it (P2) for a service
/// on a meeting held by then, or within 30 days of the meeting that first
/// lists a later service) and a start date. Not due with no services and no placement, or with a
/// placement and no service while the 30 days are not over.
fn d8(plan: &Plan, today: NaiveDate) -> FidelityItem {
    let all: Vec<_> = services(plan).collect();
    let deadline = plan.meeting.placement_date.map(dates::referral_deadline);
    if all.is_empty() {
        return match deadline {
            None => item("D8", Status::NotDue, vec![Evidence::NoServices], vec![]),
            Some(due) if due >= today => item(
                "D8",
                Status::NotDue,
                vec![Evidence::NoServices, Evidence::ReferralsDue { due }],
                vec![],
            ),
            Some(due) => item(
                "D8",
                Status::NotYet,
                vec![Evidence::NoServices],
                vec![Evidence::ReferralsOverdue { due }],
            ),
        };
    }
    let mut missing = Vec::new();
    let mut on_time = 0;
    let mut started = 0;
    for (g, s) in &all {
        let due = deadline.map(|placed_due| referral_due(plan, s.id, placed_due));
        match s.referral_date.filter(|d| *d <= today) {
            None => missing.push(Evidence::NoReferral {
                service: service_name(g, s),
            }),
            Some(sent) => match due {
                Some(due) if sent > due => missing.push(Evidence::ReferralLate {
                    service: service_name(g, s),
                    days: dates::days_until(due, sent),
                }),
                _ => on_time += 1,
            },
        }
        if s.start.is_some() {
            started += 1;
        } else {
            missing.push(Evidence::NoStart {
                service: service_name(g, s),
            });
        }
    }
    let evidence = vec![
        Evidence::ReferredOnTime {
            on_time,
            of: all.len(),
        },
        Evidence::Started {
            started,
            of: all.len(),
        },
    ];
    item("D8", met_if(missing.is_empty()), evidence, missing)
}

/// D9 the child's living arrangement assessed and safe: every child has
/// where they live written and their home assessed as safe.
fn d9(plan: &Plan) -> FidelityItem {
    let children: Vec<_> = plan.children.iter().filter(|c| filled(&c.name)).collect();
    if children.is_empty() {
        return item("D9", Status::NotYet, vec![], vec![Evidence::NoChildren]);
    }
    let mut evidence = Vec::new();
    let mut missing = Vec::new();
    for child in children {
        let name = if child.private {
            Name::PrivateChild
        } else {
            Name::Named(child.name.trim().to_string())
        };
        if !filled(&child.living_with) {
            missing.push(Evidence::NoLivingWith { name: name.clone() });
        }
        match child.home_safety {
            HomeSafety::Safe => evidence.push(Evidence::ChildSafe { name }),
            HomeSafety::NotSafe => missing.push(Evidence::ChildNotSafe { name }),
            HomeSafety::NotAssessed => missing.push(Evidence::ChildNotAssessed { name }),
        }
    }
    item("D9", met_if(missing.is_empty()), evidence, missing)
}
