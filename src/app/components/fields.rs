//! Labelled form controls. A number field keeps what the person typed, even when it is not (yet)
//! a valid number: it shows the message at the field and reports upward either the number read
//! or why the text is not one, so the store marks the figures as those of the last good input
//! (and holds back what depends on them) while nothing else is reset.

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use model::Lang;
use model::heading::{DocumentHeading, Part};
use model::typed::{NumberError, parse_number};
use model::vocab::Choice;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Unique on the page; the input's id (and its test id unless `test_id` says otherwise).
    pub id: AttrValue,
    /// A test id shared by the same field of several items (each quote's total).
    #[prop_or_default]
    pub test_id: Option<AttrValue>,
    pub label: AttrValue,
    /// The unit shown after the box (人, 小时, %…).
    #[prop_or_default]
    pub unit: AttrValue,
    /// The value the model currently uses.
    pub value: f64,
    pub lang: Lang,
    /// Called on every edit with the number the text reads as, or why it reads as none: text
    /// that is not a number in full never becomes one (`1,000` is not 1).
    pub on_change: Callback<Result<f64, NumberError>>,
    /// A message from the model about this field's value (out of range and so on).
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(false)]
    pub whole: bool,
    /// No figure is given (an optional one, left out): the box is empty rather than `0`.
    #[prop_or(false)]
    pub blank: bool,
}

/// What the box shows for a value from the model.
fn shown(value: f64, blank: bool) -> String {
    if blank {
        String::new()
    } else {
        format_value(value)
    }
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let text = use_state(|| shown(props.value, props.blank));
    let parse_error = use_state(|| None::<NumberError>);

    // When the value changes from elsewhere (a preset, a link, another window), show it,
    // unless the box already holds that number as typed. Text in error is then replaced by a
    // number: the store hears that the field reads again.
    {
        let (text, parse_error, on_change) =
            (text.clone(), parse_error.clone(), props.on_change.clone());
        use_effect_with((props.value, props.blank), move |&(value, blank)| {
            let wanted = (!blank).then_some(value);
            if parse_number(&text).ok() != wanted {
                text.set(shown(value, blank));
                if parse_error.is_some() && !blank {
                    parse_error.set(None);
                    on_change.emit(Ok(value));
                }
            }
        });
    }

    let oninput = {
        let (text, parse_error, on_change, whole) = (
            text.clone(),
            parse_error.clone(),
            props.on_change.clone(),
            props.whole,
        );
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed = parse_number(&typed).and_then(|v| {
                if whole && v.fract() != 0.0 {
                    Err(NumberError::NotWhole)
                } else {
                    Ok(v)
                }
            });
            text.set(typed);
            parse_error.set(parsed.err());
            on_change.emit(parsed);
        })
    };

    let message: Option<AttrValue> = match *parse_error {
        Some(e) => Some(e.message(props.lang).into()),
        None => props.error.clone(),
    };
    let error_id = format!("{}-error", props.id);
    html! {
        <div class={classes!("field", message.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field-box">
                <input id={props.id.clone()} data-testid={props.test_id.clone().unwrap_or_else(|| props.id.clone())} type="text"
                    inputmode={if props.whole { "numeric" } else { "decimal" }}
                    value={(*text).clone()} {oninput}
                    aria-invalid={message.is_some().to_string()}
                    aria-describedby={message.is_some().then(|| error_id.clone())} />
                if !props.unit.is_empty() { <span class="unit">{ props.unit.clone() }</span> }
            </div>
            if let Some(message) = message {
                <p class="field-error" id={error_id} role="alert" data-testid="error">{ message }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// Unique on the page; the input's id (and its test id unless `test_id` says otherwise).
    pub id: AttrValue,
    #[prop_or_default]
    pub test_id: Option<AttrValue>,
    pub label: AttrValue,
    pub value: AttrValue,
    /// The most characters the box takes (`data/pricing.toml`'s limits).
    pub max_chars: usize,
    /// The input's type: `text`, or `tel` for a phone (a phone keyboard on a phone).
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// A box of two lines (remarks) rather than one.
    #[prop_or(false)]
    pub multiline: bool,
    /// Called with the text on every edit, as typed.
    pub on_change: Callback<String>,
    /// What is wrong with the text (too long, a character a document cannot hold).
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// A labelled box of free text: a name, a phone, remarks.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_change = props.on_change.clone();
    let on_area_input = Callback::from(move |e: InputEvent| {
        on_change.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
    let id = props.id.clone();
    let test_id = props.test_id.clone().unwrap_or_else(|| id.clone());
    let maxlength = props.max_chars.to_string();
    let invalid = props.error.is_some().to_string();
    let error_id = format!("{id}-error");
    let described = props.error.is_some().then(|| error_id.clone());
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <div class="field-box">
                if props.multiline {
                    <textarea id={id} data-testid={test_id} rows="2" {maxlength}
                        value={props.value.clone()} oninput={on_area_input}
                        aria-invalid={invalid} aria-describedby={described} />
                } else {
                    <input id={id} data-testid={test_id} type={props.kind.clone()} {maxlength}
                        value={props.value.clone()} {oninput}
                        aria-invalid={invalid} aria-describedby={described} />
                }
            </div>
            if let Some(message) = props.error.clone() {
                <p class="field-error" id={error_id} role="alert" data-testid="error">{ message }</p>
            }
        </div>
    }
}

/// `30` not `30.0`; fractions as typed.
fn format_value(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        value.to_string()
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    /// Unique on the page; the select's id (and its test id unless `test_id` says otherwise).
    pub id: AttrValue,
    #[prop_or_default]
    pub test_id: Option<AttrValue>,
    pub label: AttrValue,
    /// `(id, label)` pairs in display order.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub selected: AttrValue,
    pub on_change: Callback<AttrValue>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_change.emit(value.into());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} data-testid={props.test_id.clone().unwrap_or_else(|| props.id.clone())} {onchange}>
                { for props.options.iter().map(|(id, label)| html! {
                    <option value={id.clone()} selected={*id == props.selected}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// A select offering one of a closed list of choices (a `choice_enum!`), each under its label:
/// sends the choice picked, never an id to parse. A function over [`SelectField`] rather than a
/// component generic over the list: a generic component carries its whole lifecycle once for
/// every list it is used with (BENCHMARKS.md, "One place for each idea, the last pairs").
pub fn choice_field<T: Choice>(
    id: impl Into<AttrValue>,
    label: &'static str,
    choices: &[T],
    selected: T,
    lang: Lang,
    on_change: Callback<T>,
) -> Html {
    let on_change = Callback::from(move |id: AttrValue| {
        if let Some(choice) = T::from_id(&id) {
            on_change.emit(choice);
        }
    });
    html! {
        <SelectField id={id.into()} {label} options={self::choices(choices, lang)}
            selected={selected.id()} {on_change} />
    }
}

/// A select's choices from a closed list: each value's id, and its label.
pub fn choices<T: Choice>(all: &[T], lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    all.iter()
        .map(|&v| (v.id().into(), v.label(lang).into()))
        .collect()
}

/// A select's choices from `data/`: each entry's id, and its name in the language shown.
pub fn data_choices<'a>(
    entries: impl Iterator<Item = (&'a String, &'a model::catalog::Bilingual)>,
    lang: Lang,
) -> Vec<(AttrValue, AttrValue)> {
    (entries.map(|(id, name)| (id.clone().into(), name.get(lang).to_string().into()))).collect()
}

/// The text fields of a document's heading (its number, who prepared it…), as its table of
/// parts lists them, with `between` shown between the particulars and the signatures (the
/// comparison's date): each edit sends the whole heading with that one part changed. A
/// function, for the reason [`choice_field`] is one.
pub fn heading_fields<H: DocumentHeading>(
    prefix: &str,
    heading: &H,
    max_chars: usize,
    on_change: &Callback<H>,
    lang: Lang,
    between: Html,
) -> Html {
    let field = |part: &'static Part<H>| {
        let (send, edited) = (on_change.clone(), heading.clone());
        let on_change = Callback::from(move |v: String| {
            let mut h = edited.clone();
            (part.set)(&mut h, v);
            send.emit(h);
        });
        html! {
            <TextField id={format!("{prefix}-{}", part.key)} label={lang.t(part.label)}
                value={(part.get)(heading).to_string()} {max_chars} {on_change} />
        }
    };
    html! {
        <>
            { for H::PARTICULARS.iter().map(field) }
            { between }
            { for H::SIGNATURES.iter().map(field) }
        </>
    }
}
