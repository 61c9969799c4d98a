//! The link-state codec: every state survives a round trip; any string at all decodes to a usable state
//! without panicking, and decoding what it decoded is stable.

use explainer::domain::dataset::chapters;
use explainer::domain::i18n::Lang;
use explainer::domain::link::*;
use explainer::domain::model::Status;
use explainer::domain::views::*;
use proptest::prelude::*;

fn lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![Just(None), Just(Some(Lang::Ja)), Just(Some(Lang::En))]
}

fn embed() -> impl Strategy<Value = Option<(&'static str, &'static str)>> {
    let mut v = vec![None];
    for c in chapters() {
        for p in c.parts.iter().filter(|p| !p.widget.is_empty()) {
            v.push(Some((&*p.widget, &*c.slug)));
        }
    }
    proptest::sample::select(v)
}

fn place() -> impl Strategy<Value = (Option<&'static str>, Option<&'static str>)> {
    let mut places: Vec<(Option<&'static str>, Option<&'static str>)> = vec![(None, None)];
    for c in chapters() {
        places.push((Some(&c.slug), None));
        for p in c.parts.iter().filter(|p| !p.widget.is_empty()) {
            places.push((Some(&c.slug), Some(&p.widget)));
        }
    }
    proptest::sample::select(places)
}

fn money() -> impl Strategy<Value = MoneyView> {
    let all = money_countries();
    let n = all.len();
    (
        prop_oneof![Just(Scale::Linear), Just(Scale::Log)],
        proptest::option::of(proptest::sample::select(SECTORS.to_vec())),
        proptest::option::of(proptest::sample::select(PURPOSES.to_vec())),
        proptest::sample::subsequence(all, 0..n),
    )
        .prop_map(move |(scale, sector, purpose, countries)| {
            // All countries selected is the same view as none selected (show all); the codec writes "all".
            let countries = if countries.len() == n { vec![] } else { countries };
            MoneyView { scale, sector, purpose, countries }
        })
}

fn pick<T: Clone + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all.to_vec())
}

/// Every widget's settings apart from the money chart's and the simulator's (whose round trip is in
/// `tests/simulator.rs`).
fn widgets() -> impl Strategy<Value = LinkState> {
    let guess = proptest::option::of(proptest::prop_oneof![
        proptest::sample::select(QUIZ_SIDES.to_vec()).prop_map(Pick::Guess),
        proptest::strategy::Just(Pick::Skip),
    ]);
    let quiz = (proptest::array::uniform6(guess), any::<bool>())
        .prop_map(|(guesses, revealed)| QuizView { guesses, revealed });
    (
        quiz,
        pick(ElecView::ALL),
        (CALC_SPEND.min as u32..=CALC_SPEND.max as u32).prop_map(|v| CalcView { spend: f64::from(v) }),
        pick(GapView::ALL),
        pick(TalentView::ALL),
        pick(SurveyView::ALL),
        proptest::option::of(proptest::sample::select(timeline_actors())),
        proptest::option::of(proptest::sample::select(Status::ALL.to_vec())),
    )
        .prop_map(|(quiz, elec, calc, gap, talent, survey, actor, status)| LinkState {
            quiz,
            elec,
            calc,
            gap,
            talent,
            survey,
            timeline: TimelineView { actor },
            index: IndexView { status },
            ..LinkState::default()
        })
}

fn state() -> impl Strategy<Value = LinkState> {
    (lang(), place(), embed(), money(), widgets()).prop_map(|(lang, (chapter, anchor), embed, money, w)| {
        // An embed link names a widget and, through it, its chapter; it has no anchor of its own.
        let (chapter, anchor, embed) = match embed {
            Some((widget, chapter)) => (Some(chapter), None, Some(widget)),
            None => (chapter, anchor, None),
        };
        LinkState { lang, chapter, anchor, embed, money, ..w }
    })
}

/// The state a link holds once written: the language is always explicit.
fn written(mut s: LinkState) -> LinkState {
    s.lang = Some(s.lang.unwrap_or_default());
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn every_state_round_trips(st in state(), full in any::<bool>()) {
        let frag = st.to_fragment(full);
        let (back, notices) = LinkState::from_fragment(&frag);
        prop_assert!(notices.is_empty(), "{frag}: {notices:?}");
        prop_assert_eq!(back, written(st));
    }

    #[test]
    fn full_and_short_links_mean_the_same(st in state()) {
        let (a, _) = LinkState::from_fragment(&st.to_fragment(true));
        let (b, _) = LinkState::from_fragment(&st.to_fragment(false));
        prop_assert_eq!(a, b);
    }

    #[test]
    fn any_string_decodes_without_panicking_and_stably(s in any::<String>()) {
        let (a, _) = LinkState::from_fragment(&s);
        let (b, notices) = LinkState::from_fragment(&a.to_fragment(false));
        prop_assert!(notices.is_empty(), "{notices:?}");
        prop_assert_eq!(b, written(a));
    }

    #[test]
    fn link_like_strings_decode_stably(
        s in "#?/(ja|en|xx|)(/(money|nowhere|who-is-winning|))?(/[a-z-]{0,12})?(\\?([a-z.]{0,14}=[a-z0-9,%]{0,12}&?){0,5})?"
    ) {
        let (a, _) = LinkState::from_fragment(&s);
        let (b, _) = LinkState::from_fragment(&a.to_fragment(true));
        prop_assert_eq!(b, written(a));
    }
}

#[test]
fn nasty_fragments_give_sane_views_with_notices() {
    let long = format!("#/en/money?{}", "money.scale=log&".repeat(1000));
    let cases: Vec<(&str, bool)> = vec![
        ("", false),
        ("#", false),
        ("#/", false),
        ("#/en", false),
        ("#money", false),
        ("#/en/money?v=1", false),
        ("#/EN/money", true),
        ("#/en/money?money.scale=LOG", true),
        ("#/en/money?money.scale=1", true),
        ("#/en/money?money.scale", true),
        ("#/en/money?=&&&==", true),
        ("#/en/money?money.country=us,us,china", false),
        ("#/en/money?money.country=us,atlantis", true),
        ("#/en/money?unknown.key=1", true),
        ("#/en/money?v=99&future.key=1", true),
        ("#/en/money?v=-1", true),
        ("#/en/money?v=abc", true),
        ("#/en/<script>alert(1)</script>", true),
        ("#/en/money?money.scale=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", true),
        ("#javascript:alert(1)", true),
        ("#/en/%", true),
        ("#/en/%zz%2", true),
        ("#/en/%F0%9F%98%80", true),
        ("#/en/%00%00", true),
        ("#/en/money/../../etc/passwd", true),
        ("#/en/money/not-a-widget", true),
        ("#/日本語/お金", true),
        ("#/en/money?money.sector=public&money.sector=private", false),
        ("#/ja/money/money-chart?money.purpose=compute", false),
        ("#/en/embed/money-chart?money.scale=log", false),
        ("#/en/embed/nothing-here", true),
        ("#/en/embed", true),
    ];
    for (frag, expect_notice) in cases {
        let (st, notices) = LinkState::from_fragment(frag);
        assert_eq!(!notices.is_empty(), expect_notice, "{frag:?}: {notices:?}");
        for n in &notices {
            for lang in Lang::ALL {
                let m = n.message(lang);
                assert!(!m.is_empty());
                assert!(m.chars().count() < 200, "{frag:?}: notice too long: {m}");
            }
        }
        // The state is usable: it encodes to a link that decodes cleanly.
        let (again, more) = LinkState::from_fragment(&st.to_fragment(true));
        assert!(more.is_empty(), "{frag:?} → {more:?}");
        assert_eq!(again, written(st));
    }
    let (_, notices) = LinkState::from_fragment(&long);
    assert!(notices.contains(&Notice::TooLong));
}

/// The shared corpus of nasty fragments (also opened in the browser by tests/browser/hostile.test.mjs).
fn corpus() -> Vec<(bool, String)> {
    let text = include_str!("corpus/fragments.txt");
    let mut v: Vec<(bool, String)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (kind, frag) = l.split_once('\t').expect("kind<TAB>fragment");
            (kind == "notice", frag.to_string())
        })
        .collect();
    // Very long input, made here rather than stored.
    v.push((true, format!("#/en/money?{}", "money.scale=log&".repeat(2000))));
    v.push((true, format!("#/en/{}", "%".repeat(10_000))));
    v
}

#[test]
fn the_hostile_corpus_gives_sane_views() {
    for (expect_notice, frag) in corpus() {
        let (st, notices) = LinkState::from_fragment(&frag);
        assert_eq!(!notices.is_empty(), expect_notice, "{frag:.80}: {notices:?}");
        for n in &notices {
            for lang in Lang::ALL {
                let m = n.message(lang);
                assert!(m.chars().count() < 200, "{frag:.80}: {m}");
            }
        }
        let written = st.to_fragment(true);
        assert!(!written.contains('<') && !written.contains('"') && !written.contains(' '), "{written}");
        let (again, more) = LinkState::from_fragment(&written);
        assert!(more.is_empty(), "{frag:.80} → {more:?}");
        assert_eq!(again.to_fragment(true), written);
        // The simulator's outcome for whatever the link set is a finite number.
        let (l, p) = explainer::domain::sim::ledger::inputs(&st.sim);
        let o = explainer::domain::sim::run(&l, &p, &st.sim.strategy, &st.sim.shocks);
        assert!(o.net.is_finite() && o.total_cost.is_finite() && o.resilience.is_finite(), "{frag:.80}");
    }
}

#[test]
fn notices_quote_input_only_as_short_text() {
    let (_, notices) = LinkState::from_fragment(&format!("#/en/{}", "x".repeat(500)));
    let Notice::UnknownChapter(v) = &notices[0] else { panic!("{notices:?}") };
    assert!(v.chars().count() <= 41);
}

#[test]
fn the_link_names_its_version() {
    assert!(LinkState::default().to_fragment(false).contains("v=1"));
    assert!(LinkState::default().to_fragment(true).contains("money.scale=linear"));
    assert!(!LinkState::default().to_fragment(false).contains("money.scale"));
}

#[test]
fn percent_coding_round_trips() {
    for s in ["plain", "a b", "日本語", "%", "&=?#/", "<script>"] {
        assert_eq!(percent_decode(&percent_encode(s)), s);
    }
}

#[test]
fn every_section_id_is_a_link() {
    // Chapters, appendices and widgets with a section of their own open with no notice, in their chapter.
    for id in chapters().iter().map(|c| c.slug.to_string()).chain(APPENDICES.iter().map(|a| a.to_string())) {
        let (st, notices) = LinkState::from_fragment(&format!("#/ja/{id}"));
        assert!(notices.is_empty(), "{id}: {notices:?}");
        assert_eq!(st.chapter.map(str::to_string), Some(id.clone()));
    }
    let anchors = [
        ("simulator", "orchestration"),
        ("grid-calculator", "physics"),
        ("money-chart", "money"),
        ("simulator-outcome", "orchestration"),
        ("quiz-chart", "who-is-winning"),
    ];
    for (widget, chapter) in anchors {
        for frag in [format!("#/ja/{widget}"), format!("#{widget}"), format!("#/en/{widget}?v=1")] {
            let (st, notices) = LinkState::from_fragment(&frag);
            assert!(notices.is_empty(), "{frag}: {notices:?}");
            assert_eq!((st.chapter, st.anchor), (Some(chapter), Some(widget)), "{frag}");
        }
    }
    let (st, notices) = LinkState::from_fragment("#/ja/orchestration/simulator-exposure");
    assert!(notices.is_empty() && st.anchor == Some("simulator-exposure"), "{notices:?}");
    let (_, notices) = LinkState::from_fragment("#/ja/money/simulator-exposure");
    assert_eq!(notices.len(), 1, "a chart named under another chapter is a notice");
    let (_, notices) = LinkState::from_fragment("#/ja/no-such-section");
    assert_eq!(notices, vec![Notice::UnknownChapter("no-such-section".into())]);
}

#[test]
fn an_inner_chart_falls_back_to_its_widget() {
    assert_eq!(enclosing_widget("quiz-chart"), Some("guess-quiz"));
    assert_eq!(enclosing_widget("simulator-outcome"), Some("simulator"));
    assert_eq!(enclosing_widget("money-chart"), None);
}
