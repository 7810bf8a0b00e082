import Foundation
import ZIPFoundation

/// A Word document (.docx) laid out after the national standard for official documents,
/// GB/T 9704-2012: A4, type area 156 × 225 mm (margins 37 mm top, 28 mm left), title in
/// 方正小标宋 at 二号 (22 pt), body in 仿宋 at 三号 (16 pt) on a 28.9 pt line, page numbers
/// “— N —” in 宋体 四号 at the foot, right on odd pages and left on even ones.
///
/// Written as a WordprocessingML package: the fixed parts (styles, settings, footers) are a
/// template in ``WordParts``; the body is filled in from the blocks. Swift has no maintained
/// library for .docx, and a converter (LibreOffice) would be a heavy server dependency.
struct WordDocument {
    enum Alignment: String {
        case left, center, right, both
    }

    enum Block {
        /// The document's title (标题).
        case title(String)
        /// A line under the title, such as the document number (发文字号).
        case subtitle(String)
        /// A body paragraph, indented two characters when `indent`.
        case paragraph(String, alignment: Alignment = .both, indent: Bool = true)
        case table(WordTable)
    }

    /// Landscape pages keep the type area, turned (for wide tables).
    var landscape = false
    var blocks: [Block] = []

    /// The .docx file's bytes.
    func data() throws -> Data {
        let archive = try Archive(accessMode: .create)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", WordParts.contentTypes), ("_rels/.rels", WordParts.packageRelationships),
            ("word/_rels/document.xml.rels", WordParts.documentRelationships), ("word/styles.xml", WordParts.styles),
            ("word/settings.xml", WordParts.settings), ("word/footer1.xml", WordParts.footer(odd: true)),
            ("word/footer2.xml", WordParts.footer(odd: false)), ("word/document.xml", document),
        ]
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WordDocumentError.notWritten }
        return data
    }

    var document: String {
        var body = ""
        for block in blocks {
            switch block {
            case .title(let text): body += Self.paragraph(text, style: "Title", alignment: .center)
            case .subtitle(let text): body += Self.paragraph(text, style: "Subtitle", alignment: .center)
            case .paragraph(let text, let alignment, let indent):
                body += Self.paragraph(text, style: indent ? "BodyIndent" : "Body", alignment: alignment)
            case .table(let table):
                body += table.xml(width: landscape ? 12_756 : 8_845) + Self.paragraph("", style: "Body")
            }
        }
        // A4 is 11906 × 16838 twips; 1 mm is about 56.7 twips.
        let page =
            landscape
            ? #"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="1984" w:bottom="1474" w:left="2098" w:header="851" w:footer="1134" w:gutter="0"/>"#
            : #"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1531" w:gutter="0"/>"#
        return WordParts.xmlHead
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#
            + body
            + #"<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>"#
            + page + #"<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body></w:document>"#
    }

    static func paragraph(_ text: String, style: String, alignment: Alignment = .both, bold: Bool = false) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let runs = lines.enumerated().map { index, line in
            (index > 0 ? "<w:r><w:br/></w:r>" : "")
                + "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(escape(String(line)))</w:t></w:r>"
        }.joined()
        return "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/><w:jc w:val=\"\(alignment.rawValue)\"/></w:pPr>\(runs)</w:p>"
    }

    /// Text for XML, without the control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += " "
            default:
                if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

enum WordDocumentError: Error {
    case notWritten
}
