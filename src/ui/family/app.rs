//! The family's own small app (`src/bin/family-view.rs`): what the page loads
//! when its address carries a shared plan (the loader in `index.html`, written by
//! `scripts/family-bundle.mjs`). It holds the family view and what it needs (the
//! link codec, saving a copy on the phone, the calendar file), none of the
//! caseworker's screens, so a phone opening a link downloads a fraction of the
//! planner. The moment the address holds no link any more, the page reloads and
//! the whole planner opens.

use leptos::prelude::*;

use super::{is_shared_plan, use_fragment, LinkReader, OpenedLink};
use crate::domain::share;
use crate::ui::context::{
    language::UiLanguage, store_health::StorageBanner, toasts::Toasts, AppContext,
};
use crate::ui::widgets::JumpLink;

pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(FamilyApp);
    crate::ui::offline::register_service_worker();
}

#[component]
fn FamilyApp() -> impl IntoView {
    let language = UiLanguage::start();
    provide_context(language);
    provide_context(AppContext::start_for_a_link());
    provide_context(LinkReader::SINCE_VERSION_2);
    let fragment = use_fragment();
    let link = Memo::new(move |_| {
        let fragment = fragment.get();
        is_shared_plan(&fragment).then_some(fragment)
    });
    // The link left the address (removed by hand, or "back" to the plans), or
    // the tab was given a first-version link: what it shows now is the
    // planner's, so load it (the page's loader picks the planner).
    Effect::new(move |_| {
        let planners = link.with(|l| l.as_deref().is_none_or(|l| share::version_of(l) == Some(1)));
        if !planners {
            reloads_for_this_address(Reload::Forget);
        } else if reloads_for_this_address(Reload::Ask) {
            let _ = window().location().reload();
        }
    });
    view! {
        {move || {
            let t = crate::domain::i18n::common::Common::get(language.0.get());
            view! {
                <JumpLink to="main" class="skip-link" attr:lang=language.0.get_untracked().key()>{t.skip_to_content}</JumpLink>
            }
        }}
        <StorageBanner/>
        {move || link.get().map(|fragment| view! { <OpenedLink fragment=fragment/> })}
        <Toasts/>
    }
}

enum Reload {
    /// May this tab reload for its address? Yes the first time.
    Ask,
    /// The address is this app's own again: a later reload may happen.
    Forget,
}

/// Reload once per address: if the page's loader ever chose this app again
/// for an address this app sends to the planner (a rule the two disagree on),
/// the tab shows what this app can say about the link instead of reloading
/// forever.
fn reloads_for_this_address(what: Reload) -> bool {
    const KEY: &str = "ftm-family-app-reloaded-for";
    let Ok(Some(session)) = window().session_storage() else {
        return true;
    };
    let href = window().location().href().unwrap_or_default();
    match what {
        Reload::Forget => {
            let _ = session.remove_item(KEY);
            true
        }
        Reload::Ask if session.get_item(KEY).ok().flatten().as_deref() == Some(&href) => false,
        Reload::Ask => {
            let _ = session.set_item(KEY, &href);
            true
        }
    }
}
