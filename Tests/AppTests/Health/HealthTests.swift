import Fluent
import FluentPostgresDriver
import Foundation
import TestSupport
import Testing
import Vapor

@Suite struct HealthTests {
    @Test func answersOKWhenTheDatabaseAnswers() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let response = try await app.client().get("/healthz")
            #expect(response.status == 200)
            #expect(try response.object()["database"] as? String == "ok")
        }
    }

    @Test func answers503WhenTheDatabaseIsGone() async throws {
        try await withTestApp { (app: TestApp) async throws in
            // Point the application at a PostgreSQL address where nothing listens.
            let dead = DatabaseID(string: "dead")
            app.app.databases.use(
                .postgres(
                    configuration: .init(
                        hostname: "127.0.0.1", port: 1, username: "x", password: "x",
                        database: "x", tls: .disable)), as: dead)
            app.app.databases.default(to: dead)
            let response = try await app.client().get("/healthz")
            #expect(response.status == 503)
            #expect(try response.object()["status"] as? String == "unavailable")
        }
    }
}
