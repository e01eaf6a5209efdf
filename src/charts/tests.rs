use super::test_svg::*;
use super::*;
use crate::data::{fixture, test_datasets};

#[test]
fn every_chart_renders_in_both_themes_and_languages_at_three_widths() {
    for (name, dataset) in test_datasets::for_invariants() {
        for lang in Lang::ALL {
            for (id, settings, model) in every_model(&dataset, lang) {
                assert!(!model.is_empty(), "{name}: {id:?} {settings:?} has no data");
                for theme in [Theme::Light, Theme::Dark] {
                    for width in [fit::PHONE_DRAWING_WIDTH, 320, 800, 2560] {
                        let svg = render_svg(&model, &model.options(width, theme));
                        let doc = parse(&svg);
                        let root = doc.root_element();
                        // The drawing is one image named by the title and the takeaway;
                        // the tooltips beside it are hidden from assistive technology.
                        let image = root.children().find(|n| n.attribute("role") == Some("img")).expect("an image");
                        let id = model.id.id();
                        let named_by = format!("chart-{id}-title chart-{id}-desc");
                        assert_eq!(image.attribute("aria-labelledby"), Some(named_by.as_str()));
                        let hits =
                            root.children().find(|n| n.attribute("class") == Some("hits")).expect("the tooltips");
                        assert_eq!(hits.attribute("aria-hidden"), Some("true"));
                        assert!(!image.descendants().any(|n| n.has_tag_name("a")), "no link inside the image");
                        let title = doc.descendants().find(|n| n.has_tag_name("title")).and_then(|n| n.text());
                        assert_eq!(title, Some(model.title.as_str()));
                        let desc = doc.descendants().find(|n| n.has_tag_name("desc")).and_then(|n| n.text());
                        assert_eq!(desc, Some(model.takeaway.as_str()));
                        let labels = texts(&doc);
                        for axis in [&model.x_label, &model.y_label].into_iter().filter(|a| !a.is_empty()) {
                            assert!(labels.contains(axis), "{name}: {id:?}: no axis label {axis:?} at {width}px");
                        }
                        assert!(!model.x_label.is_empty() || !model.y_label.is_empty(), "{id:?} has no axis label");
                    }
                }
            }
        }
    }
}

#[test]
fn standalone_svg_carries_title_and_source_line() {
    let dataset = fixture();
    let model = build(ChartId::Deliveries, &dataset, &ChartSettings::default(), Lang::En);
    let options = ChartOptions { width: 800, height: 560, theme: Theme::Light, standalone: true };
    let svg = render_svg(&model, &options);
    let joined = texts(&parse(&svg)).join(" ");
    assert!(joined.contains(&model.title));
    assert!(joined.contains("Source:") && joined.contains("Data as of 1 Feb 2026"), "{joined}");
}

#[test]
fn quarterly_chart_draws_the_reported_quarters_and_derives_q4_2025() {
    let dataset = fixture();
    let model = build(ChartId::Deliveries, &dataset, &ChartSettings::default(), Lang::En);
    let reported: Vec<f64> = model.points.iter().filter(|p| p.derivation.is_none()).map(|p| p.value).collect();
    assert_eq!(reported, [27_307.0, 39_790.0, 69_697.0, 75_869.0, 81_302.0, 108_796.0]);
    let q4 = model.points.iter().find(|p| p.period == Period::Quarter(2025, 4)).unwrap();
    assert_eq!(q4.value, 410_000.0 - 265_967.0);
    assert_eq!(q4.qualifier, Qualifier::AtLeast);
    assert!(q4.derivation.as_deref().unwrap().contains("minus Q1-Q3"));
    assert_eq!(model.reference_lines[0].value, 137_500.0);
    assert!(model.takeaway.contains("27,307") && model.takeaway.contains("108,796"), "{}", model.takeaway);
}

#[test]
fn yearly_chart_shows_the_target_as_a_target() {
    let dataset = fixture();
    let model = build(
        ChartId::Deliveries,
        &dataset,
        &ChartSettings { deliveries: DeliveriesBy::Year, ..Default::default() },
        Lang::En,
    );
    let target = model.points.iter().find(|p| p.period == Period::Year(2026)).unwrap();
    assert_eq!((target.value, target.kind), (550_000.0, Kind::Target));
    assert!(model.takeaway.contains("+34.1%"), "{}", model.takeaway);
    assert!(model.notes.iter().any(|n| n.starts_with("+ = at least")));
}

#[test]
fn every_drawn_value_names_sources_that_exist() {
    for (name, dataset) in test_datasets::for_invariants() {
        for lang in Lang::ALL {
            for (id, settings, model) in every_model(&dataset, lang) {
                for point in &model.points {
                    assert!(!point.sources.is_empty(), "{name}: {id:?} {settings:?}: {point:?} has no source");
                    for source in &point.sources {
                        assert!(
                            model.sources.iter().any(|s| &s.id == source),
                            "{name}: {id:?} {settings:?}: {source} missing from the source line"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn an_empty_or_one_point_dataset_renders_a_no_data_state() {
    let mut dataset = fixture();
    dataset.series.clear();
    let model = build(ChartId::Deliveries, &dataset, &ChartSettings::default(), Lang::En);
    assert!(model.is_empty());
    let svg = render_svg(&model, &model.options(400, Theme::Dark));
    assert!(texts(&parse(&svg)).join(" ").contains("No delivery figures"));

    let mut dataset = fixture();
    dataset.series.retain(|s| s.id == "xiaomi-deliveries-quarter");
    dataset.series[0].values.truncate(1);
    let model = build(ChartId::Deliveries, &dataset, &ChartSettings::default(), Lang::En);
    parse(&render_svg(&model, &model.options(400, Theme::Light)));
}

#[test]
fn chinese_labels_render_and_text_is_escaped() {
    let mut dataset = fixture();
    let model = build(ChartId::Deliveries, &dataset, &ChartSettings::default(), Lang::ZhCn);
    let svg = render_svg(&model, &model.options(375, Theme::Light));
    assert!(texts(&parse(&svg)).iter().any(|t| t.contains("交付量")));

    dataset.sources[0].publisher = crate::data::Text::Plain("<img src=x onerror=alert(1)>".into());
    let mut model = build(
        ChartId::Deliveries,
        &dataset,
        &ChartSettings { deliveries: DeliveriesBy::Month, ..Default::default() },
        Lang::En,
    );
    model.title = "\"><script>alert(1)</script>".into();
    let svg = render_svg(&model, &ChartOptions { standalone: true, ..model.options(800, Theme::Light) });
    let doc = parse(&svg);
    assert!(!doc.descendants().any(|n| n.has_tag_name("script") || n.has_tag_name("img")));
    assert!(texts(&doc).join(" ").contains("<img src=x onerror=alert(1)>"));
}

#[test]
fn wrapping_respects_the_width_for_latin_and_cjk() {
    use super::render::{text_width, wrap};
    for text in [
        "Quarterly deliveries rose from 27,307 in Q2 2024 to 108,796 in Q3 2025",
        "季度交付量从2024年第2季度的27,307辆增至2025年第3季度的108,796辆",
    ] {
        for line in wrap(text, 14.0, 200.0) {
            assert!(text_width(&line, 14.0) <= 200.0 + 14.0 * 4.0, "{line}");
        }
    }
}

#[test]
fn every_chart_renders_a_no_data_state_from_an_empty_dataset() {
    let mut dataset = fixture();
    dataset.series.clear();
    dataset.milestones.clear();
    for id in ChartId::ALL {
        for settings in ChartSettings::variants(id, &dataset) {
            for lang in Lang::ALL {
                let model = build(id, &dataset, &settings, lang);
                assert!(model.is_empty(), "{id:?} drew points from no data");
                assert!(!model.takeaway.is_empty(), "{id:?} says nothing when empty");
                let svg = render_svg(&model, &model.options(360, Theme::Light));
                assert!(texts(&parse(&svg)).join(" ").contains(&model.takeaway), "{id:?}: {svg}");
            }
        }
    }
}

#[test]
fn the_us_decline_is_drawn_below_zero_and_named_in_the_takeaway() {
    let dataset = fixture();
    let model = build(ChartId::Regions, &dataset, &ChartSettings::default(), Lang::En);
    let us = model.points.iter().find(|p| p.series_id == "ev-sales-us" && !p.secondary).unwrap();
    assert!((us.value - (-26.67)).abs() < 0.01, "{}", us.value);
    assert!(model.takeaway.contains("fall 26.7% in United States"), "{}", model.takeaway);
    assert!(model.notes.iter().any(|n| n.contains("United States: the forecaster states -29.0%")), "{:?}", model.notes);
    assert!(model.points.iter().any(|p| p.secondary && p.series_id == "ev-sales-us-bnef-change" && p.value == -15.0));
}

#[test]
fn competitors_mark_what_each_count_includes_and_highlight_xiaomi() {
    let dataset = fixture();
    let model = build(ChartId::Competitors, &dataset, &ChartSettings::default(), Lang::En);
    assert!(
        model.categories.contains(&"BYD (BEV+PHEV)".to_owned()) && model.categories.contains(&"BYD (BEV)".to_owned())
    );
    let xiaomi = model.points.iter().find(|p| p.series_id == "xiaomi-deliveries-year").unwrap();
    assert_eq!(xiaomi.color, ColorRole::Highlight);
    assert!(model
        .points
        .iter()
        .filter(|p| p.series_id != "xiaomi-deliveries-year" && !p.secondary)
        .all(|p| p.color == ColorRole::Muted));
    assert!(model.takeaway.starts_with("In 2025 Xiaomi delivered 410,000+"), "{}", model.takeaway);
}

#[test]
fn absurd_values_render_within_bounds() {
    let mut dataset = fixture();
    for series in &mut dataset.series {
        for value in &mut series.values {
            value.value = 1e300;
        }
    }
    for id in ChartId::ALL {
        let model = build(id, &dataset, &ChartSettings::default(), Lang::En);
        let svg = render_svg(&model, &model.options(800, Theme::Light));
        parse(&svg);
        // Lines far off the canvas were once drawn dash by dash: millions of elements.
        assert!(svg.len() < 1_000_000, "{id:?}: {} bytes of SVG", svg.len());
    }
}

#[test]
fn a_value_near_the_largest_float_still_renders() {
    // A property test hung here: Q1 2025 at 1e308 makes the derived Q4 about
    // -1e308, and an axis from -1.2e308 to 1.2e308 has an infinite span.
    let mut dataset = fixture();
    let quarters = dataset.series.iter_mut().find(|s| s.id == "xiaomi-deliveries-quarter").unwrap();
    quarters.values.iter_mut().find(|v| v.period == Period::Quarter(2025, 1)).unwrap().value = 1e308;
    for id in ChartId::ALL {
        let model = build(id, &dataset, &ChartSettings::default(), Lang::En);
        parse(&render_svg(&model, &model.options(400, Theme::Light)));
    }
}

#[test]
fn no_label_runs_past_the_edge_of_the_chart() {
    for (name, dataset) in test_datasets::for_invariants() {
        for lang in Lang::ALL {
            for (id, settings, model) in every_model(&dataset, lang) {
                for width in [fit::PHONE_DRAWING_WIDTH, 320, 560, 760, 1280] {
                    let svg = render_svg(&model, &model.options(width, Theme::Light));
                    for label in text_boxes(&svg) {
                        assert!(
                            label.from >= -1.0 && label.to <= f64::from(width) + 1.0,
                            "{name}: {id:?} {settings:?} {lang:?} at {width}px: {:?} spans {:.0}..{:.0}",
                            label.text,
                            label.from,
                            label.to
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_narrow_chart_with_few_categories_names_every_one() {
    let dataset = fixture();
    let model = build(ChartId::Regions, &dataset, &ChartSettings::default(), Lang::En);
    assert!(model.categories.len() <= 6, "{:?}", model.categories);
    // Every width the app draws at on a phone or a narrow window (charts::fit).
    for width in [fit::PHONE_DRAWING_WIDTH, fit::PHONE_FRAME_MAX + 1, 480] {
        let svg = render_svg(&model, &model.options(width, Theme::Light));
        let labels = texts(&parse(&svg)).join(" ");
        for category in &model.categories {
            for word in category.split_whitespace() {
                assert!(labels.contains(word), "{word:?} of {category:?} missing at {width}px");
            }
        }
    }
}

#[test]
fn a_long_legend_entry_wraps_instead_of_losing_its_end() {
    let dataset = fixture();
    let model = build(ChartId::Regions, &dataset, &ChartSettings::default(), Lang::En);
    let svg = render_svg(&model, &model.options(280, Theme::Light));
    let labels = texts(&parse(&svg));
    let forecast = labels.iter().position(|l| l.starts_with("2026 forecast:")).expect("the forecast's legend entry");
    assert!(!labels[forecast].ends_with('…'), "{:?}", labels[forecast]);
    assert!(labels[forecast + 1].contains("Intelligence") || labels[forecast].contains("Intelligence"), "{labels:?}");
}

#[test]
fn the_timeline_labels_its_dates_and_its_events_do_not_overlap_at_any_width() {
    for (name, dataset) in test_datasets::for_invariants() {
        for lang in Lang::ALL {
            let model = build(ChartId::Cumulative, &dataset, &ChartSettings::default(), lang);
            for width in [fit::PHONE_DRAWING_WIDTH, 320, 375, 560, 760, 1280] {
                let svg = render_svg(&model, &model.options(width, Theme::Light));
                let labels = text_boxes(&svg);
                let dates = labels
                    .iter()
                    .filter(|b| b.size == 12.0 && (b.text.contains("'2") || b.text.contains("年")))
                    .count();
                assert!(dates >= 2, "{name}: {lang:?} at {width}px: {dates} date labels");
                let events = sized(labels, 11.0);
                assert!(events.len() >= 2, "{name}: {lang:?} at {width}px: {} event labels", events.len());
                for (i, a) in events.iter().enumerate() {
                    for b in &events[i + 1..] {
                        let overlap = a.y == b.y && a.from < b.to && b.from < a.to;
                        assert!(!overlap, "{name}: {lang:?} at {width}px: {:?} overlaps {:?}", a.text, b.text);
                    }
                }
            }
        }
    }
}

#[test]
fn value_labels_on_columns_never_overlap() {
    for (name, dataset) in test_datasets::for_invariants() {
        for (id, settings, model) in every_model(&dataset, Lang::En) {
            if model.layout != Layout::Columns {
                continue;
            }
            for width in [fit::PHONE_DRAWING_WIDTH, 320, 375, 560, 800, 1280] {
                let svg = render_svg(&model, &model.options(width, Theme::Light));
                let labels = sized(text_boxes(&svg), 11.0);
                for (i, a) in labels.iter().enumerate() {
                    for b in &labels[i + 1..] {
                        let overlap = (a.y - b.y).abs() < 11.0 && a.from < b.to && b.from < a.to;
                        assert!(
                            !overlap,
                            "{name}: {id:?} {settings:?} at {width}px: {:?} overlaps {:?}",
                            a.text, b.text
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn rotated_axis_titles_keep_their_glyphs_on_the_canvas() {
    for (name, dataset) in test_datasets::for_invariants() {
        for lang in Lang::ALL {
            for id in ChartId::ALL {
                let model = build(id, &dataset, &ChartSettings::default(), lang);
                let svg = render_svg(&model, &model.options(340, Theme::Light));
                let doc = parse(&svg);
                for node in doc.descendants().filter(|n| n.has_tag_name("text") && n.has_attribute("transform")) {
                    let x: f64 = node.attribute("x").and_then(|x| x.parse().ok()).unwrap_or(0.0);
                    // A CJK glyph's ascent reaches about 0.9em above the baseline, 0.76em is added by `dy`.
                    assert!(x >= 2.0, "{name}: {id:?} {lang:?}: axis title {:?} at x={x}", node.text());
                }
            }
        }
    }
}

#[test]
fn the_target_tracker_sets_each_reported_month_against_the_pace_and_names_the_gap() {
    // The fixture's last monthly figure is January 2026 (over 39,000).
    let model = build(ChartId::Target, &fixture(), &ChartSettings::default(), Lang::En);
    let month = |m: u8| model.points.iter().find(|p| p.period == Period::Month(2026, m) && !p.secondary).unwrap();
    assert_eq!((month(1).kind, month(1).value, month(1).qualifier), (Kind::Actual, 39_000.0, Qualifier::AtLeast));
    // From February on, the pace still needed, drawn as a target with its derivation.
    for m in 2..=12 {
        assert_eq!(month(m).kind, Kind::Target, "month {m}");
        assert!((month(m).value - 511_000.0 / 11.0).abs() < 1e-6);
        assert!(month(m).derivation.as_deref().unwrap().contains("from Feb 2026"));
    }
    assert_eq!(model.reference_lines[0].value, 550_000.0 / 12.0);
    assert!(model.notes[0].starts_with("No monthly figure published after Jan 2026"), "{:?}", model.notes);
    // The eleven months share one derivation, named by their ends rather than one by one.
    assert!(model.notes.iter().any(|n| n.starts_with("Feb '26 – Dec '26: from Feb 2026")), "{:?}", model.notes);
    // The year to date against the straight line to the target.
    let to_date = model.points.iter().find(|p| p.series_label.ends_with("total")).unwrap();
    let line = model.points.iter().find(|p| p.secondary).unwrap();
    assert_eq!((to_date.value, to_date.category), (39_000.0, line.category));
    assert!((line.value - 550_000.0 / 12.0).abs() < 1e-6);
    assert!(model.takeaway.contains("45,833 on a straight line"), "{}", model.takeaway);
}

#[test]
fn competitors_so_far_compares_the_same_months_and_marks_other_periods() {
    let mut dataset = fixture();
    let settings = ChartSettings { competitors: CompetitorsYear::SoFar(2026), ..Default::default() };
    let model = build(ChartId::Competitors, &dataset, &settings, Lang::En);
    // Xiaomi (over 39,000) and Li Auto (27,668) both published January.
    assert_eq!(model.categories, ["Xiaomi (BEV)", "Li Auto (EREV+BEV)"]);
    assert!(model.takeaway.contains("1st of the 2 makers"), "{}", model.takeaway);
    // A maker whose figure covers other months is kept apart and marked.
    let li = dataset.series.iter_mut().find(|s| s.id == "li-auto-deliveries-month").unwrap();
    li.values[0].period = Period::Month(2026, 2);
    let model = build(ChartId::Competitors, &dataset, &settings, Lang::En);
    assert!(
        model.categories.iter().any(|c| c == "Li Auto (EREV+BEV), Feb 2026: other months"),
        "{:?}",
        model.categories
    );
    assert!(
        model.takeaway.contains("no other maker in this dataset published figures for the same months"),
        "{}",
        model.takeaway
    );

    let targets = ChartSettings { competitors: CompetitorsYear::Targets(2026), ..Default::default() };
    let model = build(ChartId::Competitors, &fixture(), &targets, Lang::En);
    assert_eq!(model.categories, ["Leapmotor", "Xiaomi"]);
    assert!(model.points.iter().all(|p| p.kind == Kind::Target));
}

#[test]
fn a_conflicting_value_and_a_status_reach_the_csv() {
    let mut dataset = fixture();
    let yearly = dataset.series.iter_mut().find(|s| s.id == "xiaomi-deliveries-year").unwrap();
    let value = yearly.values.iter_mut().find(|v| v.period == Period::Year(2025)).unwrap();
    value.status = Some(crate::data::FigureStatus::SingleSource);
    value.conflicts = vec![crate::data::ConflictingValue {
        value: 411_800.0,
        qualifier: Qualifier::About,
        sources: vec!["seed-004".into()],
        note: None,
    }];
    let settings = ChartSettings { deliveries: DeliveriesBy::Year, ..Default::default() };
    let model = build(ChartId::Deliveries, &dataset, &settings, Lang::En);
    let csv = export::csv(&model);
    let row = csv.lines().find(|r| r.contains(",2025,410000,")).unwrap();
    assert!(row.contains(",conflicting,"), "{row}");
    assert!(row.contains("Also published: about 411,800 (China Daily)"), "{row}");
    assert!(model.sources.iter().any(|s| s.id == "seed-004"), "a conflicting value's source is on the source line");
}

#[test]
fn every_cumulative_line_drawn_runs_in_date_order_never_falls_and_meets_its_milestones() {
    for (name, dataset) in test_datasets::for_invariants() {
        for lang in Lang::ALL {
            let model = build(ChartId::Cumulative, &dataset, &ChartSettings::default(), lang);
            let mut series_ids: Vec<&str> = model.points.iter().map(|p| p.series_id.as_str()).collect();
            series_ids.dedup();
            assert!(!series_ids.is_empty(), "{name}: a cumulative line");
            for series in series_ids {
                let line: Vec<&DataPoint> = model.points.iter().filter(|p| p.series_id == series).collect();
                for pair in line.windows(2) {
                    let (a, b) = (pair[0], pair[1]);
                    assert!(
                        a.period.last_day() <= b.period.last_day(),
                        "{name} {series}: {:?} drawn after {:?}",
                        a.period,
                        b.period
                    );
                    assert!(a.value <= b.value, "{name} {series}: falls from {:?} to {:?}", a.period, b.period);
                }
            }
            let actual: Vec<&DataPoint> = model.points.iter().filter(|p| p.group == 0).collect();
            let horizon = actual.last().map(|p| p.period.last_day());
            for annotation in model.annotations.iter().filter(|a| Some(a.date) <= horizon) {
                let Some(count) = annotation.value else { continue };
                let reached = actual
                    .iter()
                    .filter(|p| {
                        p.period.last_day() <= annotation.date
                            || p.period.first_day() <= annotation.date && p.value >= count
                    })
                    .map(|p| p.value)
                    .fold(f64::NEG_INFINITY, f64::max);
                assert!(reached >= count, "{name}: the line is below {:?} ({count}) on its day", annotation.label);
            }
        }
    }
}
