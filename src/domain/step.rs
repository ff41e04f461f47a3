//! The steps of the meeting, in meeting order (seeds 002/003), and the
//! question each one asks the room. A first meeting has nine; the kind of
//! meeting shapes the flow ([`Step::flow`]): a follow-up adds the review, a
//! crisis meeting keeps a short safety-first flow, a transition / discharge
//! meeting adds the review and the aftercare plan (K6).

use serde::{Deserialize, Serialize};

/// A step of the meeting; each has its own URL `/plan/:id/<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Welcome,
    Team,
    Strengths,
    Worries,
    Goals,
    Crisis,
    Voice,
    Closure,
    Agreements,
    /// Follow-up and transition meetings: how the plan went since last time.
    Review,
    /// Transition / discharge meetings: what goes on after closure (K6).
    Aftercare,
}

use crate::domain::MeetingKind;

/// A first meeting's nine steps.
const FIRST: [Step; 9] = [
    Step::Welcome,
    Step::Team,
    Step::Strengths,
    Step::Worries,
    Step::Goals,
    Step::Crisis,
    Step::Voice,
    Step::Closure,
    Step::Agreements,
];

/// A follow-up: the review comes before strengths and goals.
const FOLLOW_UP: [Step; 10] = [
    Step::Welcome,
    Step::Team,
    Step::Review,
    Step::Strengths,
    Step::Worries,
    Step::Goals,
    Step::Crisis,
    Step::Voice,
    Step::Closure,
    Step::Agreements,
];

/// A crisis meeting: safety first, short.
const CRISIS: [Step; 6] = [
    Step::Welcome,
    Step::Team,
    Step::Worries,
    Step::Crisis,
    Step::Goals,
    Step::Agreements,
];

/// Transition / discharge: the review, and the aftercare plan after closure.
const TRANSITION: [Step; 11] = [
    Step::Welcome,
    Step::Team,
    Step::Review,
    Step::Strengths,
    Step::Worries,
    Step::Goals,
    Step::Crisis,
    Step::Voice,
    Step::Closure,
    Step::Aftercare,
    Step::Agreements,
];

impl Step {
    /// Every step, in the order of the longest flow.
    pub const ALL: [Step; 11] = TRANSITION;

    /// The steps of a meeting of this kind, in order.
    pub fn flow(kind: MeetingKind) -> &'static [Step] {
        match kind {
            MeetingKind::Initial => &FIRST,
            MeetingKind::FollowUp => &FOLLOW_UP,
            MeetingKind::Crisis => &CRISIS,
            MeetingKind::TransitionDischarge => &TRANSITION,
        }
    }

    /// True when a meeting of this kind has this step.
    pub fn in_flow(self, kind: MeetingKind) -> bool {
        Self::flow(kind).contains(&self)
    }

    /// The step's place (from 0) in the flow of `kind`; a step the flow
    /// lacks counts as the first.
    pub fn index_in(self, kind: MeetingKind) -> usize {
        Self::flow(kind)
            .iter()
            .position(|s| *s == self)
            .unwrap_or(0)
    }

    /// The step after this one in the flow of `kind`.
    pub fn next_in(self, kind: MeetingKind) -> Option<Step> {
        let flow = Self::flow(kind);
        match flow.iter().position(|s| *s == self) {
            Some(i) => flow.get(i + 1).copied(),
            None => flow.first().copied(),
        }
    }

    /// The step before this one in the flow of `kind`.
    pub fn previous_in(self, kind: MeetingKind) -> Option<Step> {
        let flow = Self::flow(kind);
        let i = flow.iter().position(|s| *s == self)?;
        i.checked_sub(1).map(|i| flow[i])
    }

    pub fn slug(self) -> &'static str {
        match self {
            Step::Welcome => "welcome",
            Step::Team => "team",
            Step::Strengths => "strengths",
            Step::Worries => "worries",
            Step::Goals => "goals",
            Step::Crisis => "crisis",
            Step::Voice => "voice",
            Step::Closure => "closure",
            Step::Agreements => "agreements",
            Step::Review => "review",
            Step::Aftercare => "aftercare",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Welcome => "Welcome and purpose",
            Step::Team => "Our team",
            Step::Strengths => "What's working well",
            Step::Worries => "What we are worried about",
            Step::Goals => "What needs to happen: goals, tasks and services",
            Step::Crisis => "If things go wrong",
            Step::Voice => "The children's and young people's voice",
            Step::Closure => "When will we know we're done?",
            Step::Agreements => "Agreements and next steps",
            Step::Review => "Since last time: how the plan is going",
            Step::Aftercare => "After the case closes: the aftercare plan",
        }
    }

    /// The question the step puts to the room, as presentation mode shows it.
    pub fn question(self) -> &'static str {
        match self {
            Step::Welcome => "Why are we here today?",
            Step::Team => "Who is on our team?",
            Step::Strengths => "What is working well?",
            Step::Worries => "What are we worried about?",
            Step::Goals => "What needs to happen?",
            Step::Crisis => "If things go wrong, what will we do?",
            Step::Voice => "What do the children say?",
            Step::Closure => "When will we know we're done?",
            Step::Agreements => "What have we agreed?",
            Step::Review => "How has the plan gone since last time?",
            Step::Aftercare => "What help goes on after the case closes?",
        }
    }

    pub fn short_title(self) -> &'static str {
        match self {
            Step::Welcome => "Welcome",
            Step::Team => "Team",
            Step::Strengths => "Strengths",
            Step::Worries => "Worries",
            Step::Goals => "Goals",
            Step::Crisis => "Crisis plan",
            Step::Voice => "Children's voice",
            Step::Closure => "Done when",
            Step::Agreements => "Agreements",
            Step::Review => "Review",
            Step::Aftercare => "Aftercare",
        }
    }

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Self::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Self::ALL[i])
    }
}
