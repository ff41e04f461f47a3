//! The meeting steps, in meeting order, one module each (the flow of each
//! kind of meeting is [`Step::flow`]).

pub mod aftercare;
pub mod agreements;
pub mod closure;
pub mod crisis;
pub mod goals;
pub mod lists;
pub mod referral;
pub mod review;
pub mod strengths;
pub mod team;
pub mod voice;
pub mod welcome;
pub mod worries;

use leptos::prelude::*;

pub use crate::domain::step::Step;

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
        Step::Review => view! { <review::ReviewStep/> }.into_any(),
        Step::Aftercare => view! { <aftercare::AftercareStep/> }.into_any(),
    }
}
