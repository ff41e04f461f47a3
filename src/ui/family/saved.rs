//! `/saved/:id`: a family plan kept on this device ("Save to this phone"),
//! opened read-only as the family view, never in the editor.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;

use super::actions::Source;
use super::FamilyPage;
use crate::domain::i18n::family::LinkText;
use crate::domain::SavedCopy;
use crate::ui::context::language::ui_language;
use crate::ui::context::use_app;

/// Until the copy is loaded (and when it cannot be) in the interface
/// language; the copy itself in its plan's language ([`FamilyPage`]).
#[component]
pub fn SavedPlanView() -> impl IntoView {
    let ctx = use_app();
    let t = LinkText::get(ui_language());
    let params = use_params_map();
    let loaded: RwSignal<Option<Result<SavedCopy, String>>> = RwSignal::new(None);
    Effect::new(move |_| {
        let id = params.read().get("id").unwrap_or_default();
        loaded.set(None);
        spawn_local(async move {
            let store = ctx.ready_store().await;
            let result = match store.load_saved(&id).await {
                Ok(Some(copy)) => Ok(copy),
                Ok(None) => Err(t.not_saved_any_more.to_string()),
                Err(e) => Err(e.message_in(ui_language())),
            };
            loaded.try_set(Some(result));
        });
    });
    view! {
        <main id="main" tabindex="-1" class="family">
            {move || match loaded.get() {
                None => view! { <p class="loading" role="status">{t.opening_the_plan}</p> }.into_any(),
                Some(Ok(copy)) => view! { <FamilyPage plan=copy.plan source=Source::Saved(copy.id)/> }.into_any(),
                Some(Err(message)) => view! {
                    <section class="family-section narrow">
                        <h1>{t.cant_open}</h1>
                        <p>{message}</p>
                        <p><a href=format!("{}/", crate::ui::base_path())>{t.go_home}</a></p>
                    </section>
                }.into_any(),
            }}
        </main>
    }
}
