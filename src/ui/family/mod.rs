//! The family view: what a shared link opens, on a phone, with no stored data,
//! and what a copy saved on the phone opens (`/saved/:id`, [`saved`]).
//! Read-only, plain language, large type, drawn only from the family
//! projection ([`SharedPlan`]): the sections are in [`plan_view`], "Save to
//! this phone", "Add to calendar" and print in [`actions`].

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

pub mod actions;
pub mod app;
pub mod plan_view;
pub mod saved;

use crate::domain::i18n::family::{FamilyViewText, LinkText};
use crate::domain::share::{self, ShareError};
use crate::domain::SharedPlan;
use crate::ui::context::language::{ui_language, use_document_language};
use crate::ui::print::{page_title, PageHeader};
use actions::{FamilyActions, Source};
use plan_view::FamilyPlan;

/// How this app reads a link: the planner reads every version
/// ([`LinkReader::EVERY_VERSION`], provided by its link screens, which load
/// when first shown, so the link reader is not in the library's first load);
/// the family's small
/// app ([`app`]) reads from version 2 ([`LinkReader::SINCE_VERSION_2`]), so
/// the code that reads the first build's links through a whole `Plan` is not
/// in its wasm (the page sends such links to the planner).
#[derive(Clone, Copy)]
pub struct LinkReader {
    decode: fn(&str) -> Result<SharedPlan, ShareError>,
    unlock: fn(String, String) -> Unlocking,
}

/// A protected link being opened with a passphrase.
type Unlocking = Pin<Box<dyn Future<Output = Result<SharedPlan, ShareError>>>>;

impl LinkReader {
    pub const EVERY_VERSION: LinkReader = LinkReader {
        decode: share::decode,
        unlock: |link, passphrase| {
            Box::pin(
                async move { crate::ui::crypto::decode_with_passphrase(&link, &passphrase).await },
            )
        },
    };
    pub const SINCE_VERSION_2: LinkReader = LinkReader {
        decode: share::decode_since_version_2,
        unlock: |link, passphrase| {
            Box::pin(async move {
                crate::ui::crypto::decode_with_passphrase_since_version_2(&link, &passphrase).await
            })
        },
    };
}

/// The part of the address after `#`.
fn current_fragment() -> String {
    window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// The part of the address after `#`, kept current when another link is
/// opened in the same tab (pasted into the address bar, or tapped in a message).
fn use_fragment() -> ReadSignal<String> {
    let (fragment, set_fragment) = signal(current_fragment());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        set_fragment.set(current_fragment());
    });
    on_cleanup(move || listener.remove());
    fragment
}

/// True when a fragment carries a shared plan.
fn is_shared_plan(fragment: &str) -> bool {
    fragment.len() > 8
}

/// The shared plan in the address, if it holds one, kept current (see
/// [`use_fragment`]).
fn use_shared_link() -> Memo<Option<String>> {
    let fragment = use_fragment();
    Memo::new(move |_| {
        let fragment = fragment.get();
        is_shared_plan(&fragment).then_some(fragment)
    })
}

/// `/` with a plan in the address shows the family view, otherwise the library.
#[component]
pub fn Home() -> impl IntoView {
    // The library is built once; each link the tab opens gets its own view.
    let link = use_shared_link();
    move || match link.get() {
        // A link the family's app does not read (a first-version link), or any
        // link in a build without it (`trunk serve`): loaded when first shown.
        Some(fragment) => family_screen(FamilyScreen::Link(fragment)).into_any(),
        None => view! { <crate::ui::library::Library/> }.into_any(),
    }
}

/// The planner's screens that show a family's plan as the family sees it.
pub enum FamilyScreen {
    /// A link on `/` (a first-version link, or any in `trunk serve`).
    Link(String),
    /// `/family#…`.
    FamilyRoute,
    /// `/saved/:id`.
    Saved,
}

crate::lazy_screen!(
    /// One of the [`FamilyScreen`]s (one part of the split planner, `ui::lazy`).
    pub fn family_screen(which: FamilyScreen) {
        provide_context(LinkReader::EVERY_VERSION);
        match which {
            FamilyScreen::Link(fragment) => view! { <OpenedLink fragment=fragment/> }.into_any(),
            FamilyScreen::FamilyRoute => view! { <FamilyView/> }.into_any(),
            FamilyScreen::Saved => view! { <saved::SavedPlanView/> }.into_any(),
        }
    }
);

/// `/family#…`: the family view of the link in the address.
#[component]
pub fn FamilyView() -> impl IntoView {
    let fragment = use_fragment();
    move || view! { <OpenedLink fragment=fragment.get()/> }
}

/// The family view of one link (built afresh for each link the tab opens).
/// Until the plan is open (passphrase, errors) it speaks the interface
/// language; the plan itself is shown in its own language.
#[component]
fn OpenedLink(fragment: String) -> impl IntoView {
    let ui = ui_language();
    let t = LinkText::get(ui);
    let reader = expect_context::<LinkReader>();
    let encrypted = share::is_encrypted(&fragment);
    let opened: RwSignal<Option<Result<SharedPlan, ShareError>>> = RwSignal::new(None);
    let passphrase = RwSignal::new(String::new());
    let opening = RwSignal::new(false);
    let frag = fragment.clone();
    if fragment.is_empty() {
        opened.set(Some(Err(ShareError::Incomplete)));
    } else if !encrypted {
        opened.set(Some((reader.decode)(&fragment)));
    }
    let open_with_passphrase = move || {
        // One attempt at a time; a plan once open stays open.
        if opening.get_untracked() || matches!(opened.get_untracked(), Some(Ok(_))) {
            return;
        }
        let frag = frag.clone();
        let pass = passphrase.get_untracked();
        opening.set(true);
        // The browser stretches the key off the page's task: "Opening…" stays painted.
        leptos::task::spawn_local(async move {
            let result = (reader.unlock)(frag, pass).await;
            opened.try_set(Some(result));
            opening.try_set(false);
        });
    };
    view! {
        <main id="main" tabindex="-1" class="family">
            {move || match opened.get() {
                Some(Ok(plan)) => view! { <FamilyPage plan=plan source=Source::Link/> }.into_any(),
                Some(Err(ShareError::WrongPassphrase)) | None if encrypted => {
                    let open = open_with_passphrase.clone();
                    let wrong = matches!(opened.get(), Some(Err(ShareError::WrongPassphrase)));
                    view! {
                        <section class="family-section narrow">
                            <h1>{t.your_familys_plan}</h1>
                            <p>{t.protected}</p>
                            <form on:submit=move |ev| { ev.prevent_default(); open(); }>
                                <div class="field">
                                    <label for="open-passphrase">{t.passphrase}</label>
                                    <input id="open-passphrase" type="text" autocomplete="off" spellcheck="false"
                                        prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                                </div>
                                {wrong.then(|| view! { <p class="error" role="alert">{ShareError::WrongPassphrase.message_in(ui)}</p> })}
                                <button class="button primary" type="submit" aria-disabled=move || opening.get().then_some("true")>{t.open_the_plan}</button>
                                <Show when=move || opening.get()><p class="loading" role="status">{t.opening}</p></Show>
                            </form>
                        </section>
                    }.into_any()
                }
                Some(Err(e)) => view! {
                    <section class="family-section narrow">
                        <h1>{t.cant_open}</h1>
                        <p class="error" role="alert">{e.message_in(ui)}</p>
                        <p>{t.nothing_changed}</p>
                    </section>
                }.into_any(),
                None => view! { <p class="loading" role="status">{t.opening_the_plan}</p> }.into_any(),
            }}
        </main>
    }
}

/// The family's plan with what can be done with it (save, calendar, print),
/// all in the plan's language (the page's `lang` follows it while shown).
#[component]
pub fn FamilyPage(plan: SharedPlan, source: Source) -> impl IntoView {
    let language = plan.language;
    use_document_language(Signal::derive(move || language));
    let whose = FamilyViewText::get(language).familys_plan;
    let title = page_title(&plan.family_name, plan.meeting.date, whose, language);
    let stored = StoredValue::new(plan.clone());
    view! {
        <PageHeader title=title language=language/>
        <FamilyPlan plan=plan/>
        <FamilyActions plan=stored source=source/>
    }
}
