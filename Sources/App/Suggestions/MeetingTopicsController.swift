import Domain
import Vapor

/// The office chooses suggestions as a meeting's topics (季谈会议题), on the meeting's page and
/// through `POST /api/v1/meetings/{id}/topics` (and `…/topics/remove`) with `suggestionId`.
/// The meeting lists its topics and the suggestion its meetings.
struct MeetingTopicsController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(.meetingTopics(nil)) { req async throws -> Response in try await self.page(req, add: true) }
        routes.post(.removeMeetingTopic(nil)) { req async throws -> Response in try await self.page(req, add: false) }
        routes.post(.api(.meetingTopics(nil))) { req async throws -> MeetingDTO in try await self.api(req, add: true) }
        routes.post(.api(.removeMeetingTopic(nil))) { req async throws -> MeetingDTO in
            try await self.api(req, add: false)
        }
    }

    private func page(_ req: Request, add: Bool) async throws -> Response {
        let meetingID = try req.idParameter()
        return try await req.runForm(back: { .meeting(meetingID) }) {
            try await change(req, meetingID, add: add)
            return (.meeting(meetingID), add ? "已列为议题" : "已移出议题")
        }
    }

    private func api(_ req: Request, add: Bool) async throws -> MeetingDTO {
        let meetingID = try req.idParameter()
        try await change(req, meetingID, add: add)
        return MeetingDTO(
            try await MeetingDetail.load(meetingID, for: req.actor(), on: req.db), today: req.tongxin.today)
    }

    private func change(_ req: Request, _ meetingID: UUID, add: Bool) async throws {
        guard let suggestionID = try req.content.decode(TopicBody.self).suggestionId else {
            throw DomainError.invalid("suggestionId", "请选择建言")
        }
        let actor = try req.actor()
        try SuggestionPermissions.require(.review, actor: actor)
        _ = try await Meeting.require(meetingID, on: req.db)  // 404 for a meeting that is not there
        _ = try await SuggestionAccess.readable(suggestionID, by: actor, on: req.db)
        let commands = SuggestionCommands(clock: req.tongxin.clock)
        if add {
            _ = try await commands.addTopic(suggestionID, meetingID: meetingID, by: actor, on: req.db)
        } else {
            _ = try await commands.removeTopic(suggestionID, meetingID: meetingID, by: actor, on: req.db)
        }
    }
}
