//! The nine meeting steps, in meeting order, one module each.

pub mod agreements;
pub mod closure;
pub mod crisis;
pub mod goals;
pub mod lists;
pub mod referral;
pub mod strengths;
pub mod team;
pub mod voice;
pub mod welcome;
pub mod worries;

use leptos::prelude::*;

/// A step of the meeting; each has its own URL `/plan/:id/<slug>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// The screen of one step.
pub fn render(step: Step) -> AnyView {
    match step {
        Step::Welcome => view! { <welcome::WelcomeStep/> }.into_any(),
        Step::Team => view! { <team::TeamStep/> }.into_any(),
        Step::Strengths => view! { <strengths::StrengthsStep/> }.into_any(),
        Step::Worries => view! { <worries::WorriesStep/> }.into_any(),
        Step::Goals => view! { <goals::GoalsStep/> }.into_any(),
        Step::Crisis => view! { <crisis::CrisisStep/> }.into_any(),
        Step::Voice => view! { <voice::VoiceStep/> }.into_any(),
        Step::Closure => view! { <closure::ClosureStep/> }.into_any(),
        Step::Agreements => view! { <agreements::AgreementsStep/> }.into_any(),
    }
}
