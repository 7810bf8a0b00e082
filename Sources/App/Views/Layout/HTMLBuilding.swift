import ChineseText
import Plot

/// The node type every view produces.
typealias HTMLNode = Node<HTML.BodyContext>

/// A small, uniform way to build Plot nodes.
///
/// Plot's typed element functions each demand their own child context, and Plot writes
/// attribute values without escaping them. Views therefore build every element through
/// ``tag(_:_:_:)``, which escapes attribute values, and every piece of user text through
/// ``txt(_:)``, which escapes fully (Plot's own `.text` leaves `&name;` entities alone).
enum Markup {
    /// Escapes text for use inside an element or a double-quoted attribute.
    static func escape(_ string: String) -> String {
        // Most text needs nothing escaped: check the bytes first and return it as it is.
        guard string.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return string
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 16)
        for byte in string.utf8 {
            switch byte {
            case 0x26: bytes += "&amp;".utf8
            case 0x3C: bytes += "&lt;".utf8
            case 0x3E: bytes += "&gt;".utf8
            case 0x22: bytes += "&quot;".utf8
            case 0x27: bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Escaped text.
func txt(_ string: String) -> HTMLNode {
    .raw(Markup.escape(string))
}

/// An element with escaped attributes; a nil attribute value is left out, an empty one is
/// written as a bare boolean attribute (e.g. `required`).
func tag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: [HTMLNode] = []) -> HTMLNode {
    .element(named: name, nodes: attributeNodes(attributes) + children)
}

/// `tag` with a single text child.
func tag(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) -> HTMLNode {
    tag(name, attributes, [txt(text)])
}

/// A void element such as `input` or `meta`.
func voidTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) -> HTMLNode {
    .selfClosedElement(
        named: name,
        attributes: attributes.compactMap { key, value in
            value.map { Attribute<HTML.BodyContext>(name: key, value: Markup.escape($0), ignoreIfValueIsEmpty: false) }
        })
}

/// Wraps user-entered values so the Traditional display leaves them as stored.
func preserved(_ node: HTMLNode) -> HTMLNode {
    .group([.raw(HTMLScriptConversion.preserveStart), node, .raw(HTMLScriptConversion.preserveEnd)])
}

private func attributeNodes(_ attributes: KeyValuePairs<String, String?>) -> [HTMLNode] {
    attributes.compactMap { key, value in
        value.map { .attribute(named: key, value: Markup.escape($0), ignoreIfValueIsEmpty: false) }
    }
}
