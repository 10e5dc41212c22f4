//! Issuing the quote drafted: why it cannot be issued now, the button that numbers and keeps
//! it (or the way back to the draft from an issued one), and what went wrong keeping it.

use yew::prelude::*;

use model::Lang;
use model::quote::IssueError;

#[derive(Properties, PartialEq)]
pub struct IssueQuoteProps {
    /// Why no quote can be issued now: the first thing to fix.
    pub hold: Option<String>,
    /// An issued quote is on screen, not the draft.
    pub viewing_issued: bool,
    /// The browser is not keeping the work now.
    pub unsaved: bool,
    pub issue_error: Option<IssueError>,
    pub lang: Lang,
    pub on_issue: Callback<()>,
    /// Show the draft again.
    pub on_back: Callback<()>,
}

#[component]
pub fn IssueQuote(props: &IssueQuoteProps) -> Html {
    let lang = props.lang;
    html! {
        <>
            if let Some(why) = &props.hold {
                <p class="error" role="alert" data-testid="quote-hold">{ why }</p>
            }
            <div class="quote-actions">
                <button type="button" data-testid="quote-issue" onclick={props.on_issue.reform(|_| ())}
                    disabled={props.viewing_issued || props.hold.is_some()}>
                    { lang.pick("出具报价（编号并保存）", "Issue the quote (number and keep it)") }
                </button>
                if props.viewing_issued {
                    <button type="button" onclick={props.on_back.reform(|_| ())}>
                        { lang.pick("回到草稿", "Back to the draft") }
                    </button>
                }
            </div>
            if props.unsaved {
                <p class="error" role="alert" data-testid="error">
                    { lang.pick("浏览器现在没有保存工作。出具报价时会先保存报价簿，保存成功才给编号（否则刷新后编号会丢失并可能被重复使用）。", "The browser is not keeping your work now. Issuing first keeps the quote book, and numbers the quote only if that works (a number not kept would be lost on a reload and could be issued again).") }
                </p>
            }
            if let Some(e) = props.issue_error {
                <p class="error" role="alert" data-testid="error">{ e.message(lang) }</p>
            }
        </>
    }
}
