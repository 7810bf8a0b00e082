import Vapor

/// After every state-changing request, the next one reads the data versions afresh, so
/// whoever just wrote sees their change on the very next page (see ``VersionBoard``).
/// Every write the application offers is a POST, PUT, PATCH or DELETE.
struct WriteFreshnessMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(req.method) else { return try await next.respond(to: req) }
        // Also when the handler failed: a command may have committed before a later step threw.
        defer { req.tongxin.versions.invalidate() }
        return try await next.respond(to: req)
    }
}
