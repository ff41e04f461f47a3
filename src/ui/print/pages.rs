//! The two print pages of the editor: a short note on what the printout holds,
//! a Print button, and the document itself.

use leptos::prelude::*;

use super::caseworker::CaseworkerPlan;
use super::{page_title, PageHeader};
use crate::ui::editor_state::use_editor;
use crate::ui::family::plan_view::FamilyPlan;

/// Which printout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printout {
    /// Everything, with private items marked "Not shared".
    Caseworker,
    /// What the family's link carries, nothing more.
    Family,
}

impl Printout {
    pub const CASEWORKER_SLUG: &'static str = "print";
    pub const FAMILY_SLUG: &'static str = "print-family";

    pub fn from_slug(slug: &str) -> Option<Printout> {
        match slug {
            Self::CASEWORKER_SLUG => Some(Printout::Caseworker),
            Self::FAMILY_SLUG => Some(Printout::Family),
            _ => None,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Printout::Caseworker => "Print the caseworker's plan",
            Printout::Family => "Print the family's plan",
        }
    }
}

/// The print page for `which`, drawn from the plan open in the editor.
#[component]
pub fn PrintPage(which: Printout) -> impl IntoView {
    let plan = use_editor().plan;
    let note = match which {
        Printout::Caseworker => "The whole plan, for the case file. Items marked “Not shared” stay with the caseworker: don't hand this copy to the family.",
        Printout::Family => "Exactly what the family's link shows: nothing marked private, no caseworker notes, and only what each child agreed to share.",
    };
    view! {
        <div class="print-toolbar no-print">
            <p>{note}</p>
            <button class="button primary" id="print-now" on:click=move |_| { let _ = window().print(); }>"Print"</button>
        </div>
        {move || plan.with(|p| match which {
            Printout::Caseworker => view! {
                <PageHeader title=page_title(&p.family_name, p.meeting.date, "caseworker's plan (not for the family)")/>
                <CaseworkerPlan plan=p.clone()/>
            }.into_any(),
            Printout::Family => {
                let shared = p.for_family();
                view! {
                    <PageHeader title=page_title(&shared.family_name, shared.meeting.date, "family's plan")/>
                    <div class="family family-print"><FamilyPlan plan=shared print=true/></div>
                }.into_any()
            }
        })}
    }
}
