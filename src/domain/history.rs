//! A case across meetings (D6, K4, B8): starting the next meeting, the
//! earlier meetings kept as they were, and what changed since the last one.
//!
//! A [`Plan`] is the case's current meeting; `plan.history` holds the earlier
//! meetings, oldest first, each the plan as it stood when the next meeting
//! started. Items carried forward keep their ids (ids are never handed out
//! twice, see [`Plan::alloc_id`]), so two meetings are compared item by item.

use chrono::NaiveDate;

use super::i18n::fill;
use super::i18n::history::HistoryText;
use super::plan::{
    ClosureCriterion, Contact, CrisisStep, Goal, HasId, ItemId, Language, MeetingKind, Plan,
    Service, Task, TaskStatus, TeamMember, TextItem,
};

/// One meeting of a case, as the library lists it (kept in the library's
/// stored summary of each plan).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MeetingEntry {
    /// 1 for the first meeting.
    pub number: usize,
    pub kind: MeetingKind,
    pub date: Option<NaiveDate>,
    /// The meeting the plan is at now (the others are read-only).
    pub current: bool,
}

/// The case's meetings, oldest first; the last is the current one.
pub fn meetings(plan: &Plan) -> Vec<MeetingEntry> {
    plan.history
        .iter()
        .chain(std::iter::once(plan))
        .enumerate()
        .map(|(i, p)| MeetingEntry {
            number: i + 1,
            kind: p.meeting.kind,
            date: p.meeting.date,
            current: i == plan.history.len(),
        })
        .collect()
}

/// An earlier meeting by its number (1 = the first), read-only.
pub fn past_meeting(plan: &Plan, number: usize) -> Option<&Plan> {
    number.checked_sub(1).and_then(|i| plan.history.get(i))
}

/// The date a date field gave (`yyyy-mm-dd`), with a year below 100 read
/// as 20xx (what a browser stores when "12/15/26" is typed); `None` when
/// empty or not a date.
pub fn date_from_field(value: &str) -> Option<NaiveDate> {
    use chrono::Datelike;
    let date = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()?;
    if date.year() < 100 {
        date.with_year(date.year() + 2000)
    } else {
        Some(date)
    }
}

/// The meeting before the current one.
pub fn last_meeting(plan: &Plan) -> Option<&Plan> {
    plan.history.last()
}

/// The date of the case's first meeting (when the plan was first made).
pub fn first_meeting_date(plan: &Plan) -> Option<NaiveDate> {
    plan.history
        .iter()
        .chain(std::iter::once(plan))
        .find_map(|p| p.meeting.date)
}

/// Start the case's next meeting: the plan as it stands goes into the
/// history, read-only, and the new meeting carries forward the team, goals,
/// tasks, services, crisis plan, closure criteria, permanency, the children
/// and their words. What belongs to one meeting starts empty: who is here
/// today, the agreement, the review, the meeting's own "+/Δ", the next
/// meeting's date. The new meeting's date is `date`, else the date the last
/// meeting set for it.
pub fn start_next_meeting(
    plan: &mut Plan,
    kind: MeetingKind,
    date: Option<NaiveDate>,
    now_ms: i64,
) {
    let mut snapshot = plan.clone();
    snapshot.history.clear();
    plan.history.push(snapshot);

    let next = std::mem::take(&mut plan.next_meeting);
    plan.meeting.kind = kind;
    plan.meeting.date = date.or(next.date);
    if !next.place.trim().is_empty() {
        plan.meeting.place = next.place;
    }
    plan.next_meeting.who = next.who;
    for member in &mut plan.team {
        member.attending = false;
    }
    plan.clear_review_notes();
    plan.agreements.agreed_by.clear();
    plan.agreements.family_words.clear();
    plan.review = Default::default();
    plan.progress = Default::default();
    plan.updated_ms = now_ms;
}

/// What a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    Team,
    Goal,
    Task,
    Service,
    WarningSign,
    Prevent,
    CrisisStep,
    Contact,
    Closure,
}

impl Area {
    pub const ALL: [Area; 9] = [
        Area::Team,
        Area::Goal,
        Area::Task,
        Area::Service,
        Area::WarningSign,
        Area::Prevent,
        Area::CrisisStep,
        Area::Contact,
        Area::Closure,
    ];
}

/// Added, removed or changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// One item added, removed or changed between two meetings.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub area: Area,
    pub kind: ChangeKind,
    pub id: ItemId,
    /// The item's words now (before, when it was removed).
    pub text: String,
    /// The item's words before, when they changed.
    pub before: Option<String>,
}

/// A task whose progress moved between two meetings.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskProgress {
    pub id: ItemId,
    pub what: String,
    pub from: TaskStatus,
    pub to: TaskStatus,
}

/// What changed from one meeting to the next.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    pub changes: Vec<Change>,
    /// Tasks whose status moved (a task new since then counts only when it
    /// has already moved from "not started").
    pub progress: Vec<TaskProgress>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.progress.is_empty()
    }

    /// The changes about `area`, in plan order.
    pub fn in_area(&self, area: Area) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.area == area)
    }
}

/// An item's words and the parts of it a change is judged by (its content,
/// not the notes of one meeting such as a review).
trait Compared: HasId {
    fn words(&self) -> String;
    fn content(&self) -> String;
}

impl Compared for TeamMember {
    fn words(&self) -> String {
        self.display_name().to_string()
    }
    fn content(&self) -> String {
        format!(
            "{}|{}|{}|{:?}|{}|{}",
            self.name.trim(),
            self.role.key(),
            self.relation.trim(),
            self.support,
            self.contact.trim(),
            self.private
        )
    }
}

impl Compared for Goal {
    fn words(&self) -> String {
        first_words(&[&self.statement, &self.outcome])
    }
    fn content(&self) -> String {
        format!(
            "{}|{}|{}|{}",
            self.domain.key(),
            self.outcome.trim(),
            self.statement.trim(),
            self.private
        )
    }
}

impl Compared for Task {
    fn words(&self) -> String {
        self.what.trim().to_string()
    }
    fn content(&self) -> String {
        format!(
            "{:?}|{}|{}|{}|{:?}|{}|{:?}|{}|{}",
            self.who,
            self.who_other.trim(),
            self.what.trim(),
            self.place.trim(),
            self.by_when,
            self.when_text.trim(),
            self.checker,
            self.checker_other.trim(),
            self.private
        )
    }
}

/// What the family sees of a service: its need and known barriers are for
/// the provider's referral and the caseworker, so changing them alone is not
/// news on the family's link ("what's new").
impl Compared for Service {
    fn words(&self) -> String {
        first_words(&[&self.service, &self.provider])
    }
    fn content(&self) -> String {
        format!(
            "{}|{}|{}|{}|{}|{}|{:?}|{:?}|{}",
            self.provider.trim(),
            self.service.trim(),
            self.frequency.trim(),
            self.intensity.trim(),
            self.location.trim(),
            self.duration.trim(),
            self.start,
            self.referral_date,
            self.private
        )
    }
}

impl Compared for TextItem {
    fn words(&self) -> String {
        self.text.trim().to_string()
    }
    fn content(&self) -> String {
        format!("{}|{}", self.text.trim(), self.private)
    }
}

impl Compared for CrisisStep {
    fn words(&self) -> String {
        self.what.trim().to_string()
    }
    fn content(&self) -> String {
        format!(
            "{:?}|{}|{}|{}",
            self.who,
            self.who_other.trim(),
            self.what.trim(),
            self.private
        )
    }
}

impl Compared for Contact {
    fn words(&self) -> String {
        first_words(&[&self.name, &self.why])
    }
    fn content(&self) -> String {
        format!(
            "{:?}|{}|{}|{}|{}",
            self.member,
            self.name.trim(),
            self.phone.trim(),
            self.why.trim(),
            self.private
        )
    }
}

impl Compared for ClosureCriterion {
    fn words(&self) -> String {
        self.text.trim().to_string()
    }
    fn content(&self) -> String {
        format!(
            "{}|{}|{}|{}",
            self.category.key(),
            self.text.trim(),
            self.met,
            self.private
        )
    }
}

/// The first of `texts` with words in it.
fn first_words(texts: &[&str]) -> String {
    texts
        .iter()
        .map(|t| t.trim())
        .find(|t| !t.is_empty())
        .unwrap_or("")
        .to_string()
}

/// Items added, changed (in place, in `after`'s order) and removed.
fn compare<'a, T: Compared + 'a>(
    area: Area,
    before: impl IntoIterator<Item = &'a T>,
    after: impl IntoIterator<Item = &'a T>,
    out: &mut Vec<Change>,
) {
    let before: Vec<&T> = before.into_iter().collect();
    let after: Vec<&T> = after.into_iter().collect();
    for item in &after {
        match before.iter().find(|b| b.id() == item.id()) {
            None => out.push(Change {
                area,
                kind: ChangeKind::Added,
                id: item.id(),
                text: item.words(),
                before: None,
            }),
            Some(old) if old.content() != item.content() => {
                let (was, now) = (old.words(), item.words());
                out.push(Change {
                    area,
                    kind: ChangeKind::Changed,
                    id: item.id(),
                    before: (was != now).then_some(was),
                    text: now,
                })
            }
            Some(_) => {}
        }
    }
    for old in &before {
        if !after.iter().any(|a| a.id() == old.id()) {
            out.push(Change {
                area,
                kind: ChangeKind::Removed,
                id: old.id(),
                text: old.words(),
                before: None,
            });
        }
    }
}

/// What changed from `before` (an earlier meeting) to `after`: goals, tasks,
/// services, team and crisis-plan items and closure criteria added, removed
/// or changed, and task progress.
pub fn diff(before: &Plan, after: &Plan) -> Changes {
    let mut changes = Vec::new();
    compare(Area::Team, &before.team, &after.team, &mut changes);
    compare(Area::Goal, &before.goals, &after.goals, &mut changes);
    let tasks = |p: &Plan| -> Vec<Task> {
        p.goals
            .iter()
            .flat_map(|g| g.tasks.iter().cloned())
            .collect()
    };
    let services = |p: &Plan| -> Vec<Service> {
        p.goals
            .iter()
            .flat_map(|g| g.services.iter().cloned())
            .collect()
    };
    let (tasks_before, tasks_after) = (tasks(before), tasks(after));
    compare(Area::Task, &tasks_before, &tasks_after, &mut changes);
    compare(
        Area::Service,
        &services(before),
        &services(after),
        &mut changes,
    );
    let (cb, ca) = (&before.crisis, &after.crisis);
    compare(
        Area::WarningSign,
        &cb.warning_signs,
        &ca.warning_signs,
        &mut changes,
    );
    compare(Area::Prevent, &cb.prevent, &ca.prevent, &mut changes);
    compare(Area::CrisisStep, &cb.respond, &ca.respond, &mut changes);
    compare(Area::Contact, &cb.contacts, &ca.contacts, &mut changes);
    compare(Area::Closure, &before.closure, &after.closure, &mut changes);

    let progress = tasks_after
        .iter()
        .filter_map(|t| {
            let from = tasks_before
                .iter()
                .find(|b| b.id == t.id)
                .map_or(TaskStatus::NotStarted, |b| b.status);
            (from != t.status).then(|| TaskProgress {
                id: t.id,
                what: t.what.trim().to_string(),
                from,
                to: t.status,
            })
        })
        .collect();
    Changes { changes, progress }
}

/// What changed since the last meeting (empty at a case's first meeting).
pub fn since_last_meeting(plan: &Plan) -> Changes {
    last_meeting(plan)
        .map(|last| diff(last, plan))
        .unwrap_or_default()
}

/// `lines`, at most `max` of them, the last saying how many more there are
/// (a link's "what's new": see `Plan::for_family`).
pub fn cap_lines(mut lines: Vec<String>, max: usize, language: Language) -> Vec<String> {
    if lines.len() > max {
        let rest = lines.len() - max + 1;
        lines.truncate(max.saturating_sub(1));
        lines.push(fill(
            HistoryText::get(language).and_more,
            &[("n", &rest.to_string())],
        ));
    }
    lines
}

/// Each change, and each task's progress, as one sentence in `language`
/// ("New task: Call the landlord", "Progress: Call the landlord (Done)").
pub fn describe(changes: &Changes, language: Language) -> Vec<String> {
    let t = HistoryText::get(language);
    let mut out: Vec<String> = changes
        .progress
        .iter()
        .filter(|p| !p.what.is_empty())
        .map(|p| {
            fill(
                t.progress,
                &[("what", &p.what), ("status", p.to.label_in(language))],
            )
        })
        .collect();
    for c in &changes.changes {
        if c.text.is_empty() {
            continue;
        }
        let (added, removed, changed) = t.area(c.area);
        let pattern = match c.kind {
            ChangeKind::Added => added,
            ChangeKind::Removed => removed,
            ChangeKind::Changed => changed,
        };
        out.push(fill(pattern, &[("what", &c.text)]));
    }
    out
}

/// A worry's 0-10 scale at each meeting, oldest first: the meeting's date
/// and the average of the answers given then (`None` when the worry was not
/// on the plan or nobody answered).
pub fn scale_across_meetings(plan: &Plan, worry: ItemId) -> Vec<(Option<NaiveDate>, Option<f32>)> {
    plan.history
        .iter()
        .chain(std::iter::once(plan))
        .map(|p| {
            let avg = p.worries.iter().find(|w| w.id == worry).and_then(|w| {
                (!w.scale.is_empty()).then(|| {
                    w.scale.iter().map(|a| a.score as f32).sum::<f32>() / w.scale.len() as f32
                })
            });
            (p.meeting.date, avg)
        })
        .collect()
}
