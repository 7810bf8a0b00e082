import FluentKit
import Foundation

/// Checks a username and password, with throttling, and records the try.
public struct SignIn: Sendable {
    private let hasher: any PasswordHashing
    private let clock: AppClock
    private let throttle: SignInThrottle

    public init(hasher: any PasswordHashing, clock: AppClock, throttle: SignInThrottle = SignInThrottle()) {
        self.hasher = hasher
        self.clock = clock
        self.throttle = throttle
    }

    /// The message shown for a wrong username or password (the same for both, so the form
    /// does not tell which usernames exist).
    public static let wrongCredentials = "用户名或密码不正确"

    /// Returns the signed-in user, or throws `.throttled`, or `.invalid` for wrong credentials.
    public func attempt(username rawUsername: String, password: String, ip: String, on db: any Database) async throws -> User {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let now = clock.now
        if let until = try await lockedUntil(username: username, ip: ip, now: now, on: db) {
            throw DomainError.throttled(until: until)
        }
        let user = try await User.query(on: db)
            .filter(\.$username == username)
            .filter(\.$isActive == true)
            .first()
        let verified = try verify(password, against: user?.passwordHash)
        guard let user, verified else {
            try await LoginAttempt(username: username, ip: ip, succeeded: false, at: now).create(on: db)
            throw DomainError.invalid("password", Self.wrongCredentials)
        }
        try await db.transaction { tx in
            try await LoginAttempt(username: username, ip: ip, succeeded: true, at: now).create(on: tx)
            try await LoginAttempt.query(on: tx).filter(\.$at < now.addingTimeInterval(-86_400)).delete()
            try await AuditLog(clock: clock).record(
                AuditSubject(type: "user", id: user.id, label: user.username),
                actor: user.actor, action: "session.signin", changes: [:], on: tx)
        }
        return user
    }

    /// Runs a hash check even for unknown users, so response time does not reveal them.
    private func verify(_ password: String, against hash: String?) throws -> Bool {
        guard let hash else {
            _ = try? hasher.verify(password, created: hasher.decoyHash)
            return false
        }
        return (try? hasher.verify(password, created: hash)) ?? false
    }

    private func lockedUntil(username: String, ip: String, now: Date, on db: any Database) async throws -> Date? {
        let since = now.addingTimeInterval(-throttle.horizon)
        let lastSuccess = try await LoginAttempt.query(on: db)
            .filter(\.$username == username).filter(\.$succeeded == true)
            .sort(\.$at, .descending).first()?.at
        let userFailures = try await LoginAttempt.query(on: db)
            .filter(\.$username == username).filter(\.$succeeded == false)
            .filter(\.$at > max(since, lastSuccess ?? since))
            .sort(\.$at, .ascending).all().map(\.at)
        let ipFailures = try await LoginAttempt.query(on: db)
            .filter(\.$ip == ip).filter(\.$succeeded == false).filter(\.$at > since)
            .sort(\.$at, .ascending).all().map(\.at)
        let locks = [throttle.lockedUntil(failures: userFailures, now: now),
                     throttle.lockedUntil(failures: ipFailures, now: now)]
        return locks.compactMap { $0 }.max()
    }
}
