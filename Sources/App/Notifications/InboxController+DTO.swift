import Domain
import Fluent
import Vapor

/// A message as the API shows it.
struct MessageDTO: Content {
    let id: UUID
    let kind: NotificationKind
    let kindLabel: String
    let title: String
    let body: String
    let subjectType: String
    let subjectId: UUID
    let createdAt: Date
    let readAt: Date?

    init(_ message: InboxMessage) {
        id = message.id!
        kind = message.kind
        kindLabel = message.kind.label
        title = message.title
        body = message.body
        subjectType = message.subjectType
        subjectId = message.subjectID
        createdAt = message.createdAt
        readAt = message.readAt
    }
}
