import Domain
import Foundation
import TestSupport

/// A small organisation for access tests: the office, unit A and unit B, and one user
/// per role in unit A (the admin sits in the office), plus a viewer in B.
struct World {
    let app: TestApp
    let office: OrgUnit
    let unitA: OrgUnit
    let unitB: OrgUnit
    let usersA: [Role: User]
    /// A user in unit B, the "other unit" subject.
    let userB: User
    /// A second user in unit A, the "own unit" subject.
    let peerA: User

    static let password = TestApp.adminPassword

    static func build(_ app: TestApp) async throws -> World {
        let office = try await app.officeUnit()
        let unitA = try await app.makeUnit("unit-a", name: "甲单位")
        let unitB = try await app.makeUnit("unit-b", name: "乙单位")
        var users: [Role: User] = [.admin: try await requireUser(app, "admin")]
        for role in [Role.leader, .liaison, .member, .viewer] {
            users[role] = try await app.makeUser("\(role.rawValue)-a", role: role, unit: unitA)
        }
        let userB = try await app.makeUser("viewer-b", role: .viewer, unit: unitB)
        let peerA = try await app.makeUser("peer-a", role: .viewer, unit: unitA)
        return World(app: app, office: office, unitA: unitA, unitB: unitB, usersA: users, userB: userB, peerA: peerA)
    }

    func user(_ role: Role) -> User { usersA[role]! }

    func client(_ role: Role) async throws -> TestClient {
        try await app.signedInClient(user(role).username, password: World.password)
    }
}

/// The user named `name`, or an error.
func requireUser(_ app: TestApp, _ name: String) async throws -> User {
    guard let user = try await User.find(username: name, on: app.db) else { throw WorldError.missing(name) }
    return user
}

enum WorldError: Error {
    case missing(String)
}
