import Vapor

/// The query string of a list searched by words and narrowed by kind — meetings and documents,
/// as pages and in the API.
struct SearchQuery: Content {
    /// Words the name (or title, place, 文号) contains.
    var q: String?
    /// A `MeetingKind` or `DocumentKind` raw value.
    var kind: String?
    var page: Int?
    /// Rows a page (the API; pages show 25).
    var per: Int?

    /// The filters a page's links keep (words and kind), without the empty ones.
    var filters: [(String, String)] { [("q", q ?? ""), ("kind", kind ?? "")].filter { !$0.1.isEmpty } }
}
