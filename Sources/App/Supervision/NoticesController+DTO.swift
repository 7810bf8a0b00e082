import Domain
import Fluent
import Vapor

/// What the NoticesController pages post and query: forms and query strings, decoded by the controller.
extension NoticesController {
    struct NoticeForm: Content {
        var taskId: String?
        var unitId: String?
        var reason: String?
        var requiredAction: String?
        var replyDue: String?

        var draft: NoticeDraft {
            NoticeDraft(
                taskID: taskId.flatMap(UUID.init(uuidString:)), unitID: unitId.flatMap(UUID.init(uuidString:)),
                reason: reason ?? "", requiredAction: requiredAction ?? "", replyDue: replyDue ?? "")
        }
    }

    struct TextForm: Content {
        var text: String?
        var comment: String?
    }
}
