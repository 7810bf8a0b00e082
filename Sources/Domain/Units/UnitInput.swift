import Foundation

/// What a person fills in to create a unit.
public struct NewUnit: Sendable {
    public var code: String
    public var name: String
    public var kind: UnitKind
    public var parentID: UUID?
    /// Position among siblings; nil places the unit last.
    public var sortOrder: Int?

    public init(code: String, name: String, kind: UnitKind, parentID: UUID?, sortOrder: Int? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.sortOrder = sortOrder
    }
}

/// A partial change to a unit; nil leaves a field as it is.
public struct UnitChanges: Sendable {
    public var code: String?
    public var name: String?
    public var kind: UnitKind?
    /// `.some(nil)` makes the unit a root.
    public var parentID: UUID??
    public var sortOrder: Int?
    public var isActive: Bool?

    public init(
        code: String? = nil, name: String? = nil, kind: UnitKind? = nil,
        parentID: UUID?? = nil, sortOrder: Int? = nil, isActive: Bool? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.sortOrder = sortOrder
        self.isActive = isActive
    }
}

/// Field rules shared by create and update.
enum UnitRules {
    static let codeMaxLength = 32
    static let nameMaxLength = 100

    static func normalizedCode(_ code: String) -> String {
        code.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func problems(code: String?, name: String?) -> [FieldError] {
        var errors: [FieldError] = []
        if let code {
            let allowed = code.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            }
            if code.isEmpty {
                errors.append(FieldError("code", "请填写单位代码"))
            } else if code.count > codeMaxLength || !allowed {
                errors.append(FieldError("code", "单位代码只能包含小写字母、数字、- 和 _，最多 \(codeMaxLength) 个字符"))
            }
        }
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                errors.append(FieldError("name", "请填写单位名称"))
            } else if trimmed.count > nameMaxLength {
                errors.append(FieldError("name", "单位名称不能超过 \(nameMaxLength) 个字符"))
            }
        }
        return errors
    }
}
