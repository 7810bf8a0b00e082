import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The shared string table of a workbook: every `<si>`'s text, runs joined.
final class SharedStrings: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false

    static func parse(_ data: Data) -> [String] {
        let delegate = SharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.parse()
        return delegate.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "si" { current = "" }
        // Phonetic runs (<rPh>) hold furigana-like readings, not the cell's text.
        if name == "t" { inText = true }
        if name == "rPh" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si" { strings.append(current) }
    }
}

/// The cells of one worksheet as rows of text, placed by their references (B3 → row 3, column 2).
final class SheetCells: NSObject, XMLParserDelegate {
    private let shared: [String]
    private var rows: [Int: [Int: String]] = [:]
    private var reference = ""
    private var type = ""
    private var value = ""
    private var collecting = false
    private var nextRow = 1
    private var nextColumn = 0
    private var cellCount = 0

    /// Most cells read from one sheet, against a hostile file of millions of tiny cells.
    static let maxCells = 200_000
    /// Rows and columns an import may use (far beyond any responsibility table, far below
    /// what would take the server's memory).
    static let maxRow = 100_000
    static let maxColumn = 256
    /// Set when the sheet addresses a cell outside those bounds.
    private(set) var outOfBounds = false

    private init(shared: [String]) {
        self.shared = shared
    }

    /// The rows, or nil when a cell lies outside ``maxRow`` × ``maxColumn``.
    static func parse(_ data: Data, shared: [String]) -> [[String]]? {
        let delegate = SheetCells(shared: shared)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.parse()
        if delegate.outOfBounds { return nil }
        guard let last = delegate.rows.keys.max() else { return [] }
        return (1...last).map { index in
            let cells = delegate.rows[index] ?? [:]
            guard let width = cells.keys.max() else { return [] }
            return (0...width).map { cells[$0] ?? "" }
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "row":
            nextRow = attributes["r"].flatMap(Int.init) ?? nextRow
            nextColumn = 0
            if !(1...Self.maxRow).contains(nextRow) { fail(parser) }
        case "c":
            reference = attributes["r"] ?? ""
            type = attributes["t"] ?? ""
            value = ""
        case "v", "t":
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            collecting = false
        case "c":
            let column = Self.column(of: reference) ?? nextColumn
            guard column < Self.maxColumn else { return fail(parser) }
            let text =
                type == "s" ? (Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? "") : value
            if cellCount < Self.maxCells, !text.isEmpty {
                rows[nextRow, default: [:]][column] = text
                cellCount += 1
            }
            nextColumn = column + 1
        case "row":
            nextRow += 1
        default:
            break
        }
    }

    private func fail(_ parser: XMLParser) {
        outOfBounds = true
        parser.abortParsing()
    }

    /// The zero-based column of a reference such as `AB12` (at most three letters, as in Excel).
    private static func column(of reference: String) -> Int? {
        var column = 0
        var sawLetter = false
        for (index, scalar) in reference.unicodeScalars.enumerated() {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            if index >= 3 { return Int.max }
            column = column * 26 + Int(scalar.value - 64)
            sawLetter = true
        }
        return sawLetter ? column - 1 : nil
    }
}

/// Attribute values of elements in a small XML document (the workbook and its relationships).
final class AttributeScan: NSObject, XMLParserDelegate {
    private let element: String
    private let attributes: [String]
    private var found: [[String: String]] = []

    private init(element: String, attributes: [String]) {
        self.element = element
        self.attributes = attributes
    }

    static func all(element: String, attributes: [String], in data: Data) -> [[String: String]] {
        let delegate = AttributeScan(element: element, attributes: attributes)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.parse()
        return delegate.found
    }

    static func first(element: String, attribute: String, in data: Data) -> String? {
        all(element: element, attributes: [attribute], in: data).first?[attribute]
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes values: [String: String] = [:]
    ) {
        guard name == element else { return }
        found.append(values.filter { attributes.contains($0.key) })
    }
}
