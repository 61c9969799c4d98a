//! `window.aiRaceData`: the raw data for readers who want it, through serde-wasm-bindgen.
//!
//! ```js
//! aiRaceData.version          // app version
//! aiRaceData.dataVersion      // dataset version; aiRaceData.checked: date the data was last checked
//! aiRaceData.dataset()        // the whole dataset as plain objects (same shape as the JSON export)
//! aiRaceData.figure("stargate_500b")  // one figure, or undefined
//! aiRaceData.csv("figures")   // one table of the export as CSV text (figures, sources, events, …)
//! aiRaceData.tables()         // the names of those tables
//! aiRaceData.link()           // the current view's full link
//! aiRaceData.mountAll()     // mounts every widget still waiting for the reader to scroll near; returns how many
//! aiRaceData.pendingCharts() // how many mounted charts have not drawn yet
//! aiRaceData.lastDrawAt       // performance.now() when a chart last finished drawing (for the benchmark)
//! aiRaceData.lastDrawMs       // how long that drawing took, in ms
//! ```

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::domain::{dataset, export};

use super::dom;
use super::state::{full_link, Ctx};

fn to_js<T: Serialize + ?Sized>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::UNDEFINED)
}

/// The whole dataset as pretty JSON text (for the download button).
pub fn dataset_json() -> String {
    js_sys::JSON::stringify_with_replacer_and_space(&to_js(dataset::data()), &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

fn func<F: Fn(JsValue) -> JsValue + 'static>(obj: &js_sys::Object, key: &str, f: F) {
    let c = Closure::<dyn Fn(JsValue) -> JsValue>::new(f);
    set(obj, key, c.as_ref());
    c.forget();
}

/// Records when a chart finished drawing and how long the drawing itself took, for the benchmark.
pub fn note_draw(started: f64) {
    if let Ok(api) = js_sys::Reflect::get(dom::window().as_ref(), &JsValue::from_str("aiRaceData")) {
        let now = now();
        let _ = js_sys::Reflect::set(&api, &JsValue::from_str("lastDrawAt"), &JsValue::from_f64(now));
        let _ = js_sys::Reflect::set(&api, &JsValue::from_str("lastDrawMs"), &JsValue::from_f64(now - started));
    }
}

pub fn now() -> f64 {
    dom::window().performance().map(|p| p.now()).unwrap_or(0.0)
}

pub fn install(ctx: Ctx) {
    let api = js_sys::Object::new();
    let d = dataset::data();
    set(&api, "version", &JsValue::from_str(env!("CARGO_PKG_VERSION")));
    set(&api, "dataVersion", &JsValue::from_str(&d.version));
    set(&api, "checked", &JsValue::from_str(&d.checked.to_string()));
    func(&api, "dataset", |_| to_js(dataset::data()));
    func(&api, "figure", |id| {
        id.as_string().and_then(|id| dataset::figure(&id)).map(to_js).unwrap_or(JsValue::UNDEFINED)
    });
    func(&api, "tables", |_| to_js(&export::all_tables(dataset::data()).iter().map(|t| t.name).collect::<Vec<_>>()));
    func(&api, "csv", |name| {
        let name = name.as_string().unwrap_or_default();
        export::all_tables(dataset::data())
            .into_iter()
            .find(|t| t.name == name)
            .map(|t| JsValue::from_str(&t.to_csv()))
            .unwrap_or(JsValue::UNDEFINED)
    });
    func(&api, "link", move |_| JsValue::from_str(&full_link(&ctx, |_| {})));
    func(&api, "mountAll", |_| JsValue::from_f64(super::mount::flush() as f64));
    func(&api, "pendingCharts", move |_| {
        use leptos::prelude::GetUntracked;
        JsValue::from_f64(ctx.pending_charts.get_untracked() as f64)
    });
    // For tests of the error view: a deliberate panic.
    func(&api, "debugPanic", |_| panic!("deliberate panic from aiRaceData.debugPanic()"));
    set(dom::window().as_ref(), "aiRaceData", api.as_ref());
}
