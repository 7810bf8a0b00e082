import Domain
import Vapor

/// `tongxin user create --username U --unit CODE --role ROLE [--name NAME]`; the password is
/// read from standard input so it never appears in the shell history or process list.
struct UserCommandGroup: AsyncCommandGroup {
    var help: String { "Manage users." }
    var commands: [String: any AnyAsyncCommand] { ["create": CreateUser()] }

    struct CreateUser: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "username", help: "Sign-in name (lower-case letters, digits, . _ -)")
            var username: String?
            @Option(name: "unit", help: "Code of the user's unit")
            var unit: String?
            @Option(name: "role", help: "admin, leader, liaison, member or viewer")
            var role: String?
            @Option(name: "name", help: "Display name (defaults to the username)")
            var name: String?
        }

        var help: String { "Create a user; reads the password from standard input." }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            guard let username = signature.username, let unitCode = signature.unit, let rawRole = signature.role else {
                throw CommandFailure("--username, --unit and --role are required")
            }
            guard let role = Role(rawValue: rawRole) else {
                throw CommandFailure(
                    "unknown role \(rawRole); use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let unit = try await OrgUnit.find(code: unitCode, on: app.db) else {
                throw CommandFailure("no unit with code \(unitCode)")
            }
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                throw CommandFailure("no password on standard input")
            }
            let user = try await app.tongxin.users.create(
                NewUser(
                    username: username, displayName: signature.name ?? username, unitID: try unit.requireID(),
                    role: role, password: password),
                by: .system, on: app.db)
            context.console.print("Created user \(user.username) (\(role.rawValue)) in \(unit.name).")
        }
    }
}

/// `tongxin token create --username U [--name N]`: prints a new personal API token once.
struct TokenCommandGroup: AsyncCommandGroup {
    var help: String { "Manage personal API tokens." }
    var commands: [String: any AnyAsyncCommand] { ["create": CreateToken()] }

    struct CreateToken: AsyncCommand {
        struct Signature: CommandSignature {
            @Option(name: "username", help: "Whose token")
            var username: String?
            @Option(name: "name", help: "What the token is for (default: cli)")
            var name: String?
        }

        var help: String { "Create a personal API token and print it." }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            guard let username = signature.username else { throw CommandFailure("--username is required") }
            guard let user = try await User.find(username: username, on: app.db) else {
                throw CommandFailure("no user named \(username)")
            }
            let (_, secret) = try await app.tongxin.users.createToken(
                for: try user.requireID(), name: signature.name ?? "cli", by: .system, on: app.db)
            context.console.print(secret)
        }
    }
}

/// A command-line mistake, printed as is.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
