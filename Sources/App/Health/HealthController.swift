import Fluent
import SQLKit
import Vapor

/// `GET /healthz` (no sign-in): 200 when the database answers, 503 when it does not.
struct HealthController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.health, use: check)
    }

    @Sendable func check(req: Request) async throws -> Response {
        struct Status: Content {
            let status: String
            let database: String
        }
        do {
            guard let sql = req.db as? any SQLDatabase else { throw Abort(.serviceUnavailable) }
            try await sql.raw("SELECT 1").run()
            return try await Status(status: "ok", database: "ok").encodeResponse(status: .ok, for: req)
        } catch {
            req.logger.warning("health check failed: \(String(reflecting: error))")
            return try await Status(status: "unavailable", database: "unreachable").encodeResponse(
                status: .serviceUnavailable, for: req)
        }
    }
}
