//! The simulator: its properties hold for every input, its ledger follows its sources, and its profiles
//! reproduce the qualitative story of the op-ed's case studies — and of the case against it.

use explainer::domain::dataset::figure;
use explainer::domain::i18n::Lang;
use explainer::domain::link::{LinkState, Params};
use explainer::domain::sim::ledger::{self, inputs, preset, profiles};
use explainer::domain::sim::state::SimState;
use explainer::domain::sim::story::{compare, self_reliance_threshold, sentences};
use explainer::domain::sim::{run, Choice, Layer, Ledger, Outcome, Profile, Shocks, Strategy as Plan, N};
use proptest::prelude::*;

fn choice() -> impl Strategy<Value = Choice> {
    prop_oneof![Just(Choice::Build), Just(Choice::Partner), Just(Choice::Buy)]
}

fn strategy() -> impl Strategy<Value = Plan> {
    (proptest::array::uniform10(choice()), proptest::array::uniform10(any::<bool>()))
        .prop_map(|(choices, specialize)| Plan { choices, specialize })
}

fn unit() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0f64]
}

fn shocks() -> impl Strategy<Value = Shocks> {
    (unit(), unit(), unit()).prop_map(|(e, s, d)| Shocks { export_controls: e, supply_break: s, partner_defects: d })
}

/// Any value at all, including nonsense: the model must stay finite.
fn wild() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-1.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(1e300),
        -1e6..1e6f64,
    ]
}

fn any_profile() -> impl Strategy<Value = Profile> {
    (wild(), wild(), wild(), wild(), wild(), proptest::array::uniform10(wild())).prop_map(
        |(budget, grid_headroom, talent, scale, market, strengths)| Profile {
            budget,
            grid_headroom,
            talent,
            scale,
            market,
            strengths,
        },
    )
}

fn real_profile() -> impl Strategy<Value = Profile> {
    proptest::sample::select(profiles().iter().map(|p| ledger::profile(&p.id, &[])).collect::<Vec<_>>())
}

fn ledger_with_ranges() -> impl Strategy<Value = Ledger> {
    // Every parameter anywhere within its documented range.
    let params = ledger::params();
    let strategies: Vec<_> = params.iter().map(|p| (p.min..=p.max).boxed()).collect();
    strategies.prop_map(move |vals| {
        let overrides: Vec<(&str, f64)> = params.iter().zip(vals).map(|(p, v)| (&*p.id, v)).collect();
        ledger::ledger(&overrides)
    })
}

fn finite(o: &Outcome) -> bool {
    o.cost.iter().chain(o.years.iter()).chain(o.exposure.iter()).chain(o.loss.iter()).all(|v| v.is_finite())
        && [o.grid_cost, o.total_cost, o.funded, o.years_total, o.grid_delay, o.resilience, o.value_added, o.net]
            .iter()
            .all(|v| v.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn outcomes_are_finite_for_every_input(p in any_profile(), s in strategy(), sh in shocks(), l in ledger_with_ranges()) {
        let o = run(&l, &p, &s, &sh);
        prop_assert!(finite(&o), "{o:?}");
        prop_assert!((0.0..=1.0).contains(&o.resilience));
        prop_assert!(o.exposure.iter().all(|e| (0.0..=1.0).contains(e)));
    }

    #[test]
    fn building_more_layers_at_home_never_lowers_the_cost(
        p in real_profile(), s in strategy(), l in ledger_with_ranges(), layer in 0..N, sh in shocks()
    ) {
        let before = run(&l, &p, &s, &sh);
        let mut more = s.clone();
        // One step towards self-reliance on one layer: buy → partner → build.
        more.choices[layer] = match s.choices[layer] {
            Choice::Buy => Choice::Partner,
            _ => Choice::Build,
        };
        let after = run(&l, &p, &more, &sh);
        prop_assert!(after.total_cost >= before.total_cost - 1e-9, "{} < {}", after.total_cost, before.total_cost);
    }

    #[test]
    fn switching_on_a_shock_never_raises_resilience(
        p in real_profile(), s in strategy(), l in ledger_with_ranges(), base in shocks(), which in 0..3usize, p_on in 0.0..=1.0f64
    ) {
        let before = run(&l, &p, &s, &base);
        let mut on = base;
        match which {
            0 => on.export_controls = on.export_controls.max(p_on),
            1 => on.supply_break = on.supply_break.max(p_on),
            _ => on.partner_defects = on.partner_defects.max(p_on),
        }
        let after = run(&l, &p, &s, &on);
        prop_assert!(after.resilience <= before.resilience + 1e-12);
        prop_assert!(after.value_added <= before.value_added + 1e-9);
    }

    #[test]
    fn a_bigger_budget_never_slows_the_stack(p in real_profile(), s in strategy(), extra in 0.0..1000.0f64) {
        let l = ledger::ledger(&[]);
        let sh = Shocks::default();
        let a = run(&l, &p, &s, &sh);
        let b = run(&l, &Profile { budget: p.budget + extra, ..p.clone() }, &s, &sh);
        prop_assert!(b.years_total <= a.years_total + 1e-9);
    }

    #[test]
    fn sim_state_round_trips_through_the_link(
        choices in proptest::array::uniform10(choice()),
        spec in proptest::sample::subsequence((0..N).collect::<Vec<_>>(), 0..=explainer::domain::sim::state::MAX_SPECIALIZE),
        sh in shocks(), prof in 0..8usize, locked in any::<bool>()
    ) {
        let mut specialize = [false; N];
        for i in spec { specialize[i] = true; }
        let s = Plan { choices, specialize };
        let q = |v: f64| (v * 20.0).round() / 20.0;
        let profile = &*profiles()[prof % profiles().len()].id;
        let st = SimState {
            profile,
            strategy: s,
            shocks: Shocks { export_controls: q(sh.export_controls), supply_break: q(sh.supply_break), partner_defects: q(sh.partner_defects) },
            custom: vec![],
            overrides: vec![],
            locked,
        };
        let mut back = SimState::default();
        for (k, v) in st.pairs() {
            prop_assert_eq!(back.set(k, &v), Some(Ok(())), "{}={}", k, v);
        }
        prop_assert_eq!(back, st);
    }
}

fn outcome(profile: &str, s: &Plan, sh: Shocks) -> Outcome {
    run(&ledger::ledger(&[]), &ledger::profile(profile, &[]), s, &sh)
}

#[test]
fn a_small_rich_country_that_specializes_beats_one_that_builds_fabs() {
    // Singapore as the op-ed describes it: governance and applications, partnering for compute.
    let case = preset("singapore");
    let mut fabs = case.clone();
    for l in [Layer::ChipFab, Layer::Lithography, Layer::ChipDesign] {
        fabs.choices[l.index()] = Choice::Build;
    }
    let calm = Shocks::default();
    let (a, b) = (outcome("singapore", &case, calm), outcome("singapore", &fabs, calm));
    assert!(a.net > b.net, "specializing {:.1} vs building fabs {:.1}", a.net, b.net);
    assert!(a.total_cost < b.total_cost);
    assert!(a.years_total < b.years_total);
    let all_build = outcome("singapore", &Plan::all(Choice::Build), calm);
    assert!(a.net > all_build.net);
    assert!(a.value_added > all_build.value_added, "value added, the op-ed's measure");
}

#[test]
fn every_case_study_preset_beats_both_extremes_in_calm_times() {
    for id in ["singapore", "israel", "south_korea"] {
        let case = outcome(id, &preset(id), Shocks::default());
        let build = outcome(id, &Plan::all(Choice::Build), Shocks::default());
        let buy = outcome(id, &Plan::all(Choice::Buy), Shocks::default());
        assert!(
            case.net > build.net && case.net > buy.net,
            "{id}: case {:.1}, build {:.1}, buy {:.1}",
            case.net,
            build.net,
            buy.net
        );
    }
}

#[test]
fn even_china_cannot_close_the_lithography_gap_cheaply() {
    // China's preset builds everything but lithography; export controls then reach the chips it fabs itself.
    let china = preset("china");
    let calm = outcome("china", &china, Shocks::default());
    let controls = outcome("china", &china, Shocks { export_controls: 1.0, ..Shocks::default() });
    assert!(controls.loss[Layer::ChipFab.index()] > 0.3, "fabs inherit the lithography dependency");
    assert!(controls.resilience < calm.resilience);
    assert!(calm.exposure[Layer::Lithography.index()] >= 0.9);
}

#[test]
fn a_big_country_under_likely_export_controls_is_better_off_alone() {
    // The strongest case for going it alone: a large budget and deep talent, and a supplier likely to cut it off.
    let l = ledger::ledger(&[]);
    let china = ledger::profile("china", &[]);
    let orchestrated = Plan::all(Choice::Partner);
    let t = self_reliance_threshold(&l, &china, &orchestrated, &Shocks::default());
    assert!(matches!(t, Some(a) if a.likelihood <= 0.8 && a.horizon <= 20.0), "threshold {t:?}");
    // … while for a small country, no likelihood of export controls makes building everything pay.
    let sg = ledger::profile("singapore", &[]);
    assert_eq!(self_reliance_threshold(&l, &sg, &preset("singapore"), &Shocks::default()), None);
}

#[test]
fn ledger_defaults_follow_their_figures() {
    let v = |id: &str| ledger::param(id).unwrap().default;
    let f = |id: &str| figure(id).unwrap_or_else(|| panic!("figure {id}"));
    assert_eq!(v("horizon"), f("op_ed_next_decade").value);
    assert!((v("grid_per_dc") - f("grid_need_per_1b").value / 1e9).abs() < 1e-12);
    assert!((v("gw_per_bn") - f("stargate_10gw_target").value / (f("stargate_500b").value / 1e9)).abs() < 1e-12);
    assert_eq!(v("grid_delay"), f("us_grid_wait_years").value);
    assert_eq!(v("compute.build_cost"), f("stargate_500b").value / 1e9);
    assert_eq!(v("chip_fab.build_cost"), f("big_fund_total_cny").usd.as_ref().unwrap().value / 1e9);
    assert_eq!(v("compute.concentration"), f("ai_compute_owned_us_hyperscalers").value / 100.0);
    let weights: f64 = Layer::ALL.iter().map(|l| v(&format!("{}.weight", l.id()))).sum();
    assert!((weights - 1.0).abs() < 1e-9, "layer weights sum to {weights}");
    // Every parameter is either sourced or explained.
    for p in ledger::params() {
        assert!(p.figure.is_some() || p.note.en.contains("Assumption") || p.note.en.contains("assume"), "{}", p.id);
    }
}

#[test]
fn every_profile_runs_and_tells_its_story_in_both_languages() {
    for p in profiles() {
        let st = SimState { profile: &p.id, strategy: preset(&p.id), ..SimState::default() };
        let (l, prof) = inputs(&st);
        let c = compare(&l, &prof, &st.strategy, &st.shocks);
        let t = self_reliance_threshold(&l, &prof, &st.strategy, &st.shocks);
        for lang in Lang::ALL {
            let s = sentences(&c, t, l.horizon, lang);
            assert!(s.len() >= 6, "{}", p.id);
            assert!(s.iter().all(|x| !x.contains('{')), "{}: unfilled placeholder in {s:?}", p.id);
        }
    }
}

#[test]
fn simulator_links_clamp_and_report_bad_values() {
    let (st, notices) =
        LinkState::from_fragment("#/en/orchestration?sim.export=7&sim.plan=zzz&sim.p.horizon=500&sim.profile=atlantis");
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert_eq!(st.sim.shocks.export_controls, 1.0);
    assert_eq!(ledger::value("horizon", &st.sim.overrides), 30.0);
    let (ok, none) = LinkState::from_fragment(
        "#/en/orchestration?sim.profile=japan&sim.plan=bbbbbbbbbb&sim.spec=governance&sim.export=0.35&sim.lock=1",
    );
    assert!(none.is_empty(), "{none:?}");
    assert!(ok.sim.locked);
    assert_eq!(ok.sim.profile, "japan");
    assert!(ok.sim.strategy.choices.iter().all(|c| *c == Choice::Build));
}
