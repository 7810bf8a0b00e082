import Foundation
import Vapor

/// A table to hand out as a spreadsheet: a title, a header row, body rows, and rows that
/// are headings spanning the whole width (the areas of a responsibility plan).
struct SpreadsheetTable: Sendable {
    var title: String
    var sheetName: String
    var header: [String]
    var rows: [[String]]
    /// Indexes into `rows` of heading rows: their first cell spans every column.
    var headingRows: Set<Int> = []
    /// Column widths in characters.
    var widths: [Double] = []
    /// Wide tables print landscape.
    var landscape = false

    /// The same table as CSV (no title row, so it imports back as it was exported).
    var csv: CSVExport {
        CSVExport(filename: title + ".csv", header: header, rows: rows)
    }

    /// The table as a download in `format`.
    func response(_ format: Path.SpreadsheetFormat) throws -> Response {
        switch format {
        case .csv: csv.response()
        case .xlsx: try XLSXExport.response(self)
        }
    }
}
