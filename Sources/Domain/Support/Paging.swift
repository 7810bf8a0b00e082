/// Which page of a list to read; page numbers start at 1.
public struct PageRequest: Sendable, Equatable {
    public static let maxPerPage = 200
    public static let maxPage = 1_000_000

    public let page: Int
    public let per: Int

    /// Clamps both numbers into their allowed ranges, so a hand-edited URL cannot ask for
    /// too much. Exports pass a larger `maxPer`.
    public init(page: Int?, per: Int? = nil, defaultPer: Int = 50, maxPer: Int = PageRequest.maxPerPage) {
        // Capped so that the offset cannot overflow, whatever the URL says.
        self.page = min(Self.maxPage, max(1, page ?? 1))
        self.per = min(maxPer, max(1, per ?? defaultPer))
    }

    /// Rows to skip.
    public var offset: Int { (page - 1) * per }

    /// The rows of this page, for a query's `range`.
    public var rows: Range<Int> { offset..<(offset + per) }
}

/// One page of a list with the total count across all pages.
public struct Page<Item: Sendable>: Sendable {
    public let items: [Item]
    public let total: Int
    public let request: PageRequest

    public init(items: [Item], total: Int, request: PageRequest) {
        self.items = items
        self.total = total
        self.request = request
    }

    /// Number of pages (at least 1, so an empty list still has page 1).
    public var pageCount: Int { max(1, (total + request.per - 1) / request.per) }

    /// Transforms the items, keeping the counts.
    public func map<T>(_ transform: (Item) throws -> T) rethrows -> Page<T> {
        Page<T>(items: try items.map(transform), total: total, request: request)
    }
}

/// A LIKE pattern matching text that contains `words`; the user's own `%` and `_` are
/// dropped, so they cannot widen the match.
func containsPattern(_ words: String) -> String {
    "%" + words.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
}
