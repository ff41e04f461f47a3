//! Share the plan with the family: the plan travels inside the link (after `#`,
//! which browsers never send to a server), shown with a copy button and a QR
//! code large enough to scan from the back of a room. Private items never go in.

mod qr_fit;

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::share::{self, QrInfo, ShareOptions};
use crate::domain::{ItemId, Plan, VoiceSharing};
use crate::ui::editor_state::use_editor;

/// The link as built for the current choices.
#[derive(Clone, PartialEq)]
struct Built {
    url: String,
    qr: Result<QrInfo, String>,
}

/// The URL the family opens: the app's own address, then `#` and the plan.
pub fn app_url() -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}/", crate::ui::base_path())
}

/// Show a link payload: the whole link and its QR code.
fn show(built: RwSignal<Option<Built>>, working: RwSignal<bool>, payload: String) {
    let url = share::link(&app_url(), &payload);
    let qr = share::qr_svg(&url).map_err(|e| e.to_string());
    built.try_set(Some(Built { url, qr }));
    working.try_set(false);
}

#[component]
pub fn ShareScreen() -> impl IntoView {
    let editor = use_editor();
    let plan = editor.plan;
    let for_whom: RwSignal<Option<ItemId>> = RwSignal::new(None);
    let passphrase = RwSignal::new(String::new());
    // Masked by default: the share page is often on the wall.
    let show_passphrase = RwSignal::new(false);
    let protect = RwSignal::new(false);
    let built: RwSignal<Option<Built>> = RwSignal::new(None);
    let working = RwSignal::new(false);
    // Why the last protected link could not be made (no WebCrypto on this page).
    let failed: RwSignal<Option<String>> = RwSignal::new(None);
    let generation = StoredValue::new(0u64);

    // Rebuild the link whenever the plan or the choices change. An encrypted link
    // takes about a second (600,000 key-stretching rounds), so it waits a moment
    // after typing stops and says it is working.
    Effect::new(move |_| {
        let snapshot = plan.get();
        let who = for_whom.get();
        let pass = if protect.get() {
            Some(passphrase.get())
        } else {
            None
        };
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        failed.set(None);
        if pass.as_deref().is_some_and(|p| p.chars().count() < 8) {
            built.set(None);
            working.set(false);
            return;
        }
        working.set(true);
        if pass.is_some() {
            // Sealing takes a moment: show no link (not the previous one, which
            // may be unprotected or another person's view) until it is ready.
            built.set(None);
        }
        let delay = if pass.is_some() {
            Duration::from_millis(350)
        } else {
            Duration::ZERO
        };
        set_timeout(
            move || {
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                let shared = match who.and_then(|member| snapshot.for_person(member)) {
                    Some(view) => view,
                    None => snapshot.for_family(),
                };
                let Some(pass) = pass else {
                    match share::encode_plain(&shared) {
                        Ok(payload) => show(built, working, payload),
                        Err(e) => {
                            failed.set(Some(e.to_string()));
                            working.set(false);
                        }
                    }
                    return;
                };
                spawn_local(async move {
                    let sealed = match ShareOptions::with_passphrase(&pass) {
                        Ok(opts) => crate::ui::crypto::encode(&shared, &opts).await,
                        Err(e) => Err(e.to_string()),
                    };
                    // Only the newest choices' link is shown.
                    if generation.try_get_value() != Some(mine) {
                        return;
                    }
                    match sealed {
                        Ok(payload) => show(built, working, payload),
                        Err(message) => {
                            built.try_set(None);
                            failed.try_set(Some(message));
                            working.try_set(false);
                        }
                    }
                });
            },
            delay,
        );
    });

    let withheld = Memo::new(move |_| plan.with(Plan::withheld));
    // Private people are not in the link, so they can't have a view of their own.
    let members = Memo::new(move |_| {
        plan.with(|p| {
            p.team
                .iter()
                .filter(|m| !m.private)
                .map(|m| (m.id, m.display_name().to_string()))
                .collect::<Vec<_>>()
        })
    });
    let copied = RwSignal::new(false);
    // A native modal dialog: focus stays inside, the page behind is inert, Esc closes.
    let full_screen = NodeRef::<leptos::html::Dialog>::new();
    let copy = move |_| {
        if let Some(b) = built.get_untracked() {
            let clipboard = window().navigator().clipboard();
            let _ = clipboard.write_text(&b.url);
            copied.set(true);
            set_timeout(move || copied.set(false), Duration::from_secs(3));
        }
    };
    view! {
        <div class="share-result">
            <div class="share-side">
                <p class="lead">"The family takes the plan home as a link. It opens on a phone, with no account, and nothing is sent to a server: the plan is inside the link itself."</p>
                <div class="field">
                    <label for="share-for">"What to share"</label>
                    <select id="share-for" on:change=move |ev| for_whom.set(event_target_value(&ev).parse::<ItemId>().ok())>
                        <option value="">"The whole plan"</option>
                        {move || members.get().into_iter().map(|(id, name)| view! {
                            <option value=id.to_string()>{format!("{name}'s view (their tasks)")}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="check">
                        <input type="checkbox" id="share-protect" prop:checked=move || protect.get()
                            on:change=move |ev| protect.set(event_target_checked(&ev))/>
                        <span>"Protect the link with a passphrase"</span>
                    </label>
                    <Show when=move || protect.get()>
                        <label for="share-passphrase">"Passphrase (at least 8 characters; tell it to the family in person)"</label>
                        <div class="passphrase-row">
                            <input id="share-passphrase" autocomplete="off" spellcheck="false"
                                type=move || if show_passphrase.get() { "text" } else { "password" }
                                prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                            <button type="button" class="button small" id="share-passphrase-show"
                                aria-controls="share-passphrase" aria-pressed=move || show_passphrase.get().to_string()
                                on:click=move |_| show_passphrase.update(|s| *s = !*s)>
                                {move || if show_passphrase.get() { "Hide passphrase" } else { "Show passphrase" }}
                            </button>
                        </div>
                    </Show>
                </div>
                <p class="share-warning" role="note">
                    {move || if protect.get() {
                        "Only someone with the passphrase can open this link."
                    } else {
                        "Anyone who has this link can read the plan. Send it only to the family and the team, or add a passphrase."
                    }}
                </p>
                <div class="private-note">
                    <p>{move || match withheld.with(|w| w.private_items) {
                        0 => "Nothing in this plan is marked private.".to_string(),
                        1 => "1 item marked private is left out of the link.".to_string(),
                        n => format!("{n} items marked private are left out of the link."),
                    }}</p>
                    {move || withheld.with(|w| {
                        let mut lines = Vec::new();
                        if w.reluctance_notes > 0 {
                            lines.push("Notes on reluctance to include someone stay with the caseworker.".to_string());
                        }
                        if w.father_outreach {
                            lines.push("The note of what was done to reach the children's father stays with the caseworker.".to_string());
                        }
                        for (child, part) in &w.child_parts {
                            let what = VoiceSharing::PARTS.iter().find(|(p, _)| p == part).map(|(_, l)| l.replacen("My ", "", 1)).unwrap_or_default();
                            lines.push(format!("{child}'s {what}: not shared (the child's choice, step 7)."));
                        }
                        (!lines.is_empty()).then(|| view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> })
                    })}
                    <p><a href=move || format!("{}/plan/{}/print-family", crate::ui::base_path(), plan.with(|p| p.id.clone()))
                        on:click=|_| crate::ui::widgets::focus_later("step-title".into())>"Print the family's plan"</a></p>
                </div>
                <Show when=move || working.get()>
                    <p class="loading" role="status">"Making the link…"</p>
                </Show>
                {move || failed.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
                <Show when=move || protect.get() && passphrase.with(|p| p.chars().count() < 8)>
                    <p class="hint">"Type a passphrase of at least 8 characters to make a protected link."</p>
                </Show>
                {move || built.get().map(|b| view! {
                    <div class="share-link">
                        <label for="share-url">{format!("The link ({} characters)", b.url.len())}</label>
                        <input id="share-url" type="text" readonly prop:value=b.url.clone() on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
                        }/>
                        <div class="row">
                            <button class="button primary" id="copy-link" on:click=copy>{move || if copied.get() { "Copied ✓" } else { "Copy link" }}</button>
                            <a class="button ghost" href=b.url.clone() target="_blank" rel="noopener">"Open the family view"</a>
                        </div>
                    </div>
                })}
            </div>
            {move || built.get().map(|b| match b.qr {
                Ok(QrInfo { svg, modules, version, ec_level }) => {
                    let code = NodeRef::<leptos::html::Div>::new();
                    let side = qr_fit::fitted_side(code, modules);
                    view! {
                    <figure class="qr">
                        <div class="qr-code" node_ref=code inner_html=svg.clone()
                            style=move || side.get().map(|px| format!("width: {px}px")).unwrap_or_default()></div>
                        <figcaption>{format!("Scan with a phone camera to open the plan. (QR version {version}, error correction {ec_level})")}</figcaption>
                        <button class="button" id="qr-full-screen" on:click=move |_| {
                            if let Some(dialog) = full_screen.get() {
                                let _ = dialog.show_modal();
                            }
                        }>"Show the QR code full screen"</button>
                    </figure>
                    <dialog node_ref=full_screen class="qr-overlay" aria-label="QR code, full screen">
                        <div class="qr-code" inner_html=svg.clone()></div>
                        <button class="button" id="qr-close" on:click=move |_| {
                            if let Some(dialog) = full_screen.get() {
                                dialog.close();
                            }
                        }>"Close (Esc)"</button>
                    </dialog>
                }.into_any()
                }
                Err(e) => view! { <p class="error">{e}</p> }.into_any(),
            })}
        </div>
    }
}
