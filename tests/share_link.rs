//! Share links round-trip: parameters → link → parameters is the identity, for any parameters;
//! and no input string can make the decoder panic.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use training_planner::model::Lang;
use training_planner::model::vocab::{DeliveryMode, Depth, TrainerTier};
use training_planner::share::link::{LinkParams, decode, encode};

fn choice<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(all))
}

fn params() -> impl Strategy<Value = LinkParams> {
    (
        prop::option::of(-10i64..100_000),
        prop::option::of("[a-z][a-z0-9-]{0,15}"),
        prop::option::of("[a-z][a-z0-9-]{0,15}"),
        choice(DeliveryMode::ALL),
        choice(TrainerTier::ALL),
        choice(Depth::ALL),
        prop::option::of(0.0f64..2000.0),
        prop::option::of(prop::collection::btree_set(1u32..=10, 0..10)),
        choice(&[Lang::Zh, Lang::En]),
    )
        .prop_map(
            |(people, city, industry, mode, trainer, depth, hours, modules, lang)| LinkParams {
                people,
                city,
                industry,
                mode,
                trainer,
                depth,
                hours,
                modules,
                lang,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn a_link_reads_back_as_what_was_written(p in params()) {
        let link = encode(&p);
        let (back, problems) = decode(&link);
        prop_assert!(problems.is_empty(), "{link}: {problems:?}");
        prop_assert_eq!(back, p);
    }

    #[test]
    fn any_query_string_decodes_without_panicking(query in ".{0,200}") {
        let (_, problems) = decode(&query);
        for problem in problems {
            prop_assert!(!problem.message(Lang::Zh).is_empty());
        }
    }

    #[test]
    fn plausible_but_broken_links_never_panic(query in "([a-z]{1,8}=[-0-9a-z,.%]{0,12}&?){0,10}") {
        let _ = decode(&query);
    }
}
