import Foundation

/// The one check of text a person must write — a title, a reason, an answer, an
/// instruction: trimmed, not empty, at most `limit` characters, with its messages in one
/// style (“请填写退回原因”, “退回原因不能超过500个字”).
public struct RequiredText: Sendable {
    /// The field the message names (the form's or the API's name for it).
    public let field: String
    /// What the text is, as the message says it (“退回原因”).
    public let label: String
    public let limit: Int

    public init(_ field: String, _ label: String, limit: Int) {
        self.field = field
        self.label = label
        self.limit = limit
    }

    /// The trimmed text, or `.invalid` naming the field.
    public func checked(_ text: String) throws -> String {
        var problems: [FieldError] = []
        let trimmed = checked(text, into: &problems)
        guard problems.isEmpty else { throw DomainError.invalid(problems) }
        return trimmed
    }

    /// The trimmed text; a problem is added to `problems`, so a form reports every field at once.
    public func checked(_ text: String, into problems: inout [FieldError]) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            problems.append(FieldError(field, "请填写\(label)"))
        } else if trimmed.count > limit {
            problems.append(FieldError(field, "\(label)不能超过\(limit)个字"))
        }
        return trimmed
    }
}
