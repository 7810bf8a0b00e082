import Domain
import Fluent
import Vapor

/// `/api/v1` for supervision notices, inspections and rectification items.
struct SupervisionAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.notices), use: notices)
        routes.post(.api(.notices), use: issue)
        routes.get(.api(.notice(nil)), use: notice)
        routes.post(.api(.answerNotice(nil)), use: answer)
        routes.post(.api(.closeNotice(nil)), use: close)
        routes.post(.api(.returnNotice(nil)), use: sendBackNotice)
        routes.get(.api(.inspections), use: inspections)
        routes.post(.api(.inspections), use: recordInspection)
        routes.get(.api(.ledger), use: ledger)
        routes.post(.api(.submitRectification(nil)), use: submit)
        routes.post(.api(.signOffRectification(nil)), use: signOff)
        routes.post(.api(.returnRectification(nil)), use: sendBackItem)
    }

    private func notices(_ req: Request) -> NoticeCommands { NoticeCommands(clock: req.tongxin.clock) }
    private func items(_ req: Request) -> RectificationCommands { RectificationCommands(clock: req.tongxin.clock) }

    @Sendable func notices(req: Request) async throws -> ListDTO<NoticeDTO> {
        let page = try await SupervisionNotice.list(
            for: req.actor(), openOnly: req.query[Bool.self, at: "open"] == true,
            page: PageRequest(page: req.query[Int.self, at: "page"], per: req.query[Int.self, at: "per"]),
            on: req.db)
        return ListDTO(page, transform: NoticeDTO.init)
    }

    @Sendable func issue(req: Request) async throws -> Response {
        try SupervisionPermissions.require(.supervise, actor: req.actor())
        let body = try req.content.decode(CreateNoticeBody.self)
        let notice = try await notices(req).issue(
            NoticeDraft(
                taskID: body.taskId, unitID: body.unitId, reason: body.reason,
                requiredAction: body.requiredAction, replyDue: body.replyDue),
            by: req.actor(), on: req.db)
        return try await NoticeDTO(notice).encodeResponse(status: .created, for: req)
    }

    @Sendable func notice(req: Request) async throws -> NoticeDTO {
        NoticeDTO(try await SupervisionNotice.readable(req.idParameter(), by: req.actor(), on: req.db))
    }

    @Sendable func answer(req: Request) async throws -> NoticeDTO {
        let body = try req.content.decode(TextBody.self)
        return NoticeDTO(
            try await notices(req).answer(req.idParameter(), text: body.text ?? "", by: req.actor(), on: req.db))
    }

    @Sendable func close(req: Request) async throws -> NoticeDTO {
        NoticeDTO(try await notices(req).close(req.idParameter(), by: req.actor(), on: req.db))
    }

    @Sendable func sendBackNotice(req: Request) async throws -> NoticeDTO {
        let body = try req.content.decode(TextBody.self)
        return NoticeDTO(
            try await notices(req).sendBack(req.idParameter(), comment: body.comment ?? "", by: req.actor(), on: req.db)
        )
    }

    @Sendable func inspections(req: Request) async throws -> ListDTO<InspectionDTO> {
        try PlanPermissions.require(.read, actor: req.actor())
        let all = try await Inspection.query(on: req.db).sort(\.$day, .descending).range(..<500).all()
        return ListDTO(items: all.map(InspectionDTO.init), total: all.count)
    }

    @Sendable func recordInspection(req: Request) async throws -> Response {
        try SupervisionPermissions.require(.supervise, actor: req.actor())
        let body = try req.content.decode(CreateInspectionBody.self)
        let inspection = try await items(req).recordInspection(
            title: body.title, day: body.day, inspectors: body.inspectors ?? "", summary: body.summary ?? "",
            problems: body.problems.map { ProblemDraft(unitID: $0.unitId, problem: $0.problem, deadline: $0.deadline) },
            by: req.actor(), on: req.db)
        return try await InspectionDTO(inspection).encodeResponse(status: .created, for: req)
    }

    @Sendable func ledger(req: Request) async throws -> ListDTO<RectificationDTO> {
        let ledger = try await RectificationLedger.load(
            for: req.actor(), inspectionID: req.query[String.self, at: "inspectionId"].flatMap(UUID.init(uuidString:)),
            status: req.query[String.self, at: "status"].flatMap(RectificationStatus.init(rawValue:)), on: req.db)
        return ListDTO(items: ledger.rows.map(RectificationDTO.init), total: ledger.rows.count)
    }

    @Sendable func submit(req: Request) async throws -> RectificationDTO {
        let body = try req.content.decode(TextBody.self)
        let item = try await items(req).submit(
            req.idParameter(), measures: body.measures ?? "", evidence: body.evidence ?? "",
            by: req.actor(), on: req.db)
        return try await row(item, req)
    }

    @Sendable func signOff(req: Request) async throws -> RectificationDTO {
        try await row(try await items(req).signOff(req.idParameter(), by: req.actor(), on: req.db), req)
    }

    @Sendable func sendBackItem(req: Request) async throws -> RectificationDTO {
        let body = try req.content.decode(TextBody.self)
        return try await row(
            try await items(req).sendBack(req.idParameter(), comment: body.comment ?? "", by: req.actor(), on: req.db),
            req)
    }

    private func row(_ item: RectificationItem, _ req: Request) async throws -> RectificationDTO {
        let inspection = try await Inspection.require(item.$inspection.id, on: req.db)
        let unit = try await OrgUnit.require(item.$unit.id, on: req.db)
        return RectificationDTO(RectificationLedger.Row(item: item, inspection: inspection, unitName: unit.name))
    }
}
