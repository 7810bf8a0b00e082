import Domain
import Vapor

/// A unit as the API shows it.
struct UnitDTO: Content {
    let id: UUID
    let code: String
    let name: String
    let kind: UnitKind
    let kindLabel: String
    let parentId: UUID?
    let sortOrder: Int
    let isActive: Bool
    /// Depth in the tree (0 for roots); present in tree listings.
    let depth: Int?
    let createdAt: Date?
    let updatedAt: Date?

    init(_ unit: OrgUnit, depth: Int? = nil) {
        id = unit.id!
        code = unit.code
        name = unit.name
        kind = unit.kind
        kindLabel = unit.kind.label
        parentId = unit.$parent.id
        sortOrder = unit.sortOrder
        isActive = unit.isActive
        self.depth = depth
        createdAt = unit.createdAt
        updatedAt = unit.updatedAt
    }

    init(_ entry: UnitTreeEntry) {
        id = entry.id
        code = entry.code
        name = entry.name
        kind = entry.kind
        kindLabel = entry.kind.label
        parentId = entry.parentID
        sortOrder = entry.sortOrder
        isActive = entry.isActive
        depth = entry.depth
        createdAt = entry.createdAt
        updatedAt = entry.updatedAt
    }
}

/// `POST /api/v1/units`.
struct CreateUnitBody: Content {
    let code: String
    let name: String
    let kind: UnitKind
    let parentId: UUID?
    let sortOrder: Int?
}

/// `PATCH /api/v1/units/{id}`: absent fields stay; `"parentId": null` makes the unit a root.
struct PatchUnitBody: Decodable {
    var changes = UnitChanges()

    private enum Keys: String, CodingKey {
        case code, name, kind, parentId, sortOrder, isActive
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        changes.code = try container.decodeIfPresent(String.self, forKey: .code)
        changes.name = try container.decodeIfPresent(String.self, forKey: .name)
        changes.kind = try container.decodeIfPresent(UnitKind.self, forKey: .kind)
        if container.contains(.parentId) {
            changes.parentID = .some(
                try container.decodeNil(forKey: .parentId) ? nil : container.decode(UUID.self, forKey: .parentId))
        }
        changes.sortOrder = try container.decodeIfPresent(Int.self, forKey: .sortOrder)
        changes.isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive)
    }
}

/// A list answer: `{"items": […], "total": n, "page": p, "per": k}`.
struct ListDTO<Item: Content>: Content {
    let items: [Item]
    let total: Int
    let page: Int
    let per: Int

    init(items: [Item], total: Int, page: Int = 1, per: Int? = nil) {
        self.items = items
        self.total = total
        self.page = page
        self.per = per ?? max(items.count, 1)
    }

    init<T>(_ page: Page<T>, transform: (T) -> Item) {
        self.init(items: page.items.map(transform), total: page.total, page: page.request.page, per: page.request.per)
    }
}
