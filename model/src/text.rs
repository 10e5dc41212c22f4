//! Echoing what a user wrote back in a message. A value from a link or a file can be of any
//! length (a 309-digit number, a 100 KB parameter); echoed whole it would widen the page and bury
//! the message. Every message that repeats a user's value passes it through [`echo`].

/// How many characters of a user's value a message repeats.
pub const ECHO_CHARS: usize = 16;

/// `value` as a message repeats it: at most [`ECHO_CHARS`] characters, then "…" if it was
/// longer. Counted in characters, not bytes, so Chinese text is never cut inside a character;
/// control characters (a newline in a file's field) are shown as spaces so the message stays on
/// its line.
pub fn echo(value: &str) -> String {
    let mut chars = value.chars().map(|c| if c.is_control() { ' ' } else { c });
    let head: String = chars.by_ref().take(ECHO_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::{ECHO_CHARS, echo};

    #[test]
    fn a_short_value_is_echoed_as_it_is() {
        assert_eq!(echo("guiyang"), "guiyang");
        assert_eq!(echo(""), "");
        let exactly = "x".repeat(ECHO_CHARS);
        assert_eq!(echo(&exactly), exactly);
    }

    #[test]
    fn a_long_value_is_cut_to_its_first_characters_with_an_ellipsis() {
        let digits = "9".repeat(309);
        assert_eq!(echo(&digits), format!("{}…", "9".repeat(ECHO_CHARS)));
        // Characters, not bytes: each of these is three bytes in UTF-8.
        let chinese = "贵阳市政务服务中心客服窗口培训班第一期学员名单";
        let cut = echo(chinese);
        assert_eq!(cut.chars().count(), ECHO_CHARS + 1);
        assert!(cut.starts_with("贵阳市政务服务中心客服窗口培训班"));
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn control_characters_do_not_break_the_line() {
        assert_eq!(echo("a\nb\tc"), "a b c");
    }
}
