import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Strict conversion to UTF-8 through the C library's iconv: any invalid or incomplete
/// sequence fails the whole conversion, so a wrong guess of encoding is detected.
enum Iconv {
    static func decode(_ bytes: [UInt8], from encoding: TextEncoding) -> String? {
        if bytes.isEmpty { return "" }
        if encoding == .utf8 { return String(validating: bytes, as: UTF8.self) }
        let handle = iconv_open("UTF-8", encoding.iconvName)
        guard Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(validating: output[0..<produced], as: UTF8.self)
    }
}

extension Iconv {
    /// Strictly encodes UTF-8 text into `encoding`; nil when a character has no place in it.
    static func encode(_ text: String, to encoding: TextEncoding) -> [UInt8]? {
        let bytes = Array(text.utf8)
        if encoding == .utf8 || bytes.isEmpty { return bytes }
        let handle = iconv_open(encoding.iconvName, "UTF-8")
        guard Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[0..<$0]) }
    }
}
