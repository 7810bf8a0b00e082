import Domain
import Vapor

/// `GET /api/v1/todo`: what waits for the caller, oldest first, with the count of each kind.
struct TodoListDTO: Content {
    struct Item: Content {
        let kind: String
        let kindLabel: String
        let title: String
        let detail: String
        let since: String
        let due: String?
        let overdue: Bool
        /// The page where the move is made.
        let link: String
        let subjectType: String
        let subjectId: UUID
    }

    struct Count: Content {
        let kind: String
        let label: String
        let count: Int
    }

    let items: [Item]
    let total: Int
    /// Every kind present in the whole list, whatever `kind` the request kept.
    let counts: [Count]

    init(items all: [TodoItem], kind: TodoItem.Kind?, today: CalendarDay) {
        let kept = kind.map { kind in all.filter { $0.kind == kind } } ?? all
        items = kept.map { item in
            Item(
                kind: item.kind.rawValue, kindLabel: item.kind.label, title: item.title, detail: item.detail,
                since: item.since, due: item.due, overdue: item.isOverdue(on: today),
                link: Path.record(item.subject).string, subjectType: item.subject.type, subjectId: item.subject.id)
        }
        total = kept.count
        counts = TodoList.counts(all).map { Count(kind: $0.kind.rawValue, label: $0.kind.label, count: $0.count) }
    }
}
