//! The words of the domain that scenarios, plans and links share: delivery mode, trainer tier,
//! content depth, classroom activity and audience.
//!
//! Each has a stable lowercase id (used in data files, share links and saved state) and a label
//! in both interface languages.

use crate::i18n;
use serde::{Deserialize, Serialize};

/// Declares a closed set of choices with ids and labels, so every choice is written once:
/// `Variant = "id", i18n::section::KEY` (the label's texts are in the catalogues, `i18n/`). Each is written as its id in data files, saved work
/// and links alike (serde's `rename`).
macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal, $label:path;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every choice, in the order the interface lists them (cheapest or simplest first).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The ids of [`Self::ALL`], in the same order.
            pub const IDS: &'static [&'static str] = &[$($id),+];
            /// How many choices; `choice as usize` indexes arrays of this length.
            pub const COUNT: usize = $name::ALL.len();

            /// The stable id used in `data/`, links and saved state.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            pub fn label(self, lang: $crate::Lang) -> &'static str {
                match self { $($name::$variant => lang.t($label),)+ }
            }
        }

        impl $crate::vocab::Choice for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn id(self) -> &'static str {
                $name::id(self)
            }
            fn from_id(id: &str) -> Option<$name> {
                $name::from_id(id)
            }
            fn label(self, lang: $crate::Lang) -> &'static str {
                $name::label(self, lang)
            }
        }

        /// A choice travels in a link by its id.
        impl $crate::link_text::LinkText for $name {
            fn read(text: &str) -> Result<$name, $crate::link_text::Unreadable> {
                $name::from_id(text).ok_or($crate::link_text::Unreadable::UnknownChoice)
            }

            fn write(&self) -> String {
                self.id().to_string()
            }
        }
    };
}

pub(crate) use choice_enum;

/// A closed list of choices, each with a stable id and a label: what [`choice_enum!`]
/// declares, so one form control can offer any of them.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every choice, in the order the interface lists them.
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
    fn from_id(id: &str) -> Option<Self>;
    fn label(self, lang: crate::Lang) -> &'static str;
}

choice_enum! {
    /// How the training is obtained: each is priced the way the market prices it (domain.md,
    /// "How complaint-handling training is actually bought").
    Sourcing {
        /// The company's own experienced staff teach: their time, no vendor, no VAT.
        Internal = "internal", i18n::sourcing::INTERNAL;
        /// An outside trainer runs the course for the company's group (企业内训): a day rate.
        Vendor = "vendor", i18n::sourcing::VENDOR;
        /// Staff take seats on an open-enrolment course (公开课): a price per seat.
        Public = "public", i18n::sourcing::PUBLIC;
        /// Staff take a ready-made online course: a price per learner.
        OnlineCourse = "online-course", i18n::sourcing::ONLINE_COURSE;
    }
}

impl Sourcing {
    /// The course is run for the company's own group (a trainer is paid for the group), rather
    /// than bought seat by seat.
    pub fn is_in_house(self) -> bool {
        matches!(self, Sourcing::Internal | Sourcing::Vendor)
    }
}

choice_enum! {
    /// Where an in-house classroom course is held.
    Venue {
        Own = "own", i18n::venue::OWN;
        Rented = "rented", i18n::venue::RENTED;
        Hotel = "hotel", i18n::venue::HOTEL;
    }
}

choice_enum! {
    /// How the course reaches participants.
    DeliveryMode {
        Offline = "offline", i18n::delivery_mode::OFFLINE;
        LiveOnline = "online", i18n::delivery_mode::ONLINE;
        SelfPaced = "self-paced", i18n::delivery_mode::SELF_PACED;
        Blended = "blended", i18n::delivery_mode::BLENDED;
    }
}

choice_enum! {
    /// Who teaches, from cheapest to dearest.
    TrainerTier {
        Internal = "internal", i18n::trainer_tier::INTERNAL;
        Professional = "professional", i18n::trainer_tier::PROFESSIONAL;
        Senior = "senior", i18n::trainer_tier::SENIOR;
        Expert = "expert", i18n::trainer_tier::EXPERT;
    }
}

choice_enum! {
    /// How deep the content goes.
    Depth {
        Basic = "basic", i18n::depth::BASIC;
        Standard = "standard", i18n::depth::STANDARD;
        Deep = "deep", i18n::depth::DEEP;
    }
}

choice_enum! {
    /// What happens in the room besides lecturing. Role-play needs smaller groups or an assistant.
    Activity {
        Lecture = "lecture", i18n::activity::LECTURE;
        CaseStudy = "case-study", i18n::activity::CASE_STUDY;
        RolePlay = "role-play", i18n::activity::ROLE_PLAY;
        Quiz = "quiz", i18n::activity::QUIZ;
    }
}

/// A set of activities travels as a comma list of ids (`lecture,role-play`); an unknown id makes
/// the whole list unreadable. Empty is allowed: the scenario still has its teaching.
impl crate::link_text::LinkText for std::collections::BTreeSet<Activity> {
    fn read(text: &str) -> Result<Self, crate::link_text::Unreadable> {
        text.split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|id| Activity::from_id(id).ok_or(crate::link_text::Unreadable::UnknownChoice))
            .collect()
    }

    fn write(&self) -> String {
        self.iter().map(|a| a.id()).collect::<Vec<_>>().join(",")
    }
}

choice_enum! {
    /// Who the course is for.
    Audience {
        Frontline = "frontline", i18n::audience::FRONTLINE;
        Supervisor = "supervisor", i18n::audience::SUPERVISOR;
        Manager = "manager", i18n::audience::MANAGER;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            id: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for &v in all {
                assert!(seen.insert(id(v)), "duplicate id {}", id(v));
                assert_eq!(from(id(v)), Some(v));
            }
            assert_eq!(from("no-such-id"), None);
        }
        check(DeliveryMode::ALL, DeliveryMode::id, DeliveryMode::from_id);
        check(TrainerTier::ALL, TrainerTier::id, TrainerTier::from_id);
        check(Depth::ALL, Depth::id, Depth::from_id);
        check(Activity::ALL, Activity::id, Activity::from_id);
        check(Audience::ALL, Audience::id, Audience::from_id);
        check(Sourcing::ALL, Sourcing::id, Sourcing::from_id);
        check(Venue::ALL, Venue::id, Venue::from_id);
    }

    #[test]
    fn serde_uses_the_link_ids() {
        #[derive(Deserialize, Serialize, PartialEq, Debug)]
        struct W {
            mode: DeliveryMode,
        }
        let w: W = serde_json::from_str(r#"{"mode": "self-paced"}"#).unwrap();
        assert_eq!(w.mode, DeliveryMode::SelfPaced);
        let unknown = serde_json::from_str::<W>(r#"{"mode": "by-post"}"#).unwrap_err();
        assert!(unknown.to_string().contains("self-paced"), "{unknown}");
        assert!(serde_json::from_str::<W>(r#"{"mode": 2}"#).is_err());
        for &mode in DeliveryMode::ALL {
            let json = serde_json::to_string(&W { mode }).unwrap();
            assert_eq!(json, format!(r#"{{"mode":"{}"}}"#, mode.id()));
            assert_eq!(serde_json::from_str::<W>(&json).unwrap(), W { mode });
        }
        // The catalog's binary form carries them too.
        let bytes = postcard::to_allocvec(&W {
            mode: DeliveryMode::Blended,
        })
        .unwrap();
        assert_eq!(
            postcard::from_bytes::<W>(&bytes).unwrap().mode,
            DeliveryMode::Blended
        );
    }
}

/// Teaching hours at each depth. A quick estimate puts all hours at one depth; a course plan
/// sets depth per module, so its hours spread over the three.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepthHours {
    pub basic: f64,
    pub standard: f64,
    pub deep: f64,
}

impl DepthHours {
    /// All `hours` at one depth.
    pub fn single(depth: Depth, hours: f64) -> Self {
        let mut h = DepthHours::default();
        *h.get_mut(depth) = hours;
        h
    }

    pub fn get(&self, depth: Depth) -> f64 {
        match depth {
            Depth::Basic => self.basic,
            Depth::Standard => self.standard,
            Depth::Deep => self.deep,
        }
    }

    pub fn get_mut(&mut self, depth: Depth) -> &mut f64 {
        match depth {
            Depth::Basic => &mut self.basic,
            Depth::Standard => &mut self.standard,
            Depth::Deep => &mut self.deep,
        }
    }

    pub fn total(&self) -> f64 {
        self.basic + self.standard + self.deep
    }

    /// The depth holding the most hours (the deeper one on a tie), for a one-word summary.
    pub fn dominant(&self) -> Depth {
        Depth::ALL.iter().copied().fold(Depth::Basic, |best, d| {
            if self.get(d) >= self.get(best) {
                d
            } else {
                best
            }
        })
    }
}

/// Which half of the day a session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Half {
    Morning,
    Afternoon,
}

impl Half {
    /// The halves in the order they happen; a day has at most this many sessions.
    pub const ALL: &'static [Half] = &[Half::Morning, Half::Afternoon];

    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            Half::Morning => lang.t(i18n::vocab::MORNING),
            Half::Afternoon => lang.t(i18n::vocab::AFTERNOON),
        }
    }
}
