import FluentKit

/// Runs `write`, turning the database's unique-constraint error into `.conflict(message)`.
///
/// Commands check for a taken code or username first to give a friendly message; two
/// requests racing past that check still get a 409 instead of a 500.
func mappingUniqueViolation<T>(_ message: String, _ write: () async throws -> T) async throws -> T {
    do {
        return try await write()
    } catch {
        let details = String(reflecting: error)
        if details.contains("UNIQUE constraint failed") || details.contains("23505")
            || details.contains("duplicate key")
        {
            throw DomainError.conflict(message)
        }
        throw error
    }
}
