import Domain
import Vapor

extension Request {
    /// The signed-in user's 待办 lines. They are read from the work tables only, so they are kept
    /// under the work version, the user and the day: the top bar, the home page and the list read
    /// them from memory until something changes the work.
    func todoItems() async throws -> [TodoItem] {
        guard let signed = signedIn, let userID = signed.user.id else { return [] }
        let today = tongxin.today
        let work = try await tongxin.versions.current(on: db).work
        let key = "\(work)|\(userID)|\(signed.user.role.rawValue)|\(signed.user.$unit.id)|\(today)"
        if let kept = tongxin.todoLists.get(key) { return kept }
        let items = try await TodoList.load(for: signed.actor, today: today, on: db)
        tongxin.todoLists.put(key, items)
        return items
    }

    /// Counts the user's 待办 lines for the top bar (pages only).
    func loadTodoCount() async throws {
        signedIn?.todoCount = try await todoItems().count
    }
}
