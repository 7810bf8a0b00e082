import Domain
import Foundation
import TestSupport
import Testing
import Vapor

/// Every route × every role × own/other unit → allowed or denied, over real HTTP.
@Suite struct AccessMatrixTests {
    /// What a denied request looks like: 403 for a signed-in user.
    static func isDenied(_ response: TestResponse) -> Bool { response.status == 403 }

    /// Allowed means the handler ran: a page, a redirect that is not the sign-in form,
    /// a JSON answer, or a validation error about the submitted fields.
    static func isAllowed(_ response: TestResponse) -> Bool {
        if response.status == 303 || response.status == 302 {
            // Signing out lands on the sign-in form on purpose; any other trip there means "not signed in".
            guard let location = response.location else { return false }
            return !location.hasPrefix("/signin") || location.hasPrefix("/signin?signedout")
        }
        return (200..<300).contains(response.status) || [404, 409, 422].contains(response.status)
    }

    static func send(_ access: AccessCase, world: World, client: TestClient, token: String?) async throws
        -> TestResponse
    {
        let path = access.path(world)
        if access.isAPI {
            return try await client.json(HTTPMethod(rawValue: access.method), path, token: token, body: access.json)
        }
        if access.method == "GET" { return try await client.get(path) }
        return try await client.post(path, form: access.form ?? [])
    }

    @Test(arguments: Role.allCases)
    func signedInRole(_ role: Role) async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let scratch = try await app.makeUnit("scratch", name: "临时单位")
            let peerToken = try await UserCommands(clock: app.clock.appClock, hasher: app.app.tongxin.hasher)
                .createToken(for: world.peerA.id!, name: "peer", by: .system, on: app.db).0.id!
            let client = try await world.client(role)
            let token = try await app.makeToken(for: world.user(role))
            for access in AccessCases.all(scratch: scratch, peerToken: peerToken) {
                // The API is tried with a bearer token; pages with the session.
                let response = try await Self.send(
                    access, world: world, client: client, token: access.isAPI ? token : nil)
                if access.allowed(role) {
                    #expect(
                        Self.isAllowed(response),
                        "\(role) should be allowed \(access), got \(response.status) \(response.location ?? "")")
                } else {
                    #expect(Self.isDenied(response), "\(role) should be denied \(access), got \(response.status)")
                }
            }
        }
    }

    @Test func everyoneMayReadAndManageTheirOwnTokens() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            for role in Role.allCases {
                let client = try await world.client(role)
                let me = world.user(role)
                #expect(try await client.get("/users/\(AccessCases.id(me))").status == 200)
                let created = try await client.post("/users/\(AccessCases.id(me))/tokens", form: [("name", "我的脚本")])
                #expect(created.status == 200 && created.body.contains("tx_"), "\(role) creates own token")
            }
        }
    }

    @Test func withoutSignInPagesRedirectAndTheAPIAnswers401() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let world = try await World.build(app)
            let scratch = try await app.makeUnit("scratch")
            let client = app.client()
            _ = try await client.get("/signin")  // a session and CSRF token, but nobody signed in
            for access in AccessCases.all(scratch: scratch, peerToken: UUID()) {
                let response = try await AccessMatrixTests.send(access, world: world, client: client, token: nil)
                if access.isAPI {
                    #expect(response.status == 401, "\(access) → \(response.status)")
                    #expect(try response.object()["error"] != nil)
                } else {
                    #expect(
                        response.status == 303 && response.location?.hasPrefix("/signin") == true,
                        "\(access) → \(response.status) \(response.location ?? "")")
                }
            }
            for path in ["/healthz", "/static/app.css", "/signin"] {
                #expect(try await client.get(path).status == 200, "\(path) is public")
            }
            #expect(try await client.json(.GET, "/api/v1/units", token: "tx_not-a-token").status == 401)
        }
    }

    @Test func theTableCoversEveryRegisteredRoute() async throws {
        try await withTestApp { (app: TestApp) async throws in
            let registered = Set(
                app.app.routes.all.map { route in
                    "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
                })
            let world = try await World.build(app)
            let covered = Set(
                AccessCases.all(scratch: world.unitA, peerToken: UUID()).map { "\($0.method) \($0.pattern)" }
            )
            .union(AccessCases.publicRoutes)
            #expect(
                registered.subtracting(covered).isEmpty,
                "routes without an access case: \(registered.subtracting(covered).sorted())")
            #expect(
                covered.subtracting(registered).isEmpty,
                "cases for missing routes: \(covered.subtracting(registered).sorted())")
        }
    }
}
