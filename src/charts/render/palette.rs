//! The chart colours per theme (`style/main.css` holds the same palette for the page).

use super::swatch::{swatch_of, Swatch};
use crate::charts::{ColorRole, DataPoint, Theme};
use plotters::prelude::*;

pub(super) struct Palette {
    pub(super) background: RGBColor,
    pub(super) text: RGBColor,
    pub(super) muted_text: RGBColor,
    pub(super) grid: RGBColor,
    pub(super) axis: RGBColor,
    pub(super) highlight: RGBColor,
    pub(super) muted_bar: RGBColor,
    pub(super) secondary: RGBColor,
    pub(super) series: [RGBColor; 4],
}

/// Colours chosen for contrast (text at least 4.5:1, marks at least 3:1 on the
/// background), from a colour-blind-safe set, and told apart by shape as well
/// as hue: filled, open, dashed, tick.
pub(super) fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            background: RGBColor(0xff, 0xff, 0xff),
            text: RGBColor(0x1f, 0x23, 0x28),
            muted_text: RGBColor(0x57, 0x60, 0x6a),
            grid: RGBColor(0xe4, 0xe7, 0xeb),
            axis: RGBColor(0x8c, 0x95, 0x9f),
            highlight: RGBColor(0xc2, 0x41, 0x0c),
            muted_bar: RGBColor(0x6e, 0x77, 0x81),
            secondary: RGBColor(0x0b, 0x5c, 0xad),
            series: [
                RGBColor(0x0b, 0x5c, 0xad),
                RGBColor(0x1a, 0x7f, 0x37),
                RGBColor(0x82, 0x50, 0xdf),
                RGBColor(0x9a, 0x67, 0x00),
            ],
        },
        Theme::Dark => Palette {
            background: RGBColor(0x0f, 0x14, 0x19),
            text: RGBColor(0xe6, 0xed, 0xf3),
            muted_text: RGBColor(0x9d, 0xa7, 0xb3),
            grid: RGBColor(0x2a, 0x31, 0x3a),
            axis: RGBColor(0x59, 0x63, 0x6e),
            highlight: RGBColor(0xfb, 0x92, 0x3c),
            muted_bar: RGBColor(0x9d, 0xa7, 0xb3),
            secondary: RGBColor(0x58, 0xa6, 0xff),
            series: [
                RGBColor(0x58, 0xa6, 0xff),
                RGBColor(0x3f, 0xb9, 0x50),
                RGBColor(0xbc, 0x8c, 0xff),
                RGBColor(0xd2, 0x99, 0x22),
            ],
        },
    }
}

pub(super) fn color_of(role: ColorRole, colors: &Palette) -> RGBColor {
    match role {
        ColorRole::Highlight => colors.highlight,
        ColorRole::Muted => colors.muted_bar,
        ColorRole::Series(n) => {
            colors.series.get(usize::from(n) % colors.series.len()).copied().unwrap_or(colors.highlight)
        }
    }
}

pub(super) fn mark_color(point: &DataPoint, colors: &Palette) -> RGBColor {
    if swatch_of(point) == Swatch::Derived {
        colors.muted_bar
    } else {
        color_of(point.color, colors)
    }
}

#[cfg(test)]
mod tests {
    use super::palette;
    use crate::charts::{build, render_svg, ChartId, ChartSettings, Theme};
    use crate::data::fixture;
    use crate::text::Lang;
    use plotters::style::RGBColor;

    /// The page's colour for `property` in `theme`, from its
    /// `light-dark(#light, #dark)` declaration in the stylesheet.
    fn css_color(property: &str, theme: Theme) -> RGBColor {
        let css = include_str!("../../../style/main.css");
        let declaration = format!("{property}: light-dark(");
        let start =
            css.find(&declaration).unwrap_or_else(|| panic!("{property} is in style/main.css")) + declaration.len();
        let (light, rest) = css[start..].split_once(',').expect("two colours");
        let dark = rest.split_once(')').expect("closing parenthesis").0;
        let hex = match theme {
            Theme::Light => light.trim(),
            Theme::Dark => dark.trim(),
        };
        let channel = |i: usize| u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).expect("a #rrggbb colour");
        RGBColor(channel(0), channel(1), channel(2))
    }

    #[test]
    fn the_charts_share_the_pages_colours_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let chart = palette(theme);
            let pairs = [
                ("--bg", chart.background),
                ("--text", chart.text),
                ("--muted", chart.muted_text),
                ("--accent", chart.highlight),
                ("--link", chart.secondary),
                ("--holds", chart.series[1]),
                ("--imprecise", chart.series[3]),
            ];
            for (property, color) in pairs {
                assert_eq!(color, css_color(property, theme), "{property} in {theme:?}");
            }
        }
    }

    /// `style/main.css`'s colour rules for prerendered charts: (attribute, colour as
    /// the SVG writes it) to the `light-dark(light, dark)` pair the page gives it.
    fn prerendered_colour_rules() -> std::collections::HashMap<(String, String), (String, String)> {
        let css = include_str!("../../../style/main.css");
        css.lines()
            .filter_map(|line| line.strip_prefix(".chart-svg[data-follows-scheme] ["))
            .map(|rule| {
                let (attr, rest) = rule.split_once("=\"").expect("[attr=\"colour\"]");
                let (colour, rest) = rest.split_once("\"]").expect("a quoted colour");
                let pair = rest.split_once("light-dark(").and_then(|(_, p)| p.split_once(')')).expect("light-dark()").0;
                let (light, dark) = pair.split_once(", ").expect("two colours");
                ((attr.to_owned(), colour.to_owned()), (light.to_uppercase(), dark.to_uppercase()))
            })
            .collect()
    }

    /// Without script, or until the app redraws it, a reader with a dark system
    /// sees the prerendered chart, which is drawn light: the page's CSS recolours
    /// each element to exactly what the dark drawing gives it.
    #[test]
    fn prerendered_light_charts_take_the_dark_drawings_colours_from_the_css() {
        let rules = prerendered_colour_rules();
        let dataset = fixture();
        for lang in Lang::ALL {
            let every_model = ChartId::ALL
                .into_iter()
                .flat_map(|id| ChartSettings::variants(id, &dataset).into_iter().map(move |settings| (id, settings)));
            for (id, settings) in every_model {
                let model = build(id, &dataset, &settings, lang);
                let light_svg = render_svg(&model, &model.options(720, Theme::Light));
                let dark_svg = render_svg(&model, &model.options(720, Theme::Dark));
                let parse = |svg| roxmltree::Document::parse(svg).expect("the SVG parses");
                let (light, dark) = (parse(&light_svg), parse(&dark_svg));
                let pairs: Vec<_> = light.descendants().zip(dark.descendants()).collect();
                assert_eq!(
                    light.descendants().count(),
                    dark.descendants().count(),
                    "{id:?} {settings:?}: same elements"
                );
                for (light_node, dark_node) in pairs {
                    for attr in ["fill", "stroke"] {
                        let (Some(from), Some(to)) = (light_node.attribute(attr), dark_node.attribute(attr)) else {
                            continue;
                        };
                        if from == to {
                            continue;
                        }
                        let rule = rules.get(&(attr.to_owned(), from.to_owned()));
                        let expected = (from.to_uppercase(), to.to_uppercase());
                        assert_eq!(
                            rule,
                            Some(&expected),
                            "{id:?} {settings:?}: {attr}=\"{from}\" becomes {to} in the dark"
                        );
                    }
                }
            }
        }
    }
}
