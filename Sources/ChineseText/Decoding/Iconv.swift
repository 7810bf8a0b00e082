import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Strict conversion through the C library's iconv: any invalid, incomplete or
/// unrepresentable sequence fails the whole conversion, so a wrong guess is detected.
public enum Iconv {
    /// Bytes in `encoding` → text; nil when they are not valid in it.
    public static func decode(_ bytes: [UInt8], from encoding: TextEncoding) -> String? {
        if encoding == .utf8 { return String(validating: bytes, as: UTF8.self) }
        return convert(bytes, from: encoding.iconvName, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// Text → bytes in `encoding`; nil when a character has no place in it.
    static func encode(_ text: String, to encoding: TextEncoding) -> [UInt8]? {
        if encoding == .utf8 { return Array(text.utf8) }
        return convert(Array(text.utf8), from: "UTF-8", to: encoding.iconvName)
    }

    private static func convert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        if bytes.isEmpty { return [] }
        let handle = iconv_open(target, source)
        guard Int(bitPattern: handle) != -1 else { return nil }
        defer { iconv_close(handle) }
        var input = bytes
        // UTF-8 → UTF-16 at most doubles; legacy → UTF-8 at most triples a 2-byte character.
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[0..<$0]) }
    }
}
