/// Hashes and verifies passwords. The App layer supplies the framework's Bcrypt, run off
/// the event loops (one check costs ~0.25 s of CPU); the domain only needs the two operations.
public protocol PasswordHashing: Sendable {
    func hash(_ password: String) async throws -> String
    func verify(_ password: String, created hash: String) async throws -> Bool
    /// Spends as long as checking a password would, for an unknown username, so that the
    /// response time does not reveal which usernames exist.
    func verifyDecoy(_ password: String) async
}

/// Rules every password must follow, worded for the form.
public enum PasswordPolicy {
    public static let minLength = 10
    public static let maxLength = 72  // Bcrypt ignores bytes past 72.

    /// Returns the problem with `password`, or nil when it is acceptable.
    public static func problem(with password: String, field: String = "password") -> FieldError? {
        if password.count < minLength {
            return FieldError(field, "密码至少需要 \(minLength) 个字符")
        }
        if password.utf8.count > maxLength {
            return FieldError(field, "密码不能超过 \(maxLength) 个字节")
        }
        return nil
    }
}
