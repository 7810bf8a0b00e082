import CXlsxWriter
import Foundation
import Vapor

/// Writes a ``SpreadsheetTable`` as an `.xlsx` workbook with libxlsxwriter: a bold title
/// row, a header row repeated on every printed page, thin borders, wrapped text, A4 paper.
enum XLSXExport {
    enum Failure: Error {
        case libxlsxwriter(String)
    }

    static func data(_ table: SpreadsheetTable) throws -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-\(UUID().uuidString).xlsx")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let workbook = workbook_new(path) else { throw Failure.libxlsxwriter("workbook_new") }
        let sheet = workbook_add_worksheet(workbook, String(table.sheetName.prefix(31)))
        let titleFormat = format(workbook, bold: true, size: 16, border: false)
        let headerFormat = format(workbook, bold: true, size: 12, border: true)
        let cellFormat = format(workbook, bold: false, size: 11, border: true)
        let headingFormat = format(workbook, bold: true, size: 11, border: true)
        let lastColumn = lxw_col_t(max(table.header.count - 1, 0))
        worksheet_merge_range(sheet, 0, 0, 0, lastColumn, table.title, titleFormat)
        worksheet_set_row(sheet, 0, 30, nil)
        for (column, name) in table.header.enumerated() {
            worksheet_write_string(sheet, 1, lxw_col_t(column), name, headerFormat)
        }
        for (column, width) in table.widths.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
        }
        for (index, row) in table.rows.enumerated() {
            let sheetRow = lxw_row_t(index + 2)
            if table.headingRows.contains(index) {
                worksheet_merge_range(sheet, sheetRow, 0, sheetRow, lastColumn, row.first ?? "", headingFormat)
                continue
            }
            for (column, value) in row.enumerated() {
                worksheet_write_string(sheet, sheetRow, lxw_col_t(column), value, cellFormat)
            }
        }
        worksheet_repeat_rows(sheet, 1, 1)
        worksheet_freeze_panes(sheet, 2, 0)
        worksheet_set_paper(sheet, 9)  // A4
        if table.landscape { worksheet_set_landscape(sheet) }
        worksheet_fit_to_pages(sheet, 1, 0)
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else { throw Failure.libxlsxwriter(String(cString: lxw_strerror(status))) }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The workbook as a download.
    static func response(_ table: SpreadsheetTable) throws -> Response {
        .download(
            .init(data: try data(table)), filename: table.title + ".xlsx", fallback: "export.xlsx",
            contentType: HTTPMediaType(
                type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    }

    private static func format(
        _ workbook: UnsafeMutablePointer<lxw_workbook>, bold: Bool, size: Double,
        border: Bool
    ) -> UnsafeMutablePointer<lxw_format>? {
        let format = workbook_add_format(workbook)
        format_set_font_name(format, "仿宋")
        format_set_font_size(format, size)
        if bold { format_set_bold(format) }
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        format_set_text_wrap(format)
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        return format
    }
}
