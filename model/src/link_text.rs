//! How one value is written in a share link (`people=30`, `catering=no`, `route=vendor`) and
//! read back. Every scenario input that travels in a link has one [`LinkText`]; the link codec
//! (`share::link` in the app) and the scenario's table ([`crate::cost::Input`]) go through it,
//! so a value is spelled the same way everywhere.

use crate::typed::{NumberError, parse_number, parse_whole};

/// Why a parameter's text is not a value of its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    NotANumber,
    /// A number written with a comma (`7,5`, `12,345`): refused, not guessed.
    Comma,
    /// Not one of the choices (an unknown id, `maybe` for yes or no).
    UnknownChoice,
}

impl From<NumberError> for Unreadable {
    fn from(error: NumberError) -> Unreadable {
        match error {
            NumberError::Comma => Unreadable::Comma,
            NumberError::Empty | NumberError::NotANumber | NumberError::NotWhole => {
                Unreadable::NotANumber
            }
        }
    }
}

/// A value as a link's query parameter writes it.
pub trait LinkText: Sized {
    fn read(text: &str) -> Result<Self, Unreadable>;
    fn write(&self) -> String;
}

/// Numbers read as a field reads what is typed (full-width digits, no commas); whether they
/// are in range is the model's check when the link is applied.
impl LinkText for f64 {
    fn read(text: &str) -> Result<f64, Unreadable> {
        Ok(parse_number(text)?)
    }

    /// Rust prints the shortest text that reads back as the same f64, so values round-trip.
    fn write(&self) -> String {
        self.to_string()
    }
}

impl LinkText for i64 {
    fn read(text: &str) -> Result<i64, Unreadable> {
        Ok(parse_whole(text)?)
    }

    fn write(&self) -> String {
        self.to_string()
    }
}

impl LinkText for u32 {
    fn read(text: &str) -> Result<u32, Unreadable> {
        u32::try_from(parse_whole(text)?).map_err(|_| Unreadable::NotANumber)
    }

    fn write(&self) -> String {
        self.to_string()
    }
}

impl LinkText for bool {
    fn read(text: &str) -> Result<bool, Unreadable> {
        match text {
            "yes" | "1" | "true" => Ok(true),
            "no" | "0" | "false" => Ok(false),
            _ => Err(Unreadable::UnknownChoice),
        }
    }

    fn write(&self) -> String {
        if *self { "yes" } else { "no" }.to_string()
    }
}

/// City and industry ids are checked against `data/` when the link is applied; here only their
/// form: lowercase letters, digits and hyphens, at most as long as any id needs.
impl LinkText for String {
    fn read(text: &str) -> Result<String, Unreadable> {
        let ok = !text.is_empty()
            && text.len() <= ID_LIMIT
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(text.to_string())
        } else {
            Err(Unreadable::UnknownChoice)
        }
    }

    fn write(&self) -> String {
        self.clone()
    }
}

/// The longest id a link may carry: far above any id in `data/` (the longest is under 20
/// characters), low enough that a pasted page of text is not echoed back as an id. A bound on
/// input, not a figure about training.
const ID_LIMIT: usize = 40;
