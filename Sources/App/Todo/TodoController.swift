import Domain
import Vapor

/// 待办: what waits for the signed-in user's move or their unit's, as a page and in the API.
struct TodoController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.todo, use: page)
        routes.get(.api(.todo), use: list)
    }

    @Sendable func page(req: Request) async throws -> Response {
        let query = try req.query.decode(TodoQuery.self)
        let kind = try query.checkedKind()
        let today = req.tongxin.today
        let items = try await req.todoItems()
        let shown = kind.map { kind in items.filter { $0.kind == kind } } ?? items
        let request = ListPrint.pageRequest(format: query.format, page: query.page)
        let model = TodoView.Model(
            lines: Page(
                items: shown.dropFirst(request.offset).prefix(request.per).map { TodoView.Line($0, today: today) },
                total: shown.count, request: request),
            kind: kind?.rawValue,
            counts: TodoList.counts(items).map { (value: $0.kind.rawValue, label: "\($0.kind.label)（\($0.count)）") })
        return req.render(ListPrint.marked(TodoView.page(model), format: query.format))
    }

    @Sendable func list(req: Request) async throws -> TodoListDTO {
        let kind = try req.query.decode(TodoQuery.self).checkedKind()
        return TodoListDTO(items: try await req.todoItems(), kind: kind, today: req.tongxin.today)
    }
}

/// The to-do list's query: one kind, or all; a page of it; `format=print` prints it all.
struct TodoQuery: Content {
    var kind: String?
    var page: Int?
    var format: String?

    /// The kind asked for, nil for all; an unknown one is refused with the allowed values.
    func checkedKind() throws -> TodoItem.Kind? {
        guard let raw = kind, !raw.isEmpty else { return nil }
        guard let kind = TodoItem.Kind(rawValue: raw) else {
            throw DomainError.invalid(
                "kind", "事项类别须是以下之一：" + TodoItem.Kind.allCases.map(\.rawValue).joined(separator: "、"))
        }
        return kind
    }
}
