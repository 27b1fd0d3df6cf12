//! A component of the back office (the staff issues); until then only its test renders it.
#![allow(dead_code)]
use maud::{html, Markup};

/// One column of a table: its heading, and whether it holds numbers (aligned at the end, so digits line up).
pub struct Column<'a> {
    pub heading: &'a str,
    pub numeric: bool,
}

pub struct Table<'a> {
    /// What the table is, read first by screen readers.
    pub caption: &'a str,
    pub columns: &'a [Column<'a>],
    /// Each row's cells, one a column, in column order. Cells are markup: a link, a tag, a date.
    pub rows: &'a [Vec<Markup>],
    /// Whether each row's first cell names the row (a case reference), and so is its header.
    pub row_headers: bool,
}

/// A table of data (GOV.UK table): a caption, column headers with `scope="col"`, and optionally row headers
/// with `scope="row"`, so a screen reader names the row and column of every cell. On a narrow screen or at
/// 400% zoom the table scrolls inside its own named, focusable region (a data table may, WCAG 1.4.10), so
/// the page never scrolls sideways and a keyboard can scroll it.
pub fn table(t: Table<'_>) -> Markup {
    let numeric = |i: usize| t.columns.get(i).is_some_and(|c| c.numeric).then_some("table-numeric");
    html! {
        div.table-wrap role="region" aria-label=(t.caption) tabindex="0" {
        table.table {
            caption { (t.caption) }
            thead {
                tr {
                    @for (i, column) in t.columns.iter().enumerate() {
                        th scope="col" class=[numeric(i)] { (column.heading) }
                    }
                }
            }
            tbody {
                @for row in t.rows {
                    tr {
                        @for (i, cell) in row.iter().enumerate() {
                            @if i == 0 && t.row_headers {
                                th scope="row" class=[numeric(i)] { (cell) }
                            } @else {
                                td class=[numeric(i)] { (cell) }
                            }
                        }
                    }
                }
            }
        }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_have_scopes_and_numbers_align() {
        let columns = [Column { heading: "Reference", numeric: false }, Column { heading: "Days open", numeric: true }];
        let rows = vec![vec![html! { a href="/staff/cases/HH-1" { "HH-1" } }, html! { "12" }]];
        let html = super::super::render(table(Table {
            caption: "Open cases",
            columns: &columns,
            rows: &rows,
            row_headers: true,
        }));
        assert_eq!(
            html,
            concat!(
                r#"<div class="table-wrap" role="region" aria-label="Open cases" tabindex="0">"#,
                r#"<table class="table"><caption>Open cases</caption>"#,
                r#"<thead><tr><th scope="col">Reference</th><th scope="col" class="table-numeric">Days open</th></tr></thead>"#,
                r#"<tbody><tr><th scope="row"><a href="/staff/cases/HH-1">HH-1</a></th><td class="table-numeric">12</td></tr></tbody>"#,
                r#"</table></div>"#
            )
        );
    }

    #[test]
    fn without_row_headers_every_cell_is_data() {
        let columns = [Column { heading: "Name", numeric: false }];
        let rows = vec![vec![html! { "Ann" }]];
        let html = super::super::render(table(Table {
            caption: "People",
            columns: &columns,
            rows: &rows,
            row_headers: false,
        }));
        assert!(html.contains("<tbody><tr><td>Ann</td></tr></tbody>"));
    }
}
