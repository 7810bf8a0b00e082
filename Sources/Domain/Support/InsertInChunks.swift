import FluentKit

/// Creates models with multi-row inserts of at most 500 rows, under SQLite's bind limit.
func insertInChunks<M: Model>(_ models: [M], on db: any Database) async throws {
    var start = 0
    while start < models.count {
        try await Array(models[start..<min(start + 500, models.count)]).create(on: db)
        start += 500
    }
}
