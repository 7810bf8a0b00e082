import Foundation

/// Separates page furniture from the report and keeps its useful parts as metadata.
struct PageFurniture {
    var source: String?
    var author: String?
    var editor: String?
    var keywords: [String] = []

    /// A long line of sentences is report text even when it holds a furniture word
    /// (老字号 is not the font-size switch 字号, 更多 not a link).
    static func isFurniture(_ line: String) -> Bool {
        if line.utf16.count > bodyLength, line.unicodeScalars.contains("。") { return false }
        return TextTables.furnitureLine.contains(line)
    }

    private static let bodyLength = 40

    /// Collects metadata from the furniture lines (first value of each kind wins).
    mutating func collect(from line: String) {
        for (field, pattern) in TextTables.metadata {
            guard let value = pattern.firstMatch(in: line)?[1]?.trimmingCharacters(in: .whitespaces), !value.isEmpty
            else { continue }
            switch field {
            case "source" where source == nil: source = value
            case "author" where author == nil: author = value
            case "editor" where editor == nil: editor = value
            case "keywords" where keywords.isEmpty:
                keywords = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "、" }).map(String.init)
            default: break
            }
        }
    }
}
