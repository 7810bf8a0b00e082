import Foundation
import TestSupport
import Testing

@Suite struct OpenAPITests {
    @Test func theDocumentDescribesExactlyTheRegisteredAPIRoutes() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let token = try await app.makeToken(for: try await requireUser(app, "admin"))
            let response = try await app.client().json(.GET, "/api/v1/openapi.json", token: token)
            #expect(response.status == 200)
            let document = try response.object()
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var documented = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
            }
            let registered = Set(
                app.app.routes.all.compactMap { route -> String? in
                    let parts = route.path.map(\.description)
                    guard parts.first == "api" else { return nil }
                    let path = "/" + parts.map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : $0 }.joined(separator: "/")
                    return "\(route.method.rawValue) \(path)"
                })
            #expect(
                documented == registered,
                "only documented: \(documented.subtracting(registered)); only routed: \(registered.subtracting(documented))"
            )
            // Every $ref resolves.
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let refs = response.body.components(separatedBy: "#/components/schemas/").dropFirst().map {
                $0.prefix { $0 != "\"" }
            }
            #expect(!refs.isEmpty)
            for ref in refs { #expect(schemas[String(ref)] != nil, "missing schema \(ref)") }
        }
    }
}
