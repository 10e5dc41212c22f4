//! Number fields: a bad value is marked at the field, the last good value is kept.

use model::Lang;
use training_planner::app::components::NumberField;
use wasm_bindgen_test::wasm_bindgen_test;
use yew::prelude::*;

use crate::dom::Mounted;

/// A headcount field whose parent shows the last good value, and flags values below 1 the way
/// the model will.
#[component]
fn HeadcountFixture() -> Html {
    let people = use_state(|| 30.0);
    let on_change = {
        let people = people.clone();
        // Only what reads as a number reaches the value in use.
        Callback::from(move |typed: Result<f64, _>| {
            if let Ok(v) = typed {
                people.set(v)
            }
        })
    };
    let error = (*people < 1.0).then(|| AttrValue::from("人数至少为 1"));
    html! {
        <>
            <NumberField id="people" label="人数" unit="人" value={*people} lang={Lang::Zh} {on_change} {error} whole=true />
            <output data-testid="used">{ *people }</output>
        </>
    }
}

fn used(page: &Mounted) -> String {
    page.by_test_id("used").text_content().unwrap()
}

#[wasm_bindgen_test]
async fn text_in_a_number_field_shows_a_message_and_keeps_the_last_good_value() {
    let page = Mounted::component::<HeadcountFixture>().await;
    assert!(page.errors().is_empty());

    page.type_into("people", "三十").await;
    assert_eq!(page.errors(), vec!["这不是一个数字".to_string()]);
    assert_eq!(used(&page), "30", "the last good value stays in use");
    let input: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::dyn_into(page.by_test_id("people")).unwrap();
    assert_eq!(
        input.value(),
        "三十",
        "what the person typed stays in the box"
    );
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

    page.type_into("people", "４５").await;
    assert!(page.errors().is_empty(), "{:?}", page.errors());
    assert_eq!(used(&page), "45");
}

#[wasm_bindgen_test]
async fn a_fraction_in_a_whole_number_field_is_refused() {
    let page = Mounted::component::<HeadcountFixture>().await;
    page.type_into("people", "2.5").await;
    assert_eq!(page.errors(), vec!["请输入整数".to_string()]);
    assert_eq!(used(&page), "30");
}

#[wasm_bindgen_test]
async fn the_models_message_for_an_out_of_range_value_shows_at_the_field() {
    let page = Mounted::component::<HeadcountFixture>().await;
    page.type_into("people", "-3").await;
    assert_eq!(page.errors(), vec!["人数至少为 1".to_string()]);
}
