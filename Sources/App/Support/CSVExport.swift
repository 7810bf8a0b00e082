import Domain
import Vapor

/// A table exported as CSV that opens right in Excel and WPS: UTF-8 with a byte-order
/// mark, CRLF line ends, every field quoted. Cells that a spreadsheet would run as a
/// formula (starting with = + - @) get a leading apostrophe.
struct CSVExport {
    let filename: String
    let header: [String]
    let rows: [[String]]

    /// The most rows one export holds; a larger selection asks the user to filter.
    static let maxRows = 20_000

    var text: String {
        var output = "\u{FEFF}"
        for row in [header] + rows {
            output += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return output
    }

    func response() -> Response {
        .download(
            .init(string: text), filename: filename, fallback: "export.csv",
            contentType: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
    }

    private static func field(_ value: String) -> String {
        var cell = value
        if let first = cell.first, "=+-@".contains(first) { cell = "'" + cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension PageRequest {
    /// Every row an export takes (up to ``CSVExport/maxRows``), for the lists' Excel and CSV.
    static let export = PageRequest(page: 1, per: CSVExport.maxRows, maxPer: CSVExport.maxRows)
}
