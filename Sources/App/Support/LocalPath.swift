import Foundation

/// Where the application may send a browser back to after sign-in or a display switch:
/// a path on this site, never another host.
enum LocalPath {
    /// `candidate` if it is a plain local path (`/units?page=2`), else nil.
    ///
    /// Browsers drop tabs and newlines inside URLs and treat `\` like `/`, so a path
    /// containing them (or starting `//`) could turn into another host; such paths are refused.
    static func validated(_ candidate: String?) -> String? {
        guard let candidate, candidate.count < 512, candidate.hasPrefix("/"), !candidate.hasPrefix("//") else {
            return nil
        }
        guard
            !candidate.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.value < 0x20 || $0 == "\\" || $0.value == 0x7F
            })
        else { return nil }
        guard let components = URLComponents(string: candidate), components.scheme == nil, components.host == nil else {
            return nil
        }
        return candidate
    }
}
