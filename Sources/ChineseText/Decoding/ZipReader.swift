import Foundation
import ZIPFoundation

/// Reads one entry of a ZIP archive held in memory (ZIPFoundation does the format).
public enum ZipReader {
    /// The bytes of `name`, nil when the archive has no such entry; throws for a broken archive.
    public static func entry(named name: String, in bytes: [UInt8], limit: Int = 64 << 20) throws -> [UInt8]? {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DecodingError.badDocument("the ZIP container cannot be opened")
        }
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= UInt64(limit) else { throw DecodingError.badDocument("\(name) is too large") }
        var output = [UInt8]()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in output.append(contentsOf: chunk) }
        } catch {
            throw DecodingError.badDocument("\(name) cannot be extracted")
        }
        return output
    }
}
