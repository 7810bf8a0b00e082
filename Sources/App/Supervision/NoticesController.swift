import Domain
import Fluent
import Vapor

/// Supervision notices (督办单): the list, issuing one (from a task or on its own), the
/// notice page that prints as the formal notice, the unit's answer and the office's decision.
struct NoticesController {
    func register(_ routes: any RoutesBuilder) {
        routes.recordPages(
            list: .notices, new: .newNotice, record: .notice(nil),
            .init(index: index, new: new, create: create, show: show))
        routes.post(.answerNotice(nil), use: answer)
        routes.post(.closeNotice(nil), use: close)
        routes.post(.returnNotice(nil), use: sendBack)
        routes.get(.noticeWord(nil), use: word)
        routes.get(.api(.noticeWord(nil)), use: word)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let actor = try req.actor()
        let openOnly = req.query[String.self, at: "open"] == "1"
        let format = req.query[String.self, at: "format"]
        let spreadsheet = format.flatMap(Path.SpreadsheetFormat.init(rawValue:))
        let page = try await SupervisionNotice.list(
            for: actor, openOnly: openOnly,
            page: spreadsheet == nil
                ? ListPrint.pageRequest(format: format, page: req.query[Int.self, at: "page"], defaultPer: 25)
                : .export,
            on: req.db)
        let names = try await OrgUnit.names(on: req.db)
        let notices = page.map { NoticeSummary($0, unitName: names[$0.$unit.id] ?? "", today: req.tongxin.today) }
        if let spreadsheet { return try NoticeViews.spreadsheet(notices.items).response(spreadsheet) }
        return req.render(
            ListPrint.marked(
                NoticeViews.index(
                    notices, openOnly: openOnly, canIssue: SupervisionPermissions.can(.supervise, actor: actor)),
                format: format))
    }

    @Sendable func new(req: Request) async throws -> Response {
        try SupervisionPermissions.require(.supervise, actor: req.actor())
        var values = NoticeForm(taskId: req.query[String.self, at: "taskId"])
        if let taskID = values.taskId.flatMap(UUID.init(uuidString:)),
            let task = try await WorkTask.find(taskID, on: req.db)
        {
            values.unitId = task.$leadUnit.id.uuidString.lowercased()
        }
        return try await form(req, values, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try SupervisionPermissions.require(.supervise, actor: req.actor())
        let values = try req.content.decode(NoticeForm.self)
        return try await req.saveForm {
            let notice = try await NoticeCommands(clock: req.tongxin.clock).issue(
                values.draft, by: req.actor(), on: req.db)
            return (.notice(notice.id), "已发出\(notice.number)")
        } reshow: { errors, status in
            try await form(req, values, errors: errors, status: status)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        let notice = try await SupervisionNotice.readable(req.idParameter(), by: actor, on: req.db)
        let unit = try await OrgUnit.require(notice.$unit.id, on: req.db)
        let task = try await notice.$task.get(on: req.db)
        let canAnswer = notice.status == .issued && actor.role == .liaison && actor.belongs(to: notice.$unit.id)
        let canReview = notice.status == .answered && SupervisionPermissions.can(.supervise, actor: actor)
        return req.render(
            NoticeViews.show(
                NoticeSummary(notice, unitName: unit.name, today: req.tongxin.today),
                task: task.map { ($0.id!, $0.title) }, canAnswer: canAnswer, canReview: canReview))
    }

    /// The notice as a Word document after GB/T 9704, signed by the office.
    @Sendable func word(req: Request) async throws -> Response {
        let notice = try await SupervisionNotice.readable(req.idParameter(), by: req.actor(), on: req.db)
        let unit = try await OrgUnit.require(notice.$unit.id, on: req.db)
        let task = try await notice.$task.get(on: req.db)
        let office = try await OrgUnit.query(on: req.db).filter(\.$kind == .office).first()?.name ?? "领导小组办公室"
        let summary = NoticeSummary(notice, unitName: unit.name, today: req.tongxin.today)
        return try .word(
            NoticeViews.word(summary, task: task?.title, office: office), filename: "\(notice.number).docx",
            fallback: "notice.docx")
    }

    @Sendable func answer(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(TextForm.self)
        return try await req.runForm(back: { .notice(id) }) {
            _ = try await NoticeCommands(clock: req.tongxin.clock).answer(
                id, text: form.text ?? "", by: req.actor(), on: req.db)
            return (.notice(id), "答复已提交")
        }
    }

    @Sendable func close(req: Request) async throws -> Response {
        let id = try req.idParameter()
        return try await req.runForm(back: { .notice(id) }) {
            _ = try await NoticeCommands(clock: req.tongxin.clock).close(id, by: req.actor(), on: req.db)
            return (.notice(id), "督办单已办结")
        }
    }

    @Sendable func sendBack(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(TextForm.self)
        return try await req.runForm(back: { .notice(id) }) {
            _ = try await NoticeCommands(clock: req.tongxin.clock).sendBack(
                id, comment: form.comment ?? "", by: req.actor(), on: req.db)
            return (.notice(id), "已退回答复")
        }
    }

    private func form(_ req: Request, _ values: NoticeForm, errors: [FieldError], status: HTTPStatus = .ok) async throws
        -> Response
    {
        let units = try await OrgUnit.tree(on: req.db)
        var task: WorkTask?
        if let taskID = values.taskId.flatMap(UUID.init(uuidString:)) {
            task = try await WorkTask.find(taskID, on: req.db)
        }
        return req.render(
            NoticeViews.form(values, task: task.map { ($0.id!, $0.title) }, units: units, errors: errors),
            status: status)
    }
}
