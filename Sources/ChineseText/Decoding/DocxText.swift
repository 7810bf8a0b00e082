import Foundation

/// The paragraphs of a `.docx` (Office Open XML) document.
enum DocxText {
    static func paragraphs(from bytes: [UInt8]) throws -> [String] {
        guard let xml = try ZipReader.entry(named: "word/document.xml", in: bytes) else {
            throw DecodingError.badDocument("word/document.xml is missing")
        }
        guard let text = String(validating: xml, as: UTF8.self) else {
            throw DecodingError.badDocument("document.xml is not UTF-8")
        }
        var paragraphs: [String] = []
        for paragraph in paragraphPattern.matches(in: text) {
            let runs = textRun.matches(in: paragraph[0]!).compactMap { $0[1] }
            paragraphs.append(HTMLToText.decodeEntities(runs.joined()))
        }
        return paragraphs
    }

    private static let paragraphPattern = Pattern(#"(?s)<w:p[ >].*?</w:p>"#)
    private static let textRun = Pattern(#"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>"#)
}
