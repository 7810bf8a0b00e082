import Foundation

/// The encodings meeting reports arrive in.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
    case big5

    /// Parses a user-supplied name (`--encoding`), accepting common aliases.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf16le": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        case "big5", "big-5", "cp950", "big5-hkscs": self = .big5
        default: return nil
        }
    }

    /// The name iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "BIG5-HKSCS"
        }
    }
}

/// Why bytes could not be read as text.
public enum DecodingError: Error, Equatable, CustomStringConvertible {
    /// No supported encoding decodes the bytes.
    case undecodable
    /// The bytes are not a text document at all (an image, an archive, …).
    case notText(String)
    /// A `.docx` whose text could not be found.
    case badDocument(String)

    public var description: String {
        switch self {
        case .undecodable: "the bytes are not text in UTF-8, UTF-16, GB18030 or Big5"
        case .notText(let kind): "not a text document (\(kind))"
        case .badDocument(let reason): "not a readable .docx: \(reason)"
        }
    }
}
