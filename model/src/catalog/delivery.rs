//! `data/delivery.toml`: delivery channels, how each mode mixes them, what activities need.

use serde::{Deserialize, Serialize};

use super::checks::every_once;
use super::{Checker, DataFile, Source};
use crate::vocab::{Activity, DeliveryMode};

/// The ways hours are delivered; a delivery mode mixes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelId {
    Classroom,
    Live,
    Recorded,
}

/// When the trainer is paid for a channel's hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TrainerPresence {
    /// Teaches every class.
    PerClass,
    /// Records the content once.
    Once,
    None,
}

/// Which of Chapman's rows gives the development effort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DevelopmentRow {
    Classroom,
    Elearning,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Platform {
    None,
    Live,
    Lms,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelShare {
    pub channel: ChannelId,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModeMix {
    pub id: DeliveryMode,
    pub channels: Vec<ChannelShare>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: ChannelId,
    pub class_limit: u32,
    pub trainer: TrainerPresence,
    pub venue: bool,
    pub catering: bool,
    pub printed_materials: bool,
    pub development: DevelopmentRow,
    pub platform: Platform,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityRule {
    pub id: Activity,
    /// How many people one trainer can coach in this activity; a larger class gets an
    /// assistant trainer.
    #[serde(default)]
    pub coached_by_one: Option<u32>,
    /// Extra development effort, as a share of the course's.
    pub development_extra: f64,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    pub hours_per_session: f64,
    pub hours_per_session_source: Source,
    pub sessions_per_day: u32,
    pub sessions_per_day_source: Source,
    pub mode: Vec<ModeMix>,
    pub channel: Vec<Channel>,
    pub activity: Vec<ActivityRule>,
}

impl Delivery {
    pub fn mode(&self, id: DeliveryMode) -> Option<&ModeMix> {
        self.mode.iter().find(|m| m.id == id)
    }

    pub fn channel(&self, id: ChannelId) -> Option<&Channel> {
        self.channel.iter().find(|c| c.id == id)
    }

    pub fn activity(&self, id: Activity) -> Option<&ActivityRule> {
        self.activity.iter().find(|a| a.id == id)
    }
}

impl DataFile for Delivery {
    const PATH: &'static str = "data/delivery.toml";

    fn check(&self, c: &mut Checker) {
        c.positive("hours_per_session", self.hours_per_session);
        c.source("hours_per_session", &self.hours_per_session_source);
        if self.sessions_per_day == 0 {
            c.fail("sessions_per_day", "must be at least 1");
        }
        c.source("sessions_per_day", &self.sessions_per_day_source);
        every_once(c, "mode", DeliveryMode::ALL, |m| {
            self.mode.iter().filter(|x| x.id == m).count()
        });
        for mix in &self.mode {
            let field = format!("mode ({})", mix.id.id());
            c.source(&field, &mix.source);
            let mut total = 0.0;
            for share in &mix.channels {
                c.positive(&format!("{field}.share"), share.share);
                total += share.share;
                if self.channel(share.channel).is_none() {
                    c.fail(
                        &field,
                        format!("channel `{:?}` is not defined", share.channel),
                    );
                }
            }
            if (total - 1.0).abs() > 1e-9 {
                c.fail(
                    &field,
                    format!("channel shares must add up to 1, found {total}"),
                );
            }
        }
        for ch in &self.channel {
            let field = format!("channel ({:?})", ch.id);
            if ch.class_limit == 0 {
                c.fail(format!("{field}.class_limit"), "must be at least 1");
            }
            c.source(&field, &ch.source);
        }
        every_once(c, "activity", Activity::ALL, |a| {
            self.activity.iter().filter(|x| x.id == a).count()
        });
        for rule in &self.activity {
            let field = format!("activity ({})", rule.id.id());
            if rule.coached_by_one == Some(0) {
                c.fail(format!("{field}.coached_by_one"), "must be at least 1");
            }
            c.non_negative(
                &format!("{field}.development_extra"),
                rule.development_extra,
            );
            c.source(&field, &rule.source);
        }
    }
}
