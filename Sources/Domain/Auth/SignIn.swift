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
    public func attempt(username rawUsername: String, password: String, ip: String, on db: any Database) async throws
        -> User
    {
        let username = rawUsername.trimmingCharacters(in: .whitespaces).lowercased()
        let now = clock.now
        // Record the try before checking, so tries made in parallel count against each other.
        let attempt = LoginAttempt(username: username, ip: ip, succeeded: false, at: now)
        try await attempt.create(on: db)
        if let until = try await lockedUntil(
            username: username, ip: ip, now: now, excluding: attempt.requireID(), on: db)
        {
            // A refused try is not a failure: waiting out the lock must always work.
            try await attempt.delete(on: db)
            throw DomainError.throttled(until: until)
        }
        let user = try await User.query(on: db)
            .filter(\.$username == username)
            .filter(\.$isActive == true)
            .first()
        guard let user, try await verify(password, against: user.passwordHash) else {
            if user == nil { await hasher.verifyDecoy(password) }
            throw DomainError.invalid("password", Self.wrongCredentials)
        }
        try await DomainWrite(clock: clock).perform(by: user.actor, on: db) { tx, audit in
            attempt.succeeded = true
            try await attempt.save(on: tx)
            try await audit.record(
                AuditSubject(type: "user", id: user.id, label: user.username), action: "session.signin")
        }
        return user
    }

    /// Records that `actor` signed out.
    public func recordSignOut(_ actor: Actor, on db: any Database) async throws {
        guard let id = actor.userID else { return }
        try await DomainWrite(clock: clock).perform(by: actor, on: db) { _, audit in
            try await audit.record(AuditSubject(type: "user", id: id, label: actor.username), action: "session.signout")
        }
    }

    private func verify(_ password: String, against hash: String) async throws -> Bool {
        (try? await hasher.verify(password, created: hash)) ?? false
    }

    private func lockedUntil(username: String, ip: String, now: Date, excluding own: UUID, on db: any Database)
        async throws -> Date?
    {
        let since = now.addingTimeInterval(-throttle.horizon)
        let lastSuccess = try await LoginAttempt.query(on: db)
            .filter(\.$username == username).filter(\.$succeeded == true)
            .sort(\.$at, .descending).first()?.at
        let userFailures = try await LoginAttempt.query(on: db)
            .filter(\.$username == username).filter(\.$succeeded == false).filter(\.$id != own)
            .filter(\.$at > max(since, lastSuccess ?? since))
            .sort(\.$at, .ascending).all().map(\.at)
        let ipFailures = try await LoginAttempt.query(on: db)
            .filter(\.$ip == ip).filter(\.$succeeded == false).filter(\.$id != own).filter(\.$at > since)
            .sort(\.$at, .ascending).all().map(\.at)
        let locks = [
            throttle.lockedUntil(failures: userFailures, now: now),
            throttle.lockedUntil(failures: ipFailures, now: now),
        ]
        return locks.compactMap { $0 }.max()
    }
}
