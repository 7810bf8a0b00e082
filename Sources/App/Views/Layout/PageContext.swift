import Domain
import Foundation

/// What the layout needs to know about the request, built once per page by the controller helper.
struct PageContext: Sendable {
    struct Viewer: Sendable {
        let displayName: String
        let unitName: String
        let role: Role
        let unreadMessages: Int
        let todoCount: Int
    }

    /// The signed-in user, nil on the sign-in and error pages.
    var viewer: Viewer?
    /// The session's CSRF token, written into every form.
    var csrfToken: String
    /// A message carried over from the previous request (after a redirect).
    var flash: Flash?
    /// The request's path, to mark the current navigation entry.
    var currentPath: String
    /// The path with its query, to come back to after a display switch.
    var currentPathWithQuery: String
    /// Whether the page will be converted to Traditional script.
    var traditional: Bool
}

/// A one-off message shown at the top of the next page.
struct Flash: Codable, Sendable, Equatable {
    enum Kind: String, Codable, Sendable {
        case success, error, info
    }

    let kind: Kind
    let text: String
}

/// A link in the breadcrumb trail; the last crumb has no link.
struct Crumb: Sendable {
    let label: String
    let path: Path?

    init(_ label: String, _ path: Path? = nil) {
        self.label = label
        self.path = path
    }
}

/// The one main action of a page, shown at its top right.
struct PrimaryAction: Sendable {
    let label: String
    let path: Path
    var query: [(String, String)] = []
}

/// A whole page: everything the layout wraps around the content.
struct PageModel {
    var title: String
    var crumbs: [Crumb] = []
    var primary: PrimaryAction?
    var content: [HTMLNode]
    /// Printed on landscape A4 from the first page: the page holds a wide table.
    var landscape = false
}
