import FluentKit
import Foundation

/// The messages the channel's moves send, written in the move's own transaction (so a message
/// exists exactly when its move does). Units hear of what is routed to them, of an answer sent
/// back for revision and of a reopening after 不满意 (inbox and group robot); invited
/// co-signers, and the signers once an answer comes, hear that something waits for them; the
/// office hears of a new suggestion, of an answer to review and of a send-back. Users get messages only while their accounts are active.
extension SuggestionCommands {
    private var notifier: Notifier { Notifier(clock: clock) }

    private func subject(_ suggestion: Suggestion) throws -> Notification.Subject {
        Notification.Subject(type: "suggestion", id: try suggestion.requireID())
    }

    func noticeRouted(_ suggestion: Suggestion, lead: UUID, coUnits: [UUID], on tx: any Database) async throws {
        let due = suggestion.answerDue ?? ""
        try await notifier.send(
            Notification(
                kind: .suggestionRouted, title: "交办建言：" + suggestion.title,
                body: "\(suggestion.number)交由贵单位主办，请于 \(due) 前答复（协办单位会签后提交）。",
                subject: subject(suggestion)), toUnit: lead, on: tx)
        for unit in coUnits {
            try await notifier.send(
                Notification(
                    kind: .suggestionRouted, title: "交办建言（协办）：" + suggestion.title,
                    body: "\(suggestion.number)请贵单位协办，在主办单位答复前会签并写明本单位意见。",
                    subject: subject(suggestion)), toUnit: unit, on: tx)
        }
    }

    func noticeReopened(_ suggestion: Suggestion, on tx: any Database) async throws {
        let handlers = try await SuggestionHandler.query(on: tx).filter(\.$suggestion.$id == suggestion.requireID())
            .all()
        for handler in handlers {
            let body =
                handler.isLead
                ? "建言人对答复不满意，\(suggestion.number)请于 \(suggestion.answerDue ?? "") 前再次答复（协办单位须重新会签）。"
                : "建言人对答复不满意，\(suggestion.number)请贵单位重新会签，以便主办单位再次答复。"
            try await notifier.send(
                Notification(
                    kind: .suggestionRouted, title: "建言重新办理：" + suggestion.title, body: body,
                    subject: subject(suggestion)), toUnit: handler.$unit.id, on: tx)
        }
    }

    func noticeAnswerReturned(_ suggestion: Suggestion, comment: String, on tx: any Database) async throws {
        guard let lead = try await Suggestion.leadUnits(of: [suggestion.requireID()], on: tx).values.first else {
            return
        }
        try await notifier.send(
            Notification(
                kind: .suggestionAnswerReturned, title: "建言答复被退回修改：" + suggestion.title,
                body: "办公室意见：\(comment)", subject: subject(suggestion)), toUnit: lead, on: tx)
    }

    func noticeAnswered(_ suggestion: Suggestion, on tx: any Database) async throws {
        let confirmed = try await SuggestionSigner.query(on: tx).filter(\.$suggestion.$id == suggestion.requireID())
            .filter(\.$state == .confirmed).all(\.$user.$id)
        let signers = try await User.query(on: tx).filter(\.$id ~~ confirmed).filter(\.$isActive == true).all(\.$id)
        _ = try await notifier.deliver(
            Notification(
                kind: .suggestionAnswered, title: "建言已答复，请评价：" + suggestion.title,
                body: "\(suggestion.number)已收到承办单位的答复，请查看并评价（满意、基本满意或不满意）。",
                subject: subject(suggestion)), to: signers, on: tx)
    }

    func noticeInvited(_ suggestion: Suggestion, _ userIDs: [UUID], respondBy: String, on tx: any Database) async throws
    {
        // The invited are checked active members (see ``submit``).
        _ = try await notifier.deliver(
            Notification(
                kind: .suggestionCosignInvited, title: "请确认联名：" + suggestion.title,
                body: "邀请您联名提出\(suggestion.number)，请于 \(respondBy) 前确认，逾期不再列为联名人。",
                subject: subject(suggestion)), to: userIDs, on: tx)
    }

    func noticeSubmitted(_ suggestion: Suggestion, on tx: any Database) async throws {
        _ = try await notifier.sendToOffice(
            Notification(
                kind: .suggestionSubmitted, title: "新建言待受理：" + suggestion.title,
                body: "\(suggestion.number)已提交，请受理或说明不予受理的理由。", subject: subject(suggestion)), on: tx)
    }

    func noticeAnswerSubmitted(_ suggestion: Suggestion, on tx: any Database) async throws {
        _ = try await notifier.sendToOffice(
            Notification(
                kind: .suggestionAnswerSubmitted, title: "建言答复待审核：" + suggestion.title,
                body: "\(suggestion.number)的承办单位已提交答复，请审核后送建言人或退回修改。", subject: subject(suggestion)), on: tx)
    }

    func noticeSentBack(_ suggestion: Suggestion, comment: String, on tx: any Database) async throws {
        _ = try await notifier.sendToOffice(
            Notification(
                kind: .suggestionSentBack, title: "建言被退回，请重新交办：" + suggestion.title,
                body: comment, subject: subject(suggestion)), on: tx)
    }
}
