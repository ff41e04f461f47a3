//! Files offered for download: a backup of one plan or of all of them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clock::now_iso;
use super::AppContext;
use crate::domain::envelope;

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

/// Download every plan in this browser (or in memory) as one backup file.
pub fn download_backup_of_all(ctx: AppContext) {
    spawn_local(async move {
        let store = ctx.ready_store().await;
        match store.load_all().await {
            Ok((plans, skipped)) => {
                let stamp = now_iso();
                let text = envelope::backup_to_json(&plans, &stamp);
                download(
                    &format!("ftm-plans-{}.json", &stamp[..10.min(stamp.len())]),
                    "application/json",
                    &text,
                );
                if skipped > 0 {
                    ctx.toast(
                        format!("{skipped} plan(s) could not be read and are not in the backup."),
                        None,
                    );
                }
            }
            Err(e) => ctx.toast(format!("Could not read the plans: {e}"), None),
        }
    });
}
