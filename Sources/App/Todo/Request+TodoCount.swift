import Domain
import Vapor

extension Request {
    /// Counts the signed-in user's 待办 lines for the top bar. The list is read from the work
    /// tables only, so the count is kept under the work version, the user and the day: pages
    /// read it from memory until something changes the work.
    func loadTodoCount() async throws {
        guard let signed = signedIn, let userID = signed.user.id else { return }
        let today = tongxin.today
        let work = try await tongxin.versions.current(on: db).work
        let key = "\(work)|\(userID)|\(signed.user.role.rawValue)|\(signed.user.$unit.id)|\(today)"
        if let kept = tongxin.todoCounts.get(key) {
            signedIn?.todoCount = kept
            return
        }
        let count = try await TodoList.load(for: signed.actor, today: today, on: db).count
        tongxin.todoCounts.put(key, count)
        signedIn?.todoCount = count
    }
}
