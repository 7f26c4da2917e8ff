//! PDF documents (printpdf) written top to bottom on A4 pages: lines of text, wrapped
//! paragraphs, labelled rows, bar charts and QR codes. DejaVu Sans is embedded, so every SPEC 10
//! language prints.

use std::sync::LazyLock;

use printpdf::{
    Color, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use crate::error::ApiError;

const FONT_FILE: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

static FONT: LazyLock<Option<ParsedFont>> =
    LazyLock::new(|| ParsedFont::from_bytes(FONT_FILE, 0, &mut Vec::new()));

/// A4, in millimetres.
pub const PAGE_WIDTH: f32 = 210.0;
const PAGE_HEIGHT: f32 = 297.0;
const MARGIN: f32 = 20.0;
const VALUE_COLUMN: f32 = 130.0;
/// Text sizes, in points.
pub const BODY: f32 = 10.0;
pub const HEADING: f32 = 14.0;
pub const TITLE: f32 = 20.0;
/// Bars of a chart, at most this high.
const CHART_HEIGHT: f32 = 45.0;

/// A document titled `title` whose pages `compose` writes.
pub fn write(title: &str, compose: impl FnOnce(&mut Pages)) -> Result<Vec<u8>, ApiError> {
    let font = FONT
        .as_ref()
        .ok_or_else(|| ApiError::internal("the embedded PDF font does not parse"))?;
    let mut document = PdfDocument::new(title);
    let font_id = document.add_font(font);
    let mut pages = Pages::new(font, PdfFontHandle::External(font_id));
    compose(&mut pages);
    let pages = pages.finish();
    Ok(document
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut Vec::new()))
}

/// One bar of a chart: its label, its value and the value as the language writes it.
pub struct Bar {
    pub name: String,
    pub value: i64,
    pub shown: String,
}

/// Pages being written top to bottom; a line that does not fit starts a new page.
pub struct Pages<'a> {
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

    pub fn gap(&mut self) {
        self.y -= BODY * 0.4;
    }

    pub fn text(&mut self, text: &str, size: f32) {
        let height = line_height(size);
        self.reserve(height);
        self.y -= height;
        self.put(text, MARGIN, size);
    }

    /// A label and its value in a second column.
    pub fn row(&mut self, name: &str, value: &str) {
        let height = line_height(BODY);
        self.reserve(height);
        self.y -= height;
        self.put(name, MARGIN, BODY);
        self.put(value, VALUE_COLUMN, BODY);
    }

    /// Text wrapped at the margins.
    pub fn paragraph(&mut self, text: &str) {
        for line in self.wrapped(text, PAGE_WIDTH - 2.0 * MARGIN, BODY) {
            self.text(&line, BODY);
        }
    }

    /// Text wrapped at the margins, each line centred, at `size` points.
    pub fn centred(&mut self, text: &str, size: f32) {
        for line in self.wrapped(text, PAGE_WIDTH - 2.0 * MARGIN, size) {
            let height = line_height(size);
            self.reserve(height);
            self.y -= height;
            let left = (PAGE_WIDTH - self.width(&line, size)) / 2.0;
            self.put(&line, left, size);
        }
    }

    /// A square of dark and light modules (a QR code, row by row) `side` millimetres wide,
    /// centred; a dark run in a row is one rectangle.
    pub fn modules(&mut self, dark: &[bool], per_row: usize, side: f32) {
        self.reserve(side);
        let module = side / per_row.max(1) as f32;
        let left = (PAGE_WIDTH - side) / 2.0;
        self.ops.push(fill(0.0, 0.0, 0.0));
        for (row, cells) in dark.chunks(per_row.max(1)).enumerate() {
            let top = self.y - module * row as f32;
            let mut column = 0;
            while column < cells.len() {
                let run = cells[column..].iter().take_while(|dark| **dark).count();
                if run > 0 {
                    let x = left + module * column as f32;
                    self.ops
                        .push(rectangle(x, top - module, x + module * run as f32, top));
                }
                column += run.max(1);
            }
        }
        self.y -= side;
    }

    /// One bar per (label, value), scaled to the largest value.
    pub fn bars(&mut self, bars: &[Bar]) {
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
