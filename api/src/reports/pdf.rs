//! The annual report as a PDF (printpdf): the title, the year's figures, visits per month as
//! bars, the aims and the written analysis. DejaVu Sans is embedded, so every SPEC 10
//! language prints; the labels come from the web app's catalogue, so they are translated in
//! one place.

use std::sync::LazyLock;

use logbook_shared::report_columns;
use logbook_shared::reports::{AnnualReport, Report, month_of};
use printpdf::{
    Color, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use super::table::{self, Cell};
use crate::error::ApiError;
use crate::texts::Texts;

const FONT_FILE: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

static FONT: LazyLock<Option<ParsedFont>> =
    LazyLock::new(|| ParsedFont::from_bytes(FONT_FILE, 0, &mut Vec::new()));

/// A4, in millimetres.
const PAGE_WIDTH: f32 = 210.0;
const PAGE_HEIGHT: f32 = 297.0;
const MARGIN: f32 = 20.0;
const VALUE_COLUMN: f32 = 130.0;
const BODY: f32 = 10.0;
const HEADING: f32 = 14.0;
const TITLE: f32 = 20.0;
/// Bars of the visits chart, at most this high.
const CHART_HEIGHT: f32 = 45.0;

/// The annual report of `organisation` with its labels in `texts`' language.
pub fn annual_report(
    organisation: &str,
    annual: &AnnualReport,
    texts: &Texts,
) -> Result<Vec<u8>, ApiError> {
    let font = FONT
        .as_ref()
        .ok_or_else(|| ApiError::internal("the embedded PDF font does not parse"))?;
    let mut document = PdfDocument::new(&title(texts, annual.year));
    let font_id = document.add_font(font);
    let mut pages = Pages::new(font, PdfFontHandle::External(font_id));
    pages.text(organisation, BODY);
    pages.text(&title(texts, annual.year), TITLE);
    pages.gap();
    pages.text(&texts.label("report.figures"), HEADING);
    for (name, value) in figure_rows(texts, &annual.report) {
        pages.row(&name, &value);
    }
    pages.gap();
    pages.text(&texts.label("annual.visits_per_month"), HEADING);
    pages.bars(&month_bars(texts, &annual.report));
    pages.gap();
    pages.text(&texts.label("annual.aims"), HEADING);
    if annual.aims.is_empty() {
        pages.paragraph(&texts.label("annual.no_aims"));
    }
    for aim in &annual.aims {
        pages.paragraph(&format!(
            "• {} ({} – {})",
            aim.title,
            texts.formats.date(aim.period_from),
            texts.formats.date(aim.period_to)
        ));
    }
    pages.gap();
    pages.text(&texts.label("annual.analysis"), HEADING);
    for paragraph in annual.analysis.split('\n') {
        pages.paragraph(paragraph);
    }
    let pages = pages.finish();
    Ok(document
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new()))
}

fn title(texts: &Texts, year: i32) -> String {
    texts.text("annual.title", &[("year", &year.to_string())])
}

/// Each figure of the year with its label, as the exports head them.
fn figure_rows(texts: &Texts, report: &Report) -> Vec<(String, String)> {
    let table = table::of(report);
    let columns = table.header.iter().zip(&table.rows[0]).skip(2);
    columns
        .map(|(column, cell)| {
            let shown = match cell {
                Cell::Count(count) => texts.formats.count(*count),
                Cell::Measure(Some(value)) if report_columns::is_percent(column) => {
                    texts.percent(*value)
                }
                Cell::Measure(Some(value)) => texts.formats.decimal(*value, 1),
                Cell::Measure(None) | Cell::Text(_) | Cell::Suppressed => "–".to_owned(),
            };
            (texts.column(column), shown)
        })
        .collect()
}

/// A bar per month: its short name, its visits and how the language writes them.
fn month_bars(texts: &Texts, report: &Report) -> Vec<Bar> {
    report
        .groups
        .iter()
        .map(|group| Bar {
            name: month_of(&group.key)
                .map_or_else(|| group.key.clone(), |day| texts.formats.month_name(day)),
            value: group.figures.visits,
            shown: texts.formats.count(group.figures.visits),
        })
        .collect()
}

struct Bar {
    name: String,
    value: i64,
    shown: String,
}

/// Pages being written top to bottom; a line that does not fit starts a new page.
struct Pages<'a> {
    font: &'a ParsedFont,
    handle: PdfFontHandle,
    done: Vec<PdfPage>,
    ops: Vec<Op>,
    /// Millimetres from the page's bottom to the next line's top.
    y: f32,
}

impl<'a> Pages<'a> {
    fn new(font: &'a ParsedFont, handle: PdfFontHandle) -> Pages<'a> {
        Pages {
            font,
            handle,
            done: Vec::new(),
            ops: Vec::new(),
            y: PAGE_HEIGHT - MARGIN,
        }
    }

    fn finish(mut self) -> Vec<PdfPage> {
        self.new_page();
        self.done
    }

    fn new_page(&mut self) {
        let ops = std::mem::take(&mut self.ops);
        self.done
            .push(PdfPage::new(Mm(PAGE_WIDTH), Mm(PAGE_HEIGHT), ops));
        self.y = PAGE_HEIGHT - MARGIN;
    }

    /// Room for `height` millimetres more on this page, or a new page.
    fn reserve(&mut self, height: f32) {
        if self.y - height < MARGIN {
            self.new_page();
        }
    }

    fn gap(&mut self) {
        self.y -= BODY * 0.4;
    }

    fn text(&mut self, text: &str, size: f32) {
        let height = line_height(size);
        self.reserve(height);
        self.y -= height;
        self.put(text, MARGIN, size);
    }

    /// A label and its value in a second column.
    fn row(&mut self, name: &str, value: &str) {
        let height = line_height(BODY);
        self.reserve(height);
        self.y -= height;
        self.put(name, MARGIN, BODY);
        self.put(value, VALUE_COLUMN, BODY);
    }

    /// Text wrapped at the margins.
    fn paragraph(&mut self, text: &str) {
        for line in self.wrapped(text, PAGE_WIDTH - 2.0 * MARGIN, BODY) {
            self.text(&line, BODY);
        }
    }

    /// One bar per (label, value), scaled to the largest value.
    fn bars(&mut self, bars: &[Bar]) {
        let height = CHART_HEIGHT + line_height(BODY) * 2.0;
        self.reserve(height);
        let largest = bars.iter().map(|bar| bar.value).max().unwrap_or(0).max(1);
        let slot = (PAGE_WIDTH - 2.0 * MARGIN) / bars.len().max(1) as f32;
        let base = self.y - CHART_HEIGHT - line_height(BODY);
        self.ops.push(fill(0.16, 0.38, 0.62));
        let mut labels = Vec::new();
        for (index, bar) in bars.iter().enumerate() {
            let left = MARGIN + slot * index as f32 + slot * 0.15;
            let top = base + CHART_HEIGHT * (bar.value as f32 / largest as f32);
            self.ops.push(rectangle(left, base, left + slot * 0.7, top));
            labels.push((bar.shown.clone(), left, top + 1.0));
            labels.push((bar.name.clone(), left, base - line_height(BODY) * 0.8));
        }
        self.ops.push(fill(0.0, 0.0, 0.0));
        for (text, x, y) in labels {
            self.put_small(&text, x, y);
        }
        self.y -= height;
    }

    fn put_small(&mut self, text: &str, x: f32, y: f32) {
        let ops = text_ops(&self.handle, text, x, y, BODY * 0.7);
        self.ops.extend(ops);
    }

    /// Text whose baseline sits just above `self.y`.
    fn put(&mut self, text: &str, x: f32, size: f32) {
        let baseline = self.y + line_height(size) * 0.25;
        let ops = text_ops(&self.handle, text, x, baseline, size);
        self.ops.extend(ops);
    }

    /// Lines of at most `width` millimetres, broken between words.
    fn wrapped(&self, text: &str, width: f32, size: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if !line.is_empty() && self.width(&candidate, size) > width {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            } else {
                line = candidate;
            }
        }
        lines.push(line);
        lines
    }

    /// The text's width in millimetres, from the font's glyph advances.
    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = self.font.codepoint_to_glyph.get(&(c as u32)).copied();
                glyph
                    .and_then(|glyph| self.font.glyph_widths.get(&glyph).copied())
                    .map_or(u32::from(self.font.units_per_em) / 2, u32::from)
            })
            .sum();
        let points = units as f32 / f32::from(self.font.units_per_em.max(1)) * size;
        points * 25.4 / 72.0
    }
}

fn line_height(size: f32) -> f32 {
    size * 1.45 * 25.4 / 72.0
}

fn text_ops(handle: &PdfFontHandle, text: &str, x: f32, y: f32, size: f32) -> Vec<Op> {
    vec![
        Op::StartTextSection,
        Op::SetTextCursor {
            pos: Point::new(Mm(x), Mm(y)),
        },
        Op::SetFont {
            font: handle.clone(),
            size: Pt(size),
        },
        Op::ShowText {
            items: vec![TextItem::Text(text.to_owned())],
        },
        Op::EndTextSection,
    ]
}

fn fill(r: f32, g: f32, b: f32) -> Op {
    Op::SetFillColor {
        col: Color::Rgb(Rgb {
            r,
            g,
            b,
            icc_profile: None,
        }),
    }
}

fn rectangle(left: f32, bottom: f32, right: f32, top: f32) -> Op {
    let corner = |x: f32, y: f32| LinePoint {
        p: Point::new(Mm(x), Mm(y)),
        bezier: false,
    };
    Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing {
                points: vec![
                    corner(left, bottom),
                    corner(right, bottom),
                    corner(right, top),
                    corner(left, top),
                ],
            }],
            mode: PaintMode::Fill,
            winding_order: WindingOrder::NonZero,
        },
    }
}
