//! The Family Team Meeting plan: a plain data model with small methods.
//!
//! Everything a case plan holds according to the practice documents (see
//! `../shared/practice-map.md`): the meeting, the children, the family's team,
//! strengths, worries, goals with tasks and services, the crisis plan, the
//! children's voice, safe case closure criteria, permanency and agreements.
//!
//! Every list item has a stable [`ItemId`] (unique within its plan) and a
//! `private` flag: private items stay on the caseworker's device and never
//! enter a share link. Tasks, services and crisis steps refer to team members by
//! id, so "my tasks" can be listed per person.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Identifier of an item inside one plan. Allocated from [`Plan::next_id`].
pub type ItemId = u32;

/// The whole plan for one family.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// Storage key of the plan (random, unique per browser).
    pub id: String,
    /// How the plan is listed, e.g. "Rivera family".
    pub family_name: String,
    /// Milliseconds since the Unix epoch.
    pub created_ms: i64,
    /// Milliseconds since the Unix epoch; the library sorts on it.
    pub updated_ms: i64,
    /// The next free item id.
    pub next_id: ItemId,
    /// The family's language: what the wall, the family's copy and the
    /// reading meter use, whatever the facilitator's interface language is.
    pub language: Language,
    pub meeting: Meeting,
    pub children: Vec<Child>,
    pub team: Vec<TeamMember>,
    pub strengths: Vec<Strength>,
    pub worries: Vec<Worry>,
    pub goals: Vec<Goal>,
    pub crisis: CrisisPlan,
    pub closure: Vec<ClosureCriterion>,
    pub permanency: Permanency,
    pub agreements: Agreements,
    pub next_meeting: NextMeeting,
    pub review: MeetingReview,
    /// This meeting's look back at the plan (C3, K4, S3): filled at
    /// follow-up and transition meetings, cleared when the next one starts.
    pub progress: ProgressReview,
    /// Supports and services that go on after the case closes (K6).
    pub aftercare: Aftercare,
    /// Events since the plan began that call for an update (P7). Caseworker only.
    pub events: Vec<CaseEvent>,
    /// The case's earlier meetings, oldest first: each the plan as it stood
    /// when the next meeting started (read-only; their own `history` is
    /// empty). Items carried forward keep their ids, so meetings can be
    /// compared item by item (`super::history`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Plan>,
}

/// A family's language (English or Spanish for now; more can follow).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::Spanish];

    /// The BCP 47 code for `lang` attributes ("en", "es").
    pub fn key(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
        }
    }

    /// The language's own name, as people look for it.
    pub fn label(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español (Spanish)",
        }
    }
}

/// The kind of meeting (K6: transition / discharge meetings).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    #[default]
    Initial,
    FollowUp,
    Crisis,
    TransitionDischarge,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 4] = [
        MeetingKind::Initial,
        MeetingKind::FollowUp,
        MeetingKind::Crisis,
        MeetingKind::TransitionDischarge,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MeetingKind::Initial => "First meeting",
            MeetingKind::FollowUp => "Follow-up meeting",
            MeetingKind::Crisis => "Crisis meeting",
            MeetingKind::TransitionDischarge => "Transition / discharge meeting",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            MeetingKind::Initial => "initial",
            MeetingKind::FollowUp => "follow_up",
            MeetingKind::Crisis => "crisis",
            MeetingKind::TransitionDischarge => "transition_discharge",
        }
    }
}

/// Step 1: why we meet and how we talk.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meeting {
    pub kind: MeetingKind,
    pub date: Option<NaiveDate>,
    pub place: String,
    pub facilitator: String,
    /// The purpose in one sentence.
    pub purpose: String,
    pub ground_rules: Vec<TextItem>,
    /// Date of the children's out-of-home placement, if any (P2: referrals within 30 days).
    pub placement_date: Option<NaiveDate>,
    /// What was done to reach and engage the children's father when he is not
    /// here (B1, B11). Caseworker-only: it can be about a father's situation.
    pub father_outreach: String,
}

/// A short text in a list (ground rule, warning sign, prevention step, …).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TextItem {
    pub id: ItemId,
    pub text: String,
    pub private: bool,
}

/// A child of the family.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Child {
    pub id: ItemId,
    pub name: String,
    pub age: Option<u8>,
    /// Where and with whom the child lives now (D9).
    pub living_with: String,
    /// Whether that home was assessed, and found safe (D9). Caseworker only.
    pub home_safety: HomeSafety,
    /// The child's voice (step 7).
    pub voice: ChildVoice,
    pub private: bool,
}

/// Whether a child's living arrangement was assessed, and what was found (D9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HomeSafety {
    #[default]
    NotAssessed,
    Safe,
    NotSafe,
}

impl HomeSafety {
    pub const ALL: [HomeSafety; 3] = [
        HomeSafety::NotAssessed,
        HomeSafety::Safe,
        HomeSafety::NotSafe,
    ];

    pub fn label(self) -> &'static str {
        match self {
            HomeSafety::NotAssessed => "Not assessed yet",
            HomeSafety::Safe => "Assessed: safe",
            HomeSafety::NotSafe => "Assessed: not safe yet",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            HomeSafety::NotAssessed => "not_assessed",
            HomeSafety::Safe => "safe",
            HomeSafety::NotSafe => "not_safe",
        }
    }
}

/// Step 7: the child's own words. Young children build a story; adolescents
/// drive their own plan. Both parts are kept so a child can grow into the second.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChildVoice {
    /// A short story about the child and their life, told kindly about the parents.
    pub story: String,
    /// "How would you like the story to end?"
    pub wished_ending: String,
    /// The three boxes, in the child's exact words; labels the child can rename.
    pub boxes: [VoiceBox; 3],
    /// Later meetings: "Do you remember your story? Has it changed?"
    pub story_now: String,
    /// Later meetings: "What is the plan now?"
    pub plan_now: String,
    /// Adolescents: in their own words.
    pub own_words: String,
    pub own_goals: String,
    pub wants_from_plan: String,
    /// Youth safety plan, e.g. "what will you do instead of running?"
    pub safety_plan: String,
    /// The child's own words about what is shared with whom. Stays with the
    /// caseworker (the choices themselves are in [`ChildVoice::sharing`]).
    pub sharing_choice: String,
    /// What the child agreed to share with the family, part by part.
    /// Nothing is shared until the child says so.
    pub sharing: VoiceSharing,
}

/// The child's sharing choices, one per part of their voice (step 7). `true`
/// means "share this with my family": it then goes into the family's link,
/// printout and phone copy. The default is `false`, "only my caseworker".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VoiceSharing {
    /// The story, how the child wants it to end, and what they say of it later.
    pub story: bool,
    /// The three boxes (worries, good things, dreams).
    pub boxes: bool,
    /// A young person's own words and what they want from the plan.
    pub own_words: bool,
    /// A young person's own goals.
    pub goals: bool,
    /// A young person's own safety plan.
    pub safety_plan: bool,
}

impl VoiceSharing {
    /// Every part, with what the child is asked ("Share my story with my family").
    pub const PARTS: [(VoicePart, &'static str); 5] = [
        (VoicePart::Story, "My story"),
        (
            VoicePart::Boxes,
            "My worries, good things and dreams (the boxes)",
        ),
        (
            VoicePart::OwnWords,
            "My own words and what I want from the plan",
        ),
        (VoicePart::Goals, "My goals"),
        (VoicePart::SafetyPlan, "My safety plan"),
    ];

    pub fn get(&self, part: VoicePart) -> bool {
        match part {
            VoicePart::Story => self.story,
            VoicePart::Boxes => self.boxes,
            VoicePart::OwnWords => self.own_words,
            VoicePart::Goals => self.goals,
            VoicePart::SafetyPlan => self.safety_plan,
        }
    }

    pub fn get_mut(&mut self, part: VoicePart) -> &mut bool {
        match part {
            VoicePart::Story => &mut self.story,
            VoicePart::Boxes => &mut self.boxes,
            VoicePart::OwnWords => &mut self.own_words,
            VoicePart::Goals => &mut self.goals,
            VoicePart::SafetyPlan => &mut self.safety_plan,
        }
    }
}

/// A part of a child's voice that the child decides to share or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoicePart {
    Story,
    Boxes,
    OwnWords,
    Goals,
    SafetyPlan,
}

impl VoicePart {
    pub fn key(self) -> &'static str {
        match self {
            VoicePart::Story => "story",
            VoicePart::Boxes => "boxes",
            VoicePart::OwnWords => "own-words",
            VoicePart::Goals => "goals",
            VoicePart::SafetyPlan => "safety-plan",
        }
    }
}

/// One of the three boxes of a young child's voice (worries, good things, dreams).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VoiceBox {
    /// Empty means the default label.
    pub label: String,
    pub words: String,
}

impl ChildVoice {
    pub const DEFAULT_LABELS: [&'static str; 3] = ["Worries", "Good things", "Dreams"];

    pub fn box_label(&self, index: usize) -> &str {
        self.boxes[index].title(index)
    }
}

impl VoiceBox {
    /// The box's name: the child's own, or the usual one for box `index` (0-2).
    pub fn title(&self, index: usize) -> &str {
        match self.label.trim() {
            "" => ChildVoice::DEFAULT_LABELS[index.min(2)],
            label => label,
        }
    }
}

/// Age from which the voice step offers the adolescent prompts.
pub const ADOLESCENT_AGE: u8 = 12;

/// The role a person plays for the family.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mother,
    Father,
    Child,
    Relative,
    FosterParent,
    Friend,
    Faith,
    School,
    Caseworker,
    ServiceProvider,
    TribalRepresentative,
    #[default]
    Other,
    // Added later: new roles go at the end, since links carry a role by its
    // position here (`ALL` below is the order people choose from).
    Stepfather,
    Stepmother,
    /// A parent's partner (boyfriend, girlfriend, new spouse not married in).
    PartnerOfParent,
    Grandparent,
    Godparent,
}

impl Role {
    pub const ALL: [Role; 17] = [
        Role::Mother,
        Role::Father,
        Role::Stepmother,
        Role::Stepfather,
        Role::PartnerOfParent,
        Role::Child,
        Role::Grandparent,
        Role::Godparent,
        Role::Relative,
        Role::FosterParent,
        Role::Friend,
        Role::Faith,
        Role::School,
        Role::Caseworker,
        Role::ServiceProvider,
        Role::TribalRepresentative,
        Role::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::Mother => "Mother",
            Role::Father => "Father",
            Role::Child => "Child or young person",
            Role::Relative => "Relative",
            Role::FosterParent => "Foster parent / caregiver",
            Role::Friend => "Friend or neighbour",
            Role::Faith => "Faith community",
            Role::School => "School",
            Role::Caseworker => "Caseworker",
            Role::ServiceProvider => "Service provider",
            Role::TribalRepresentative => "Tribal representative",
            Role::Other => "Other",
            Role::Stepfather => "Stepfather",
            Role::Stepmother => "Stepmother",
            Role::PartnerOfParent => "Partner of a parent",
            Role::Grandparent => "Grandparent",
            Role::Godparent => "Godparent",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Role::Mother => "mother",
            Role::Father => "father",
            Role::Child => "child",
            Role::Relative => "relative",
            Role::FosterParent => "foster_parent",
            Role::Friend => "friend",
            Role::Faith => "faith",
            Role::School => "school",
            Role::Caseworker => "caseworker",
            Role::ServiceProvider => "service_provider",
            Role::TribalRepresentative => "tribal_representative",
            Role::Other => "other",
            Role::Stepfather => "stepfather",
            Role::Stepmother => "stepmother",
            Role::PartnerOfParent => "partner_of_parent",
            Role::Grandparent => "grandparent",
            Role::Godparent => "godparent",
        }
    }

    /// A father or a man in a father's place for the children (B1, B11:
    /// "engage fathers" counts them all, whatever words the family uses).
    pub fn is_father_figure(self) -> bool {
        matches!(self, Role::Father | Role::Stepfather)
    }

    /// The support kind a role usually brings (the facilitator can change it).
    pub fn usual_support(self) -> SupportKind {
        match self {
            Role::Mother
            | Role::Father
            | Role::Child
            | Role::Stepfather
            | Role::Stepmother
            | Role::PartnerOfParent
            | Role::Grandparent => SupportKind::Family,
            Role::Caseworker
            | Role::ServiceProvider
            | Role::School
            | Role::TribalRepresentative => SupportKind::Formal,
            _ => SupportKind::Informal,
        }
    }
}

/// Formal supports are paid or mandated; informal ones are the family's own people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportKind {
    Family,
    #[default]
    Informal,
    Formal,
}

impl SupportKind {
    pub const ALL: [SupportKind; 3] = [
        SupportKind::Family,
        SupportKind::Informal,
        SupportKind::Formal,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SupportKind::Family => "Family",
            SupportKind::Informal => "Informal support",
            SupportKind::Formal => "Formal support",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            SupportKind::Family => "family",
            SupportKind::Informal => "informal",
            SupportKind::Formal => "formal",
        }
    }
}

/// A person on the family's team (O1, O2, O4).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TeamMember {
    pub id: ItemId,
    pub name: String,
    pub role: Role,
    /// Free words on the relation, e.g. "Maternal aunt, caring for the children".
    pub relation: String,
    pub support: SupportKind,
    pub attending: bool,
    /// How to reach them (phone, email, "through Rosa").
    pub contact: String,
    /// Reluctance to include this person, and how it was addressed (O2).
    pub reluctance: String,
    pub reluctance_addressed: String,
    /// What they have done to help (O4).
    pub helped: String,
    pub private: bool,
}

impl TeamMember {
    /// The name to show, never empty.
    pub fn display_name(&self) -> &str {
        let name = self.name.trim();
        if name.is_empty() {
            "(no name yet)"
        } else {
            name
        }
    }
}

/// Whose strength it is: a team member, a child or the family as a whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Whose {
    #[default]
    Family,
    Person(ItemId),
}

/// Step 3: something that is working well (B3).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Strength {
    pub id: ItemId,
    pub whose: Whose,
    pub text: String,
    /// A time the family coped well before ("ways the family has been successful in the past").
    pub past_success: bool,
    pub private: bool,
}

/// One participant's answer on the 0-10 scale.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScaleAnswer {
    /// The team member who answered.
    pub member: ItemId,
    /// 0 = the children can't be safe at home, 10 = everyone is confident they are safe.
    pub score: u8,
}

/// Step 4: what we are worried about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Worry {
    pub id: ItemId,
    pub text: String,
    /// A safety concern for the children (D3).
    pub safety: bool,
    /// Where people see it differently.
    pub disagreement: String,
    pub scale: Vec<ScaleAnswer>,
    pub private: bool,
}

impl Worry {
    pub const SCALE_MAX: u8 = 10;

    /// The score of one member, if they answered.
    pub fn score_of(&self, member: ItemId) -> Option<u8> {
        self.scale
            .iter()
            .find(|a| a.member == member)
            .map(|a| a.score)
    }

    /// Set (or with `None`, clear) one member's answer; scores above 10 are capped.
    pub fn set_score(&mut self, member: ItemId, score: Option<u8>) {
        self.scale.retain(|a| a.member != member);
        if let Some(score) = score {
            self.scale.push(ScaleAnswer {
                member,
                score: score.min(Self::SCALE_MAX),
            });
        }
    }
}

/// The four outcome domains of seed 003 (C1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    Child,
    #[default]
    ParentCaregiver,
    Family,
    Environment,
}

impl Domain {
    pub const ALL: [Domain; 4] = [
        Domain::Child,
        Domain::ParentCaregiver,
        Domain::Family,
        Domain::Environment,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Domain::Child => "Child",
            Domain::ParentCaregiver => "Parent / caregiver",
            Domain::Family => "Family",
            Domain::Environment => "Home and community",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Domain::Child => "child",
            Domain::ParentCaregiver => "parent_caregiver",
            Domain::Family => "family",
            Domain::Environment => "environment",
        }
    }
}

/// Step 5: an outcome with its SMART goal, tasks and services.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    pub id: ItemId,
    pub domain: Domain,
    /// The desired outcome, in the family's words.
    pub outcome: String,
    /// The SMART goal statement.
    pub statement: String,
    pub tasks: Vec<Task>,
    pub services: Vec<Service>,
    pub private: bool,
    /// Progress toward the goal since the last meeting, in words (C3).
    pub progress: String,
    /// The worries this goal answers (D3: safety worries linked to tasks).
    pub worries: Vec<ItemId>,
    /// The team member who suggested it (O7, D1).
    pub suggested_by: Option<ItemId>,
}

/// Progress of a task.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
    Stuck,
}

impl TaskStatus {
    pub const ALL: [TaskStatus; 4] = [
        TaskStatus::NotStarted,
        TaskStatus::InProgress,
        TaskStatus::Done,
        TaskStatus::Stuck,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "Not started",
            TaskStatus::InProgress => "Under way",
            TaskStatus::Done => "Done",
            TaskStatus::Stuck => "Stuck — needs help",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "not_started",
            TaskStatus::InProgress => "in_progress",
            TaskStatus::Done => "done",
            TaskStatus::Stuck => "stuck",
        }
    }
}

/// Who does what, where, by when, and who checks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Task {
    pub id: ItemId,
    /// Team members doing it.
    pub who: Vec<ItemId>,
    /// Someone not on the team (e.g. "Supervisor").
    pub who_other: String,
    pub what: String,
    pub place: String,
    pub by_when: Option<NaiveDate>,
    /// When, in words ("Mon, Wed, Thu 6-8pm").
    pub when_text: String,
    /// The team member who checks.
    pub checker: Option<ItemId>,
    pub checker_other: String,
    pub status: TaskStatus,
    pub private: bool,
    /// At a review: what helped or got in the way (K3, K4).
    pub review_note: String,
    /// The team member who suggested it (O7, D1).
    pub suggested_by: Option<ItemId>,
}

/// A service linked to a goal (D7, K1).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Service {
    pub id: ItemId,
    pub provider: String,
    pub service: String,
    /// What the family needs from this service, for the provider's referral (K2, D7).
    pub need: String,
    pub frequency: String,
    pub intensity: String,
    pub location: String,
    pub duration: String,
    pub start: Option<NaiveDate>,
    /// Date the referral was sent (P2, D8).
    pub referral_date: Option<NaiveDate>,
    /// Barriers known when referring (transport, child care, work hours,
    /// language: K2, K3). Kept across meetings, unlike a review's barriers.
    pub barriers: String,
    /// The team member who suggested it (O7, D1).
    pub suggested_by: Option<ItemId>,
    pub private: bool,
    /// At a review: is it helping? (O5, K4, C2, P3). Caseworker only.
    pub review: ServiceReview,
}

/// Whether a service is helping, as one person sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Helping {
    #[default]
    NotAsked,
    Yes,
    Somewhat,
    No,
}

impl Helping {
    pub const ALL: [Helping; 4] = [
        Helping::NotAsked,
        Helping::Yes,
        Helping::Somewhat,
        Helping::No,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Helping::NotAsked => "Not asked yet",
            Helping::Yes => "Yes, it helps",
            Helping::Somewhat => "Somewhat",
            Helping::No => "No, not helping",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Helping::NotAsked => "not_asked",
            Helping::Yes => "yes",
            Helping::Somewhat => "somewhat",
            Helping::No => "no",
        }
    }
}

/// A service looked at again at a follow-up meeting (O5, K4, C2, P3).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServiceReview {
    /// The family's view: is it helping?
    pub family_view: Helping,
    pub family_words: String,
    /// The provider's view.
    pub provider_view: Helping,
    pub provider_words: String,
    /// Attendance ("4 of 6 sessions").
    pub attendance: String,
    /// What gets in the way (transport, waiting list, fees: C2, K3).
    pub barriers: String,
    /// The parent declined the service (P3) …
    pub declined: bool,
    /// … and what happens next.
    pub if_declined: String,
}

/// The monitoring questions asked at every follow-up (003 C3), and the
/// successes celebrated since last time (S3, I3).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressReview {
    pub successes: Vec<TextItem>,
    pub child_safe: String,
    pub what_changed: String,
    pub outcomes_met: String,
    pub how_we_know: String,
    pub current_risk: String,
    pub protective_capacities: String,
    pub permanency_change: String,
}

/// The aftercare plan of a transition / discharge meeting (K6, KCA 20):
/// supports and services that go on after closure, started at least six
/// months before it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Aftercare {
    /// When the case is expected to close.
    pub closure_date: Option<NaiveDate>,
    pub items: Vec<AftercareItem>,
}

/// One support or service that continues after closure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AftercareItem {
    pub id: ItemId,
    /// What continues ("Parent support group").
    pub support: String,
    /// Who provides it.
    pub who: String,
    pub start: Option<NaiveDate>,
    pub private: bool,
}

/// An event that calls for an update of the plan (P7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseEventKind {
    #[default]
    AbsentParentFound,
    PlacementChange,
    TreatmentCompleted,
    NewReport,
}

impl CaseEventKind {
    pub const ALL: [CaseEventKind; 4] = [
        CaseEventKind::AbsentParentFound,
        CaseEventKind::PlacementChange,
        CaseEventKind::TreatmentCompleted,
        CaseEventKind::NewReport,
    ];

    pub fn label(self) -> &'static str {
        match self {
            CaseEventKind::AbsentParentFound => "Absent parent found",
            CaseEventKind::PlacementChange => "Placement change",
            CaseEventKind::TreatmentCompleted => "Treatment completed",
            CaseEventKind::NewReport => "New report",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            CaseEventKind::AbsentParentFound => "absent_parent_found",
            CaseEventKind::PlacementChange => "placement_change",
            CaseEventKind::TreatmentCompleted => "treatment_completed",
            CaseEventKind::NewReport => "new_report",
        }
    }
}

/// A dated event of the case (P7).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseEvent {
    pub id: ItemId,
    pub kind: CaseEventKind,
    pub date: Option<NaiveDate>,
    pub note: String,
}

impl Task {
    /// The task in one line for a compact list: who, when and progress
    /// ("Elena Rivera · by Fri, Feb 26, 2027 · Under way"). `name` gives a team
    /// member's name.
    pub fn summary(&self, name: impl Fn(ItemId) -> Option<String>) -> String {
        crate::domain::i18n::steps::goals::task_summary(self, name, Language::English)
    }
}

impl Service {
    /// The service in one line for a compact list ("weekly · 2-hour groups · starts Tue, Jan 5, 2027").
    pub fn summary(&self) -> String {
        crate::domain::i18n::steps::goals::service_summary(self, Language::English)
    }

    /// Who provides what ("Hope Center: outpatient group"), or a placeholder.
    pub fn title(&self) -> String {
        match (self.provider.trim(), self.service.trim()) {
            ("", "") => "New service".to_string(),
            (p, "") => p.to_string(),
            ("", s) => s.to_string(),
            (p, s) => format!("{p}: {s}"),
        }
    }
}

/// Step 6: "What is the worst thing that could happen with this plan?"
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CrisisPlan {
    pub worst_case: String,
    pub warning_signs: Vec<TextItem>,
    pub prevent: Vec<TextItem>,
    pub respond: Vec<CrisisStep>,
    pub contacts: Vec<Contact>,
    pub plan_b: String,
}

impl CrisisPlan {}

/// Who does what if the worst happens.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CrisisStep {
    pub id: ItemId,
    pub who: Option<ItemId>,
    pub who_other: String,
    pub what: String,
    pub private: bool,
}

/// Who to call.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub id: ItemId,
    /// A team member (their name and contact come from the team), or none.
    pub member: Option<ItemId>,
    pub name: String,
    pub phone: String,
    pub why: String,
    pub private: bool,
}

/// The six categories of safe case closure criteria (seed 002, B5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosureCategory {
    #[default]
    ProtectiveProvisions,
    BehaviouralPatterns,
    RelapseAndCrisis,
    SustainableSupports,
    LegalAndCourt,
    MeasuresAndSchedules,
}

impl ClosureCategory {
    pub const ALL: [ClosureCategory; 6] = [
        ClosureCategory::ProtectiveProvisions,
        ClosureCategory::BehaviouralPatterns,
        ClosureCategory::RelapseAndCrisis,
        ClosureCategory::SustainableSupports,
        ClosureCategory::LegalAndCourt,
        ClosureCategory::MeasuresAndSchedules,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ClosureCategory::ProtectiveProvisions => "What keeps everyone safe at home",
            ClosureCategory::BehaviouralPatterns => "What the grown-ups will be doing, every day",
            ClosureCategory::RelapseAndCrisis => "How we stop a crisis, and respond if one comes",
            ClosureCategory::SustainableSupports => "Help that stays after we close",
            ClosureCategory::LegalAndCourt => "Court and legal steps",
            ClosureCategory::MeasuresAndSchedules => "How we will know it's working, and when",
        }
    }

    /// The seed's own term, shown as a hint for professionals.
    pub fn practice_term(self) -> &'static str {
        match self {
            ClosureCategory::ProtectiveProvisions => "Protective provisions",
            ClosureCategory::BehaviouralPatterns => "Behavioural patterns",
            ClosureCategory::RelapseAndCrisis => {
                "Relapse and crisis prevention with response capacities"
            }
            ClosureCategory::SustainableSupports => "Sustainable family supports",
            ClosureCategory::LegalAndCourt => "Resolution of legal issues and court requirements",
            ClosureCategory::MeasuresAndSchedules => "Measures and schedules",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ClosureCategory::ProtectiveProvisions => "protective_provisions",
            ClosureCategory::BehaviouralPatterns => "behavioural_patterns",
            ClosureCategory::RelapseAndCrisis => "relapse_and_crisis",
            ClosureCategory::SustainableSupports => "sustainable_supports",
            ClosureCategory::LegalAndCourt => "legal_and_court",
            ClosureCategory::MeasuresAndSchedules => "measures_and_schedules",
        }
    }
}

/// One safe case closure criterion.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClosureCriterion {
    pub id: ItemId,
    pub category: ClosureCategory,
    pub text: String,
    pub met: bool,
    pub private: bool,
}

/// Permanency goal and the back-up (concurrent) plan (B7, D4, K5).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Permanency {
    pub goal: String,
    pub concurrent: String,
}

/// Step 9: who agreed, in their words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreements {
    /// Team members who agreed to the plan (P1).
    pub agreed_by: Vec<ItemId>,
    /// The family's words about the plan ("This is my plan…").
    pub family_words: String,
    /// "How can we help?" (O6)
    pub how_we_can_help: String,
}

/// When and where the team meets next (D2).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NextMeeting {
    pub date: Option<NaiveDate>,
    pub time: String,
    pub place: String,
    pub who: String,
}

/// "+/Δ" about the meeting itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingReview {
    pub went_well: Vec<TextItem>,
    pub change: Vec<TextItem>,
}

/// A closed set of choices shown as a dropdown: every value, a stable key
/// (what the form and files hold) and a label (what people read).
pub trait Choice: Copy + PartialEq + Default + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
    fn label(self) -> &'static str;
    fn from_key(key: &str) -> Option<Self> {
        Self::all().iter().copied().find(|c| c.key() == key)
    }
}

macro_rules! choice {
    ($($t:ident),*) => { $(impl Choice for $t {
        fn all() -> &'static [$t] { &$t::ALL }
        fn key(self) -> &'static str { $t::key(self) }
        fn label(self) -> &'static str { $t::label(self) }
    })* };
}
choice!(
    Language,
    MeetingKind,
    Role,
    SupportKind,
    Domain,
    TaskStatus,
    ClosureCategory,
    Helping,
    CaseEventKind,
    HomeSafety
);

/// Items that carry an [`ItemId`].
pub trait HasId {
    fn id(&self) -> ItemId;
}

macro_rules! has_id {
    ($($t:ty),*) => { $(impl HasId for $t { fn id(&self) -> ItemId { self.id } })* };
}
has_id!(
    TextItem,
    Child,
    TeamMember,
    Strength,
    Worry,
    Goal,
    Task,
    Service,
    CrisisStep,
    Contact,
    ClosureCriterion,
    AftercareItem,
    CaseEvent
);

/// Insert `item` right after the item with id `after` (at the end when there
/// is none): Enter on an item adds the next one below it.
pub fn insert_after<T: HasId>(items: &mut Vec<T>, after: Option<ItemId>, item: T) {
    let at = after
        .and_then(|a| items.iter().position(|i| i.id() == a))
        .map(|i| i + 1)
        .unwrap_or(items.len());
    items.insert(at, item);
}

/// Ground rules offered to the group on a new plan.
pub const DEFAULT_GROUND_RULES: [&str; 5] = [
    "One person speaks at a time",
    "We talk about behaviours, not labels",
    "Everyone's ideas are written down",
    "What is said here stays here, unless someone is unsafe",
    "It's okay to take a break",
];

impl Plan {
    /// A new plan for a family, with the default ground rules.
    pub fn new(id: impl Into<String>, family_name: impl Into<String>, now_ms: i64) -> Plan {
        let mut plan = Plan {
            id: id.into(),
            family_name: family_name.into(),
            created_ms: now_ms,
            updated_ms: now_ms,
            next_id: 1,
            ..Plan::default()
        };
        for rule in DEFAULT_GROUND_RULES {
            let item = plan.text_item(rule);
            plan.meeting.ground_rules.push(item);
        }
        plan
    }

    /// Hand out a fresh item id.
    /// Ids from outside (an import, a link) may run up to the largest number:
    /// then an unused id is handed out, never one in use.
    pub fn alloc_id(&mut self) -> ItemId {
        let id = match self.max_item_id().checked_add(1) {
            Some(after_max) => self.next_id.max(after_max).max(1),
            None => self.free_id(),
        };
        self.next_id = id.saturating_add(1);
        id
    }

    /// A new text item with a fresh id.
    pub fn text_item(&mut self, text: &str) -> TextItem {
        TextItem {
            id: self.alloc_id(),
            text: text.to_string(),
            private: false,
        }
    }

    /// The team member with this id.
    pub fn member(&self, id: ItemId) -> Option<&TeamMember> {
        self.team.iter().find(|m| m.id == id)
    }

    /// The name of a team member, or a placeholder when it was removed.
    pub fn member_name(&self, id: ItemId) -> &str {
        self.member(id)
            .map(TeamMember::display_name)
            .unwrap_or("(removed from team)")
    }

    /// The tasks a team member does or checks, with their goal, sorted by date.
    pub fn tasks_for(&self, member: ItemId) -> Vec<(&Goal, &Task)> {
        let mut out: Vec<(&Goal, &Task)> = self
            .goals
            .iter()
            .flat_map(|g| g.tasks.iter().map(move |t| (g, t)))
            .filter(|(_, t)| t.who.contains(&member))
            .collect();
        out.sort_by_key(|(_, t)| t.by_when.unwrap_or(NaiveDate::MAX));
        out
    }

    /// Tasks this member checks for others.
    pub fn tasks_checked_by(&self, member: ItemId) -> Vec<(&Goal, &Task)> {
        self.goals
            .iter()
            .flat_map(|g| g.tasks.iter().map(move |t| (g, t)))
            .filter(|(_, t)| t.checker == Some(member))
            .collect()
    }

    /// Fathers and father figures on the team, and how many are here today (B1, B11).
    pub fn father_figures(&self) -> (usize, usize) {
        let fathers = self.team.iter().filter(|m| m.role.is_father_figure());
        let here = fathers.clone().filter(|m| m.attending).count();
        (fathers.count(), here)
    }

    /// True when no team member is a father or father figure, or none of
    /// them is here today (B1, B11).
    pub fn father_missing_or_absent(&self) -> bool {
        self.father_figures().1 == 0
    }

    /// The largest item id in use (guards against an outdated `next_id`).
    pub fn max_item_id(&self) -> ItemId {
        let mut max = 0;
        self.each_item_id(|id| max = max.max(id));
        max
    }

    /// The first id from `next_id` on (then from 1) that no item has, for when
    /// ids run up to the largest number.
    fn free_id(&self) -> ItemId {
        let mut used = std::collections::BTreeSet::new();
        self.each_item_id(|id| {
            used.insert(id);
        });
        let from = self.next_id.max(1);
        (from..=ItemId::MAX)
            .chain(1..from)
            .find(|id| !used.contains(id))
            .unwrap_or(ItemId::MAX)
    }

    /// Call `see` with the id of every item in the plan.
    fn each_item_id(&self, mut see: impl FnMut(ItemId)) {
        self.meeting.ground_rules.iter().for_each(|i| see(i.id));
        self.children.iter().for_each(|c| see(c.id));
        self.team.iter().for_each(|m| see(m.id));
        self.strengths.iter().for_each(|s| see(s.id));
        self.worries.iter().for_each(|w| see(w.id));
        for goal in &self.goals {
            see(goal.id);
            goal.tasks.iter().for_each(|t| see(t.id));
            goal.services.iter().for_each(|s| see(s.id));
        }
        self.crisis.warning_signs.iter().for_each(|i| see(i.id));
        self.crisis.prevent.iter().for_each(|i| see(i.id));
        self.crisis.respond.iter().for_each(|i| see(i.id));
        self.crisis.contacts.iter().for_each(|i| see(i.id));
        self.closure.iter().for_each(|c| see(c.id));
        self.review.went_well.iter().for_each(|i| see(i.id));
        self.review.change.iter().for_each(|i| see(i.id));
        self.progress.successes.iter().for_each(|i| see(i.id));
        self.aftercare.items.iter().for_each(|i| see(i.id));
        self.events.iter().for_each(|i| see(i.id));
    }

    /// Remove a team member and every reference to them.
    pub fn remove_member(&mut self, member: ItemId) -> Option<TeamMember> {
        let pos = self.team.iter().position(|m| m.id == member)?;
        let removed = self.team.remove(pos);
        let unsuggest = |by: &mut Option<ItemId>| {
            if *by == Some(member) {
                *by = None;
            }
        };
        for goal in &mut self.goals {
            unsuggest(&mut goal.suggested_by);
            for task in &mut goal.tasks {
                task.who.retain(|w| *w != member);
                if task.checker == Some(member) {
                    task.checker = None;
                }
                unsuggest(&mut task.suggested_by);
            }
            for service in &mut goal.services {
                unsuggest(&mut service.suggested_by);
            }
        }
        for step in &mut self.crisis.respond {
            if step.who == Some(member) {
                step.who = None;
            }
        }
        for contact in &mut self.crisis.contacts {
            if contact.member == Some(member) {
                contact.member = None;
            }
        }
        for worry in &mut self.worries {
            worry.scale.retain(|a| a.member != member);
        }
        for strength in &mut self.strengths {
            if strength.whose == Whose::Person(member) {
                strength.whose = Whose::Family;
            }
        }
        self.agreements.agreed_by.retain(|m| *m != member);
        Some(removed)
    }

    /// Remove a worry and the goals' links to it (D3).
    pub fn remove_worry(&mut self, worry: ItemId) {
        self.worries.retain(|w| w.id != worry);
        for goal in &mut self.goals {
            goal.worries.retain(|w| *w != worry);
        }
    }

    /// True when this team member is marked private.
    pub fn is_private_member(&self, id: ItemId) -> bool {
        self.member(id).is_some_and(|m| m.private)
    }

    /// A strength that stays with the caseworker: marked private, or a
    /// private person's (it is about them: it goes with them rather than
    /// becoming the family's).
    pub fn strength_withheld(&self, s: &Strength) -> bool {
        s.private || matches!(s.whose, Whose::Person(id) if self.is_private_member(id))
    }

    /// A task that stays with the caseworker: marked private, or done only by
    /// private people (its wording names them; someone named in words beside
    /// them doesn't change that).
    pub fn task_withheld(&self, t: &Task) -> bool {
        t.private || (!t.who.is_empty() && t.who.iter().all(|w| self.is_private_member(*w)))
    }

    /// A crisis step that stays with the caseworker: marked private, or what
    /// a private person does.
    pub fn crisis_step_withheld(&self, s: &CrisisStep) -> bool {
        s.private || s.who.is_some_and(|w| self.is_private_member(w))
    }

    /// A "who to call" entry that stays with the caseworker: marked private,
    /// or a private person's (the entry goes, not only the link to them).
    pub fn contact_withheld(&self, c: &Contact) -> bool {
        c.private || c.member.is_some_and(|m| self.is_private_member(m))
    }

    /// A copy of the plan with every item marked private removed, everything
    /// that only concerns a private person with them (the `*_withheld`
    /// rules above), and every reference to a removed team member cleared.
    /// The audiences ([`super::audience`]) start from it.
    pub fn without_private(&self) -> Plan {
        let mut plan = self.without_history();
        plan.strengths.retain(|s| !self.strength_withheld(s));
        for goal in &mut plan.goals {
            goal.tasks.retain(|t| !self.task_withheld(t));
        }
        plan.crisis
            .respond
            .retain(|s| !self.crisis_step_withheld(s));
        plan.crisis.contacts.retain(|c| !self.contact_withheld(c));
        let private_members: Vec<ItemId> = self
            .team
            .iter()
            .filter(|m| m.private)
            .map(|m| m.id)
            .collect();
        for id in private_members {
            plan.remove_member(id);
        }
        plan.meeting.ground_rules.retain(|i| !i.private);
        plan.children.retain(|c| !c.private);
        plan.worries.retain(|w| !w.private);
        let kept: Vec<ItemId> = plan.worries.iter().map(|w| w.id).collect();
        plan.goals.retain(|g| !g.private);
        for goal in &mut plan.goals {
            goal.worries.retain(|w| kept.contains(w));
        }
        for goal in &mut plan.goals {
            goal.services.retain(|s| !s.private);
        }
        plan.crisis.warning_signs.retain(|i| !i.private);
        plan.crisis.prevent.retain(|i| !i.private);
        plan.closure.retain(|c| !c.private);
        plan.review.went_well.retain(|i| !i.private);
        plan.review.change.retain(|i| !i.private);
        plan.progress.successes.retain(|i| !i.private);
        plan.aftercare.items.retain(|i| !i.private);
        // Earlier meetings (not copied above) and the case's events stay
        // with the caseworker.
        plan.events.clear();
        plan
    }

    /// The current meeting alone: a copy without the earlier meetings (which
    /// are not cloned).
    pub fn without_history(&self) -> Plan {
        let Plan {
            id,
            family_name,
            created_ms,
            updated_ms,
            next_id,
            language,
            meeting,
            children,
            team,
            strengths,
            worries,
            goals,
            crisis,
            closure,
            permanency,
            agreements,
            next_meeting,
            review,
            progress,
            aftercare,
            events,
            history: _,
        } = self;
        Plan {
            id: id.clone(),
            family_name: family_name.clone(),
            created_ms: *created_ms,
            updated_ms: *updated_ms,
            next_id: *next_id,
            language: *language,
            meeting: meeting.clone(),
            children: children.clone(),
            team: team.clone(),
            strengths: strengths.clone(),
            worries: worries.clone(),
            goals: goals.clone(),
            crisis: crisis.clone(),
            closure: closure.clone(),
            permanency: permanency.clone(),
            agreements: agreements.clone(),
            next_meeting: next_meeting.clone(),
            review: review.clone(),
            progress: progress.clone(),
            aftercare: aftercare.clone(),
            events: events.clone(),
            history: Vec::new(),
        }
    }

    /// Clear what one meeting's review wrote: each goal's progress, each
    /// task's note, each service's review (the successes and monitoring
    /// answers are the caller's to keep or clear).
    pub fn clear_review_notes(&mut self) {
        for goal in &mut self.goals {
            goal.progress.clear();
            for task in &mut goal.tasks {
                task.review_note.clear();
            }
            for service in &mut goal.services {
                service.review = ServiceReview::default();
            }
        }
    }

    /// How many items are marked private (each counted once, whatever it holds).
    pub fn private_count(&self) -> usize {
        fn count<T>(items: &[T], private: impl Fn(&T) -> bool) -> usize {
            items.iter().filter(|i| private(i)).count()
        }
        let text = |i: &TextItem| i.private;
        count(&self.meeting.ground_rules, text)
            + count(&self.children, |c| c.private)
            + count(&self.team, |m| m.private)
            + count(&self.strengths, |s| s.private)
            + count(&self.worries, |w| w.private)
            + count(&self.goals, |g| g.private)
            + self
                .goals
                .iter()
                .map(|g| count(&g.tasks, |t| t.private) + count(&g.services, |s| s.private))
                .sum::<usize>()
            + count(&self.crisis.warning_signs, text)
            + count(&self.crisis.prevent, text)
            + count(&self.crisis.respond, |s| s.private)
            + count(&self.crisis.contacts, |c| c.private)
            + count(&self.closure, |c| c.private)
            + count(&self.review.went_well, text)
            + count(&self.review.change, text)
            + count(&self.progress.successes, text)
            + count(&self.aftercare.items, |i| i.private)
    }

    /// Every text a family reads, for the overall reading level.
    pub fn readable_texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![&self.meeting.purpose];
        out.extend(self.strengths.iter().map(|s| s.text.as_str()));
        out.extend(self.worries.iter().map(|w| w.text.as_str()));
        for goal in &self.goals {
            out.push(&goal.outcome);
            out.push(&goal.statement);
            out.extend(goal.tasks.iter().map(|t| t.what.as_str()));
        }
        out.push(&self.crisis.worst_case);
        out.extend(self.crisis.warning_signs.iter().map(|i| i.text.as_str()));
        out.extend(self.crisis.prevent.iter().map(|i| i.text.as_str()));
        out.extend(self.crisis.respond.iter().map(|i| i.what.as_str()));
        out.push(&self.crisis.plan_b);
        out.extend(self.closure.iter().map(|c| c.text.as_str()));
        out.push(&self.permanency.goal);
        out.push(&self.permanency.concurrent);
        out.retain(|t| !t.trim().is_empty());
        out
    }
}
