//! Files offered for download: a backup of one plan or of all of them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clock::now_iso;
use super::AppContext;
use crate::domain::envelope;
use crate::domain::i18n::fill;
use crate::domain::i18n::shell::app::AppText;

/// Offer a text file for download.
pub fn download(filename: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let props = web_sys::BlobPropertyBag::new();
    props.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &props) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        let _ = document.body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Download every plan in this browser (or in memory) as one backup file,
/// with the edits not yet stored (from memory) in place of the stored plans:
/// after a failed save, the backup holds what was typed.
pub fn download_backup_of_all(ctx: AppContext) {
    spawn_local(crate::ui::plan_io::download_backup(ctx));
}

/// [`download_backup_of_all`]'s work (every plan read and written: in the
/// split build, run from the part that reads and writes plans, `ui::plan_io`).
pub(crate) async fn backup_of_all(ctx: AppContext) {
    let language = ctx.language();
    let t = AppText::get(language);
    let unsaved = ctx.unsaved_plans();
    let stored = match ctx.ready_store().await.load_all().await {
        Ok(all) => Ok(all),
        // Storage can't be read at all: still offer what is in memory.
        Err(e) if !unsaved.is_empty() => {
            ctx.toast(
                fill(t.only_open_plans, &[("error", &e.message_in(language))]),
                None,
            );
            Ok((Vec::new(), 0))
        }
        Err(e) => Err(e),
    };
    match stored {
        Ok((mut plans, skipped)) => {
            for (mut plan, conflicting) in unsaved {
                if conflicting {
                    // The stored plan is newer (another tab): keep both.
                    plan.id = super::clock::new_plan_id();
                    plan.family_name = fill(t.this_tab_name, &[("name", plan.family_name.trim())]);
                }
                match plans.iter_mut().find(|p| p.id == plan.id) {
                    Some(p) => *p = plan,
                    None => plans.push(plan),
                }
            }
            let stamp = now_iso();
            let text = envelope::backup_to_json(&plans, &stamp);
            download(
                &format!("ftm-plans-{}.json", &stamp[..10.min(stamp.len())]),
                "application/json",
                &text,
            );
            if skipped > 0 {
                ctx.toast(fill(t.skipped, &[("n", &skipped.to_string())]), None);
            }
        }
        Err(e) => ctx.toast(
            fill(
                t.could_not_read_plans,
                &[("error", &e.message_in(language))],
            ),
            None,
        ),
    }
}
