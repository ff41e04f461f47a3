//! The family's own small app (`src/bin/family-view.rs`): what the page loads
//! when its address carries a shared plan (the loader in `index.html`, written by
//! `scripts/family-bundle.mjs`). It holds the family view and what it needs (the
//! link codec, saving a copy on the phone, the calendar file), none of the
//! caseworker's screens, so a phone opening a link downloads a fraction of the
//! planner. The moment the address holds no link any more, the page reloads and
//! the whole planner opens.

use leptos::prelude::*;

use super::{use_shared_link, LinkReader, OpenedLink};
use crate::domain::i18n::family::LinkText;
use crate::domain::share;
use crate::ui::context::{
    language::UiLanguage, store_health::StorageBanner, toasts::Toasts, AppContext,
};
use crate::ui::offline::{register_service_worker, Worker};
use crate::ui::widgets::SkipLink;

pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(FamilyApp);
    register_service_worker(Worker::FamilyLink);
}

#[component]
fn FamilyApp() -> impl IntoView {
    let language = UiLanguage::start();
    provide_context(language);
    provide_context(AppContext::start_for_a_link());
    provide_context(LinkReader::SINCE_VERSION_2);
    // A first-version link is the planner's to read (its reader is not in
    // this app): this app never tries it, so no error flashes before the reload.
    let link = use_shared_link();
    let readable = Memo::new(move |_| link.get().filter(|l| share::version_of(l) != Some(1)));
    // The link left the address (removed by hand, or "back" to the plans), or
    // the tab was given a first-version link: what it shows now is the
    // planner's, so load it (the page's loader picks the planner).
    let refused = RwSignal::new(false);
    Effect::new(move |_| {
        if readable.with(Option::is_some) {
            reloads::forget();
            refused.set(false);
        } else if reloads::may_reload() {
            let _ = window().location().reload();
        } else {
            refused.set(true);
        }
    });
    view! {
        {move || view! { <SkipLink language=language.0.get()/> }}
        <StorageBanner/>
        {move || readable.get().map(|fragment| view! { <OpenedLink fragment=fragment/> })}
        {move || refused.get().then(|| {
            let t = LinkText::get(language.0.get());
            view! {
                <main id="main" tabindex="-1" class="family">
                    <h1>{t.cant_open}</h1>
                    <p><a href="./">{t.go_home}</a></p>
                </main>
            }
        })}
        <Toasts/>
    }
}

/// Reload once per address: if the page's loader ever chose this app again
/// for an address this app sends to the planner (a rule the two disagree on),
/// the tab says it can't open the link instead of reloading forever. The mark
/// is kept in the tab's `window.name` (it lasts across a reload, and needs no
/// storage the browser may block), as a checksum of the address, never the
/// address (a first-version link holds the whole plan).
mod reloads {
    use leptos::prelude::window;

    const MARK: &str = "ftm-family-app-reloaded-for:";

    fn mark() -> String {
        let href = window().location().href().unwrap_or_default();
        format!("{MARK}{:08x}", crc32fast::hash(href.as_bytes()))
    }

    /// The address is this app's own again: a later reload may happen.
    pub fn forget() {
        if window().name().is_ok_and(|n| n.starts_with(MARK)) {
            let _ = window().set_name("");
        }
    }

    /// May this tab reload for its address? Yes the first time.
    pub fn may_reload() -> bool {
        let mark = mark();
        if window().name().is_ok_and(|n| n == mark) {
            return false;
        }
        window().set_name(&mark).is_ok()
    }
}
