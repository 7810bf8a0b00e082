import Foundation

/// A problem with one field of a command's input, worded for the person who typed it.
public struct FieldError: Sendable, Equatable, Codable {
    /// The input field, as named in forms and API bodies (camelCase).
    public let field: String
    /// A message in plain Chinese.
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }
}

/// The ways a domain command or query refuses. Controllers map each case to one status code.
public enum DomainError: Error, Sendable, Equatable {
    /// The record does not exist (or the actor may not know it exists).
    case notFound(String)
    /// The actor may not do this.
    case forbidden(String)
    /// The input is wrong; nothing was written.
    case invalid([FieldError])
    /// The input clashes with what is stored (a taken code, an illegal state move).
    case conflict(String)
    /// Too many attempts; try again after the given moment.
    case throttled(until: Date)

    /// Convenience for a single invalid field.
    public static func invalid(_ field: String, _ message: String) -> DomainError {
        .invalid([FieldError(field, message)])
    }
}

extension DomainError: CustomStringConvertible {
    /// The user-facing message(s), for the CLI and logs.
    public var description: String {
        switch self {
        case .notFound(let message), .forbidden(let message), .conflict(let message): message
        case .invalid(let fields): fields.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
        case .throttled(let until): "too many attempts; try again after \(until)"
        }
    }
}
