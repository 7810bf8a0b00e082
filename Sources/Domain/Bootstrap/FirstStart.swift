import FluentKit
import Foundation

/// Creates the office unit and the `admin` account on an empty database.
public struct FirstStart: Sendable {
    /// What first start did, so the caller can print a generated password once.
    public enum Outcome: Sendable, Equatable {
        /// The database already had units; nothing was done.
        case alreadyInitialised
        /// Created; `generatedPassword` is set when no password was configured.
        case created(generatedPassword: String?)
    }

    public static let officeCode = "office"
    public static let adminUsername = "admin"

    private let clock: AppClock
    private let hasher: any PasswordHashing

    public init(clock: AppClock, hasher: any PasswordHashing) {
        self.clock = clock
        self.hasher = hasher
    }

    /// Runs once: if any user exists it returns `.alreadyInitialised` without writing.
    /// The unit and the account are created in one transaction, so a failure leaves neither.
    public func run(adminPassword: String?, on db: any Database) async throws -> Outcome {
        guard try await User.query(on: db).count() == 0 else { return .alreadyInitialised }
        let generated = adminPassword == nil ? Self.generatePassword() : nil
        let password = adminPassword ?? generated ?? ""
        try await DomainWrite(clock: clock).perform(by: .system, on: db) { tx, _ in
            var office = try await OrgUnit.find(code: Self.officeCode, on: tx)
            if office == nil {
                office = try await UnitCommands(clock: clock).create(
                    NewUnit(code: Self.officeCode, name: "领导小组办公室", kind: .office, parentID: nil), by: .system, on: tx)
            }
            _ = try await UserCommands(clock: clock, hasher: hasher).create(
                NewUser(
                    username: Self.adminUsername, displayName: "系统管理员", unitID: try office!.requireID(),
                    role: .admin, password: password),
                by: .system, on: tx)
        }
        return .created(generatedPassword: generated)
    }

    /// 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I).
    public static func generatePassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
