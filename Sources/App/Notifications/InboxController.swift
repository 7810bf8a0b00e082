import Domain
import Fluent
import Vapor

/// The in-app inbox (站内消息): the signed-in user's messages, marked read when opened.
struct InboxController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.inbox, use: index)
        routes.post(.openMessage(nil), use: open)
        routes.post(.readAll, use: readAll)
        routes.get(.api(.inbox), use: list)
        routes.post(.api(.readMessage(nil)), use: markRead)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let unreadOnly = req.query[String.self, at: "unread"] == "1"
        let page = try await InboxMessage.list(
            for: req.actor(), unreadOnly: unreadOnly,
            page: PageRequest(page: req.query[Int.self, at: "page"], defaultPer: 25), on: req.db)
        let messages = page.map {
            InboxView.Message(
                id: $0.id!, kind: $0.kind, title: $0.title, body: $0.body, createdAt: $0.createdAt, readAt: $0.readAt)
        }
        return req.render(InboxView.page(.init(messages: messages, unreadOnly: unreadOnly)))
    }

    /// Marks the message read and goes to what it is about.
    @Sendable func open(req: Request) async throws -> Response {
        let message = try await InboxCommands(clock: req.tongxin.clock).markRead(
            req.idParameter(), by: req.actor(), on: req.db)
        return req.redirect(to: Self.target(of: message))
    }

    @Sendable func readAll(req: Request) async throws -> Response {
        try await InboxCommands(clock: req.tongxin.clock).markAllRead(by: req.actor(), on: req.db)
        return req.redirect(to: .inbox, flash: "已全部标为已读")
    }

    @Sendable func list(req: Request) async throws -> ListDTO<MessageDTO> {
        let page = try await InboxMessage.list(
            for: req.actor(), unreadOnly: req.query[Bool.self, at: "unread"] == true,
            page: PageRequest(page: req.query[Int.self, at: "page"], per: req.query[Int.self, at: "per"]),
            on: req.db)
        return ListDTO(page, transform: MessageDTO.init)
    }

    @Sendable func markRead(req: Request) async throws -> MessageDTO {
        MessageDTO(
            try await InboxCommands(clock: req.tongxin.clock).markRead(req.idParameter(), by: req.actor(), on: req.db))
    }

    /// Where a message leads.
    static func target(of message: InboxMessage) -> Path {
        .record(Notification.Subject(type: message.subjectType, id: message.subjectID))
    }

}
