import Foundation

/// Separates page furniture from the report and keeps its useful parts as metadata.
struct PageFurniture {
    var source: String?
    var author: String?
    var editor: String?
    var keywords: [String] = []

    static func isFurniture(_ line: String) -> Bool {
        TextTables.furnitureLine.contains(line)
    }

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
