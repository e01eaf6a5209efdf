//! Native render time of every chart to SVG at three widths:
//! `cargo bench --bench render` (part of `make bench`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;
use xiaomi_ev_dashboard::charts::{build, render_svg, ChartId, ChartSettings, Theme};
use xiaomi_ev_dashboard::data::{builtin, parse_dataset, BUILTIN_JSON};
use xiaomi_ev_dashboard::text::Lang;

fn bench_render(c: &mut Criterion) {
    // The built-in dataset is checked by `cargo test`; without it there is nothing to measure.
    let Ok(dataset) = builtin() else { return };
    let mut group = c.benchmark_group("render_svg");
    for id in ChartId::ALL {
        let model = build(id, &dataset, &ChartSettings::default(), Lang::En);
        for width in [375u32, 1280, 2560] {
            let options = model.options(width, Theme::Light);
            group.bench_with_input(BenchmarkId::new(id.id(), width), &options, |b, options| {
                b.iter(|| render_svg(black_box(&model), black_box(options)))
            });
        }
    }
    group.finish();
    c.bench_function("build_all_models", |b| {
        b.iter(|| {
            for id in ChartId::ALL {
                black_box(build(id, &dataset, &ChartSettings::default(), Lang::En));
            }
        })
    });
    c.bench_function("parse_and_validate_dataset", |b| b.iter(|| parse_dataset(black_box(BUILTIN_JSON))));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).warm_up_time(std::time::Duration::from_millis(300)).measurement_time(std::time::Duration::from_secs(1));
    targets = bench_render
}
criterion_main!(benches);
