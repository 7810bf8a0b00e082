import COpenCC
import Foundation

/// The OpenCC conversion configurations Tongxin uses.
public enum ScriptConversion: String, Sendable, CaseIterable {
    /// Traditional (any variant) → Simplified: reading Traditional reports.
    case traditionalToSimplified = "t2s.json"
    /// Simplified → Traditional, characters only (OpenCC standard, no regional phrases): the 繁
    /// display, where official mainland terms such as 创建, 文件 and 支持 must keep their words.
    case simplifiedToTraditional = "s2t.json"
}

/// Errors raised when OpenCC cannot be used.
public enum ScriptConverterError: Error, CustomStringConvertible {
    case unavailable(config: String, reason: String)

    public var description: String {
        switch self {
        case .unavailable(let config, let reason):
            "OpenCC configuration \(config) could not be opened: \(reason)"
        }
    }
}

/// A phrase-aware script converter backed by OpenCC.
///
/// Opening a configuration costs a few milliseconds and loads dictionaries, so one
/// converter is opened per configuration and shared. OpenCC's converter keeps no
/// mutable state while converting, so concurrent calls are safe.
public final class ScriptConverter: @unchecked Sendable {
    private let handle: opencc_t
    /// The configuration this converter applies.
    public let conversion: ScriptConversion

    /// Opens OpenCC with `conversion`; throws when OpenCC or its dictionaries are missing.
    public init(_ conversion: ScriptConversion) throws {
        guard let handle = opencc_open(conversion.rawValue),
            Int(bitPattern: handle) != -1
        else {
            let reason = opencc_error().map { String(cString: $0) } ?? "unknown error"
            throw ScriptConverterError.unavailable(config: conversion.rawValue, reason: reason)
        }
        self.handle = handle
        self.conversion = conversion
    }

    deinit {
        opencc_close(handle)
    }

    /// Converts `text`; text without Han characters is returned as is without calling OpenCC.
    public func convert(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isHan) else { return text }
        var utf8 = text.utf8CString
        return utf8.withUnsafeMutableBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress,
                let converted = opencc_convert_utf8(handle, base, buffer.count - 1)
            else { return text }
            defer { opencc_convert_utf8_free(converted) }
            return String(cString: converted)
        }
    }
}

extension Unicode.Scalar {
    /// True for CJK ideographs (the scalars OpenCC may change).
    public var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }
}

extension UInt16 {
    /// True for a UTF-16 unit that is a CJK ideograph by itself (one of the Basic Multilingual
    /// Plane; half of a surrogate pair is not).
    var isHanUnit: Bool { Unicode.Scalar(self)?.isHan ?? false }
}
