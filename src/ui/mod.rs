//! The Leptos app: routes, shared context and the screens.
//!
//! | URL                    | screen                                   |
//! |------------------------|------------------------------------------|
//! | `/`                    | plan library ([`library`])               |
//! | `/plan/:id/:step`      | one meeting step ([`editor`], [`steps`]) |
//! | `/plan/:id/share`      | link, QR code, passphrase ([`share`])    |
//! | `/plan/:id/print`, `/plan/:id/print-family` | the caseworker's and the family's printouts ([`print`]) |
//! | `/plan/:id/meeting/:n` | an earlier meeting of the case, read-only and printable ([`meetings::past`]) |
//! | `/plan/:id/changes`    | what changed since the last meeting ([`meetings::changes`]) |
//! | `/#<link>`, `/family#<link>` | the family view of a shared plan ([`family`]) |
//! | `/saved/:id`           | a family plan saved on this device, read-only ([`family::saved`]) |
//! | `/audience/:id`        | the audience window: the wall view following the facilitator's window ([`present`]) |
//!
//! The router's base is found at start-up (see `index.html`), so the same build
//! works from `/` and from any sub-path of a static host.

pub mod autosave;
pub mod bind;
pub mod context;
pub mod crypto;
pub mod debounce;
pub mod editor;
pub mod editor_state;
pub mod family;
pub mod lazy;
pub mod library;
pub mod meetings;
pub mod offline;
pub mod page_swap;
pub mod plan_io;
pub mod plan_state;
pub mod present;
pub mod print;
pub mod share;
pub mod steps;
pub mod tabs;
pub mod widgets;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use context::AppContext;

/// Start the app in `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
    offline::register_service_worker(offline::Worker::Planner);
}

/// The path prefix the app is served under ("" at the root, "/ftm" for a sub-path).
pub fn base_path() -> String {
    let path = window().location().pathname().unwrap_or_default();
    crate::paths::base_of(&path)
}

#[component]
fn App() -> impl IntoView {
    let language = context::language::UiLanguage::start();
    provide_context(language);
    let ctx = AppContext::start();
    provide_context(ctx);
    let backup = Callback::new(move |()| context::downloads::download_backup_of_all(ctx));
    let base = base_path();
    // The audience window shows the wall and nothing else: no storage
    // warnings (their backup holds every plan) and no toasts on a projector.
    let audience = window()
        .location()
        .pathname()
        .unwrap_or_default()
        .starts_with(&format!("{base}/audience/"));
    view! {
        <Router base=base>
            // A change of interface language rebuilds every screen in it.
            {move || {
                view! {
                    <widgets::SkipLink language=language.0.get()/>
                    {(!audience).then(|| view! { <context::store_health::StorageBanner backup=backup/> })}
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=family::Home/>
                        <Route path=path!("/index.html") view=family::Home/>
                        <Route path=path!("/family") view=|| family::family_screen(family::FamilyScreen::FamilyRoute)/>
                        <Route path=path!("/saved/:id") view=|| family::family_screen(family::FamilyScreen::Saved)/>
                        // Before `/plan/:id/:step`: routes are matched in order.
                        <Route path=path!("/plan/:id/changes") view=|| meetings::case_screen(meetings::CaseScreen::Changes)/>
                        <Route path=path!("/plan/:id/meeting/:n") view=|| meetings::case_screen(meetings::CaseScreen::PastMeeting)/>
                        <Route path=path!("/plan/:id/:step") view=plan_editor/>
                        <Route path=path!("/audience/:id") view=audience_window/>
                        <Route path=path!("/plan/:id") view=plan_editor/>
                    </Routes>
                    {(!audience).then(|| view! { <context::toasts::Toasts/> })}
                }
            }}
        </Router>
    }
}

// The screens past the library, each loaded when first shown (`lazy`).
crate::lazy_screen!(
    fn plan_editor() {
        view! { <editor::PlanEditor/> }.into_any()
    }
);
crate::lazy_screen!(
    fn audience_window() {
        view! { <present::audience::AudienceWindow/> }.into_any()
    }
);

#[component]
fn NotFound() -> impl IntoView {
    let t = crate::domain::i18n::common::Common::get(context::language::ui_language());
    view! {
        <main id="main" tabindex="-1" class="page narrow">
            <h1>{t.not_found_title}</h1>
            <p><a href=format!("{}/", base_path())>{t.go_to_plans}</a></p>
        </main>
    }
}
