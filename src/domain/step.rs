//! The nine steps of the meeting, in meeting order (seeds 002/003), and the
//! question each one asks the room.

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
}

impl Step {
    pub const ALL: [Step; 9] = [
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
