import FluentKit
import Foundation

extension DemoCity {
    /// Creates the users; returns each username with its password.
    mutating func users() async throws -> [(String, String)] {
        var passwords: [(String, String)] = []
        for user in DemoContent.users {
            let password = FirstStart.generatePassword()
            let created = try await UserCommands(clock: clock, hasher: hasher).create(
                NewUser(
                    username: user.username, displayName: user.name, unitID: unitIDs[user.unit]!,
                    role: Role(rawValue: user.role)!,
                    password: password), by: actor, on: db)
            if created.role == .liaison { liaisons[user.unit] = created.actor }
            people[user.username] = created.actor
            passwords.append((user.username, password))
        }
        return passwords
    }
}
