//! Share the plan with the family: the plan travels inside the link (after `#`,
//! which browsers never send to a server), shown with a copy button and a QR
//! code large enough to scan from the back of a room. Private items never go in.

mod qr_fit;

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::i18n::shell::editor::EditorText;
use crate::domain::i18n::shell::share::ShareText;
use crate::domain::i18n::{count, fill};
use crate::domain::share::{self, QrInfo, ShareError, ShareOptions};
use crate::domain::{ItemId, Plan, VoicePart};
use crate::ui::context::language::ui_language;
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
/// A message from writing the link (from the codec or the cipher, in
/// English) in the words of `t`.
fn writing_error(message: String, t: &ShareText) -> String {
    let known = [
        (ShareError::TooLarge.to_string(), t.too_large),
        (ShareError::TooLongForQr.to_string(), t.too_long_for_qr),
        (ShareError::NoCipher.to_string(), t.no_cipher),
        (
            crate::ui::crypto::CryptoUnavailable.to_string(),
            t.crypto_unavailable,
        ),
    ];
    match known.into_iter().find(|(english, _)| *english == message) {
        Some((_, translated)) => translated.to_string(),
        None => message,
    }
}

/// "Ana's story": one part of a child's voice, named for the share page.
fn child_part(t: &ShareText, child: &str, part: VoicePart) -> String {
    let template = match part {
        VoicePart::Story => t.child_story,
        VoicePart::Boxes => t.child_boxes,
        VoicePart::OwnWords => t.child_own_words,
        VoicePart::Goals => t.child_goals,
        VoicePart::SafetyPlan => t.child_safety_plan,
    };
    fill(template, &[("child", child)])
}

fn show(
    built: RwSignal<Option<Built>>,
    working: RwSignal<bool>,
    payload: String,
    t: &'static ShareText,
) {
    let url = share::link(&app_url(), &payload);
    let qr = share::qr_svg_labelled(&url, t.qr_image).map_err(|e| writing_error(e.to_string(), t));
    built.try_set(Some(Built { url, qr }));
    working.try_set(false);
}

#[component]
pub fn ShareScreen() -> impl IntoView {
    let editor = use_editor();
    let t = ShareText::get(ui_language());
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
                        Ok(payload) => show(built, working, payload, t),
                        Err(e) => {
                            failed.set(Some(writing_error(e.to_string(), t)));
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
                        Ok(payload) => show(built, working, payload, t),
                        Err(message) => {
                            built.try_set(None);
                            failed.try_set(Some(writing_error(message, t)));
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
                .map(|m| {
                    (
                        m.id,
                        m.display_name_in(crate::ui::context::language::ui_language())
                            .to_string(),
                    )
                })
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
                <p class="lead">{t.lead}</p>
                <div class="field">
                    <label for="share-for">{t.what_to_share}</label>
                    <select id="share-for" on:change=move |ev| for_whom.set(event_target_value(&ev).parse::<ItemId>().ok())>
                        <option value="">{t.whole_plan}</option>
                        {move || members.get().into_iter().map(|(id, name)| view! {
                            <option value=id.to_string()>{fill(t.persons_view, &[("name", &name)])}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="check">
                        <input type="checkbox" id="share-protect" prop:checked=move || protect.get()
                            on:change=move |ev| protect.set(event_target_checked(&ev))/>
                        <span>{t.protect}</span>
                    </label>
                    <Show when=move || protect.get()>
                        <label for="share-passphrase">{t.passphrase_label}</label>
                        <div class="passphrase-row">
                            <input id="share-passphrase" autocomplete="off" spellcheck="false"
                                type=move || if show_passphrase.get() { "text" } else { "password" }
                                prop:value=move || passphrase.get() on:input=move |ev| passphrase.set(event_target_value(&ev))/>
                            <button type="button" class="button small" id="share-passphrase-show"
                                aria-controls="share-passphrase" aria-pressed=move || show_passphrase.get().to_string()
                                on:click=move |_| show_passphrase.update(|s| *s = !*s)>
                                {move || if show_passphrase.get() { t.hide_passphrase } else { t.show_passphrase }}
                            </button>
                        </div>
                    </Show>
                </div>
                <p class="share-warning" role="note">
                    {move || if protect.get() {
                        t.only_with_passphrase
                    } else {
                        t.anyone_can_read
                    }}
                </p>
                <div class="private-note">
                    <p>{move || match withheld.with(|w| w.private_items) {
                        0 => t.nothing_private.to_string(),
                        n => count(n, t.private_one, t.private_other),
                    }}</p>
                    {move || withheld.with(|w| {
                        let mut lines = Vec::new();
                        if w.reluctance_notes > 0 {
                            lines.push(t.reluctance_notes.to_string());
                        }
                        if w.father_outreach {
                            lines.push(t.father_outreach.to_string());
                        }
                        for (child, part) in &w.child_parts {
                            let named = child_part(t, child, *part);
                            lines.push(fill(t.not_shared_part, &[("part", &named)]));
                        }
                        (!lines.is_empty()).then(|| view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> })
                    })}
                    <p><a href=move || format!("{}/plan/{}/print-family", crate::ui::base_path(), plan.with(|p| p.id.clone()))
                        on:click=|_| crate::ui::widgets::focus_later("step-title".into())>{EditorText::get(ui_language()).print_family_title}</a></p>
                </div>
                <Show when=move || working.get()>
                    <p class="loading" role="status">{t.making}</p>
                </Show>
                {move || failed.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
                <Show when=move || protect.get() && passphrase.with(|p| p.chars().count() < 8)>
                    <p class="hint">{t.type_passphrase}</p>
                </Show>
                {move || built.get().map(|b| view! {
                    <div class="share-link">
                        <label for="share-url">{fill(t.link_label, &[("n", &b.url.len().to_string())])}</label>
                        <input id="share-url" type="text" readonly prop:value=b.url.clone() on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
                        }/>
                        <div class="row">
                            <button type="button" class="button primary" id="copy-link" on:click=copy>{move || if copied.get() { t.copied } else { t.copy_link }}</button>
                            <a class="button ghost" href=b.url.clone() target="_blank" rel="noopener">{t.open_family_view}</a>
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
                        <figcaption>{fill(t.qr_caption, &[("version", &version.to_string()), ("ec", &ec_level.to_string())])}</figcaption>
                        <button type="button" class="button" id="qr-full-screen" on:click=move |_| {
                            if let Some(dialog) = full_screen.get() {
                                let _ = dialog.show_modal();
                            }
                        }>{t.qr_full_screen}</button>
                    </figure>
                    <dialog node_ref=full_screen class="qr-overlay" aria-label=t.qr_dialog>
                        <div class="qr-code" inner_html=svg.clone()></div>
                        <button type="button" class="button" id="qr-close" on:click=move |_| {
                            if let Some(dialog) = full_screen.get() {
                                dialog.close();
                            }
                        }>{t.qr_close}</button>
                    </dialog>
                }.into_any()
                }
                Err(e) => view! { <p class="error">{e}</p> }.into_any(),
            })}
        </div>
    }
}
