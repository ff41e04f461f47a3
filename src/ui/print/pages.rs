//! The two print pages of the editor: a short note on what the printout holds,
//! a Print button, and the document itself.

use leptos::prelude::*;

use super::caseworker::CaseworkerPlan;
use super::{page_title, PageHeader};
use crate::domain::i18n::common::Common;
use crate::domain::i18n::family::{FamilyViewText, PrintText};
use crate::domain::i18n::shell::fidelity::FidelityText;
use crate::domain::i18n::shell::referral::ReferralText;
use crate::domain::Language;
use crate::ui::context::language::ui_language;
use crate::ui::editor_state::use_editor;
use crate::ui::family::plan_view::FamilyPlan;

/// Which printout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printout {
    /// Everything, with private items marked "Not shared".
    Caseworker,
    /// What the family's link carries, nothing more.
    Family,
    /// One referral sheet per provider (K2, D7), nothing private.
    Referrals,
    /// The fidelity checklist for supervision (O1–O7, D1–D9).
    Fidelity,
}

impl Printout {
    pub const CASEWORKER_SLUG: &'static str = "print";
    pub const FAMILY_SLUG: &'static str = "print-family";
    pub const REFERRALS_SLUG: &'static str = "referrals";
    pub const FIDELITY_SLUG: &'static str = "fidelity";

    pub fn from_slug(slug: &str) -> Option<Printout> {
        match slug {
            Self::CASEWORKER_SLUG => Some(Printout::Caseworker),
            Self::FAMILY_SLUG => Some(Printout::Family),
            Self::REFERRALS_SLUG => Some(Printout::Referrals),
            Self::FIDELITY_SLUG => Some(Printout::Fidelity),
            _ => None,
        }
    }

    /// The page's name in English (see [`Printout::title_in`]).
    pub fn title(self) -> &'static str {
        self.title_in(Language::English)
    }

    /// The page's name in `language` (the interface language: it is the
    /// editor's page, whatever the plan's language).
    pub fn title_in(self, language: Language) -> &'static str {
        let t = PrintText::get(language);
        match self {
            Printout::Caseworker => t.print_caseworker,
            Printout::Family => t.print_family,
            Printout::Referrals => ReferralText::get(language).title,
            Printout::Fidelity => FidelityText::get(language).title,
        }
    }

    /// The page's path in the editor (`/plan/:id/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Printout::Caseworker => Self::CASEWORKER_SLUG,
            Printout::Family => Self::FAMILY_SLUG,
            Printout::Referrals => Self::REFERRALS_SLUG,
            Printout::Fidelity => Self::FIDELITY_SLUG,
        }
    }
}

/// The print page for `which`, drawn from the plan open in the editor.
///
/// The page (the editor's, with its controls) is in the interface language;
/// the family's printout is in the plan's language and says so with its own
/// `lang`.
#[component]
pub fn PrintPage(which: Printout) -> AnyView {
    let plan = use_editor().plan;
    let ui = ui_language();
    let t = PrintText::get(ui);
    let note = match which {
        Printout::Caseworker => t.caseworker_note,
        Printout::Family => t.family_note,
        // These pages have their own toolbars.
        Printout::Referrals => return view! { <super::referrals::ReferralSheets/> }.into_any(),
        Printout::Fidelity => return view! { <super::fidelity::FidelityChecklist/> }.into_any(),
    };
    view! {
        <div class="print-toolbar no-print">
            <p>{note}</p>
            <button type="button" class="button primary" id="print-now" on:click=move |_| { let _ = window().print(); }>{Common::get(ui).print}</button>
        </div>
        {move || plan.with(|p| match which {
            Printout::Caseworker => view! {
                <PageHeader title=page_title(&p.family_name, p.meeting.date, t.caseworkers_plan, ui) language=ui/>
                <CaseworkerPlan plan=p.clone()/>
            }.into_any(),
            Printout::Family => {
                let shared = p.for_family();
                let language = shared.language;
                let whose = FamilyViewText::get(language).familys_plan;
                view! {
                    <PageHeader title=page_title(&shared.family_name, shared.meeting.date, whose, language) language=language/>
                    <div class="family family-print" lang=language.key()><FamilyPlan plan=shared print=true/></div>
                }.into_any()
            }
            Printout::Referrals | Printout::Fidelity => ().into_any(),
        })}
    }
    .into_any()
}
