import Domain
import Fluent
import Vapor

/// `/api/v1` for tasks: the same commands and checks as the pages.
struct TasksAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.tasks), use: tasks)
        routes.post(.api(.tasks), use: createTask)
        routes.get(.api(.task(nil)), use: task)
        routes.post(.api(.coUnitSignOff(nil)), use: signOffCoUnit)
        routes.post(.api(.taskInstructions(nil)), use: instruct)
        routes.post(.api(.remindTask(nil)), use: remind)
    }

    @Sendable func remind(req: Request) async throws -> RemindedDTO {
        let body = try req.content.decode(RemindBody.self)
        let unit = try await req.tongxin.tasks.remindReport(
            req.idParameter(), unitID: body.unitId, by: req.actor(), on: req.db)
        return RemindedDTO(unitName: unit, message: "已向\(unit)催报")
    }

    @Sendable func instruct(req: Request) async throws -> TaskDTO {
        let id = try req.idParameter()
        let body = try req.content.decode(TextBody.self)
        try await req.tongxin.tasks.instruct(id, text: body.text ?? "", by: req.actor(), on: req.db)
        return TaskDTO(try await TaskDetail.load(id, for: req.actor(), on: req.db))
    }

    @Sendable func signOffCoUnit(req: Request) async throws -> TaskDTO {
        let id = try req.idParameter()
        let body = try req.content.decode(CoUnitBody.self)
        try await req.tongxin.tasks.signOffCoUnit(id, unitID: body.unitId, by: req.actor(), on: req.db)
        return TaskDTO(try await TaskDetail.load(id, for: req.actor(), on: req.db))
    }

    @Sendable func tasks(req: Request) async throws -> ListDTO<TaskDTO> {
        let query = try req.query.decode(TaskListQuery.self)
        let page = try await WorkTask.list(
            query.filter(overdueOnly: req.query[Bool.self, at: "overdue"] == true), for: req.actor(),
            today: req.tongxin.today, page: PageRequest(page: query.page, per: query.per, defaultPer: 25),
            on: req.db)
        return ListDTO(page) { row in
            TaskDTO(
                row.task, leadUnitName: row.leadUnitName,
                coUnits: row.coUnits.map { TaskDTO.CoUnit(unitId: $0.unitID, name: $0.name, part: $0.part) })
        }
    }

    @Sendable func createTask(req: Request) async throws -> Response {
        try TaskPermissions.require(.manage, actor: req.actor())
        let body = try req.content.decode(CreateTaskBody.self)
        let task = try await req.tongxin.tasks.create(body.draft, by: req.actor(), on: req.db)
        let detail = try await TaskDetail.load(task.requireID(), for: req.actor(), on: req.db)
        return try await TaskDTO(detail).encodeResponse(status: .created, for: req)
    }

    @Sendable func task(req: Request) async throws -> TaskDTO {
        TaskDTO(try await TaskDetail.load(req.idParameter(), for: req.actor(), on: req.db))
    }

}
