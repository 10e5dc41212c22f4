//! The ready-made plans of `data/modules.toml`, as [`Plan`]s.

use super::plan::Plan;
use crate::catalog::Modules;
use crate::catalog::Preset;

impl Preset {
    /// The preset as a plan the user can start from and edit.
    pub fn plan(&self) -> Plan {
        Plan {
            audience: self.audience,
            items: self.items.clone(),
            phases: self.phases,
        }
    }
}

impl Modules {
    /// The plan of the preset with this id.
    pub fn preset_plan(&self, id: &str) -> Option<Plan> {
        self.preset(id).map(Preset::plan)
    }

    /// Every preset with its plan, in file order.
    pub fn preset_plans(&self) -> impl Iterator<Item = (&Preset, Plan)> {
        self.preset.iter().map(|p| (p, p.plan()))
    }
}
