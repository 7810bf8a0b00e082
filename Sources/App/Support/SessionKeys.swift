import Foundation
import Vapor

/// The keys Tongxin keeps in the framework's session, and helpers over them.
enum SessionKeys {
    static let userID = "uid"
    static let lastSeen = "seen"
    static let csrf = "csrf"
    static let flash = "flash"
}

extension Request {
    /// Puts a message on the next page the user sees.
    func flash(_ kind: Flash.Kind, _ text: String) {
        let data = (try? JSONEncoder().encode(Flash(kind: kind, text: text))) ?? Data()
        session.data[SessionKeys.flash] = String(decoding: data, as: UTF8.self)
    }

    /// Takes the pending message, if any, so it shows once.
    func takeFlash() -> Flash? {
        guard sessionAvailable, hasSession, let raw = session.data[SessionKeys.flash] else { return nil }
        session.data[SessionKeys.flash] = nil
        return try? JSONDecoder().decode(Flash.self, from: Data(raw.utf8))
    }

    /// Starts a fresh session for `userID`, discarding the old one so a session id
    /// planted before sign-in is worthless afterwards.
    func startSession(userID: UUID, now: Date) async throws {
        if let oldID = session.id {
            try await application.sessions.driver.deleteSession(oldID, for: self).get()
            session.id = nil
        }
        session.data = SessionData()
        session.data[SessionKeys.userID] = userID.uuidString
        session.data[SessionKeys.lastSeen] = String(Int(now.timeIntervalSince1970))
        session.data[SessionKeys.csrf] = CSRF.newToken()
    }
}
