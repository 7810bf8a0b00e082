import Foundation

/// Turns an HTML page into plain text: scripts, styles and navigation are dropped, block
/// elements become line breaks, entities are decoded.
enum HTMLToText {
    /// True when `text` looks like HTML (checked on its first kilobyte).
    static func looksLikeHTML(_ text: String) -> Bool {
        sniff.contains(String(decoding: text.utf8.prefix(1024), as: UTF8.self))
    }

    static func convert(_ html: String) -> String {
        var text = droppedElements.replacing(in: html, with: "\n")
        text = comments.replacing(in: text, with: "")
        text = blockTags.replacing(in: text, with: "\n")
        text = anyTag.replacing(in: text, with: "")
        text = decodeEntities(text)
        return blankLines.replacing(in: text, with: "\n\n")
    }

    private static let sniff = Pattern(#"(?i)<(!doctype html|html|head|body|p|div|br)\b"#, requiringOneOf: ["<"])
    private static let droppedElements = Pattern(
        #"(?is)<(head|script|style|nav|noscript|header|footer|aside|iframe|select|form)\b[^>]*>.*?</\1\s*>"#)
    private static let comments = Pattern(#"(?s)<!--.*?-->"#)
    private static let blockTags = Pattern(
        #"(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|dd|dt|title)\b[^>]*>"#)
    private static let anyTag = Pattern(#"<[^>]{0,2000}>"#)
    private static let blankLines = Pattern(#"\n[ \t\u00A0]*(\n[ \t\u00A0]*)+"#)
    private static let entity = Pattern(#"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"#)

    private static let named: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "emsp": "\u{2003}",
        "ensp": "\u{2002}",
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var last = 0
        for match in entity.matches(in: text) {
            result += text.utf16Slice(last, match.start()!)
            let name = match[1]!
            if let scalar = numericReference(name) {
                result.unicodeScalars.append(scalar)
            } else if let value = named[name.lowercased()] {
                result += value
            } else {
                result += match[0]!
            }
            last = match.end()!
        }
        return result + text.utf16Slice(last, text.utf16Length)
    }

    /// `#1234` or `#x4E2D` as a scalar.
    private static func numericReference(_ name: String) -> Unicode.Scalar? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let hex = digits.first == "x" || digits.first == "X"
        return UInt32(hex ? digits.dropFirst() : digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init)
    }
}
