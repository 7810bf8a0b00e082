import ChineseText
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the first sheet of an `.xlsx` workbook, or a CSV file, into rows of text.
/// Only cell values are read: formulas give their cached results, styles are ignored.
enum SpreadsheetReader {
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)

        var description: String {
            switch self {
            case .unreadable(let reason): reason
            }
        }
    }

    /// Rows of `bytes`, recognising `.xlsx` by its ZIP signature and reading anything else as CSV.
    static func rows(_ bytes: [UInt8]) throws -> [[String]] {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) ? try xlsx(bytes) : try csv(bytes)
    }

    static func xlsx(_ bytes: [UInt8]) throws -> [[String]] {
        func entry(_ name: String) throws -> [UInt8]? {
            do { return try ZipReader.entry(named: name, in: bytes) } catch {
                throw Failure.unreadable("不是有效的 Excel 文件")
            }
        }
        let sheetPath = try firstSheetPath(entry)
        guard let sheet = try entry(sheetPath) else { throw Failure.unreadable("Excel 文件中没有工作表") }
        let shared = try entry("xl/sharedStrings.xml").map { SharedStrings.parse(Data($0)) } ?? []
        guard let rows = SheetCells.parse(Data(sheet), shared: shared) else {
            throw Failure.unreadable("表格超出可导入的范围（最多 \(SheetCells.maxRow) 行、\(SheetCells.maxColumn) 列）")
        }
        return rows
    }

    /// RFC 4180 CSV in UTF-8 (with or without a BOM) or GB18030, as Excel and WPS save it.
    static func csv(_ bytes: [UInt8]) throws -> [[String]] {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        guard let text = Iconv.decode(body, from: .utf8) ?? Iconv.decode(body, from: .gb18030) else {
            throw Failure.unreadable("无法识别文件的编码")
        }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let char = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if char == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(char)
                }
                continue
            }
            switch char {
            case "\"" where atFieldStart:
                quoted = true
                atFieldStart = false
            case ",":
                row.append(unescape(field))
                field = ""
                atFieldStart = true
            case "\n", "\r\n", "\r":
                row.append(unescape(field))
                rows.append(row)
                row = []
                field = ""
                atFieldStart = true
            default:
                field.append(char)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(unescape(field))
            rows.append(row)
        }
        return rows
    }

    /// Undoes the apostrophe ``CSVExport`` puts before cells a spreadsheet would run as formulas.
    private static func unescape(_ field: String) -> String {
        if field.hasPrefix("'"), let second = field.dropFirst().first, "=+-@".contains(second) {
            return String(field.dropFirst())
        }
        return field
    }

    private static func firstSheetPath(_ entry: (String) throws -> [UInt8]?) throws -> String {
        guard let workbook = try entry("xl/workbook.xml"), let rels = try entry("xl/_rels/workbook.xml.rels") else {
            return "xl/worksheets/sheet1.xml"
        }
        let sheetID = AttributeScan.first(element: "sheet", attribute: "r:id", in: Data(workbook))
        let targets = AttributeScan.all(element: "Relationship", attributes: ["Id", "Target"], in: Data(rels))
        guard let sheetID, let target = targets.first(where: { $0["Id"] == sheetID })?["Target"] else {
            return "xl/worksheets/sheet1.xml"
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}
