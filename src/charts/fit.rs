//! How a chart fits the frame it is shown in. A phone's frame (up to
//! [`PHONE_FRAME_MAX`] px) gets one drawing, made at [`PHONE_DRAWING_WIDTH`]
//! with type no smaller than 11 px and scaled up to the frame: its text reads
//! at 11 px or more on every phone from 320 px wide, before and after the app
//! runs, and the app can keep the prerendered drawing instead of drawing the
//! same SVG again. A wider frame gets a drawing at its own width.
//!
//! The prerendered page carries both the phone drawing and a wide one (at
//! [`PRERENDER_WIDE`]); `style/main.css` shows the one that suits the frame
//! (a container query at the same width), so the page reads at any width
//! without script.

use super::{render_svg, ChartModel, Theme};

/// The widest frame that gets the phone drawing: a 430 px phone's embed
/// (414 px) and dashboard frames, with room to spare. `style/main.css`'s
/// container queries use the same width.
pub const PHONE_FRAME_MAX: u32 = 440;

/// The width the phone drawing is made at: the narrowest frame it is shown
/// in, a 320 px phone's (an embed's, and the dashboard's, whose cards run to
/// the page's edge on a phone). Wider phones scale it up.
pub const PHONE_DRAWING_WIDTH: u32 = 304;

/// The height of the phone drawing's plot of columns or a timeline, below
/// its legend (rows of bars take the height their count needs): taller than
/// wide, so that a phone gives the plot the room whatever the legend takes.
pub const PHONE_PLOT_HEIGHT: u32 = 360;

/// The width of the prerendered wide drawing, scaled to the frame until the
/// app redraws it at the frame's own width.
pub const PRERENDER_WIDE: u32 = 720;

/// The width a chart is drawn at in a frame `frame` px wide.
pub fn drawing_width(frame: u32) -> u32 {
    if frame <= PHONE_FRAME_MAX {
        PHONE_DRAWING_WIDTH
    } else {
        frame
    }
}

/// Whether a drawing at `width` is the phone drawing, whose type is larger
/// for its size (`render::size`).
pub fn is_phone_drawing(width: u32) -> bool {
    width <= PHONE_DRAWING_WIDTH
}

/// Which of the prerendered drawings an SVG is, in its `data-drawing`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawing {
    Phone,
    Wide,
}

impl Drawing {
    pub fn id(self) -> &'static str {
        match self {
            Drawing::Phone => "phone",
            Drawing::Wide => "wide",
        }
    }

    fn width(self) -> u32 {
        match self {
            Drawing::Phone => PHONE_DRAWING_WIDTH,
            Drawing::Wide => PRERENDER_WIDE,
        }
    }
}

/// The chart drawn for a frame `frame` px wide, marked with the drawing it
/// is (`data-drawing`) when it is the phone one, so the app can tell that a
/// prerendered phone drawing is already the one it would draw.
pub fn render_for_frame(model: &ChartModel, frame: u32, theme: Theme) -> String {
    let width = drawing_width(frame);
    let svg = render_svg(model, &model.options(width, theme));
    if width == PHONE_DRAWING_WIDTH {
        mark_drawing(svg, Drawing::Phone, false)
    } else {
        svg
    }
}

/// The prerendered page's drawings of a chart, for every frame: the phone
/// drawing, then the wide one. Each is marked with `data-drawing`; the wide
/// one's title and description ids are its own, so that the page's ids stay
/// unique and each drawing names itself. Both are drawn in the light palette
/// and marked `data-follows-scheme`: the page's CSS turns each colour into
/// the dark palette's on a dark page (the build cannot know the reader's).
pub fn render_every_fit(model: &ChartModel) -> String {
    [Drawing::Phone, Drawing::Wide]
        .into_iter()
        .map(|drawing| {
            let svg = render_svg(model, &model.options(drawing.width(), Theme::Light));
            mark_drawing(svg, drawing, drawing == Drawing::Wide).replacen("<svg ", "<svg data-follows-scheme ", 1)
        })
        .collect()
}

/// `svg` with `data-drawing` on its root element; `own_ids` suffixes its
/// `chart-<id>-title`/`-desc` ids (and the references to them) with the
/// drawing's id.
fn mark_drawing(svg: String, drawing: Drawing, own_ids: bool) -> String {
    let svg = if own_ids {
        svg.replace("-title\"", &format!("-title-{}\"", drawing.id()))
            .replace("-desc\"", &format!("-desc-{}\"", drawing.id()))
            .replace("-title chart-", &format!("-title-{} chart-", drawing.id()))
    } else {
        svg
    };
    svg.replacen("<svg ", &format!("<svg data-drawing=\"{}\" ", drawing.id()), 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{build, ChartId, ChartSettings};
    use crate::text::Lang;

    fn model(id: ChartId) -> ChartModel {
        build(id, &crate::data::fixture(), &ChartSettings::default(), Lang::En)
    }

    #[test]
    fn a_phone_frame_gets_the_phone_drawing_and_a_wider_frame_its_own_width() {
        assert_eq!(drawing_width(282), PHONE_DRAWING_WIDTH);
        assert_eq!(drawing_width(PHONE_FRAME_MAX), PHONE_DRAWING_WIDTH);
        assert_eq!(drawing_width(PHONE_FRAME_MAX + 1), PHONE_FRAME_MAX + 1);
        assert_eq!(drawing_width(1086), 1086);
    }

    #[test]
    fn every_fit_holds_the_phone_drawing_then_the_wide_one_with_unique_ids() {
        for id in ChartId::ALL {
            let svgs = render_every_fit(&model(id));
            assert_eq!(svgs.matches("<svg data-follows-scheme ").count(), 2, "{id:?}: both follow the page's scheme");
            let phone = svgs.find("data-drawing=\"phone\"").expect("phone drawing");
            let wide = svgs.find("data-drawing=\"wide\"").expect("wide drawing");
            assert!(phone < wide, "{id:?}: the phone drawing comes first");
            assert!(svgs.contains(&format!("width=\"{PHONE_DRAWING_WIDTH}\"")), "{id:?}");
            assert!(svgs.contains(&format!("width=\"{PRERENDER_WIDE}\"")), "{id:?}");
            for name in ["title", "desc"] {
                let ids = svgs.matches(&format!("id=\"chart-{}-{name}", id.id())).count();
                assert_eq!(ids, 2, "{id:?}: one {name} per drawing");
                assert_eq!(svgs.matches(&format!("id=\"chart-{}-{name}\"", id.id())).count(), 1, "{id:?}");
                assert!(svgs.contains(&format!("id=\"chart-{}-{name}-wide\"", id.id())), "{id:?}");
            }
            assert!(svgs.contains(&format!("aria-labelledby=\"chart-{0}-title-wide chart-{0}-desc-wide\"", id.id())));
        }
    }

    #[test]
    fn the_phone_drawing_gives_columns_and_timelines_the_same_plot_below_any_legend() {
        let dataset = crate::data::fixture();
        for lang in Lang::ALL {
            for id in ChartId::ALL {
                for settings in ChartSettings::variants(id, &dataset) {
                    let model = build(id, &dataset, &settings, lang);
                    let svg = render_for_frame(&model, 360, Theme::Light);
                    let doc = roxmltree::Document::parse(&svg).expect("the SVG parses");
                    let root = doc.root_element();
                    let number = |name: &str| root.attribute(name).and_then(|v| v.parse::<u32>().ok());
                    let (height, plot_top) =
                        (number("height").expect("height"), number("data-plot-top").expect("plot top"));
                    if model.layout != crate::charts::Layout::Rows {
                        assert_eq!(height - plot_top, PHONE_PLOT_HEIGHT, "{id:?} {settings:?} {lang:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_app_draws_a_phone_frame_exactly_as_the_prerendered_phone_drawing() {
        for id in ChartId::ALL {
            let model = model(id);
            let every = render_every_fit(&model).replacen("<svg data-follows-scheme ", "<svg ", 1);
            let phone = render_for_frame(&model, 360, Theme::Light);
            assert!(every.starts_with(&phone), "{id:?}: the app keeps the prerendered phone drawing");
        }
    }
}
