/// Converts a rendered HTML page to another script while leaving user-entered values alone.
///
/// The Traditional display converts the page a Simplified-speaking office wrote. Form
/// controls, however, carry what the user stored; converting them would silently rewrite
/// the record on the next save. Views wrap such controls in ``preserveStart`` and
/// ``preserveEnd`` markers, and everything between the markers is copied unchanged.
public enum HTMLScriptConversion {
    /// Opens a region that must not be converted.
    public static let preserveStart = "<!--tx:keep-->"
    /// Closes a region opened by ``preserveStart``.
    public static let preserveEnd = "<!--/tx:keep-->"

    /// Returns `html` with every region outside the preserve markers converted by `converter`.
    public static func convert(_ html: String, using converter: ScriptConverter) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let start = rest.range(of: preserveStart) {
            output += converter.convert(String(rest[..<start.lowerBound]))
            let afterStart = rest[start.lowerBound...]
            guard let end = afterStart.range(of: preserveEnd) else {
                output += afterStart
                return output
            }
            output += afterStart[..<end.upperBound]
            rest = afterStart[end.upperBound...]
        }
        output += converter.convert(String(rest))
        return output
    }
}
