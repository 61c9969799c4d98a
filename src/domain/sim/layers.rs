//! The ten layers of the AI stack, the choices a country makes for each, and how layers depend on each other.

/// A layer of the AI stack. The ids match the dataset's `layer` records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    ChipDesign,
    ChipFab,
    Lithography,
    Compute,
    Energy,
    Models,
    Data,
    Talent,
    Applications,
    Governance,
}

pub const N: usize = 10;

impl Layer {
    pub const ALL: [Layer; N] = [
        Layer::ChipDesign,
        Layer::ChipFab,
        Layer::Lithography,
        Layer::Compute,
        Layer::Energy,
        Layer::Models,
        Layer::Data,
        Layer::Talent,
        Layer::Applications,
        Layer::Governance,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn id(self) -> &'static str {
        match self {
            Layer::ChipDesign => "chip_design",
            Layer::ChipFab => "chip_fab",
            Layer::Lithography => "lithography",
            Layer::Compute => "compute",
            Layer::Energy => "energy",
            Layer::Models => "models",
            Layer::Data => "data",
            Layer::Talent => "talent",
            Layer::Applications => "applications",
            Layer::Governance => "governance",
        }
    }

    pub fn from_id(id: &str) -> Option<Layer> {
        Layer::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The layers this one cannot work without: a country that builds fabs still needs lithography tools,
    /// data centres need chips and power, models need compute and data, applications need models. (Talent
    /// decides how good a layer is, not whether it exists, so nothing waits for it.)
    pub fn needs(self) -> &'static [Layer] {
        match self {
            Layer::ChipFab => &[Layer::Lithography],
            Layer::Compute => &[Layer::ChipDesign, Layer::ChipFab, Layer::Energy],
            Layer::Models => &[Layer::Compute, Layer::Data],
            Layer::Applications => &[Layer::Models],
            _ => &[],
        }
    }

    /// Layers hit by export controls on advanced chips and chipmaking tools.
    pub fn export_controlled(self) -> bool {
        matches!(self, Layer::ChipDesign | Layer::ChipFab | Layer::Lithography | Layer::Compute)
    }
}

/// What a country does about a layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Choice {
    /// Build the capability at home.
    Build,
    /// Build it with a partner country or company, sharing cost and control.
    Partner,
    /// Buy it on the world market.
    #[default]
    Buy,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::Build, Choice::Partner, Choice::Buy];

    /// One letter in links: b, p, m (market).
    pub fn code(self) -> char {
        match self {
            Choice::Build => 'b',
            Choice::Partner => 'p',
            Choice::Buy => 'm',
        }
    }

    pub fn from_code(c: char) -> Option<Choice> {
        match c {
            'b' => Some(Choice::Build),
            'p' => Some(Choice::Partner),
            'm' => Some(Choice::Buy),
            _ => None,
        }
    }

    /// Ordering used by the monotonicity property: how much of the layer is built at home.
    pub fn self_reliance(self) -> u8 {
        match self {
            Choice::Build => 2,
            Choice::Partner => 1,
            Choice::Buy => 0,
        }
    }
}
