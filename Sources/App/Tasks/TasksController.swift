import Domain
import Fluent
import Vapor

/// Task pages: the filtered list, the overdue list, the per-unit completion table, the
/// task page with its history, and the office's forms.
struct TasksController {
    func register(_ routes: any RoutesBuilder) {
        routes.recordPages(
            list: .tasks, new: .newTask, record: .task(nil), edit: .editTask(nil),
            .init(index: index, new: new, create: create, show: show, edit: edit, update: update))
        routes.get(.overdueTasks, use: overdue)
        routes.get(.completion, use: completion)
        routes.post(.taskStatus(nil), use: setStatus)
        routes.post(.moveTask(nil), use: move)
        routes.post(.taskInstructions(nil), use: instruct)
        routes.post(.remindTask(nil), use: remind)
        routes.post(.coUnitSignOff(nil), use: signOffCoUnit)
    }

    /// Signs a co-operating unit's part off (配合事项销号).
    @Sendable func signOffCoUnit(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(CoUnitForm.self)
        guard let unitID = form.unitId.flatMap(UUID.init(uuidString:)) else {
            throw DomainError.invalid("unitId", "请选择配合单位")
        }
        try await req.tongxin.tasks.signOffCoUnit(id, unitID: unitID, by: req.actor(), on: req.db)
        return req.redirect(to: .task(id), flash: "配合事项已销号")
    }

    @Sendable func index(req: Request) async throws -> Response {
        try await list(req, overdueOnly: false)
    }

    @Sendable func overdue(req: Request) async throws -> Response {
        try await list(req, overdueOnly: true)
    }

    private func list(_ req: Request, overdueOnly: Bool) async throws -> Response {
        let actor = try req.actor()
        let query = try req.query.decode(TaskListQuery.self)
        let filter = query.filter(overdueOnly: overdueOnly)
        if let format = query.format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            let page = try await WorkTask.list(
                filter, for: actor, today: req.tongxin.today,
                page: .export, on: req.db)
            let table = TaskIndexView.spreadsheet(page.items.map(TaskLine.init), title: overdueOnly ? "逾期任务" : "任务清单")
            return try table.response(format)
        }
        return try await req.renderWorkPage {
            let page = try await WorkTask.list(
                filter, for: actor, today: req.tongxin.today,
                page: ListPrint.pageRequest(format: query.format, page: query.page, per: query.per, defaultPer: 25),
                on: req.db)
            let choices = try await TaskListChoices.load(for: actor, on: req.db)
            return ListPrint.marked(
                TaskIndexView.page(
                    .init(
                        tasks: page.map(TaskLine.init), filter: query, choices: choices,
                        overdueOnly: overdueOnly,
                        canManage: TaskPermissions.can(.manage, actor: actor))),
                format: query.format)
        }
    }

    @Sendable func completion(req: Request) async throws -> Response {
        let actor = try req.actor()
        let planID = req.query[String.self, at: "planId"].flatMap(UUID.init(uuidString:))
        let format = req.query[String.self, at: "format"]
        if let spreadsheet = format.flatMap(Path.SpreadsheetFormat.init(rawValue:)) {
            let rows = try await UnitCompletion.table(planID: planID, for: actor, today: req.tongxin.today, on: req.db)
            return try CompletionView.spreadsheet(rows).response(spreadsheet)
        }
        return try await req.renderWorkPage {
            let rows = try await UnitCompletion.table(planID: planID, for: actor, today: req.tongxin.today, on: req.db)
            let plans = try await Plan.newestFirst(on: req.db).map { Choice(id: $0.id!, label: $0.title) }
            return ListPrint.marked(CompletionView.page(rows, plans: plans, planID: planID), format: format)
        }
    }

    @Sendable func new(req: Request) async throws -> Response {
        try TaskPermissions.require(.manage, actor: req.actor())
        let planID = req.query[String.self, at: "planId"].flatMap(UUID.init(uuidString:))
        return try await form(req, values: TaskForm(planID: planID), editing: nil, errors: [])
    }

    @Sendable func create(req: Request) async throws -> Response {
        try TaskPermissions.require(.manage, actor: req.actor())
        let values = try req.content.decode(TaskForm.self)
        return try await req.saveForm {
            let task = try await req.tongxin.tasks.create(values.draft(), by: req.actor(), on: req.db)
            return (.task(task.id), "已新建任务“\(task.title)”")
        } reshow: { errors, status in
            try await form(req, values: values, editing: nil, errors: errors, status: status)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        let id = try req.idParameter()
        return try await req.renderWorkPage {
            TaskShowView.page(try await .query(id, for: actor, today: req.tongxin.today, on: req.db))
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let actor = try req.actor()
        try TaskPermissions.require(.manage, actor: actor)
        let detail = try await TaskDetail.load(req.idParameter(), for: actor, on: req.db)
        return try await form(req, values: TaskForm(detail), editing: detail.task, errors: [])
    }

    @Sendable func update(req: Request) async throws -> Response {
        let actor = try req.actor()
        try TaskPermissions.require(.manage, actor: actor)
        let task = try await WorkTask.require(req.idParameter(), on: req.db)
        let values = try req.content.decode(TaskForm.self)
        return try await req.saveForm {
            let updated = try await req.tongxin.tasks.update(task.requireID(), values.draft(), by: actor, on: req.db)
            return (.task(updated.id), "已保存")
        } reshow: { errors, status in
            try await form(req, values: values, editing: task, errors: errors, status: status)
        }
    }

    @Sendable func setStatus(req: Request) async throws -> Response {
        let form = try req.content.decode(StatusForm.self)
        guard let status = TaskStatus(rawValue: form.status) else { throw DomainError.invalid("status", "状态无效") }
        let task = try await req.tongxin.tasks.setStatus(req.idParameter(), to: status, by: req.actor(), on: req.db)
        return req.redirect(to: .task(task.id), flash: "任务状态已改为“\(status.label)”")
    }

    @Sendable func move(req: Request) async throws -> Response {
        let form = try req.content.decode(MoveForm.self)
        let task = try await req.tongxin.tasks.move(
            req.idParameter(), up: form.up, by: req.actor(), on: req.db)
        return req.redirect(to: .plan(task.$plan.id))
    }

    @Sendable func instruct(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(InstructionForm.self)
        return try await req.runForm(back: { .task(id) }) {
            try await req.tongxin.tasks.instruct(id, text: form.text ?? "", by: req.actor(), on: req.db)
            return (.task(id), "批示已记录")
        }
    }

    /// 催报 from the task page or the overdue list: back to where it was pressed.
    @Sendable func remind(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let form = try req.content.decode(RemindForm.self)
        do {
            let unit = try await req.tongxin.tasks.remindReport(id, unitID: form.unitId, by: req.actor(), on: req.db)
            req.flash(.success, "已向\(unit)催报")
        } catch DomainError.conflict(let message) {
            req.flash(.error, message)
        } catch DomainError.invalid(let errors) {
            req.flash(.error, errors.map(\.message).joined(separator: "；"))
        }
        return req.redirect(to: LocalPath.validated(form.back) ?? Path.task(id).string, redirectType: .normal)
    }

    private func form(
        _ req: Request, values: TaskForm, editing: WorkTask?, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let choices = try await TaskFormChoices.load(
            planID: values.planId.flatMap(UUID.init(uuidString:)),
            citing: (
                values.sourceMeetingId.flatMap(UUID.init(uuidString:)),
                values.sourceDocumentId.flatMap(UUID.init(uuidString:))
            ),
            on: req.db)
        return req.render(
            TaskFormView.page(
                .init(
                    values: values, editing: editing.map { ($0.id!, $0.title) }, choices: choices,
                    errors: errors)), status: status)
    }
}
