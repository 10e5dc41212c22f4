//! The machinery behind [`super::scenario`]'s one table of a scenario's fields. From each row
//! (`field: Type => Input "link-param", when missing …;`) it makes:
//! - the field of [`super::Scenario`] (serde derives: how saved work and quotes write it);
//! - the field of [`super::ScenarioRecord`], the form any earlier version saved: a row with
//!   `when missing` may be absent there and gets the value that rule gives; every other row is
//!   required, as it always was;
//! - for a row with `=> Variant "param"`, a variant of [`super::Input`]: one edit of that field,
//!   which the form sends, a link carries under `param` (written and read by
//!   [`crate::link_text::LinkText`]) and [`super::Input::apply`] makes.
//!
//! Adding an input to the scenario is one row; the compiler then points at every place that
//! must say what the new input means (the costing, the form's control).

macro_rules! declare_scenario {
    (
        $(#[$meta:meta])*
        pub struct Scenario {
            $(
                $(#[$field_meta:meta])*
                $field:ident : $ty:ty
                $( => $variant:ident $param:literal )?
                $( , when missing $missing:expr )?
                ;
            )+
        }
        retired {
            $( $(#[$retired_meta:meta])* $retired:ident : $retired_ty:ty ; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #[serde(from = "ScenarioRecord")]
        pub struct Scenario {
            $( $(#[$field_meta])* pub $field: $ty, )+
        }

        /// A scenario as saved by any version: the fields added since may be missing (each gets
        /// its rule's value), the retired ones are read and dropped, and nothing else is
        /// accepted. Public so that earlier forms of saved work migrate through this one
        /// conversion.
        #[derive(::serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct ScenarioRecord {
            $( $(#[$field_meta])* pub $field: $crate::cost::declare::record_type!($ty $(, $missing)?), )+
            $( $(#[$retired_meta])* #[serde(default)] pub $retired: Option<$retired_ty>, )*
        }

        impl From<ScenarioRecord> for Scenario {
            fn from(r: ScenarioRecord) -> Scenario {
                Scenario {
                    $( $field: $crate::cost::declare::record_value!(r, $field $(, $missing)?), )+
                }
            }
        }

        /// One edit of one scenario field: what a form control sends and what a link carries.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Input {
            $( $( $variant($ty), )? )+
        }

        impl Input {
            /// Every link parameter an input travels under, in the table's order.
            pub const PARAMS: &'static [&'static str] = &[ $( $( $param, )? )+ ];

            /// The link parameter this input travels under.
            pub fn param(&self) -> &'static str {
                match self {
                    $( $( Input::$variant(_) => $param, )? )+
                }
            }

            /// Make the edit.
            pub fn apply(self, s: &mut Scenario) {
                match self {
                    $( $( Input::$variant(v) => s.$field = v, )? )+
                }
            }

            /// Each input's value in `s`, in the table's order.
            pub fn all_of(s: &Scenario) -> Vec<Input> {
                vec![ $( $( Input::$variant(s.$field.clone()), )? )+ ]
            }

            /// The input a link's `param=text` gives; `None` when `param` is no input's.
            pub fn read(param: &str, text: &str) -> Option<Result<Input, $crate::link_text::Unreadable>> {
                use $crate::link_text::LinkText;
                match param {
                    $( $( $param => Some(<$ty as LinkText>::read(text).map(Input::$variant)), )? )+
                    _ => None,
                }
            }

            /// The value as the link writes it.
            pub fn write(&self) -> String {
                use $crate::link_text::LinkText;
                match self {
                    $( $( Input::$variant(v) => v.write(), )? )+
                }
            }
        }
    };
}

/// A saved record's field: the value itself, or `None` where a version before it had none
/// (serde reads an absent `Option` field as `None`).
macro_rules! record_type {
    ($ty:ty) => { $ty };
    ($ty:ty, $missing:expr) => { Option<$ty> };
}

/// A scenario's field from the saved record: as saved, or what the row's rule gives when the
/// record has none (the rule sees the whole record).
macro_rules! record_value {
    ($record:ident, $field:ident) => {
        $record.$field.clone()
    };
    ($record:ident, $field:ident, $missing:expr) => {
        $record
            .$field
            .clone()
            .unwrap_or_else(|| ($missing)(&$record))
    };
}

pub(crate) use {declare_scenario, record_type, record_value};
